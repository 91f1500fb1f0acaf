"""The appointment report: a PDF of one person's plan, doses, charts, diary and questions.

Text blocks are QTextDocuments and the charts are painted by ui/charts.py straight into the
PDF (vector, like on screen). The writer works at 96 dpi so fonts and line widths match the
screen's; blocks are laid out first, so every page can say "page 2 of 3".
"""

from __future__ import annotations

import html
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from baclofen_companion import APP_NAME
from baclofen_companion.core.diary import (
    RED_FLAGS,
    SEVERITY_LABELS,
    SEVERITY_SCALES,
    SIDE_EFFECTS,
    DiaryEntry,
    Severity,
)
from baclofen_companion.core.errors import CompanionError, ValidationError
from baclofen_companion.core.model import DoseForm, Medication, Profile
from baclofen_companion.core.plans import describe_slots, plan_progress
from baclofen_companion.core.schedule import active_version
from baclofen_companion.core.supply import forecast, format_units
from baclofen_companion.core.trends import plan_changes
from baclofen_companion.core.units import dose_label, format_mg
from baclofen_companion.store import Store
from baclofen_companion.ui.charts import (
    adherence_height,
    paint_adherence,
    paint_trend,
    print_palette,
)
from baclofen_companion.ui.common import PRESCRIBER_NOTE, local
from baclofen_companion.ui.history import PersonHistory, load_history

RESOLUTION = 96
MAX_QUESTIONS = 2000
DETAIL_ROWS = 60
"""Diary rows listed one by one; earlier ones are summed up in the counts above them."""
ROWS_PER_BLOCK = 20
WRITING_LINES = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def nice_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


@dataclass(frozen=True)
class ReportRequest:
    profile: Profile
    first: date
    last: date
    questions: str = ""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int


def check_request(request: ReportRequest, out: Path) -> Path:
    """The file to write, or ValidationError saying what is wrong with the request."""
    if request.last < request.first:
        raise ValidationError("dates", tr("The first day must not be after the last day."))
    if (request.last - request.first).days > 3660:
        raise ValidationError("dates", tr("Choose at most ten years."))
    if len(request.questions) > MAX_QUESTIONS:
        raise ValidationError(
            "questions", tr("Questions are limited to {n} characters.").format(n=MAX_QUESTIONS)
        )
    text = os.fspath(out).strip()
    if not text:
        raise ValidationError("file", tr("Choose where to save the report."))
    target = Path(text).expanduser()
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    if target.is_dir():
        raise ValidationError(
            "file", tr("{path} is a folder; give a file name.").format(path=target)
        )
    if not target.parent.is_dir():
        raise ValidationError(
            "file", tr("The folder {path} does not exist.").format(path=target.parent)
        )
    return target


# -- blocks laid out on pages ----------------------------------------------------------------


class Block:
    keep_with_next = False

    def height(self) -> float:
        raise NotImplementedError

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError


