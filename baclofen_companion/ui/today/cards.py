"""One dose on Today: its card with the state in words and signs, and the parts of the day."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from baclofen_companion.core.day import DayDose
from baclofen_companion.core.model import (
    DoseEvent,
    DoseStatus,
    PlannedDose,
)
from baclofen_companion.core.schedule import (
    DoseState,
    PartOfDay,
)
from baclofen_companion.core.text import duration_text, short_date, translate
from baclofen_companion.core.text import hhmm as clock_text
from baclofen_companion.core.travel import CLOCK_GAP_REASON, TRIP_SKIP_REASON, place_name
from baclofen_companion.core.units import dose_label
from baclofen_companion.ui.widgets.common import (
    hhmm,
    local,
)


def state_text(state: DoseState) -> str:
    """A dose's state in words, with a sign so it never depends on colour."""
    return {
        DoseState.UPCOMING: QCoreApplication.translate("DoseCard", "○ Upcoming"),
        DoseState.DUE: QCoreApplication.translate("DoseCard", "● Due now"),
        DoseState.OVERDUE: QCoreApplication.translate("DoseCard", "⚠ Overdue"),
        DoseState.SKIPPED: QCoreApplication.translate("DoseCard", "⤼ Skipped"),
        DoseState.MISSED: QCoreApplication.translate("DoseCard", "✖ Missed"),
        DoseState.SNOOZED: QCoreApplication.translate("DoseCard", "⏰ Snoozed"),
        DoseState.NOT_LOGGED: QCoreApplication.translate("DoseCard", "○ Not logged"),
        DoseState.TAKEN: QCoreApplication.translate("DoseCard", "✔ Taken"),
    }[state]


def part_of_day_text(part: PartOfDay) -> str:
    return {
        PartOfDay.MORNING: QCoreApplication.translate("TodayView", "Morning"),
        PartOfDay.MIDDAY: QCoreApplication.translate("TodayView", "Midday"),
        PartOfDay.EVENING: QCoreApplication.translate("TodayView", "Evening"),
        PartOfDay.NIGHT: QCoreApplication.translate("TodayView", "Night"),
    }[part]


@dataclass
class Section:
    """What one person's part of the day adds to the summary lines."""

    progress: list[str] = field(default_factory=list)
    supply: list[str] = field(default_factory=list)
    taken: int = 0
    planned: int = 0
    taken_mg: float = 0.0
    planned_mg: float = 0.0
    extra_mg: float = 0.0


