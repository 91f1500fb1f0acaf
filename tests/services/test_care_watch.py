"""Appointment reminders under a fake clock: three days before (prepare the report), the day
before and the hour before, through the scheduler's alerts to the notifier chain, never twice."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from baclofen_companion.core.care import Appointment
from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.ops import care
from baclofen_companion.services.notifier import NotifierChain, follow
from baclofen_companion.services.scheduler import ReminderBatch
from baclofen_companion.store import Store
from tests.conftest import DAY, HOME_TZ, FakeClock
from tests.services.conftest import Harness
from tests.services.test_notifier import FakePath

VISIT_DAY = DAY + timedelta(days=4)


def local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=ZoneInfo(HOME_TZ)).astimezone(UTC)


def book(store: Store, person: Profile, at: datetime) -> Appointment:
    appointment, _ = care.add_appointment(
        store,
        Appointment(person.id, at, HOME_TZ, "Dr Okafor", "Neurology clinic, room 4", "Pill box"),
    )
    return appointment


def appointment_alerts(h: Harness) -> list[ReminderBatch]:
    alerts: list[ReminderBatch] = []
    h.scheduler.alerted.connect(lambda b: "appointment" in b.title and alerts.append(b))
    return alerts


def at_of(batch: ReminderBatch) -> str:
    return f"{batch.at.astimezone(ZoneInfo(HOME_TZ)):%Y-%m-%d %H:%M}"


def test_reminded_three_days_before_the_day_before_and_an_hour_before(
    harness: Harness, store: Store, sam: tuple[Profile, Medication]
) -> None:
    book(store, sam[0], local(VISIT_DAY, time(10, 30)))
    alerts = appointment_alerts(harness)
    path = FakePath("dbus")
    follow(NotifierChain([path]), harness.scheduler, lambda: None)

    harness.run_until(local(VISIT_DAY - timedelta(days=3), time(10, 29)))
    assert alerts == []
    harness.run_until(local(VISIT_DAY, time(12, 0)))
    assert [at_of(b) for b in alerts] == [
        "2026-03-11 10:30",
        "2026-03-13 10:30",
        "2026-03-14 09:30",
    ]
    assert [b.title for b in alerts] == [
        "Sam — appointment with Dr Okafor in a few days",
        "Sam — appointment with Dr Okafor tomorrow",
        "Sam — appointment with Dr Okafor in an hour",
    ]
    assert "Prepare the appointment report" in alerts[0].body
    assert "Where: Neurology clinic, room 4." in alerts[1].body
    assert "Bring: Pill box." in alerts[2].body
    assert "14 Mar 2026 10:30" in alerts[2].body
    sent = [s for s in path.sent if "appointment" in s[0]]
    assert sent == [(b.title, b.body) for b in alerts]  # the notifier chain delivered each


def test_a_restart_does_not_repeat_a_reminder(
    store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    book(store, sam[0], local(VISIT_DAY, time(10, 30)))
    clock.set(local(VISIT_DAY, time(9, 45)))
    first = Harness(store, clock, [HOME_TZ])
    alerts = appointment_alerts(first)
    first.poll()
    first.scheduler.stop()
    again = Harness(store, clock, [HOME_TZ])  # the app started again
    later = appointment_alerts(again)
    again.poll()
    again.scheduler.stop()
    assert [b.title for b in alerts] == ["Sam — appointment with Dr Okafor in an hour"]
    assert later == []


def test_booked_an_hour_ahead_is_reminded_once_and_a_cancelled_one_not_at_all(
    harness: Harness, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    clock.set(local(DAY, time(15, 0)))
    book(store, sam[0], local(DAY, time(15, 40)))
    cancelled = book(store, sam[0], local(DAY, time(16, 0)))
    care.cancel_appointment(store, cancelled)
    alerts = appointment_alerts(harness)
    harness.run_until(local(DAY, time(17, 0)))
    assert [(at_of(b), b.title) for b in alerts] == [
        ("2026-03-10 15:00", "Sam — appointment with Dr Okafor in an hour")
    ]


def test_a_moved_appointment_is_reminded_at_its_new_time(
    harness: Harness, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    clock.set(local(DAY, time(9, 0)))
    old = book(store, sam[0], local(DAY, time(9, 30)))
    alerts = appointment_alerts(harness)
    harness.poll()
    care.cancel_appointment(store, old)
    book(store, sam[0], local(DAY, time(9, 50)))
    harness.poll()
    harness.scheduler.stop()
    assert len(alerts) == 2 and "09:50" in alerts[1].body
