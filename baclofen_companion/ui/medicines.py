"""Medicines: add, edit and archive them; change doses as a new schedule version from a date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, DoseSlot, Medication, Profile, ScheduleVersion
from baclofen_companion.core.schedule import active_version, local_date
from baclofen_companion.core.units import format_mg, format_number
from baclofen_companion.core.validation import clean_slots
from baclofen_companion.store import Store
from baclofen_companion.ui.common import (
    PRESCRIBER_NOTE,
    add_save_cancel,
    from_qdate,
    short_date,
    to_qdate,
)
from baclofen_companion.ui.medicine_form import STRENGTH_UNITS, DoseTimesEditor, MedicineFields


def describe(med: Medication, version: ScheduleVersion | None) -> str:
    kind = {
        DoseForm.TABLET: "scored tablets" if med.scored else "tablets",
        DoseForm.LIQUID: "liquid",
        DoseForm.GRANULES: "granules",
        DoseForm.OTHER: "",
    }[med.form]
    strength = f"{format_number(med.strength_mg)} {STRENGTH_UNITS[med.form]}"
    head = f"{med.name} — {strength}" + (f", {kind}" if kind else "")
    if version is None:
        return head + "\n   No doses scheduled yet."
    doses = " · ".join(f"{s.time:%H:%M} {format_mg(s.amount_mg)}" for s in version.slots)
    total = sum(s.amount_mg for s in version.slots)
    return f"{head}\n   {doses}  (total {format_mg(total)} a day)"


class MedicineDialog(QDialog):
    """Add a medicine with its dose times, or edit a medicine's details."""

    def __init__(
        self,
        store: Store,
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
        self.setWindowTitle("Edit medicine" if medication else "Add a medicine")
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
            )
            layout.addWidget(QLabel("To change amounts or times, use Change doses…."))
        else:
            self.fields.form.setCurrentIndex(0)
            layout.addWidget(QLabel("Dose times, from today:"))
            self.doses = DoseTimesEditor()
            self.doses.add_row("08:00", "")
            layout.addWidget(self.doses)
            self.fields.changed.connect(self._preview)
            note = QLabel(PRESCRIBER_NOTE)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.error = add_save_cancel(self, layout, self._save)

    def _preview(self) -> None:
        if self.doses is not None:
            self.doses.set_medication(self.fields.preview_medication())

    def _save(self) -> None:
        try:
            draft = self.fields.draft()
            if self.doses is not None:
                slots = self.doses.slots(draft.as_medication(self.profile.id))
                self.store.add_medication(self.profile.id, draft, slots, self.today)
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
                self.store.update_medication(self.medication.id, draft)
        except ValidationError as err:
            self.error.show_error(err)
            return
        self.accept()


class ChangeDosesDialog(QDialog):
    """A dose change is a new schedule version from a chosen date; the past stays as it was."""

    def __init__(
        self,
        store: Store,
        medication: Medication,
        current: ScheduleVersion | None,
        today: date,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.medication = medication
        self.today = today
        self.setWindowTitle(f"Change doses of {medication.name}")
        layout = QVBoxLayout(self)
        self.doses = DoseTimesEditor()
        self.doses.set_medication(medication)
        self.doses.set_slots(current.slots if current else ())
        layout.addWidget(self.doses)
        form = QFormLayout()
        self.valid_from = QDateEdit(to_qdate(today + timedelta(days=1)))
        self.valid_from.setMinimumDate(to_qdate(today))
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setAccessibleName("Applies from")
        form.addRow("&Applies from:", self.valid_from)
        layout.addLayout(form)
        note = QLabel("Doses already logged keep the amount they had. " + PRESCRIBER_NOTE)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = add_save_cancel(self, layout, self._save)

    def _save(self) -> None:
        valid_from = from_qdate(self.valid_from.date())
        try:
            if valid_from < self.today:
                raise ValidationError("applies from", "A dose change cannot start in the past.")
            slots: tuple[DoseSlot, ...] = self.doses.slots(self.medication)
            self.store.add_schedule_version(self.medication.id, valid_from, slots)
        except ValidationError as err:
            self.error.show_error(err)
            return
        self.accept()


class MedicinesView(QWidget):
    medicines_changed = Signal()

    def __init__(
        self,
        store: Store,
        clock: Clock,
        profile: Callable[[], Profile | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self._profile = profile
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName("Medicines")
        self.list.setAlternatingRowColors(True)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("&Add medicine…")
        self.edit_button = QPushButton("&Edit…")
        self.change_button = QPushButton("Change &doses…")
        self.archive_button = QPushButton("A&rchive…")
        for b, name in (
            (self.add_button, "Add medicine"),
            (self.edit_button, "Edit medicine"),
            (self.change_button, "Change doses"),
            (self.archive_button, "Archive medicine"),
        ):
            b.setAccessibleName(name)
            buttons.addWidget(b)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_medicine)
        self.edit_button.clicked.connect(self.edit_medicine)
        self.change_button.clicked.connect(self.change_doses)
        self.archive_button.clicked.connect(self.archive_medicine)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.change_doses())
        self._selection_changed()

    def _today(self, profile: Profile) -> date:
        return local_date(self.clock.now(), profile.home_tz)

    def reload(self) -> None:
        profile = self._profile()
        selected = self.selected()
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
            upcoming = [v for v in meds_versions if v.valid_from > today]
            for v in upcoming:
                doses = " · ".join(f"{s.time:%H:%M} {format_mg(s.amount_mg)}" for s in v.slots)
                text += f"\n   From {short_date(v.valid_from)}: {doses}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, med.id)
            self.list.addItem(item)
            if selected and selected.id == med.id:
                item.setSelected(True)
        if self.list.count() and not self.list.selectedItems():
            self.list.setCurrentRow(0)
        self._selection_changed()

    def selected(self) -> Medication | None:
        items = self.list.selectedItems()
        if not items:
            return None
        return self.store.medication(int(items[0].data(Qt.ItemDataRole.UserRole)))

    def _selection_changed(self) -> None:
        has = bool(self.list.selectedItems())
        for b in (self.edit_button, self.change_button, self.archive_button):
            b.setEnabled(has)

    def _done(self) -> None:
        self.reload()
        self.medicines_changed.emit()

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

    def archive_medicine(self) -> None:
        med = self.selected()
        if med is None:
            return
        text = (
            f"Archive {med.name}? It will no longer be planned or reminded; "
            "its logged doses stay in the dose log."
        )
        if "baclofen" in med.name.lower():
            text += (
                "\n\nBaclofen must not be stopped suddenly: stopping abruptly can cause "
                "hallucinations, seizures, high fever and confusion. Only stop it the way "
                "your prescriber told you, usually by reducing slowly over 1–2 weeks or longer."
            )
        answer = QMessageBox.question(
            self,
            "Archive medicine",
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.set_archived(med.id, True)
            self._done()
