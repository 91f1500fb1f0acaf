"""Use cases for appointments, questions for the doctor and lab checks: each one write."""

from __future__ import annotations

from datetime import date

from baclofen_companion.core.care import Appointment, CareQuestion, LabCheck
from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.schedule import local_date
from baclofen_companion.core.text import translate
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.session import Session, store_of


def add_appointment(session: Session, appointment: Appointment) -> tuple[Appointment, Changed]:
    return store_of(session).add_appointment(appointment), Changed.CARE


def cancel_appointment(session: Session, appointment: Appointment) -> Changed:
    store_of(session).cancel_appointment(appointment.id)
    return Changed.CARE


def ask(session: Session, profile_id: int, text: str) -> tuple[CareQuestion, Changed]:
    """A question for the doctor, gathered for the next appointment."""
    return store_of(session).add_care_question(profile_id, text), Changed.CARE


def remove_question(session: Session, question: CareQuestion) -> Changed:
    store_of(session).remove_care_question(question.id)
    return Changed.CARE


def add_lab_check(
    session: Session, profile_id: int, name: str, due: date | None
) -> tuple[LabCheck, Changed]:
    return store_of(session).add_lab_check(profile_id, name, due), Changed.CARE


def record_lab_result(
    session: Session, check: LabCheck, value: str, unit: str, on: date, note: str = ""
) -> tuple[LabCheck, Changed]:
    """A result as the lab wrote it; a test cannot have been done on a day still to come."""
    store = store_of(session)
    today = local_date(store.clock.now(), store.profile(check.profile_id).home_tz)
    if on > today:
        raise ValidationError(
            "date of the test", translate("ops.care", "The date of the test is still to come.")
        )
    return store.record_lab_result(check.id, value, unit, on, note), Changed.CARE
