"""The appointment report's text, section by section, as HTML for QTextDocument."""

from __future__ import annotations

import html
import json
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
from baclofen_companion.core.schedule import active_version
from baclofen_companion.core.supply import forecast, format_units
from baclofen_companion.core.trends import plan_changes
from baclofen_companion.core.units import dose_label, format_mg
from baclofen_companion.store import Store
from baclofen_companion.ui.common import local, prescriber_note
from baclofen_companion.ui.history import PersonHistory

DETAIL_ROWS = 60
"""Diary rows listed one by one; earlier ones are summed up in the counts above them."""
ROWS_PER_BLOCK = 20


def tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def nice_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def current_plan(store: Store, history: PersonHistory) -> str:
    today = local(history.now, history.profile.home_tz).date()
    parts = [f"<h2>{tr('Current plan')}</h2>"]
    meds = [m for m in history.medications if not m.archived]
    if not meds:
        parts.append(f"<p>{tr('No medicines are set up.')}</p>")
    for med in meds:
        versions = history.versions.get(med.id, [])
        current = active_version(versions, today)
        name = f"<b>{esc(med.name)}</b> {esc(_strength(med))}"
        if current is None or not current.slots:
            parts.append(f"<p>{name}: {tr('no doses now')}</p>")
        else:
            # Each dose kept on one line: "14:00 15 mg — 1½ tablets".
            slots = ", ".join(
                esc(
                    f"{s.time:%H:%M} "
                    + dose_label(s.amount_mg, med.form, med.strength_mg, med.scored)
                ).replace(" ", "&nbsp;")
                for s in current.slots
            )
            parts.append(f"<p>{name}: {esc(describe_slots(current.slots))} — {slots}</p>")
        progress = plan_progress(today, versions, store.plan_kinds(med.id))
        if progress is not None:
            parts.append(f"<p class='muted'>{esc(progress.text())}</p>")
        coming = sorted((v for v in versions if v.valid_from > today), key=lambda v: v.valid_from)
        for v in coming[:8]:
            parts.append(
                f"<p class='muted'>{tr('From')} {nice_date(v.valid_from)}: "
                f"{esc(describe_slots(v.slots))}</p>"
            )
        if med.instructions:
            parts.append(f"<p class='muted'>{esc(med.instructions)}</p>")
    parts.append(f"<p class='muted'><i>{esc(prescriber_note())}</i></p>")
    return "".join(parts)


def _strength(med: Medication) -> str:
    scored = tr(", scored") if med.scored else ""
    unit = "mg/mL" if med.form is DoseForm.LIQUID else "mg"
    return f"({med.strength_mg:g} {unit} {med.form.value}{scored})"


def changes(store: Store, history: PersonHistory) -> str:
    changes = plan_changes(history.first, history.last, history.medications, history.versions)
    parts = [f"<h2>{tr('Changes in this period')}</h2>"]
    if not changes:
        parts.append(f"<p>{tr('No dose changes.')}</p>")
    for change in changes:
        parts.append(f"<p>{nice_date(change.day)}: {esc(change.text())}</p>")
    start, end = _bounds(history)
    safety = [r for r in store.safety_log(history.profile.id) if start <= r["at_utc"] < end]
    if safety:
        parts.append(f"<p><b>{tr('Warnings shown and what was chosen')}</b></p>")
        for row in safety[-15:]:
            when = datetime.fromisoformat(row["at_utc"])
            parts.append(
                f"<p>{nice_date(local(when, history.profile.home_tz).date())}: "
                f"{esc(row['text'])}</p>"
            )
    return "".join(parts)


def _bounds(history: PersonHistory) -> tuple[str, str]:
    from baclofen_companion.core.trends import range_bounds

    start, end = range_bounds(history.first, history.last, history.profile.home_tz)
    return start.isoformat(timespec="seconds"), end.isoformat(timespec="seconds")


def adherence(history: PersonHistory) -> str:
    tz = history.profile.home_tz
    parts = [f"<h2>{tr('Doses taken')}</h2><p>{esc(history.adherence.text())}</p>"]
    parts.append(
        f"<p class='muted'>{tr('On time: taken within 30 minutes of its time; late: after that.')}"
        f" {tr('Not answered: nothing was logged before the next dose was near.')}</p>"
    )
    if history.extras:
        parts.append(f"<p><b>{tr('Extra doses')}</b></p>")
        for e in history.extras[-10:]:
            when = local(e.taken_at or e.recorded_utc, tz)
            parts.append(
                f"<p>{nice_date(when.date())} {when:%H:%M}: {esc(format_mg(e.amount_mg))}"
                f" — {esc(e.note)}</p>"
            )
    return "".join(parts)


def _severity_text(entry: DiaryEntry) -> list[str]:
    found = []
    for name in SEVERITY_SCALES:
        value = getattr(entry, name)
        if value is not None and value is not Severity.NONE:
            found.append(f"{SEVERITY_LABELS[name]} ({value.value})")
    return found


