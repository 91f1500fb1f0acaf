"""The appointment report's text, section by section, as HTML for QTextDocument."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from baclofen_companion import APP_NAME
from baclofen_companion.core.diary import (
    RED_FLAGS,
    SEVERITY_LABELS,
    SEVERITY_SCALES,
    SIDE_EFFECTS,
    DiaryEntry,
    Severity,
)
from baclofen_companion.core.errors import CompanionError
from baclofen_companion.core.model import DoseForm, Medication
from baclofen_companion.core.plans import describe_slots, plan_progress
from baclofen_companion.core.pump import PumpEventKind
from baclofen_companion.core.schedule import active_version, effective_versions
from baclofen_companion.core.supply import forecast, format_units
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, hhmm
from baclofen_companion.core.trends import plan_changes
from baclofen_companion.core.units import dose_label, format_mg, format_number
from baclofen_companion.ops.history import PersonHistory
from baclofen_companion.render.text import local, prescriber_note, short_date
from baclofen_companion.store import Store

DETAIL_ROWS = 60
"""Diary rows listed one by one; earlier ones are summed up in the counts above them."""
ROWS_PER_BLOCK = 20


def _core(text: str) -> str:
    """A diary label from core (kept in English there), in the app's language."""
    return QCoreApplication.translate("core.diary", text)


def _feeling(answer: str) -> str:
    """A check-in's answer, kept in English in the data file, as the banner's button said it."""
    return QCoreApplication.translate("WithdrawalBanner", answer)


def nice_date(day: date) -> str:
    """'11 Mar 2026' in the app's language ('11. März 2026')."""
    return short_date(day)


def when_text(when: datetime) -> str:
    """'11 Mar 2026 14:05': a local date and time."""
    return f"{nice_date(when.date())} {hhmm(when)}"


def heading(text: str) -> str:
    return f"<h2>{esc(text)}</h2>"


def paragraph(text: str, css: str = "") -> str:
    style = f" class='{css}'" if css else ""
    return f"<p{style}>{esc(text)}</p>"


def esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def current_plan(store: Store, history: PersonHistory) -> str:
    today = local(history.now, history.profile.home_tz).date()
    parts = [heading(QCoreApplication.translate("Report", "Current plan"))]
    meds = [m for m in history.medications if not m.archived]
    if not meds:
        parts.append(paragraph(QCoreApplication.translate("Report", "No medicines are set up.")))
    for med in meds:
        versions = history.versions.get(med.id, [])
        current = active_version(versions, today)
        name = f"<b>{esc(med.name)}</b> {esc(_strength(med))}"
        if current is None or not current.slots:
            none_now = QCoreApplication.translate("Report", "no doses now")
            parts.append(f"<p>{name}: {esc(none_now)}</p>")
        else:
            # Each dose kept on one line: "14:00 15 mg — 1½ tablets".
            slots = ", ".join(
                esc(
                    f"{hhmm(s.time)} "
                    + dose_label(s.amount_mg, med.form, med.strength_mg, med.scored)
                ).replace(" ", "&nbsp;")
                for s in current.slots
            )
            parts.append(f"<p>{name}: {esc(describe_slots(current.slots))} — {slots}</p>")
        progress = plan_progress(today, versions, store.plan_kinds(med.id))
        if progress is not None:
            parts.append(f"<p class='muted'>{esc(progress.text())}</p>")
        coming = [v for v in effective_versions(versions) if v.valid_from > today]
        for v in coming[:8]:
            coming_text = QCoreApplication.translate("Report", "From {day}: {doses}").format(
                day=nice_date(v.valid_from), doses=describe_slots(v.slots)
            )
            parts.append(paragraph(coming_text, "muted"))
        if med.instructions:
            parts.append(f"<p class='muted'>{esc(med.instructions)}</p>")
    parts.append(f"<p class='muted'><i>{esc(prescriber_note())}</i></p>")
    return "".join(parts)


def _form_names() -> dict[DoseForm, str]:
    return {
        DoseForm.TABLET: QCoreApplication.translate("Report", "tablet"),
        DoseForm.LIQUID: QCoreApplication.translate("Report", "liquid"),
        DoseForm.GRANULES: QCoreApplication.translate("Report", "granules"),
        DoseForm.OTHER: QCoreApplication.translate("Report", "other"),
    }


