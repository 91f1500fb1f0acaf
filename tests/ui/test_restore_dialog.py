"""File → Restore from backup…: the list a person sees, the question, and the data afterwards."""

from __future__ import annotations

import threading
from datetime import time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseSlot, Medication, Profile
from baclofen_companion.store import DATA_FILE_NAME, DoseLogFilter, Store, migrations, open_store
from baclofen_companion.store import backups as bk
from baclofen_companion.ui.files.restore_dialog import BackupTimer, RestoreDialog
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import BACLOFEN, DAY, HOME_TZ, FakeClock
from tests.store.test_backups import live_doses, log_days, write_versioned
from tests.ui.helpers import button, label, record_threads, when_dialog_opens


class Holder:
    """Plays the main window's part: owns the Store, closes and reopens it when asked."""

    def __init__(self, store: Store, data_dir: Path, clock: FakeClock) -> None:
        self.store = store
        self.data_dir = data_dir
        self.clock = clock
        self.calls: list[str] = []

    def close(self) -> None:
        self.calls.append("close")
        self.store.close()

    def reopen(self) -> None:
        self.calls.append("reopen")
        self.store = open_store(self.data_dir, self.clock, lambda: HOME_TZ)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def two_backups(
    store: Store, sam: tuple[Profile, Medication], data_dir: Path, clock: FakeClock
) -> tuple[Path, Path]:
    """A backup with 3 doses, a later one with 6, then 3 more doses logged after both."""
    log_days(store, sam[0], DAY - timedelta(days=3), 1)
    older = bk.make_backup(store, data_dir, clock, bk.DAILY)
    clock.advance(timedelta(days=1))
    log_days(store, sam[0], DAY - timedelta(days=2), 1)
    newer = bk.make_backup(store, data_dir, clock, bk.DAILY)
    log_days(store, sam[0], DAY - timedelta(days=1), 1)
    clock.advance(timedelta(hours=1))
    return older, newer


def make_dialog(qtbot: QtBot, holder: Holder, parent: QWidget) -> RestoreDialog:
    dialog = RestoreDialog(
        holder.data_dir, holder.clock, holder.close, holder.reopen, parent, "UTC"
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.listed, timeout=10_000):  # each backup is read off the GUI thread
        dialog.show()
    return dialog


def table_rows(dialog: RestoreDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_backups_are_listed_newest_first_with_dates_and_counts(
    qtbot: QtBot,
    store: Store,
    data_dir: Path,
    clock: FakeClock,
    parent: QWidget,
    two_backups: tuple[Path, Path],
) -> None:
    write_versioned(
        data_dir / "backups" / "companion-daily-20260312T070000Z.db", migrations.SCHEMA_VERSION + 1
    )
    dialog = make_dialog(qtbot, Holder(store, data_dir, clock), parent)
    headers = [
        dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())
    ]
    assert headers == ["Made", "What", "Logged doses", "Diary entries"]
    assert table_rows(dialog) == [
        ["Thu 12 Mar 2026, 07:00", "Daily backup — cannot be restored", "—", "—"],
        ["Wed 11 Mar 2026, 07:00", "Daily backup", "6", "0"],
        ["Tue 10 Mar 2026, 07:00", "Daily backup", "3", "0"],
    ]
    # The newest backup that can be restored is chosen to start with.
    chosen = dialog.selected()
    assert chosen is not None and chosen.path == two_backups[1]
    assert button(dialog, "Restore the selected backup").isEnabled()
    dialog.table.selectRow(0)
    assert not button(dialog, "Restore the selected backup").isEnabled()
    assert "newer version" in label(dialog, "Form error").text()


def test_restoring_asks_then_replaces_the_data_and_keeps_the_old(
    qtbot: QtBot,
    store: Store,
    sam: tuple[Profile, Medication],
    data_dir: Path,
    clock: FakeClock,
    parent: QWidget,
    two_backups: tuple[Path, Path],
) -> None:
    holder = Holder(store, data_dir, clock)
    dialog = make_dialog(qtbot, holder, parent)
    dialog.select(two_backups[0])
    asked: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        qtbot.mouseClick(button(box, "Restore"), Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, answer)
    with qtbot.waitSignal(dialog.tasks.finished, timeout=10_000) as done:
        qtbot.mouseClick(button(dialog, "Restore the selected backup"), Qt.MouseButton.LeftButton)
        # Under way: the store is closed, the dialog says so and cannot be closed or re-run.
        assert holder.calls == ["close"]
        assert "Restoring the backup" in label(dialog, "Restore progress").text()
        assert not button(dialog, "Close").isEnabled()
        assert not button(dialog, "Restore the selected backup").isEnabled()
        dialog.reject()
        assert dialog.isVisible()

    assert asked == [
        "Go back to your data as it was on Tue 10 Mar 2026, 07:00, with 3 logged doses?"
    ]
    assert done.args is not None and done.args[0].thread_id != threading.get_ident()
    assert holder.calls == ["close", "reopen"]
    assert not label(dialog, "Restore progress", visible_only=False).isVisible()
    assert button(dialog, "Close").isEnabled()
    assert holder.store.count_log(DoseLogFilter(sam[0].id)) == 3
    result = label(dialog, "Restore result").text()
    assert "Restored the backup from Tue 10 Mar 2026, 07:00 (3 logged doses)" in result
    assert dialog.outcome is not None and dialog.outcome.saved_current is not None
    assert dialog.outcome.saved_current.name in result
    assert live_doses(dialog.outcome.saved_current) == 9
    assert "Saved before a restore" in [row[1] for row in table_rows(dialog)]
    holder.store.close()


