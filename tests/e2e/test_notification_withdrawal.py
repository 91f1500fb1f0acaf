"""With a real dunst: the popup carries its buttons and goes away when the window answers."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from datetime import time, timedelta
from pathlib import Path

import pytest
from jeepney.io.blocking import open_dbus_connection
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.services.notifier import NotifierChain, TrayPath, follow
from baclofen_companion.services.notify_dbus import FreedesktopPath, JeepneyBus
from baclofen_companion.services.scheduler import ReminderScheduler
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import DAY, HOME_TZ, FakeClock
from tests.ui.helpers import button

pytestmark = pytest.mark.e2e


def dunstctl(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        ["dunstctl", *args], env=env, capture_output=True, text=True, check=True, timeout=10
    ).stdout


@pytest.fixture
def window(
    dunst: dict[str, str],
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    sam: tuple[Profile, Medication],
) -> Iterator[MainWindow]:
    profile, _ = sam
    meds = store.medications(profile.id)
    versions = store.schedule_versions(m.id for m in meds)
    for dose in planned_doses(DAY - timedelta(days=1), profile.id, HOME_TZ, meds, versions):
        store.record_dose(dose, DoseStatus.TAKEN, dose.due)  # no withdrawal alert today
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ)
    shown = MainWindow(store, clock, data_dir, scheduler)
    address = dunst["DBUS_SESSION_BUS_ADDRESS"]
    bus = JeepneyBus(lambda: open_dbus_connection(bus=address))
    chain = NotifierChain([FreedesktopPath(bus), TrayPath(lambda: None)])
    follow(chain, scheduler, shown.show_from_tray)
    shown.show()
    yield shown
    scheduler.stop()
    bus.close()
    shown.quitting = True
    shown.close()
    shown.deleteLater()


def test_taken_in_the_window_takes_the_popup_off_dunst(
    qtbot: QtBot, dunst: dict[str, str], window: MainWindow, clock: FakeClock
) -> None:
    scheduler = window.scheduler
    assert scheduler is not None
    clock.set_local(DAY, time(8, 0))
    scheduler.poll()
    qtbot.waitUntil(lambda: int(dunstctl(dunst, "count", "displayed") or 0) == 1)
    qtbot.mouseClick(
        button(window, "Taken (reminder): Sam Baclofen at 08:00"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: int(dunstctl(dunst, "count", "displayed") or 0) == 0)
    [popup] = json.loads(dunstctl(dunst, "history"))["data"][0]
    assert popup["summary"]["data"] == "Sam — Baclofen 5 mg"
    assert popup["appname"]["data"] == "Baclofen Companion"
    assert popup["icon_path"]["data"].endswith(".png")
    assert popup["timeout"]["data"] > 0
    assert popup["category"]["data"] == "reminder"
