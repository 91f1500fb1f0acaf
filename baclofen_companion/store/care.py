"""Appointments, the questions gathered for them, and lab checks (issue #19 part 1).

A cancelled appointment or a removed question is kept with the time it went (nothing is
deleted); a lab result is written onto its check, exactly as typed.
"""

from __future__ import annotations

from datetime import date

from baclofen_companion.core.care import (
    Appointment,
    CareQuestion,
    LabCheck,
    checked_appointment,
    checked_lab_name,
    checked_question,
    checked_result,
)
from baclofen_companion.core.errors import StoreError
from baclofen_companion.store.db import Database
from baclofen_companion.store.timestamps import from_iso, to_iso


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class CareRepo:
    """The appointments-and-labs part of ``Store`` (a mixin over its ``db``)."""

    db: Database

    # -- appointments -----------------------------------------------------------------------

    def add_appointment(self, appointment: Appointment) -> Appointment:
        a = checked_appointment(appointment)
        with self.db.transaction() as db:
            cur = db.execute(
                "INSERT INTO appointments (profile_id, at_utc, tz, with_whom, place, bring,"
                " created_utc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (a.profile_id, to_iso(a.at), a.tz, a.with_whom, a.place, a.bring, self.db.now()),
            )
        return self.appointment(int(cur.lastrowid or 0))

    def cancel_appointment(self, appointment_id: int) -> None:
        with self.db.transaction() as db:
            cur = db.execute(
                "UPDATE appointments SET cancelled_utc = ? WHERE id = ? AND cancelled_utc IS NULL",
                (self.db.now(), appointment_id),
            )
            if cur.rowcount != 1:
                raise StoreError("That appointment is not there any more.")

    def appointment(self, appointment_id: int) -> Appointment:
        rows = self.db.query("SELECT * FROM appointments WHERE id = ?", [appointment_id])
        if not rows:
            raise StoreError("That appointment is not there any more.")
        r = rows[0]
        return Appointment(
            r["profile_id"],
            from_iso(r["at_utc"]),
            r["tz"],
            r["with_whom"],
            r["place"],
            r["bring"],
            r["id"],
        )

    def appointments(self, profile_id: int) -> list[Appointment]:
        """A person's appointments (not cancelled ones), earliest first."""
        rows = self.db.query(
            "SELECT id FROM appointments WHERE profile_id = ? AND cancelled_utc IS NULL"
            " ORDER BY at_utc, id",
            [profile_id],
        )
        return [self.appointment(r["id"]) for r in rows]

    # -- questions for the doctor ---------------------------------------------------------------

    def add_care_question(self, profile_id: int, text: str) -> CareQuestion:
        text = checked_question(text)
        now = self.db.now()
        with self.db.transaction() as db:
            cur = db.execute(
                "INSERT INTO care_questions (profile_id, asked_utc, text) VALUES (?, ?, ?)",
                (profile_id, now, text),
            )
        return CareQuestion(profile_id, text, from_iso(now), int(cur.lastrowid or 0))

    def remove_care_question(self, question_id: int) -> None:
        with self.db.transaction() as db:
            db.execute(
                "UPDATE care_questions SET deleted_utc = ? WHERE id = ? AND deleted_utc IS NULL",
                (self.db.now(), question_id),
            )

    def care_questions(self, profile_id: int) -> list[CareQuestion]:
        """A person's questions (not removed ones), oldest first."""
        rows = self.db.query(
            "SELECT * FROM care_questions WHERE profile_id = ? AND deleted_utc IS NULL"
            " ORDER BY asked_utc, id",
            [profile_id],
        )
        return [
            CareQuestion(r["profile_id"], r["text"], from_iso(r["asked_utc"]), r["id"])
            for r in rows
        ]

    # -- lab checks -----------------------------------------------------------------------------

    def add_lab_check(self, profile_id: int, name: str, due: date | None) -> LabCheck:
        name = checked_lab_name(name)
        with self.db.transaction() as db:
            cur = db.execute(
                "INSERT INTO lab_checks (profile_id, name, due_date, created_utc)"
                " VALUES (?, ?, ?, ?)",
                (profile_id, name, due.isoformat() if due else None, self.db.now()),
            )
        return self.lab_check(int(cur.lastrowid or 0))

    def record_lab_result(
        self, check_id: int, value: str, unit: str, result_date: date, note: str = ""
    ) -> LabCheck:
        value, unit, note = checked_result(value, unit, note)
        with self.db.transaction() as db:
            cur = db.execute(
                "UPDATE lab_checks SET value = ?, unit = ?, result_date = ?, note = ?"
                " WHERE id = ? AND deleted_utc IS NULL",
                (value, unit, result_date.isoformat(), note, check_id),
            )
            if cur.rowcount != 1:
                raise StoreError("That lab check is not there any more.")
        return self.lab_check(check_id)

    def lab_check(self, check_id: int) -> LabCheck:
        rows = self.db.query("SELECT * FROM lab_checks WHERE id = ?", [check_id])
        if not rows:
            raise StoreError("That lab check is not there any more.")
        r = rows[0]
        return LabCheck(
            r["profile_id"],
            r["name"],
            _day(r["due_date"]),
            r["value"],
            r["unit"],
            _day(r["result_date"]),
            r["note"],
            r["id"],
        )

    def lab_checks(self, profile_id: int) -> list[LabCheck]:
        """A person's lab checks, by due date (undated last), then as added."""
        rows = self.db.query(
            "SELECT id FROM lab_checks WHERE profile_id = ? AND deleted_utc IS NULL"
            " ORDER BY due_date IS NULL, due_date, id",
            [profile_id],
        )
        return [self.lab_check(r["id"]) for r in rows]
