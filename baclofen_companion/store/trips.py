"""Saved trips: what the travel calculator was asked, and which mode reminders follow meanwhile."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from baclofen_companion.core.errors import NotFoundError, ValidationError
from baclofen_companion.core.model import TravelMode, Trip, TripWindow
from baclofen_companion.core.text import translate
from baclofen_companion.core.travel import check_trip_dates
from baclofen_companion.store.db import Database, Row
from baclofen_companion.store.timestamps import from_iso, to_iso

if TYPE_CHECKING:
    from baclofen_companion.store.repository import Store


class TripRepo:
    """store.trips: save, list and cancel trips; the active one steers reminders."""

    def __init__(self, db: Database, store: Store) -> None:
        self.db = db
        self.store = store

    @staticmethod
    def _trip(row: Row) -> Trip:
        return Trip(
            row["id"],
            row["profile_id"],
            from_iso(row["leave_utc"]),
            from_iso(row["back_utc"]),
            row["destination_tz"],
            TravelMode(row["mode"]),
            row["buffer_days"],
            json.loads(row["params_json"]),
        )

    def save(
        self,
        profile_id: int,
        leave: datetime,
        back: datetime,
        destination_tz: str,
        mode: TravelMode,
        buffer_days: int,
        params: dict[str, Any] | None = None,
    ) -> Trip:
        check_trip_dates(leave, back, destination_tz, buffer_days)
        self.store.profile(profile_id)
        overlapping = [
            t for t in self.upcoming(profile_id, leave) if t.leave < back and leave < t.back
        ]
        if overlapping:
            raise ValidationError(
                "leave",
                translate(
                    "store", "This trip overlaps a trip already saved: cancel that one first."
                ),
            )
        with self.db.transaction() as db:
            cur = db.execute(
                "INSERT INTO trips (profile_id, leave_utc, back_utc, destination_tz, mode,"
                " buffer_days, params_json, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    profile_id,
                    to_iso(leave),
                    to_iso(back),
                    destination_tz,
                    mode.value,
                    buffer_days,
                    json.dumps(params or {}),
                    self.db.now(),
                ),
            )
        return self.get(int(cur.lastrowid or 0))

    def get(self, trip_id: int) -> Trip:
        rows = self.db.query(
            "SELECT * FROM trips WHERE id = ? AND cancelled_utc IS NULL", [trip_id]
        )
        if not rows:
            raise NotFoundError(f"No trip {trip_id}.")
        return self._trip(rows[0])

    def upcoming(self, profile_id: int, now: datetime) -> list[Trip]:
        """Trips not yet over (active or to come), soonest first."""
        rows = self.db.query(
            "SELECT * FROM trips WHERE profile_id = ? AND cancelled_utc IS NULL AND back_utc > ?"
            " ORDER BY leave_utc",
            [profile_id, to_iso(now)],
        )
        return [self._trip(r) for r in rows]

    def windows(self, profile_id: int) -> list[TripWindow]:
        """Every saved trip of a person as the schedule needs it (local-time trips move doses)."""
        rows = self.db.query(
            "SELECT * FROM trips WHERE profile_id = ? AND cancelled_utc IS NULL ORDER BY leave_utc",
            [profile_id],
        )
        return [t.window for t in map(self._trip, rows)]

    def active(self, profile_id: int, now: datetime) -> Trip | None:
        return next((t for t in self.upcoming(profile_id, now) if t.active_at(now)), None)

    def cancel(self, trip_id: int) -> None:
        self.get(trip_id)
        with self.db.transaction() as db:
            db.execute("UPDATE trips SET cancelled_utc = ? WHERE id = ?", (self.db.now(), trip_id))
