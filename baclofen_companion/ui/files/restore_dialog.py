"""File → Restore from backup…, and the timer that makes the daily backup while the app runs.

Both run their copying on the task runner's worker, with connections of their own: a restore
checks the whole backup first (SQLite's integrity check) and a backup copies the whole file,
each taking long enough to stall reminders, the tray and repaint if run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import CompanionError
from baclofen_companion.core.text import date_text, hhmm
from baclofen_companion.ops.files import (
    DATA_FILE_NAME,
    BackupInfo,
    RestoreResult,
    back_up_if_due,
    is_due,
    list_backups,
    newest,
    restore_backup,
)
from baclofen_companion.ops.session import Session
from baclofen_companion.services.logbook import log
from baclofen_companion.services.tasks import Progress, Task, TaskRunner, own_store, runner
from baclofen_companion.ui.widgets.common import ErrorLabel, local, system_zone_name
from baclofen_companion.ui.widgets.task_progress import TaskProgress

FIRST_CHECK_MS = 10_000
"""The start-up backup waits until the window is up, so it never delays the first paint."""
CHECK_EVERY_MS = 3_600_000
"""Hourly: QTimer stops while the machine sleeps, so the wall clock (file names) decides."""


def count_text(n: int | None) -> str:
    """'1,234' ('1.234' in German); '—' when unknown."""
    return "—" if n is None else QLocale().toString(n)


def when_text(backup: BackupInfo, tz: str) -> str:
    there = local(backup.taken_utc, tz)
    pattern = QCoreApplication.translate("RestoreDialog", "ddd dd MMM yyyy")
    return f"{date_text(there, pattern)}, {hhmm(there)}"


class BackupTimer(QObject):
    """Makes the daily backup: once shortly after start, then whenever a day has passed.

    The copy is made on the task runner's worker from a connection of its own.
    """

    made = Signal(object)  # Path of the new backup
    failed = Signal(str)

    def __init__(
        self,
        store: Session,
        data_dir: Path,
        clock: Clock,
        parent: QObject | None = None,
        first_check_ms: int = FIRST_CHECK_MS,
        check_every_ms: int = CHECK_EVERY_MS,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.data_dir = data_dir
        self.clock = clock
        self.check_every_ms = check_every_ms
        self.tasks = tasks or runner()
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.setInterval(first_check_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self.timer.setInterval(self.check_every_ms)
        self.check()

    def check(self) -> Task | None:
        """Start the backup if the last daily backup is a day old (its file name says when);
        the task, or None when none is due or one is under way. Never raises: ``made`` or
        ``failed`` tells how it went."""
        if self.task is not None or not is_due(newest(self.data_dir), self.clock.now()):
            return None
        data_file, data_dir, clock = self.store.path, self.data_dir, self.clock

        def back_up(_progress: Progress) -> Path | None:
            with own_store(data_file, clock) as store:
                return back_up_if_due(store, data_dir, clock)

        self.task = self.tasks.submit(back_up, "daily backup")
        self.task.succeeded.connect(self._made)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        return self.task

    def _made(self, made: Path | None) -> None:
        if made is not None:
            log().info("daily backup made: %s", made.name)
            self.made.emit(made)

    def _failed(self, err: Exception) -> None:
        log().warning("daily backup failed: %s", err)
        self.failed.emit(str(err))

    def _finished(self) -> None:
        self.task = None


class RestoreDialog(QDialog):
    """Lists the backups with their dates and counts; restores the chosen one after asking.

    The dialog never holds the Store: ``close_store`` is called just before the file is
    replaced and ``reopen_store`` right after (also when the restore failed, so the app always
    gets its data back), which is where the caller opens the file again and refreshes.
    """

    restored = Signal(object)  # RestoreResult
    listed = Signal()  # the backups are shown (each is opened to count it: read off the GUI thread)

    def __init__(
        self,
        data_dir: Path,
        clock: Clock,
        close_store: Callable[[], None],
        reopen_store: Callable[[], None],
        parent: QWidget,
        tz: str | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.clock = clock
        self.tasks = tasks or runner()
        self.task: Task | None = None
        self.close_store = close_store
        self.reopen_store = reopen_store
        self.tz = tz or system_zone_name()
        self.backups: list[BackupInfo] = []
        self.outcome: RestoreResult | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.setMinimumSize(600, 380)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. Your data as it is now is saved as a backup "
                "first, so a restore can itself be undone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("There are no backups yet. The app makes one every day."))
        self.empty.setAccessibleName(self.tr("No backups"))
        layout.addWidget(self.empty)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Restore result"))
        self.status.hide()
        layout.addWidget(self.status)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.progress = TaskProgress(self.tr("Restore progress"))
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch()
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reload()

    # -- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the backups in the background, then show them."""
        data_dir = self.data_dir

        def read(_progress: Progress) -> list[BackupInfo]:
            return list_backups(data_dir)

        task = self.tasks.submit(read, "list backups")
        task.succeeded.connect(self.show_backups)
        task.failed.connect(
            lambda err: self.error.show_message(
                self.tr("The backups could not be read: {why}").format(why=err)
            )
        )
        task.finished.connect(self.progress.stop)
        self.table.hide()
        self.empty.hide()
        self.progress.start(self.tr("Reading the backups…"))

    def show_backups(self, backups: list[BackupInfo]) -> None:
        self.backups = backups
        with_diary = any(b.diary_entries is not None for b in self.backups)
        headers = [self.tr("Made"), self.tr("What"), self.tr("Logged doses")]
        if with_diary:
            headers.append(self.tr("Diary entries"))
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            what = backup.describe_kind()
            if not backup.restorable:
                what = self.tr("{kind} — cannot be restored").format(kind=what)
            cells = [when_text(backup, self.tz), what, count_text(backup.doses)]
            if with_diary:
                cells.append(count_text(backup.diary_entries))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if backup.problem:
                    item.setToolTip(backup.problem)
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(self.backups))
        self.empty.setVisible(not self.backups)
        first = next((i for i, b in enumerate(self.backups) if b.restorable), None)
        if first is not None:
            self.table.selectRow(first)
        self._selection_changed()
        self.listed.emit()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def select(self, path: Path) -> None:
        for row, backup in enumerate(self.backups):
            if backup.path == path:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(
            backup is not None and backup.restorable and self.task is None
        )
        if backup is not None and backup.problem:
            self.error.show_message(
                self.tr("This backup cannot be restored: {why}").format(why=backup.problem)
            )
        else:
            self.error.clear_error()

    # -- restoring ----------------------------------------------------------------------------

    def confirm(self, backup: BackupInfo) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore this backup?"))
        box.setText(
            self.tr("Go back to your data as it was on {when}, with {doses} logged doses?").format(
                when=when_text(backup, self.tz), doses=count_text(backup.doses)
            )
        )
        box.setInformativeText(
            self.tr(
                "Doses logged since then will no longer show. Your data as it is now is "
                "saved as a backup first, so you can come back to it."
            )
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_selected(self) -> None:
        """Ask, close the window's Store, restore in the background, then reopen it."""
        backup = self.selected()
        if (
            self.task is not None
            or backup is None
            or not backup.restorable
            or not self.confirm(backup)
        ):
            return
        self.error.clear_error()
        self.status.hide()
        data_dir, clock = self.data_dir, self.clock

        def restore(_progress: Progress) -> tuple[RestoreResult, list[BackupInfo]]:
            result = restore_backup(data_dir, backup.path, clock)
            # Opened once here, so an older backup is upgraded off the GUI thread too and the
            # window's own reopening is quick.
            with own_store(data_dir / DATA_FILE_NAME, clock):
                pass
            return result, list_backups(data_dir)  # with the one of the data as it was

        self.close_store()
        task = self.task = self.tasks.submit(restore, "restore")
        task.finished.connect(lambda: self._finished(task, backup))
        self.restore_button.setEnabled(False)
        self.progress.start(
            self.tr(
                "Restoring the backup… it is checked first and your data as it is now is saved."
            ),
            (self.close_button, self.table),
        )

    def _finished(self, task: Task, backup: BackupInfo) -> None:
        """Restored or not, the app gets its data back; then say what happened."""
        self.task = None
        self.progress.stop()
        problems: list[str] = []
        if task.error is not None:
            log().warning("restore of %s failed: %s", backup.path.name, task.error)
            problems.append(self.tr("The backup was not restored: {why}").format(why=task.error))
        try:
            self.reopen_store()
        except CompanionError as err:
            problems.append(
                self.tr(
                    "The data file could not be opened again: {why} Please restart the app."
                ).format(why=err)
            )
        result: RestoreResult | None = None
        if task.error is None:
            result, backups = task.result
            log().info("restored %s", backup.path.name)
            self.outcome = result
            text = self.tr("✔ Restored the backup from {when} ({doses} logged doses).").format(
                when=when_text(backup, self.tz), doses=count_text(result.facts.doses)
            )
            if result.saved_current:
                text += " " + self.tr(
                    "Your data as it was just before is kept as the backup {name}."
                ).format(name=result.saved_current.name)
            self.status.setText(text)
            self.show_backups(backups)
            self.status.show()
        else:
            self._selection_changed()
        if problems:
            self.error.show_message(" ".join(problems))
        if result is not None:
            self.restored.emit(result)

    def reject(self) -> None:
        if self.task is None:  # the data file is being swapped: it must finish first
            super().reject()
