"""One truth about every dose, checked over random lives (issue "One truth about every dose").

Random plans (a change saved during the day, a step from tomorrow), a trip that follows the
destination's clock (east or west, across DST changes), one or two people, and a first run at
any minute of the day: the scheduler is run over a day and a half with doses answered from its
reminders, and then Today's day model, the reminders, the packing list, the charts' counts and
the doses CSV must agree dose for dose; no reminder may ask for two doses of one medicine or for
a slot already answered; nothing due before the app watched a medicine is missed or reminded.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from baclofen_companion.core.adherence import dose_outcomes
from baclofen_companion.core.export import dose_record
from baclofen_companion.core.model import DoseKind, DoseSlot, DoseStatus, TravelMode
from baclofen_companion.core.schedule import DoseState
from baclofen_companion.core.travel import TripMedicine, TripRequest, plan_trip
from baclofen_companion.ops import doses, medicines, travel
from baclofen_companion.ops.days import doses_between, person_plan
from baclofen_companion.store import Store, open_store
from tests.conftest import FakeClock
from tests.services.conftest import Harness, add_person

ZONES = ["Europe/London", "America/New_York", "Asia/Tokyo", "Pacific/Auckland", "Europe/Berlin"]
DAYS = [
    date(2026, 3, 8),
    date(2026, 3, 28),
    date(2026, 10, 24),
    date(2026, 6, 15),
    date(2026, 4, 4),
]
STEP = timedelta(minutes=5)

slot_hours = st.lists(st.integers(6, 23), min_size=2, max_size=4, unique=True).map(sorted)


@st.composite
def lives(draw: st.DrawFn) -> dict[str, object]:
    people = []
    for _ in range(draw(st.integers(1, 2))):
        people.append(
            {
                "tz": draw(st.sampled_from(ZONES)),
                "hours": draw(slot_hours),
                "minute": draw(st.sampled_from([0, 30])),
                # A change saved during the first day, some minutes after setting up.
                "change_after": draw(st.none() | st.integers(10, 16 * 60)),
                "new_hours": draw(slot_hours),
                "step_tomorrow": draw(st.booleans()),
            }
        )
    return {
        "day": draw(st.sampled_from(DAYS)),
        "setup_minute": draw(st.integers(0, 24 * 60 - 1)),
        "people": people,
        "trip": draw(
            st.none() | st.tuples(st.sampled_from(ZONES), st.integers(2, 30), st.integers(12, 48))
        ),
        "answers": draw(st.lists(st.booleans(), min_size=40, max_size=40)),
    }


def slots(hours: list[int], minute: int, amount: float = 5.0) -> tuple[DoseSlot, ...]:
    return tuple(DoseSlot(time(h, minute), amount) for h in hours)


def check_batch(store: Store, harness: Harness, watched: dict[int, datetime | None]) -> None:
    """What the newest reminder asks for: never two doses of one medicine, never an answered
    slot, never a dose before the app watched its medicine."""
    batch = harness.batches[-1]
    meds = [item.dose.medication.id for item in batch.doses]
    assert len(meds) == len(set(meds)), f"two doses of one medicine in one reminder: {batch}"
    for item in batch.doses:
        dose = item.dose
        logged = store.events_between(dose.profile_id, dose.slot_date, dose.slot_date)
        assert dose.key not in {e.key for e in logged if e.kind is DoseKind.SCHEDULED}
        since = watched.get(dose.medication.id)
        assert since is None or dose.due >= since, "reminded before the app knew of it"
        assert not dose.superseded


def live(store: Store, clock: FakeClock, life: dict[str, object]) -> None:
    day: date = life["day"]  # type: ignore[assignment]
    people: list[dict[str, object]] = life["people"]  # type: ignore[assignment]
    home = people[0]["tz"]
    assert isinstance(home, str)
    start = datetime.combine(day, time(0), ZoneInfo(home)) + timedelta(
        minutes=life["setup_minute"]  # type: ignore[arg-type]
    )
    clock.set(start)
    harness = Harness(store, clock, [home])
    changes: list[tuple[datetime, int, tuple[DoseSlot, ...]]] = []
    for n, person in enumerate(people):
        _, med = add_person(
            store,
            f"P{n}",
            person["tz"],  # type: ignore[arg-type]
            [time(h, person["minute"]) for h in person["hours"]],  # type: ignore[attr-defined]
            start.astimezone(ZoneInfo(person["tz"])).date(),  # type: ignore[arg-type]
        )
        if person["step_tomorrow"]:
            tomorrow = start.astimezone(ZoneInfo(person["tz"])).date() + timedelta(days=1)  # type: ignore[arg-type]
            medicines.change_doses(store, med, tomorrow, slots(person["hours"], 0, 10.0))  # type: ignore[arg-type]
        if person["change_after"] is not None:
            at = start + timedelta(minutes=person["change_after"])  # type: ignore[operator]
            changes.append((at, med.id, slots(person["new_hours"], 0)))  # type: ignore[arg-type]
    if life["trip"] is not None:
        dest, leave_h, length_h = life["trip"]  # type: ignore[misc]
        first = store.profiles()[0]
        [med] = store.medications(first.id)
        leave = start + timedelta(hours=leave_h)
        versions = tuple(store.schedule_versions([med.id])[med.id])
        request = TripRequest(
            first.id,
            first.home_tz,
            leave.astimezone(UTC),
            (leave + timedelta(hours=length_h)).astimezone(UTC),
            dest,
            (TripMedicine(med, versions, 200),),
            TravelMode.LOCAL_TIME,
        )
        travel.follow_trip(store, [request])

    answers = list(life["answers"])  # type: ignore[call-overload]
    end = start + timedelta(hours=36)
    watched = {m.id: w for p in store.profiles() for m, w in _watched(store, p)}
    while clock.now() < end:
        for at, med_id, new in list(changes):
            if clock.now() >= at:
                tz = store.profile(store.medication(med_id).profile_id).home_tz
                valid = clock.now().astimezone(ZoneInfo(tz)).date()
                medicines.change_doses(store, store.medication(med_id), valid, new)
                changes.remove((at, med_id, new))
                watched = {m.id: w for p in store.profiles() for m, w in _watched(store, p)}
        before = len(harness.batches)
        harness.poll()
        if len(harness.batches) > before:
            check_batch(store, harness, watched)
            if answers and answers.pop():
                item = harness.batches[-1].doses[0]
                doses.take(store, item.dose, store.profile(item.dose.profile_id).home_tz)
        clock.advance(STEP)
        harness.monotonic.value += STEP.total_seconds()
    harness.scheduler.stop()
    agree(store, clock.now())


def _watched(store: Store, profile: object) -> list[tuple[object, datetime | None]]:
    plan = person_plan(store, profile)  # type: ignore[arg-type]
    return [(m, plan.watched.get(m.id)) for m in plan.medications]


def agree(store: Store, now: datetime) -> None:
    """The views agree, dose for dose, after the run."""
    for profile in store.profiles():
        plan = person_plan(store, profile)
        tz = ZoneInfo(profile.home_tz)
        first = (now - timedelta(hours=40)).astimezone(tz).date()
        last = (now - timedelta(hours=3)).astimezone(tz).date()
        model = doses_between(store, plan, first, last, now)
        events = store.events_between(profile.id, first, last)
        scheduled = [e for e in events if e.kind is DoseKind.SCHEDULED]
        # Every slot whose deadline passed is decided; nothing before care began is missed.
        for item in model:
            watched = plan.watched.get(item.dose.medication.id)
            before_care = watched is not None and item.dose.due < watched
            if item.event is not None and item.event.status is DoseStatus.MISSED:
                assert not before_care, "missed before the app knew of it"
            if not before_care and item.deadline <= now - timedelta(minutes=10):
                assert item.event is not None, f"undecided past its deadline: {item.dose}"
            if before_care:
                assert item.event is None and item.state is DoseState.NOT_LOGGED
        # Every logged scheduled dose is a slot of the day model, once.
        keys = [d.key for d in model]
        assert len(keys) == len(set(keys))
        assert {e.key for e in scheduled} <= set(keys)
        # The charts count what the model says.
        outcomes = dose_outcomes(
            first,
            last,
            profile.id,
            profile.home_tz,
            plan.medications,
            plan.versions,
            events,
            now,
            plan.trips,
            plan.watched,
        )
        taken_model = sum(1 for d in model if d.state is DoseState.TAKEN)
        assert sum(1 for o in outcomes if o.taken) == taken_model
        assert {(o.slot_date, o.slot_time) for o in outcomes if o.outcome is not None} <= {
            (d.dose.slot_date, d.dose.slot_time) for d in model
        }
        # The doses CSV holds exactly the logged doses.
        records = [dose_record(e) for e in scheduled]
        assert len(records) == len(scheduled)
        # The packing list's doses are the model's doses on the trip: same slots, instants, skips.
        for trip in store.trips.upcoming(profile.id, now - timedelta(days=3)):
            window = trip.window
            [med] = plan.medications[:1]
            request = TripRequest(
                profile.id,
                profile.home_tz,
                window.leave,
                window.back,
                window.destination_tz,
                (TripMedicine(med, tuple(plan.versions_of(med)), 200),),
                window.mode,
            )
            packed = {
                (d.slot_date, d.slot_time): (d.due, d.skip)
                for day in plan_trip(request).days
                for d in day.doses
            }
            shown = {
                (d.dose.slot_date, d.dose.slot_time): (d.dose.due, d.dose.superseded)
                for d in model
                if d.dose.medication.id == med.id and window.leave <= d.dose.due < window.back
            }
            assert {k: v for k, v in packed.items() if k in shown} == shown


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lives())
# Found by this test: London at midnight, 06:00 and 07:00, leaving for Tokyo at 02:00 and moving
# the times to 07:00 and 08:00 at 02:05. The trip had already settled 06:00 at departure (the
# clock moved ahead), but the same-day change judged "already due" by the home clock and
# dropped that slot, so its logged dose was in no view; the packing list judged it the same.
@example(
    {
        "day": date(2026, 3, 8),
        "setup_minute": 0,
        "people": [
            {
                "tz": "Europe/London",
                "hours": [6, 7],
                "minute": 0,
                "change_after": 121,
                "new_hours": [7, 8],
                "step_tomorrow": False,
            }
        ],
        "trip": ("Asia/Tokyo", 2, 12),
        "answers": [False] * 40,
    }
)
def test_every_view_agrees_about_every_dose(life: dict[str, object]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
        store = open_store(Path(folder), clock, lambda: "UTC")
        try:
            live(store, clock, life)
        finally:
            store.close()
