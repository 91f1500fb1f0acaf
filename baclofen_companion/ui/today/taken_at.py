"""Taken at…: the time a dose was really taken, never in the future or before the day began."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.model import (
    PlannedDose,
)
from baclofen_companion.core.text import hhmm as clock_text
from baclofen_companion.core.units import dose_label
from baclofen_companion.core.validation import is_still_to_come
from baclofen_companion.ui.widgets.common import (
    ErrorLabel,
    fit_title,
    from_qdatetime,
    long_date,
    to_qdatetime,
)
from baclofen_companion.ui.widgets.date_fields import DateTimeField


class TakenAtDialog(QDialog):
    """Asks when a dose was taken; never later than now, never long before its slot."""

    def __init__(self, dose: PlannedDose, tz: str, now: datetime, parent: QWidget) -> None:
        super().__init__(parent)
        self.tz = tz
        self.now = now
        self.earliest = dose.due - timedelta(hours=12)
        self.taken_at: datetime | None = None
        self.setWindowTitle(self.tr("When was it taken?"))
        layout = QVBoxLayout(self)
        med = dose.medication
        amount = dose_label(dose.amount_mg, med.form, med.strength_mg, med.scored)
        layout.addWidget(
            QLabel(
                self.tr("{medicine} {amount}, the {time} dose of {date}").format(
                    medicine=med.name,
                    amount=amount,
                    time=clock_text(dose.slot_time),
                    date=long_date(dose.slot_date),
                )
            )
        )
        self.when = DateTimeField(to_qdatetime(min(now, max(dose.due, self.earliest)), tz))
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Time taken"))
        layout.addWidget(self.when)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_title(self)

    def set_time(self, value: QDateTime) -> None:
        self.when.setDateTime(value)

    def _accept(self) -> None:
        chosen = from_qdatetime(self.when.dateTime(), self.tz)
        if is_still_to_come(chosen, self.now):
            self.error.show_message(self.tr("Time taken: that time is still to come."))
            return
        if chosen < self.earliest:
            self.error.show_message(
                self.tr(
                    "Time taken: that is more than 12 hours before this dose was due; "
                    "it belongs to an earlier dose."
                )
            )
            return
        self.taken_at = chosen
        self.accept()