def test_cancelling_the_question_changes_nothing(
    qtbot: QtBot,
    store: Store,
    sam: tuple[Profile, Medication],
    data_dir: Path,
    clock: FakeClock,
    parent: QWidget,
    two_backups: tuple[Path, Path],
) -> None:
    holder = Holder(store, data_dir, clock)
    dialog = make_dialog(qtbot, holder, parent)
    when_dialog_opens(
        qtbot, lambda box: qtbot.mouseClick(button(box, "Cancel"), Qt.MouseButton.LeftButton)
    )
    qtbot.mouseClick(button(dialog, "Restore the selected backup"), Qt.MouseButton.LeftButton)
    assert holder.calls == []
    assert store.count_log(DoseLogFilter(sam[0].id)) == 9
    assert len(bk.list_backups(data_dir)) == 2
    assert not label(dialog, "Restore result", visible_only=False).isVisible()


def test_a_failed_restore_says_why_and_reopens_the_data(
    qtbot: QtBot,
    store: Store,
    sam: tuple[Profile, Medication],
    data_dir: Path,
    clock: FakeClock,
    parent: QWidget,
    two_backups: tuple[Path, Path],
) -> None:
    holder = Holder(store, data_dir, clock)
    dialog = make_dialog(qtbot, holder, parent)
    two_backups[1].write_bytes(b"damaged after it was listed")
    when_dialog_opens(
        qtbot, lambda box: qtbot.mouseClick(button(box, "Restore"), Qt.MouseButton.LeftButton)
    )
    with qtbot.waitSignal(dialog.tasks.finished, timeout=10_000):
        qtbot.mouseClick(button(dialog, "Restore the selected backup"), Qt.MouseButton.LeftButton)
    assert "The backup was not restored" in label(dialog, "Form error").text()
    assert holder.calls == ["close", "reopen"]
    assert holder.store.count_log(DoseLogFilter(sam[0].id)) == 9
    assert live_doses(data_dir / DATA_FILE_NAME) == 9
    holder.store.close()


def test_no_backups_yet(
    qtbot: QtBot, store: Store, data_dir: Path, clock: FakeClock, parent: QWidget
) -> None:
    dialog = make_dialog(qtbot, Holder(store, data_dir, clock), parent)
    assert label(dialog, "No backups").isVisible()
    assert not dialog.table.isVisible()
    assert not button(dialog, "Restore the selected backup").isEnabled()


def test_the_backup_timer_makes_a_backup_a_day(
    qtbot: QtBot, store: Store, data_dir: Path, clock: FakeClock, parent: QWidget
) -> None:
    timer = BackupTimer(store, data_dir, clock, parent, first_check_ms=0, check_every_ms=3_600_000)
    with qtbot.waitSignal(timer.made, timeout=5000) as made:
        timer.start()
    assert made.args is not None
    [first] = bk.list_backups(data_dir)
    assert first.path == made.args[0] and first.kind == bk.DAILY
    assert timer.timer.interval() == 3_600_000  # after the start-up check: hourly
    assert timer.check() is None  # not a day yet
    clock.advance(timedelta(days=1))
    with qtbot.waitSignal(timer.made, timeout=5000):
        task = timer.check()
        assert task is not None
        assert timer.check() is None  # one at a time
    assert task.thread_id is not None and task.thread_id != threading.get_ident()
    assert len(bk.list_backups(data_dir)) == 2
    timer.stop()


