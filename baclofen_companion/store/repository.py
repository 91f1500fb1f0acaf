"""Reading and writing people, medicines, schedules and dose events; rows become core records."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import (
    NotFoundError,
    StorageBugError,
    StoreError,
    ValidationError,
)
from baclofen_companion.core.export import DoseRecord
from baclofen_companion.core.model import (
    AuditEntry,
    DoseEvent,
    DoseForm,
    DoseKind,
    DoseLogFilter,
    DoseSlot,
    DoseStatus,
    Medication,
    PlannedDose,
    Profile,
    ScheduleVersion,
    SlotKey,
)
from baclofen_companion.core.plans import PlanKind, PlanStep
from baclofen_companion.core.reminders import ReminderSettings, ReminderState
from baclofen_companion.core.safety import WithdrawalSettings
from baclofen_companion.core.text import hhmm, short_date, translate
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.store.db import Database, Row, storage_error
from baclofen_companion.store.diary import DiaryRepo
from baclofen_companion.store.inventory import InventoryRepo
from baclofen_companion.store.timestamps import from_iso, to_iso
from baclofen_companion.store.trips import TripRepo

__all__ = ["AuditEntry", "DoseLogFilter", "Row", "Store"]

_iso = to_iso


def _instant(text: str | None) -> datetime | None:
    return from_iso(text) if text else None


def _hhmm(t: time) -> str:
    return f"{t:%H:%M}"


class Store:
    """All reads and writes of the data file. Every write is one transaction, fully synced."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.diary = DiaryRepo(db, self)
        self.stock = InventoryRepo(db, self)
        self.trips = TripRepo(db, self)

    # -- plumbing -----------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def clock(self) -> Clock:
        return self.db.clock

    @property
    def zone_name(self) -> Callable[[], str] | None:
        """Where the computer is now (records note it); None: the person's home zone."""
        return self.db.zone_name

    @zone_name.setter
    def zone_name(self, zone_name: Callable[[], str] | None) -> None:
        self.db.zone_name = zone_name

    def close(self) -> None:
        self.db.close()

    def take_connection_from(self, fresh: Store) -> None:
        """After a restore: this object (which every view holds) now reads the new file."""
        self.db.take_over(fresh.db)

    def integrity_check(self) -> str:
        return self.db.integrity_check()

    def transaction(self) -> AbstractContextManager[Database]:
        """One unit of work. A use case that makes several writes wraps them in one of these:
        the writes' own transactions join it (as savepoints), so it is all or nothing."""
        return self.db.transaction()

    # -- profiles -----------------------------------------------------------------------

    @staticmethod
    def _profile(row: Row) -> Profile:
        return Profile(row["id"], row["name"], row["home_tz"], bool(row["archived"]))

    def profiles(self) -> list[Profile]:
        rows = self.db.query("SELECT * FROM profiles WHERE archived = 0 ORDER BY id")
        return [self._profile(r) for r in rows]

    def profile(self, profile_id: int) -> Profile:
        rows = self.db.query("SELECT * FROM profiles WHERE id = ?", [profile_id])
        if not rows:
            raise NotFoundError(f"No person with id {profile_id}.")
        return self._profile(rows[0])

    def archived_profiles(self) -> list[Profile]:
        rows = self.db.query("SELECT * FROM profiles WHERE archived = 1 ORDER BY name")
        return [self._profile(r) for r in rows]

    def _clean_name(self, name: str, except_id: int | None = None) -> str:
        clean = " ".join(name.split())
        if not clean:
            raise ValidationError("name", translate("store", "Please type a name."))
        if len(clean) > 60:
            raise ValidationError(
                "name", translate("store", "Use a shorter name (60 characters at most).")
            )
        taken = [
            p
            for p in self.profiles()
            if p.name.casefold() == clean.casefold() and p.id != except_id
        ]
        if taken:
            raise ValidationError(
                "name",
                translate("store", "There is already someone called {name}.").format(
                    name=taken[0].name
                ),
            )
        return clean

    def rename_profile(self, profile_id: int, name: str) -> Profile:
        clean = self._clean_name(name, except_id=profile_id)
        self.profile(profile_id)
        with self.db.transaction() as db:
            db.execute("UPDATE profiles SET name = ? WHERE id = ?", (clean, profile_id))
        return self.profile(profile_id)

    def set_profile_archived(self, profile_id: int, archived: bool) -> None:
        """Archiving hides a person and stops their reminders; every record of theirs stays."""
        person = self.profile(profile_id)
        if not archived:
            self._clean_name(person.name, except_id=profile_id)
        with self.db.transaction() as db:
            db.execute("UPDATE profiles SET archived = ? WHERE id = ?", (int(archived), profile_id))

    def add_profile(self, name: str, home_tz: str) -> Profile:
        name = self._clean_name(name)
        with self.db.transaction() as db:
            cur = db.execute(
                "INSERT INTO profiles (name, home_tz, created_utc) VALUES (?, ?, ?)",
                (name, home_tz, self.db.now()),
            )
        return self.profile(int(cur.lastrowid or 0))

    # -- medications and schedules ------------------------------------------------------

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

    def add_person_with_medicine(
        self,
        name: str,
        home_tz: str,
        draft: MedicationDraft,
        slots: Sequence[DoseSlot],
        valid_from: date,
    ) -> tuple[Profile, Medication]:
        """First-run setup: the person, their medicine and its schedule, all or nothing."""
        name = self._clean_name(name)
        with self.db.transaction() as db:
            cur = db.execute(
                "INSERT INTO profiles (name, home_tz, created_utc) VALUES (?, ?, ?)",
                (name, home_tz, self.db.now()),
            )
            profile_id = int(cur.lastrowid or 0)
            medication_id = self._insert_medication(db, profile_id, draft, slots, valid_from)
        return self.profile(profile_id), self.medication(medication_id)

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
            (
                profile_id,
                draft.name,
                draft.form.value,
                draft.strength_mg,
                int(draft.scored),
                draft.instructions,
                draft.max_daily_mg,
                self.db.now(),
            ),
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
                (
                    draft.name,
                    draft.form.value,
                    draft.strength_mg,
                    int(draft.scored),
                    draft.instructions,
                    draft.max_daily_mg,
                    medication_id,
                ),
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
            [(version_id, _hhmm(s.time), s.amount_mg) for s in slots],
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
        return ScheduleVersion(version_id, medication_id, valid_from, tuple(slots))

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
            "SELECT v.id, v.medication_id, v.valid_from, v.plan_id, v.step_days,"
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
                )
            )
        return result

    # -- dose events ----------------------------------------------------------------------

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
            taken_at=_instant(row["taken_utc"]),
            recorded_utc=_instant(row["recorded_utc"]) or datetime.min.replace(tzinfo=UTC),
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
            cursor = self.conn.execute(
                "SELECT e.medication_id, e.slot_date, e.slot_time, e.status, e.kind,"
                " e.amount_mg, e.form, e.strength_mg, e.scored, e.taken_utc, e.note, e.id"
                " FROM dose_events e WHERE e.profile_id = ?"
                " AND e.slot_date BETWEEN ? AND ? AND e.voided_utc IS NULL"
                " ORDER BY e.slot_date, e.slot_time, e.id",
                [profile_id, first_day.isoformat(), last_day.isoformat()],
            )
            return list(map(DoseRecord._make, cursor))
        except sqlite3.Error as err:
            raise storage_error(err, self.path.parent, saving=False) from err

    def edited_dose_ids(self, profile_id: int) -> set[int]:
        """The ids of a person's doses that were corrected after they were logged."""
        rows = self.db.query(
            "SELECT DISTINCT a.event_id FROM dose_event_audit a"
            " JOIN dose_events e ON e.id = a.event_id"
            " WHERE a.action = 'edited' AND e.profile_id = ?",
            [profile_id],
        )
        return {int(r["event_id"]) for r in rows}

    @staticmethod
    def _snapshot(event: DoseEvent) -> dict[str, Any]:
        return {
            "status": event.status.value,
            "taken_utc": _iso(event.taken_at) if event.taken_at else None,
            "amount_mg": event.amount_mg,
            "slot_date": event.slot_date.isoformat(),
            "slot_time": _hhmm(event.slot_time),
            "note": event.note,
        }

    def _audit(
        self,
        db: Database,
        event_id: int,
        action: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        reason: str,
        zone: str,
    ) -> None:
        db.execute(
            "INSERT INTO dose_event_audit (event_id, changed_utc, changed_tz, action,"
            " before_json, after_json, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                event_id,
                self.db.now(),
                zone,
                action,
                json.dumps(before) if before is not None else None,
                json.dumps(after) if after is not None else None,
                reason,
            ),
        )

    def record_dose(
        self,
        dose: PlannedDose,
        status: DoseStatus,
        taken_at: datetime | None = None,
        note: str = "",
        home_tz: str = "UTC",
    ) -> DoseEvent:
        """Answer a planned dose: taken (now or at a time given), skipped or missed."""
        taken_at = (taken_at or self.clock.now()) if status is DoseStatus.TAKEN else None
        zone = self.db.zone(home_tz)
        med = dose.medication
        try:
            with self.db.transaction() as db:
                cur = db.execute(
                    "INSERT INTO dose_events (profile_id, medication_id, slot_date, slot_time,"
                    " status, amount_mg, form, strength_mg, scored, taken_utc, recorded_utc,"
                    " recorded_tz, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        dose.profile_id,
                        med.id,
                        dose.slot_date.isoformat(),
                        _hhmm(dose.slot_time),
                        status.value,
                        dose.amount_mg,
                        med.form.value,
                        med.strength_mg,
                        int(med.scored),
                        _iso(taken_at) if taken_at else None,
                        self.db.now(),
                        zone,
                        note,
                    ),
                )
                event_id = int(cur.lastrowid or 0)
                after = {"status": status.value, "taken_utc": _iso(taken_at) if taken_at else None}
                self._audit(db, event_id, "recorded", None, after, "", zone)
        except StorageBugError as err:
            if err.code != "SQLITE_CONSTRAINT_UNIQUE":
                raise
            raise StoreError(
                translate("store", "The {time} dose of {date} is already logged.").format(
                    time=hhmm(dose.slot_time), date=short_date(dose.slot_date)
                )
            ) from err
        return self.event(event_id)

    def record_extra_dose(
        self,
        profile_id: int,
        medication: Medication,
        amount_mg: float,
        taken_at: datetime,
        reason: str,
        home_tz: str,
    ) -> DoseEvent:
        """An extra or as-needed dose outside the schedule; it counts in the day's total."""
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError(
                "reason", translate("store", "Please say why this extra dose was taken.")
            )
        local_taken = taken_at.astimezone(ZoneInfo(home_tz))
        zone = self.db.zone(home_tz)
        with self.db.transaction() as db:
            cur = db.execute(
                "INSERT INTO dose_events (profile_id, medication_id, slot_date, slot_time,"
                " status, amount_mg, form, strength_mg, scored, taken_utc, recorded_utc,"
                " recorded_tz, note, kind) VALUES (?, ?, ?, ?, 'taken', ?, ?, ?, ?, ?, ?, ?, ?,"
                " 'extra')",
                (
                    profile_id,
                    medication.id,
                    local_taken.date().isoformat(),
                    f"{local_taken:%H:%M}",
                    amount_mg,
                    medication.form.value,
                    medication.strength_mg,
                    int(medication.scored),
                    _iso(taken_at),
                    self.db.now(),
                    zone,
                    reason,
                ),
            )
            event_id = int(cur.lastrowid or 0)
            after = {"status": "taken", "taken_utc": _iso(taken_at), "kind": "extra"}
            self._audit(db, event_id, "recorded", None, after, reason, zone)
        return self.event(event_id)

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

    # -- safety log and check-ins ----------------------------------------------------------

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

    def safety_log(self, profile_id: int) -> list[Row]:
        return self.db.query(
            "SELECT * FROM safety_log WHERE profile_id = ? ORDER BY id", [profile_id]
        )

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

    def checkins(self, profile_id: int) -> list[Row]:
        return self.db.query(
            "SELECT * FROM checkins WHERE profile_id = ? ORDER BY id", [profile_id]
        )

    def undo_dose(self, event_id: int, reason: str = "Undo", home_tz: str = "UTC") -> None:
        """Take back an answer. The row stays, marked undone, so the audit trail is whole."""
        before = self._snapshot(self.event(event_id))
        zone = self.db.zone(home_tz)
        with self.db.transaction() as db:
            cur = db.execute(
                "UPDATE dose_events SET voided_utc = ?, void_reason = ?"
                " WHERE id = ? AND voided_utc IS NULL",
                (self.db.now(), reason, event_id),
            )
            if cur.rowcount != 1:
                raise NotFoundError(translate("store", "That dose was already undone."))
            self._audit(db, event_id, "undone", before, None, reason, zone)

    def edit_dose(
        self,
        event_id: int,
        status: DoseStatus,
        taken_at: datetime | None,
        reason: str,
        home_tz: str = "UTC",
    ) -> DoseEvent:
        """Correct a logged dose's status or time; the reason and both versions are audited."""
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError(
                "reason", translate("store", "Please say why this dose is being changed.")
            )
        if status is DoseStatus.TAKEN and taken_at is None:
            raise ValidationError(
                "time taken", translate("store", "Please give the time the dose was taken.")
            )
        if status is not DoseStatus.TAKEN:
            taken_at = None
        event = self.event(event_id)
        before = self._snapshot(event)
        zone = self.db.zone(home_tz)
        with self.db.transaction() as db:
            db.execute(
                "UPDATE dose_events SET status = ?, taken_utc = ? WHERE id = ?",
                (status.value, _iso(taken_at) if taken_at else None, event_id),
            )
            after = dict(
                before, status=status.value, taken_utc=_iso(taken_at) if taken_at else None
            )
            self._audit(db, event_id, "edited", before, after, reason, zone)
        return self.event(event_id)

    def audit_trail(self, event_id: int) -> list[AuditEntry]:
        rows = self.db.query(
            "SELECT * FROM dose_event_audit WHERE event_id = ? ORDER BY id", [event_id]
        )
        return [
            AuditEntry(
                changed_utc=_instant(r["changed_utc"]) or datetime.min.replace(tzinfo=UTC),
                changed_tz=r["changed_tz"],
                action=r["action"],
                before=json.loads(r["before_json"]) if r["before_json"] else None,
                after=json.loads(r["after_json"]) if r["after_json"] else None,
                reason=r["reason"],
            )
            for r in rows
        ]

    # -- the dose log ---------------------------------------------------------------------

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
            params += [after.slot_date.isoformat(), _hhmm(after.slot_time), after.id]
            offset = 0
        rows = self.db.query(
            f"SELECT {self._EVENT_COLUMNS} FROM dose_events e WHERE {where}"
            " ORDER BY e.slot_date DESC, e.slot_time DESC, e.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [self._event(r) for r in rows]

    # -- settings -------------------------------------------------------------------------

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

    # -- reminder bookkeeping -------------------------------------------------------------

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
                first=_instant(r["first_utc"]) or datetime.min.replace(tzinfo=UTC),
                last=_instant(r["last_utc"]) or datetime.min.replace(tzinfo=UTC),
                count=int(r["count"]),
                snoozed_until=_instant(r["snoozed_until_utc"]),
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
                        _hhmm(key.slot_time),
                        _iso(state.first),
                        _iso(state.last),
                        state.count,
                        _iso(state.snoozed_until) if state.snoozed_until else None,
                    )
                    for key, state in states.items()
                ],
            )
