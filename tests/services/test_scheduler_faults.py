"""The scheduler when a write fails (the data file held by another program, the disk full)."""

from __future__ import annotations

from datetime import time

import pytest
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import Medication, Profile
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
            # The 08:00 reminder is due, but what was reminded cannot be written down.
            scheduler.timer.timeout.emit()  # the timer's wake, as the single-shot QTimer fires
            assert reminded == []
            assert scheduler.timer.isActive(), "the next wake is armed all the same"
            assert "reminder wake failed" in caplog.text
        with qtbot.waitSignal(scheduler.reminded):
            scheduler.timer.timeout.emit()
        [batch] = reminded
        assert batch.title == "Sam — Baclofen 5 mg"
        assert scheduler.timer.isActive()
    finally:
        scheduler.stop()
