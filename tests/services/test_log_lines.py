"""companion.log is for a person or a supporter to read: no Python reprs in it."""

from __future__ import annotations

import logging
import re
from datetime import time

import pytest

from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.services.logbook import LOGGER_NAME
from tests.conftest import DAY, FakeClock
from tests.services.conftest import Harness
from tests.services.test_scheduler import local

REPR = re.compile(r"\w+\(\w+=|datetime\.\w+\(|<\w+ object at")


def test_answering_from_a_reminder_is_logged_in_words(
    harness: Harness,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Seen on main: "taken from a reminder: SlotKey(medication_id=2,
    slot_date=datetime.date(2026, 3, 10), ...)"."""
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    harness.run_until(local(DAY, time(8, 5)))
    [first] = harness.scheduler.due_now()
    harness.scheduler.take(first.dose)
    harness.run_until(local(DAY, time(14, 5)))
    [second] = harness.scheduler.due_now()
    harness.scheduler.skip(second.dose)
    lines = [r.getMessage() for r in caplog.records if r.name == LOGGER_NAME]
    assert f"taken from a reminder: medicine {sam[1].id}, {DAY.isoformat()} 08:00" in lines
    assert f"skipped from a reminder: medicine {sam[1].id}, {DAY.isoformat()} 14:00" in lines
    assert [line for line in lines if REPR.search(line)] == []