class TextBlock(Block):
    def __init__(self, body: str, width: float, font: QFont, device: QPdfWriter) -> None:
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(device)
        self.doc.setDefaultFont(font)
        self.doc.setDefaultStyleSheet(
            "h1 { font-size: 17pt; margin: 0; } h2 { font-size: 12.5pt; margin-top: 10px;"
            " margin-bottom: 4px; } p { margin-top: 2px; margin-bottom: 2px; }"
            " td, th { padding: 2px 4px; } th { text-align: left; }"
            " .flag { font-weight: bold; } .muted { color: #444444; }"
        )
        self.doc.setHtml(body)
        self.doc.setTextWidth(width)

    def height(self) -> float:
        return self.doc.size().height()

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.translate(rect.topLeft())
        self.doc.drawContents(painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.restore()


class ChartBlock(Block):
    def __init__(
        self, draw: Callable[[QPainter, QRectF], None], height: float, font: QFont
    ) -> None:
        self.draw = draw
        self._height = height
        self.font = font

    def height(self) -> float:
        return self._height

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setFont(self.font)
        self.draw(painter, rect)
        painter.setPen(QPen(Qt.GlobalColor.gray, 0.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        painter.restore()


class QuestionsBox(Block):
    """The typed questions, then ruled lines to write more by hand, in a box."""

    PAD = 8.0

    def __init__(self, text: TextBlock, lines: int, spacing: float) -> None:
        self.text = text
        self.lines = lines
        self.spacing = spacing

    def height(self) -> float:
        return self.text.height() + self.lines * self.spacing + 2 * self.PAD

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        inner = rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        self.text.paint(
            painter, QRectF(inner.left(), inner.top(), inner.width(), self.text.height())
        )
        painter.save()
        painter.setPen(QPen(Qt.GlobalColor.darkGray, 0.6))
        top = inner.top() + self.text.height()
        for i in range(1, self.lines + 1):
            y = top + i * self.spacing
            painter.drawLine(QPointF(inner.left(), y), QPointF(inner.right(), y))
        painter.setPen(QPen(Qt.GlobalColor.black, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(0.6, 0.6, -0.6, -0.6), 6, 6)
        painter.restore()


def layout(
    blocks: Sequence[Block], page_height: float, gap: float
) -> list[list[tuple[Block, float]]]:
    """Place blocks top to bottom, page by page; a heading stays with what follows it."""
    pages: list[list[tuple[Block, float]]] = [[]]
    y = 0.0
    for i, block in enumerate(blocks):
        need = block.height()
        if block.keep_with_next and i + 1 < len(blocks):
            need += gap + blocks[i + 1].height()
        if pages[-1] and y + need > page_height:
            pages.append([])
            y = 0.0
        pages[-1].append((block, y))
        y += block.height() + gap
    return pages


# -- what the report says ------------------------------------------------------------------


def esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _current_plan(store: Store, history: PersonHistory) -> str:
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
    parts.append(f"<p class='muted'><i>{esc(PRESCRIBER_NOTE)}</i></p>")
    return "".join(parts)


def _strength(med: Medication) -> str:
    scored = tr(", scored") if med.scored else ""
    unit = "mg/mL" if med.form is DoseForm.LIQUID else "mg"
    return f"({med.strength_mg:g} {unit} {med.form.value}{scored})"


def _changes(store: Store, history: PersonHistory) -> str:
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


def _adherence(history: PersonHistory) -> str:
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


def _diary(history: PersonHistory) -> list[str]:
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


def _checkins(store: Store, history: PersonHistory) -> str:
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


def _supply(store: Store, history: PersonHistory) -> str:
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


def _questions(questions: str) -> str:
    typed = questions.strip()
    body = f"<p>{esc(typed)}</p>" if typed else ""
    return f"<h2>{tr('Questions for my doctor')}</h2>{body}"


def _title(history: PersonHistory) -> str:
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


# -- writing the PDF -------------------------------------------------------------------------


def write_report(store: Store, request: ReportRequest, out: Path, now: datetime) -> ReportResult:
    """Write the report to ``out`` (a temporary file first, then renamed into place)."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_report needs a QGuiApplication")
    target = check_request(request, out)
    history = load_history(store, request.profile, request.first, request.last, now)
    partial = target.with_name(f".{target.name}.partial")
    writer = QPdfWriter(str(partial))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 14, 16, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"{tr('Appointment report')}: {request.profile.name}")
    writer.setCreator(APP_NAME)
    width = float(writer.width())
    footer_h = 22.0
    page_h = float(writer.height()) - footer_h
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(9.5)
    # No "ff"/"fi" ligatures: text copied or searched in the PDF stays plain letters.
    font.setFeature(QFont.Tag("liga"), 0)
    palette = print_palette()

    def text(body: str) -> TextBlock:
        return TextBlock(body, width, font, writer)

    def heading(body: str) -> TextBlock:
        block = text(body)
        block.keep_with_next = True
        return block

    blocks: list[Block] = [text(_title(history)), text(_current_plan(store, history))]
    blocks.append(text(_changes(store, history)))
    blocks.append(heading(f"<h2>{tr('Stiffness, pain and baclofen')}</h2>"))
    trend_height = 60 if history.trend.empty else 300
    blocks.append(
        ChartBlock(lambda p, r: paint_trend(p, r, history.trend, palette), trend_height, font)
    )
    blocks.append(text(_adherence(history)))
    rows = max(1, len(history.adherence.slots))
    blocks.append(
        ChartBlock(
            lambda p, r: paint_adherence(p, r, history.adherence, palette),
            60 if history.adherence.empty else min(400, adherence_height(rows, font)),
            font,
        )
    )
    diary = _diary(history)
    blocks.append(heading(diary[0]) if len(diary) > 1 else text(diary[0]))
    blocks.extend(text(b) for b in diary[1:])
    for body in (_checkins(store, history), _supply(store, history)):
        if body:
            blocks.append(text(body))
    box_width = width - 2 * QuestionsBox.PAD
    blocks.append(
        QuestionsBox(
            TextBlock(_questions(request.questions), box_width, font, writer), WRITING_LINES, 30
        )
    )

    pages = layout(blocks, page_h, 6)
    painter = QPainter()
    if not painter.begin(writer):
        raise ValidationError("file", tr("{path} cannot be written.").format(path=target))
    try:
        for number, placed in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            for block, y in placed:
                block.paint(painter, QRectF(0, y, width, block.height()))
            _footer(painter, width, page_h, footer_h, font, history, number, len(pages))
    finally:
        painter.end()
    try:
        os.replace(partial, target)
    except OSError as err:
        partial.unlink(missing_ok=True)
        raise ValidationError(
            "file", tr("{path} cannot be written: {err}").format(path=target, err=err)
        ) from err
    return ReportResult(target, len(pages))


def _footer(
    painter: QPainter,
    width: float,
    top: float,
    height: float,
    font: QFont,
    history: PersonHistory,
    number: int,
    pages: int,
) -> None:
    painter.save()
    small = QFont(font)
    small.setPointSizeF(8)
    painter.setFont(small)
    painter.setPen(QPen(Qt.GlobalColor.darkGray, 0.5))
    painter.drawLine(0, int(top + 4), int(width), int(top + 4))
    painter.setPen(Qt.GlobalColor.black)
    period = f"{nice_date(history.first)} – {nice_date(history.last)}"
    left = f"{APP_NAME} — {history.profile.name}, {period}"
    painter.drawText(
        QRectF(0, top + 6, width, height - 6),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        left,
    )
    painter.drawText(
        QRectF(0, top + 6, width, height - 6),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        tr("page {n} of {m}").format(n=number, m=pages),
    )
    painter.restore()
