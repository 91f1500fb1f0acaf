"""The pump part of ``Store``: each person's pump as the clinic wrote it, and its events
(refills recorded, alarms heard)."""

from __future__ import annotations

from datetime import date, datetime

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.pump import Pump, PumpEvent, PumpEventKind
from baclofen_companion.core.text import translate
from baclofen_companion.store.db import Database, Row
from baclofen_companion.store.timestamps import from_iso, to_iso

MAX_TEXT = 200


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


class PumpRepo:
    """A mixin over ``Store``'s ``db``: ``pump``, ``save_pump``, ``pump_events``,
    ``record_pump_event``."""

    db: Database

    def pump(self, profile_id: int) -> Pump | None:
        rows = self.db.query("SELECT * FROM pumps WHERE profile_id = ?", [profile_id])
        if not rows:
            return None
        row = rows[0]
        return Pump(
            profile_id,
            row["clinic"],
            row["phone"],
            row["concentration"],
            row["daily_dose"],
            _day(row["next_refill"]),
            _day(row["alarm_date"]),
            _day(row["replacement"]),
        )

    def save_pump(self, pump: Pump) -> Pump:
        for text in (pump.clinic, pump.phone, pump.concentration, pump.daily_dose):
            if len(text) > MAX_TEXT:
                raise ValidationError(
                    "entry",
                    translate("store", "Use shorter text (200 characters at most)."),
                )
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO pumps (profile_id, clinic, phone, concentration, daily_dose,"
                " next_refill, alarm_date, replacement, updated_utc)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (profile_id) DO UPDATE SET"
                " clinic = excluded.clinic, phone = excluded.phone,"
                " concentration = excluded.concentration, daily_dose = excluded.daily_dose,"
                " next_refill = excluded.next_refill, alarm_date = excluded.alarm_date,"
                " replacement = excluded.replacement, updated_utc = excluded.updated_utc",
                (
                    pump.profile_id,
                    pump.clinic.strip(),
                    pump.phone.strip(),
                    pump.concentration.strip(),
                    pump.daily_dose.strip(),
                    _iso(pump.next_refill),
                    _iso(pump.alarm_date),
                    _iso(pump.replacement),
                    self.db.now(),
                ),
            )
        saved = self.pump(pump.profile_id)
        assert saved is not None
        return saved

    def pump_events(self, profile_id: int) -> list[PumpEvent]:
        """Every refill and alarm of a person's pump, oldest first."""
        rows = self.db.query(
            "SELECT * FROM pump_events WHERE profile_id = ? ORDER BY on_date, at_utc, id",
            [profile_id],
        )
        return [self._pump_event(r) for r in rows]

    @staticmethod
    def _pump_event(row: Row) -> PumpEvent:
        return PumpEvent(
            row["id"],
            row["profile_id"],
            PumpEventKind(row["kind"]),
            date.fromisoformat(row["on_date"]),
            from_iso(row["at_utc"]),
            row["note"],
            row["tz"],
        )

    def record_pump_event(
        self, profile_id: int, kind: PumpEventKind, on: date, at: datetime, tz: str, note: str = ""
    ) -> PumpEvent:
        with self.db.transaction() as db:
            cur = db.execute(
                "INSERT INTO pump_events (profile_id, kind, on_date, at_utc, tz, note)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (profile_id, kind.value, on.isoformat(), to_iso(at), tz, note[:MAX_TEXT]),
            )
        event_id = int(cur.lastrowid or 0)
        return next(e for e in self.pump_events(profile_id) if e.id == event_id)
