"""Settings (one JSON value per key) and the reminder bookkeeping the scheduler keeps per slot:
when it first and last reminded, how often, and any snooze."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, time
from typing import Any

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import SlotKey
from baclofen_companion.core.reminders import ReminderSettings, ReminderState
from baclofen_companion.core.safety import WithdrawalSettings
from baclofen_companion.store.db import Database
from baclofen_companion.store.timestamps import (
    EPOCH,
    maybe_from_iso,
    maybe_iso,
    slot_text,
    to_iso,
)


class SettingsRepo:
    """The settings and reminder-state part of ``Store`` (a mixin over its ``db``)."""

    db: Database

    def setting(self, key: str, default: Any = None) -> Any:
        rows = self.db.query("SELECT value FROM settings WHERE key = ?", [key])
        return json.loads(rows[0]["value"]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )

    def reminder_settings(self) -> ReminderSettings:
        stored = self.setting("reminders", {})
        defaults = ReminderSettings()
        try:
            return ReminderSettings(
                repeat_minutes=int(stored.get("repeat_minutes", defaults.repeat_minutes)),
                max_repeats=int(stored.get("max_repeats", defaults.max_repeats)),
                snooze_minutes=int(stored.get("snooze_minutes", defaults.snooze_minutes)),
            )
        except (ValidationError, TypeError, ValueError, AttributeError):
            return defaults

    def withdrawal_settings(self) -> WithdrawalSettings:
        stored = self.setting("withdrawal", {})
        try:
            return WithdrawalSettings(
                missed_in_row=int(stored.get("missed_in_row", 2)),
                hours_without=int(stored.get("hours_without", 24)),
            )
        except (ValidationError, TypeError, ValueError, AttributeError):
            return WithdrawalSettings()

    def set_withdrawal_settings(self, settings: WithdrawalSettings) -> None:
        self.set_setting(
            "withdrawal",
            {"missed_in_row": settings.missed_in_row, "hours_without": settings.hours_without},
        )

    def set_reminder_settings(self, settings: ReminderSettings) -> None:
        self.set_setting(
            "reminders",
            {
                "repeat_minutes": settings.repeat_minutes,
                "max_repeats": settings.max_repeats,
                "snooze_minutes": settings.snooze_minutes,
            },
        )

    def reminder_states(self, since: date) -> dict[SlotKey, ReminderState]:
        rows = self.db.query(
            "SELECT * FROM reminder_state WHERE slot_date >= ?", [since.isoformat()]
        )
        return {
            SlotKey(
                r["medication_id"],
                date.fromisoformat(r["slot_date"]),
                time.fromisoformat(r["slot_time"]),
            ): ReminderState(
                first=maybe_from_iso(r["first_utc"]) or EPOCH,
                last=maybe_from_iso(r["last_utc"]) or EPOCH,
                count=int(r["count"]),
                snoozed_until=maybe_from_iso(r["snoozed_until_utc"]),
            )
            for r in rows
        }

    def save_reminder_states(self, states: Mapping[SlotKey, ReminderState]) -> None:
        if not states:
            return
        with self.db.transaction() as db:
            db.executemany(
                "INSERT INTO reminder_state (medication_id, slot_date, slot_time, first_utc,"
                " last_utc, count, snoozed_until_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (medication_id, slot_date, slot_time) DO UPDATE SET"
                " first_utc = excluded.first_utc, last_utc = excluded.last_utc,"
                " count = excluded.count, snoozed_until_utc = excluded.snoozed_until_utc",
                [
                    (
                        key.medication_id,
                        key.slot_date.isoformat(),
                        slot_text(key.slot_time),
                        to_iso(state.first),
                        to_iso(state.last),
                        state.count,
                        maybe_iso(state.snoozed_until),
                    )
                    for key, state in states.items()
                ],
            )
