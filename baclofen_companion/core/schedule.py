"""Planned doses of a day, which slot a confirmation belongs to, and daily totals."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cached_property, lru_cache
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
    """The one instant of a local wall time in a zone.

    An ambiguous time (the hour repeated when clocks go back) is its first occurrence. A time
    that does not exist (skipped when clocks go forward, or a whole skipped day) is the first
    valid moment after the gap: 01:30 on the London spring-forward night is 02:00 BST, not
    02:30 BST, which would fall on the 02:30 slot.
    """
    zone = ZoneInfo(tz)
    wall = datetime.combine(day, slot_time)
    instant = wall.replace(tzinfo=zone).astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) == wall:
        return instant
    return _gap_end(wall, zone)


def _gap_end(wall: datetime, zone: ZoneInfo) -> datetime:
    """The transition that skipped ``wall``: fold=1 reads a gap time with the offset after it
    (an instant before the transition), fold=0 with the one before (after it); the change of
    offset lies between, found to the second."""
    lo = int(wall.replace(tzinfo=zone, fold=1).timestamp())
    hi = int(wall.replace(tzinfo=zone, fold=0).timestamp())
    if lo > hi:
        lo, hi = hi, lo
    after = datetime.fromtimestamp(hi, UTC).astimezone(zone).utcoffset()
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, UTC).astimezone(zone).utcoffset() == after:
            hi = mid
        else:
            lo = mid
    return datetime.fromtimestamp(hi, UTC)


def local_date(instant: datetime, tz: str) -> date:
    return instant.astimezone(ZoneInfo(tz)).date()


@lru_cache(maxsize=4096)
def takes_effect(version: ScheduleVersion, tz: str) -> datetime:
    """The moment a schedule version comes into force: the start of its first day — or, when
    it was saved during that very day ("from today"), the moment it was saved. Doses of that
    day due before then were due under what was in force, or, for a first version, not at all:
    set up at 21:59, the day's 08:00 and 14:00 doses were before the app knew of them."""
    start = local_to_utc(version.valid_from, time(0), tz)
    saved = version.created
    if saved is not None and local_date(saved, tz) == version.valid_from:
        return max(saved, start)
    return start


def care_began(versions: Sequence[ScheduleVersion], tz: str) -> datetime | None:
    """When the plan of a medicine begins: its first version's ``takes_effect``. A schedule
    entered as already running since an earlier day is taken at its word from that day's
    start, so those days can be filled in; see watched_from for what the app may ask."""
    if not versions:
        return None
    return takes_effect(min(versions, key=lambda v: (v.valid_from, v.id)), tz)


def watched_from(versions: Sequence[ScheduleVersion], tz: str) -> datetime | None:
    """From when the app watches a medicine's doses: when it first knew of them, or when its
    plan begins if that is later. Nothing due before then is reminded, marked missed or fed to
    the withdrawal watch: entered at 13:00 as "since yesterday", yesterday's doses and today's
    08:00 were nobody's question (DESIGN: care begins when it begins)."""
    began = care_began(versions, tz)
    if began is None:
        return None
    known = [v.created for v in versions if v.created is not None]
    return max(began, min(known)) if known else began


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


class TripEdge(StrEnum):
    """Where a dose of a local-time trip lands when its time there is outside the trip."""

    NONE = ""
    DEPARTURE = "departure"
    """Its time there had passed before leaving: taken on departure."""
    RETURN = "return"
    """Its time there comes after the return, its home time before it: taken on arriving
    home (from the stock there, so not packed)."""


