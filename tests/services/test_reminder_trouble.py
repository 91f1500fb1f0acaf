"""Reminders never go quiet: a wake that cannot use the data file, and a clock that jumped."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.services.scheduler import ReminderBatch, ReminderScheduler
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import DAY, HOME_TZ, FakeClock
from tests.services.conftest import Harness
from tests.storage_faults import held_by_another_program


def record_day(store: Store, profile: Profile, status: DoseStatus, *slots: time) -> None:
    meds = store.medications(profile.id)
    versions = store.schedule_versions(m.id for m in meds)
    for dose in planned_doses(DAY, profile.id, HOME_TZ, meds, versions):
        if dose.slot_time in slots:
            store.record_dose(dose, status, dose.due)


@pytest.fixture
def window(
    store: Store, clock: FakeClock, data_dir: Path, sam: tuple[Profile, Medication]
) -> Iterator[MainWindow]:
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ)
    shown = MainWindow(store, clock, data_dir, scheduler)
    shown.show()
    yield shown
    scheduler.stop()
    shown.quitting = True
    shown.close()
    shown.deleteLater()


def test_a_held_data_file_during_wakes_is_said_once_retried_and_reminders_resume(
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    profile, _ = sam
    scheduler = window.scheduler
    assert scheduler is not None
    # Two doses in a row missed: this wake has a withdrawal alert to write down.
    record_day(store, profile, DoseStatus.MISSED, time(8), time(14))
    reminded: list[ReminderBatch] = []
    alerts: list[ReminderBatch] = []
    notices: list[str] = []
    scheduler.reminded.connect(reminded.append)
    scheduler.alerted.connect(alerts.append)
    scheduler.trouble_changed.connect(notices.append)
    notice = window.trouble_notice
    clock.set_local(DAY, time(18, 5))
    with held_by_another_program(store):
        retries = []
        for _ in range(8):
            scheduler.timer.timeout.emit()  # the timer's wake, as the single-shot QTimer fires
            assert scheduler.timer.isActive(), "the next wake is armed all the same"
            retries.append(scheduler.armed_ms)
            clock.advance(timedelta(milliseconds=scheduler.armed_ms))
        assert notice.isVisible()
        assert notice.text.text() == "Reminders may be late: the data file is busy."
        assert notices == ["Reminders may be late: the data file is busy."], "shown once"
        assert caplog.text.count("reminder wake failed") == 1, "logged once"
        assert retries[0] <= 2000 and retries == sorted(retries) and max(retries) == 60_000
    clock.set_local(DAY, time(20, 0))
    scheduler.timer.timeout.emit()  # the file is free again
    assert not notice.isVisible() and notices[-1] == ""
    assert "reminder wakes work again after 8 failed" in caplog.text
    assert [a.title for a in alerts] == ["Sam — baclofen withdrawal watch"]
    assert [b.doses[0].dose.slot_time for b in reminded] == [time(20)]
    assert scheduler.armed_ms <= 60_000


# -- clock trust --------------------------------------------------------------------------


def local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=ZoneInfo(HOME_TZ))


def missed_slots(store: Store, profile: Profile) -> list[time]:
    events = store.events_between(profile.id, DAY, DAY)
    return [e.slot_time for e in events if e.status is DoseStatus.MISSED]


def test_a_clock_hours_ahead_at_start_misses_nothing_and_the_dose_comes_once_it_is_fixed(
    harness: Harness, clock: FakeClock, store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    clock.set_local(DAY, time(7, 30))
    harness.jump(timedelta(hours=6), elapsed=0)  # the hardware clock keeps local time: 13:30
    harness.scheduler.start()
    assert missed_slots(store, profile) == []
    assert harness.scheduler.due_now() == [], "08:00 is neither reminded nor shown as due"
    harness.jump(timedelta(hours=-6), elapsed=30)  # NTP puts it right 30 s later: 07:30:30
    harness.run_until(local(DAY, time(8, 1)))
    assert harness.reminded_slots() == [(DAY, time(8), "Baclofen")]
    assert missed_slots(store, profile) == []


def test_a_clock_that_was_right_at_start_marks_the_dose_missed_once_it_has_held(
    harness: Harness, clock: FakeClock, store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    clock.set_local(DAY, time(13, 30))  # really 13:30: 08:00's deadline has passed
    harness.scheduler.start()
    assert missed_slots(store, profile) == []
    harness.run_until(local(DAY, time(13, 36)))
    assert missed_slots(store, profile) == [time(8)]


def test_a_jump_ahead_on_waking_is_not_believed_until_it_holds(
    harness: Harness, clock: FakeClock, store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    harness.run_until(local(DAY, time(7, 0)))
    harness.jump(timedelta(hours=6))  # the clock set hours ahead by mistake
    harness.poll()
    assert missed_slots(store, profile) == []
    harness.jump(timedelta(hours=-6), elapsed=60)  # and set right again
    harness.run_until(local(DAY, time(8, 1)))
    assert harness.reminded_slots() == [(DAY, time(8), "Baclofen")]
    assert missed_slots(store, profile) == []
