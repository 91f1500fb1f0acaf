"""A fake Windows Runtime, just the part desktop-notifier's toast backend calls, so that the
library's real WinRT backend runs here on Linux: the toasts it shows are parsed back from their
XML, the history is kept, and a press or a failure comes from another thread, as Windows sends
them.

``install(monkeypatch)`` puts the modules in ``sys.modules``, makes ``platform`` say Windows 10
and returns the ``Windows`` object the test looks at and drives.
"""

from __future__ import annotations

import contextlib
import enum
import platform
import sys
import threading
import types
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

Handler = Callable[[Any, Any], None]


@dataclass
class Toast:
    """One toast as Windows would show it."""

    tag: str
    group: str
    title: str
    body: str
    buttons: dict[str, str]
    """Button label -> the arguments Windows hands back when it is pressed."""
    image: str
    priority: Any = None
    activated: list[Handler] = field(default_factory=list)
    failed: list[Handler] = field(default_factory=list)
    dismissed: list[Handler] = field(default_factory=list)


@dataclass
class Windows:
    """What the fake Windows shows; the test drives presses and failures through it."""

    shown: list[Toast] = field(default_factory=list)
    history: dict[str, Toast] = field(default_factory=dict)
    registry: dict[str, dict[str, str]] = field(default_factory=dict)
    enabled: bool = True
    refuse_show: bool = False

    def toast(self, title: str) -> Toast:
        return next(t for t in reversed(self.shown) if t.title == title)

    def press(self, toast: Toast, label: str) -> None:
        """The person presses a button: Windows calls the handler on a thread of its own."""
        args = ActivatedArgs(toast.buttons[label])
        self.history.pop(toast.tag, None)
        self._from_windows(lambda: [h(toast, Boxed(args)) for h in toast.activated])

    def click(self, toast: Toast) -> None:
        """The person clicks the toast itself, not a button."""
        args = ActivatedArgs("default")
        self.history.pop(toast.tag, None)
        self._from_windows(lambda: [h(toast, Boxed(args)) for h in toast.activated])

    def fail(self, toast: Toast, code: int) -> None:
        """Windows gives up on a toast after show() returned (ToastFailed)."""
        self.history.pop(toast.tag, None)
        self._from_windows(lambda: [h(toast, FailedArgs(ErrorCode(code))) for h in toast.failed])

    @staticmethod
    def _from_windows(call: Callable[[], object]) -> None:
        worker = threading.Thread(target=call, name="winrt-callback")
        worker.start()
        worker.join(timeout=5)


@dataclass
class ActivatedArgs:
    arguments: str
    user_input: dict[str, Any] = field(default_factory=dict)


@dataclass
class Boxed:
    value: Any

    def as_(self, _kind: Any) -> Any:
        return self.value


@dataclass
class ErrorCode:
    value: int


@dataclass
class FailedArgs:
    error_code: ErrorCode


class NotificationSetting(enum.Enum):
    ENABLED = 0
    DISABLED_FOR_APPLICATION = 1


class ToastNotificationPriority(enum.Enum):
    DEFAULT = 0
    HIGH = 1


class ToastDismissalReason(enum.Enum):
    USER_CANCELED = 0
    APPLICATION_HIDDEN = 1
    TIMED_OUT = 2


class XmlDocument:
    def __init__(self) -> None:
        self.root: ET.Element | None = None

    def load_xml(self, text: str) -> None:
        self.root = ET.fromstring(text)


class ToastNotification:
    def __init__(self, document: XmlDocument) -> None:
        assert document.root is not None
        self.document = document.root
        self.tag = ""
        self.group = ""
        self.priority: Any = None
        self._activated: list[Handler] = []
        self._failed: list[Handler] = []
        self._dismissed: list[Handler] = []

    def add_activated(self, handler: Handler) -> None:
        self._activated.append(handler)

    def add_failed(self, handler: Handler) -> None:
        self._failed.append(handler)

    def add_dismissed(self, handler: Handler) -> None:
        self._dismissed.append(handler)


