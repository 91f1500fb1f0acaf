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


def _proc_start(pid: int) -> float | None:
    """When process ``pid`` started (seconds since the epoch), from Linux's /proc; else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # starttime, the 22nd field, counted after "pid (comm)"
        boot = next(
            int(line.split()[1])
            for line in Path("/proc/stat").read_text().splitlines()
            if line.startswith("btime ")
        )
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def held_by_another_app(lock: QLockFile, path: Path) -> bool:
    """Whether the process named in a lock that could not be taken is really this app.

    Qt takes over a lock whose PID is gone, or now runs a program of another name; but a PID
    reused by another Python program (the app runs as python3) looks alive to it, and would
    block every start until a reboot. On Linux, /proc says more: a holder that started after
    the lock was written, or whose command line is not this app's, is not its holder.
    """
    info = lock.getLockInfo()  # PySide6: (pid, hostname, appname), or False-ish when unreadable
    pid = int(info[0]) if isinstance(info, tuple) and info else 0
    if pid <= 0 or pid == os.getpid() or not Path("/proc/self").exists():
        return True
    try:
        written = path.stat().st_mtime
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return False  # the PID is gone
    except OSError:
        return True  # cannot tell: trust Qt
    started = _proc_start(pid)
    if started is not None and started > written + 2:  # /proc's times are in clock ticks
        return False
    return b"baclofen" in command.lower()


def take_lock(lock: QLockFile, path: Path, timeout_ms: int = 500) -> bool:
    """Take the data folder's lock, taking over a stale one (see held_by_another_app)."""
    if lock.tryLock(timeout_ms):
        return True
    if lock.error() != QLockFile.LockError.LockFailedError or held_by_another_app(lock, path):
        return False
    lock.removeStaleLockFile()
    return lock.tryLock(0)


class SingleInstance(QObject):
    """Holds the data folder's lock while the app runs; a knock from a second launch -> raise."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.lock_path = data_dir / LOCK_FILE_NAME
        self.lock = QLockFile(str(self.lock_path))
        # A lock left by a crashed process is taken over (its PID is gone); never by age alone.
        self.lock.setStaleLockTime(0)
        self.name = server_name(data_dir)
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not take_lock(self.lock, self.lock_path):
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