def _strength(med: Medication) -> str:
    """'(10 mg tablet, scored)'."""
    scored = QCoreApplication.translate("Report", ", scored") if med.scored else ""
    unit = "mg/mL" if med.form is DoseForm.LIQUID else "mg"
    return f"({format_number(med.strength_mg)} {unit} {_form_names()[med.form]}{scored})"


def changes(store: Store, history: PersonHistory) -> str:
    changes = plan_changes(history.first, history.last, history.medications, history.versions)
    parts = [heading(QCoreApplication.translate("Report", "Changes in this period"))]
    if not changes:
        parts.append(paragraph(QCoreApplication.translate("Report", "No dose changes.")))
    for change in changes:
        parts.append(f"<p>{nice_date(change.day)}: {esc(change.text())}</p>")
    start, end = _bounds(history)
    safety = [n for n in store.safety_log(history.profile.id) if start <= n.at < end]
    if safety:
        warnings = QCoreApplication.translate("Report", "Warnings shown and what was chosen")
        parts.append(f"<p><b>{esc(warnings)}</b></p>")
        for note in safety[-15:]:
            parts.append(
                f"<p>{nice_date(local(note.at, history.profile.home_tz).date())}: "
                f"{esc(note.text)} <b>{esc(what_was_chosen(note.kind))}</b></p>"
            )
    return "".join(parts)


def what_was_chosen(kind: str) -> str:
    """A safety note is saved only when the person went ahead after the warning: say with
    what (the kinds are the ones ui/ gives its SafetyNotes)."""
    chosen = {
        "extra dose warning": QT_TRANSLATE_NOOP("Report", "Chosen: log the extra dose anyway."),
        "above maximum": QT_TRANSLATE_NOOP("Report", "Chosen: save the plan above the maximum."),
        "abrupt stop confirmed": QT_TRANSLATE_NOOP(
            "Report", "Chosen: stop at once, as the prescriber said."
        ),
        "abrupt cut confirmed": QT_TRANSLATE_NOOP(
            "Report", "Chosen: cut the dose at once, as the prescriber said."
        ),
        "caution shown": QT_TRANSLATE_NOOP("Report", "Chosen: add the medicine anyway."),
    }.get(kind, QT_TRANSLATE_NOOP("Report", "Chosen: go ahead."))
    return QCoreApplication.translate("Report", chosen)


def _bounds(history: PersonHistory) -> tuple[datetime, datetime]:
    from baclofen_companion.core.trends import range_bounds

    return range_bounds(history.first, history.last, history.profile.home_tz)


def adherence(history: PersonHistory) -> str:
    tz = history.profile.home_tz
    parts = [
        heading(QCoreApplication.translate("Report", "Doses taken")),
        paragraph(history.adherence.text()),
    ]
    on_time = QCoreApplication.translate(
        "Report", "On time: taken within 30 minutes of its time; late: after that."
    )
    not_answered = QCoreApplication.translate(
        "Report", "Not answered: nothing was logged before the next dose was near."
    )
    parts.append(paragraph(f"{on_time} {not_answered}", "muted"))
    if history.extras:
        extra = QCoreApplication.translate("Report", "Extra doses")
        parts.append(f"<p><b>{esc(extra)}</b></p>")
        for e in history.extras[-10:]:
            when = local(e.taken_at or e.recorded_utc, tz)
            parts.append(f"<p>{when_text(when)}: {esc(format_mg(e.amount_mg))} — {esc(e.note)}</p>")
    return "".join(parts)


def _severity_text(entry: DiaryEntry) -> list[str]:
    found = []
    for name in SEVERITY_SCALES:
        value = getattr(entry, name)
        if value is not None and value is not Severity.NONE:
            # The severity words are kept in English in the data file; DiaryView shows them.
            severity = QCoreApplication.translate("DiaryView", value.value)
            found.append(f"{_core(SEVERITY_LABELS[name])} ({severity})")
    return found


