"""The Linux notification path the app owns: org.freedesktop.Notifications on the session bus.

Spoken with jeepney, a pure-Python D-Bus library, driven by Qt's event loop: QtDBus in PySide6
cannot send the spec's types (it marshals every Python int as int32 or uint16, and Notify
needs a uint32 ``replaces_id``, CloseNotification a uint32 id, and the urgency hint a byte;
GDBus servers such as dunst reject anything else). Calls are short blocking round trips with
a timeout, so an error reply or a missing server hands the reminder to the next path at once;
the server's signals (ActionInvoked, NotificationClosed) arrive through a QSocketNotifier and
are believed only from the connection that owns the service name.
"""

from __future__ import annotations

import html
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from baclofen_companion import APP_ID, APP_NAME
from baclofen_companion.services.logbook import log
from baclofen_companion.services.notifier import Answered, Note, PlainPath, icon_file

CALL_TIMEOUT_S = 2.0
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
LOW, NORMAL, CRITICAL = 0, 1, 2


class DBusCallError(RuntimeError):
    """The other side answered a call with an error (or did not answer in time)."""


Connect = Callable[[], Any]


def _session_connection() -> Any:
    from jeepney.io.blocking import open_dbus_connection

    return open_dbus_connection(bus="SESSION")


class JeepneyBus(QObject):
    """One connection to a message bus, its incoming signals read on Qt's event loop."""

    signal_received = Signal(object)  # a jeepney Message

    def __init__(self, connect: Connect = _session_connection, parent: QObject | None = None):
        super().__init__(parent)
        self._connect = connect
        self._conn: Any = None
        self._signals: deque[Any] = deque(maxlen=256)
        self._filter: Any = None
        self._reader: QSocketNotifier | None = None
        self._rules: list[str] = []

    @property
    def connected(self) -> bool:
        return self._conn is not None

    def _connection(self) -> Any:
        if self._conn is None:
            from jeepney import MatchRule

            conn = self._connect()
            self._filter = conn.filter(MatchRule(type="signal"), queue=self._signals)
            self._conn = conn
            self._reader = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
            self._reader.activated.connect(self._readable)
            for rule in self._rules:
                self._add_match(rule)
        return self._conn

    def close(self) -> None:
        if self._reader is not None:
            self._reader.setEnabled(False)
            self._reader.deleteLater()
            self._reader = None
        if self._conn is not None:
            conn, self._conn = self._conn, None
            conn.close()

    def watch(self, rule: str) -> None:
        """Receive the signals matching a D-Bus match rule (from now on, and after reconnects)."""
        self._rules.append(rule)
        if self._conn is not None:
            self._add_match(rule)

    def _add_match(self, rule: str) -> None:
        self.call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "AddMatch",
            "s",
            (rule,),
        )

    def call(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        signature: str | None = None,
        body: tuple[Any, ...] = (),
    ) -> tuple[Any, ...]:
        from jeepney import DBusAddress, MessageType, new_method_call
        from jeepney.low_level import HeaderFields

        conn = self._connection()
        message = new_method_call(DBusAddress(path, service, interface), method, signature, body)
        try:
            reply = conn.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
        except TimeoutError as err:
            raise DBusCallError(f"{method}: no answer within {CALL_TIMEOUT_S:g} s") from err
        except OSError:
            self.close()  # the bus went away: the next call connects afresh
            raise
        finally:
            self._dispatch()
        if reply.header.message_type is MessageType.error:
            name = reply.header.fields.get(HeaderFields.error_name, "unknown error")
            detail = f": {reply.body[0]}" if reply.body and isinstance(reply.body[0], str) else ""
            raise DBusCallError(f"{method} answered {name}{detail}")
        return tuple(reply.body)

    def _readable(self) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            while True:
                conn.recv_messages(timeout=0)
        except TimeoutError:
            pass  # everything waiting has been read
        except (OSError, ValueError) as err:
            log().warning("the D-Bus connection closed (%r); reconnecting at the next call", err)
            self.close()
        self._dispatch()

    def _dispatch(self) -> None:
        while self._signals:
            self.signal_received.emit(self._signals.popleft())


def sender_of(message: Any) -> str | None:
    from jeepney.low_level import HeaderFields

    sender = message.header.fields.get(HeaderFields.sender)
    return str(sender) if sender is not None else None


def member_of(message: Any) -> tuple[str | None, str | None]:
    from jeepney.low_level import HeaderFields

    fields = message.header.fields
    return fields.get(HeaderFields.interface), fields.get(HeaderFields.member)


