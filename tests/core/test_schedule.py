from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from baclofen_companion.core.day import day_doses, state_at
from baclofen_companion.core.model import (
    DoseEvent,
    DoseForm,
    DoseSlot,
    DoseStatus,
    Medication,
    PlannedDose,
    ScheduleVersion,
)
from baclofen_companion.core.schedule import (
    DoseState,
    PartOfDay,
    active_version,
    dose_deadline,
    part_of_day,
    planned_doses,
    planned_total_mg,
    slot_for_confirmation,
    taken_total_mg,
)

TZ = "Europe/London"
BACLOFEN = Medication(1, 1, "Baclofen", DoseForm.TABLET, 10.0, True)
START = ScheduleVersion(
    1, 1, date(2026, 3, 1), (DoseSlot(time(8), 5), DoseSlot(time(14), 5), DoseSlot(time(23), 5))
)
STEP_UP = ScheduleVersion(
    2, 1, date(2026, 3, 4), (DoseSlot(time(8), 10), DoseSlot(time(14), 10), DoseSlot(time(23), 10))
)
VERSIONS = {1: [START, STEP_UP]}


def at(day: date, t: time) -> datetime:
    return datetime.combine(day, t, tzinfo=ZoneInfo(TZ)).astimezone(UTC)


def plan(day: date) -> list:
    return planned_doses(day, 1, TZ, [BACLOFEN], VERSIONS)


def test_version_in_force_follows_valid_from() -> None:
    assert active_version([START, STEP_UP], date(2026, 2, 28)) is None
    assert active_version([START, STEP_UP], date(2026, 3, 3)) is START
    assert active_version([START, STEP_UP], date(2026, 3, 4)) is STEP_UP


def test_a_later_entry_for_the_same_day_wins() -> None:
    correction = ScheduleVersion(3, 1, date(2026, 3, 4), (DoseSlot(time(9), 15),))
    assert active_version([START, STEP_UP, correction], date(2026, 3, 5)) is correction


def test_planned_doses_and_daily_totals() -> None:
    before, after = plan(date(2026, 3, 3)), plan(date(2026, 3, 4))
    assert [d.slot_time for d in before] == [time(8), time(14), time(23)]
    assert planned_total_mg(before) == 15
    assert planned_total_mg(after) == 30
    assert before[0].due == datetime(2026, 3, 3, 8, tzinfo=UTC)  # GMT in March


def test_archived_medicines_are_not_planned() -> None:
    archived = Medication(1, 1, "Baclofen", DoseForm.TABLET, 10.0, True, archived=True)
    assert planned_doses(date(2026, 3, 4), 1, TZ, [archived], VERSIONS) == []


def test_slot_times_are_local_across_daylight_saving() -> None:
    # UK clocks go forward on 29 March 2026: 08:00 local is 08:00 UTC before, 07:00 UTC after.
    assert plan(date(2026, 3, 28))[0].due == datetime(2026, 3, 28, 8, tzinfo=UTC)
    assert plan(date(2026, 3, 29))[0].due == datetime(2026, 3, 29, 7, tzinfo=UTC)


def test_a_23h_dose_confirmed_at_0030_belongs_to_yesterday() -> None:
    yesterday, today = date(2026, 3, 5), date(2026, 3, 6)
    candidates = plan(yesterday) + plan(today) + plan(today + timedelta(days=1))
    answered = [d.key for d in plan(yesterday)[:2]]
    match = slot_for_confirmation(1, at(today, time(0, 30)), candidates, answered)
    assert match is not None
    assert (match.slot_date, match.slot_time) == (yesterday, time(23))


def test_a_dose_taken_a_little_early_matches_its_own_slot() -> None:
    day = date(2026, 3, 6)
    candidates = plan(day)
    answered = [candidates[0].key]
    match = slot_for_confirmation(1, at(day, time(13, 0)), candidates, answered)
    assert match is not None and match.slot_time == time(14)


def test_nothing_open_means_no_match() -> None:
    day = date(2026, 3, 6)
    assert slot_for_confirmation(1, at(day, time(5)), plan(day), []) is None