def diary(history: PersonHistory) -> list[str]:
    """HTML blocks: red flags in full, then side-effect counts, then entries row by row."""
    tz = history.profile.home_tz
    blocks: list[str] = []
    flagged = [e for e in history.diary if e.red_flags]
    head = heading(QCoreApplication.translate("Report", "Side effects and red flags"))
    red_flag = QCoreApplication.translate("Report", "RED FLAG")
    if flagged:
        rows = []
        for e in flagged:
            when = local(e.at, tz)
            names = ", ".join(_core(RED_FLAGS[f]) for f in e.red_flags)
            note_text = QCoreApplication.translate("Report", "Note: {note}").format(note=e.note)
            note = f"<br>{esc(note_text)}" if e.note else ""
            rows.append(
                "<tr><td style='border: 2px solid #b00020'>"
                f"<span class='flag'>⚠ {esc(red_flag)} — {when_text(when)}: {esc(names)}</span>"
                f"{note}<br><i>{esc(e.advice)}</i></td></tr>"
            )
        blocks.append(
            head
            + "<table width='100%' cellspacing='0' cellpadding='4'>"
            + "".join(rows)
            + "</table>"
        )
        head = ""
    counts: dict[str, int] = {}
    for e in history.diary:
        for s in e.side_effects:
            name = _core(SIDE_EFFECTS[s])
            counts[name] = counts.get(name, 0) + 1
        for label in _severity_text(e):
            key = label.split(" (")[0]
            counts[key] = counts.get(key, 0) + 1
    if counts:
        listed = "; ".join(
            f"{esc(k)}: {n}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1])
        )
        summary = QCoreApplication.translate("Report", "Diary entries noting each side effect")
        blocks.append(f"{head}<p><b>{esc(summary)}:</b> {listed}.</p>")
    elif not flagged:
        nothing = QCoreApplication.translate("Report", "No side effects or red flags were noted.")
        blocks.append(head + paragraph(nothing))
    noted = [e for e in history.diary if e.side_effects or _severity_text(e) or e.red_flags]
    hidden = max(0, len(noted) - DETAIL_ROWS)
    noted = noted[-DETAIL_ROWS:]
    columns = (
        (22, QCoreApplication.translate("Report", "When")),
        (15, QCoreApplication.translate("Report", "Stiffness / pain")),
        (31, QCoreApplication.translate("Report", "Side effects")),
        (32, QCoreApplication.translate("Report", "Note")),
    )
    header = "<tr>" + "".join(f"<th width='{w}%'>{esc(t)}</th>" for w, t in columns) + "</tr>"
    for start in range(0, len(noted), ROWS_PER_BLOCK):
        cells = []
        for e in noted[start : start + ROWS_PER_BLOCK]:
            when = local(e.at, tz)
            effects = [_core(SIDE_EFFECTS[s]) for s in e.side_effects]
            effects += _severity_text(e)
            effects += [f"⚠ {_core(RED_FLAGS[f])}" for f in e.red_flags]
            scores = f"{_score(e.stiffness)} / {_score(e.pain)}"
            cells.append(
                f"<tr><td>{when_text(when)}</td><td>{scores}</td>"
                f"<td>{esc(', '.join(effects))}</td><td>{esc(e.note)}</td></tr>"
            )
        intro = ""
        if start == 0 and hidden:
            latest = QCoreApplication.translate(
                "Report", "The latest {n} entries; {m} earlier ones are counted above."
            )
            intro = paragraph(latest.format(n=len(noted), m=hidden), "muted")
        blocks.append(
            intro
            + "<table width='100%' border='0.5' cellspacing='0' cellpadding='2'>"
            + header
            + "".join(cells)
            + "</table>"
        )
    return blocks


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)


def checkins(store: Store, history: PersonHistory) -> str:
    start, end = _bounds(history)
    chosen = [c for c in store.checkins(history.profile.id) if start <= c.at < end]
    if not chosen:
        return ""
    parts = [heading(QCoreApplication.translate("Report", "Withdrawal check-ins"))]
    for checkin in chosen[-15:]:
        when = local(checkin.at, history.profile.home_tz)
        signs = ", ".join(checkin.signs)
        detail = f" ({esc(signs)})" if signs else ""
        feeling = _feeling(checkin.feeling)
        parts.append(f"<p>{when_text(when)}: {esc(feeling)}{detail} — {esc(checkin.note)}</p>")
    return "".join(parts)