class FreedesktopPath(PlainPath):
    """Notify with the app's name, icon, desktop entry and urgency; buttons where the server
    lists "actions"; one popup per key, replaced by ``replaces_id`` and closed on withdraw."""

    name = "freedesktop"

    def __init__(self, bus: JeepneyBus | None = None, icon: str | None = None) -> None:
        self.bus = bus if bus is not None else JeepneyBus()
        self._icon = icon
        self._ids: dict[str, int] = {}
        self._keys: dict[int, str] = {}
        self._owner: str | None = None
        self._caps: frozenset[str] = frozenset()
        self._answered: Answered | None = None
        self.bus.watch(f"type='signal',interface='{NOTIFICATIONS}'")
        self.bus.signal_received.connect(self._signal)

    def _call(self, method: str, signature: str | None = None, *body: Any) -> tuple[Any, ...]:
        return self.bus.call(
            NOTIFICATIONS, NOTIFICATIONS_PATH, NOTIFICATIONS, method, signature, body
        )

    def available(self) -> bool:
        """A server answers (D-Bus starts one if it can): its capabilities, asked afresh."""
        try:
            (caps,) = self._call("GetCapabilities")
        except (DBusCallError, OSError, KeyError, ValueError, RuntimeError) as err:
            # KeyError: no session bus address at all.
            log().info("notification server unreachable: %r", err)
            return False
        self._caps = frozenset(str(c) for c in caps)
        owner = self._current_owner()
        if owner != self._owner:
            # Another server took over: its ids mean nothing for the old popups.
            self._owner = owner
            self._ids.clear()
            self._keys.clear()
        return True

    def _current_owner(self) -> str | None:
        try:
            (owner,) = self.bus.call(
                "org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus",
                "GetNameOwner",
                "s",
                (NOTIFICATIONS,),
            )
        except (DBusCallError, OSError, KeyError, ValueError, RuntimeError):
            return None
        return str(owner)

    def capabilities(self) -> frozenset[str]:
        return self._caps

    def send(self, note: Note) -> None:
        hints: dict[str, tuple[str, Any]] = {
            "desktop-entry": ("s", APP_ID),
            "urgency": ("y", CRITICAL if note.urgent else NORMAL),
            "category": ("s", "reminder"),
        }
        actions: list[str] = []
        if "actions" in self._caps:
            for action, label in note.actions:
                actions += [action, label]
        if actions and "persistence" in self._caps:
            # Kept in the server's list after a button is pressed; the app withdraws it then.
            hints["resident"] = ("b", True)
        body = html.escape(note.body, quote=False) if "body-markup" in self._caps else note.body
        (new_id,) = self._call(
            "Notify",
            "susssasa{sv}i",
            APP_NAME,
            self._ids.get(note.key, 0),
            self._icon or icon_file(),
            note.title,
            body,
            actions,
            hints,
            note.expire_s * 1000,
        )
        old = self._ids.get(note.key)
        if old is not None and old != new_id:
            self._keys.pop(old, None)
        self._ids[note.key] = int(new_id)
        self._keys[int(new_id)] = note.key

    def withdraw(self, key: str) -> None:
        popup = self._ids.pop(key, None)
        if popup is None:
            return
        self._keys.pop(popup, None)
        self._call("CloseNotification", "u", popup)

    def listen(self, answered: Answered) -> None:
        self._answered = answered

    def _signal(self, message: Any) -> None:
        interface, member = member_of(message)
        if interface != NOTIFICATIONS or member not in ("ActionInvoked", "NotificationClosed"):
            return
        if self._owner is not None and sender_of(message) != self._owner:
            return  # only the server that showed the popup may say what was pressed
        if not message.body:
            return
        key = self._keys.get(int(message.body[0]))
        if key is None:
            return
        if member == "NotificationClosed":
            self._keys.pop(int(message.body[0]), None)
            self._ids.pop(key, None)
        elif self._answered is not None and len(message.body) > 1:
            self._answered(key, str(message.body[1]))


PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_NOTIFICATION = "org.freedesktop.portal.Notification"
FLATPAK_INFO = "/.flatpak-info"


class PortalPath(PlainPath):
    """Inside a Flatpak sandbox: the notification portal (AddNotification with buttons,
    RemoveNotification). The portal keys a notification by an id the app chooses, so an
    update is the same id sent again; plain D-Bus values, so an apostrophe is just a letter."""

    name = "portal"

    def __init__(self, bus: JeepneyBus | None = None) -> None:
        self.bus = bus if bus is not None else JeepneyBus()
        self._shown: set[str] = set()
        self._answered: Answered | None = None
        self.bus.watch(f"type='signal',interface='{PORTAL_NOTIFICATION}'")
        self.bus.signal_received.connect(self._signal)

    def _call(self, method: str, signature: str, *body: Any) -> tuple[Any, ...]:
        return self.bus.call(PORTAL, PORTAL_PATH, PORTAL_NOTIFICATION, method, signature, body)

    def available(self) -> bool:
        try:
            self.bus.call(
                PORTAL,
                PORTAL_PATH,
                "org.freedesktop.DBus.Properties",
                "Get",
                "ss",
                (PORTAL_NOTIFICATION, "version"),
            )
        except (DBusCallError, OSError, KeyError, ValueError, RuntimeError) as err:
            log().info("notification portal unreachable: %r", err)
            return False
        return True

    def capabilities(self) -> frozenset[str]:
        return frozenset({"actions"})

    def send(self, note: Note) -> None:
        buttons = [
            {"label": ("s", label), "action": ("s", action)}
            for action, label in note.actions
            if action != "default"
        ]
        notification: dict[str, tuple[str, Any]] = {
            "title": ("s", note.title),
            "body": ("s", note.body),
            "priority": ("s", "urgent" if note.urgent else "normal"),
        }
        if buttons:
            notification["buttons"] = ("aa{sv}", buttons)
        if any(action == "default" for action, _label in note.actions):
            notification["default-action"] = ("s", "default")
        self._call("AddNotification", "sa{sv}", note.key, notification)
        self._shown.add(note.key)

    def withdraw(self, key: str) -> None:
        if key in self._shown:
            self._shown.discard(key)
            self._call("RemoveNotification", "s", key)

    def listen(self, answered: Answered) -> None:
        self._answered = answered

    def _signal(self, message: Any) -> None:
        interface, member = member_of(message)
        if interface != PORTAL_NOTIFICATION or member != "ActionInvoked" or len(message.body) < 2:
            return
        key, action = str(message.body[0]), str(message.body[1])
        if key in self._shown and self._answered is not None:
            self._shown.discard(key)
            self._answered(key, action)
