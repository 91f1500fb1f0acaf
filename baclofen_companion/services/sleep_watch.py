"""Waking from sleep: logind's PrepareForSleep(false) on the system bus, so the scheduler
catches up within seconds of the lid opening instead of at its next one-minute wake.

QTimer does not count while the machine sleeps, so without this the catch-up could come up to
a minute late. Where there is no system bus or no logind (a container, another OS), nothing is
listened to and the one-minute wake stays the net.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from baclofen_companion.services.logbook import log

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"


class SleepWatch(QObject):
    woke = Signal()

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.listening = False
        self._bus = bus if bus is not None else QDBusConnection.systemBus()
        if not self._bus.isConnected():
            log().info("no system bus: waking from sleep is noticed at the next minute's wake")
            return
        # PySide6's stub types the slot as bytes, but only a str is accepted at run time.
        self.listening = self._bus.connect(  # type: ignore[call-overload]
            LOGIN1,
            LOGIN1_PATH,
            LOGIN1_MANAGER,
            "PrepareForSleep",
            self,
            SLOT("prepare_for_sleep(bool)"),
        )

    @Slot(bool)
    def prepare_for_sleep(self, going: bool) -> None:
        if going:
            log().info("the computer is going to sleep")
            return
        log().info("the computer woke from sleep; catching up now")
        self.woke.emit()
