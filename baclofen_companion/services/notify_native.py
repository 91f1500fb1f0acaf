"""Windows toasts and macOS's Notification Centre, through the desktop-notifier library.

desktop-notifier speaks WinRT on Windows 10 and later and UNUserNotificationCenter on macOS
(inside an app bundle); its API is asyncio, and its button callbacks need the loop that sent the
notification to keep running. So the path owns one asyncio loop on a daemon thread of its own
(WinRT then never meets the apartment Qt set up on the main thread), blocks for each call with a
time limit, and hands every press back to the Qt main thread through a queued signal, where it
runs the same use case as the window's button.

The library reports a notification that could not be scheduled with a warning in its log, not
an exception ("Notification failed", or a toast that failed later), so the path listens to that
log: a warning while it sends is a failure the chain hands to the next path, and a toast that
fails later is reported as lost, which the chain re-sends the same way.

A repeat takes the earlier popup back and shows a new one, through the library's public
``clear`` and ``send``, the same on every backend. The path is in the chain only on Windows and
macOS; on Linux the app's own D-Bus path is better, but the tests run this path on Linux too,
on the library's real D-Bus backend and on its real WinRT backend over a fake Windows Runtime.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import importlib
import itertools
import logging
import platform
import sys
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from baclofen_companion import APP_NAME
from baclofen_companion.services.logbook import log
from baclofen_companion.services.notifier import OPEN, Answered, Lost, Note, resource_file

T = TypeVar("T")

CALL_TIMEOUT_S = 5.0
"""How long one call into the platform may take before it counts as failed."""
LIBRARY_LOG = "desktop_notifier"


def platform_gate() -> str:
    """Why this platform cannot use the path, or "" when it can."""
    if sys.platform == "win32":
        # Toasts came with Windows 10 (build 10240); the library's own check.
        release = platform.version().split(".")
        if len(release) < 3 or (int(release[0]), int(release[2])) < (10, 10240):
            return f"Windows {platform.version()} has no toast notifications"
        return ""
    if sys.platform == "darwin":
        try:
            from desktop_notifier.backends.macos_support import is_bundle, is_signed_bundle
        except ImportError as err:
            return f"desktop-notifier is not installed ({err})"
        # Apple lets only a signed app bundle use the Notification Centre.
        if not is_bundle():
            return "the Notification Centre needs the app bundle (started from Python)"
        if not is_signed_bundle():
            return "the app bundle is not signed"
        return ""
    return "this path is for Windows and macOS"


class LoopThread:
    """One asyncio loop on a daemon thread; ``run`` waits for a coroutine, up to a limit."""

    def __init__(self, name: str) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    @property
    def ident(self) -> int | None:
        return self._thread.ident

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

    def run(self, make: Callable[[], Awaitable[T]], timeout: float = CALL_TIMEOUT_S) -> T:
        async def call() -> T:
            return await make()

        future = asyncio.run_coroutine_threadsafe(call(), self._loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise TimeoutError(f"no answer within {timeout:g} s") from None

    def stop(self) -> None:
        if self._loop.is_closed():
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=2)
        if not self._thread.is_alive():
            self._loop.close()


class Relay(QObject):
    """Carries a press or a late failure from the library's thread to the Qt main thread: the
    signals are connected to this object's own slots, so Qt queues them to where it lives."""

    pressed = Signal(str, str)
    failed = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.on_pressed: Answered | None = None
        self.on_failed: Lost | None = None
        self.pressed.connect(self._press)
        self.failed.connect(self._fail)

    @Slot(str, str)
    def _press(self, key: str, action: str) -> None:
        if self.on_pressed is not None:
            self.on_pressed(key, action)

    @Slot(str, str)
    def _fail(self, key: str, why: str) -> None:
        if self.on_failed is not None:
            self.on_failed(key, why)


class LibraryWarnings(logging.Handler):
    """The library's warnings: those raised while this path sends are the send's failure; a
    later one naming a toast this path showed means that toast was lost."""

    def __init__(self, path: NativePath) -> None:
        super().__init__(logging.WARNING)
        self._path = path
        self.sending = ""
        """The identifier being sent, while a send runs."""
        self.problems: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            text = f"{text}: {record.exc_info[1]!r}"
        args = record.args if isinstance(record.args, tuple) else ()
        named = [a for a in args if isinstance(a, str) and a in self._path.keys_by_id]
        if named and named[0] != self.sending:
            self._path.relay.failed.emit(self._path.keys_by_id[named[0]], text)
        elif self.sending and threading.get_ident() == self._path.loop_ident:
            self.problems.append(text)


async def clear_if_showing(notifier: Any, identifier: str) -> None:
    """Take a popup back if the platform still shows it (on screen, or in Windows' Action
    Centre). One that expired or was dismissed is gone already, and the library may have
    forgotten it: clearing it then raises on some backends."""
    if identifier in await notifier.get_current_notifications():
        await notifier.clear(identifier)


