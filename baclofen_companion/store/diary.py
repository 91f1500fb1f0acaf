"""Diary entries: several a day, editable, with every earlier version kept in diary_audit."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any

from baclofen_companion.core.diary import (
    SCALES,
    SEVERITY_SCALES,
    DiaryDraft,
    DiaryEntry,
    Severity,
    clean_diary,
)
from baclofen_companion.core.errors import NotFoundError
from baclofen_companion.core.model import AuditEntry
from baclofen_companion.store.db import Database, Row
from baclofen_companion.store.timestamps import from_iso, to_iso

if TYPE_CHECKING:
    from baclofen_companion.store.repository import Store


def _columns(draft: DiaryDraft) -> dict[str, Any]:
    cols: dict[str, Any] = {"at_utc": to_iso(draft.at), "tz": draft.tz}
    for name in SCALES:
        cols[name] = getattr(draft, name)
    for name in SEVERITY_SCALES:
        value = getattr(draft, name)
        cols[name] = value.value if value is not None else None
    cols["side_effects_json"] = json.dumps(list(draft.side_effects))
    cols["red_flags_json"] = json.dumps(list(draft.red_flags))
    cols["alcohol"] = None if draft.alcohol is None else int(draft.alcohol)
    cols["drinks"] = draft.drinks
    cols["note"] = draft.note
    return cols


def _snapshot(draft: DiaryDraft) -> dict[str, Any]:
    data = asdict(draft)
    data["at"] = to_iso(draft.at)
    for name in SEVERITY_SCALES:
        value = getattr(draft, name)
        data[name] = value.value if value is not None else None
    for key in ("id", "profile_id", "created_utc", "edited"):
        data.pop(key, None)
    data["side_effects"] = list(draft.side_effects)
    data["red_flags"] = list(draft.red_flags)
    return data


class DiaryRepo:
    """store.diary: add, edit, delete (soft) and read diary entries of one person."""

    _SELECT = (
        "SELECT d.*, EXISTS (SELECT 1 FROM diary_audit a WHERE a.entry_id = d.id"
        " AND a.action = 'edited') AS edited FROM diary_entries d"
    )

    def __init__(self, db: Database, store: Store) -> None:
        self.db = db
        self.store = store

    @staticmethod
    def _entry(row: Row) -> DiaryEntry:
        def severity(name: str) -> Severity | None:
            return Severity(row[name]) if row[name] else None

        return DiaryEntry(
            at=from_iso(row["at_utc"]),
            tz=row["tz"],
            stiffness=row["stiffness"],
            pain=row["pain"],
            spasms=row["spasms"],
            sleep=row["sleep"],
            mood=row["mood"],
            drowsiness=severity("drowsiness"),
            dizziness=severity("dizziness"),
            weakness=severity("weakness"),
            side_effects=tuple(json.loads(row["side_effects_json"])),
            red_flags=tuple(json.loads(row["red_flags_json"])),
            alcohol=None if row["alcohol"] is None else bool(row["alcohol"]),
            drinks=row["drinks"],
            note=row["note"],
            id=row["id"],
            profile_id=row["profile_id"],
            created_utc=from_iso(row["created_utc"]),
            edited=bool(row["edited"]),
        )

    def add(self, profile_id: int, draft: DiaryDraft) -> DiaryEntry:
        """Save a new entry (validated first: nothing is written when it is invalid)."""
        clean = clean_diary(draft)
        self.store.profile(profile_id)
        cols = _columns(clean) | {"profile_id": profile_id, "created_utc": self.db.now()}
        names = ", ".join(cols)
        marks = ", ".join("?" for _ in cols)
        with self.db.transaction() as db:
            cur = db.execute(
                f"INSERT INTO diary_entries ({names}) VALUES ({marks})", list(cols.values())
            )
            entry_id = int(cur.lastrowid or 0)
            db.execute(
                "INSERT INTO diary_audit (entry_id, changed_utc, action, after_json)"
                " VALUES (?, ?, 'recorded', ?)",
                (entry_id, self.db.now(), json.dumps(_snapshot(clean))),
            )
        return self.get(entry_id)

    def get(self, entry_id: int) -> DiaryEntry:
        rows = self.db.query(f"{self._SELECT} WHERE d.id = ? AND d.deleted_utc IS NULL", [entry_id])
        if not rows:
            raise NotFoundError(f"No diary entry {entry_id}.")
        return self._entry(rows[0])

    def edit(self, entry_id: int, draft: DiaryDraft) -> DiaryEntry:
        """Replace an entry's contents; the earlier version stays in the audit trail."""
        before = self.get(entry_id)
        clean = clean_diary(draft)
        cols = _columns(clean)
        sets = ", ".join(f"{name} = ?" for name in cols)
        with self.db.transaction() as db:
            db.execute(f"UPDATE diary_entries SET {sets} WHERE id = ?", [*cols.values(), entry_id])
            db.execute(
                "INSERT INTO diary_audit (entry_id, changed_utc, action, before_json, after_json)"
                " VALUES (?, ?, 'edited', ?, ?)",
                (
                    entry_id,
                    self.db.now(),
                    json.dumps(_snapshot(before)),
                    json.dumps(_snapshot(clean)),
                ),
            )
        return self.get(entry_id)

    def delete(self, entry_id: int) -> None:
        """Hide an entry from every view and export; the row and its history stay."""
        before = self.get(entry_id)
        with self.db.transaction() as db:
            db.execute(
                "UPDATE diary_entries SET deleted_utc = ? WHERE id = ?",
                (self.db.now(), entry_id),
            )
            db.execute(
                "INSERT INTO diary_audit (entry_id, changed_utc, action, before_json)"
                " VALUES (?, ?, 'deleted', ?)",
                (entry_id, self.db.now(), json.dumps(_snapshot(before))),
            )

    def between(
        self, profile_id: int, first: datetime | None = None, last: datetime | None = None
    ) -> list[DiaryEntry]:
        """Entries of one person with first <= time < last (either end open), oldest first."""
        where, params = self._where(profile_id, first, last)
        sql = f"{self._SELECT} WHERE {where} ORDER BY d.at_utc, d.id"
        return [self._entry(r) for r in self.db.query(sql, params)]

    def count(
        self, profile_id: int, first: datetime | None = None, last: datetime | None = None
    ) -> int:
        """How many entries between() would return, without reading them."""
        where, params = self._where(profile_id, first, last)
        rows = self.db.query(f"SELECT COUNT(*) AS n FROM diary_entries d WHERE {where}", params)
        return int(rows[0]["n"])

    @staticmethod
    def _where(
        profile_id: int, first: datetime | None, last: datetime | None
    ) -> tuple[str, list[Any]]:
        where = "d.profile_id = ? AND d.deleted_utc IS NULL"
        params: list[Any] = [profile_id]
        if first is not None:
            where += " AND d.at_utc >= ?"
            params.append(to_iso(first))
        if last is not None:
            where += " AND d.at_utc < ?"
            params.append(to_iso(last))
        return where, params

    def history(self, entry_id: int) -> list[AuditEntry]:
        """The changes to one entry, oldest first: recorded, edited, deleted."""
        rows = self.db.query("SELECT * FROM diary_audit WHERE entry_id = ? ORDER BY id", [entry_id])
        return [
            AuditEntry(
                changed_utc=from_iso(r["changed_utc"]),
                changed_tz="",
                action=r["action"],
                before=json.loads(r["before_json"]) if r["before_json"] else None,
                after=json.loads(r["after_json"]) if r["after_json"] else None,
                reason="",
            )
            for r in rows
        ]