def supply(store: Store, history: PersonHistory) -> str:
    parts = [heading(QCoreApplication.translate("Report", "Supply"))]
    profile = history.profile
    meds = [m for m in history.medications if not m.archived]
    if not meds:
        return ""
    for med in meds:
        on_hand = store.stock.on_hand(med)
        if on_hand is None:
            not_counted = QCoreApplication.translate("Report", "stock not counted in the app")
            parts.append(f"<p>{esc(med.name)}: {esc(not_counted)}</p>")
            continue
        try:
            outlook = forecast(
                on_hand,
                med,
                history.versions.get(med.id, []),
                profile.id,
                profile.home_tz,
                history.now,
            ).text
        except CompanionError as err:
            outlook = str(err)
        stock = QCoreApplication.translate("Report", "{medicine}: {amount} on hand.").format(
            medicine=med.name, amount=format_units(on_hand, med)
        )
        parts.append(paragraph(f"{stock} {outlook}"))
    return "".join(parts)


def pump(store: Store, history: PersonHistory) -> str:
    """The intrathecal pump, as the clinic wrote it, and its refills and alarms in the range."""
    profile = history.profile
    found = store.pump(profile.id)
    if found is None:
        return ""
    unset = "—"

    def row(label: str, value: str) -> str:
        return f"{esc(label)}: {esc(value or unset)}<br>"

    facts = (
        row(QCoreApplication.translate("Report", "Pump clinic"), found.clinic)
        + row(QCoreApplication.translate("Report", "Phone"), found.phone)
        + row(
            QCoreApplication.translate("Report", "Concentration (as the clinic wrote it)"),
            found.concentration,
        )
        + row(
            QCoreApplication.translate("Report", "Daily dose (as the clinic wrote it)"),
            found.daily_dose,
        )
    )
    for label, day in (
        (QCoreApplication.translate("Report", "Next refill"), found.next_refill),
        (QCoreApplication.translate("Report", "Low-reservoir alarm date"), found.alarm_date),
        (QCoreApplication.translate("Report", "Pump replacement"), found.replacement),
    ):
        facts += row(label, nice_date(day) if day else "")
    events = [e for e in store.pump_events(profile.id) if history.first <= e.on <= history.last]
    refills = ", ".join(nice_date(e.on) for e in events if e.kind is PumpEventKind.REFILL)
    alarms = ", ".join(nice_date(e.on) for e in events if e.kind is PumpEventKind.ALARM)
    facts += row(QCoreApplication.translate("Report", "Refills in this period"), refills)
    facts += row(
        QCoreApplication.translate("Report", "Pump alarms (beeping) in this period"), alarms
    )
    return (
        heading(QCoreApplication.translate("Report", "Intrathecal baclofen pump"))
        + f"<p>{facts}</p>"
    )


def questions(questions: str, gathered: Sequence[str] = ()) -> str:
    """The questions gathered since the last appointment (Care, Diary), then those typed."""
    typed = questions.strip()
    listed = "".join(f"<li>{esc(q)}</li>" for q in gathered)
    body = f"<ul>{listed}</ul>" if listed else ""
    body += f"<p>{esc(typed)}</p>" if typed else ""
    return heading(QCoreApplication.translate("Report", "Questions for my doctor")) + body


def title(history: PersonHistory) -> str:
    days = (history.last - history.first).days + 1
    made = local(history.now, history.profile.home_tz)
    heading_text = report_title(history.profile.name)
    if days == 1:  # a new person's first report: "(1 days)" read as a slip
        period = QCoreApplication.translate("Report", "{day} (1 day)").format(
            day=nice_date(history.first)
        )
    else:
        period = QCoreApplication.translate("Report", "{first} to {last} ({days} days)").format(
            first=nice_date(history.first), last=nice_date(history.last), days=days
        )
    made_text = QCoreApplication.translate("Report", "Made on {when} by {app}.").format(
        when=when_text(made), app=APP_NAME
    )
    return f"<h1>{esc(heading_text)}</h1><p>{esc(period)}. {esc(made_text)}</p>"


def report_title(name: str) -> str:
    """'Appointment report: Robin'."""
    return QCoreApplication.translate("Report", "Appointment report: {name}").format(name=name)
