"""The report's care sections: appointments, the questions gathered since the last one, and
lab checks with their results exactly as the person typed them (never judged)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from baclofen_companion.core.care import (
    last_appointment,
    next_appointment,
    questions_since_last,
)
from baclofen_companion.core.text import QT_TRANSLATE_NOOP
from baclofen_companion.ops.history import PersonHistory
from baclofen_companion.render.report_sections import esc, heading, nice_date, when_text
from baclofen_companion.render.text import local
from baclofen_companion.store import Store

LAB_ROWS = 30
"""Lab checks listed, the latest due ones; a report is for this visit, not every test ever."""


LAB_HEADER = (
    QT_TRANSLATE_NOOP("Report", "Test"),
    QT_TRANSLATE_NOOP("Report", "Due by"),
    QT_TRANSLATE_NOOP("Report", "Result"),
    QT_TRANSLATE_NOOP("Report", "Date of the test"),
    QT_TRANSLATE_NOOP("Report", "Note"),
)


def appointments_and_labs(store: Store, history: PersonHistory) -> str:
    """The last and next appointment, and the lab checks: "" when there is none of them."""
    profile = history.profile
    booked = store.appointments(profile.id)
    checks = store.lab_checks(profile.id)[-LAB_ROWS:]
    if not booked and not checks:
        return ""
    parts = [heading(QCoreApplication.translate("Report", "Appointments and lab checks"))]
    last = last_appointment(booked, history.now)
    coming = next_appointment(booked, history.now)
    for label, appointment in (
        (QCoreApplication.translate("Report", "Last appointment"), last),
        (QCoreApplication.translate("Report", "Next appointment"), coming),
    ):
        if appointment is None:
            continue
        when = when_text(local(appointment.at, profile.home_tz))
        where = f", {appointment.place}" if appointment.place else ""
        parts.append(
            f"<p><b>{esc(label)}:</b> {esc(when)} — {esc(appointment.with_whom)}{esc(where)}</p>"
        )
    if checks:
        head = "".join(
            f"<th align='left'>{esc(QCoreApplication.translate('Report', h))}</th>"
            for h in LAB_HEADER
        )
        rows = []
        for check in checks:
            result = (
                f"{check.value} {check.unit}".strip()
                if check.has_result
                else QCoreApplication.translate("Report", "not yet")
            )
            cells = (
                check.name,
                nice_date(check.due) if check.due else "",
                result,
                nice_date(check.result_date) if check.result_date else "",
                check.note,
            )
            rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
        lab_title = QCoreApplication.translate("Report", "Lab checks")
        parts.append(
            f"<p><b>{esc(lab_title)}</b></p>"
            "<table width='100%' border='0.5' cellspacing='0' cellpadding='2'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>"
        )
    return "".join(parts)


def gathered_questions(store: Store, history: PersonHistory) -> list[str]:
    """The questions gathered since the last appointment, as the report lists them."""
    booked = store.appointments(history.profile.id)
    asked = store.care_questions(history.profile.id)
    return [q.text for q in questions_since_last(asked, booked, history.now)]