class DoseCard(QFrame):
    """One dose in the pillbox: what, how much, its state, and what can be done with it."""

    def __init__(
        self,
        item: DayDose,
        tz: str,
        shown_day: date,
        actionable: bool,
        on_action: Callable[[PlannedDose, DoseEvent | None, str], None],
        person: str = "",
        here_tz: str | None = None,
    ) -> None:
        dose, event, state = item.dose, item.event, item.state
        super().__init__()
        med = dose.medication
        at = clock_text(dose.slot_time)
        if person:
            name = self.tr("{person}'s {medicine} at {time}").format(
                person=person, medicine=med.name, time=at
            )
        else:
            name = self.tr("{medicine} at {time}").format(medicine=med.name, time=at)
        if dose.slot_date != shown_day:
            if dose.slot_date < shown_day:
                name = self.tr("{dose} yesterday").format(dose=name)
            else:
                name = self.tr("{dose} on {date}").format(
                    dose=name, date=short_date(dose.slot_date)
                )
        self.setObjectName("doseCard")
        self.setAccessibleName(self.tr("{name} dose").format(name=name))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        overdue = state is DoseState.OVERDUE
        self.setProperty("overdue", overdue)
        if overdue:
            self.setStyleSheet("QFrame#doseCard { border: 2px solid #c62828; border-radius: 6px; }")
        layout = QHBoxLayout(self)
        time_text = self._time_text(dose, tz, here_tz)
        time_label = QLabel(time_text)
        time_label.setMinimumWidth(48)
        layout.addWidget(time_label)

        text = QVBoxLayout()
        amount = dose_label(dose.amount_mg, med.form, med.strength_mg, med.scored)
        title = QLabel(f"<b>{med.name}</b> — {amount}")
        title.setTextFormat(Qt.TextFormat.RichText)
        text.addWidget(title)
        if med.instructions:
            hint = QLabel(f"<i>{med.instructions}</i>")
            text.addWidget(hint)
        status = self._status(item, tz, at)
        self.status_label = QLabel(f"<b>{status}</b>" if overdue else status)
        self.status_label.setAccessibleName(self.tr("Status of {name}").format(name=name))
        text.addWidget(self.status_label)
        layout.addLayout(text, 1)

        def button(label: str, action: str, tip: str) -> QPushButton:
            b = QPushButton(label)
            b.setAccessibleName(f"{label.replace('&', '')}: {name}")
            b.setToolTip(tip)
            b.clicked.connect(lambda: on_action(dose, event, action))
            layout.addWidget(b)
            return b

        if not actionable or (event is None and dose.superseded):
            pass
        elif event is None and state is DoseState.MISSED:
            # Past its deadline (2 hours before the next dose): taking it now is not offered,
            # only saying it was taken, or skipped.
            button(self.tr("Taken at…"), "taken_at", self.tr("It was taken: say when"))
            button(self.tr("Skip"), "skip", self.tr("Mark this dose skipped"))
        elif event is None:
            button(self.tr("Taken"), "taken", self.tr("Mark this dose taken now"))
            button(
                self.tr("Taken at…"),
                "taken_at",
                self.tr("Mark this dose taken at a time you choose"),
            )
            button(self.tr("Skip"), "skip", self.tr("Mark this dose skipped"))
        elif item.auto_missed:
            # Undo would only bring the app's own "missed" back a moment later: the person
            # corrects it instead, and their word replaces the automatic note.
            button(self.tr("Taken at…"), "correct_taken", self.tr("It was taken: say when"))
            button(self.tr("Skipped"), "correct_skipped", self.tr("It was skipped on purpose"))
        else:
            button(self.tr("Undo"), "undo", self.tr("Take back this answer"))

    def _time_text(self, dose: PlannedDose, tz: str, here_tz: str | None) -> str:
        """The dose's time, with the clock it is read on named whenever two clocks are in
        play: "20:00 Tokyo time — 11:00 at home" on a trip that follows local time; "08:00
        — 17:00 here" on home time while the computer's clock says otherwise."""
        at = clock_text(dose.slot_time)
        if dose.trip_tz:
            there = hhmm(dose.due, dose.trip_tz)
            where = place_name(dose.trip_tz)
            first = self.tr("{time} {place} time").format(time=there, place=where)
            home = self.tr("{time} at home").format(time=hhmm(dose.due, tz))
            if dose.on_departure:
                home = self.tr("on departure · {home}").format(home=home)
            return f"<b>{first}</b><br><small>{home}</small>"
        text = f"<b>{at}</b>"
        here = hhmm(dose.due, here_tz) if here_tz and here_tz != tz else None
        if here is not None and here != at:
            # Away from home on home time: the computer's clock says something else.
            text += "<br><small>" + self.tr("{time} here").format(time=here) + "</small>"
        return text

    def _status(self, item: DayDose, tz: str, at: str) -> str:
        """The state in words, with what makes it true: when taken and how late, snoozed
        until when, and why a dose was not taken."""
        dose, event, state = item.dose, item.event, item.state
        if event is None and dose.superseded:
            # The packing list's "skip", said the same way here: never two doses at once.
            why = CLOCK_GAP_REASON if dose.clock_gap else TRIP_SKIP_REASON
            return self.tr("⤼ Skip this dose: {why}").format(why=translate("core.travel", why))
        if event is not None and event.status is DoseStatus.TAKEN and event.taken_at:
            taken_local = local(event.taken_at, tz)
            if taken_local.date() != dose.slot_date:
                status = self.tr("✔ Taken at {time} on {date}").format(
                    time=hhmm(event.taken_at, tz), date=short_date(taken_local.date())
                )
            else:
                status = self.tr("✔ Taken at {time}").format(time=hhmm(event.taken_at, tz))
            late = item.late_by
            if late is not None:
                status = self.tr("{status} — {late} late").format(
                    status=status, late=duration_text(late)
                )
            return status
        status = state_text(state)
        if state is DoseState.OVERDUE:
            return self.tr("{state} — was due at {time}").format(state=status, time=at)
        if state is DoseState.SNOOZED and item.snoozed_until is not None:
            return self.tr("⏰ Snoozed until {time}").format(time=hhmm(item.snoozed_until, tz))
        if state is DoseState.NOT_LOGGED:
            return self.tr("○ Not logged — before the app was set up")
        if event is not None and event.note and state in (DoseState.MISSED, DoseState.SKIPPED):
            return f"{status} — {event.note}"
        return status
