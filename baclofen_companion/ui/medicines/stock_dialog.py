"""Stock of one medicine: what is on hand, when it runs out, refills and audited recounts."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import Medication, StockEntry
from baclofen_companion.core.schedule import local_date
from baclofen_companion.core.supply import format_units, parse_stock, unit_noun
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, hhmm, short_date_year
from baclofen_companion.ops.session import Session
from baclofen_companion.ops.stock import count, refill
from baclofen_companion.ui.widgets.common import ErrorLabel, from_qdate, long_date, to_qdate
from baclofen_companion.ui.widgets.common import hhmm as local_hhmm
from baclofen_companion.ui.widgets.date_fields import DateField

KIND_TEXT = {
    "count": QT_TRANSLATE_NOOP("StockDialog", "First count"),
    "refill": QT_TRANSLATE_NOOP("StockDialog", "Refill"),
    "correction": QT_TRANSLATE_NOOP("StockDialog", "Recount"),
}


class StockDialog(QDialog):
    """Shows stock and its history; adds refills and recounts. Nothing else changes stock."""

    def __init__(
        self, store: Session, clock: Clock, medication: Medication, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.clock, self.medication = store, clock, medication
        self.home_tz = store.profile(medication.profile_id).home_tz
        self.changed = False
        noun = unit_noun(medication)
        self.setWindowTitle(self.tr("Stock — {name}").format(name=medication.name))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Stock summary"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        refill_box = QGroupBox(self.tr("Add a refill"))
        refill_form = QFormLayout(refill_box)
        self.refill_amount = QLineEdit()
        self.refill_amount.setPlaceholderText(self.tr("for example 56"))
        self.refill_amount.setAccessibleName(self.tr("Refill amount in {noun}").format(noun=noun))
        self.refill_date = DateField()
        today = to_qdate(local_date(clock.now(), self.home_tz))
        self.refill_date.setDate(today)
        self.refill_date.setMaximumDate(today)
        self.refill_date.setAccessibleName(self.tr("Refill date"))
        self.refill_note = QLineEdit()
        self.refill_note.setPlaceholderText(self.tr("pharmacy, prescription number… (optional)"))
        self.refill_note.setAccessibleName(self.tr("Refill note"))
        self.refill_button = QPushButton(self.tr("Add &refill"))
        self.refill_button.setAccessibleName(self.tr("Add refill"))
        refill_form.addRow(
            self.tr("{noun} received:").format(noun=noun.capitalize()), self.refill_amount
        )
        refill_form.addRow(self.tr("Date:"), self.refill_date)
        refill_form.addRow(self.tr("Note:"), self.refill_note)
        refill_form.addRow("", self.refill_button)
        layout.addWidget(refill_box)

        count_box = QGroupBox(self.tr("Count what you have"))
        count_form = QFormLayout(count_box)
        self.count_amount = QLineEdit()
        self.count_amount.setPlaceholderText(self.tr("for example 23½"))
        self.count_amount.setAccessibleName(self.tr("Counted {noun}").format(noun=noun))
        self.count_reason = QLineEdit()
        self.count_reason.setPlaceholderText(self.tr("for example: recounted, tablets dropped"))
        self.count_reason.setAccessibleName(self.tr("Reason for the new count"))
        self.count_button = QPushButton(self.tr("Save &count"))
        self.count_button.setAccessibleName(self.tr("Save count"))
        count_form.addRow(
            self.tr("{noun} on hand now:").format(noun=noun.capitalize()), self.count_amount
        )
        count_form.addRow(self.tr("Reason:"), self.count_reason)
        count_form.addRow("", self.count_button)
        layout.addWidget(count_box)

        self.error = ErrorLabel()
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("<b>History</b>")))
        self.history = QTreeWidget()
        self.history.setHeaderLabels(
            [self.tr("Date"), self.tr("What"), self.tr("Amount"), self.tr("Note")]
        )
        self.history.setRootIsDecorated(False)
        self.history.setAccessibleName(self.tr("Stock history"))
        layout.addWidget(self.history, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.refill_button.clicked.connect(self.add_refill)
        self.refill_amount.returnPressed.connect(self.add_refill)
        self.count_button.clicked.connect(self.save_count)
        self.count_amount.returnPressed.connect(self.save_count)
        self.count_reason.returnPressed.connect(self.save_count)
        self.resize(560, 560)
        self.reload()

    def reload(self) -> None:
        med = self.medication
        on_hand = self.store.stock.on_hand(med)
        if on_hand is None:
            self.summary.setText(
                self.tr(
                    "Not counted yet. Count the {noun} you have now, and add refills as they come:"
                    " the app then subtracts every dose you mark as taken."
                ).format(noun=unit_noun(med))
            )
            self.count_reason.setEnabled(False)
        else:
            outlook = self.store.stock.forecast(med, self.clock.now())
            lines = [self.tr("On hand: {units}").format(units=format_units(on_hand, med))]
            if outlook is not None:
                lines.append(outlook.text)
                if outlook.last_covered_due is not None and not outlook.beyond_horizon:
                    last = outlook.last_covered_due
                    day = last.astimezone(ZoneInfo(self.home_tz)).date()
                    lines.append(
                        self.tr("The last dose it covers: {when}").format(
                            when=f"{long_date(day)} {local_hhmm(last, self.home_tz)}"
                        )
                    )
            self.summary.setText("\n".join(lines))
            self.count_reason.setEnabled(True)
        self.history.clear()
        for entry in reversed(self.store.stock.entries(med)):
            self.history.addTopLevelItem(QTreeWidgetItem(self._row(entry)))
        for column in range(3):
            self.history.resizeColumnToContents(column)

    def _row(self, entry: StockEntry) -> list[str]:
        local = entry.at.astimezone(ZoneInfo(entry.recorded_tz))
        amount = format_units(entry.quantity, self.medication)
        if entry.kind == "refill":
            amount = f"+{amount}"
        elif entry.kind == "correction" and entry.previous is not None:
            amount = self.tr("{new} (was {old})").format(
                new=amount, old=format_units(entry.previous, self.medication)
            )
        when = f"{short_date_year(local.date())} {hhmm(local)}"
        return [when, self.tr(KIND_TEXT[entry.kind]), amount, entry.note]

    def add_refill(self) -> None:
        self.error.clear_error()
        try:
            amount = parse_stock(self.refill_amount.text(), self.medication, "refill")
            day = from_qdate(self.refill_date.date())
            now = self.clock.now()
            when = (
                now
                if day == local_date(now, self.home_tz)
                else datetime.combine(day, time(12), tzinfo=ZoneInfo(self.home_tz))
            )
            refill(self.store, self.medication, amount, when, self.refill_note.text())
        except ValidationError as err:
            self.error.show_error(err)
            self.refill_amount.setFocus()
            return
        self.refill_amount.clear()
        self.refill_note.clear()
        self.refill_date.setDate(to_qdate(local_date(self.clock.now(), self.home_tz)))
        self.changed = True
        self.reload()

    def save_count(self) -> None:
        self.error.clear_error()
        try:
            amount = parse_stock(self.count_amount.text(), self.medication, "count")
            count(self.store, self.medication, amount, self.count_reason.text())
        except ValidationError as err:
            self.error.show_error(err)
            (self.count_reason if err.field == "reason" else self.count_amount).setFocus()
            return
        self.count_amount.clear()
        self.count_reason.clear()
        self.changed = True
        self.reload()
