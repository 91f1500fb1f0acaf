"""The in-window reminder banner: what is due now, with Taken, Snooze and Skip."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from baclofen_companion.core.model import PlannedDose
from baclofen_companion.core.reminders import MISSED_DOSE_ADVICE, OpenDose, is_late
from baclofen_companion.core.units import dose_label

MAX_ROWS = 4


class ReminderBanner(QFrame):
    """Shown above the tabs while any dose is due and unanswered; hidden otherwise."""

    def __init__(
        self,
        on_take: Callable[[PlannedDose], None],
        on_snooze: Callable[[PlannedDose], None],
        on_skip: Callable[[PlannedDose], None],
        snooze_minutes: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setAccessibleName("Reminder")
        self.setStyleSheet(
            "QFrame#reminderBanner { background: #fff4d6; border: 2px solid #b26a00;"
            " border-radius: 6px; } QFrame#reminderBanner QLabel { color: #3b2300; }"
        )
        self._actions = {"take": on_take, "snooze": on_snooze, "skip": on_skip}
        self._snooze_minutes = snooze_minutes
        self._layout = QVBoxLayout(self)
        self.hide()

    def show_doses(self, doses: Sequence[OpenDose], now: datetime) -> None:
        while self._layout.count():
            old = self._layout.takeAt(0)
            widget = old.widget() if old is not None else None
            if widget is not None:
                widget.deleteLater()
        if not doses:
            self.hide()
            return
        for item in doses[:MAX_ROWS]:
            self._layout.addWidget(self._row(item, now))
        if len(doses) > MAX_ROWS:
            self._layout.addWidget(QLabel(f"…and {len(doses) - MAX_ROWS} more on Today."))
        if any(is_late(i.dose, now) for i in doses):
            advice = QLabel(MISSED_DOSE_ADVICE)
            advice.setWordWrap(True)
            advice.setAccessibleName("Missed-dose advice")
            self._layout.addWidget(advice)
        self.show()

    def _row(self, item: OpenDose, now: datetime) -> QWidget:
        dose = item.dose
        med = dose.medication
        name = f"{item.person} {med.name} at {dose.slot_time:%H:%M}"
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        amount = dose_label(dose.amount_mg, med.form, med.strength_mg, med.scored)
        state = "⚠ overdue" if is_late(dose, now) else "● due now"
        text = QLabel(
            f"<b>{item.person} — {med.name} {amount}</b>, {dose.slot_time:%H:%M} dose ({state})"
        )
        text.setAccessibleName(f"Reminder for {name}")
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        for label, action in (
            ("Taken", "take"),
            (f"Snooze {self._snooze_minutes()} min", "snooze"),
            ("Skip", "skip"),
        ):
            button = QPushButton(label)
            button.setAccessibleName(f"{label.split(' ')[0]} (reminder): {name}")
            button.clicked.connect(lambda _=False, a=action, d=dose: self._actions[a](d))
            layout.addWidget(button)
        return row