class NativePath:
    """Toasts on Windows, the Notification Centre on macOS: buttons, replaced on a repeat,
    withdrawn when answered; ``toolkit`` is the desktop_notifier module (a test may pass the
    real one on another backend)."""

    def __init__(
        self,
        gate: Callable[[], str] = platform_gate,
        toolkit: Callable[[], ModuleType] = lambda: importlib.import_module("desktop_notifier"),
        name: str | None = None,
    ) -> None:
        self.name = name or {"win32": "toast", "darwin": "notification-centre"}.get(
            sys.platform, "desktop-notifier"
        )
        self._gate = gate
        self._toolkit = toolkit
        self._lib: ModuleType | None = None
        self._loop: LoopThread | None = None
        self._notifier: Any = None
        self._caps: frozenset[str] | None = None
        self._ids: dict[str, str] = {}
        self.keys_by_id: dict[str, str] = {}
        self._serial = itertools.count(1)
        self.relay = Relay()
        self._warnings = LibraryWarnings(self)
        self._refused = ""

    @property
    def loop_ident(self) -> int | None:
        return self._loop.ident if self._loop is not None else None

    def _start(self) -> Any:
        """The library, its loop and its notifier, made once; raises when any cannot be."""
        if self._notifier is not None:
            return self._notifier
        if self._refused:
            raise RuntimeError(self._refused)
        why = self._gate()
        if why:
            self._refused = why
            raise RuntimeError(why)
        try:
            self._lib = self._toolkit()
        except ImportError as err:
            self._refused = f"desktop-notifier is not installed ({err})"
            raise RuntimeError(self._refused) from err
        library_log = logging.getLogger(LIBRARY_LOG)
        library_log.addHandler(self._warnings)
        self._loop = LoopThread("notifications")
        lib = self._lib

        async def make() -> Any:
            icon = lib.Icon(path=Path(resource_file("baclofen-companion-128.png")))
            notifier = lib.DesktopNotifier(app_name=APP_NAME, app_icon=icon)
            notifier.on_button_pressed = self._on_button
            notifier.on_clicked = self._on_clicked
            # The first call may ask the person (macOS); the answer comes when it comes.
            asyncio.get_running_loop().create_task(notifier.request_authorisation())
            return notifier

        try:
            self._notifier = self._loop.run(make)
        except Exception:
            self._loop.stop()
            self._loop = None
            library_log.removeHandler(self._warnings)
            raise
        return self._notifier

    def available(self) -> bool:
        """The platform and library are there and the person allows this app's notifications
        (Windows' settings, macOS's permission), asked afresh each time."""
        try:
            notifier = self._start()
            allowed = self._loop_run(notifier.has_authorisation)
        except Exception as err:  # noqa: BLE001 - any failure means: use the next path
            log().info("%s unavailable: %s", self.name, err)
            return False
        if not allowed:
            log().info("%s unavailable: notifications are turned off for the app", self.name)
        return bool(allowed)

    def _loop_run(self, make: Callable[[], Awaitable[T]]) -> T:
        assert self._loop is not None
        return self._loop.run(make)

    def capabilities(self) -> frozenset[str]:
        if self._caps is None:
            assert self._lib is not None
            found = self._loop_run(self._notifier.get_capabilities)
            self._caps = frozenset({"actions"} if self._lib.Capability.BUTTONS in found else ())
        return self._caps

    def send(self, note: Note) -> None:
        notifier = self._start()
        lib = self._lib
        assert lib is not None
        old = self._ids.get(note.key)
        identifier = f"baclofen-companion-{next(self._serial)}"
        buttons = tuple(
            lib.Button(title=label, identifier=action)
            for action, label in note.actions
            if action != OPEN
        )
        urgency = lib.Urgency.Critical if note.urgent else lib.Urgency.Normal
        notification = lib.Notification(
            title=note.title,
            message=note.body,
            urgency=urgency,
            buttons=buttons,
            timeout=note.expire_s,
            identifier=identifier,
        )

        async def show() -> list[str]:
            if old is not None:
                try:
                    await clear_if_showing(notifier, old)
                except Exception as err:  # noqa: BLE001 - the repeat matters more
                    log().warning("%s could not take back its earlier popup: %r", self.name, err)
            self._warnings.sending, self._warnings.problems = identifier, []
            try:
                await notifier.send_notification(notification)
            finally:
                self._warnings.sending = ""
            return self._warnings.problems

        if old is not None:
            self._forget(old)
        self.keys_by_id[identifier] = note.key
        problems = self._loop_run(show)
        if problems:
            self.keys_by_id.pop(identifier, None)
            raise RuntimeError("; ".join(problems))
        self._ids[note.key] = identifier

    def withdraw(self, key: str) -> None:
        identifier = self._ids.get(key)
        if identifier is None or self._notifier is None:
            return
        self._forget(identifier)
        notifier = self._notifier

        self._loop_run(lambda: clear_if_showing(notifier, identifier))

    def showing(self) -> set[str]:
        """The keys of this app's popups the platform still shows."""
        if self._notifier is None:
            return set()
        current = self._loop_run(self._notifier.get_current_notifications)
        return {self.keys_by_id[i] for i in current if i in self.keys_by_id}

    def _forget(self, identifier: str) -> None:
        key = self.keys_by_id.pop(identifier, None)
        if key is not None and self._ids.get(key) == identifier:
            del self._ids[key]

    def listen(self, answered: Answered) -> None:
        self.relay.on_pressed = answered

    def lost(self, report: Lost) -> None:
        self.relay.on_failed = report

    def close(self) -> None:
        """At quit, after the chain withdrew its popups: the loop thread ends."""
        logging.getLogger(LIBRARY_LOG).removeHandler(self._warnings)
        if self._loop is not None:
            self._loop.stop()
            self._loop = None

    # Called on the loop thread by the library. A pressed or clicked popup is gone from the
    # screen on every platform, so there is nothing left to withdraw.
    def _on_button(self, identifier: str, button: str) -> None:
        key = self.keys_by_id.get(identifier)
        if key is not None:
            self._forget(identifier)
            self.relay.pressed.emit(key, button)

    def _on_clicked(self, identifier: str) -> None:
        self._on_button(identifier, OPEN)