def test_the_daily_backups_rotate_off_the_gui_thread(
    qtbot: QtBot,
    store: Store,
    sam: tuple[Profile, Medication],
    data_dir: Path,
    clock: FakeClock,
    parent: QWidget,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from baclofen_companion.ui.files import restore_dialog

    threads = record_threads(monkeypatch, restore_dialog, "back_up_if_due")
    log_days(store, sam[0], DAY - timedelta(days=1), 1)
    timer = BackupTimer(store, data_dir, clock, parent)
    for _ in range(12):  # twelve days running: a week of dailies is kept, and a week older
        with qtbot.waitSignal(timer.made, timeout=5000):
            timer.check()
        clock.advance(timedelta(days=1))
    dailies = [b for b in bk.list_backups(data_dir) if b.kind == bk.DAILY]
    assert 7 <= len(dailies) < 12
    assert all(b.doses == 3 for b in dailies)
    assert threads and threading.get_ident() not in threads


def test_the_backup_timer_reports_a_failure_and_carries_on(
    qtbot: QtBot, store: Store, data_dir: Path, clock: FakeClock, parent: QWidget
) -> None:
    (data_dir / "backups").write_text("a file in the way")
    timer = BackupTimer(store, data_dir, clock, parent)
    with qtbot.waitSignal(timer.failed, timeout=5000) as failed:
        assert timer.check() is not None
    assert failed.args is not None and "could not be written" in failed.args[0]
    (data_dir / "backups").unlink()
    with qtbot.waitSignal(timer.made, timeout=5000):
        timer.check()  # the next try works


def test_the_window_shows_the_restored_doses(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    data_dir: Path,
    two_backups: tuple[Path, Path],
) -> None:
    window.log.reload()
    assert label(window.log, "Number of logged doses").text() == "9 logged doses"
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == "Restore from backup…")
    finished: list[str] = []

    def restore(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
        dialog.select(two_backups[0])
        when_dialog_opens(
            qtbot, lambda box: qtbot.mouseClick(button(box, "Restore"), Qt.MouseButton.LeftButton)
        )
        with qtbot.waitSignal(dialog.tasks.finished, timeout=10_000):
            qtbot.mouseClick(
                button(dialog, "Restore the selected backup"), Qt.MouseButton.LeftButton
            )
        finished.append(label(dialog, "Restore result").text())
        qtbot.mouseClick(button(dialog, "Close"), Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, restore, RestoreDialog)
    action.trigger()
    assert finished and "Restored the backup" in finished[0]
    assert label(window.log, "Number of logged doses").text() == "3 logged doses"
    assert window.store.count_log(DoseLogFilter(window.profile().id)) == 3  # type: ignore[union-attr]


def medicine_lines(window: MainWindow) -> str:
    medicines = window.medicines.list
    return "\n".join(medicines.item(i).text() for i in range(medicines.count()))


def test_restoring_a_backup_from_before_a_person_was_added_shows_the_people_it_holds(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    data_dir: Path,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    """Found in the QA walk: with the newer person's medicine selected on Medicines, a restore
    raised "No medicine with id 2." and Medicines kept showing a person the file no longer has."""
    before = bk.make_backup(store, data_dir, clock, bk.DAILY)
    clock.advance(timedelta(minutes=5))
    store.add_person_with_medicine("Robin", HOME_TZ, BACLOFEN, (DoseSlot(time(9), 10.0),), DAY)
    window.refresh_all()
    window.switcher.combo.setCurrentIndex(window.switcher.combo.findText("Robin"))
    window.tabs.setCurrentWidget(window.medicines_page)
    assert "09:00 10 mg" in medicine_lines(window)
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == "Restore from backup…")

    def restore(dialog: QWidget) -> None:
        assert isinstance(dialog, RestoreDialog)
        qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1)
        dialog.select(before)
        when_dialog_opens(
            qtbot, lambda box: qtbot.mouseClick(button(box, "Restore"), Qt.MouseButton.LeftButton)
        )
        with qtbot.waitSignal(dialog.tasks.finished, timeout=10_000):
            qtbot.mouseClick(
                button(dialog, "Restore the selected backup"), Qt.MouseButton.LeftButton
            )
        qtbot.mouseClick(button(dialog, "Close"), Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, restore, RestoreDialog)
    action.trigger()
    assert window.switcher.combo.currentText() == "Sam"
    assert window.windowTitle() == "Sam"
    shown = medicine_lines(window)
    assert "09:00 10 mg" not in shown and "08:00 5 mg" in shown
    assert window.medicines.selected() is not None
    assert window.medicines.selected().profile_id == sam[0].id  # type: ignore[union-attr]


def test_files_set_aside_at_start_are_listed_with_their_dates_and_doses(
    qtbot: QtBot,
    store: Store,
    data_dir: Path,
    clock: FakeClock,
    parent: QWidget,
    two_backups: tuple[Path, Path],
) -> None:
    """A data file moved aside at start (damaged, or healthy but moved by an older version on
    a full disk) stays within reach in File → Restore, as a backup is."""
    older, _ = two_backups
    aside = data_dir / "companion-damaged-20260311T120000Z.db"
    aside.write_bytes(older.read_bytes())
    dialog = make_dialog(qtbot, Holder(store, data_dir, clock), parent)
    assert table_rows(dialog)[0] == [
        "Wed 11 Mar 2026, 12:00",
        "Data file set aside at start",
        "3",
        "0",
    ]
    dialog.table.selectRow(0)
    assert button(dialog, "Restore the selected backup").isEnabled()
