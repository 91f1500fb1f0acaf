"""A test notification server: org.freedesktop.Notifications on a private bus, in a thread.

It records every Notify and CloseNotification, answers Notify with an error when told to, and
emits ActionInvoked and NotificationClosed as a desktop's server does when a button is pressed.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field
from typing import Any

from jeepney import DBusAddress, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy, open_dbus_connection
from jeepney.low_level import HeaderFields

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTROSPECTABLE = "org.freedesktop.DBus.Introspectable"
INTROSPECTION = """<node><interface name="org.freedesktop.Notifications">
<method name="Notify"><arg type="s" direction="in"/><arg type="u" direction="in"/>
<arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="s" direction="in"/>
<arg type="as" direction="in"/><arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
<arg type="u" direction="out"/></method>
<method name="CloseNotification"><arg type="u" direction="in"/></method>
<method name="GetCapabilities"><arg type="as" direction="out"/></method>
<method name="GetServerInformation"><arg type="s" direction="out"/><arg type="s" direction="out"/>
<arg type="s" direction="out"/><arg type="s" direction="out"/></method>
<signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
<signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
</interface></node>"""
"""What a client that introspects first (desktop-notifier's D-Bus backend) is told."""


@dataclass
class Shown:
    """One Notify call as the server received it."""

    id: int
    app_name: str
    replaces_id: int
    icon: str
    summary: str
    body: str
    actions: dict[str, str]
    hints: dict[str, tuple[str, Any]]
    expire_ms: int
    signature: str = ""


@dataclass
class NotificationServer:
    address: str
    capabilities: tuple[str, ...] = ("actions", "body")
    fail_notify: bool = False
    shown: list[Shown] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)
    """Ids the client asked to close (CloseNotification)."""
    open_ids: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._conn = open_dbus_connection(bus=self.address)
        Proxy(message_bus, self._conn).RequestName(NAME, 4)  # DO_NOT_QUEUE
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._conn.close()

    def press(self, popup: int, action: str) -> None:
        """A person presses a button: ActionInvoked, then the popup closes (reason 2)."""
        emitter = DBusAddress(PATH, interface=NAME)
        with self._lock:
            self._conn.send(new_signal(emitter, "ActionInvoked", "us", (popup, action)))
            self._conn.send(new_signal(emitter, "NotificationClosed", "uu", (popup, 2)))
            self.open_ids.discard(popup)

    def expire(self, popup: int) -> None:
        """The popup's time is up and the server takes it off the screen (reason 1)."""
        emitter = DBusAddress(PATH, interface=NAME)
        with self._lock:
            self._conn.send(new_signal(emitter, "NotificationClosed", "uu", (popup, 1)))
            self.open_ids.discard(popup)

    def _send(self, message: Any) -> None:
        with self._lock:
            self._conn.send(message)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                msg = self._conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return
            if msg.header.message_type is not MessageType.method_call:
                continue
            fields = msg.header.fields
            if fields.get(HeaderFields.interface) == INTROSPECTABLE:
                self._send(new_method_return(msg, "s", (INTROSPECTION,)))
                continue
            if fields.get(HeaderFields.interface) not in (NAME, None):
                continue
            self._answer(msg, fields.get(HeaderFields.member), fields.get(HeaderFields.signature))

    def _answer(self, msg: Any, member: str, signature: str) -> None:
        if member == "GetCapabilities":
            self._send(new_method_return(msg, "as", (list(self.capabilities),)))
        elif member == "GetServerInformation":
            self._send(new_method_return(msg, "ssss", ("test server", "tests", "1", "1.2")))
        elif member == "Notify":
            if self.fail_notify:
                error = "org.freedesktop.Notifications.Error.Refused"
                self._send(new_error(msg, error, "s", ("refused for the test",)))
                return
            app, replaces, icon, summary, body, actions, hints, expire = msg.body
            popup = replaces if replaces in self.open_ids else next(self._ids)
            pairs = dict(zip(actions[::2], actions[1::2], strict=True))
            self.shown.append(
                Shown(popup, app, replaces, icon, summary, body, pairs, hints, expire, signature)
            )
            self.open_ids.add(popup)
            self._send(new_method_return(msg, "u", (popup,)))
        elif member == "CloseNotification":
            (popup,) = msg.body
            self.closed.append(popup)
            if popup in self.open_ids:
                self.open_ids.discard(popup)
                emitter = DBusAddress(PATH, interface=NAME)
                self._send(new_signal(emitter, "NotificationClosed", "uu", (popup, 3)))
            self._send(new_method_return(msg))
        else:
            self._send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))


PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_NOTIFICATION = "org.freedesktop.portal.Notification"


@dataclass
class FakePortal:
    """The Flatpak notification portal as a sandboxed app sees it."""

    address: str
    added: list[tuple[str, dict[str, tuple[str, Any]]]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._conn = open_dbus_connection(bus=self.address)
        Proxy(message_bus, self._conn).RequestName(PORTAL, 4)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._conn.close()

    def press(self, key: str, action: str) -> None:
        emitter = DBusAddress(PORTAL_PATH, interface=PORTAL_NOTIFICATION)
        with self._lock:
            self._conn.send(new_signal(emitter, "ActionInvoked", "ssav", (key, action, [])))

    def _send(self, message: Any) -> None:
        with self._lock:
            self._conn.send(message)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                msg = self._conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return
            if msg.header.message_type is not MessageType.method_call:
                continue
            member = msg.header.fields.get(HeaderFields.member)
            if member == "Get":
                self._send(new_method_return(msg, "v", (("u", 2),)))
            elif member == "AddNotification":
                self.added.append((msg.body[0], msg.body[1]))
                self._send(new_method_return(msg))
            elif member == "RemoveNotification":
                self.removed.append(msg.body[0])
                self._send(new_method_return(msg))
            else:
                self._send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))
