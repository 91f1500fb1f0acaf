"""A person's doses over any span of days, as every view sees them.

One model: Today, the reminder scheduler (and so the tray and the banner that show what it
found), the withdrawal watch and the history all read a dose's state, its deadline, its snooze
and its lateness from here, so no two of them can disagree about one dose. The planned doses
come from ``PersonPlan.doses_on`` (core/schedule.py), which already settles care beginning,
changes made during a day, clock changes and trips.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from baclofen_companion.core.model import DoseEvent, DoseKind, DoseStatus, PlannedDose, SlotKey
from baclofen_companion.core.reminders import OpenDose, ReminderState
from baclofen_companion.core.schedule import (
    DUE_WINDOW,
    DoseState,
    PersonPlan,
    dose_deadline,
    next_dose_after,
)


@dataclass(frozen=True)
class DayDose:
    """One scheduled dose at one moment: what was planned, what was answered, and what it is."""

    dose: PlannedDose
    person: str
    event: DoseEvent | None
    next_dose: PlannedDose | None
    state: DoseState
    snoozed_until: datetime | None = None
    home_tz: str = ""

    @property
    def key(self) -> SlotKey:
        return self.dose.key

    @property
    def deadline(self) -> datetime:
        """When it stops being takeable (2 hours before the next); a superseded dose never was."""
        return dose_deadline(self.dose, self.next_dose)

    @property
    def takeable(self) -> bool:
        """Unanswered, due, and still allowed by the missed-dose rule."""
        return self.state in (DoseState.DUE, DoseState.OVERDUE, DoseState.SNOOZED)

    @property
    def answered(self) -> bool:
        return self.event is not None

    @property
    def late_by(self) -> timedelta | None:
        """How late it was taken, when later than the 'due now' window; else None."""
        event = self.event
        if event is None or event.status is not DoseStatus.TAKEN or event.taken_at is None:
            return None
        late = event.taken_at - self.dose.due
        return late if late >= DUE_WINDOW else None

    @property
    def auto_missed(self) -> bool:
        """Missed by the app's rule, not answered by a person."""
        return self.event is not None and self.event.status is DoseStatus.MISSED

    def open(self) -> OpenDose:
        return OpenDose(self.dose, self.person, self.next_dose, self.home_tz)


def state_at(
    dose: PlannedDose,
    event: DoseEvent | None,
    deadline: datetime,
    snoozed_until: datetime | None,
    now: datetime,
) -> DoseState:
    if event is not None:
        return DoseState(event.status.value)
    if now < dose.due:
        return DoseState.UPCOMING
    if now >= deadline:
        return DoseState.MISSED
    if snoozed_until is not None and now < snoozed_until:
        return DoseState.SNOOZED
    if now < dose.due + DUE_WINDOW:
        return DoseState.DUE
    return DoseState.OVERDUE


def planned_span(plan: PersonPlan, first: date, last: date) -> list[PlannedDose]:
    """Every planned dose from ``first`` to ``last`` (home dates), in time order."""
    doses: list[PlannedDose] = []
    day = first
    while day <= last:
        doses += plan.doses_on(day)
        day += timedelta(days=1)
    doses.sort(key=lambda d: (d.due, d.medication.name.lower(), d.medication.id))
    return doses


def person_doses(
    plan: PersonPlan,
    events: Iterable[DoseEvent],
    states: Mapping[SlotKey, ReminderState],
    now: datetime,
    first: date,
    last: date,
) -> list[DayDose]:
    """The person's scheduled doses from ``first`` to ``last`` at ``now``, each with its state.

    The day after ``last`` is read too, only to know each dose's next one (its deadline).
    """
    doses = planned_span(plan, first, last)
    following = doses + plan.doses_on(last + timedelta(days=1))
    profile = plan.profile
    return day_doses(
        doses, following, events, states, now, profile.name, plan.watched, profile.home_tz
    )


def day_doses(
    doses: Sequence[PlannedDose],
    following: Sequence[PlannedDose],
    events: Iterable[DoseEvent],
    states: Mapping[SlotKey, ReminderState],
    now: datetime,
    person: str,
    watched: Mapping[int, datetime | None],
    home_tz: str = "",
) -> list[DayDose]:
    by_key = {e.key: e for e in events if e.kind is DoseKind.SCHEDULED}
    found: list[DayDose] = []
    for dose in doses:
        event = by_key.get(dose.key)
        nxt = next_dose_after(dose, following)
        state = states.get(dose.key)
        snooze = state.snoozed_until if state is not None else None
        deadline = dose_deadline(dose, nxt)
        since = watched.get(dose.medication.id)
        # A saving moment still to come means a clock that was (or is) wrong: never let it
        # silence doses, so it is then not trusted.
        if event is None and since is not None and dose.due < since <= now:
            shown = DoseState.NOT_LOGGED
        else:
            shown = state_at(dose, event, deadline, snooze, now)
        found.append(DayDose(dose, person, event, nxt, shown, snooze, home_tz))
    return found


def still_open(doses: Iterable[DayDose]) -> list[DayDose]:
    """Not answered and watched: the scheduler reminds these, or marks them missed at their
    deadline. A dose due before the app watched its medicine is nobody's question."""
    return [d for d in doses if d.event is None and d.state is not DoseState.NOT_LOGGED]
