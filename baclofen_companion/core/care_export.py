"""The care CSV export: one row per appointment, question for the doctor and lab check.

A table of its own rather than columns in the diary file: these are not moments of how the
person felt, and a lab check has a due date and a result date rather than one time. Column
headers and cell words stay English in every language (the README documents the format);
values are written as the person typed them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from baclofen_companion.core.care import Appointment, CareQuestion, LabCheck
from baclofen_companion.core.export import CARE_HEADER, Cell, Table

APPOINTMENT = "appointment"
QUESTION = "question for the doctor"
LAB_CHECK = "lab check"


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _within(days: Iterable[date | None], first: date | None, last: date | None) -> bool:
    known = [d for d in days if d is not None]
    if not known:
        return first is None and last is None
    return any((first is None or d >= first) and (last is None or d <= last) for d in known)


def care_table(
    appointments: Iterable[Appointment],
    questions: Iterable[CareQuestion],
    checks: Iterable[LabCheck],
    home_tz: str,
    first: date | None = None,
    last: date | None = None,
) -> Table:
    """Appointments and questions by their local date, lab checks by their due or result date,
    within first..last inclusive; appointments and questions in time order, then lab checks."""
    zone = ZoneInfo(home_tz)
    timed: list[tuple[datetime, tuple[Cell, ...]]] = []
    for a in appointments:
        there = a.at.astimezone(ZoneInfo(a.tz))
        if _within([there.date()], first, last):
            row: tuple[Cell, ...] = (
                APPOINTMENT, there.date().isoformat(), f"{there:%H:%M}", a.tz,
                a.with_whom, a.place, a.bring, "", "", "", "", "", "", "",
            )  # fmt: skip
            timed.append((a.at, row))
    for q in questions:
        asked = q.asked.astimezone(zone)
        if _within([asked.date()], first, last):
            row = (
                QUESTION, asked.date().isoformat(), f"{asked:%H:%M}", home_tz,
                "", "", "", q.text, "", "", "", "", "", "",
            )  # fmt: skip
            timed.append((q.asked, row))
    timed.sort(key=lambda pair: pair[0])
    labs: list[tuple[Cell, ...]] = []
    for c in checks:
        if _within([c.due, c.result_date], first, last):
            row = (
                LAB_CHECK, "", "", "", "", "", "", "", c.name, _day(c.due),
                c.value, c.unit, _day(c.result_date), c.note,
            )  # fmt: skip
            labs.append(row)
    rows = tuple(row for _, row in timed) + tuple(labs)
    return Table(CARE_HEADER, rows, care=len(rows))
