"""Medicines: add, edit and archive them; change doses as a new schedule version from a date."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.model import DoseForm, DoseSlot, Medication, ScheduleVersion
from baclofen_companion.core.plans import PlanKind, PlanStep, is_baclofen
from baclofen_companion.core.safety import (
    STOP_CONFIRMATION,
    SafetyNote,
)
from baclofen_companion.core.schedule import active_version, effective_versions
from baclofen_companion.core.supply import format_units
from baclofen_companion.core.text import hhmm
from baclofen_companion.core.units import format_mg, format_number
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.medicines import archive_medicine
from baclofen_companion.ui.medicines.dialogs import ChangeDosesDialog, MedicineDialog
from baclofen_companion.ui.medicines.form import strength_unit
from baclofen_companion.ui.medicines.plan_dialog import PlanDialog
from baclofen_companion.ui.medicines.stock_dialog import StockDialog
from baclofen_companion.ui.medicines.timeline import PlanTimeline
from baclofen_companion.ui.widgets.common import (
    PersonView,
    short_date,
)
from baclofen_companion.ui.widgets.context import ViewContext
from baclofen_companion.ui.widgets.safety_dialogs import AbruptStopDialog, StopChoice


def describe(med: Medication, version: ScheduleVersion | None) -> str:
    kind = {
        DoseForm.TABLET: QCoreApplication.translate("MedicinesView", "scored tablets")
        if med.scored
        else QCoreApplication.translate("MedicinesView", "tablets"),
        DoseForm.LIQUID: QCoreApplication.translate("MedicinesView", "liquid"),
        DoseForm.GRANULES: QCoreApplication.translate("MedicinesView", "granules"),
        DoseForm.OTHER: "",
    }[med.form]
    strength = f"{format_number(med.strength_mg)} {strength_unit(med.form)}"
    head = f"{med.name} — {strength}" + (f", {kind}" if kind else "")
    if version is None:
        return (
            head + "\n   " + QCoreApplication.translate("MedicinesView", "No doses scheduled yet.")
        )
    doses = slots_text(version.slots)
    total = sum(s.amount_mg for s in version.slots)
    return f"{head}\n   " + QCoreApplication.translate(
        "MedicinesView", "{doses}  (total {total} a day)"
    ).format(doses=doses, total=format_mg(total))


def slots_text(slots: tuple[DoseSlot, ...]) -> str:
    """'08:00 5 mg · 14:00 5 mg · 20:00 5 mg'."""
    return " · ".join(f"{hhmm(s.time)} {format_mg(s.amount_mg)}" for s in slots)


class MedicinesView(PersonView):
    RELOAD_ON = (
        Changed.MEDICINES | Changed.STOCK | Changed.SETTINGS | Changed.DOSES | Changed.PEOPLE
    )

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Medicines"))
        self.list.setAlternatingRowColors(True)
        layout.addWidget(self.list, 1)
        self.add_button = QPushButton(self.tr("&Add medicine…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.change_button = QPushButton(self.tr("Change &doses…"))
        self.archive_button = QPushButton(self.tr("Archi&ve…"))
        self.raise_button = QPushButton(self.tr("Raise gradual&ly…"))
        self.taper_button = QPushButton(self.tr("&Taper…"))
        self.stock_button = QPushButton(self.tr("Stoc&k and refills…"))
        # Two rows, so the tab still fits a small screen: the medicine, then its doses and stock.
        rows = (
            ((self.add_button, self.tr("Add medicine")),
             (self.edit_button, self.tr("Edit medicine")),
             (self.archive_button, self.tr("Archive medicine"))),
            ((self.change_button, self.tr("Change doses")),
             (self.raise_button, self.tr("Raise gradually")),
             (self.taper_button, self.tr("Taper")),
             (self.stock_button, self.tr("Stock and refills"))),
        )  # fmt: skip
        for row in rows:
            buttons = QHBoxLayout()
            for b, name in row:
                b.setAccessibleName(name)
                buttons.addWidget(b)
            buttons.addStretch()
            layout.addLayout(buttons)
        self.timeline = PlanTimeline()
        layout.addWidget(QLabel(self.tr("<b>Daily total, from a few days ago on</b>")))
        layout.addWidget(self.timeline)
        self.raise_button.clicked.connect(lambda: self.plan(PlanKind.TITRATION))
        self.taper_button.clicked.connect(lambda: self.plan(PlanKind.TAPER))
        self.add_button.clicked.connect(self.add_medicine)
        self.edit_button.clicked.connect(self.edit_medicine)
        self.change_button.clicked.connect(self.change_doses)
        self.archive_button.clicked.connect(self.archive_medicine)
        self.stock_button.clicked.connect(self.show_stock)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.change_doses())
        self._selection_changed()

    def reload(self) -> None:
        profile = self._profile()
        # The id only: after a restore the medicine that was selected may not exist any more.
        selected_id = self.selected_id()
        self.list.clear()
        if profile is None:
            return
        meds = self.store.medications(profile.id)
        versions = self.store.schedule_versions(m.id for m in meds)
        today = self._today(profile)
        for med in meds:
            meds_versions = versions.get(med.id, [])
            current = active_version(meds_versions, today)
            text = describe(med, current)
            upcoming = [v for v in effective_versions(meds_versions) if v.valid_from > today]
            for v in upcoming:
                text += "\n   " + self.tr("From {date}: {doses}").format(
                    date=short_date(v.valid_from), doses=slots_text(v.slots)
                )
            text += "\n   " + self._stock_line(med)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, med.id)
            self.list.addItem(item)
            if selected_id == med.id:
                item.setSelected(True)
        if self.list.count() and not self.list.selectedItems():
            self.list.setCurrentRow(0)
        self._selection_changed()

    def selected_id(self) -> int | None:
        items = self.list.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def selected(self) -> Medication | None:
        chosen = self.selected_id()
        return None if chosen is None else self.store.medication(chosen)

    def _selection_changed(self) -> None:
        has = bool(self.list.selectedItems())
        for b in (
            self.edit_button,
            self.change_button,
            self.archive_button,
            self.raise_button,
            self.taper_button,
            self.stock_button,
        ):
            b.setEnabled(has)
        self._show_timeline()

    def _show_timeline(self) -> None:
        profile, med = self._profile(), self.selected()
        if profile is None or med is None:
            self.timeline.set_steps([], None)
            return
        today = self._today(profile)
        versions = sorted(
            self.store.schedule_versions([med.id])[med.id], key=lambda v: (v.valid_from, v.id)
        )
        self.timeline.set_steps(timeline_steps(versions, today), today)

    def _stock_line(self, med: Medication) -> str:
        on_hand = self.store.stock.on_hand(med)
        if on_hand is None:
            return self.tr("Stock: not counted yet (Stock and refills…)")
        outlook = self.store.stock.forecast(med, self.clock.now())
        text = self.tr("On hand: {units}").format(units=format_units(on_hand, med))
        if outlook is not None:
            text += f" · {outlook.text}"
        return ("⚠ " if outlook is not None and outlook.refill_now else "") + text

    def show_stock(self) -> None:
        med = self.selected()
        if med is None:
            return
        dialog = StockDialog(self.store, self.clock, med, self)
        dialog.exec()
        if dialog.changed:
            self._done()

    def _done(self) -> None:
        self.reload()
        self.announce(Changed.MEDICINES | Changed.STOCK)

    def add_medicine(self) -> None:
        profile = self._profile()
        if profile is None:
            return
        dialog = MedicineDialog(self.store, profile, self._today(profile), None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done()

    def edit_medicine(self) -> None:
        profile, med = self._profile(), self.selected()
        if profile is None or med is None:
            return
        dialog = MedicineDialog(self.store, profile, self._today(profile), med, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done()

    def change_doses(self) -> None:
        profile, med = self._profile(), self.selected()
        if profile is None or med is None:
            return
        today = self._today(profile)
        versions = self.store.schedule_versions([med.id])[med.id]
        latest = max(versions, key=lambda v: (v.valid_from, v.id), default=None)
        dialog = ChangeDosesDialog(self.store, med, latest, today, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done()
        elif dialog.wants_taper:
            self.plan(PlanKind.TAPER)

    def plan(self, kind: PlanKind) -> None:
        profile, med = self._profile(), self.selected()
        if profile is None or med is None:
            return
        dialog = PlanDialog(self.store, med, self._today(profile), kind, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done()

    def archive_medicine(self) -> None:
        med = self.selected()
        if med is None:
            return
        notes: list[SafetyNote] = []
        if is_baclofen(med):
            guard = AbruptStopDialog(
                med,
                self.tr("Archiving {medicine} stops all its doses and reminders.").format(
                    medicine=med.name
                ),
                self,
            )
            guard.exec()
            if guard.choice is StopChoice.TAPER:
                self.plan(PlanKind.TAPER)
                return
            if guard.choice is not StopChoice.GO_AHEAD:
                return
            notes.append(
                SafetyNote(
                    med.profile_id,
                    med.id,
                    "abrupt stop confirmed",
                    f"{STOP_CONFIRMATION}: archived.",
                )
            )
        else:
            answer = QMessageBox.question(
                self,
                self.tr("Archive medicine"),
                self.tr(
                    "Archive {medicine}? It will no longer be planned or reminded; "
                    "its logged doses stay in the dose log."
                ).format(medicine=med.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        archive_medicine(self.store, med, notes)
        self._done()


def timeline_steps(versions: list[ScheduleVersion], today: date) -> list[PlanStep]:
    """Versions from three days ago on, as timeline bars; an open-ended last one gets a week."""
    shown = [v for v in versions if v.valid_from > today - timedelta(days=3)]
    current = active_version(versions, today - timedelta(days=3))
    if current is not None and current not in shown:
        shown.insert(0, current)
    steps = []
    for index, version in enumerate(shown):
        start = max(version.valid_from, today - timedelta(days=3))
        if index + 1 < len(shown):
            days = (shown[index + 1].valid_from - start).days
        else:
            days = version.step_days or 7
        if days > 0:
            steps.append(PlanStep(start, days, version.slots))
    return steps
