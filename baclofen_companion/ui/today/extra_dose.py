"""Log an extra or as-needed dose, with its reason, and the warnings that belong with it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.core.safety import (
    SafetyNote,
    extra_dose_too_soon,
    over_daily_maximum,
    over_single_dose,
)
from baclofen_companion.core.schedule import local_date
from baclofen_companion.core.units import check_deliverable
from baclofen_companion.core.validation import is_still_to_come, parse_amount
from baclofen_companion.ops.doses import log_extra_dose
from baclofen_companion.ops.session import Session
from baclofen_companion.ui.widgets.common import (
    add_save_cancel,
    fit_title,
    from_qdatetime,
    to_qdatetime,
)
from baclofen_companion.ui.widgets.date_fields import DateTimeField
from baclofen_companion.ui.widgets.safety_dialogs import confirm_over


class ExtraDoseDialog(QDialog):
    def __init__(
        self,
        store: Session,
        profile: Profile,
        medications: list[Medication],
        now: datetime,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.profile = profile
        self.medications = medications
        self.now = now
        self.setWindowTitle(self.tr("Log an extra dose"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "For a dose outside the schedule — an as-needed dose your prescriber allows. "
                "It counts in the day's total."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.medicine = QComboBox()
        self.medicine.setAccessibleName(self.tr("Medicine"))
        for med in medications:
            self.medicine.addItem(med.name, med.id)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount in mg"))
        self.when = DateTimeField(to_qdatetime(now, profile.home_tz))
        self.when.setAccessibleName(self.tr("Time taken"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. bad spasms tonight"))
        # Room for the whole example (it was cut to "e.g. bad spasms toni…").
        hint = self.reason.fontMetrics().horizontalAdvance(self.reason.placeholderText())
        self.reason.setMinimumWidth(hint + 24)
        form.addRow(self.tr("&Medicine:"), self.medicine)
        form.addRow(self.tr("&Amount (mg):"), self.amount)
        form.addRow(self.tr("&Taken at:"), self.when)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        self.error = add_save_cancel(self, layout, self._save)
        fit_title(self)

    def _save(self) -> None:
        med = next(m for m in self.medications if m.id == self.medicine.currentData())
        tz = self.profile.home_tz
        try:
            amount = parse_amount(self.amount.text())
            check_deliverable(amount, med)
            taken_at = from_qdatetime(self.when.dateTime(), tz)
            if is_still_to_come(taken_at, self.now):
                raise ValidationError("taken at", self.tr("That time is still to come."))
            if not " ".join(self.reason.text().split()):
                raise ValidationError(
                    "reason", self.tr("Please say why this extra dose was taken.")
                )
        except ValidationError as err:
            self.error.show_error(err)
            return
        day = local_date(taken_at, tz)
        taken_today = sum(
            e.amount_mg
            for e in self.store.events_between(self.profile.id, day, day)
            if e.medication_id == med.id and e.status is DoseStatus.TAKEN
        )
        last = self.store.last_taken(med.id)
        warnings = [
            m
            for m in (
                extra_dose_too_soon(last.taken_at if last else None, taken_at),
                over_daily_maximum(med, taken_today + amount),
                over_single_dose(med, amount),
            )
            if m
        ]
        if not confirm_over(self, self.tr("Please check this extra dose"), warnings):
            return
        notes = (
            [SafetyNote(self.profile.id, med.id, "extra dose warning", " ".join(warnings))]
            if warnings
            else []
        )
        log_extra_dose(
            self.store, self.profile.id, med, amount, taken_at, self.reason.text(), tz, notes
        )
        self.accept()
