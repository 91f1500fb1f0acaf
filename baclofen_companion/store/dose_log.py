"""Reading dose events back: one by id, a span of days, the latest taken, the paged dose log,
the audit trail of a correction, and the plain rows the dose export writes out."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, time
from typing import Any

from baclofen_companion.core.errors import NotFoundError
from baclofen_companion.core.export import DoseRecord
from baclofen_companion.core.model import (
    AuditEntry,
    DoseEvent,
    DoseForm,
    DoseKind,
    DoseLogFilter,
    DoseStatus,
)
from baclofen_companion.store.db import Database, Row, storage_error
from baclofen_companion.store.timestamps import EPOCH, maybe_from_iso, slot_text


class DoseLogRepo:
    """The reading half of the dose events in ``Store`` (a mixin over its ``db``)."""

    db: Database

    @staticmethod
    def _event(row: Row) -> DoseEvent:
        return DoseEvent(
            id=row["id"],
            profile_id=row["profile_id"],
            medication_id=row["medication_id"],
            slot_date=date.fromisoformat(row["slot_date"]),
            slot_time=time.fromisoformat(row["slot_time"]),
            status=DoseStatus(row["status"]),
            amount_mg=float(row["amount_mg"]),
            form=DoseForm(row["form"]),
            strength_mg=float(row["strength_mg"]),
            scored=bool(row["scored"]),
            taken_at=maybe_from_iso(row["taken_utc"]),
            recorded_utc=maybe_from_iso(row["recorded_utc"]) or EPOCH,
            recorded_tz=row["recorded_tz"],
            note=row["note"],
            edited=bool(row.get("edited", 0)),
            kind=DoseKind(row.get("kind") or "scheduled"),
        )

    _EVENT_COLUMNS = (
        "e.*, EXISTS (SELECT 1 FROM dose_event_audit a"
        " WHERE a.event_id = e.id AND a.action = 'edited') AS edited"
    )

    def event(self, event_id: int) -> DoseEvent:
        rows = self.db.query(
            f"SELECT {self._EVENT_COLUMNS} FROM dose_events e WHERE e.id = ?", [event_id]
        )
        if not rows:
            raise NotFoundError(f"No logged dose with id {event_id}.")
        return self._event(rows[0])

    def events_between(self, profile_id: int, first_day: date, last_day: date) -> list[DoseEvent]:
        """Live (not undone) events whose slot falls on these days."""
        rows = self.db.query(
            f"SELECT {self._EVENT_COLUMNS} FROM dose_events e WHERE e.profile_id = ?"
            " AND e.slot_date BETWEEN ? AND ? AND e.voided_utc IS NULL"
            " ORDER BY e.slot_date, e.slot_time, e.id",
            [profile_id, first_day.isoformat(), last_day.isoformat()],
        )
        return [self._event(r) for r in rows]

    def dose_records(self, profile_id: int, first_day: date, last_day: date) -> list[DoseRecord]:
        """The same doses as events_between, as the stored text the dose export writes out:
        plain tuples from SQLite, no object per cell (ten years of doses are 33 000 rows)."""
        try:
            cursor = self.db.conn.execute(
                "SELECT e.medication_id, e.slot_date, e.slot_time, e.status, e.kind,"
                " e.amount_mg, e.form, e.strength_mg, e.scored, e.taken_utc, e.note, e.id"
                " FROM dose_events e WHERE e.profile_id = ?"
                " AND e.slot_date BETWEEN ? AND ? AND e.voided_utc IS NULL"
                " ORDER BY e.slot_date, e.slot_time, e.id",
                [profile_id, first_day.isoformat(), last_day.isoformat()],
            )
            return list(map(DoseRecord._make, cursor))
        except sqlite3.Error as err:
            raise storage_error(err, self.db.path.parent, saving=False) from err

    def edited_dose_ids(self, profile_id: int) -> set[int]:
        """The ids of a person's doses that were corrected after they were logged."""
        rows = self.db.query(
            "SELECT DISTINCT a.event_id FROM dose_event_audit a"
            " JOIN dose_events e ON e.id = a.event_id"
            " WHERE a.action = 'edited' AND e.profile_id = ?",
            [profile_id],
        )
        return {int(r["event_id"]) for r in rows}

    def last_taken(self, medication_id: int) -> DoseEvent | None:
        rows = self.db.query(
            f"SELECT {self._EVENT_COLUMNS} FROM dose_events e WHERE e.medication_id = ?"
            " AND e.status = 'taken' AND e.voided_utc IS NULL AND e.taken_utc IS NOT NULL"
            " ORDER BY e.taken_utc DESC LIMIT 1",
            [medication_id],
        )
        return self._event(rows[0]) if rows else None

    def recent_scheduled(self, medication_id: int, limit: int) -> list[DoseEvent]:
        """The latest answered scheduled doses of a medicine, newest slot first."""
        rows = self.db.query(
            f"SELECT {self._EVENT_COLUMNS} FROM dose_events e WHERE e.medication_id = ?"
            " AND e.kind = 'scheduled' AND e.voided_utc IS NULL"
            " ORDER BY e.slot_date DESC, e.slot_time DESC LIMIT ?",
            [medication_id, limit],
        )
        return [self._event(r) for r in rows]

    def audit_trail(self, event_id: int) -> list[AuditEntry]:
        rows = self.db.query(
            "SELECT * FROM dose_event_audit WHERE event_id = ? ORDER BY id", [event_id]
        )
        return [
            AuditEntry(
                changed_utc=maybe_from_iso(r["changed_utc"]) or EPOCH,
                changed_tz=r["changed_tz"],
                action=r["action"],
                before=json.loads(r["before_json"]) if r["before_json"] else None,
                after=json.loads(r["after_json"]) if r["after_json"] else None,
                reason=r["reason"],
            )
            for r in rows
        ]

    @staticmethod
    def _log_where(flt: DoseLogFilter) -> tuple[str, list[Any]]:
        clauses = ["e.profile_id = ?", "e.voided_utc IS NULL"]
        params: list[Any] = [flt.profile_id]
        if flt.medication_id is not None:
            clauses.append("e.medication_id = ?")
            params.append(flt.medication_id)
        if flt.first_day is not None:
            clauses.append("e.slot_date >= ?")
            params.append(flt.first_day.isoformat())
        if flt.last_day is not None:
            clauses.append("e.slot_date <= ?")
            params.append(flt.last_day.isoformat())
        return " AND ".join(clauses), params

    def count_log(self, flt: DoseLogFilter) -> int:
        where, params = self._log_where(flt)
        rows = self.db.query(f"SELECT count(*) AS n FROM dose_events e WHERE {where}", params)
        return int(rows[0]["n"])

    def log_page(
        self, flt: DoseLogFilter, offset: int, limit: int, after: DoseEvent | None = None
    ) -> list[DoseEvent]:
        """Newest slot first. With ``after`` (the last row already shown) the page starts just
        past it, so any depth costs the same; OFFSET would walk every row it skips."""
        where, params = self._log_where(flt)
        if after is not None:
            where += " AND (e.slot_date, e.slot_time, e.id) < (?, ?, ?)"
            params += [after.slot_date.isoformat(), slot_text(after.slot_time), after.id]
            offset = 0
        rows = self.db.query(
            f"SELECT {self._EVENT_COLUMNS} FROM dose_events e WHERE {where}"
            " ORDER BY e.slot_date DESC, e.slot_time DESC, e.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [self._event(r) for r in rows]
