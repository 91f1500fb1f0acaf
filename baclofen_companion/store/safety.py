"""The safety log (warnings a person saw and what they chose) and withdrawal-watch check-ins.

Both are written once and never edited: they are kept for the person and their prescriber, and
the report and the diary export show them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from baclofen_companion.core.diary import CheckIn
from baclofen_companion.core.safety import SafetyLogEntry
from baclofen_companion.store.db import Database
from baclofen_companion.store.timestamps import from_iso


class SafetyRepo:
    """The safety-log and check-in part of ``Store`` (a mixin over its ``db``)."""

    db: Database

    def log_safety(
        self, profile_id: int | None, medication_id: int | None, kind: str, text: str
    ) -> None:
        """Warnings the person saw and what they chose; kept for them and their prescriber."""
        with self.db.transaction() as db:
            db.execute(
                "INSERT INTO safety_log (profile_id, medication_id, at_utc, kind, text)"
                " VALUES (?, ?, ?, ?, ?)",
                (profile_id, medication_id, self.db.now(), kind, text),
            )

    def safety_log(self, profile_id: int) -> list[SafetyLogEntry]:
        """A person's safety notes, oldest first."""
        rows = self.db.query(
            "SELECT * FROM safety_log WHERE profile_id = ? ORDER BY id", [profile_id]
        )
        return [
            SafetyLogEntry(
                profile_id=r["profile_id"],
                medication_id=r["medication_id"],
                kind=r["kind"],
                text=r["text"],
                at=from_iso(r["at_utc"]),
                id=r["id"],
            )
            for r in rows
        ]

    def add_checkin(
        self,
        profile_id: int,
        kind: str,
        feeling: str,
        signs: Sequence[str],
        tz: str,
        note: str = "",
    ) -> int:
        with self.db.transaction() as db:
            cur = db.execute(
                "INSERT INTO checkins (profile_id, at_utc, tz, kind, feeling, signs_json, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (profile_id, self.db.now(), tz, kind, feeling, json.dumps(list(signs)), note),
            )
        return int(cur.lastrowid or 0)

    def checkins(self, profile_id: int) -> list[CheckIn]:
        """A person's check-ins, oldest first."""
        rows = self.db.query(
            "SELECT * FROM checkins WHERE profile_id = ? ORDER BY id", [profile_id]
        )
        return [
            CheckIn(
                at=from_iso(r["at_utc"]),
                tz=r["tz"],
                kind=r["kind"],
                feeling=r["feeling"],
                signs=tuple(json.loads(r["signs_json"] or "[]")),
                note=r["note"] or "",
                id=r["id"],
            )
            for r in rows
        ]