def diary(history: PersonHistory) -> list[str]:
    """HTML blocks: red flags in full, then side-effect counts, then entries row by row."""
    tz = history.profile.home_tz
    blocks: list[str] = []
    flagged = [e for e in history.diary if e.red_flags]
    head = f"<h2>{tr('Side effects and red flags')}</h2>"
    if flagged:
        rows = []
        for e in flagged:
            when = local(e.at, tz)
            names = ", ".join(RED_FLAGS[f] for f in e.red_flags)
            note = f"<br>{tr('Note')}: {esc(e.note)}" if e.note else ""
            rows.append(
                "<tr><td style='border: 2px solid #b00020'>"
                f"<span class='flag'>⚠ {tr('RED FLAG')} — {nice_date(when.date())} "
                f"{when:%H:%M}: {esc(names)}</span>{note}<br><i>{esc(e.advice)}</i></td></tr>"
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
            counts[SIDE_EFFECTS[s]] = counts.get(SIDE_EFFECTS[s], 0) + 1
        for label in _severity_text(e):
            key = label.split(" (")[0]
            counts[key] = counts.get(key, 0) + 1
    if counts:
        listed = "; ".join(
            f"{esc(k)}: {n}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1])
        )
        summary = tr("Diary entries noting each side effect")
        blocks.append(f"{head}<p><b>{summary}:</b> {listed}.</p>")
    elif not flagged:
        blocks.append(f"{head}<p>{tr('No side effects or red flags were noted.')}</p>")
    noted = [e for e in history.diary if e.side_effects or _severity_text(e) or e.red_flags]
    hidden = max(0, len(noted) - DETAIL_ROWS)
    noted = noted[-DETAIL_ROWS:]
    header = (
        f"<tr><th width='20%'>{tr('When')}</th><th width='12%'>{tr('Stiffness / pain')}</th>"
        f"<th width='34%'>{tr('Side effects')}</th><th width='34%'>{tr('Note')}</th></tr>"
    )
    for start in range(0, len(noted), ROWS_PER_BLOCK):
        cells = []
        for e in noted[start : start + ROWS_PER_BLOCK]:
            when = local(e.at, tz)
            effects = [SIDE_EFFECTS[s] for s in e.side_effects] + _severity_text(e)
            effects += [f"⚠ {RED_FLAGS[f]}" for f in e.red_flags]
            scores = f"{_score(e.stiffness)} / {_score(e.pain)}"
            cells.append(
                f"<tr><td>{nice_date(when.date())} {when:%H:%M}</td><td>{scores}</td>"
                f"<td>{esc(', '.join(effects))}</td><td>{esc(e.note)}</td></tr>"
            )
        intro = ""
        if start == 0 and hidden:
            latest = tr("The latest {n} entries; {m} earlier ones are counted above.")
            intro = f"<p class='muted'>{latest.format(n=len(noted), m=hidden)}</p>"
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
    rows = [r for r in store.checkins(history.profile.id) if start <= r["at_utc"] < end]
    if not rows:
        return ""
    parts = [f"<h2>{tr('Withdrawal check-ins')}</h2>"]
    for r in rows[-15:]:
        when = local(datetime.fromisoformat(r["at_utc"]), history.profile.home_tz)
        signs = ", ".join(json.loads(r["signs_json"] or "[]"))
        detail = f" ({esc(signs)})" if signs else ""
        parts.append(
            f"<p>{nice_date(when.date())} {when:%H:%M}: {esc(r['feeling'])}{detail} — "
            f"{esc(r['note'])}</p>"
        )
    return "".join(parts)


def supply(store: Store, history: PersonHistory) -> str:
    parts = [f"<h2>{tr('Supply')}</h2>"]
    profile = history.profile
    meds = [m for m in history.medications if not m.archived]
    if not meds:
        return ""
    for med in meds:
        on_hand = store.stock.on_hand(med)
        if on_hand is None:
            parts.append(f"<p>{esc(med.name)}: {tr('stock not counted in the app')}</p>")
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
        parts.append(
            f"<p>{esc(med.name)}: {esc(format_units(on_hand, med))} {tr('on hand')}. "
            f"{esc(outlook)}</p>"
        )
    return "".join(parts)


def questions(questions: str) -> str:
    typed = questions.strip()
    body = f"<p>{esc(typed)}</p>" if typed else ""
    return f"<h2>{tr('Questions for my doctor')}</h2>{body}"


def title(history: PersonHistory) -> str:
    days = (history.last - history.first).days + 1
    made = local(history.now, history.profile.home_tz)
    period = tr("{first} to {last} ({days} days)").format(
        first=nice_date(history.first), last=nice_date(history.last), days=days
    )
    return (
        f"<h1>{tr('Appointment report')}: {esc(history.profile.name)}</h1>"
        f"<p>{period}. {tr('Made on')} {nice_date(made.date())} {made:%H:%M} "
        f"{tr('by')} {APP_NAME}.</p>"
    )
