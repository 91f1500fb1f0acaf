"""The dose log: every answered dose, newest first, loaded page by page as it scrolls."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.model import DoseEvent, DoseKind, DoseLogFilter, Medication
from baclofen_companion.core.text import date_time_text, hhmm, short_date_year
from baclofen_companion.core.units import dose_label
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.session import Session
from baclofen_companion.ui.doses.correct import EditDoseDialog, status_text
from baclofen_companion.ui.widgets.common import (
    PersonView,
    from_qdate,
    local,
    to_qdate,
)
from baclofen_companion.ui.widgets.context import ViewContext
from baclofen_companion.ui.widgets.date_fields import DateField

PAGE_SIZE = 200


AnyIndex = QModelIndex | QPersistentModelIndex


class DoseLogModel(QAbstractTableModel):
    """Rows come from the store in pages; a 100 000-dose history never loads at once."""

    def __init__(self, store: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = (
            self.tr("Day"),
            self.tr("Dose time"),
            self.tr("Medicine"),
            self.tr("Amount"),
            self.tr("Status"),
            self.tr("Taken at"),
            self.tr("Note"),
        )
        self.store = store
        self._filter: DoseLogFilter | None = None
        self._tz = "UTC"
        self._names: dict[int, str] = {}
        self._rows: list[DoseEvent] = []
        self._total = 0

    def set_filter(self, flt: DoseLogFilter | None, tz: str, names: dict[int, str]) -> None:
        self.beginResetModel()
        self._filter = flt
        self._tz = tz
        self._names = names
        self._total = self.store.count_log(flt) if flt else 0
        self._rows = self.store.log_page(flt, 0, PAGE_SIZE) if flt else []
        self.endResetModel()

    def reload(self) -> None:
        if self._filter is not None:
            self.set_filter(self._filter, self._tz, self._names)

    def total(self) -> int:
        return self._total

    def event_at(self, row: int) -> DoseEvent:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._filter is None:
            return
        last = self._rows[-1] if self._rows else None
        page = self.store.log_page(self._filter, len(self._rows), PAGE_SIZE, after=last)
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        e = self._rows[index.row()]
        column = index.column()
        # The app's one date style (core.text); the rows come newest first, not sorted by text.
        if column == 0:
            return short_date_year(e.slot_date)
        if column == 1:
            return hhmm(e.slot_time)
        if column == 2:
            return self._names.get(e.medication_id, "?")
        if column == 3:
            return dose_label(e.amount_mg, e.form, e.strength_mg, e.scored)
        if column == 4:
            status = status_text(e.status)
            if e.kind is DoseKind.EXTRA:
                status = self.tr("{status} — extra dose").format(status=status)
            return self.tr("{status} (edited)").format(status=status) if e.edited else status
        if column == 5:
            if e.taken_at is None:
                return ""
            return f"{date_time_text(local(e.taken_at, self._tz))} {self._tz}"
        if column == 6:
            return e.note
        return None


def ranges() -> tuple[tuple[str, int], ...]:
    """The date-range choices: (label, days back; 0 for all, -1 for chosen dates)."""
    return (
        (QCoreApplication.translate("DoseLogView", "Last 7 days"), 7),
        (QCoreApplication.translate("DoseLogView", "Last 30 days"), 30),
        (QCoreApplication.translate("DoseLogView", "Last 90 days"), 90),
        (QCoreApplication.translate("DoseLogView", "Last year"), 365),
        (QCoreApplication.translate("DoseLogView", "All history"), 0),
        (QCoreApplication.translate("DoseLogView", "Chosen dates"), -1),
    )


class DoseLogView(PersonView):
    RELOAD_ON = Changed.DOSES | Changed.MEDICINES | Changed.PEOPLE

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._medications: list[Medication] = []
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.medicine = QComboBox()
        self.medicine.setAccessibleName(self.tr("Medicine filter"))
        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Date range"))
        for label, days in ranges():
            self.range.addItem(label, days)
        self.range.setCurrentIndex(1)
        self.first_day = DateField()
        self.first_day.setAccessibleName(self.tr("From date"))
        self.last_day = DateField()
        self.last_day.setAccessibleName(self.tr("To date"))
        for label, widget in (
            (self.tr("&Medicine:"), self.medicine),
            (self.tr("&Show:"), self.range),
            (self.tr("From:"), self.first_day),
            (self.tr("To:"), self.last_day),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch()
        self.edit_button = QPushButton(self.tr("&Correct…"))
        self.edit_button.setAccessibleName(self.tr("Correct the selected dose"))
        filters.addWidget(self.edit_button)
        layout.addLayout(filters)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of logged doses"))
        layout.addWidget(self.count)

        self.model = DoseLogModel(self.store, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Dose log"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Size columns from the first rows only: by default Qt reads up to 1000 rows, every
        # role of every cell, on each fill and on each page fetched.
        self.table.horizontalHeader().setResizeContentsPrecision(20)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        self.medicine.currentIndexChanged.connect(self.apply_filter)
        self.range.currentIndexChanged.connect(self._range_changed)
        self.first_day.dateChanged.connect(self.apply_filter)
        self.last_day.dateChanged.connect(self.apply_filter)
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self._range_changed()

    def refresh(self, what: Changed) -> None:
        if what & (Changed.MEDICINES | Changed.PEOPLE | Changed.PERSON_SHOWN):
            self.reload_medicines()
        else:
            self.reload()

    def reload_medicines(self) -> None:
        profile = self._profile()
        self._medications = self.store.medications(profile.id, True) if profile else []
        current = self.medicine.currentData()
        self.medicine.blockSignals(True)
        self.medicine.clear()
        self.medicine.addItem(self.tr("All medicines"), None)
        for med in self._medications:
            name = self.tr("{medicine} (archived)").format(medicine=med.name)
            self.medicine.addItem(name if med.archived else med.name, med.id)
        index = self.medicine.findData(current)
        self.medicine.setCurrentIndex(max(index, 0))
        self.medicine.blockSignals(False)
        self.apply_filter()

    def _range_changed(self) -> None:
        days = int(self.range.currentData())
        custom = days < 0
        self.first_day.setEnabled(custom)
        self.last_day.setEnabled(custom)
        profile = self._profile()
        if not custom and profile is not None:
            today = self._today(profile)
            for edit, value in (
                (self.first_day, today - timedelta(days=max(days - 1, 0))),
                (self.last_day, today),
            ):
                edit.blockSignals(True)
                edit.setDate(to_qdate(value))
                edit.blockSignals(False)
        self.apply_filter()

    def apply_filter(self) -> None:
        profile = self._profile()
        if profile is None:
            self.model.set_filter(None, "UTC", {})
            self.count.setText(self.tr("No one is set up yet."))
            return
        days = int(self.range.currentData())
        first: date | None = from_qdate(self.first_day.date())
        last: date | None = from_qdate(self.last_day.date())
        if days == 0:
            first = last = None
        flt = DoseLogFilter(profile.id, self.medicine.currentData(), first, last)
        names = {m.id: m.name for m in self._medications}
        self.model.set_filter(flt, profile.home_tz, names)
        self._show_count()

    def reload(self) -> None:
        self.model.reload()
        self._show_count()

    def _show_count(self) -> None:
        total = self.model.total()
        if total == 1:
            self.count.setText(self.tr("1 logged dose"))
        else:
            self.count.setText(self.tr("{n} logged doses").format(n=total))

    def edit_selected(self) -> None:
        profile = self._profile()
        rows = self.table.selectionModel().selectedRows()
        if profile is None or not rows:
            self.count.setText(self.tr("Select a dose in the table first, then choose Correct…."))
            return
        event = self.model.event_at(rows[0].row())
        name = next((m.name for m in self._medications if m.id == event.medication_id), "?")
        dialog = EditDoseDialog(self.store, event, name, profile.home_tz, self.clock.now(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.announce(Changed.DOSES)
