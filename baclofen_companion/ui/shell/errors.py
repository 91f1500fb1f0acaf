"""What the person is told when something fails that no screen handled, app-wide.

The composition root installs ``install_excepthook``: every exception that leaves a slot (a
click that could not be saved, a fault) is written with its traceback to the app's log and said
in a short dialog — for a storage failure what happened, that nothing was saved and what to do;
for anything else that something went wrong and where the details are. The app goes on running
and reminding. ``BackupFailureNote`` says once, without blocking anything, that the daily backup
failed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from baclofen_companion import APP_NAME
from baclofen_companion.core.errors import CompanionError, StorageBugError, StorageError
from baclofen_companion.services.logbook import log

if TYPE_CHECKING:
    from baclofen_companion.ui.files.restore_dialog import BackupTimer

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def error_texts(error: BaseException, log_file: Path) -> tuple[str, str]:
    """(what happened, what now) for the dialog about ``error``."""
    details = QCoreApplication.translate(
        "ErrorDialog", "The details were written to {log}."
    ).format(log=log_file)
    if isinstance(error, StorageBugError):
        return error.what, " ".join(p for p in (error.then, details) if p)
    if isinstance(error, StorageError):
        return error.what, error.then
    if isinstance(error, CompanionError):
        return str(error), ""
    return (
        QCoreApplication.translate("ErrorDialog", "Something went wrong in Baclofen Companion."),
        QCoreApplication.translate("ErrorDialog", "What you were doing may not have been saved.")
        + " "
        + details,
    )


class ErrorReporter:
    """Logs an uncaught exception and says it in a dialog, one dialog at a time: what fails
    while one is open (the same failure again, say) is only logged."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.dialog: QMessageBox | None = None

    def report(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        log().error("uncaught %s: %s", kind.__name__, error, exc_info=(kind, error, trace))
        if self.dialog is not None or QApplication.instance() is None:
            return
        what, then = error_texts(error, self.log_file)
        # Over whatever the person is looking at: the dialog they clicked Save in, or the window.
        parent = QApplication.activeModalWidget() or QApplication.activeWindow()
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setText(what)
        box.setInformativeText(then)
        box.setAccessibleName(QCoreApplication.translate("ErrorDialog", "Problem"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        self.dialog = box
        # Not exec(): the hook returns at once, and no nested event loop runs inside a slot.
        box.open()

    def _closed(self) -> None:
        self.dialog = None


def install_excepthook(log_file: Path) -> Callable[[], None]:
    """Send every uncaught exception to the log and a dialog; returns what puts the previous
    hook back (the app calls it on the way out, a test when it is done)."""
    previous: ExceptHook = sys.excepthook
    reporter = ErrorReporter(log_file)

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        reporter.report(kind, error, trace)

    sys.excepthook = hook

    def restore() -> None:
        sys.excepthook = previous

    return restore


class BackupFailureNote(QObject):
    """Says that the daily backup failed, once (until a backup succeeds again), in a note that
    blocks nothing: reminders go on, and the backup is tried again within the hour."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.told = False
        self.note: QMessageBox | None = None

    def watch(self, backups: BackupTimer) -> None:
        backups.failed.connect(self.failed)
        backups.made.connect(self.made)

    def failed(self, why: str) -> None:
        if self.told:
            return
        self.told = True
        note = QMessageBox(self.window)
        note.setIcon(QMessageBox.Icon.Information)
        note.setWindowTitle(APP_NAME)
        note.setText(self.tr("Today's backup of your data could not be made."))
        note.setInformativeText(
            self.tr(
                "{why} Your data itself is as it was, and reminders go on. "
                "The app tries the backup again within the hour."
            ).format(why=why)
        )
        note.setAccessibleName(self.tr("Backup failed"))
        note.setWindowModality(Qt.WindowModality.NonModal)
        note.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        note.destroyed.connect(self._gone)
        self.note = note
        note.show()

    def made(self, _path: object) -> None:
        self.told = False

    def _gone(self) -> None:
        self.note = None
