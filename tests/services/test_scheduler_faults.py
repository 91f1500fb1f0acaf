"""The scheduler when a write fails (the data file held by another program, the disk full)."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.services.scheduler import ReminderBatch, ReminderScheduler
from baclofen_companion.store import Store
from tests.conftest import DAY, HOME_TZ, FakeClock
from tests.storage_faults import held_by_another_program


def test_a_failed_write_in_a_wake_does_not_stop_the_next_wake(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock.set_local(DAY, time(8, 0))
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ)
    reminded: list[ReminderBatch] = []
    scheduler.reminded.connect(reminded.append)
    try:
        with held_by_another_program(store):
            # The 08:00 reminder is due, but what was reminded cannot be written down: it is
            # sent all the same (found in the QA walk: nothing came until the file was free).
            scheduler.timer.timeout.emit()  # the timer's wake, as the single-shot QTimer fires
            [batch] = reminded
            assert batch.title == "Sam — Baclofen 5 mg"
            assert scheduler.timer.isActive(), "the next wake is armed all the same"
            assert "could not write it down yet" in caplog.text
            # The next wake, still held, does not send it again (it was kept in memory).
            clock.advance(timedelta(minutes=1))
            scheduler.timer.timeout.emit()
            assert len(reminded) == 1
        assert store.reminder_states(since=DAY) == {}
        clock.advance(timedelta(minutes=1))
        scheduler.timer.timeout.emit()  # the file is free: what was reminded is written down
        assert len(reminded) == 1
        [state] = store.reminder_states(since=DAY).values()
        assert state.count == 1
        assert scheduler.timer.isActive()
    finally:
        scheduler.stop()


def test_a_dose_that_cannot_be_marked_missed_does_not_hold_back_the_next_reminder(
    store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    clock.set_local(DAY, time(14, 0))  # 08:00 is past its deadline, 14:00 is due
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ)
    reminded: list[ReminderBatch] = []
    scheduler.reminded.connect(reminded.append)
    try:
        with held_by_another_program(store):
            scheduler.timer.timeout.emit()
            assert [item.dose.slot_time for item in reminded[0].doses] == [time(14)]
            assert store.events_between(profile.id, DAY, DAY) == []
        scheduler.timer.timeout.emit()  # the file is free: 08:00 is marked missed now
        [event] = store.events_between(profile.id, DAY, DAY)
        assert (event.slot_time, event.status) == (time(8), DoseStatus.MISSED)
    finally:
        scheduler.stop()
