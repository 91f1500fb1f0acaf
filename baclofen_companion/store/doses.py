"""Writing dose events: answering a planned dose, extra doses, undo and corrections.

An answer is never deleted: undo marks the row undone and a correction is an edit, each with a
reason and the before and after in dose_event_audit (read back by ``DoseLogRepo.audit_trail``).
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from baclofen_companion.core.errors import (
    NotFoundError,
    StorageBugError,
    StoreError,
    ValidationError,
)
from baclofen_companion.core.model import DoseEvent, DoseKind, DoseStatus, Medication, PlannedDose
from baclofen_companion.core.text import hhmm, short_date, translate
from baclofen_companion.store.db import Database
from baclofen_companion.store.dose_log import DoseLogRepo
from baclofen_companion.store.timestamps import maybe_iso, slot_text


class DoseRepo(DoseLogRepo):
    """The dose-event part of ``Store``: the writes, over the reads they check and return."""

    @staticmethod
    def _snapshot(event: DoseEvent) -> dict[str, Any]:
        return {
            "status": event.status.value,
            "taken_utc": maybe_iso(event.taken_at),
            "amount_mg": event.amount_mg,
            "slot_date": event.slot_date.isoformat(),
            "slot_time": slot_text(event.slot_time),
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

    def _insert_event(
        self,
        db: Database,
        profile_id: int,
        medication: Medication,
        slot_date: date,
        slot_time: time,
        status: DoseStatus,
        amount_mg: float,
        taken_at: datetime | None,
        note: str,
        zone: str,
        kind: DoseKind,
    ) -> int:
        """One answer with its 'recorded' audit row, inside the caller's transaction. The form
        and strength are copied: a later change to the medicine leaves this dose as it was."""
        cur = db.execute(
            "INSERT INTO dose_events (profile_id, medication_id, slot_date, slot_time,"
            " status, amount_mg, form, strength_mg, scored, taken_utc, recorded_utc,"
            " recorded_tz, note, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                profile_id,
                medication.id,
                slot_date.isoformat(),
                slot_text(slot_time),
                status.value,
                amount_mg,
                medication.form.value,
                medication.strength_mg,
                int(medication.scored),
                maybe_iso(taken_at),
                self.db.now(),
                zone,
                note,
                kind.value,
            ),
        )
        event_id = int(cur.lastrowid or 0)
        after: dict[str, Any] = {"status": status.value, "taken_utc": maybe_iso(taken_at)}
        reason = ""
        if kind is DoseKind.EXTRA:
            after["kind"] = kind.value
            reason = note
        self._audit(db, event_id, "recorded", None, after, reason, zone)
        return event_id

    def record_dose(
        self,
        dose: PlannedDose,
        status: DoseStatus,
        taken_at: datetime | None = None,
        note: str = "",
        home_tz: str = "UTC",
    ) -> DoseEvent:
        """Answer a planned dose: taken (now or at a time given), skipped or missed."""
        taken_at = (taken_at or self.db.clock.now()) if status is DoseStatus.TAKEN else None
        zone = self.db.zone(home_tz)
        try:
            with self.db.transaction() as db:
                event_id = self._insert_event(
                    db,
                    dose.profile_id,
                    dose.medication,
                    dose.slot_date,
                    dose.slot_time,
                    status,
                    dose.amount_mg,
                    taken_at,
                    note,
                    zone,
                    DoseKind.SCHEDULED,
                )
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
        local_taken = taken_at.astimezone(ZoneInfo(home_tz))  # its slot: when it was taken
        zone = self.db.zone(home_tz)
        with self.db.transaction() as db:
            event_id = self._insert_event(
                db,
                profile_id,
                medication,
                local_taken.date(),
                local_taken.time(),
                DoseStatus.TAKEN,
                amount_mg,
                taken_at,
                reason,
                zone,
                DoseKind.EXTRA,
            )
        return self.event(event_id)

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
        # On a scheduled dose the note says why it is what it is ("Marked missed
        # automatically…"): the person's reason replaces it. An extra dose's note is why it
        # was taken, and stays. The audit keeps both.
        note = reason if event.kind is DoseKind.SCHEDULED else event.note
        with self.db.transaction() as db:
            db.execute(
                "UPDATE dose_events SET status = ?, taken_utc = ?, note = ? WHERE id = ?",
                (status.value, maybe_iso(taken_at), note, event_id),
            )
            after = dict(before, status=status.value, taken_utc=maybe_iso(taken_at), note=note)
            self._audit(db, event_id, "edited", before, after, reason, zone)
        return self.event(event_id)
