"""Shared fixtures: offscreen Qt, a temporary data dir, a fake clock and a set-up person."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import settings

from baclofen_companion.core.model import DoseForm, DoseSlot, Medication, Profile
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.store import Store, open_store

# Read when the first QApplication is made (pytest-qt's qapp), which comes after this.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI explores a fixed, larger set of examples so a landing never hangs on luck; locally each
# run draws new ones, which is how the fuzz tests keep finding things.
# Neither has a deadline: a slow example on a busy machine is not a failure (speed is measured by
# the benchmarks, never asserted by a test).
settings.register_profile("ci", derandomize=True, max_examples=400, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

HOME_TZ = "Europe/London"
REQUIRE_E2E = os.environ.get("BACLOFEN_REQUIRE_E2E") == "1"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def set_local(self, day: date, at: time, tz: str = HOME_TZ) -> None:
        self._now = datetime.combine(day, at, tzinfo=ZoneInfo(tz)).astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, instant: datetime) -> None:
        self._now = instant.astimezone(UTC)


@contextlib.contextmanager
def private_dbus() -> Iterator[str]:
    """A D-Bus daemon of the test's own (a session bus; it also stands in for the system bus),
    yielding its address; skips when dbus-daemon is missing (a failure under CI)."""
    require(
        shutil.which("dbus-daemon") is not None, "dbus-daemon is missing (apt-get install dbus)"
    )
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    try:
        address = daemon.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


def require(condition: bool, reason: str) -> None:
    """Skip a test whose environment is missing, unless CI demands it (BACLOFEN_REQUIRE_E2E=1)."""
    if condition:
        return
    if REQUIRE_E2E:
        pytest.fail(f"BACLOFEN_REQUIRE_E2E=1 but {reason}")
    pytest.skip(reason)


DAY = date(2026, 3, 10)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    return path


@pytest.fixture
def clock() -> FakeClock:
    fake = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    fake.set_local(DAY, time(7, 0))
    return fake


@pytest.fixture
def store(data_dir: Path, clock: FakeClock) -> Iterator[Store]:
    opened = open_store(data_dir, clock, lambda: HOME_TZ)
    yield opened
    opened.close()


BACLOFEN = MedicationDraft(
    name="Baclofen",
    form=DoseForm.TABLET,
    strength_mg=10.0,
    scored=True,
    instructions="May be taken with food or milk",
    max_daily_mg=80.0,
)
LABEL_START = (
    DoseSlot(time(8, 0), 5.0),
    DoseSlot(time(14, 0), 5.0),
    DoseSlot(time(20, 0), 5.0),
)


@pytest.fixture
def sam(store: Store, clock: FakeClock) -> tuple[Profile, Medication]:
    """Sam takes baclofen 5 mg at 08:00, 14:00 and 20:00 since a week before DAY, and has
    used the app since then (set up that morning), so that week is history it watched."""
    now = clock.now()
    clock.set_local(DAY - timedelta(days=7), time(7, 0))
    try:
        return store.add_person_with_medicine(
            "Sam", HOME_TZ, BACLOFEN, LABEL_START, DAY - timedelta(days=7)
        )
    finally:
        clock.set(now)
