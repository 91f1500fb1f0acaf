"""The notifier chain: plyer first, then the tray's balloon; the window banner always as well.

Each path is asked whether it can work before it is used, and any exception counts as failure,
so one broken path hands the reminder to the next. Which path delivered goes to the log.
"""

from __future__ import annotations

import os
import shutil
import sys
import warnings
from collections import deque
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QSystemTrayIcon

from baclofen_companion import APP_NAME
from baclofen_companion.services.logbook import log
from baclofen_companion.services.scheduler import ReminderBatch

NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
NOTIFICATION_TIMEOUT_S = 60


class NotificationPath(Protocol):
    name: str

    def available(self) -> bool: ...

    def send(self, title: str, body: str) -> None: ...


def icon_file() -> str:
    """A real file path for the app icon, as notification daemons want one."""
    ref = resources.files("baclofen_companion.resources").joinpath("baclofen-companion.svg")
    with resources.as_file(ref) as path:
        return str(Path(path))


def linux_notification_service_present() -> bool:
    """Whether the session bus has (or can start) a notification daemon."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    for method in ("NameHasOwner", "ListActivatableNames"):
        args = [NOTIFICATIONS_SERVICE] if method == "NameHasOwner" else []
        call = QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", method
        )
        call.setArguments(args)
        reply = bus.call(call, timeout=2000)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            continue
        answer = reply.arguments()[0]
        if answer is True or (isinstance(answer, list) and NOTIFICATIONS_SERVICE in answer):
            return True
    return False


def _plyer_backend_usable() -> bool:
    """plyer on Linux speaks D-Bus through dbus-python if installed, else runs notify-send."""
    try:
        import dbus  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return shutil.which("notify-send") is not None
    return True


class PlyerPath:
    name = "plyer"

    def __init__(self, service_check: Callable[[], bool] = linux_notification_service_present):
        self._service_check = service_check

    def available(self) -> bool:
        if sys.platform.startswith("linux"):
            # plyer fails silently here without a daemon or notify-send, so look first.
            return _plyer_backend_usable() and self._service_check()
        return True

    def send(self, title: str, body: str) -> None:
        with warnings.catch_warnings():
            # plyer warns when dbus-python is missing, then falls back to notify-send.
            warnings.simplefilter("ignore")
            from plyer import notification

            notification.notify(
                title=title,
                message=body,
                app_name=APP_NAME,
                app_icon=icon_file(),
                timeout=NOTIFICATION_TIMEOUT_S,
            )


class TrayPath:
    name = "tray"

    def __init__(self, tray: Callable[[], QSystemTrayIcon | None]) -> None:
        self._tray = tray

    def available(self) -> bool:
        return self._tray() is not None and QSystemTrayIcon.isSystemTrayAvailable()

    def send(self, title: str, body: str) -> None:
        tray = self._tray()
        if tray is None:
            raise RuntimeError("no tray icon")
        tray.showMessage(
            title, body, QSystemTrayIcon.MessageIcon.Information, NOTIFICATION_TIMEOUT_S * 1000
        )


class NotifierChain:
    """Tries each path in order until one delivers; the window is told every time."""

    def __init__(
        self,
        paths: Sequence[NotificationPath],
        window: Callable[[ReminderBatch], None] | None = None,
    ) -> None:
        self.paths = list(paths)
        self.window = window
        self.delivered: deque[tuple[ReminderBatch, str]] = deque(maxlen=20)

    def deliver(self, batch: ReminderBatch) -> str:
        used = "window only"
        for path in self.paths:
            try:
                if not path.available():
                    log().info("reminder path %s unavailable; trying the next", path.name)
                    continue
                path.send(batch.title, batch.body)
            except Exception as err:  # noqa: BLE001 - any failure of a path means: try the next
                log().warning("reminder path %s failed (%r); trying the next", path.name, err)
                continue
            used = path.name
            break
        if self.window is not None:
            self.window(batch)
        log().info("reminder delivered by %s (+ window banner): %s", used, batch.title)
        self.delivered.append((batch, used))
        return used
