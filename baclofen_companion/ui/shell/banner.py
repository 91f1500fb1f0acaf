"""The in-window reminder banner: what is due now, with Taken, Snooze and Skip."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from baclofen_companion.core.model import PlannedDose
from baclofen_companion.core.reminders import OpenDose, is_late, missed_dose_advice
from baclofen_companion.core.text import hhmm
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
        self.setAccessibleName(self.tr("Reminder"))
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
            more = QLabel(self.tr("…and {n} more on Today.").format(n=len(doses) - MAX_ROWS))
            self._layout.addWidget(more)
        if any(is_late(i.dose, now) for i in doses):
            advice = QLabel(missed_dose_advice())
            advice.setWordWrap(True)
            advice.setAccessibleName(self.tr("Missed-dose advice"))
            self._layout.addWidget(advice)
        self.show()

    def _row(self, item: OpenDose, now: datetime) -> QWidget:
        dose = item.dose
        med = dose.medication
        name = self.tr("{person} {medicine} at {time}").format(
            person=item.person, medicine=med.name, time=hhmm(dose.slot_time)
        )
        at = item.when(now)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        amount = dose_label(dose.amount_mg, med.form, med.strength_mg, med.scored)
        state = self.tr("⚠ overdue") if is_late(dose, now) else self.tr("● due now")
        text = QLabel(
            self.tr("<b>{person} — {medicine} {amount}</b>, {time} dose ({state})").format(
                person=item.person, medicine=med.name, amount=amount, time=at, state=state
            )
        )
        text.setAccessibleName(self.tr("Reminder for {name}").format(name=name))
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        for label, short, action in (
            (self.tr("Taken"), self.tr("Taken"), "take"),
            (
                self.tr("Snooze {minutes} min").format(minutes=self._snooze_minutes()),
                self.tr("Snooze"),
                "snooze",
            ),
            (self.tr("Skip"), self.tr("Skip"), "skip"),
        ):
            button = QPushButton(label)
            button.setAccessibleName(
                self.tr("{action} (reminder): {name}").format(action=short, name=name)
            )
            button.clicked.connect(lambda _=False, a=action, d=dose: self._actions[a](d))
            layout.addWidget(button)
        return row


class TroubleNotice(QFrame):
    """A one-line notice above the tabs while reminders cannot run as they should (the data
    file busy); hidden again as soon as they can."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("troubleNotice")
        self.setAccessibleName(self.tr("Reminder notice"))
        self.setStyleSheet(
            "QFrame#troubleNotice { background: #fdecea; border: 1px solid #b3261e;"
            " border-radius: 6px; } QFrame#troubleNotice QLabel { color: #410e0b; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text)
        self.hide()

    def show_trouble(self, text: str) -> None:
        self.text.setText(text)
        self.text.setAccessibleName(text)
        self.setVisible(bool(text))
