"""First-run setup: the person and their baclofen, prefilled with the label's starting dose."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, DoseSlot, Medication, Profile
from baclofen_companion.core.validation import clean_name
from baclofen_companion.ops.people import set_up_person
from baclofen_companion.ops.session import Session
from baclofen_companion.ui.medicines.form import DoseTimesEditor, MedicineFields
from baclofen_companion.ui.widgets.common import ErrorLabel, system_zone_name
from baclofen_companion.ui.widgets.zone_field import ZoneField

# The FDA label's usual start, 5 mg three times a day (DOMAIN.md), offered only as defaults.
DEFAULT_SLOTS = (
    DoseSlot(time(8, 0), 5.0),
    DoseSlot(time(14, 0), 5.0),
    DoseSlot(time(20, 0), 5.0),
)


class FirstRunDialog(QDialog):
    def __init__(
        self, store: Session, today: date, parent: QWidget | None = None, adding: bool = False
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today
        self.profile: Profile | None = None
        self.medication: Medication | None = None
        self.setWindowTitle(
            self.tr("Add a person") if adding else self.tr("Welcome to Baclofen Companion")
        )
        layout = QVBoxLayout(self)
        head = (
            self.tr("Let's set up another person and their baclofen.")
            if adding
            else self.tr("Let's set up the first person and their baclofen.")
        )
        intro = QLabel(
            f"<b>{head}</b><br>"
            + self.tr(
                "The amounts below are the label's usual starting dose (5 mg three times a day). "
                "Change them to match what the prescriber told you."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        person_box = QGroupBox(self.tr("Who takes it"))
        person_form = QFormLayout(person_box)
        self.person_name = QLineEdit()
        self.person_name.setAccessibleName(self.tr("Person's name"))
        self.person_name.setPlaceholderText(self.tr("e.g. Sam"))
        self.zone = ZoneField("home time zone")
        self.zone.setAccessibleName(self.tr("Home time zone"))
        self.zone.setToolTip(self.tr("Type a city or country, for example London or Germany"))
        # Another person usually lives with the first: their zone, else this computer's.
        people = store.profiles() if adding else []
        self.zone.setCurrentText(people[0].home_tz if people else system_zone_name())
        person_form.addRow(self.tr("Person's &name:"), self.person_name)
        person_form.addRow(self.tr("Home &time zone:"), self.zone)
        layout.addWidget(person_box)

        med_box = QGroupBox(self.tr("Their medicine"))
        med_layout = QVBoxLayout(med_box)
        self.medicine = MedicineFields()
        self.medicine.set_medication(
            "Baclofen",
            DoseForm.TABLET,
            10.0,
            True,
            self.tr("May be taken with food or milk"),
            80.0,
        )
        med_layout.addWidget(self.medicine)
        self.doses = DoseTimesEditor()
        self.doses.set_slots(DEFAULT_SLOTS)
        med_layout.addWidget(QLabel(self.tr("Dose times (confirm with your prescriber):")))
        med_layout.addWidget(self.doses)
        layout.addWidget(med_box)
        self.medicine.changed.connect(
            lambda: self.doses.set_medication(self.medicine.preview_medication())
        )
        self.doses.set_medication(self.medicine.preview_medication())

        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.zone.clears(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        start = self.tr("&Add") if adding else self.tr("&Start")
        self.start_button = buttons.addButton(start, QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setAccessibleName(start.replace("&", ""))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Set only once the box is in the dialog, or QDialog makes Cancel the default.
        self.start_button.setDefault(True)

    def _save(self) -> None:
        try:
            name = clean_name(self.person_name.text(), "person's name")
            zone = self.zone.zone()
            draft = self.medicine.draft()
            slots = self.doses.slots(draft.as_medication())
            self.profile, self.medication, _ = set_up_person(
                self.store, name, zone, draft, slots, self.today
            )
        except ValidationError as err:
            self.error.show_error(err)
            self.adjustSize()  # room for the message, not squeezed fields
            return
        self.accept()
