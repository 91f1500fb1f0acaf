"""Care beyond tablets, part 1: appointments, the questions gathered for them, and lab checks.

Records and the few rules about them, written once: which appointment was the last and which is
next, which questions were gathered since the last one, and which reminder an appointment is
due now. The app records and shows lab values exactly as typed; it never interprets one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.text import translate

MAX_TEXT = 500
"""Longest a name, place, question or note may be (a report line, not an essay)."""
PREPARE_AHEAD = timedelta(days=3)
DAY_AHEAD = timedelta(days=1)
HOUR_AHEAD = timedelta(hours=1)


@dataclass(frozen=True)
class Appointment:
    profile_id: int
    at: datetime
    """The start, in UTC."""
    tz: str
    """The zone the time was typed in (the person's home zone then)."""
    with_whom: str
    place: str = ""
    bring: str = ""
    id: int = 0


@dataclass(frozen=True)
class CareQuestion:
    """A question for the doctor, gathered for the next appointment (from Care or the Diary)."""

    profile_id: int
    text: str
    asked: datetime
    id: int = 0


@dataclass(frozen=True)
class LabCheck:
    """A test the prescriber asked for, and its result once the person has it (as written)."""

    profile_id: int
    name: str
    due: date | None
    value: str = ""
    unit: str = ""
    result_date: date | None = None
    note: str = ""
    id: int = 0

    @property
    def has_result(self) -> bool:
        return bool(self.value) or self.result_date is not None


class AppointmentNotice(StrEnum):
    PREPARE = "prepare"  # a few days before: prepare the report
    DAY_BEFORE = "day"
    HOUR_BEFORE = "hour"


def _text(field: str, value: str, required: bool = False) -> str:
    cleaned = " ".join(value.split()) if "\n" not in value else value.strip()
    if required and not cleaned:
        raise ValidationError(field, translate("core.care", "Please fill this in."))
    if len(cleaned) > MAX_TEXT:
        raise ValidationError(
            field,
            translate("core.care", "At most {n} characters, please.").format(n=MAX_TEXT),
        )
    return cleaned


def checked_appointment(appointment: Appointment) -> Appointment:
    """The appointment with its words tidied, or ValidationError naming the field."""
    return Appointment(
        appointment.profile_id,
        appointment.at,
        appointment.tz,
        _text("with whom", appointment.with_whom, required=True),
        _text("where", appointment.place),
        _text("what to bring", appointment.bring),
        appointment.id,
    )


def checked_question(text: str) -> str:
    return _text("question", text, required=True)


def checked_lab_name(name: str) -> str:
    return _text("test", name, required=True)


def checked_result(value: str, unit: str, note: str) -> tuple[str, str, str]:
    value = _text("value", value, required=True)
    return value, _text("unit", unit), _text("note", note)


def last_appointment(appointments: Iterable[Appointment], now: datetime) -> Appointment | None:
    """The latest appointment that has begun by ``now``."""
    past = [a for a in appointments if a.at <= now]
    return max(past, key=lambda a: a.at, default=None)


def next_appointment(appointments: Iterable[Appointment], now: datetime) -> Appointment | None:
    """The soonest appointment still to begin."""
    coming = [a for a in appointments if a.at > now]
    return min(coming, key=lambda a: a.at, default=None)


def questions_since_last(
    questions: Sequence[CareQuestion], appointments: Iterable[Appointment], now: datetime
) -> list[CareQuestion]:
    """The questions gathered since the last appointment began (all of them before the first)."""
    last = last_appointment(appointments, now)
    since = last.at if last is not None else None
    return [q for q in questions if since is None or q.asked > since]


def notice_due(appointment: Appointment, now: datetime) -> AppointmentNotice | None:
    """Which reminder of an appointment belongs to ``now``: the hour before, the day before,
    or (from three days before) prepare the report. One at a time: an appointment added an
    hour ahead is reminded once, not three times at once."""
    if now >= appointment.at:
        return None
    if now >= appointment.at - HOUR_AHEAD:
        return AppointmentNotice.HOUR_BEFORE
    if now >= appointment.at - DAY_AHEAD:
        return AppointmentNotice.DAY_BEFORE
    if now >= appointment.at - PREPARE_AHEAD:
        return AppointmentNotice.PREPARE
    return None


def notice_key(appointment: Appointment, notice: AppointmentNotice) -> str:
    """What the sent list remembers: a moved appointment is reminded again at its new time."""
    return f"{appointment.id}:{notice.value}:{appointment.at.isoformat()}"
