"""Medicines, their schedule versions and the titration and taper plans that make them.

History is immutable: a dose change is a new schedule version from a date on, and a plan is a
run of versions; earlier versions and the doses logged under them stay as they were.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, time
from typing import Any

from baclofen_companion.core.errors import NotFoundError, ValidationError
from baclofen_companion.core.model import DoseForm, DoseSlot, Medication, ScheduleVersion
from baclofen_companion.core.plans import PlanKind, PlanStep
from baclofen_companion.core.text import translate
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.store.db import Database, Row
from baclofen_companion.store.timestamps import from_iso, slot_text


def _draft_values(draft: MedicationDraft) -> tuple[Any, ...]:
    """name, form, strength_mg, scored, instructions, max_daily_mg: as the columns hold them."""
    return (
        draft.name,
        draft.form.value,
        draft.strength_mg,
        int(draft.scored),
        draft.instructions,
        draft.max_daily_mg,
    )


class MedicineRepo:
    """The medicines part of ``Store`` (a mixin over its ``db``)."""

    db: Database

    @staticmethod
    def _medication(row: Row) -> Medication:
        return Medication(
            id=row["id"],
            profile_id=row["profile_id"],
            name=row["name"],
            form=DoseForm(row["form"]),
            strength_mg=float(row["strength_mg"]),
            scored=bool(row["scored"]),
            instructions=row["instructions"],
            archived=bool(row["archived"]),
            max_daily_mg=row.get("max_daily_mg"),
        )

    def medications(self, profile_id: int, include_archived: bool = False) -> list[Medication]:
        sql = "SELECT * FROM medications WHERE profile_id = ?"
        if not include_archived:
            sql += " AND archived = 0"
        rows = self.db.query(sql + " ORDER BY name COLLATE NOCASE, id", [profile_id])
        return [self._medication(r) for r in rows]

    def medication(self, medication_id: int) -> Medication:
        rows = self.db.query("SELECT * FROM medications WHERE id = ?", [medication_id])
        if not rows:
            raise NotFoundError(f"No medicine with id {medication_id}.")
        return self._medication(rows[0])

    def add_medication(
        self,
        profile_id: int,
        draft: MedicationDraft,
        slots: Sequence[DoseSlot],
        valid_from: date,
    ) -> Medication:
        """A new medicine and its first schedule, both or neither."""
        with self.db.transaction() as db:
            medication_id = self._insert_medication(db, profile_id, draft, slots, valid_from)
        return self.medication(medication_id)

    def _insert_medication(
        self,
        db: Database,
        profile_id: int,
        draft: MedicationDraft,
        slots: Sequence[DoseSlot],
        valid_from: date,
    ) -> int:
        if not slots:
            raise ValidationError("doses", translate("store", "Add at least one dose time."))
        cur = db.execute(
            "INSERT INTO medications (profile_id, name, form, strength_mg, scored,"
            " instructions, max_daily_mg, created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (profile_id, *_draft_values(draft), self.db.now()),
        )
        medication_id = int(cur.lastrowid or 0)
        self._insert_version(db, medication_id, valid_from, slots)
        return medication_id

    def update_medication(self, medication_id: int, draft: MedicationDraft) -> Medication:
        """Name, form, strength, instructions. Logged doses keep the form and strength they had."""
        with self.db.transaction() as db:
            cur = db.execute(
                "UPDATE medications SET name = ?, form = ?, strength_mg = ?, scored = ?,"
                " instructions = ?, max_daily_mg = ? WHERE id = ?",
                (*_draft_values(draft), medication_id),
            )
            if cur.rowcount != 1:
                raise NotFoundError(f"No medicine with id {medication_id}.")
        return self.medication(medication_id)

    def set_archived(self, medication_id: int, archived: bool) -> None:
        with self.db.transaction() as db:
            db.execute(
                "UPDATE medications SET archived = ? WHERE id = ?", (int(archived), medication_id)
            )

    def _insert_version(
        self,
        db: Database,
        medication_id: int,
        valid_from: date,
        slots: Iterable[DoseSlot],
        plan_id: int | None = None,
        step_days: int | None = None,
    ) -> int:
        cur = db.execute(
            "INSERT INTO schedule_versions (medication_id, valid_from, created_utc, plan_id,"
            " step_days) VALUES (?, ?, ?, ?, ?)",
            (medication_id, valid_from.isoformat(), self.db.now(), plan_id, step_days),
        )
        version_id = int(cur.lastrowid or 0)
        db.executemany(
            "INSERT INTO schedule_slots (version_id, slot_time, amount_mg) VALUES (?, ?, ?)",
            [(version_id, slot_text(s.time), s.amount_mg) for s in slots],
        )
        return version_id

    def add_schedule_version(
        self, medication_id: int, valid_from: date, slots: Sequence[DoseSlot]
    ) -> ScheduleVersion:
        """A dose change from a date on. Earlier versions and logged doses are left as they are."""
        if not slots:
            raise ValidationError("doses", translate("store", "Add at least one dose time."))
        with self.db.transaction() as db:
            version_id = self._insert_version(db, medication_id, valid_from, slots)
        return ScheduleVersion(
            version_id, medication_id, valid_from, tuple(slots), created=from_iso(self.db.now())
        )

    def save_plan(
        self,
        medication_id: int,
        kind: PlanKind,
        steps: Sequence[PlanStep],
        params: dict[str, Any],
    ) -> int:
        """A titration or taper: the plan and one schedule version per step, all or nothing."""
        if not steps:
            raise ValidationError("steps", translate("store", "The plan has no steps."))
        with self.db.transaction() as db:
            cur = db.execute(
                "INSERT INTO plans (medication_id, kind, created_utc, params_json)"
                " VALUES (?, ?, ?, ?)",
                (medication_id, kind.value, self.db.now(), json.dumps(params, default=str)),
            )
            plan_id = int(cur.lastrowid or 0)
            for step in steps:
                self._insert_version(db, medication_id, step.start, step.slots, plan_id, step.days)
        return plan_id

    def plan_kinds(self, medication_id: int) -> dict[int, PlanKind]:
        rows = self.db.query("SELECT id, kind FROM plans WHERE medication_id = ?", [medication_id])
        return {r["id"]: PlanKind(r["kind"]) for r in rows}

    def schedule_versions(self, medication_ids: Iterable[int]) -> dict[int, list[ScheduleVersion]]:
        ids = list(medication_ids)
        result: dict[int, list[ScheduleVersion]] = {i: [] for i in ids}
        if not ids:
            return result
        marks = ",".join("?" * len(ids))
        # LEFT JOIN: the last step of a taper to zero is a version with no slots at all.
        rows = self.db.query(
            "SELECT v.id, v.medication_id, v.valid_from, v.plan_id, v.step_days, v.created_utc,"
            " s.slot_time, s.amount_mg"
            " FROM schedule_versions v LEFT JOIN schedule_slots s ON s.version_id = v.id"
            f" WHERE v.medication_id IN ({marks}) ORDER BY v.valid_from, v.id, s.slot_time",
            ids,
        )
        versions: dict[int, tuple[Row, list[DoseSlot]]] = {}
        for r in rows:
            entry = versions.setdefault(r["id"], (r, []))
            if r["slot_time"] is not None:
                entry[1].append(DoseSlot(time.fromisoformat(r["slot_time"]), float(r["amount_mg"])))
        for version_id, (r, slots) in versions.items():
            result[r["medication_id"]].append(
                ScheduleVersion(
                    version_id,
                    r["medication_id"],
                    date.fromisoformat(r["valid_from"]),
                    tuple(slots),
                    r["plan_id"],
                    r["step_days"],
                    from_iso(r["created_utc"]),
                )
            )
        return result
