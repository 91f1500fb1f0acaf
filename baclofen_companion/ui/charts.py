"""Charts drawn with QPainter into any rectangle, so the same code paints the screen and the PDF.

Three charts: stiffness and pain with the daily baclofen total and plan changes; how the doses at
each slot time went; and a child's weekly sticker chart. Colours come from the palette (light or
dark), and every series also differs by line style, marker, pattern or glyph.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from baclofen_companion.core.adherence import AdherenceSummary, Outcome, Sticker, StickerDay
from baclofen_companion.core.trends import TrendData, average_taken
from baclofen_companion.core.units import format_number

CONTEXT = "Charts"
Swatch = Callable[[QPainter, QRectF], None]
"""Draws a legend item's sample into its box."""


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def empty_text() -> str:
    return tr("No entries in this range")


# -- colours -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartColors:
    background: QColor
    text: QColor
    grid: QColor
    stiffness: QColor
    pain: QColor
    dose: QColor
    planned: QColor
    outcomes: dict[Outcome, QColor]
    star: QColor
    star_edge: QColor


def chart_colors(palette: QPalette) -> ChartColors:
    """Series colours that read on this palette's background (light or dark)."""
    base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Text)
    dark = base.lightness() < 128
    grid = QColor(text)
    grid.setAlpha(60)
    planned = QColor(text)
    planned.setAlpha(40)

    def pick(light: str, on_dark: str) -> QColor:
        return QColor(on_dark if dark else light)

    return ChartColors(
        background=base,
        text=text,
        grid=grid,
        stiffness=pick("#1f5fbf", "#8ab8ff"),
        pain=pick("#b35300", "#ffb066"),
        dose=text,
        planned=planned,
        outcomes={
            Outcome.ON_TIME: pick("#2f7d32", "#81c784"),
            Outcome.LATE: pick("#8a6d00", "#ffd54f"),
            Outcome.SKIPPED: pick("#5c6bc0", "#9fa8da"),
            Outcome.MISSED: pick("#b00020", "#ff8a80"),
            Outcome.NOT_ANSWERED: pick("#616161", "#bdbdbd"),
        },
        star=QColor("#f4b400"),
        star_edge=pick("#7a5a00", "#ffe082"),
    )


