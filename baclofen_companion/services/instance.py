"""One running app per data folder: a lock file, and a local socket a second launch knocks on."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_FILE_NAME = "companion.lock"
KNOCK = b"raise\n"


def server_name(data_dir: Path) -> str:
    """A socket name per user and data folder, so separate folders run separately."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}:{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"baclofen-companion-{digest}"


class SingleInstance(QObject):
    """Holds the data folder's lock while the app runs; a knock from a second launch -> raise."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.lock = QLockFile(str(data_dir / LOCK_FILE_NAME))
        # A lock left by a crashed process is taken over (its PID is gone); never by age alone.
        self.lock.setStaleLockTime(0)
        self.name = server_name(data_dir)
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not self.lock.tryLock(500):
            return False
        QLocalServer.removeServer(self.name)  # a socket file left behind by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._knocked)
        server.listen(self.name)
        self.server = server
        return True

    def _knocked(self) -> None:
        if self.server is None:
            return
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.waitForReadyRead(1000)
            if bytes(socket.readAll().data()).startswith(KNOCK.strip()):
                self.raise_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def knock(self, timeout_ms: int = 3000) -> bool:
        """From a second launch: ask the running one to show its window."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(KNOCK)
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()
