"""The appointment report: a PDF of one person's plan, doses, charts, diary and questions.

Text blocks are QTextDocuments and the charts are painted by ui/charts.py straight into the
PDF (vector, like on screen). The writer works at 96 dpi so fonts and line widths match the
screen's; blocks are laid out first, so every page can say "page 2 of 3". What each section
says is in ui/report_sections.py.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, Qt
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
from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import Profile
from baclofen_companion.core.whole_file import why_not, write_whole
from baclofen_companion.ops.history import PersonHistory, load_history
from baclofen_companion.render import report_care
from baclofen_companion.render import report_sections as sections
from baclofen_companion.render.charts import (
    adherence_height,
    paint_adherence,
    paint_trend,
    print_palette,
)
from baclofen_companion.render.report_sections import nice_date
from baclofen_companion.store import Store

__all__ = [
    "MAX_QUESTIONS",
    "PageProgress",
    "ReportRequest",
    "ReportResult",
    "nice_date",
    "write_report",
]

RESOLUTION = 96
MAX_QUESTIONS = 2000
WRITING_LINES = 8


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
        raise ValidationError(
            "dates",
            QCoreApplication.translate("Report", "The first day must not be after the last day."),
        )
    if (request.last - request.first).days > 3660:
        raise ValidationError(
            "dates", QCoreApplication.translate("Report", "Choose at most ten years.")
        )
    if len(request.questions) > MAX_QUESTIONS:
        raise ValidationError(
            "questions",
            QCoreApplication.translate("Report", "Questions are limited to {n} characters.").format(
                n=MAX_QUESTIONS
            ),
        )
    text = os.fspath(out).strip()
    if not text:
        raise ValidationError(
            "file", QCoreApplication.translate("Report", "Choose where to save the report.")
        )
    target = Path(text).expanduser()
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    if target.is_dir():
        raise ValidationError(
            "file",
            QCoreApplication.translate("Report", "{path} is a folder; give a file name.").format(
                path=target
            ),
        )
    if target.parent.exists() and not target.parent.is_dir():
        raise ValidationError(
            "file",
            QCoreApplication.translate("Report", "{path} is a file, not a folder.").format(
                path=target.parent
            ),
        )
    if not target.parent.is_dir():
        raise ValidationError(
            "file",
            QCoreApplication.translate("Report", "The folder {path} does not exist.").format(
                path=target.parent
            ),
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


# -- writing the PDF -------------------------------------------------------------------------


PageProgress = Callable[[int, int], None]
"""Told (page, pages) as each page is painted, and (0, 0) before the pages are known."""


def write_report(
    store: Store,
    request: ReportRequest,
    out: Path,
    now: datetime,
    progress: PageProgress | None = None,
) -> ReportResult:
    """Write the report to ``out``, whole or not at all (the last report stays on failure).

    Runs on any thread (the app's task runner calls it off the GUI thread), given a Store of
    that thread's own.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_report needs a QGuiApplication")
    target = check_request(request, out)
    if progress is not None:
        progress(0, 0)
    history = load_history(store, request.profile, request.first, request.last, now)
    # Drawn into memory, then written whole by write_whole: QPdfWriter says nothing when the
    # disk fills up, and would leave a half file (at the umask's mode) in place of the last.
    pdf = QBuffer()
    pdf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(pdf)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 14, 16, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(sections.report_title(request.profile.name))
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

    blocks: list[Block] = [
        text(sections.title(history)),
        text(sections.current_plan(store, history)),
    ]
    blocks.append(text(sections.changes(store, history)))
    trend_title = QCoreApplication.translate("Report", "Stiffness, pain and baclofen")
    blocks.append(heading(sections.heading(trend_title)))
    trend_height = 60 if history.trend.empty else 300
    blocks.append(
        ChartBlock(lambda p, r: paint_trend(p, r, history.trend, palette), trend_height, font)
    )
    blocks.append(text(sections.adherence(history)))
    # Its own title, kept with it: a long list of extra doses could push it to the next page
    # with no heading.
    by_time = QCoreApplication.translate("Report", "Doses by time of day")
    blocks.append(heading(f"<p><b>{sections.esc(by_time)}</b></p>"))
    rows = max(1, len(history.adherence.slots))
    blocks.append(
        ChartBlock(
            lambda p, r: paint_adherence(p, r, history.adherence, palette),
            60 if history.adherence.empty else min(400, adherence_height(rows, font)),
            font,
        )
    )
    diary = sections.diary(history)
    blocks.append(heading(diary[0]) if len(diary) > 1 else text(diary[0]))
    blocks.extend(text(b) for b in diary[1:])
    care = report_care.appointments_and_labs(store, history)
    for body in (
        care,
        sections.checkins(store, history),
        sections.supply(store, history),
        sections.pump(store, history),
    ):
        if body:
            blocks.append(text(body))
    box_width = width - 2 * QuestionsBox.PAD
    blocks.append(
        QuestionsBox(
            TextBlock(
                sections.questions(
                    request.questions, report_care.gathered_questions(store, history)
                ),
                box_width,
                font,
                writer,
            ),
            WRITING_LINES,
            30,
        )
    )

    pages = layout(blocks, page_h, 6)
    painter = QPainter()
    if not painter.begin(writer):
        raise ValidationError(
            "file",
            QCoreApplication.translate("Report", "{path} cannot be written.").format(path=target),
        )
    try:
        for number, placed in enumerate(pages, start=1):
            if progress is not None:
                progress(number, len(pages))
            if number > 1:
                writer.newPage()
            for block, y in placed:
                block.paint(painter, QRectF(0, y, width, block.height()))
            _footer(painter, width, page_h, footer_h, font, history, number, len(pages))
    finally:
        painter.end()  # which finishes the PDF in the buffer
    data = bytes(pdf.data().data())
    try:
        write_whole(target, data)
    except (OSError, ValueError) as err:
        raise ValidationError(
            "file",
            QCoreApplication.translate("Report", "{path} cannot be written: {why}.").format(
                path=target, why=why_not(err)
            ),
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
        QCoreApplication.translate("Report", "page {n} of {m}").format(n=number, m=pages),
    )
    painter.restore()
