"""The notifier chain: each reminder goes to the first path that delivers it; the window always.

A path is asked whether it can work before it is used, and any exception counts as failure, so
one broken path hands the reminder to the next; the log says which path delivered, which failed
and why. The chain keeps one popup per dose slot: a repeat of the same doses goes to the same
popup (an update), and the popup is withdrawn, through the path that delivered it, as soon as
its doses are answered anywhere, snoozed, missed or superseded. A path that can show buttons
(``"actions"`` among its capabilities, asked at run time) offers them, and a pressed button
runs the same use case as the window's button:

- a popup about one dose has Taken, Snooze and Skip;
- a popup about several doses has Snooze only, which snoozes every dose it lists: Taken or
  Skip for several doses at once would record doses nobody looked at one by one (two people,
  two medicines), so those are answered in the window, which a click on the popup opens.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import warnings
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSystemTrayIcon

from baclofen_companion import APP_ID, APP_NAME
from baclofen_companion.core.errors import StoreError
from baclofen_companion.core.model import PlannedDose, SlotKey
from baclofen_companion.services.logbook import log
from baclofen_companion.services.scheduler import ReminderBatch, ReminderScheduler

NOTIFICATIONS_SERVICE = "org.freedesktop.Notifications"
NOTIFICATION_TIMEOUT_S = 60
"""How long an alert (withdrawal watch, refill, tomorrow's change) stays on screen."""
DOSE_POPUP_S = 600
"""How long a dose's popup stays: until the next repeat replaces it, with the default settings."""
CHILD_TIMEOUT_S = 10

TAKE, SNOOZE, SKIP, OPEN = "take", "snooze", "skip", "default"
"""Action ids; "default" is the spec's name for a click on the popup itself."""


@dataclass(frozen=True)
class Note:
    """What a path shows: one popup, known by ``key`` so a later send replaces it."""

    key: str
    title: str
    body: str
    actions: tuple[tuple[str, str], ...] = ()
    """(action id, label) pairs; offered only by a path listing the "actions" capability."""
    urgent: bool = False
    expire_s: int = NOTIFICATION_TIMEOUT_S


Answered = Callable[[str, str], None]
"""Called by a path when a person pressed a button: (note key, action id)."""
Lost = Callable[[str, str], None]
"""Called by a path whose popup failed after it was sent (a Windows toast): (note key, why)."""


class NotificationPath(Protocol):
    name: str

    def available(self) -> bool: ...

    def capabilities(self) -> frozenset[str]: ...

    def send(self, note: Note) -> None:
        """Show ``note``, replacing the popup this path showed for the same key."""

    def withdraw(self, key: str) -> None:
        """Take the popup for ``key`` off the screen, where the path can."""

    def listen(self, answered: Answered) -> None: ...

    def lost(self, report: Lost) -> None:
        """Where to report a popup that failed after ``send`` returned."""

    def close(self) -> None:
        """At quit, after every popup was withdrawn."""


class PlainPath:
    """A path without buttons and without a way to take a popup back."""

    name = "plain"

    def capabilities(self) -> frozenset[str]:
        return frozenset()

    def withdraw(self, key: str) -> None:
        return None

    def listen(self, answered: Answered) -> None:
        return None

    def lost(self, report: Lost) -> None:
        return None

    def close(self) -> None:
        return None


def resource_file(name: str) -> str:
    """A real file path for one of the app's icons, as notification services want one."""
    ref = resources.files("baclofen_companion.resources").joinpath(name)
    with resources.as_file(ref) as path:
        return str(Path(path))


def icon_file() -> str:
    """The icon each platform's notifications can load: .ico for Windows' LoadImageW, else PNG
    (notify-send and D-Bus servers read PNG everywhere, SVG not everywhere)."""
    if sys.platform == "win32":
        return resource_file("baclofen-companion.ico")
    return resource_file("baclofen-companion-128.png")


def child_env() -> dict[str, str]:
    """The environment for a helper program: a PyInstaller bundle points LD_LIBRARY_PATH at
    its own libraries (keeping the original in LD_LIBRARY_PATH_ORIG), which would make the
    system's notify-send load the bundle's copies; the child gets the original back."""
    env = dict(os.environ)
    if "LD_LIBRARY_PATH_ORIG" in env:
        env["LD_LIBRARY_PATH"] = env.pop("LD_LIBRARY_PATH_ORIG")
    elif getattr(sys, "frozen", False):
        env.pop("LD_LIBRARY_PATH", None)
    return env


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


class NotifySendPath(PlainPath):
    """Linux's fallback behind the D-Bus path: notify-send, run by the app itself.

    plyer's notify-send backend reads ``icon`` and ``expire_time``, which its ``notify()``
    never passes on, and ignores notify-send's exit status; so on Linux the app runs
    notify-send itself, with an icon, a finite expiry and the exit status checked.
    """

    name = "notify-send"

    def __init__(self, service_check: Callable[[], bool] = linux_notification_service_present):
        self._service_check = service_check

    def available(self) -> bool:
        return shutil.which("notify-send") is not None and self._service_check()

    def send(self, note: Note) -> None:
        command = [
            "notify-send",
            "--app-name",
            APP_NAME,
            "--icon",
            icon_file(),
            "--expire-time",
            str(note.expire_s * 1000),
            "--urgency",
            "critical" if note.urgent else "normal",
            "--hint",
            f"string:desktop-entry:{APP_ID}",
            "--",
            note.title,
            note.body,
        ]
        done = subprocess.run(
            command,
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            check=False,
        )
        if done.returncode != 0:
            why = done.stderr.strip() or done.stdout.strip() or "no message"
            raise RuntimeError(f"notify-send exited with {done.returncode}: {why}")


def _plyer_backend_usable() -> bool:
    """plyer on Linux speaks D-Bus through dbus-python if installed (reading the names the
    facade passes); without it, plyer runs notify-send, which NotifySendPath does better."""
    try:
        import dbus  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


class PlyerPath(PlainPath):
    """The portable fallback (Windows' balloon, Linux's dbus-python): the facade's own names,
    ``app_icon`` (an .ico on Windows, which its LoadImageW takes; PNG elsewhere) and a finite
    ``timeout``. macOS needs pyobjus, which the app does not ship, so there it is skipped."""

    name = "plyer"

    def __init__(self, service_check: Callable[[], bool] = linux_notification_service_present):
        self._service_check = service_check

    def available(self) -> bool:
        if sys.platform.startswith("linux"):
            return _plyer_backend_usable() and self._service_check()
        if sys.platform == "darwin":
            try:
                import pyobjus  # type: ignore[import-not-found]  # noqa: F401
            except ImportError:
                return False
        return True

    def send(self, note: Note) -> None:
        with warnings.catch_warnings():
            # plyer warns when dbus-python is missing, then falls back to notify-send.
            warnings.simplefilter("ignore")
            from plyer import notification

            notification.notify(
                title=note.title,
                message=note.body,
                app_name=APP_NAME,
                app_icon=icon_file(),
                timeout=note.expire_s,
            )


class TrayPath(PlainPath):
    name = "tray"

    def __init__(self, tray: Callable[[], QSystemTrayIcon | None]) -> None:
        self._tray = tray

    def available(self) -> bool:
        return self._tray() is not None and QSystemTrayIcon.isSystemTrayAvailable()

    def send(self, note: Note) -> None:
        tray = self._tray()
        if tray is None:
            raise RuntimeError("no tray icon")
        kind = QSystemTrayIcon.MessageIcon
        icon = kind.Warning if note.urgent else kind.Information
        tray.showMessage(note.title, note.body, icon, note.expire_s * 1000)


@dataclass
class Popup:
    """A reminder on screen: which path showed it and which doses it is about."""

    path: NotificationPath
    batch: ReminderBatch
    doses: tuple[PlannedDose, ...] = ()
    keys: frozenset[SlotKey] = field(default_factory=frozenset)


@dataclass(frozen=True)
class TrialResult:
    """What a test reminder found: the path that showed it ("" when none could) and why the
    paths before it failed; whether a tray icon is there for the balloon and the menu."""

    used: str
    failed: tuple[str, ...]
    tray: bool


class NotifierChain:
    """Tries each path in order until one delivers; the window is told every time."""

    def __init__(
        self,
        paths: Sequence[NotificationPath],
        window: Callable[[ReminderBatch], None] | None = None,
        answer: Callable[[str, tuple[PlannedDose, ...]], None] | None = None,
    ) -> None:
        self.paths = list(paths)
        self.window = window
        self.answer = answer
        self.delivered: deque[tuple[ReminderBatch, str]] = deque(maxlen=20)
        self.popups: dict[str, Popup] = {}
        for path in self.paths:
            path.listen(self._answered)
            path.lost(self._lost)

    def deliver(self, batch: ReminderBatch) -> str:
        key = self._key_for(batch)
        used, failed = self._send(key, batch)
        if self.window is not None:
            self.window(batch)
        after = f" after {'; '.join(failed)}" if failed and used != "window only" else ""
        log().info("reminder delivered by %s (+ window banner)%s: %s", used, after, batch.title)
        self.delivered.append((batch, used))
        return used

    def trial(self, title: str, body: str, now: datetime) -> TrialResult:
        """A test reminder through the very paths a dose reminder takes (not the window):
        which one showed it, and why the ones before it could not."""
        used, failed = self._send("test", ReminderBatch(title, body, (), False, now))
        log().info("test reminder: delivered by %s; %s", used, "; ".join(failed) or "no failure")
        tray = any(p.name == "tray" and p.available() for p in self.paths)
        return TrialResult("" if used == "window only" else used, tuple(failed), tray)

    def _send(
        self, key: str, batch: ReminderBatch, after: NotificationPath | None = None
    ) -> tuple[str, list[str]]:
        used = "window only"
        failed: list[str] = []
        start = self.paths.index(after) + 1 if after is not None else 0
        for path in self.paths[start:]:
            try:
                if not path.available():
                    log().info("reminder path %s unavailable; trying the next", path.name)
                    failed.append(f"{path.name}: unavailable")
                    continue
                path.send(self._note(key, batch, path.capabilities()))
            except Exception as err:  # noqa: BLE001 - any failure of a path means: try the next
                log().warning("reminder path %s failed (%r); trying the next", path.name, err)
                failed.append(f"{path.name}: {err!r}")
                continue
            used = path.name
            old = self.popups.get(key)
            if old is not None and old.path is not path:
                self._withdraw_from(old.path, key)
            keys = frozenset(item.key for item in batch.doses)
            self.popups[key] = Popup(path, batch, tuple(i.dose for i in batch.doses), keys)
            break
        return used, failed

    def _lost(self, key: str, why: str) -> None:
        """A popup failed after its path took it (a toast the system refused later): the
        paths after that one get it, as if the send itself had failed."""
        popup = self.popups.pop(key, None)
        if popup is None:
            return
        log().warning(
            "reminder path %s lost %s after sending (%s); trying the next",
            popup.path.name,
            key,
            why,
        )
        used, failed = self._send(key, popup.batch, after=popup.path)
        after = f" after {'; '.join(failed)}" if failed and used != "window only" else ""
        log().info("reminder delivered by %s%s: %s", used, after, popup.batch.title)

    def sync(self, still_due: Sequence[SlotKey] | set[SlotKey]) -> None:
        """Withdraw every dose popup with a dose no longer due and unanswered: taken or
        skipped anywhere, snoozed, missed or superseded."""
        due = set(still_due)
        for key, popup in list(self.popups.items()):
            if popup.keys and not popup.keys <= due:
                log().info("reminder withdrawn (answered or no longer due): %s", key)
                self.withdraw(key)

    def withdraw(self, key: str) -> None:
        popup = self.popups.pop(key, None)
        if popup is not None:
            self._withdraw_from(popup.path, key)

    def withdraw_all(self) -> None:
        """At quit: no popup may outlive the app that would answer its buttons."""
        for key in list(self.popups):
            self.withdraw(key)

    def close(self) -> None:
        """At quit: every popup withdrawn, then each path lets go of what it holds."""
        self.withdraw_all()
        for path in self.paths:
            try:
                path.close()
            except Exception as err:  # noqa: BLE001 - quitting goes on
                log().warning("reminder path %s did not close cleanly: %r", path.name, err)

    def _withdraw_from(self, path: NotificationPath, key: str) -> None:
        try:
            path.withdraw(key)
        except Exception as err:  # noqa: BLE001 - a popup left on screen expires on its own
            log().warning("could not withdraw %s through %s: %r", key, path.name, err)

    def _key_for(self, batch: ReminderBatch) -> str:
        """The popup a batch belongs to: the one already showing any of its doses, so a
        repeat replaces rather than stacks; the others showing its doses are withdrawn."""
        if not batch.doses:
            return f"alert:{batch.title}"
        keys = {item.key for item in batch.doses}
        overlapping = [k for k, p in self.popups.items() if p.keys & keys]
        for extra in overlapping[1:]:
            self.withdraw(extra)
        if overlapping:
            return overlapping[0]
        first = min(keys, key=lambda k: (k.slot_date, k.slot_time, k.medication_id))
        return f"dose:{first.medication_id}:{first.slot_date.isoformat()}:{first.slot_time}"

    def _note(self, key: str, batch: ReminderBatch, capabilities: frozenset[str]) -> Note:
        actions: tuple[tuple[str, str], ...] = ()
        if batch.doses and "actions" in capabilities:
            if len(batch.doses) == 1:
                actions = (
                    (TAKE, QCoreApplication.translate("NotifierChain", "Taken")),
                    (SNOOZE, QCoreApplication.translate("NotifierChain", "Snooze")),
                    (SKIP, QCoreApplication.translate("NotifierChain", "Skip")),
                )
            else:
                actions = ((SNOOZE, QCoreApplication.translate("NotifierChain", "Snooze all")),)
            actions += ((OPEN, QCoreApplication.translate("NotifierChain", "Open")),)
        urgent = batch.final or (batch.late and not batch.doses)
        expire = DOSE_POPUP_S if batch.doses else NOTIFICATION_TIMEOUT_S
        return Note(key, batch.title, batch.body, actions, urgent, expire)

    def _answered(self, key: str, action: str) -> None:
        popup = self.popups.get(key)
        if popup is None:
            log().info("a button on a reminder no longer shown was pressed (%s); ignored", key)
            return
        log().info(
            "reminder answered from the popup through %s: %s %s", popup.path.name, action, key
        )
        if action not in (TAKE, SNOOZE, SKIP, OPEN):
            return
        if action != OPEN:
            self.withdraw(key)
        if self.answer is not None:
            self.answer(action, popup.doses if action != OPEN else ())


def follow(
    chain: NotifierChain, scheduler: ReminderScheduler, show_window: Callable[[], None]
) -> None:
    """Reminders and alerts go out through ``chain``; a popup's button answers through the
    scheduler, as the window's buttons do; every popup follows what is still due."""

    def answer(action: str, doses: tuple[PlannedDose, ...]) -> None:
        if action == OPEN:
            show_window()
            return
        use_case = {TAKE: scheduler.take, SNOOZE: scheduler.snooze, SKIP: scheduler.skip}[action]
        for dose in doses:
            try:
                use_case(dose)
            except StoreError as err:
                log().info("popup answer not recorded, already answered: %s", err)

    chain.answer = answer
    scheduler.reminded.connect(chain.deliver)
    scheduler.alerted.connect(chain.deliver)
    scheduler.state_changed.connect(lambda: chain.sync({i.key for i in scheduler.due_now()}))


def platform_paths(tray: Callable[[], QSystemTrayIcon | None]) -> list[NotificationPath]:
    """The chain for this platform; the window's banner always.

    - Linux: the D-Bus path the app owns (buttons, withdrawn when answered; in a Flatpak the
      notification portal before it), then notify-send, then the tray.
    - Windows and macOS: the native path (toasts; the Notification Centre of a signed app
      bundle) with buttons, then the tray's own balloon, then plyer (Windows' balloon with the
      .ico, whose failures plyer cannot report, so it comes last).
    """
    paths: list[NotificationPath] = []
    if sys.platform.startswith("linux"):
        try:
            from baclofen_companion.services import notify_dbus
        except ImportError as err:  # jeepney missing from a hand-made install
            log().warning("no D-Bus notification path: %s", err)
        else:
            bus = notify_dbus.JeepneyBus()
            if os.path.exists(notify_dbus.FLATPAK_INFO):
                # Sandboxed: the portal first; the service itself only if the sandbox lets it.
                paths.append(notify_dbus.PortalPath(bus))
            paths.append(notify_dbus.FreedesktopPath(bus))
        paths.append(NotifySendPath())
        paths.append(TrayPath(tray))
        return paths
    from baclofen_companion.services.notify_native import NativePath

    return [NativePath(), TrayPath(tray), PlyerPath()]
