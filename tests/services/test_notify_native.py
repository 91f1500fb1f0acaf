"""The native path (Windows toasts, macOS's Notification Centre) through desktop-notifier.

No Windows or Mac is here, so the library's own backends stand in: its real D-Bus backend
against the test notification server, and its real WinRT toast backend over a fake Windows
Runtime (tests/fake_winrt.py). Both go through the same window, scheduler and chain as the app.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator
from datetime import time
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.services import notifier, notify_native
from baclofen_companion.services.notifier import Note, PlainPath, TrayPath, platform_paths
from baclofen_companion.services.notify_native import NativePath
from baclofen_companion.store import Store
from tests import fake_winrt
from tests.conftest import DAY, FakeClock
from tests.notification_server import NotificationServer
from tests.services.desk import Desk, desk_with
from tests.ui.helpers import button, card_text

pytest.importorskip("desktop_notifier", reason="desktop-notifier is in the test extras")

LEFT = Qt.MouseButton.LeftButton
TAKEN_BUTTON = "Taken (reminder): Sam Baclofen at 08:00"


class Recording(PlainPath):
    """A path after the native one, standing in for the tray: it shows whatever reaches it."""

    name = "next"

    def __init__(self) -> None:
        self.shown: list[Note] = []

    def available(self) -> bool:
        return True

    def send(self, note: Note) -> None:
        self.shown.append(note)


def native(name: str) -> NativePath:
    """The path as Windows or macOS builds it, its platform check passed."""
    return NativePath(gate=lambda: "", name=name)


# ---- the library's D-Bus backend, against the test notification server ----


@pytest.fixture
def dbus_desk(
    monkeypatch: pytest.MonkeyPatch,
    server: NotificationServer,
    bus_address: str,
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    sam: tuple[Profile, Medication],
) -> Iterator[Desk]:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus_address)
    with desk_with([native("toast"), TrayPath(lambda: None)], store, clock, data_dir, sam[0]) as d:
        yield d


def test_through_the_library_a_dose_arrives_with_its_buttons_and_expiry(
    server: NotificationServer, dbus_desk: Desk
) -> None:
    dbus_desk.at(8, 0)
    [note] = server.shown
    assert note.summary == "Sam — Baclofen 5 mg"
    assert {k: v for k, v in note.actions.items() if k != "default"} == {
        "take": "Taken",
        "snooze": "Snooze",
        "skip": "Skip",
    }
    assert note.expire_ms == notifier.DOSE_POPUP_S * 1000
    assert note.hints["urgency"] == ("y", 1)
    assert Path(unquote(urlparse(note.icon).path)).is_file()
    assert "reminder delivered by toast (+ window banner)" in dbus_desk.log.read_text()


def test_taken_on_the_library_popup_records_the_dose_in_the_window(
    qtbot: QtBot,
    server: NotificationServer,
    dbus_desk: Desk,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    dbus_desk.at(8, 0)
    [note] = server.shown
    clock.set_local(DAY, time(8, 4))
    server.press(note.id, "take")
    qtbot.waitUntil(lambda: bool(store.events_between(sam[0].id, DAY, DAY)))
    [event] = store.events_between(sam[0].id, DAY, DAY)
    assert (event.slot_time, event.status) == (time(8), DoseStatus.TAKEN)
    qtbot.waitUntil(
        lambda: "✔ Taken at 08:04" in card_text(dbus_desk.window.today, "Baclofen at 08:00")
    )
    for hh, mm in ((8, 14), (8, 24)):
        dbus_desk.at(hh, mm)
    assert len(server.shown) == 1, "nothing more for the 08:00 slot"
    assert "could not withdraw" not in dbus_desk.log.read_text()


def test_taken_in_the_window_takes_the_library_popup_back(
    qtbot: QtBot, server: NotificationServer, dbus_desk: Desk
) -> None:
    dbus_desk.at(8, 0)
    [note] = server.shown
    qtbot.mouseClick(button(dbus_desk.window, TAKEN_BUTTON), LEFT)
    qtbot.waitUntil(lambda: server.closed == [note.id])
    assert server.open_ids == set()


def test_a_repeat_through_the_library_replaces_its_popup(
    server: NotificationServer, dbus_desk: Desk
) -> None:
    dbus_desk.at(8, 0)
    dbus_desk.at(8, 10)
    first, repeat = server.shown
    assert server.closed == [first.id]
    assert server.open_ids == {repeat.id}


def test_after_a_popup_expires_the_repeat_is_a_new_popup_from_the_same_path(
    qtbot: QtBot, server: NotificationServer, dbus_desk: Desk
) -> None:
    dbus_desk.at(8, 0)
    [first] = server.shown
    [path, _] = dbus_desk.chain.paths
    assert isinstance(path, NativePath)
    server.expire(first.id)
    qtbot.waitUntil(lambda: path.showing() == set())
    dbus_desk.at(8, 10)
    assert [n.id for n in server.shown] == [first.id, first.id + 1]
    assert server.open_ids == {first.id + 1}
    log = dbus_desk.log.read_text()
    assert log.count("reminder delivered by toast") == 2
    assert "failed" not in log and "could not" not in log


def test_taken_in_the_window_after_the_popup_expired_records_it_quietly(
    qtbot: QtBot,
    server: NotificationServer,
    dbus_desk: Desk,
    store: Store,
    sam: tuple[Profile, Medication],
) -> None:
    dbus_desk.at(8, 0)
    [first] = server.shown
    [path, _] = dbus_desk.chain.paths
    assert isinstance(path, NativePath)
    server.expire(first.id)
    qtbot.waitUntil(lambda: path.showing() == set())
    qtbot.mouseClick(button(dbus_desk.window, TAKEN_BUTTON), LEFT)
    [event] = store.events_between(sam[0].id, DAY, DAY)
    assert event.status is DoseStatus.TAKEN
    assert server.closed == []  # nothing left to close
    assert "could not withdraw" not in dbus_desk.log.read_text()


def test_a_refused_popup_goes_to_the_next_path_and_the_log_says_why(
    server: NotificationServer, dbus_desk: Desk
) -> None:
    server.fail_notify = True
    dbus_desk.at(8, 0)
    assert server.shown == []
    assert dbus_desk.window.banner.isVisible()
    log = dbus_desk.log.read_text()
    assert "reminder path toast failed" in log
    assert "refused for the test" in log
    assert "reminder delivered by window only" in log


# ---- the library's WinRT toast backend, over a fake Windows Runtime ----


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> fake_winrt.Windows:
    return fake_winrt.install(monkeypatch)


@pytest.fixture
def next_path() -> Recording:
    return Recording()


@pytest.fixture
def win_desk(
    windows: fake_winrt.Windows,
    next_path: Recording,
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    sam: tuple[Profile, Medication],
) -> Iterator[Desk]:
    with desk_with([native("toast"), next_path], store, clock, data_dir, sam[0]) as d:
        yield d


def test_a_toast_has_taken_snooze_skip_and_the_app_icon(
    windows: fake_winrt.Windows, win_desk: Desk, next_path: Recording
) -> None:
    win_desk.at(8, 0)
    [toast] = windows.shown
    assert toast.title == "Sam — Baclofen 5 mg"
    assert "5 mg" in toast.body
    assert list(toast.buttons) == ["Taken", "Snooze", "Skip"]
    assert toast.image.startswith("file://") and toast.image.endswith(".png")
    assert Path(unquote(urlparse(toast.image).path)).is_file()
    assert toast.priority is fake_winrt.ToastNotificationPriority.DEFAULT
    assert next_path.shown == []


def test_taken_on_a_toast_records_the_dose_on_the_main_thread(
    qtbot: QtBot,
    windows: fake_winrt.Windows,
    win_desk: Desk,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    answered_on: list[int] = []
    win_desk.scheduler.state_changed.connect(lambda: answered_on.append(threading.get_ident()))
    win_desk.at(8, 0)
    [toast] = windows.shown
    clock.set_local(DAY, time(8, 2))
    windows.press(toast, "Taken")
    qtbot.waitUntil(lambda: bool(store.events_between(sam[0].id, DAY, DAY)))
    [event] = store.events_between(sam[0].id, DAY, DAY)
    assert (event.slot_time, event.status) == (time(8), DoseStatus.TAKEN)
    assert answered_on and set(answered_on) == {threading.main_thread().ident}
    assert "✔ Taken at 08:02" in card_text(win_desk.window.today, "Baclofen at 08:00")
    for hh, mm in ((8, 12), (8, 22), (9, 2)):
        win_desk.at(hh, mm)
    assert len(windows.shown) == 1, "nothing more for the 08:00 slot"


def test_snooze_on_a_toast_holds_the_reminder_until_the_snooze_ends(
    qtbot: QtBot, windows: fake_winrt.Windows, win_desk: Desk
) -> None:
    win_desk.at(8, 0)
    windows.press(windows.shown[0], "Snooze")
    qtbot.waitUntil(lambda: not win_desk.window.banner.isVisible())
    win_desk.at(8, 5)
    assert len(windows.shown) == 1
    win_desk.at(8, 11)
    assert len(windows.shown) == 2


def test_a_repeat_replaces_the_toast_and_the_last_one_is_urgent(
    windows: fake_winrt.Windows, win_desk: Desk
) -> None:
    for minute in range(0, 61, 10):
        win_desk.at(8 + minute // 60, minute % 60)
    assert len(windows.shown) == 7
    assert list(windows.history) == [windows.shown[-1].tag], "one toast in the action centre"
    assert windows.shown[-1].priority is fake_winrt.ToastNotificationPriority.HIGH
    assert windows.shown[0].priority is fake_winrt.ToastNotificationPriority.DEFAULT


def test_a_click_on_the_toast_opens_the_window_and_records_nothing(
    qtbot: QtBot,
    windows: fake_winrt.Windows,
    win_desk: Desk,
    store: Store,
    sam: tuple[Profile, Medication],
) -> None:
    win_desk.at(8, 0)
    win_desk.window.hide()
    windows.click(windows.shown[0])
    qtbot.waitUntil(win_desk.window.isVisible)
    assert store.events_between(sam[0].id, DAY, DAY) == []
    assert win_desk.window.banner.isVisible(), "the dose is still due, answered in the window"


def test_taken_in_the_window_takes_the_toast_back(
    qtbot: QtBot, windows: fake_winrt.Windows, win_desk: Desk
) -> None:
    win_desk.at(8, 0)
    assert len(windows.history) == 1
    qtbot.mouseClick(button(win_desk.window, TAKEN_BUTTON), LEFT)
    assert windows.history == {}
    assert win_desk.chain.popups == {}


def test_toasts_turned_off_in_windows_settings_go_to_the_next_path(
    windows: fake_winrt.Windows, win_desk: Desk, next_path: Recording
) -> None:
    windows.enabled = False
    win_desk.at(8, 0)
    assert windows.shown == []
    assert [n.title for n in next_path.shown] == ["Sam — Baclofen 5 mg"]
    log = win_desk.log.read_text()
    assert "toast unavailable: notifications are turned off for the app" in log
    assert "reminder delivered by next" in log


def test_a_toast_windows_refuses_goes_to_the_next_path(
    windows: fake_winrt.Windows, win_desk: Desk, next_path: Recording
) -> None:
    windows.refuse_show = True
    win_desk.at(8, 0)
    assert [n.title for n in next_path.shown] == ["Sam — Baclofen 5 mg"]
    log = win_desk.log.read_text()
    assert "reminder path toast failed" in log
    assert "The notification platform is unavailable" in log


def test_a_toast_that_fails_after_showing_is_sent_again_by_the_next_path(
    qtbot: QtBot, windows: fake_winrt.Windows, win_desk: Desk, next_path: Recording
) -> None:
    win_desk.at(8, 0)
    [toast] = windows.shown
    assert next_path.shown == []
    windows.fail(toast, -2143420155)
    qtbot.waitUntil(lambda: len(next_path.shown) == 1)
    assert next_path.shown[0].title == "Sam — Baclofen 5 mg"
    assert "after sending" in win_desk.log.read_text()
    assert "-2143420155" in win_desk.log.read_text()
    win_desk.at(8, 10)
    assert len(windows.shown) == 2, "the repeat tries a toast again, first in the chain"
    assert len(next_path.shown) == 1


def test_quitting_takes_every_toast_back_and_ends_the_loop_thread(
    windows: fake_winrt.Windows,
    next_path: Recording,
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    sam: tuple[Profile, Medication],
) -> None:
    with desk_with([native("toast"), next_path], store, clock, data_dir, sam[0]) as desk:
        desk.at(8, 0)
        assert len(windows.history) == 1
        assert any(t.name == "notifications" for t in threading.enumerate())
    assert windows.history == {}
    assert not any(t.name == "notifications" for t in threading.enumerate())


# ---- which platforms get the path ----


def test_windows_and_macos_put_the_native_path_first(monkeypatch: pytest.MonkeyPatch) -> None:
    for platform_name, first in (("win32", "toast"), ("darwin", "notification-centre")):
        monkeypatch.setattr(sys, "platform", platform_name)
        names = [p.name for p in platform_paths(lambda: None)]
        assert names == [first, "tray", "plyer"]


def test_macos_uses_the_notification_centre_only_from_a_signed_bundle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    support = types.ModuleType("desktop_notifier.backends.macos_support")
    monkeypatch.setitem(sys.modules, support.__name__, support)
    for bundle, signed, expected in (
        (False, False, "the Notification Centre needs the app bundle (started from Python)"),
        (True, False, "the app bundle is not signed"),
        (True, True, ""),
    ):
        support.__dict__.update(is_bundle=lambda b=bundle: b, is_signed_bundle=lambda s=signed: s)
        assert notify_native.platform_gate() == expected


def test_an_older_windows_has_no_toasts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(notify_native.platform, "version", lambda: "6.1.7601")
    assert "has no toast notifications" in notify_native.platform_gate()
    monkeypatch.setattr(notify_native.platform, "version", lambda: "10.0.19045")
    assert notify_native.platform_gate() == ""


def test_without_the_platform_the_path_says_why_and_is_skipped(data_dir: Path) -> None:
    path = NativePath(gate=lambda: "this path is for Windows and macOS", name="toast")
    assert path.available() is False
    with pytest.raises(RuntimeError, match="for Windows and macOS"):
        path.send(Note("k", "t", "b"))
