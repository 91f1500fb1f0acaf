"""Waking from sleep reaches the scheduler at once, through logind's signal on a real bus."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time, timedelta

import pytest
from jeepney import DBusAddress, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy, open_dbus_connection
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.services.scheduler import ReminderBatch, ReminderScheduler
from baclofen_companion.services.sleep_watch import LOGIN1, LOGIN1_MANAGER, LOGIN1_PATH, SleepWatch
from baclofen_companion.store import Store
from tests.conftest import DAY, HOME_TZ, FakeClock, private_dbus


@pytest.fixture
def system_bus() -> Iterator[str]:
    """A private bus standing in for the system bus (the test cannot own logind's name)."""
    with private_dbus() as address:
        yield address


def test_waking_from_sleep_reminds_within_moments(
    qtbot: QtBot,
    system_bus: str,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    bus = QDBusConnection.connectToBus(system_bus, "sleep-watch-test")
    logind = open_dbus_connection(bus=system_bus)
    Proxy(message_bus, logind).RequestName(LOGIN1, 4)
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ, jump_hold=timedelta(0))
    reminded: list[ReminderBatch] = []
    scheduler.reminded.connect(reminded.append)
    try:
        watch = SleepWatch(bus)
        watch.woke.connect(scheduler.wake_now)
        assert watch.listening
        clock.set_local(DAY, time(7, 0))
        scheduler.poll()  # the last wake before the lid closed; the next is a minute away
        clock.set_local(DAY, time(8, 30))  # the lid opens at 08:30
        emitter = DBusAddress(LOGIN1_PATH, interface=LOGIN1_MANAGER)
        logind.send(new_signal(emitter, "PrepareForSleep", "b", (False,)))
        qtbot.waitUntil(lambda: bool(reminded), timeout=5000)
        assert [b.doses[0].dose.slot_time for b in reminded] == [time(8)]
    finally:
        scheduler.stop()
        logind.close()
        QDBusConnection.disconnectFromBus("sleep-watch-test")


def test_without_a_system_bus_nothing_is_listened_to(qapp: object) -> None:
    bus = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "no-bus-test")
    try:
        assert SleepWatch(bus).listening is False
    finally:
        QDBusConnection.disconnectFromBus("no-bus-test")
