"""File → Restore from backup…, and the timer that makes the daily backup while the app runs."""

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
from baclofen_companion.core.errors import CompanionError, StoreError
from baclofen_companion.core.text import date_text, hhmm
from baclofen_companion.services.logbook import log
from baclofen_companion.store import Store
from baclofen_companion.store.backups import (
    BackupInfo,
    RestoreResult,
    backup_if_due,
    list_backups,
    restore_backup,
)
from baclofen_companion.ui.widgets.common import ErrorLabel, local, system_zone_name

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
    """Makes the daily backup: once shortly after start, then whenever a day has passed."""

    made = Signal(object)  # Path of the new backup
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        data_dir: Path,
        clock: Clock,
        parent: QObject | None = None,
        first_check_ms: int = FIRST_CHECK_MS,
        check_every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.data_dir = data_dir
        self.clock = clock
        self.check_every_ms = check_every_ms
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

    def check(self) -> Path | None:
        """Back up now if the last daily backup is a day old; never raises."""
        try:
            made = backup_if_due(self.store, self.data_dir, self.clock)
        except StoreError as err:
            log().warning("daily backup failed: %s", err)
            self.failed.emit(str(err))
            return None
        if made is not None:
            log().info("daily backup made: %s", made.name)
            self.made.emit(made)
        return made


class RestoreDialog(QDialog):
    """Lists the backups with their dates and counts; restores the chosen one after asking.

    The dialog never holds the Store: ``close_store`` is called just before the file is
    replaced and ``reopen_store`` right after (also when the restore failed, so the app always
    gets its data back), which is where the caller opens the file again and refreshes.
    """

    restored = Signal(object)  # RestoreResult

    def __init__(
        self,
        data_dir: Path,
        clock: Clock,
        close_store: Callable[[], None],
        reopen_store: Callable[[], None],
        parent: QWidget,
        tz: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.clock = clock
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
        self.backups = list_backups(self.data_dir)
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

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def select(self, path: Path) -> None:
        for row, backup in enumerate(self.backups):
            if backup.path == path:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(backup is not None and backup.restorable)
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
        backup = self.selected()
        if backup is None or not backup.restorable or not self.confirm(backup):
            return
        self.error.clear_error()
        self.close_store()
        try:
            result = restore_backup(self.data_dir, backup.path, self.clock)
        except StoreError as err:
            self.error.show_message(self.tr("The backup was not restored: {why}").format(why=err))
            log().warning("restore of %s failed: %s", backup.path.name, err)
            result = None
        finally:
            try:
                self.reopen_store()
            except CompanionError as err:
                self.error.show_message(
                    self.tr(
                        "The data file could not be opened again: {why} Please restart the app."
                    ).format(why=err)
                )
        if result is None:
            return
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
        self.status.show()
        self.reload()
        self.restored.emit(result)