def answered(dose: PlannedDose, status: DoseStatus = DoseStatus.TAKEN) -> DoseEvent:
    return DoseEvent(
        id=1,
        profile_id=1,
        medication_id=dose.medication.id,
        slot_date=dose.slot_date,
        slot_time=dose.slot_time,
        status=status,
        amount_mg=10,
        form=DoseForm.TABLET,
        strength_mg=10,
        scored=True,
        taken_at=dose.due if status is DoseStatus.TAKEN else None,
        recorded_utc=dose.due,
        recorded_tz=TZ,
    )


def test_yesterdays_late_dose_is_carried_over_until_near_the_next() -> None:
    yesterday, today = date(2026, 3, 5), date(2026, 3, 6)
    earlier, now_plan = plan(yesterday), plan(today)
    events = [answered(d) for d in earlier[:2]]

    def carried(now: datetime) -> list[tuple[date, time]]:
        seen = day_doses(earlier, earlier + now_plan, events, {}, now, "Sam", {})
        return [(d.dose.slot_date, d.dose.slot_time) for d in seen if d.takeable]

    assert carried(at(today, time(0, 30))) == [(yesterday, time(23))]
    # Within 2 hours of the 08:00 dose the missed-dose rule says skip it.
    assert carried(at(today, time(6, 30))) == []


def test_dose_states() -> None:
    dose = plan(date(2026, 3, 6))[0]

    def state(event: DoseEvent | None, now: datetime) -> DoseState:
        return state_at(dose, event, dose_deadline(dose, None), None, now)

    assert state(None, dose.due - timedelta(minutes=1)) is DoseState.UPCOMING
    assert state(None, dose.due + timedelta(minutes=5)) is DoseState.DUE
    assert state(None, dose.due + timedelta(hours=1)) is DoseState.OVERDUE
    event = answered(dose, DoseStatus.SKIPPED)
    assert state(event, dose.due + timedelta(hours=1)) is DoseState.SKIPPED
    assert taken_total_mg([event]) == 0


def test_parts_of_day() -> None:
    assert part_of_day(time(8)) is PartOfDay.MORNING
    assert part_of_day(time(14)) is PartOfDay.MIDDAY
    assert part_of_day(time(20)) is PartOfDay.EVENING
    assert part_of_day(time(23)) is PartOfDay.NIGHT
    assert part_of_day(time(2)) is PartOfDay.NIGHT


def test_a_person_plan_gives_each_days_doses_as_planned_doses_does() -> None:
    from datetime import date, time

    from baclofen_companion.core.model import DoseForm, DoseSlot, Medication, Profile
    from baclofen_companion.core.schedule import PersonPlan, planned_doses

    sam = Profile(1, "Sam", "Europe/London", False)
    med = Medication(1, 1, "Baclofen", DoseForm.TABLET, 10.0, True, max_daily_mg=80.0)
    version = ScheduleVersion(1, 1, date(2026, 3, 1), (DoseSlot(time(8), 5.0),))
    plan = PersonPlan(sam, (med,), {1: [version]})
    day = date(2026, 3, 29)  # spring forward in London: 08:00 is 07:00 UTC
    assert plan.doses_on(day) == planned_doses(day, 1, "Europe/London", [med], {1: [version]})
    [dose] = plan.doses_on(day)
    assert dose.due.hour == 7 and plan.versions_of(med) == [version]


def test_a_change_saved_twice_for_one_day_takes_effect_once() -> None:
    """Found in the QA walk: Medicines and the report listed 'From 3 Dec: 20 mg…' and 'From
    3 Dec: 5 mg…' after a change was saved again for the same day."""
    from datetime import date, time

    from baclofen_companion.core.model import DoseSlot
    from baclofen_companion.core.schedule import effective_versions

    day = date(2026, 12, 3)
    first = ScheduleVersion(1, 1, date(2026, 11, 1), (DoseSlot(time(8), 20.0),))
    saved = ScheduleVersion(2, 1, day, (DoseSlot(time(8), 20.0),))
    again = ScheduleVersion(3, 1, day, (DoseSlot(time(8), 5.0),))
    assert effective_versions([again, first, saved]) == [first, again]
    assert active_version([first, saved, again], day) == again
