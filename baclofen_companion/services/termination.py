"""Quit cleanly on SIGTERM (a logout, a shutdown, `kill`): the lock and socket are released.

Python runs signal handlers only when it gets control, which it does not while Qt's event loop
waits. So the signal also writes to a socket (signal.set_wakeup_fd) that a QSocketNotifier
watches: no polling timer, no extra wake-ups, and the quit runs on the GUI thread.
"""

from __future__ import annotations

import signal
import socket
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier


class TerminationWatch(QObject):
    def __init__(self, on_terminate: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = signal.signal(signal.SIGTERM, lambda _sig, _frame: None)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._on_terminate = on_terminate
        self._notifier.activated.connect(self._woke)

    def _woke(self) -> None:
        try:
            data = self._reader.recv(64)
        except OSError:
            return
        if signal.SIGTERM.value in data:
            self._on_terminate()

    def stop(self) -> None:
        self._notifier.setEnabled(False)
        signal.signal(signal.SIGTERM, self._previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()


def watch_termination(on_terminate: Callable[[], None]) -> TerminationWatch | None:
    """None on Windows, which has no SIGTERM to speak of for GUI apps."""
    if sys.platform == "win32":
        return None
    return TerminationWatch(on_terminate)
