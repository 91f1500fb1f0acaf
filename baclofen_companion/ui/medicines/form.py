"""Form pieces shared by first-run setup and the Medicines tab: the medicine and its dose times."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, DoseSlot, Medication
from baclofen_companion.core.text import hhmm
from baclofen_companion.core.units import format_number, medication_units_text
from baclofen_companion.core.validation import (
    MedicationDraft,
    clean_medication,
    clean_slots,
    parse_amount,
)

OTHER_PRODUCT = "other"


def form_labels() -> dict[DoseForm, str]:
    return {
        DoseForm.TABLET: QCoreApplication.translate("MedicineFields", "Tablets"),
        DoseForm.LIQUID: QCoreApplication.translate(
            "MedicineFields", "Liquid (oral solution or suspension)"
        ),
        DoseForm.GRANULES: QCoreApplication.translate("MedicineFields", "Granules (packets)"),
        DoseForm.OTHER: QCoreApplication.translate("MedicineFields", "Other"),
    }


def liquid_products() -> tuple[tuple[str, float | str | None], ...]:
    return (
        (
            QCoreApplication.translate("MedicineFields", "Choose the concentration on the bottle…"),
            None,
        ),
        (
            QCoreApplication.translate(
                "MedicineFields", "1 mg per mL — 5 mg in 5 mL (e.g. Ozobax)"
            ),
            1.0,
        ),
        (
            QCoreApplication.translate(
                "MedicineFields", "5 mg per mL — 25 mg in 5 mL (e.g. Fleqsuvy)"
            ),
            5.0,
        ),
        (
            QCoreApplication.translate("MedicineFields", "Another concentration — type it twice"),
            OTHER_PRODUCT,
        ),
    )


def strength_unit(form: DoseForm) -> str:
    """What a medicine's strength counts: 'mg per tablet', 'mg per mL'…"""
    return {
        DoseForm.TABLET: QCoreApplication.translate("MedicineFields", "mg per tablet"),
        DoseForm.LIQUID: QCoreApplication.translate("MedicineFields", "mg per mL"),
        DoseForm.GRANULES: QCoreApplication.translate("MedicineFields", "mg per packet"),
        DoseForm.OTHER: QCoreApplication.translate("MedicineFields", "mg per dose unit"),
    }[form]


