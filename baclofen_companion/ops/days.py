"""A person's plan, read in one place: medicines, their schedule versions and the trips that
move doses. Today, the scheduler and the history all start from it (they each read it their
own way before)."""

from __future__ import annotations

from datetime import date, datetime

from baclofen_companion.core.day import DayDose, person_doses
from baclofen_companion.core.model import Profile
from baclofen_companion.core.schedule import PersonPlan
from baclofen_companion.ops.session import Session


def person_plan(session: Session, profile: Profile, include_archived: bool = False) -> PersonPlan:
    """``include_archived`` for history: an archived medicine's past doses still count."""
    meds = tuple(session.medications(profile.id, include_archived))
    return PersonPlan(
        profile=profile,
        medications=meds,
        versions=session.schedule_versions(m.id for m in meds),
        trips=tuple(session.trips.windows(profile.id)),
    )


def doses_between(
    session: Session, plan: PersonPlan, first: date, last: date, now: datetime
) -> list[DayDose]:
    """A person's scheduled doses over home dates ``first``..``last`` at ``now``, as the day
    model (core.day) sees them with what was logged and reminded: what Today shows."""
    events = session.events_between(plan.profile.id, first, last)
    states = session.reminder_states(since=first)
    return person_doses(plan, events, states, now, first, last)