def on_trip_due(dose: PlannedDose, trip: TripWindow) -> tuple[datetime, TripEdge] | None:
    """When a dose is taken on this trip, and whether it moved to its start or end; None: not
    on it.

    HOME_TIME: a dose is on the trip when its home instant is in [leave, back).
    LOCAL_TIME: each (date, slot) keeps exactly one instant. A dose due at home before leaving
    was taken at home; one due both at home and at the destination at or after the return is
    taken at home after it; every other one is taken at the destination's wall time — on
    departure when that time had already passed, on return when it comes only after it (a
    long trip west: 21:00 in New York is after landing back in London, but 21:00 London came
    during the trip). So crossing zones never doubles or drops a dose.
    """
    if trip.mode is TravelMode.HOME_TIME:
        return (dose.due, TripEdge.NONE) if trip.leave <= dose.due < trip.back else None
    there = local_to_utc(dose.slot_date, dose.slot_time, trip.destination_tz)
    if dose.due < trip.leave or (there >= trip.back and dose.due >= trip.back):
        return None
    if there < trip.leave:
        return trip.leave, TripEdge.DEPARTURE
    if there >= trip.back:
        return trip.back, TripEdge.RETURN
    return there, TripEdge.NONE


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

    @cached_property
    def watched(self) -> dict[int, datetime | None]:
        tz = self.profile.home_tz
        return {m.id: watched_from(self.versions.get(m.id, ()), tz) for m in self.medications}

    def doses_on(self, day: date) -> list[PlannedDose]:
        return planned_doses(
            day,
            self.profile.id,
            self.profile.home_tz,
            self.medications,
            self.versions,
            self.trips,
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
    *,
    at_home: bool = False,
) -> list[PlannedDose]:
    """Every dose scheduled on a day for one person, in time order; none due before its
    medicine's care began, nor twice for one slot when a version changes that day
    (_medicine_day), each at exactly one instant (local_to_utc).

    During a trip that follows local time, a dose's instant is its wall time at the
    destination (see on_trip_due); otherwise it is its wall time in the home zone.
    ``at_home``: the same slots (the trips still decide which a same-day change keeps), each
    at its home instant, for a caller that moves them onto the trip itself (the packing list).
    """
    local = [t for t in trips if t.mode is TravelMode.LOCAL_TIME]

    def on_trips(dose: PlannedDose) -> PlannedDose:
        for trip in local:
            dose = moved_on_trip(dose, trip, versions.get(dose.medication.id, ()), tz)
        return dose

    doses: list[PlannedDose] = []
    for med in medications:
        if med.archived or med.profile_id != profile_id:
            continue
        doses += _medicine_day(profile_id, med, versions.get(med.id, ()), day, tz, on_trips)
    if not at_home:
        doses = [on_trips(d) for d in doses]
    doses.sort(key=lambda d: (d.due, d.medication.name.lower(), d.medication.id))
    return doses


def _slot_doses(
    profile_id: int, med: Medication, version: ScheduleVersion, day: date, tz: str
) -> list[PlannedDose]:
    doses = [
        PlannedDose(
            profile_id=profile_id,
            medication=med,
            slot_date=day,
            slot_time=slot.time,
            amount_mg=slot.amount_mg,
            due=local_to_utc(day, slot.time, tz),
        )
        for slot in sorted(version.slots, key=lambda s: s.time)
    ]
    # Every slot is one instant, and never two of one medicine at the same one: times inside
    # a skipped hour (or day) all move to its end, and only the last of them is taken there.
    for i, dose in enumerate(doses[:-1]):
        if doses[i + 1].due == dose.due:
            doses[i] = replace(dose, superseded=True, clock_gap=True)
    return doses


def _in_force(
    versions: Sequence[ScheduleVersion], day: date, at: datetime, tz: str
) -> ScheduleVersion | None:
    """The version a day follows at an instant: of those that had taken effect by then, the
    latest start on or before the day (a tie goes to the newest), as active_version."""
    return active_version((v for v in versions if takes_effect(v, tz) <= at), day)


