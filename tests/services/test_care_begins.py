"""Care begins when it begins: doses of the day before the person set the app up are neither
reminded, nor missed, nor a sign of withdrawal (issue "One truth about every dose", case 1)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from baclofen_companion.store import Store
from tests.conftest import DAY, FakeClock
from tests.services.conftest import Harness, add_person

LONDON = "Europe/London"


def local(day: object, t: time) -> datetime:
    return datetime.combine(day, t, ZoneInfo(LONDON)).astimezone(UTC)  # type: ignore[arg-type]


def test_set_up_at_21_59_nothing_of_that_day_is_missed_and_no_withdrawal_alarm(
    harness: Harness, store: Store, clock: FakeClock
) -> None:
    """Seen on main: set up at 21:59 with 08:00, 14:00 and 20:00, the app at once marked 08:00
    and 14:00 missed and raised the withdrawal alarm."""
    clock.set_local(DAY, time(21, 59))
    profile, _ = add_person(store, "Sam", LONDON, [time(8), time(14), time(20)], DAY)
    alerts: list[str] = []
    harness.scheduler.alerted.connect(lambda batch: alerts.append(batch.title))
    harness.run_until(local(DAY + timedelta(days=1), time(7, 59)))
    assert store.events_between(profile.id, DAY, DAY) == []
    assert harness.reminded_slots() == []
    assert alerts == []
    assert harness.scheduler.withdrawal == []
    # The first dose the app knows of is the next morning's, reminded on time.
    harness.run_until(local(DAY + timedelta(days=1), time(8, 1)))
    assert harness.reminded_slots() == [(DAY + timedelta(days=1), time(8), "Baclofen")]


def test_set_up_at_14_30_the_08_00_dose_is_not_missed_but_20_00_is_reminded(
    harness: Harness, store: Store, clock: FakeClock
) -> None:
    clock.set_local(DAY, time(14, 30))
    profile, _ = add_person(store, "Sam", LONDON, [time(8), time(14), time(20)], DAY)
    harness.run_until(local(DAY, time(20, 1)))
    assert [e.status for e in store.events_between(profile.id, DAY, DAY)] == []
    assert harness.reminded_slots() == [(DAY, time(20), "Baclofen")]


def test_a_schedule_entered_as_running_since_an_earlier_day_is_watched_from_when_saved(
    harness: Harness, store: Store, clock: FakeClock
) -> None:
    """ "On it since yesterday" says what the plan is, not that the app watched yesterday: the
    doses before the moment of saving were nobody's question, so none is missed or reminded
    and no withdrawal alarm comes of them; the next one is reminded."""
    clock.set_local(DAY, time(13, 0))
    profile, _ = add_person(store, "Sam", LONDON, [time(8), time(14)], DAY - timedelta(days=1))
    harness.run_until(local(DAY, time(14, 1)))
    assert store.events_between(profile.id, DAY - timedelta(days=1), DAY) == []
    assert harness.reminded_slots() == [(DAY, time(14), "Baclofen")]
    assert harness.scheduler.withdrawal == []