class ToastNotifier:
    def __init__(self, windows: Windows) -> None:
        self._windows = windows

    @property
    def setting(self) -> NotificationSetting:
        if self._windows.enabled:
            return NotificationSetting.ENABLED
        return NotificationSetting.DISABLED_FOR_APPLICATION

    def show(self, native: ToastNotification) -> None:
        if self._windows.refuse_show:
            raise OSError(-2143420143, "The notification platform is unavailable.")
        root = native.document
        texts = [t.text or "" for t in root.iter("text")]
        image = next((i.get("src", "") for i in root.iter("image")), "")
        buttons = {a.get("content", ""): a.get("arguments", "") for a in root.iter("action")}
        toast = Toast(
            native.tag,
            native.group,
            texts[0],
            texts[1],
            buttons,
            image,
            native.priority,
            native._activated,
            native._failed,
            native._dismissed,
        )
        self._windows.shown.append(toast)
        self._windows.history[toast.tag] = toast


class History:
    def __init__(self, windows: Windows) -> None:
        self._windows = windows

    def remove_grouped_tag_with_id(self, tag: str, group: str, app_id: str) -> None:
        self._windows.history.pop(tag, None)

    def clear_with_id(self, app_id: str) -> None:
        self._windows.history.clear()

    def get_history_with_id(self, app_id: str) -> list[Toast]:
        return list(self._windows.history.values())


class Manager:
    def __init__(self, windows: Windows) -> None:
        self._windows = windows
        self.history = History(windows)

    def create_toast_notifier_with_id(self, app_id: str) -> ToastNotifier:
        return ToastNotifier(self._windows)


def _modules(windows: Windows) -> dict[str, types.ModuleType]:
    def module(name: str, **attrs: Any) -> types.ModuleType:
        made = types.ModuleType(name)
        made.__dict__.update(attrs)
        return made

    @contextlib.contextmanager
    def create_key(_root: Any, path: str) -> Iterator[str]:
        windows.registry.setdefault(path, {})
        yield path

    def set_value(key: str, name: str, _reserved: int, _kind: int, value: str) -> None:
        windows.registry[key][name] = value

    manager = Manager(windows)
    notifications = module(
        "winrt.windows.ui.notifications",
        NotificationSetting=NotificationSetting,
        ToastActivatedEventArgs=ActivatedArgs,
        ToastDismissalReason=ToastDismissalReason,
        ToastDismissedEventArgs=object,
        ToastFailedEventArgs=FailedArgs,
        ToastNotification=ToastNotification,
        ToastNotificationManager=types.SimpleNamespace(get_default=lambda: manager),
        ToastNotificationPriority=ToastNotificationPriority,
    )
    return {
        "winreg": module(
            "winreg",
            HKEY_CURRENT_USER=1,
            REG_SZ=1,
            ConnectRegistry=lambda *_: None,
            CreateKeyEx=create_key,
            SetValueEx=set_value,
        ),
        "winrt": module("winrt"),
        "winrt.system": module("winrt.system", Object=object, unbox_string=str),
        "winrt.windows": module("winrt.windows"),
        "winrt.windows.applicationmodel": module("winrt.windows.applicationmodel"),
        "winrt.windows.applicationmodel.core": module(
            "winrt.windows.applicationmodel.core",
            CoreApplication=types.SimpleNamespace(id=""),
        ),
        "winrt.windows.data": module("winrt.windows.data"),
        "winrt.windows.data.xml": module("winrt.windows.data.xml"),
        "winrt.windows.data.xml.dom": module("winrt.windows.data.xml.dom", XmlDocument=XmlDocument),
        "winrt.windows.ui": module("winrt.windows.ui"),
        "winrt.windows.ui.notifications": notifications,
    }


def install(monkeypatch: pytest.MonkeyPatch) -> Windows:
    """desktop-notifier's real toast backend, over this fake, for the rest of the test."""
    windows = Windows()
    for name, made in _modules(windows).items():
        monkeypatch.setitem(sys.modules, name, made)
    # The backend module binds the fake names when imported: import it afresh for this test.
    monkeypatch.delitem(sys.modules, "desktop_notifier.backends.winrt", raising=False)
    monkeypatch.setattr(platform, "system", lambda: "Windows")
    monkeypatch.setattr(platform, "version", lambda: "10.0.19045")
    build = types.SimpleNamespace(build=19045)
    monkeypatch.setattr(sys, "getwindowsversion", lambda: build, raising=False)
    return windows
