"""Build a titration or taper from the prescriber's numbers, edit its steps, save it as versions."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseSlot, Medication
from baclofen_companion.core.plans import (
    LABEL_DAYS_PER_STEP,
    LABEL_STEP_PER_DOSE_MG,
    PlanKind,
    PlanStep,
    build_taper,
    build_titration,
    check_steps,
)
from baclofen_companion.core.safety import SafetyNote, over_daily_maximum, over_single_dose
from baclofen_companion.core.schedule import active_version
from baclofen_companion.core.text import hhmm, short_weekday_date
from baclofen_companion.core.units import format_mg, format_number
from baclofen_companion.core.validation import parse_amount, parse_time
from baclofen_companion.ops.medicines import save_plan
from baclofen_companion.ops.session import Session
from baclofen_companion.ui.medicines.timeline import PlanTimeline
from baclofen_companion.ui.widgets.common import (
    add_save_cancel,
    from_qdate,
    prescriber_note,
    to_qdate,
)
from baclofen_companion.ui.widgets.date_fields import DateField
from baclofen_companion.ui.widgets.safety_dialogs import confirm_over

DEFAULT_TIMES = (time(8), time(14), time(20))


class PlanDialog(QDialog):
    def __init__(
        self,
        store: Session,
        medication: Medication,
        today: date,
        kind: PlanKind,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.medication = medication
        self.today = today
        self.kind = kind
        self.steps: list[PlanStep] = []
        versions = store.schedule_versions([medication.id])[medication.id]
        current = active_version(versions, today)
        times = [s.time for s in current.slots] if current and current.slots else DEFAULT_TIMES
        self.current_total = sum(s.amount_mg for s in current.slots) if current else 0.0
        raising = kind is PlanKind.TITRATION
        self.setWindowTitle(
            self.tr("Raise {medicine} gradually").format(medicine=medication.name)
            if raising
            else self.tr("Taper {medicine}").format(medicine=medication.name)
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            (
                self.tr(
                    "Enter the numbers your prescriber gave you. The defaults are the label's "
                    "usual titration: +5 mg on each dose every 3 days."
                )
                if raising
                else self.tr("Now: {total} a day. Reduce it step by step.").format(
                    total=format_mg(self.current_total)
                )
            )
            + " "
            + prescriber_note()
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.start = DateField(to_qdate(today + timedelta(days=1)))
        self.start.setMinimumDate(to_qdate(today))
        self.start.setAccessibleName(self.tr("Starts on"))
        self.times = QLineEdit(", ".join(hhmm(t) for t in times))
        self.times.setAccessibleName(self.tr("Dose times"))
        self.first = QLineEdit("5" if raising else "")
        self.first.setAccessibleName(self.tr("Start dose per dose in mg"))
        default_step = LABEL_STEP_PER_DOSE_MG * (1 if raising else len(times))
        self.step = QLineEdit(format_number(default_step))
        self.step.setAccessibleName(self.tr("Step in mg"))
        self.days = QSpinBox()
        self.days.setRange(1, 90)
        self.days.setValue(LABEL_DAYS_PER_STEP if raising else 5)
        self.days.setAccessibleName(self.tr("Days per step"))
        self.target = QLineEdit("20" if raising else "0")
        self.target.setAccessibleName(self.tr("Target in mg"))
        self.larger = QComboBox()
        self.larger.setAccessibleName(self.tr("Larger amount goes to"))
        self.confirmed = QCheckBox(self.tr("My prescriber told me to taper faster than 2 weeks"))
        self.confirmed.setAccessibleName(self.tr("Prescriber confirmed a faster taper"))
        form.addRow(self.tr("Starts &on:"), self.start)
        form.addRow(self.tr("Dose &times:"), self.times)
        if raising:
            form.addRow(self.tr("&Start dose, each dose (mg):"), self.first)
            form.addRow(self.tr("&Raise each dose by (mg):"), self.step)
            form.addRow(self.tr("T&arget, each dose (mg):"), self.target)
        else:
            form.addRow(self.tr("&Reduce the day's total by (mg):"), self.step)
            form.addRow(self.tr("T&arget, a day (mg):"), self.target)
        form.addRow(self.tr("&Days per step:"), self.days)
        form.addRow(
            self.tr("When a day does not split evenly, the larger dose is at:"), self.larger
        )
        if not raising:
            form.addRow("", self.confirmed)
        layout.addLayout(form)
        self.preview_button = QPushButton(self.tr("&Preview the steps"))
        self.preview_button.setAccessibleName(self.tr("Preview the steps"))
        self.preview_button.setAutoDefault(False)
        layout.addWidget(self.preview_button)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Plan steps"))
        layout.addWidget(self.table, 1)
        self.timeline = PlanTimeline()
        layout.addWidget(self.timeline)
        self.error = add_save_cancel(self, layout, self._save)
        self.preview_button.clicked.connect(self.preview)
        self.times.editingFinished.connect(self._fill_larger)
        self._fill_larger()
        self.resize(720, 640)

    def _slot_times(self) -> list[time]:
        parts = [p for p in self.times.text().replace(";", ",").split(",") if p.strip()]
        times = sorted({parse_time(p, "dose times") for p in parts})
        if not times:
            raise ValidationError("dose times", self.tr("Add at least one dose time."))
        return times

    def _fill_larger(self) -> None:
        try:
            times = self._slot_times()
        except ValidationError:
            return
        self.larger.clear()
        self.larger.addItem(self.tr("the latest dose"), None)
        for index, t in enumerate(times):
            self.larger.addItem(hhmm(t), index)

    def _build(self) -> list[PlanStep]:
        times = self._slot_times()
        choice = self.larger.currentData()
        larger = [int(choice)] if choice is not None else None
        start = from_qdate(self.start.date())
        if self.kind is PlanKind.TITRATION:
            return build_titration(
                medication=self.medication,
                start=start,
                slot_times=times,
                start_per_dose_mg=parse_amount(self.first.text(), "start dose"),
                target_per_dose_mg=parse_amount(self.target.text(), "target"),
                step_per_dose_mg=parse_amount(self.step.text(), "step"),
                days_per_step=self.days.value(),
                max_daily_mg=self.medication.max_daily_mg,
                larger_first=larger,
            )
        target_text = self.target.text().strip() or "0"
        target = 0.0 if target_text in ("0", "0.0", "0,0") else parse_amount(target_text, "target")
        return build_taper(
            medication=self.medication,
            start=start,
            slot_times=times,
            current_total_mg=self.current_total,
            step_total_mg=parse_amount(self.step.text(), "reduce by"),
            days_per_step=self.days.value(),
            target_total_mg=target,
            prescriber_confirmed=self.confirmed.isChecked(),
            larger_first=larger,
        )

    def preview(self) -> bool:
        self.error.clear_error()
        try:
            self.steps = self._build()
        except ValidationError as err:
            self.error.show_error(err)
            return False
        times = self._slot_times()
        self.table.clear()
        self.table.setRowCount(len(self.steps))
        self.table.setColumnCount(len(times) + 2)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("From"),
                *[self.tr("{time} (mg)").format(time=hhmm(t)) for t in times],
                self.tr("A day"),
            ]
        )
        for row, step in enumerate(self.steps):
            item = QTableWidgetItem(short_weekday_date(step.start))
            self.table.setItem(row, 0, item)
            amounts = {s.time: s.amount_mg for s in step.slots}
            for column, t in enumerate(times, start=1):
                amount = amounts.get(t)
                self.table.setItem(
                    row, column, QTableWidgetItem(format_number(amount) if amount else "")
                )
            self.table.setItem(row, len(times) + 1, QTableWidgetItem(format_mg(step.total_mg)))
        self.table.resizeColumnsToContents()
        self.timeline.set_steps(self.steps, self.today)
        return True

    def edited_steps(self) -> list[PlanStep]:
        """The steps as the table shows them now, with any amounts the person changed."""
        times = self._slot_times()
        steps = []
        for row, step in enumerate(self.steps):
            slots = []
            for column, t in enumerate(times, start=1):
                item = self.table.item(row, column)
                text = item.text().strip() if item is not None else ""
                if text and text != "0":
                    slots.append(DoseSlot(t, parse_amount(text, f"step {row + 1} at {hhmm(t)}")))
            steps.append(PlanStep(step.start, step.days, tuple(slots)))
        return steps

    def _save(self) -> None:
        if not self.steps and not self.preview():
            return
        try:
            steps = self.edited_steps()
            check_steps(steps, self.kind, self.medication)
        except ValidationError as err:
            self.error.show_error(err)
            return
        warnings = [
            message
            for step in steps
            for message in (
                over_daily_maximum(self.medication, step.total_mg),
                *(over_single_dose(self.medication, s.amount_mg) for s in step.slots),
            )
            if message
        ]
        if not confirm_over(self, self.tr("Above the maximum"), sorted(set(warnings))):
            return
        params = {
            "times": self.times.text(),
            "first": self.first.text(),
            "step": self.step.text(),
            "days": self.days.value(),
            "target": self.target.text(),
            "prescriber_confirmed": self.confirmed.isChecked(),
        }
        notes = (
            [
                SafetyNote(
                    self.medication.profile_id,
                    self.medication.id,
                    "above maximum",
                    f"Plan saved above a maximum: {' '.join(sorted(set(warnings)))}",
                )
            ]
            if warnings
            else []
        )
        save_plan(self.store, self.medication, self.kind, steps, params, notes)
        self.accept()
