from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest

from baclofen_companion.core.model import DoseForm, DoseSlot, Medication, Profile
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.services.scheduler import ReminderBatch, ReminderScheduler
from baclofen_companion.store import Store
from tests.conftest import FakeClock, private_dbus
from tests.notification_server import NotificationServer


class Monotonic:
    """A monotonic clock that moves with the fake wall clock unless a test makes them differ."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


class Harness:
    """Drives a scheduler as its QTimer would, but by moving the fake clock: no sleeping."""

    def __init__(self, store: Store, clock: FakeClock, zone: list[str]) -> None:
        self.store = store
        self.clock = clock
        self.zone = zone
        self.monotonic = Monotonic()
        self.scheduler = ReminderScheduler(store, clock, lambda: self.zone[0], self.monotonic)
        self.batches: list[ReminderBatch] = []
        self.delays: list[int] = []
        self.scheduler.reminded.connect(self.batches.append)

    def poll(self) -> int:
        delay = self.scheduler.poll()
        self.delays.append(delay)
        return delay

    def run_until(self, end: datetime) -> None:
        """Let the armed timer fire again and again until the wall clock reaches ``end``."""
        delay = self.poll()
        while self.clock.now() + timedelta(milliseconds=delay) <= end:
            self.clock.advance(timedelta(milliseconds=delay))
            self.monotonic.value += delay / 1000
            delay = self.poll()
        self.scheduler.stop()

    def jump(self, delta: timedelta, elapsed: float = 60.0) -> None:
        """The wall clock moves by ``delta`` while only ``elapsed`` seconds pass (sleep, reset)."""
        self.clock.advance(delta)
        self.monotonic.value += elapsed

    def reminded_slots(self) -> list[tuple[date, time, str]]:
        return [
            (item.dose.slot_date, item.dose.slot_time, item.dose.medication.name)
            for batch in self.batches
            for item in batch.doses
        ]


@pytest.fixture(autouse=True)
def _qt_app(qapp: object) -> None:
    """The scheduler's QTimer needs a Qt application, even though no test lets it run."""


@pytest.fixture
def harness(store: Store, clock: FakeClock) -> Iterator[Harness]:
    h = Harness(store, clock, ["Europe/London"])
    yield h
    h.scheduler.stop()


def add_person(
    store: Store, name: str, tz: str, times: list[time], since: date, amount: float = 5.0
) -> tuple[Profile, Medication]:
    draft = MedicationDraft("Baclofen", DoseForm.TABLET, 10.0, True, "")
    slots = tuple(DoseSlot(t, amount) for t in times)
    return store.add_person_with_medicine(name, tz, draft, slots, since)


@pytest.fixture
def bus_address() -> Iterator[str]:
    """A private session bus for the test."""
    with private_dbus() as address:
        yield address


@pytest.fixture
def server(bus_address: str) -> Iterator[NotificationServer]:
    """The test notification server, on that bus."""
    running = NotificationServer(bus_address)
    yield running
    running.stop()
