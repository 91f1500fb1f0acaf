"""One dose on Today: its card with the state in words and signs, and the parts of the day."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
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
        DoseState.SNOOZED: QCoreApplication.translate("DoseCard", "◔ Snoozed"),
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
    doses: list[DayDose] = field(default_factory=list)


class ExtraRow(QFrame):
    """An extra dose on Today: when, what and why, and Undo (which asks first)."""

    def __init__(
        self, event: DoseEvent, name: str, on_undo: Callable[[DoseEvent, str], None]
    ) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        at = clock_text(event.slot_time)
        what = self.tr("Extra {medicine} at {time}").format(medicine=name, time=at)
        self.setAccessibleName(what)
        layout = QHBoxLayout(self)
        amount = dose_label(event.amount_mg, event.form, event.strength_mg, event.scored)
        when = QLabel(at)
        when.setFont(scaled_font(self, 1.3))
        layout.addWidget(when)
        text = QLabel(
            self.tr("<b>{medicine}</b> — {amount} (extra): {reason}").format(
                medicine=html.escape(name), amount=amount, reason=html.escape(event.note)
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text, 1)
        self.primary = QPushButton(self.tr("Undo"))
        self.primary.setAccessibleName(self.tr("Undo: {what}").format(what=what))
        self.primary.clicked.connect(lambda: on_undo(event, what))
        layout.addWidget(self.primary)


STATE_SIGNS = {
    DoseState.UPCOMING: "○",
    DoseState.DUE: "●",
    DoseState.OVERDUE: "⚠",
    DoseState.SKIPPED: "⤼",
    DoseState.MISSED: "✖",
    DoseState.SNOOZED: "◔",
    DoseState.NOT_LOGGED: "○",
    DoseState.TAKEN: "✔",
}
"""The sign each state is shown with, big on its card and in the day's row of pips."""


def scaled_font(widget: QWidget, factor: float, bold: bool = True) -> QFont:
    """The widget's font made ``factor`` times larger: time and state read from a metre away,
    and still follow the person's text size."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


class DoseCard(QFrame):
    """One dose in the pillbox: its time big, what and how much, its state as a big sign and
    in words, one large primary action and the others smaller beneath it.

    Its height does not depend on its state (the row of smaller actions keeps its room when
    empty), so answering a dose moves nothing under the pointer.
    """

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
        self.name = name
        self.primary: QPushButton | None = None
        self.setObjectName("doseCard")
        self.setAccessibleName(self.tr("{name} dose").format(name=name))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        overdue = state is DoseState.OVERDUE
        self.setProperty("overdue", overdue)
        if overdue:
            self.setStyleSheet("QFrame#doseCard { border: 2px solid #c62828; border-radius: 6px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)

        head = QHBoxLayout()
        time_label = QLabel(self._time_text(dose, tz, here_tz))
        time_label.setFont(scaled_font(self, 1.6))
        time_label.setWordWrap(True)  # a trip's two clocks may need two lines
        time_label.setAccessibleName(self.tr("Time of {name}").format(name=name))
        head.addWidget(time_label, 1)
        sign = "⤼" if event is None and dose.superseded else STATE_SIGNS[state]
        sign_label = QLabel(sign)
        sign_label.setFont(scaled_font(self, 2.2))
        sign_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Each sign may come from another font with its own height: a fixed box keeps the
        # card the same height whatever its state.
        sign_label.setFixedHeight(round(sign_label.fontMetrics().height() * 1.4))
        sign_label.setAccessibleName(self.tr("Sign of {name}").format(name=name))
        head.addWidget(sign_label)
        layout.addLayout(head)

        amount = dose_label(dose.amount_mg, med.form, med.strength_mg, med.scored)
        title = QLabel(f"<b>{html.escape(med.name)}</b> — {amount}")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setFont(scaled_font(self, 1.15, bold=False))
        title.setWordWrap(True)
        layout.addWidget(title)
        if med.instructions:
            hint = QLabel(f"<i>{html.escape(med.instructions)}</i>")
            hint.setWordWrap(True)
            layout.addWidget(hint)
        status = self._status(item, tz, at)
        self.status_label = QLabel(f"<b>{status}</b>" if overdue else status)
        self.status_label.setFont(scaled_font(self, 1.2))
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status of {name}").format(name=name))
        layout.addWidget(self.status_label)
        layout.addStretch(1)

        # The same room for the actions whatever the state: Taken and Undo swap in place,
        # and the row of smaller actions keeps its height when it is empty.
        primary_box, secondary_box = QWidget(), QWidget()
        primary_row, secondary_row = QHBoxLayout(primary_box), QHBoxLayout(secondary_box)
        primary_row.setContentsMargins(0, 0, 0, 0)
        secondary_row.setContentsMargins(0, 0, 0, 0)
        big = QPushButton(self.tr("Taken at…"))
        big.setFont(scaled_font(self, 1.3))
        small = QPushButton(self.tr("Taken at…"))
        small.setFont(scaled_font(self, 0.95, bold=False))
        if actionable:
            primary_box.setFixedHeight(big.sizeHint().height() * 3 // 2)
            secondary_box.setFixedHeight(small.sizeHint().height())
            layout.addWidget(primary_box)
            layout.addWidget(secondary_box)

        def button(label: str, action: str, tip: str) -> QPushButton:
            b = QPushButton(label)
            b.setAccessibleName(f"{label.replace('&', '')}: {name}")
            b.setToolTip(tip)
            b.clicked.connect(lambda: on_action(dose, event, action))
            if self.primary is None:
                self.primary = b
                b.setFont(scaled_font(self, 1.3))
                b.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
                b.setDefault(True)
                primary_row.addWidget(b)
            else:
                b.setFont(scaled_font(self, 0.95, bold=False))
                secondary_row.addWidget(b)
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
            return self.tr("◔ Snoozed until {time}").format(time=hhmm(item.snoozed_until, tz))
        if state is DoseState.NOT_LOGGED:
            return self.tr("○ Not logged — before the app was set up")
        if event is not None and event.note and state in (DoseState.MISSED, DoseState.SKIPPED):
            return f"{status} — {event.note}"
        return status