def print_palette() -> QPalette:
    """Black on white, for paper."""
    palette = QPalette(QColor("#f0f0f0"), QColor("#ffffff"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    return palette


OUTCOME_PATTERN = {
    Outcome.ON_TIME: Qt.BrushStyle.SolidPattern,
    Outcome.LATE: Qt.BrushStyle.BDiagPattern,
    Outcome.SKIPPED: Qt.BrushStyle.HorPattern,
    Outcome.MISSED: Qt.BrushStyle.DiagCrossPattern,
    Outcome.NOT_ANSWERED: Qt.BrushStyle.Dense6Pattern,
}
OUTCOME_GLYPH = {
    Outcome.ON_TIME: "✔",
    Outcome.LATE: "◷",
    Outcome.SKIPPED: "⤼",
    Outcome.MISSED: "✖",
    Outcome.NOT_ANSWERED: "?",
}


def outcome_text(outcome: Outcome) -> str:
    return {
        Outcome.ON_TIME: tr("on time"),
        Outcome.LATE: tr("late"),
        Outcome.SKIPPED: tr("skipped"),
        Outcome.MISSED: tr("missed"),
        Outcome.NOT_ANSWERED: tr("not answered"),
    }[outcome]


# -- shared drawing helpers ------------------------------------------------------------------


def _small(font: QFont, factor: float = 0.9) -> QFont:
    smaller = QFont(font)
    if font.pointSizeF() > 0:
        smaller.setPointSizeF(max(6.0, font.pointSizeF() * factor))
    else:
        smaller.setPixelSize(max(8, round(font.pixelSize() * factor)))
    return smaller


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def draw_empty(painter: QPainter, rect: QRectF, colors: ChartColors, text: str = "") -> None:
    painter.save()
    painter.setPen(colors.text)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text or empty_text())
    painter.restore()


def _line_pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color, width, style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _marker(painter: QPainter, at: QPointF, shape: str, size: float) -> None:
    half = size / 2
    if shape == "circle":
        painter.drawEllipse(at, half, half)
    else:
        painter.drawRect(QRectF(at.x() - half, at.y() - half, size, size))


def legend_height(painter: QPainter, rect: QRectF, texts: Sequence[str]) -> float:
    fm = QFontMetricsF(painter.font())
    line = fm.height()
    cx, rows = rect.left(), 1
    for text in texts:
        width = line * 1.6 + 4 + fm.horizontalAdvance(text) + line
        if cx > rect.left() and cx + width > rect.right():
            cx = rect.left()
            rows += 1
        cx += width
    return rows * line * 1.3


def draw_legend(
    painter: QPainter, rect: QRectF, items: Sequence[tuple[str, Swatch]], colors: ChartColors
) -> float:
    fm = QFontMetricsF(painter.font())
    line = fm.height()
    swatch = line * 1.6
    cx, cy = rect.left(), rect.top()
    for text, draw in items:
        width = swatch + 4 + fm.horizontalAdvance(text) + line
        if cx > rect.left() and cx + width > rect.right():
            cx = rect.left()
            cy += line * 1.3
        painter.save()
        draw(painter, QRectF(cx, cy, swatch, line))
        painter.restore()
        painter.setPen(colors.text)
        painter.drawText(
            QRectF(cx + swatch + 4, cy, width, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        cx += width
    return cy + line * 1.3 - rect.top()


# -- time axis -----------------------------------------------------------------------------


@dataclass(frozen=True)
class TimeAxis:
    start: datetime
    end: datetime
    left: float
    width: float

    def x(self, when: datetime) -> float:
        span = (self.end - self.start).total_seconds()
        return self.left + (when - self.start).total_seconds() / span * self.width


def _month_starts(first: date, last: date, every: int) -> list[date]:
    months: list[date] = []
    year, month = first.year, first.month
    if first.day != 1:
        month += 1
    while True:
        if month > 12:
            year, month = year + 1, month - 12
        day = date(year, month, 1)
        if day > last:
            return months
        if (month - 1) % every == 0:
            months.append(day)
        month += 1


def time_ticks(
    first: date, last: date, tz: str, width: float, fm: QFontMetricsF
) -> list[tuple[datetime, str]]:
    """Tick positions and labels that fit ``width`` without overlapping: hours for one day,
    then every 1, 2, 7 or 14 days, then every 1, 2, 3, 6 or 12 months."""
    zone = ZoneInfo(tz)
    days = (last - first).days + 1
    gap = fm.horizontalAdvance("MM")

    def at(day: date, t: time = time()) -> datetime:
        return datetime.combine(day, t, tzinfo=zone)

    def fits(labels: list[tuple[datetime, str]]) -> bool:
        if not labels:
            return False
        widest = max(fm.horizontalAdvance(text) for _, text in labels)
        return len(labels) * (widest + gap) <= width

    if days == 1:
        for hours in (3, 6, 12):
            labels = [(at(first, time(h)), f"{h:02d}:00") for h in range(0, 24, hours)]
            if fits(labels):
                return labels
        return [(at(first, time(12)), f"{first.day} {first:%b}")]
    for step in (1, 2, 7, 14):
        start = first
        if step >= 7:
            start = first + timedelta(days=(7 - first.weekday()) % 7)  # Mondays
        labels = [
            (at(start + timedelta(days=i)), f"{(start + timedelta(days=i)).day} "
             f"{start + timedelta(days=i):%b}")
            for i in range(0, (last - start).days + 1, step)
        ]  # fmt: skip
        if fits(labels):
            return labels
    for every in (1, 2, 3, 6, 12):
        months = _month_starts(first, last, every)
        labels = [(at(m), f"{m:%b %Y}" if every < 12 else f"{m.year}") for m in months]
        if fits(labels):
            return labels
    return [(at(first), f"{first:%b %Y}")]


def _nice_max(value: float) -> tuple[float, float]:
    """A round axis top at or above ``value`` and its tick step."""
    if value <= 0:
        return 10.0, 5.0
    raw = value / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        step = factor * magnitude
        if step >= raw:
            break
    return math.ceil(value / step) * step, step


# -- stiffness and pain with baclofen --------------------------------------------------------


def trend_legend(data: TrendData) -> list[str]:
    averaged = data.averaged_days > 0
    return [
        tr("Stiffness (weekly average)") if averaged else tr("Stiffness"),
        tr("Pain (weekly average)") if averaged else tr("Pain"),
        tr("Baclofen taken, mg/day (weekly average)") if averaged else tr("Baclofen taken, mg/day"),
        tr("Planned, mg/day (shaded)"),
        tr("Plan change"),
    ]


def paint_trend(painter: QPainter, rect: QRectF, data: TrendData | None, palette: QPalette) -> None:
    """Stiffness and pain (0-10, left axis), the baclofen total per day as a step line (mg,
    right axis) and the plan's changes as labelled vertical lines."""
    colors = chart_colors(palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(rect)
    painter.fillRect(rect, colors.background)
    if data is None or data.empty:
        draw_empty(painter, rect, colors)
        painter.restore()
        return
    font = _small(painter.font())
    painter.setFont(font)
    fm = QFontMetricsF(font)
    line = fm.height()
    pad = line * 0.5
    inner = rect.adjusted(pad, pad, -pad, -pad)

    texts = trend_legend(data)
    marker = line * 0.45

    def stiffness_swatch(p: QPainter, box: QRectF) -> None:
        p.setPen(_line_pen(colors.stiffness, 2))
        p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()))
        p.setBrush(colors.stiffness)
        _marker(p, box.center(), "circle", marker)

    def pain_swatch(p: QPainter, box: QRectF) -> None:
        p.setPen(_line_pen(colors.pain, 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()))
        p.setPen(_line_pen(colors.pain, 1.5))
        p.setBrush(colors.background)
        _marker(p, box.center(), "square", marker)

    def dose_swatch(p: QPainter, box: QRectF) -> None:
        p.setPen(_line_pen(colors.dose, 1.8))
        p.drawPolyline(
            QPolygonF(
                [
                    QPointF(box.left(), box.bottom() - 2),
                    QPointF(box.center().x(), box.bottom() - 2),
                    QPointF(box.center().x(), box.top() + 2),
                    QPointF(box.right(), box.top() + 2),
                ]
            )
        )

    def planned_swatch(p: QPainter, box: QRectF) -> None:
        p.fillRect(box.adjusted(0, 2, 0, 0), colors.planned)

    def change_swatch(p: QPainter, box: QRectF) -> None:
        p.setPen(_line_pen(colors.text, 1, Qt.PenStyle.DashDotLine))
        x = box.center().x()
        p.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()))

    items = list(
        zip(
            texts,
            (stiffness_swatch, pain_swatch, dose_swatch, planned_swatch, change_swatch),
            strict=True,
        )
    )
    legend_h = draw_legend(painter, inner, items, colors)

    peak = max([d.taken_mg for d in data.doses] + [d.planned_mg for d in data.doses] + [0.0])
    mg_top, mg_step = _nice_max(peak)
    left_w = fm.horizontalAdvance("10") + pad * 2
    right_w = fm.horizontalAdvance(format_number(mg_top) + " mg") + pad * 2
    change_rows = 3 if data.changes else 0
    top = inner.top() + legend_h + line * (0.6 + change_rows * 1.05)
    plot = QRectF(
        inner.left() + left_w,
        top,
        inner.width() - left_w - right_w,
        inner.bottom() - top - line * 1.4,
    )
    if plot.width() < 40 or plot.height() < 30:
        draw_empty(painter, rect, colors, tr("Too small to draw"))
        painter.restore()
        return

    zone = ZoneInfo(data.tz)
    start = datetime.combine(data.first, time(), tzinfo=zone)
    end = datetime.combine(data.last + timedelta(days=1), time(), tzinfo=zone)
    axis = TimeAxis(start, end, plot.left(), plot.width())

    def y_score(score: float) -> float:
        return plot.bottom() - score / 10 * plot.height()

    def y_mg(mg: float) -> float:
        return plot.bottom() - mg / mg_top * plot.height()

    # Grid and axes.
    painter.setPen(QPen(colors.grid, 1))
    for score in range(0, 11, 2):
        painter.drawLine(
            QPointF(plot.left(), y_score(score)), QPointF(plot.right(), y_score(score))
        )
    painter.setPen(colors.text)
    for score in range(0, 11, 2):
        painter.drawText(
            QRectF(inner.left(), y_score(score) - line / 2, left_w - pad, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(score),
        )
    mg = 0.0
    while mg <= mg_top + 1e-9:
        painter.drawText(
            QRectF(plot.right() + pad, y_mg(mg) - line / 2, right_w, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            f"{format_number(mg)} mg",
        )
        mg += mg_step
    ticks = time_ticks(data.first, data.last, data.tz, plot.width(), fm)
    for when, label in ticks:
        x = axis.x(when)
        painter.setPen(QPen(colors.grid, 1))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(colors.text)
        width = fm.horizontalAdvance(label) + 4
        left = min(max(x - width / 2, plot.left() - left_w / 2), plot.right() - width / 2)
        painter.drawText(
            QRectF(left, plot.bottom() + 2, width, line),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            label,
        )
    painter.setPen(QPen(colors.text, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)

    # Plan changes: a dash-dot line each, labels staggered over three rows and dropped when
    # they would overlap (the report lists every change in words).
    row_ends = [-math.inf] * change_rows
    for change in data.changes:
        x = axis.x(datetime.combine(change.day, time(), tzinfo=zone))
        painter.setPen(_line_pen(colors.text, 1, Qt.PenStyle.DashDotLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        label = change.short
        width = fm.horizontalAdvance(label) + 4
        for row in range(change_rows):
            if x - 2 > row_ends[row]:
                y = plot.top() - line * 1.05 * (row + 1) - 2
                painter.setPen(colors.text)
                painter.drawText(
                    QRectF(x + 2, y, width, line),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    label,
                )
                painter.drawLine(QPointF(x, y + line / 2), QPointF(x, plot.top()))
                row_ends[row] = x + width
                break

    # Daily totals as step lines on the mg axis.
    def steps(blocks: Sequence[tuple[date, int, float]]) -> QPolygonF:
        points: list[QPointF] = []
        for day, span, value in blocks:
            x0 = axis.x(datetime.combine(day, time(), tzinfo=zone))
            x1 = axis.x(datetime.combine(day + timedelta(days=span), time(), tzinfo=zone))
            points += [QPointF(x0, y_mg(value)), QPointF(x1, y_mg(value))]
        return QPolygonF(points)

    daily = [(d.day, 1, d.planned_mg) for d in data.doses]
    if data.averaged_days:
        # Over long ranges a day is under a pixel wide: weekly means keep the line legible.
        taken = average_taken(data.doses, data.averaged_days)
    else:
        taken = [(d.day, 1, d.taken_mg) for d in data.doses]

    painter.setClipRect(plot.adjusted(-1, -3, 1, 1))
    # The plan as a shaded area, what was taken as a line over it.
    planned = steps(daily)
    planned.append(QPointF(planned.last().x(), plot.bottom()))
    planned.append(QPointF(planned.first().x(), plot.bottom()))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.planned)
    painter.drawPolygon(planned)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(_line_pen(colors.dose, 1.8))
    painter.drawPolyline(steps(taken))

    # Scores: stiffness solid with dots, pain dashed with squares; markers only while sparse.
    show_markers = len(data.symptoms) * marker * 1.5 < plot.width()
    for name, color, style, shape in (
        ("stiffness", colors.stiffness, Qt.PenStyle.SolidLine, "circle"),
        ("pain", colors.pain, Qt.PenStyle.DashLine, "square"),
    ):
        points = [
            QPointF(axis.x(p.at), y_score(float(getattr(p, name))))
            for p in data.symptoms
            if getattr(p, name) is not None
        ]
        if not points:
            continue
        painter.setPen(_line_pen(color, 2, style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(points) > 1:
            painter.drawPolyline(QPolygonF(points))
        if show_markers or len(points) == 1:
            if shape == "circle":
                painter.setPen(_line_pen(color, 1))
                painter.setBrush(color)
            else:
                painter.setPen(_line_pen(color, 1.5))
                painter.setBrush(colors.background)
            for point in points:
                _marker(painter, point, shape, marker * 1.2)
    painter.restore()


# -- adherence per slot --------------------------------------------------------------------


def _outcome_swatch(outcome: Outcome, colors: ChartColors) -> Swatch:
    def draw(p: QPainter, box: QRectF) -> None:
        _fill_outcome(p, box, outcome, colors)

    return draw


def _fill_outcome(p: QPainter, box: QRectF, outcome: Outcome, colors: ChartColors) -> None:
    color = colors.outcomes[outcome]
    light = QColor(color)
    light.setAlpha(70)
    p.fillRect(box, light)
    p.fillRect(box, QBrush(color, OUTCOME_PATTERN[outcome]))
    p.setPen(QPen(colors.text, 1))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(box)
    glyph_box = box
    if outcome is Outcome.ON_TIME:
        p.setPen(colors.background)
    else:
        # A plate behind the glyph keeps it readable over the pattern.
        size = min(box.height(), box.width())
        glyph_box = QRectF(box.center().x() - size / 2, box.top(), size, box.height())
        p.fillRect(glyph_box.adjusted(1, 1, -1, -1), colors.background)
        p.setPen(colors.text)
    if box.width() >= QFontMetricsF(p.font()).horizontalAdvance("✔") + 2:
        p.drawText(glyph_box, Qt.AlignmentFlag.AlignCenter, OUTCOME_GLYPH[outcome])


def adherence_legend() -> list[str]:
    return [f"{OUTCOME_GLYPH[o]} {outcome_text(o)}" for o in Outcome]


def adherence_height(rows: int, font: QFont) -> int:
    """A height that fits the legend (maybe on two lines) and ``rows`` bars."""
    line = QFontMetricsF(_small(font)).height()
    if rows == 0:
        return round(line * 5)
    return round(line * (1 + 2.6 + 0.5 + rows * 2.8))


def paint_adherence(
    painter: QPainter, rect: QRectF, summary: AdherenceSummary | None, palette: QPalette
) -> None:
    """One stacked bar per medicine and slot time: how many doses were on time, late,
    skipped, missed or not answered, each with its own pattern and glyph."""
    colors = chart_colors(palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(rect)
    painter.fillRect(rect, colors.background)
    if summary is None or summary.empty:
        draw_empty(painter, rect, colors)
        painter.restore()
        return
    font = _small(painter.font())
    painter.setFont(font)
    fm = QFontMetricsF(font)
    line = fm.height()
    pad = line * 0.5
    inner = rect.adjusted(pad, pad, -pad, -pad)
    legend_h = draw_legend(
        painter,
        inner,
        [
            (text, _outcome_swatch(o, colors))
            for text, o in zip(adherence_legend(), Outcome, strict=True)
        ],
        colors,
    )
    slots = summary.slots
    one_medicine = len({s.medication_id for s in slots}) == 1
    labels = [f"{s.slot_time:%H:%M}" if one_medicine else s.label for s in slots]
    totals = [tr("{taken} of {total} taken").format(taken=s.taken, total=s.total) for s in slots]
    label_w = max(fm.horizontalAdvance(t) for t in labels) + pad * 2
    total_w = max(fm.horizontalAdvance(t) for t in totals) + pad * 2
    top = inner.top() + legend_h + pad
    available = inner.bottom() - top
    bar_h = min(line * 2.2, available / max(1, len(slots)) * 0.8)
    gap = (available - bar_h * len(slots)) / max(1, len(slots))
    gap = min(gap, line)
    bar_left = inner.left() + label_w
    bar_w = inner.width() - label_w - total_w
    if bar_w < 40 or bar_h < 4:
        draw_empty(painter, rect, colors, tr("Too small to draw"))
        painter.restore()
        return
    y = top
    for slot, label, total_text in zip(slots, labels, totals, strict=True):
        painter.setPen(colors.text)
        painter.drawText(
            QRectF(inner.left(), y, label_w - pad, bar_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        x = bar_left
        for outcome in Outcome:
            count = slot.counts[outcome]
            if not count:
                continue
            width = bar_w * count / slot.total
            box = QRectF(x, y, width, bar_h)
            _fill_outcome(painter, box, outcome, colors)
            number = str(count)
            if width >= fm.horizontalAdvance(number) + fm.horizontalAdvance("✔") * 2 + 6:
                # Room for the count beside the glyph.
                painter.setPen(colors.background if outcome is Outcome.ON_TIME else colors.text)
                label_box = QRectF(box.left() + 3, box.top(), width - 6, bar_h)
                if outcome is not Outcome.ON_TIME:
                    plate = QRectF(
                        box.left() + 2, box.top() + 2, fm.horizontalAdvance(number) + 4, bar_h - 4
                    )
                    painter.fillRect(plate, colors.background)
                painter.drawText(
                    label_box,
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    number,
                )
            x += width
        painter.setPen(colors.text)
        painter.drawText(
            QRectF(bar_left + bar_w + pad, y, total_w - pad, bar_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            total_text,
        )
        y += bar_h + gap
    painter.restore()


# -- the weekly sticker chart ----------------------------------------------------------------


def star_path(center: QPointF, radius: float) -> QPainterPath:
    path = QPainterPath()
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle)))
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


def draw_sticker(
    painter: QPainter, center: QPointF, radius: float, sticker: Sticker, colors: ChartColors
) -> None:
    painter.save()
    if sticker is Sticker.TAKEN:
        painter.setPen(_line_pen(colors.star_edge, max(1.0, radius / 8)))
        painter.setBrush(colors.star)
        painter.drawPath(star_path(center, radius))
    elif sticker is Sticker.NOT_TAKEN:
        painter.setPen(_line_pen(colors.text, max(1.5, radius / 7)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(center, radius * 0.75, radius * 0.75)
    else:
        pen = _line_pen(colors.grid if colors.grid.alpha() > 120 else colors.text, 1)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(center, radius * 0.5, radius * 0.5)
    painter.restore()


def sticker_legend() -> list[str]:
    return [tr("a dose taken"), tr("a dose not taken"), tr("still to come")]


def paint_stickers(
    painter: QPainter, rect: QRectF, week: Sequence[StickerDay] | None, palette: QPalette
) -> None:
    """A week, one row a day: a star for each dose taken, an empty circle for one not taken."""
    colors = chart_colors(palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(rect)
    painter.fillRect(rect, colors.background)
    if not week or not any(day.stickers for day in week):
        draw_empty(painter, rect, colors)
        painter.restore()
        return
    font = painter.font()
    fm = QFontMetricsF(font)
    line = fm.height()
    pad = line * 0.5
    inner = rect.adjusted(pad, pad, -pad, -pad)
    stars = sum(day.taken for day in week)
    title = (
        tr("Week of {day}: {n} star") if stars == 1 else tr("Week of {day}: {n} stars")
    ).format(day=f"{week[0].day.day} {week[0].day:%B}", n=stars)
    painter.setFont(_bold(font))
    painter.setPen(colors.text)
    painter.drawText(
        QRectF(inner.left(), inner.top(), inner.width(), line * 1.3),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        title,
    )
    painter.setFont(font)
    legend_rect = QRectF(inner.left(), inner.bottom() - line * 1.3, inner.width(), line * 1.3)
    radius_legend = line * 0.45
    items = [
        (text, _sticker_swatch(sticker, radius_legend, colors))
        for text, sticker in zip(sticker_legend(), Sticker, strict=True)
    ]
    legend_h = legend_height(painter, inner, sticker_legend())
    legend_rect.setTop(inner.bottom() - legend_h)
    draw_legend(painter, legend_rect, items, colors)

    grid_top = inner.top() + line * 1.5
    grid_bottom = inner.bottom() - legend_h - pad
    row_h = (grid_bottom - grid_top) / 7
    day_labels = [f"{day.day:%a} {day.day.day}" for day in week]
    label_w = max(fm.horizontalAdvance(t) for t in day_labels) + pad * 2
    columns = max(len(day.stickers) for day in week)
    col_w = min((inner.width() - label_w) / max(columns, 1), row_h * 1.8)
    radius = max(3.0, min(row_h, col_w) * 0.42)
    for i, (day, label) in enumerate(zip(week, day_labels, strict=True)):
        y = grid_top + i * row_h
        if i % 2 == 0:
            band = QColor(colors.grid)
            band.setAlpha(25)
            painter.fillRect(QRectF(inner.left(), y, inner.width(), row_h), band)
        painter.setPen(colors.text)
        painter.drawText(
            QRectF(inner.left(), y, label_w - pad, row_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        for j, (_, sticker) in enumerate(day.stickers):
            center = QPointF(inner.left() + label_w + (j + 0.5) * col_w, y + row_h / 2)
            draw_sticker(painter, center, radius, sticker, colors)
    painter.restore()


def _sticker_swatch(sticker: Sticker, radius: float, colors: ChartColors) -> Swatch:
    def draw(p: QPainter, box: QRectF) -> None:
        draw_sticker(p, box.center(), radius * 1.2, sticker, colors)

    return draw


# -- widgets ---------------------------------------------------------------------------------


class ChartWidget(QWidget):
    """Paints one chart with the widget's own palette and font; ``paint_into`` for the PDF."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)

    def paint_into(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        self.paint_into(painter, QRectF(self.rect()), self.palette())
        painter.end()

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 180)


class TrendChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Stiffness, pain and baclofen chart"), parent)
        self.data: TrendData | None = None

    def set_data(self, data: TrendData | None, description: str) -> None:
        self.data = data
        self.setAccessibleDescription(description)
        self.update()

    def paint_into(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        paint_trend(painter, rect, self.data, palette)

    def sizeHint(self) -> QSize:
        return QSize(720, 300)


class AdherenceChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Doses by time of day chart"), parent)
        self.summary: AdherenceSummary | None = None

    def set_data(self, summary: AdherenceSummary | None, description: str) -> None:
        self.summary = summary
        self.setAccessibleDescription(description)
        self.update()

    def paint_into(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        paint_adherence(painter, rect, self.summary, palette)

    def sizeHint(self) -> QSize:
        return QSize(720, 200)


class StickerChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Sticker chart of the week"), parent)
        self.week: Sequence[StickerDay] | None = None

    def set_data(self, week: Sequence[StickerDay] | None, description: str) -> None:
        self.week = week
        self.setAccessibleDescription(description)
        self.update()

    def paint_into(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        paint_stickers(painter, rect, self.week, palette)

    def sizeHint(self) -> QSize:
        return QSize(720, 320)
