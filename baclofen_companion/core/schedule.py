"""Planned doses of a day, which slot a confirmation belongs to, and daily totals."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cached_property
from zoneinfo import ZoneInfo

from baclofen_companion.core.model import (
    DoseEvent,
    DoseStatus,
    Medication,
    PlannedDose,
    Profile,
    ScheduleVersion,
    SlotKey,
    TravelMode,
    TripWindow,
)

NEXT_DOSE_WINDOW = timedelta(hours=2)
"""NHS missed-dose rule: skip a forgotten dose if the next one is due within 2 hours."""
DUE_WINDOW = timedelta(minutes=30)
"""How long after its time a dose shows as 'due now' before it shows as overdue."""


class PartOfDay(StrEnum):
    MORNING = "Morning"
    MIDDAY = "Midday"
    EVENING = "Evening"
    NIGHT = "Night"


def part_of_day(t: time) -> PartOfDay:
    if time(5) <= t < time(12):
        return PartOfDay.MORNING
    if time(12) <= t < time(17):
        return PartOfDay.MIDDAY
    if time(17) <= t < time(22):
        return PartOfDay.EVENING
    return PartOfDay.NIGHT


def local_to_utc(day: date, slot_time: time, tz: str) -> datetime:
    """The instant of a local wall time in a zone (fold=0: the first of an ambiguous hour)."""
    return datetime.combine(day, slot_time, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def local_date(instant: datetime, tz: str) -> date:
    return instant.astimezone(ZoneInfo(tz)).date()


def care_began(versions: Sequence[ScheduleVersion], tz: str) -> datetime | None:
    """When the app began to look after a medicine's doses; nothing due before then is due,
    reminded, missed, counted or a withdrawal sign (DESIGN: care begins when it begins).

    That is the first day of its first version — or, when that version was saved during that
    very day (the usual set-up: "from today"), the moment it was saved: set up at 21:59, the
    08:00 and 14:00 doses of that day were before the app knew of them. A schedule entered as
    already running since an earlier day is taken at its word from that day's start.
    """
    if not versions:
        return None
    first = min(versions, key=lambda v: (v.valid_from, v.id))
    start = local_to_utc(first.valid_from, time(0), tz)
    saved = first.created
    if saved is not None and local_date(saved, tz) == first.valid_from:
        return max(saved, start)
    return start


def care_starts(
    medications: Sequence[Medication], versions: Mapping[int, Sequence[ScheduleVersion]], tz: str
) -> dict[int, datetime | None]:
    """care_began for each medicine, worked out once for a loop over many days."""
    return {med.id: care_began(versions.get(med.id, ()), tz) for med in medications}


def active_version(versions: Iterable[ScheduleVersion], day: date) -> ScheduleVersion | None:
    """The version in force on a day: the latest start on or before it; a tie goes to the newest."""
    candidates = [v for v in versions if v.valid_from <= day]
    if not candidates:
        return None
    return max(candidates, key=lambda v: (v.valid_from, v.id))


def effective_versions(versions: Iterable[ScheduleVersion]) -> list[ScheduleVersion]:
    """The versions as they take effect, by start day: when two start on one day (a change
    saved again the same day), only the newest, the one active_version picks, is in force."""
    newest: dict[date, ScheduleVersion] = {}
    for v in versions:
        kept = newest.get(v.valid_from)
        if kept is None or v.id > kept.id:
            newest[v.valid_from] = v
    return [newest[day] for day in sorted(newest)]


def on_trip_due(dose: PlannedDose, trip: TripWindow) -> tuple[datetime, bool] | None:
    """When a dose is taken on this trip, and whether it moved to departure; None: not on it.

    HOME_TIME: a dose is on the trip when its home instant is in [leave, back).
    LOCAL_TIME: each (date, slot) keeps exactly one instant. A dose due at home before leaving
    was taken at home; one due at the destination at or after the return is taken at home
    after it; every other one is taken at the destination's wall time, or on departure when
    that time had already passed. So crossing zones never doubles or drops a dose.
    """
    if trip.mode is TravelMode.HOME_TIME:
        return (dose.due, False) if trip.leave <= dose.due < trip.back else None
    there = local_to_utc(dose.slot_date, dose.slot_time, trip.destination_tz)
    if dose.due < trip.leave or there >= trip.back:
        return None
    return max(there, trip.leave), there < trip.leave


@dataclass(frozen=True)
class PersonPlan:
    """What one person's doses follow: their medicines, every schedule version of each, and the
    trips followed in reminders. Read once (``ops.days.person_plan``); any day's doses are then
    worked out from it alone, the same way for Today, the reminders and the history."""

    profile: Profile
    medications: tuple[Medication, ...]
    versions: dict[int, list[ScheduleVersion]]
    trips: tuple[TripWindow, ...] = ()

    @cached_property
    def began(self) -> dict[int, datetime | None]:
        return care_starts(self.medications, self.versions, self.profile.home_tz)

    def doses_on(self, day: date) -> list[PlannedDose]:
        return planned_doses(
            day,
            self.profile.id,
            self.profile.home_tz,
            self.medications,
            self.versions,
            self.trips,
            self.began,
        )

    def versions_of(self, medication: Medication) -> Sequence[ScheduleVersion]:
        return self.versions.get(medication.id, ())


def planned_doses(
    day: date,
    profile_id: int,
    tz: str,
    medications: Sequence[Medication],
    versions: Mapping[int, Sequence[ScheduleVersion]],
    trips: Sequence[TripWindow] = (),
    began: Mapping[int, datetime | None] | None = None,
) -> list[PlannedDose]:
    """Every dose scheduled on a day for one person, in time order; none due before its
    medicine's care began (``began``: care_starts, passed by callers that loop over days).

    During a trip that follows local time, a dose's instant is its wall time at the
    destination (see on_trip_due); otherwise it is its wall time in the home zone.
    """
    doses: list[PlannedDose] = []
    for med in medications:
        if med.archived or med.profile_id != profile_id:
            continue
        own = versions.get(med.id, ())
        version = active_version(own, day)
        if version is None:
            continue
        start = began[med.id] if began is not None else care_began(own, tz)
        for slot in version.slots:
            due = local_to_utc(day, slot.time, tz)
            if start is not None and due < start:
                continue  # before the app knew of this medicine
            doses.append(
                PlannedDose(
                    profile_id=profile_id,
                    medication=med,
                    slot_date=day,
                    slot_time=slot.time,
                    amount_mg=slot.amount_mg,
                    due=due,
                )
            )
    for trip in trips:
        if trip.mode is TravelMode.LOCAL_TIME:
            doses = [moved_on_trip(d, trip, versions.get(d.medication.id, ())) for d in doses]
    doses.sort(key=lambda d: (d.due, d.medication.name.lower(), d.medication.id))
    return doses


def _next_slot(
    versions: Sequence[ScheduleVersion], day: date, after: time
) -> tuple[date, time] | None:
    """The slot after this one in the home plan: later the same day, or the next day's first."""
    current = active_version(versions, day)
    later = sorted(s.time for s in current.slots if s.time > after) if current else []
    if later:
        return day, later[0]
    following = active_version(versions, day + timedelta(days=1))
    if following is not None and following.slots:
        return day + timedelta(days=1), min(s.time for s in following.slots)
    return None