class MedicineFields(QWidget):
    """Name, form, strength, scoring and instructions of one medicine."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Medicine name"))
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Form"))
        for form, label in form_labels().items():
            self.form.addItem(label, form.value)
        self.strength = QLineEdit()
        self.strength.setAccessibleName(self.tr("Strength"))
        self.product = QComboBox()
        self.product.setAccessibleName(self.tr("Concentration"))
        for label, value in liquid_products():
            self.product.addItem(label, value)
        self.strength_again = QLineEdit()
        self.strength_again.setAccessibleName(self.tr("Strength again"))
        self.strength_again.setPlaceholderText(self.tr("type the mg per mL again"))
        self.maximum = QLineEdit()
        self.maximum.setAccessibleName(self.tr("Maximum a day"))
        self.maximum.setPlaceholderText(self.tr("none"))
        self.strength_unit = QLabel()
        strength_row = QHBoxLayout()
        strength_row.addWidget(self.strength)
        strength_row.addWidget(self.strength_unit)
        self.scored = QCheckBox(self.tr("Scored: tablets may be halved"))
        self.scored.setAccessibleName(self.tr("Scored tablets"))
        self.instructions = QLineEdit()
        self.instructions.setAccessibleName(self.tr("Instructions"))
        self.instructions.setPlaceholderText(self.tr("e.g. take with food or milk"))
        layout.addRow(self.tr("&Medicine name:"), self.name)
        layout.addRow(self.tr("&Form:"), self.form)
        self.product_label = QLabel(self.tr("&Concentration:"))
        self.product_label.setBuddy(self.product)
        layout.addRow(self.product_label, self.product)
        strength_label = QLabel(self.tr("St&rength:"))
        strength_label.setBuddy(self.strength)
        layout.addRow(strength_label, strength_row)
        self.again_label = QLabel(self.tr("Strength &again:"))
        self.again_label.setBuddy(self.strength_again)
        layout.addRow(self.again_label, self.strength_again)
        layout.addRow("", self.scored)
        layout.addRow(self.tr("&Instructions:"), self.instructions)
        maximum_label = QLabel(self.tr("Ma&ximum a day (mg):"))
        maximum_label.setBuddy(self.maximum)
        layout.addRow(maximum_label, self.maximum)
        self.name.editingFinished.connect(self._default_maximum)
        self.product.currentIndexChanged.connect(self._product_changed)
        self.form.currentIndexChanged.connect(self._form_changed)
        self.strength.textChanged.connect(self.changed)
        self.scored.toggled.connect(self.changed)
        self._form_changed()

    def _form_changed(self) -> None:
        form = self.current_form()
        self.strength_unit.setText(strength_unit(form))
        self.scored.setVisible(form is DoseForm.TABLET)
        liquid = form is DoseForm.LIQUID
        self.product.setVisible(liquid)
        self.product_label.setVisible(liquid)
        self._product_changed()
        self.changed.emit()

    def _product_changed(self) -> None:
        liquid = self.current_form() is DoseForm.LIQUID
        choice = self.product.currentData()
        typed = liquid and choice == OTHER_PRODUCT
        self.strength_again.setVisible(typed)
        self.again_label.setVisible(typed)
        self.strength.setReadOnly(liquid and not typed)
        if liquid and isinstance(choice, float):
            self.strength.setText(format_number(choice))
        elif liquid and choice is None:
            self.strength.clear()
        self.changed.emit()

    def _default_maximum(self) -> None:
        if not self.maximum.text().strip() and "baclofen" in self.name.text().lower():
            self.maximum.setText("80")

    def current_form(self) -> DoseForm:
        return DoseForm(self.form.currentData())

    def set_medication(
        self,
        name: str,
        form: DoseForm,
        strength_mg: float,
        scored: bool,
        instructions: str,
        max_daily_mg: float | None = None,
    ) -> None:
        self.name.setText(name)
        self.form.setCurrentIndex(self.form.findData(form.value))
        if form is DoseForm.LIQUID:
            index = self.product.findData(float(strength_mg))
            self.product.setCurrentIndex(index if index >= 0 else self.product.count() - 1)
            self.strength_again.setText(format_number(strength_mg))
        self.strength.setText(format_number(strength_mg))
        self.scored.setChecked(scored)
        self.instructions.setText(instructions)
        if max_daily_mg is not None:
            self.maximum.setText(format_number(max_daily_mg))
        else:
            self._default_maximum()

    def draft(self) -> MedicationDraft:
        if self.current_form() is DoseForm.LIQUID:
            # ISMP: 1 mg/mL and 5 mg/mL products get mixed up, a 5-fold error; no guessing.
            choice = self.product.currentData()
            if choice is None:
                raise ValidationError(
                    "concentration", self.tr("Choose the concentration printed on the bottle.")
                )
            if choice == OTHER_PRODUCT and (
                self.strength.text().strip() != self.strength_again.text().strip()
            ):
                raise ValidationError(
                    "strength again",
                    self.tr("The two concentrations you typed differ; check the bottle."),
                )
        return clean_medication(
            self.name.text(),
            self.current_form(),
            self.strength.text(),
            self.scored.isChecked(),
            self.instructions.text(),
            self.maximum.text(),
        )

    def preview_medication(self) -> Medication | None:
        """The medicine as typed so far, for unit previews; None while it is incomplete."""
        try:
            return self.draft().as_medication()
        except ValidationError:
            return None


class DoseTimesEditor(QWidget):
    """Rows of dose time + amount in mg, each with the amount in units beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[QLineEdit, QLineEdit, QLabel, QPushButton]] = []
        self._medication: Medication | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._grid = QGridLayout()
        self._grid.addWidget(QLabel(self.tr("<b>Time</b>")), 0, 0)
        self._grid.addWidget(QLabel(self.tr("<b>Amount (mg)</b>")), 0, 1)
        self._grid.addWidget(QLabel(self.tr("<b>Measured as</b>")), 0, 2)
        outer.addLayout(self._grid)
        self.add_button = QPushButton(self.tr("Add a &dose time"))
        self.add_button.setAccessibleName(self.tr("Add a dose time"))
        # Enter in a field must press the dialog's main button, not add or remove rows.
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row("", ""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch()
        outer.addLayout(buttons)

    def set_medication(self, medication: Medication | None) -> None:
        self._medication = medication
        for row in self._rows:
            self._update_units(row)

    def set_slots(self, slots: Sequence[DoseSlot]) -> None:
        while self._rows:
            self._remove(self._rows[-1])
        for slot in slots:
            self.add_row(hhmm(slot.time), format_number(slot.amount_mg))

    def add_row(self, time_text: str, amount_text: str) -> None:
        number = len(self._rows) + 1
        time_edit = QLineEdit(time_text)
        time_edit.setPlaceholderText(self.tr("HH:MM"))
        time_edit.setAccessibleName(self.tr("Time of dose {n}").format(n=number))
        amount_edit = QLineEdit(amount_text)
        amount_edit.setAccessibleName(self.tr("Amount of dose {n} in mg").format(n=number))
        units = QLabel()
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove dose {n}").format(n=number))
        remove.setAutoDefault(False)
        row = (time_edit, amount_edit, units, remove)
        remove.clicked.connect(lambda: self._remove(row))
        amount_edit.textChanged.connect(lambda: self._update_units(row))
        line = len(self._rows) + 1
        for column, widget in enumerate(row):
            self._grid.addWidget(widget, line, column)
        self._rows.append(row)
        self._update_units(row)

    def _remove(self, row: tuple[QLineEdit, QLineEdit, QLabel, QPushButton]) -> None:
        index = self._rows.index(row)
        for widget in row:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        del self._rows[index]
        # Re-lay the remaining rows so there is no gap, and renumber their names.
        for i, remaining in enumerate(self._rows[index:], start=index):
            for column, cell in enumerate(remaining):
                self._grid.addWidget(cell, i + 1, column)
            remaining[0].setAccessibleName(self.tr("Time of dose {n}").format(n=i + 1))
            remaining[1].setAccessibleName(self.tr("Amount of dose {n} in mg").format(n=i + 1))
            remaining[3].setAccessibleName(self.tr("Remove dose {n}").format(n=i + 1))

    def _update_units(self, row: tuple[QLineEdit, QLineEdit, QLabel, QPushButton]) -> None:
        label = row[2]
        if self._medication is None:
            label.setText("")
            return
        try:
            amount = parse_amount(row[1].text())
        except ValidationError:
            label.setText("")
            return
        label.setText(medication_units_text(amount, self._medication))

    def row_texts(self) -> list[tuple[str, str]]:
        return [(t.text(), a.text()) for t, a, _, _ in self._rows]

    def slots(self, medication: Medication) -> tuple[DoseSlot, ...]:
        return clean_slots(self.row_texts(), medication)
