"""One truth about every dose, as the reminders see it: a dose moved the same day is not asked
for twice, a time the clock skips is one instant of its own, and however long the machine
slept every dose whose deadline passed is decided (issue "One truth about every dose", cases
2, 3 and 4)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from baclofen_companion.core.model import DoseSlot, DoseStatus
from baclofen_companion.core.reminders import ReminderSettings
from baclofen_companion.ops import doses, medicines
from baclofen_companion.ops.days import person_plan
from baclofen_companion.store import Store
from tests.conftest import DAY, FakeClock
from tests.services.conftest import Harness, add_person

LONDON = "Europe/London"


def at(day: date, t: time, tz: str = LONDON) -> datetime:
    return datetime.combine(day, t, ZoneInfo(tz)).astimezone(UTC)


def three_a_day(store: Store, clock: FakeClock) -> tuple[int, object]:
    clock.set_local(DAY - timedelta(days=3), time(7), LONDON)
    profile, med = add_person(
        store, "Sam", LONDON, [time(8), time(14), time(20)], DAY - timedelta(days=3)
    )
    return profile.id, med


@pytest.mark.parametrize("new_time", [time(13), time(15)])
def test_a_taken_dose_moved_the_same_day_is_not_asked_for_again(
    harness: Harness, store: Store, clock: FakeClock, new_time: time
) -> None:
    """Seen on main: 14:00 taken at 14:02, moved at 14:30 to 13:00 (or 15:00) "from today":
    seven reminders "due at 13:00 … If you forgot it: take it now"."""
    pid, med = three_a_day(store, clock)
    clock.set_local(DAY, time(14, 2), LONDON)
    harness.run_until(at(DAY, time(14, 2)))
    plan = person_plan(store, store.profile(pid))
    [slot_14] = [d for d in plan.doses_on(DAY) if d.slot_time == time(14)]
    doses.take(store, slot_14, LONDON)
    harness.batches.clear()
    clock.set_local(DAY, time(14, 30), LONDON)
    moved = (DoseSlot(time(8), 5.0), DoseSlot(new_time, 5.0), DoseSlot(time(20), 5.0))
    medicines.change_doses(store, store.medication(med.id), DAY, moved)  # type: ignore[attr-defined]
    harness.run_until(at(DAY, time(19, 59)))
    assert harness.reminded_slots() == []
    # The day still has three doses: two answered under the old times, then 20:00.
    day = person_plan(store, store.profile(pid)).doses_on(DAY)
    assert [d.slot_time for d in day] == [time(8), time(14), time(20)]
    harness.run_until(at(DAY, time(20, 1)))
    assert harness.reminded_slots() == [(DAY, time(20), "Baclofen")]


def test_a_pending_dose_moved_earlier_keeps_its_reminder_count(
    harness: Harness, store: Store, clock: FakeClock
) -> None:
    """Seen on main: a pending 14:00 moved to 13:30 at 14:30 reminded at once and restarted
    the count: eight reminders for one dose."""
    _, med = three_a_day(store, clock)
    store.set_reminder_settings(ReminderSettings(repeat_minutes=10, max_repeats=6))
    harness.run_until(at(DAY, time(14, 29)))
    before = [s for s in harness.reminded_slots() if s[:2] == (DAY, time(14))]
    assert len(before) == 3  # 14:00, 14:10, 14:20
    clock.set_local(DAY, time(14, 30), LONDON)
    moved = (DoseSlot(time(8), 5.0), DoseSlot(time(13, 30), 5.0), DoseSlot(time(20), 5.0))
    medicines.change_doses(store, store.medication(med.id), DAY, moved)  # type: ignore[attr-defined]
    harness.run_until(at(DAY, time(17, 59)))
    midday = [s for s in harness.reminded_slots() if s[0] == DAY and time(13) <= s[1] < time(15)]
    assert len(midday) == 1 + 6  # one dose: the first reminder and six repeats, no more
    assert {s[1] for s in midday} == {time(14)}


def test_a_time_the_clock_skips_is_its_own_instant(
    harness: Harness, store: Store, clock: FakeClock
) -> None:
    """Seen on main: on the London spring-forward night 01:30 (which does not exist) became
    02:30 BST, the same instant as the 02:30 dose: one reminder asked for both."""
    spring = date(2026, 3, 29)
    clock.set_local(spring - timedelta(days=2), time(12), LONDON)
    add_person(store, "Sam", LONDON, [time(1, 30), time(2, 30)], spring - timedelta(2))
    store.set_reminder_settings(ReminderSettings(max_repeats=0))
    harness.run_until(at(spring, time(4)))
    night = [b for b in harness.batches if b.doses[0].dose.slot_date == spring]
    assert [len(b.doses) for b in night] == [1, 1]
    [early, late] = [b.doses[0].dose for b in night]
    assert early.slot_time == time(1, 30) and early.due == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert late.slot_time == time(2, 30) and late.due == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_a_skipped_day_gives_one_dose_not_three_at_once(store: Store, clock: FakeClock) -> None:
    """Pacific/Apia skipped 30 Dec 2011: its three slots all fall on the next midnight; only
    one is taken there, the others are superseded (never two doses at once)."""
    apia = "Pacific/Apia"
    clock.set_local(date(2011, 12, 20), time(12), apia)
    profile, _ = add_person(store, "Sina", apia, [time(8), time(14), time(20)], date(2011, 12, 20))
    plan = person_plan(store, profile)
    skipped = plan.doses_on(date(2011, 12, 30))
    assert len({d.due for d in skipped}) == 1
    assert [d.superseded for d in skipped] == [True, True, False]
    assert all(d.clock_gap for d in skipped if d.superseded)


def test_after_three_days_asleep_every_past_dose_is_decided(
    harness: Harness, store: Store, clock: FakeClock
) -> None:
    """Seen on main: doses outside "yesterday to tomorrow" were never marked missed."""
    pid, _ = three_a_day(store, clock)
    clock.set_local(DAY - timedelta(days=3), time(21), LONDON)
    harness.poll()
    harness.jump(timedelta(days=2, hours=12))  # asleep until DAY 09:00
    # A clock that jumped is believed once it has held a few minutes (clock trust).
    harness.run_until(at(DAY, time(9, 10)))
    days = store.events_between(pid, DAY - timedelta(days=3), DAY)
    decided = {(e.slot_date, e.slot_time) for e in days if e.status is DoseStatus.MISSED}
    for offset in (3, 2, 1):
        for t in (time(8), time(14), time(20)):
            day = DAY - timedelta(days=offset)
            if at(day, t) > at(DAY - timedelta(days=3), time(7)):
                assert (day, t) in decided
    # Today's 08:00 may still be taken (next dose at 14:00): reminded, not missed.
    assert (DAY, time(8)) not in decided
    assert (DAY, time(8), "Baclofen") in harness.reminded_slots()