def moved_on_trip(
    dose: PlannedDose, trip: TripWindow, versions: Sequence[ScheduleVersion]
) -> PlannedDose:
    shifted = on_trip_due(dose, trip)
    if shifted is None:
        return dose
    due, on_departure = shifted
    superseded = False
    if on_departure:
        # The NHS missed-dose rule at take-off: a dose whose time has passed there is taken
        # on departure unless the next one is due within 2 hours; then it is skipped.
        nxt = _next_slot(versions, dose.slot_date, dose.slot_time)
        superseded = (
            nxt is not None
            and local_to_utc(nxt[0], nxt[1], trip.destination_tz) <= trip.leave + NEXT_DOSE_WINDOW
        )
    return replace(dose, due=due, superseded=superseded)


def next_dose_after(dose: PlannedDose, later: Iterable[PlannedDose]) -> PlannedDose | None:
    """The same medicine's next scheduled dose after this one."""
    following = [d for d in later if d.medication.id == dose.medication.id and d.due > dose.due]
    return min(following, key=lambda d: d.due, default=None)


def missed_deadline(dose: PlannedDose, next_dose: PlannedDose | None) -> datetime:
    """When an unanswered dose stops being takeable: 2 hours before the next one is due.

    With no next dose in sight the day's cycle stands in (24 hours on). A dose is never
    missed before it has been due for DUE_WINDOW, even where doses sit close together.
    """
    limit = (next_dose.due if next_dose else dose.due + timedelta(hours=24)) - NEXT_DOSE_WINDOW
    return max(limit, dose.due + DUE_WINDOW)


def still_takeable(dose: PlannedDose, next_dose: PlannedDose | None, now: datetime) -> bool:
    """Whether a forgotten dose may still be taken now under the missed-dose rule."""
    return now < missed_deadline(dose, next_dose)


def carried_over(
    yesterday: Sequence[PlannedDose],
    today: Sequence[PlannedDose],
    answered: Iterable[SlotKey],
    now: datetime,
) -> list[PlannedDose]:
    """Yesterday's unanswered doses that may still be taken now (a 23:00 dose at 00:30)."""
    done = set(answered)
    return [
        d
        for d in yesterday
        if d.key not in done and d.due <= now and still_takeable(d, next_dose_after(d, today), now)
    ]


def slot_for_confirmation(
    medication_id: int,
    when: datetime,
    candidates: Sequence[PlannedDose],
    answered: Iterable[SlotKey],
    early: timedelta = NEXT_DOSE_WINDOW,
) -> PlannedDose | None:
    """The slot a 'taken' at ``when`` belongs to: the latest unanswered one due by then.

    Candidates are the planned doses around ``when`` (yesterday, today and tomorrow), so a
    23:00 dose confirmed at 00:30 matches yesterday's 23:00 slot rather than today's first
    one. A dose taken a little early (within ``early``) matches its upcoming slot.
    """
    done = set(answered)
    open_doses = [d for d in candidates if d.medication.id == medication_id and d.key not in done]
    due_by_then = [d for d in open_doses if d.due <= when + early]
    if not due_by_then:
        return None
    return max(due_by_then, key=lambda d: d.due)


def planned_total_mg(doses: Iterable[PlannedDose]) -> float:
    return round(sum(d.amount_mg for d in doses), 3)


def taken_total_mg(events: Iterable[DoseEvent]) -> float:
    return round(sum(e.amount_mg for e in events if e.status is DoseStatus.TAKEN), 3)


class DoseState(StrEnum):
    TAKEN = "taken"
    SKIPPED = "skipped"
    MISSED = "missed"
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"


def dose_state(dose: PlannedDose, event: DoseEvent | None, now: datetime) -> DoseState:
    if event is not None:
        return DoseState(event.status.value)
    if now < dose.due:
        return DoseState.UPCOMING
    if now < dose.due + DUE_WINDOW:
        return DoseState.DUE
    return DoseState.OVERDUE
