"""The pump's refill reminders and withdrawal watch, run at every scheduler wake.

A refill date a week off, two days off and on the day each remind once (the day's urgently);
a date that passed with no refill recorded raises the pump withdrawal watch (urgent). What was
sent is kept in the store's settings, so a restart does not repeat it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from baclofen_companion.core.pump import RefillStage, refill_stage, reminder_text
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, long_date
from baclofen_companion.services.logbook import log
from baclofen_companion.store import Store

SENT_KEY = "pump_alerted"
MORNING = time(8, 0)
"""Reminders before the day's visit wait for the morning; the withdrawal watch does not."""
TITLES = {
    RefillStage.WEEK: QT_TRANSLATE_NOOP("PumpWatch", "{person} — pump refill in a week"),
    RefillStage.TWO_DAYS: QT_TRANSLATE_NOOP("PumpWatch", "{person} — pump refill in two days"),
    RefillStage.TODAY: QT_TRANSLATE_NOOP("PumpWatch", "{person} — pump refill today"),
    RefillStage.OVERDUE: QT_TRANSLATE_NOOP("PumpWatch", "{person} — pump withdrawal watch"),
}

Alert = Callable[[str, str, bool], None]
"""title, body, urgent"""


class PumpWatch:
    def __init__(self, store: Store) -> None:
        self.store = store

    def check(self, now: datetime, alert: Alert) -> None:
        sent: list[str] = self.store.setting(SENT_KEY, [])
        for profile in self.store.profiles():
            pump = self.store.pump(profile.id)
            if pump is None or pump.next_refill is None:
                continue
            local = now.astimezone(ZoneInfo(profile.home_tz))
            stage = refill_stage(pump, self.store.pump_events(profile.id), local.date())
            if stage is None:
                continue
            if stage is not RefillStage.OVERDUE and local.time() < MORNING:
                continue
            key = f"{profile.id}:{pump.next_refill.isoformat()}:{stage.value}"
            if key in sent:
                continue
            sent.append(key)
            self.store.set_setting(SENT_KEY, sent[-200:])
            title = QCoreApplication.translate("PumpWatch", TITLES[stage]).format(
                person=profile.name
            )
            body = reminder_text(stage, pump, long_date(pump.next_refill))
            log().info("pump: %s", title)
            alert(title, body, stage in (RefillStage.TODAY, RefillStage.OVERDUE))
