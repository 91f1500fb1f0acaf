"""Adding or editing a medicine, and changing its doses from a date.

Every question is asked before one use case saves the change with its safety notes.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.interactions import caution_text, drowsiness_group
from baclofen_companion.core.model import DoseForm, DoseSlot, Medication, Profile, ScheduleVersion
from baclofen_companion.core.plans import is_baclofen
from baclofen_companion.core.safety import (
    STOP_CONFIRMATION,
    SafetyNote,
    is_abrupt_cut,
    over_daily_maximum,
    over_single_dose,
)
from baclofen_companion.core.schedule import active_version
from baclofen_companion.core.text import short_date_year
from baclofen_companion.core.units import format_mg, format_number
from baclofen_companion.core.validation import clean_slots
from baclofen_companion.ops.medicines import add_medication, change_doses, update_medication
from baclofen_companion.ops.session import Session
from baclofen_companion.ui.medicines.form import DoseTimesEditor, MedicineFields
from baclofen_companion.ui.widgets.common import (
    add_save_cancel,
    fit_title,
    from_qdate,
    prescriber_note,
    to_qdate,
)
from baclofen_companion.ui.widgets.date_fields import DateField
from baclofen_companion.ui.widgets.safety_dialogs import AbruptStopDialog, StopChoice, confirm_over


class MedicineDialog(QDialog):
    """Add a medicine with its dose times, or edit a medicine's details."""

    def __init__(
        self,
        store: Session,
        profile: Profile,
        today: date,
        medication: Medication | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.profile = profile
        self.today = today
        self.medication = medication
        self.setWindowTitle(self.tr("Edit medicine") if medication else self.tr("Add a medicine"))
        layout = QVBoxLayout(self)
        self.fields = MedicineFields()
        layout.addWidget(self.fields)
        self.doses: DoseTimesEditor | None = None
        if medication is not None:
            self.fields.set_medication(
                medication.name,
                medication.form,
                medication.strength_mg,
                medication.scored,
                medication.instructions,
                medication.max_daily_mg,
            )
            layout.addWidget(QLabel(self.tr("To change amounts or times, use Change doses….")))
        else:
            self.fields.form.setCurrentIndex(0)
            layout.addWidget(QLabel(self.tr("Dose times, from today:")))
            self.doses = DoseTimesEditor()
            self.doses.add_row("08:00", "")
            layout.addWidget(self.doses)
            self.fields.changed.connect(self._preview)
            note = QLabel(prescriber_note())
            note.setWordWrap(True)
            layout.addWidget(note)
        self.error = add_save_cancel(self, layout, self._save)

    def _cautions_accepted(self, new: Medication) -> bool:
        """Interaction and liquid-concentration cautions before a new medicine is saved."""
        others = self.store.medications(self.profile.id)
        messages = []
        group = drowsiness_group(new.name)
        if group and any(is_baclofen(m) for m in others):
            messages.append(caution_text(new.name, group))
        if is_baclofen(new):
            for other in others:
                other_group = drowsiness_group(other.name)
                if other_group:
                    messages.append(caution_text(other.name, other_group))
        if new.form is DoseForm.LIQUID:
            for other in others:
                same = other.name.split()[0].lower() == new.name.split()[0].lower()
                if other.form is DoseForm.LIQUID and same and other.strength_mg != new.strength_mg:
                    messages.append(
                        self.tr(
                            "{other} is already listed at {other_strength} mg/mL and this one is "
                            "{strength} mg/mL. Mixing up the two strengths gives 5 times too much "
                            "or too little: check the bottles and keep them apart."
                        ).format(
                            other=other.name,
                            other_strength=format_number(other.strength_mg),
                            strength=format_number(new.strength_mg),
                        )
                    )
        if not messages:
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Please check"),
            "\n\n".join(messages),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.notes.append(
                SafetyNote(
                    self.profile.id,
                    None,
                    "caution shown",
                    f"Adding {new.name}: {' '.join(messages)}",
                )
            )
            return True
        return False

    def _preview(self) -> None:
        if self.doses is not None:
            self.doses.set_medication(self.fields.preview_medication())

    def _save(self) -> None:
        try:
            draft = self.fields.draft()
            if self.doses is not None:
                slots = self.doses.slots(draft.as_medication(self.profile.id))
                self.notes: list[SafetyNote] = []
                if not self._cautions_accepted(draft.as_medication(self.profile.id)):
                    return
                add_medication(self.store, self.profile.id, draft, slots, self.today, self.notes)
            elif self.medication is not None:
                # A new strength or form must still be able to give the doses already planned.
                versions = self.store.schedule_versions([self.medication.id])[self.medication.id]
                candidate = draft.as_medication(self.profile.id, self.medication.id)
                for version in versions:
                    if version.valid_from >= self.today or version is active_version(
                        versions, self.today
                    ):
                        clean_slots(
                            [(f"{s.time:%H:%M}", s.amount_mg) for s in version.slots], candidate
                        )
                update_medication(self.store, self.medication, draft)
        except ValidationError as err:
            self.error.show_error(err)
            return
        self.accept()


class ChangeDosesDialog(QDialog):
    """A dose change is a new schedule version from a chosen date; the past stays as it was."""

    def __init__(
        self,
        store: Session,
        medication: Medication,
        current: ScheduleVersion | None,
        today: date,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.medication = medication
        self.today = today
        self.wants_taper = False
        self.setWindowTitle(self.tr("Change doses of {medicine}").format(medicine=medication.name))
        fit_title(self)
        layout = QVBoxLayout(self)
        self.doses = DoseTimesEditor()
        self.doses.set_medication(medication)
        self.doses.set_slots(current.slots if current else ())
        layout.addWidget(self.doses)
        form = QFormLayout()
        self.valid_from = DateField(to_qdate(today + timedelta(days=1)))
        self.valid_from.setMinimumDate(to_qdate(today))
        self.valid_from.setAccessibleName(self.tr("Applies from"))
        form.addRow(self.tr("&Applies from:"), self.valid_from)
        layout.addLayout(form)
        note = QLabel(
            self.tr("Doses already logged keep the amount they had.") + " " + prescriber_note()
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = add_save_cancel(self, layout, self._save)

    def _save(self) -> None:
        valid_from = from_qdate(self.valid_from.date())
        try:
            if valid_from < self.today:
                raise ValidationError(
                    "applies from", self.tr("A dose change cannot start in the past.")
                )
            slots: tuple[DoseSlot, ...] = self.doses.slots(self.medication)
        except ValidationError as err:
            self.error.show_error(err)
            return
        versions = self.store.schedule_versions([self.medication.id])[self.medication.id]
        before = active_version(versions, valid_from - timedelta(days=1))
        old_total = sum(s.amount_mg for s in before.slots) if before else 0.0
        new_total = sum(s.amount_mg for s in slots)
        notes: list[SafetyNote] = []
        if before and is_abrupt_cut(self.medication, old_total, new_total, len(before.slots)):
            guard = AbruptStopDialog(
                self.medication,
                self.tr(
                    "This cuts {medicine} from {before} to {after} a day at once — "
                    "more than one taper step."
                ).format(
                    medicine=self.medication.name,
                    before=format_mg(old_total),
                    after=format_mg(new_total),
                ),
                self,
            )
            guard.exec()
            if guard.choice is StopChoice.TAPER:
                self.wants_taper = True
                self.reject()
                return
            if guard.choice is not StopChoice.GO_AHEAD:
                return
            notes.append(
                SafetyNote(
                    self.medication.profile_id,
                    self.medication.id,
                    "abrupt cut confirmed",
                    f"{STOP_CONFIRMATION}: {format_mg(old_total)} to {format_mg(new_total)} a "
                    f"day from {short_date_year(valid_from)}.",
                )
            )
        warnings = [
            m
            for m in (
                over_daily_maximum(self.medication, new_total),
                *(over_single_dose(self.medication, s.amount_mg) for s in slots),
            )
            if m
        ]
        if not confirm_over(self, self.tr("Above the maximum"), warnings):
            return
        # Every question is answered: the change and its note are saved together.
        change_doses(self.store, self.medication, valid_from, slots, notes)
        self.accept()
