"""Send a test reminder: it goes through the real chain of notification paths and says what it
found; right after the first set-up the app says when the first reminder comes (issue "The
first week", onboarding)."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseSlot
from baclofen_companion.services.notifier import Note, NotifierChain, PlainPath
from baclofen_companion.services.scheduler import ReminderScheduler
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from baclofen_companion.ui.shell.trial import first_reminder_text
from tests.conftest import BACLOFEN, DAY, HOME_TZ, FakeClock
from tests.ui.helpers import when_dialog_opens


class Recording(PlainPath):
    def __init__(self, name: str, works: bool, here: bool = True) -> None:
        self.name = name
        self.works = works
        self.here = here
        self.sent: list[Note] = []

    def available(self) -> bool:
        return self.here

    def send(self, note: Note) -> None:
        if not self.works:
            raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")
        self.sent.append(note)


def window_with(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path, chain: NotifierChain
) -> MainWindow:
    window = MainWindow(store, clock, data_dir)
    qtbot.addWidget(window)
    window.set_reminder_trial(lambda: chain.trial("Test", "Nothing was recorded.", clock.now()))
    return window


def run_trial(qtbot: QtBot, window: MainWindow) -> str:
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    when_dialog_opens(qtbot, read, QMessageBox)
    window.trial_action.trigger()
    return seen[0]


def test_a_test_reminder_goes_through_the_first_path_that_works(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path
) -> None:
    broken, working = Recording("freedesktop", False), Recording("notify-send", True)
    chain = NotifierChain([broken, working, Recording("tray", True)])
    window = window_with(qtbot, store, clock, data_dir, chain)
    text = run_trial(qtbot, window)
    assert text.startswith("Notifications work: a test reminder was shown through notify-send.")
    assert [n.title for n in working.sent] == ["Test"]
    assert "no tray icon" not in text.lower()


def test_with_no_notification_service_it_says_what_to_install(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path
) -> None:
    chain = NotifierChain([Recording("freedesktop", False), Recording("tray", True, here=False)])
    window = window_with(qtbot, store, clock, data_dir, chain)
    text = run_trial(qtbot, window)
    assert text.startswith("No notification could be shown on this computer.")
    assert "install one, for example dunst" in text
    assert "AppIndicator" in text  # no tray either


def test_set_up_at_21_59_the_first_reminder_is_tomorrow_morning(
    store: Store, clock: FakeClock
) -> None:
    clock.set_local(DAY, time(21, 59))
    slots = tuple(DoseSlot(time(h), 5.0) for h in (8, 14, 20))
    store.add_person_with_medicine("Sam", HOME_TZ, BACLOFEN, slots, DAY)
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ)
    scheduler.poll()
    scheduler.stop()
    text = first_reminder_text(scheduler.next_upcoming(), clock.now())
    assert text == "The first reminder comes tomorrow 08:00: Sam — Baclofen 5 mg."
