"""Daily baclofen totals, plan changes and symptom scores for the charts and the report."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from baclofen_companion.core.diary import DiaryEntry
from baclofen_companion.core.model import (
    DoseForm,
    DoseKind,
    DoseSlot,
    DoseStatus,
    Medication,
    ScheduleVersion,
)
from baclofen_companion.core.trends import (
    average_taken,
    daily_baclofen,
    plan_changes,
    range_bounds,
    symptom_points,
    trend_data,
)
from tests.core.test_adherence import event

TZ = "Europe/London"
BAC = Medication(1, 1, "Baclofen", DoseForm.TABLET, 10.0, True)
OTHER = Medication(2, 1, "Gabapentin", DoseForm.TABLET, 100.0, False)
D = date(2026, 3, 10)


def tid(mg: float) -> tuple[DoseSlot, ...]:
    return (DoseSlot(time(8), mg), DoseSlot(time(14), mg), DoseSlot(time(20), mg))


VERSIONS = {
    1: [
        ScheduleVersion(1, 1, D - timedelta(30), tid(5)),
        # A titration plan (id 7) of three steps, the first from D.
        ScheduleVersion(2, 1, D, tid(10), plan_id=7, step_days=3),
        ScheduleVersion(3, 1, D + timedelta(3), tid(15), plan_id=7, step_days=3),
        ScheduleVersion(4, 1, D + timedelta(6), tid(20), plan_id=7, step_days=3),
        # Re-saved with the same doses: not a change.
        ScheduleVersion(5, 1, D + timedelta(8), tid(20)),
    ],
    2: [ScheduleVersion(6, 2, D + timedelta(1), (DoseSlot(time(22), 100),))],
}


def entry(day: date, hour: int, stiffness: int | None, pain: int | None) -> DiaryEntry:
    when = datetime.combine(day, time(hour), tzinfo=ZoneInfo(TZ)).astimezone(UTC)
    return DiaryEntry(at=when, tz=TZ, stiffness=stiffness, pain=pain, note="x")


def test_daily_baclofen_taken_and_planned() -> None:
    events = [
        event(D - timedelta(1), time(8)),
        event(D - timedelta(1), time(14)),
        event(D - timedelta(1), time(20), DoseStatus.SKIPPED),
        event(D, time(8), amount=10),
        event(D, time(12), kind=DoseKind.EXTRA, amount=5),  # extra doses count in the total
        event(D, time(22), amount=100, med=2),  # not baclofen
    ]
    days = daily_baclofen(D - timedelta(1), D + timedelta(1), [BAC, OTHER], VERSIONS, events)
    assert [(d.day, d.taken_mg, d.planned_mg) for d in days] == [
        (D - timedelta(1), 10.0, 15.0),
        (D, 15.0, 30.0),
        (D + timedelta(1), 0.0, 30.0),
    ]


def test_plan_changes_name_the_step_and_skip_repeats() -> None:
    changes = plan_changes(D - timedelta(40), D + timedelta(20), [BAC, OTHER], VERSIONS)
    assert [(c.day, c.short) for c in changes] == [
        (D - timedelta(30), "15 mg/day"),
        (D, "30 mg/day"),
        (D + timedelta(1), "100 mg/day"),
        (D + timedelta(3), "45 mg/day"),
        (D + timedelta(6), "60 mg/day"),
    ]
    assert changes[0].text() == "Baclofen: started at 5 mg three times a day"
    assert changes[1].text() == (
        "Baclofen: 5 mg three times a day → 10 mg three times a day (step 1 of 3)"
    )
    assert changes[2].text() == "Gabapentin: started at 100 mg once a day"
    # Only changes inside the range.
    inside = plan_changes(D + timedelta(2), D + timedelta(4), [BAC], VERSIONS)
    assert [c.step for c in inside] == [(2, 3)]


def test_symptom_points_skip_entries_without_stiffness_or_pain() -> None:
    entries = [entry(D, 9, 7, None), entry(D, 8, None, None), entry(D, 20, None, 3)]
    points = symptom_points(entries, TZ)
    assert [(p.at.hour, p.stiffness, p.pain) for p in points] == [(9, 7, None), (20, None, 3)]
    assert points[0].at.utcoffset() == timedelta(0)  # London in March before the clocks change


def test_range_bounds_follow_local_midnight_across_a_clock_change() -> None:
    start, end = range_bounds(date(2026, 3, 28), date(2026, 3, 29), TZ)
    assert start == datetime(2026, 3, 28, 0, tzinfo=UTC)
    assert end == datetime(2026, 3, 29, 23, tzinfo=UTC)  # BST began on the 29th


def test_long_ranges_average_scores_by_week() -> None:
    first = D - timedelta(days=729)
    entries = [entry(first + timedelta(i), 9, i % 2 * 10, 4) for i in range(730)]
    short = trend_data(D - timedelta(6), D, TZ, [BAC], VERSIONS, [], entries[-7:])
    assert short.averaged_days == 0 and len(short.symptoms) == 7
    long = trend_data(first, D, TZ, [BAC], VERSIONS, [], entries)
    assert long.averaged_days == 7
    assert len(long.symptoms) == 105  # 730 days in blocks of 7
    assert long.symptoms[0].stiffness == round(30 / 7, 2)  # 0,10,0,10,0,10,0
    assert long.symptoms[0].pain == 4
    assert long.symptoms[0].at == datetime.combine(first, time(), ZoneInfo(TZ)) + timedelta(3.5)


def test_taken_totals_average_over_blocks() -> None:
    doses = daily_baclofen(
        D, D + timedelta(days=8), [BAC], VERSIONS, [event(D, time(8), amount=21)]
    )
    assert average_taken(doses, 7) == [(D, 7, 3.0), (D + timedelta(days=7), 2, 0.0)]


def test_empty_when_nothing_was_planned_taken_or_noted() -> None:
    nothing = trend_data(D, D, TZ, [], {}, [], [])
    assert nothing.empty and nothing.days == 1
    planned = trend_data(D, D, TZ, [BAC], VERSIONS, [], [])
    assert not planned.empty


def test_the_average_counts_only_the_days_since_care_began() -> None:
    """Seen on main: "0.5 mg a day" for a one-day user who took 15 mg, over a 30-day range."""
    versions = {1: [ScheduleVersion(1, 1, D, tid(15))]}
    events = [event(D, time(8), amount=15)]
    data = trend_data(D - timedelta(days=29), D, TZ, [BAC], versions, events, [])
    assert data.care_from == D
    assert data.mean_taken_mg == 15.0
    assert [d.day for d in data.cared_doses] == [D]
    nothing = trend_data(D - timedelta(days=29), D, TZ, [BAC], {}, [], [])
    assert nothing.mean_taken_mg is None
