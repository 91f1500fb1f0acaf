"""Adherence outcomes per dose, per slot time and per day (the sticker chart)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from baclofen_companion.core.adherence import (
    DoseOutcome,
    Outcome,
    Sticker,
    dose_outcomes,
    sticker_week,
    summarize,
    taken_outcome,
    week_start,
)
from baclofen_companion.core.model import (
    DoseEvent,
    DoseForm,
    DoseKind,
    DoseSlot,
    DoseStatus,
    Medication,
    ScheduleVersion,
)

TZ = "Europe/London"
MED = Medication(1, 1, "Baclofen", DoseForm.TABLET, 10.0, True)
SLOTS = (DoseSlot(time(8), 5), DoseSlot(time(14), 5), DoseSlot(time(20), 5))
VERSIONS = {1: [ScheduleVersion(1, 1, date(2026, 3, 1), SLOTS)]}
D = date(2026, 3, 10)


def at(day: date, t: time) -> datetime:
    return datetime.combine(day, t, tzinfo=ZoneInfo(TZ)).astimezone(UTC)


def event(
    day: date,
    slot: time,
    status: DoseStatus = DoseStatus.TAKEN,
    taken: datetime | None = None,
    kind: DoseKind = DoseKind.SCHEDULED,
    amount: float = 5.0,
    med: int = 1,
) -> DoseEvent:
    if status is DoseStatus.TAKEN and taken is None:
        taken = at(day, slot)
    return DoseEvent(
        id=0,
        profile_id=1,
        medication_id=med,
        slot_date=day,
        slot_time=slot,
        status=status,
        amount_mg=amount,
        form=DoseForm.TABLET,
        strength_mg=10.0,
        scored=True,
        taken_at=taken,
        recorded_utc=taken or at(day, slot),
        recorded_tz=TZ,
        kind=kind,
    )


def outcomes(
    events: list[DoseEvent], now: datetime, first: date = D, last: date = D
) -> list[DoseOutcome]:
    return dose_outcomes(first, last, 1, TZ, [MED], VERSIONS, events, now)


def test_on_time_until_the_due_window_then_late() -> None:
    due = at(D, time(8))
    assert taken_outcome(due, due - timedelta(hours=1)) is Outcome.ON_TIME  # a little early
    assert taken_outcome(due, due + timedelta(minutes=29)) is Outcome.ON_TIME
    assert taken_outcome(due, due + timedelta(minutes=30)) is Outcome.LATE


def test_each_dose_of_a_day_gets_its_outcome() -> None:
    events = [
        event(D, time(8), taken=at(D, time(8, 10))),
        event(D, time(14), taken=at(D, time(15, 30))),  # late, deadline is 18:00
        event(D, time(20), DoseStatus.SKIPPED),
    ]
    found = outcomes(events, now=at(D + timedelta(days=1), time(12)))
    assert [(o.slot_time, o.outcome, o.past_deadline) for o in found] == [
        (time(8), Outcome.ON_TIME, False),
        (time(14), Outcome.LATE, False),
        (time(20), Outcome.SKIPPED, False),
    ]


def test_taken_after_the_missed_deadline_is_late_and_flagged() -> None:
    # The 14:00 dose's deadline is 18:00 (2 h before the 20:00 dose).
    found = outcomes([event(D, time(14), taken=at(D, time(18, 5)))], now=at(D, time(19)))
    late = next(o for o in found if o.slot_time == time(14))
    assert late.outcome is Outcome.LATE and late.past_deadline
    summary = summarize(found)
    assert summary.past_deadline == 1
    assert "1 was taken after the 2-hour rule said to skip" in summary.text()


def test_unanswered_doses_are_open_until_their_deadline() -> None:
    found = outcomes([], now=at(D, time(17, 59)))
    assert [o.outcome for o in found] == [Outcome.NOT_ANSWERED, None, None]
    found = outcomes([], now=at(D, time(18)))
    assert [o.outcome for o in found] == [Outcome.NOT_ANSWERED, Outcome.NOT_ANSWERED, None]


def test_the_evening_dose_waits_for_the_next_morning_even_at_the_range_end() -> None:
    next_day = D + timedelta(days=1)
    assert outcomes([], now=at(next_day, time(5, 59)))[-1].outcome is None
    assert outcomes([], now=at(next_day, time(6)))[-1].outcome is Outcome.NOT_ANSWERED


def test_missed_and_extra_and_off_schedule_doses() -> None:
    events = [
        event(D, time(8), DoseStatus.MISSED),
        event(D, time(11), kind=DoseKind.EXTRA),  # not a slot: ignored here
        event(D, time(9, 30)),  # a slot no longer in the schedule: history still counts
    ]
    found = outcomes(events, now=at(D, time(12)))
    assert [(o.slot_time, o.outcome) for o in found] == [
        (time(8), Outcome.MISSED),
        (time(9, 30), Outcome.ON_TIME),
        (time(14), None),
        (time(20), None),
    ]


def test_archived_medicines_count_only_their_logged_doses() -> None:
    archived = Medication(1, 1, "Baclofen", DoseForm.TABLET, 10.0, True, archived=True)
    found = dose_outcomes(
        D, D, 1, TZ, [archived], VERSIONS, [event(D, time(8))], at(D + timedelta(2), time(9))
    )
    assert [(o.medication_name, o.outcome) for o in found] == [("Baclofen", Outcome.ON_TIME)]


def test_summary_per_slot_time() -> None:
    days = [D + timedelta(days=i) for i in range(4)]
    events = [event(d, time(8)) for d in days]  # every morning on time
    events += [event(days[0], time(14), taken=at(days[0], time(15)))]  # one late
    events += [event(days[1], time(14), DoseStatus.SKIPPED)]
    events += [event(d, time(20), DoseStatus.MISSED) for d in days[:2]]
    found = outcomes(events, now=at(days[3], time(12)), first=days[0], last=days[3])
    summary = summarize(found)
    rows = {s.slot_time: s for s in summary.slots}
    assert [s.label for s in summary.slots] == [
        "Baclofen 08:00",
        "Baclofen 14:00",
        "Baclofen 20:00",
    ]
    assert rows[time(8)].counts[Outcome.ON_TIME] == 4 and rows[time(8)].total == 4
    assert rows[time(14)].counts[Outcome.LATE] == 1
    assert rows[time(14)].counts[Outcome.SKIPPED] == 1
    assert rows[time(14)].counts[Outcome.NOT_ANSWERED] == 1  # day 3; day 4's is still open
    assert rows[time(14)].open == 1
    assert rows[time(20)].counts[Outcome.MISSED] == 2
    assert rows[time(20)].counts[Outcome.NOT_ANSWERED] == 1
    assert rows[time(20)].open == 1
    assert rows[time(8)].share(Outcome.ON_TIME) == 1.0
    assert summary.total == 10 and summary.taken == 5
    assert summary.text() == (
        "5 of 10 doses taken (50 %): 4 on time, 1 late, 1 skipped, 2 missed, 2 not answered."
    )


def test_an_empty_range_says_so() -> None:
    summary = summarize([])
    assert summary.empty
    assert summary.text() == "No doses were due in this range."


def test_sticker_week() -> None:
    monday = week_start(D)  # 10 March 2026 is a Tuesday
    assert monday == date(2026, 3, 9)
    events = [event(monday, t) for t in (time(8), time(14), time(20))]
    events += [event(D, time(8)), event(D, time(14), DoseStatus.SKIPPED)]
    found = dose_outcomes(
        monday, monday + timedelta(6), 1, TZ, [MED], VERSIONS, events, at(D, time(19))
    )
    week = sticker_week(monday, found)
    assert [d.day for d in week] == [monday + timedelta(i) for i in range(7)]
    assert [s for _, s in week[0].stickers] == [Sticker.TAKEN] * 3
    assert [s for _, s in week[1].stickers] == [Sticker.TAKEN, Sticker.NOT_TAKEN, Sticker.TO_COME]
    assert week[0].taken == 3 and week[1].taken == 1
    assert [s for _, s in week[6].stickers] == [Sticker.TO_COME] * 3
