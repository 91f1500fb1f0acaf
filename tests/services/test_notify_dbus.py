"""The D-Bus notification path against a test notification server on a private session bus."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time, timedelta
from pathlib import Path

import pytest
from jeepney.io.blocking import open_dbus_connection
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from baclofen_companion import APP_ID, APP_NAME
from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.services.notifier import NotifierChain, TrayPath, follow
from baclofen_companion.services.notify_dbus import FreedesktopPath, JeepneyBus, PortalPath
from baclofen_companion.services.scheduler import ReminderScheduler
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import BACLOFEN, DAY, HOME_TZ, LABEL_START, FakeClock
from tests.notification_server import FakePortal, NotificationServer
from tests.services.desk import Desk, desk_with, take_yesterday
from tests.ui.helpers import button, card_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk(
    bus_address: str,
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    sam: tuple[Profile, Medication],
) -> Iterator[Desk]:
    bus = JeepneyBus(lambda: open_dbus_connection(bus=bus_address))
    paths = [FreedesktopPath(bus), TrayPath(lambda: None)]
    with desk_with(paths, store, clock, data_dir, sam[0]) as made:
        yield made
    bus.close()


def test_a_due_dose_arrives_with_its_buttons_an_icon_and_an_expiry(
    server: NotificationServer, desk: Desk, clock: FakeClock
) -> None:
    desk.at(8, 0)
    [note] = server.shown
    assert note.signature == "susssasa{sv}i"
    assert note.summary == "Sam — Baclofen 5 mg" and note.app_name == APP_NAME
    assert list(note.actions) == ["take", "snooze", "skip", "default"]
    assert list(note.actions.values())[:3] == ["Taken", "Snooze", "Skip"]
    assert note.icon.endswith(".png") and Path(note.icon).is_file()
    assert 0 < note.expire_ms <= 15 * 60 * 1000
    assert note.hints["desktop-entry"] == ("s", APP_ID)
    assert note.hints["urgency"] == ("y", 1)
    assert "delivered by freedesktop" in desk.log.read_text()


def test_taken_on_the_popup_records_the_dose_and_nothing_more_comes(
    qtbot: QtBot,
    server: NotificationServer,
    desk: Desk,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    profile, _ = sam
    desk.at(8, 0)
    [note] = server.shown
    clock.set_local(DAY, time(8, 3))
    server.press(note.id, "take")
    qtbot.waitUntil(lambda: bool(store.events_between(profile.id, DAY, DAY)))
    [event] = store.events_between(profile.id, DAY, DAY)
    assert (event.slot_time, event.status) == (time(8), DoseStatus.TAKEN)
    assert "✔ Taken at 08:03" in card_text(desk.window.today, "Baclofen at 08:00")
    assert not desk.window.banner.isVisible()
    for hh, mm in ((8, 13), (8, 23), (9, 3)):
        desk.at(hh, mm)
    assert len(server.shown) == 1, "nothing more for the 08:00 slot"


def test_taken_in_the_window_closes_the_popup(
    qtbot: QtBot, server: NotificationServer, desk: Desk, clock: FakeClock
) -> None:
    desk.at(8, 0)
    [note] = server.shown
    qtbot.mouseClick(button(desk.window, "Taken (reminder): Sam Baclofen at 08:00"), LEFT)
    assert server.closed == [note.id]
    assert desk.chain.popups == {}


def test_a_repeat_replaces_its_popup(
    server: NotificationServer, desk: Desk, clock: FakeClock
) -> None:
    desk.at(8, 0)
    desk.at(8, 10)
    first, repeat = server.shown
    assert repeat.replaces_id == first.id and repeat.id == first.id
    assert server.open_ids == {first.id}


def test_snooze_on_the_popup_withdraws_it_until_the_snooze_ends(
    qtbot: QtBot, server: NotificationServer, desk: Desk, clock: FakeClock
) -> None:
    desk.at(8, 0)
    [note] = server.shown
    server.press(note.id, "snooze")
    qtbot.waitUntil(lambda: not desk.window.banner.isVisible())
    desk.at(8, 5)
    assert len(server.shown) == 1
    desk.at(8, 11)
    assert len(server.shown) == 2


def test_an_error_reply_hands_the_reminder_on_and_the_log_says_so(
    server: NotificationServer, desk: Desk, clock: FakeClock
) -> None:
    server.fail_notify = True
    desk.at(8, 0)
    assert server.shown == []
    assert desk.window.banner.isVisible()
    log = desk.log.read_text()
    assert "reminder path freedesktop failed" in log
    assert "org.freedesktop.Notifications.Error.Refused" in log
    assert "reminder path tray unavailable" in log
    assert "reminder delivered by window only (+ window banner)" in log


def test_no_server_on_the_bus_means_the_next_path(desk: Desk, clock: FakeClock) -> None:
    desk.at(8, 0)
    assert desk.window.banner.isVisible()
    log = desk.log.read_text()
    assert "notification server unreachable" in log
    assert "reminder delivered by window only" in log


def test_two_doses_at_once_offer_snooze_only_which_snoozes_both(
    qtbot: QtBot, server: NotificationServer, desk: Desk, store: Store, clock: FakeClock
) -> None:
    alex, _ = store.add_person_with_medicine(
        "Alex", HOME_TZ, BACLOFEN, LABEL_START, DAY - timedelta(days=7)
    )
    take_yesterday(store, alex)
    desk.at(8, 0)
    [note] = server.shown
    assert note.summary == "Alex, Sam — 2 doses due"
    assert list(note.actions) == ["snooze", "default"]
    server.press(note.id, "snooze")
    qtbot.waitUntil(lambda: not desk.window.banner.isVisible())
    assert desk.scheduler.due_now() == []


def test_inside_a_flatpak_the_portal_shows_buttons_and_takes_the_popup_back(
    qtbot: QtBot,
    bus_address: str,
    store: Store,
    clock: FakeClock,
    data_dir: Path,
) -> None:
    # plyer's portal call broke on an apostrophe: here it is just a letter.
    profile, _ = store.add_person_with_medicine(
        "Sam's kid", HOME_TZ, BACLOFEN, LABEL_START, DAY - timedelta(days=7)
    )
    take_yesterday(store, profile)
    portal = FakePortal(bus_address)
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ)
    window = MainWindow(store, clock, data_dir, scheduler)
    bus = JeepneyBus(lambda: open_dbus_connection(bus=bus_address))
    chain = NotifierChain([PortalPath(bus), TrayPath(lambda: None)])
    follow(chain, scheduler, window.show_from_tray)
    try:
        clock.set_local(DAY, time(8, 0))
        scheduler.poll()
        [(key, shown)] = portal.added
        assert shown["title"] == ("s", "Sam's kid — Baclofen 5 mg")
        labels = [b["label"][1] for b in shown["buttons"][1]]
        assert labels == ["Taken", "Snooze", "Skip"]
        portal.press(key, "take")
        qtbot.waitUntil(lambda: bool(store.events_between(profile.id, DAY, DAY)))
        [event] = store.events_between(profile.id, DAY, DAY)
        assert event.status is DoseStatus.TAKEN
        clock.set_local(DAY, time(8, 20))
        scheduler.poll()
        assert len(portal.added) == 1
    finally:
        scheduler.stop()
        bus.close()
        portal.stop()
        window.quitting = True
        window.close()
        window.deleteLater()
