"""A click that cannot be saved, or any fault, is said in a short dialog and the app goes on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.services.logbook import LOG_FILE_NAME, close_log, open_log
from baclofen_companion.store import Store
from baclofen_companion.ui.files.restore_dialog import BackupTimer
from baclofen_companion.ui.shell.errors import BackupFailureNote, install_excepthook
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import DAY, FakeClock
from tests.storage_faults import held_by_another_program
from tests.ui.helpers import button, label

LEFT = Qt.MouseButton.LeftButton


@contextmanager
def app_wide_errors(data_dir: Path) -> Iterator[Path]:
    """The app's log and excepthook, as the composition root installs them; put back after.

    Installed inside the test itself: pytest-qt sets its own hook around each test body."""
    open_log(data_dir)
    restore = install_excepthook(data_dir / LOG_FILE_NAME)
    try:
        yield data_dir / LOG_FILE_NAME
    finally:
        restore()
        close_log()


def shown_problems() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.accessibleName() == "Problem"
    ]


def the_problem(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: len(shown_problems()) == 1)
    return shown_problems()[0]


def test_taken_while_another_program_holds_the_file_says_so_and_saves_later(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    sam: tuple[Profile, Medication],
) -> None:
    profile, _ = sam
    clock.set_local(DAY, time(8, 5))
    window.today.reload()
    with app_wide_errors(data_dir) as log_file:
        with held_by_another_program(store):
            qtbot.mouseClick(button(window.today, "Taken: Baclofen at 08:00"), LEFT)
            box = the_problem(qtbot)
            assert box.text() == (
                "Baclofen Companion could not save: another program is using the data file."
            )
            assert box.informativeText() == (
                "Nothing was saved. Close the other program that has the data file open "
                "(or wait a moment), then try again."
            )
            assert store.events_between(profile.id, DAY, DAY) == []
            qtbot.mouseClick(button(box, "OK"), LEFT)
            qtbot.waitUntil(lambda: not shown_problems())
        assert label(window.today, "Status of Baclofen at 08:00").text() == "● Due now"
        logged = log_file.read_text(encoding="utf-8")
        assert "Traceback" in logged and "StorageUnavailableError" in logged

        # The other program let go: the same click now saves the dose.
        qtbot.mouseClick(button(window.today, "Taken: Baclofen at 08:00"), LEFT)
        [event] = store.events_between(profile.id, DAY, DAY)
        assert event.status is DoseStatus.TAKEN
        assert label(window.today, "Status of Baclofen at 08:00").text() == "✔ Taken at 08:05"
        assert not shown_problems()


def test_any_other_fault_is_logged_and_said_without_ending_the_app(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    faulty = QPushButton("Do something", window)
    faulty.clicked.connect(lambda: 1 / 0)
    faulty.show()
    with app_wide_errors(data_dir) as log_file:
        qtbot.mouseClick(faulty, LEFT)
        box = the_problem(qtbot)
        assert box.text() == "Something went wrong in Baclofen Companion."
        assert box.informativeText() == (
            f"What you were doing may not have been saved. The details were written to {log_file}."
        )
        # A second fault while the first is still on screen is logged, not stacked.
        qtbot.mouseClick(faulty, LEFT)
        assert len(shown_problems()) == 1
        qtbot.mouseClick(button(box, "OK"), LEFT)
        qtbot.waitUntil(lambda: not shown_problems())
        assert log_file.read_text(encoding="utf-8").count("ZeroDivisionError") >= 2
    assert window.isVisible()


def shown_backup_notes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.accessibleName() == "Backup failed"
    ]


def test_a_failed_daily_backup_is_said_once_without_blocking_anything(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock, data_dir: Path
) -> None:
    (data_dir / "backups").write_text("a file where the backups folder should be")
    backups = BackupTimer(store, data_dir, clock, window)
    BackupFailureNote(window).watch(backups)
    assert backups.check() is not None  # the backup is made on the task runner
    qtbot.waitUntil(lambda: len(shown_backup_notes()) == 1)
    [note] = shown_backup_notes()
    assert note.text() == "Today's backup of your data could not be made."
    assert note.informativeText().startswith(
        f"A backup could not be written to {data_dir / 'backups'}: "
    )
    assert note.informativeText().endswith(
        "Your data itself is as it was, and reminders go on. "
        "The app tries the backup again within the hour."
    )
    assert QApplication.activeModalWidget() is None  # the window, its reminders, go on
    # The hourly retry fails again: already said, so not said again.
    qtbot.mouseClick(button(note, "OK"), LEFT)
    qtbot.waitUntil(lambda: not shown_backup_notes())
    with qtbot.waitSignal(backups.failed, timeout=5000):
        assert backups.check() is not None
    assert not shown_backup_notes()
