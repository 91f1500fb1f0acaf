"""Crash safety: a writer killed with SIGKILL at random moments loses no dose it reported saved."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from datetime import time as clock_time
from pathlib import Path

import pytest

from baclofen_companion.core.model import DoseStatus
from baclofen_companion.store import open_store
from tests.conftest import BACLOFEN, HOME_TZ, LABEL_START, FakeClock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

KILLS = 50
FIRST_DAY = date(2016, 1, 1)

# Logs every planned dose from FIRST_DAY on through the real Store, skipping those already
# logged by an earlier (killed) run, and prints each one only after record_dose returned.
WRITER = """
import sys
from datetime import date, timedelta
from pathlib import Path

from baclofen_companion.core.clock import SystemClock
from baclofen_companion.core.model import DoseStatus
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.store import open_store

data_dir, tz, first = Path(sys.argv[1]), sys.argv[2], date.fromisoformat(sys.argv[3])
store = open_store(data_dir, SystemClock(), lambda: tz)
[profile] = store.profiles()
meds = store.medications(profile.id)
versions = store.schedule_versions(m.id for m in meds)
days = 36500  # more doses than 50 runs can write on a fast disk
done = set(store.conn.execute(
    "SELECT medication_id, slot_date, slot_time FROM dose_events WHERE voided_utc IS NULL"
))
print("ready", flush=True)
for offset in range(days):
    for dose in planned_doses(first + timedelta(offset), profile.id, tz, meds, versions):
        if (dose.medication.id, dose.slot_date.isoformat(), f"{dose.slot_time:%H:%M}") in done:
            continue
        event = store.record_dose(dose, DoseStatus.TAKEN, dose.due, home_tz=tz)
        print(event.id, dose.medication.id, dose.slot_date, f"{dose.slot_time:%H:%M}", flush=True)
print("done", flush=True)
"""


@dataclass(frozen=True)
class Reported:
    event_id: int
    medication_id: int
    slot_date: date
    slot_time: clock_time


def parse(output: str) -> list[Reported]:
    """Complete lines only: a line cut off by the kill was never fully reported."""
    found = []
    for line in output.splitlines(keepends=True):
        parts = line.split()
        if not line.endswith("\n") or len(parts) != 4:
            continue
        found.append(
            Reported(
                int(parts[0]),
                int(parts[1]),
                date.fromisoformat(parts[2]),
                clock_time.fromisoformat(parts[3]),
            )
        )
    return found


def run_and_kill(data_dir: Path, rng: random.Random, before_ready: bool) -> tuple[str, bool]:
    """Start the writer, SIGKILL it at a random moment; (its stdout, whether it said done)."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), HOME_TZ, FIRST_DAY.isoformat()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    assert writer.stdout is not None
    first = ""
    if before_ready:
        # Somewhere in start-up: imports, opening the file, reading what is logged.
        time.sleep(rng.uniform(0.05, 0.5))
    else:
        first = writer.stdout.readline()
        assert first == "ready\n", f"the writer failed to start: {writer.communicate()[1]}"
        time.sleep(rng.uniform(0.0, 0.25))
    writer.send_signal(signal.SIGKILL)
    rest, errors = writer.communicate(timeout=30)
    finished = writer.returncode == 0
    assert finished or writer.returncode == -signal.SIGKILL, errors
    return first + rest, finished


def test_killed_writers_lose_no_reported_dose(data_dir: Path, clock: FakeClock) -> None:
    setup = open_store(data_dir, clock, lambda: HOME_TZ)
    setup.add_person_with_medicine("Sam", HOME_TZ, BACLOFEN, LABEL_START, FIRST_DAY)
    setup.close()
    seed = int(os.environ.get("CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    reported: list[Reported] = []
    started = time.monotonic()

    for kill in range(KILLS):
        output, finished = run_and_kill(data_dir, rng, before_ready=kill % 5 == 4)
        assert not finished, "the writer ran out of doses; give it more days"
        reported += parse(output)
        # Reopening after the crash works, the file is whole, and nothing reported is missing.
        store = open_store(data_dir, clock, lambda: HOME_TZ)
        try:
            assert store.integrity_check() == "ok", f"seed {seed}, kill {kill}"
            rows = store.conn.execute(
                "SELECT id, medication_id, slot_date, slot_time FROM dose_events"
                " WHERE voided_utc IS NULL AND status = ?",
                (DoseStatus.TAKEN.value,),
            )
            saved = {
                r[0]: Reported(r[0], r[1], date.fromisoformat(r[2]), clock_time.fromisoformat(r[3]))
                for r in rows
            }
            missing = [item for item in reported if saved.get(item.event_id) != item]
            assert not missing, f"seed {seed}, kill {kill}: lost {missing[:5]}"
        finally:
            store.close()

    elapsed = time.monotonic() - started
    print(f"{KILLS} kills, {len(reported)} doses reported saved, {elapsed:.1f} s, seed {seed}")
    # The kills landed amid writing: many doses were saved, across many runs.
    assert len(reported) >= KILLS * 5
    assert len({r.event_id for r in reported}) == len(reported)