def _medicine_day(
    profile_id: int,
    med: Medication,
    versions: Sequence[ScheduleVersion],
    day: date,
    tz: str,
    moved: Callable[[PlannedDose], PlannedDose] = lambda dose: dose,
) -> list[PlannedDose]:
    """One medicine's doses on a day, following each version from the moment it took effect.

    When a version takes effect during the day (saved "from today"), the doses already due by
    then stay what they were, answered or not: history is never rewritten, and a dose taken at
    14:02 is not asked for again when its time is moved to 13:00 or 15:00 at 14:30. The new
    version then supplies only as many of the doses still to come as it has slots left: with
    3 a day and 2 already due, its last one. The first version of all is the same rule with
    nothing before it: set up at 21:59, the day's earlier doses were never due.

    "Already due" is when the dose is due where the person is (``moved``: a trip that follows
    local time moves it), so a dose a trip made due, or settled at departure, stays too.
    """
    midnight = local_to_utc(day, time(0), tz)
    end = local_to_utc(day + timedelta(days=1), time(0), tz)
    current = _in_force(versions, day, midnight, tz)
    doses = _slot_doses(profile_id, med, current, day, tz) if current is not None else []
    moments = {takes_effect(v, tz) for v in versions if v.valid_from <= day}
    for effect in sorted(m for m in moments if midnight < m < end):
        version = _in_force(versions, day, effect, tz)
        if version is None or version is current:
            continue
        current = version
        kept = [d for d in doses if moved(d).due < effect]
        fresh = _slot_doses(profile_id, med, version, day, tz)
        still_to_come = [d for d in fresh if moved(d).due >= effect]
        room = len(version.slots) - len(kept)
        doses = kept + (still_to_come[-room:] if room > 0 else [])
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
    dose: PlannedDose, trip: TripWindow, versions: Sequence[ScheduleVersion], home_tz: str
) -> PlannedDose:
    shifted = on_trip_due(dose, trip)
    if shifted is None:
        return dose
    due, edge = shifted
    superseded = False
    nxt = _next_slot(versions, dose.slot_date, dose.slot_time)
    if edge is TripEdge.DEPARTURE:
        # The NHS missed-dose rule at take-off: a dose whose time has passed there is taken
        # on departure unless the next one is due within 2 hours; then it is skipped.
        superseded = (
            nxt is not None
            and local_to_utc(nxt[0], nxt[1], trip.destination_tz) <= trip.leave + NEXT_DOSE_WINDOW
        )
    elif edge is TripEdge.RETURN:
        # The same rule on landing: back home, the next dose follows the home clock.
        superseded = (
            nxt is not None
            and local_to_utc(nxt[0], nxt[1], home_tz) <= trip.back + NEXT_DOSE_WINDOW
        )
    return replace(
        dose,
        due=due,
        superseded=superseded,
        trip_tz=trip.destination_tz,
        on_departure=edge is TripEdge.DEPARTURE,
    )


def next_dose_after(dose: PlannedDose, later: Iterable[PlannedDose]) -> PlannedDose | None:
    """The same medicine's next scheduled dose after this one."""
    following = [d for d in later if d.medication.id == dose.medication.id and d.due > dose.due]
    return min(following, key=lambda d: d.due, default=None)


def missed_deadline(dose: PlannedDose, next_dose: PlannedDose | None) -> datetime:
    """When an unanswered dose stops being takeable: 2 hours before the next one is due.

    With no next dose in sight the day's cycle stands in (24 hours on). A dose is never
    missed before it has been due for DUE_WINDOW, unless the next one comes sooner still (a
    time moved the same day, a clock change): by then it is the next one's turn.
    """
    limit = (next_dose.due if next_dose else dose.due + timedelta(hours=24)) - NEXT_DOSE_WINDOW
    deadline = max(limit, dose.due + DUE_WINDOW)
    # Never still open when the next one is due: one reminder never asks for both.
    return min(deadline, next_dose.due) if next_dose is not None else deadline


def dose_deadline(dose: PlannedDose, next_dose: PlannedDose | None) -> datetime:
    """The moment a dose is decided: its missed_deadline, or at once for a superseded dose
    (never reminded: the dose after it is taken instead). Today, the reminders and the
    history read this one rule."""
    return dose.due if dose.superseded else missed_deadline(dose, next_dose)


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
    SNOOZED = "snoozed"
    OVERDUE = "overdue"
    NOT_LOGGED = "not logged"
    """Due before the app watched this medicine (watched_from): nobody was asked about it."""
