"""What every chart shares: palette colours, pens, legends, the time axis and its labels."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
)

from baclofen_companion.core.adherence import Outcome
from baclofen_companion.core.text import date_text, short_date

Swatch = Callable[[QPainter, QRectF], None]
"""Draws a legend item's sample into its box."""


def empty_text() -> str:
    return QCoreApplication.translate("Charts", "No entries in this range")


# -- dates, in the app's language (Qt date patterns a translator may reorder) ----------------


def day_month(day: date) -> str:
    """'11 Mar' ('11. März')."""
    return short_date(day)


def day_full_month(day: date) -> str:
    """'11 March' ('11. März')."""
    return date_text(day, QCoreApplication.translate("Charts", "d MMMM"))


def month_year(day: date) -> str:
    """'Mar 2026' ('März 2026')."""
    return date_text(day, QCoreApplication.translate("Charts", "MMM yyyy"))


def weekday_day(day: date) -> str:
    """'Wed 11' ('Mi. 11.')."""
    return date_text(day, QCoreApplication.translate("Charts", "ddd d"))


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
        Outcome.ON_TIME: QCoreApplication.translate("Charts", "on time"),
        Outcome.LATE: QCoreApplication.translate("Charts", "late"),
        Outcome.SKIPPED: QCoreApplication.translate("Charts", "skipped"),
        Outcome.MISSED: QCoreApplication.translate("Charts", "missed"),
        Outcome.NOT_ANSWERED: QCoreApplication.translate("Charts", "not answered"),
    }[outcome]


# -- shared drawing helpers ------------------------------------------------------------------


def small_font(font: QFont, factor: float = 0.9) -> QFont:
    smaller = QFont(font)
    if font.pointSizeF() > 0:
        smaller.setPointSizeF(max(6.0, font.pointSizeF() * factor))
    else:
        smaller.setPixelSize(max(8, round(font.pixelSize() * factor)))
    return smaller


def bold_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def begin_chart(
    painter: QPainter, rect: QRectF, palette: QPalette, empty: bool
) -> ChartColors | None:
    """Start a chart in ``rect``: painter saved, clipped, background filled in the palette's
    colours. With nothing to show it draws the plain 'no entries' message, restores the
    painter and returns None; otherwise the caller paints and restores."""
    colors = chart_colors(palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipRect(rect)
    painter.fillRect(rect, colors.background)
    if empty:
        draw_empty(painter, rect, colors)
        painter.restore()
        return None
    return colors


def draw_empty(painter: QPainter, rect: QRectF, colors: ChartColors, text: str = "") -> None:
    painter.save()
    painter.setPen(colors.text)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text or empty_text())
    painter.restore()


def line_pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color, width, style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def draw_marker(painter: QPainter, at: QPointF, shape: str, size: float) -> None:
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
        return [(at(first, time(12)), day_month(first))]
    for step in (1, 2, 7, 14):
        start = first
        if step >= 7:
            start = first + timedelta(days=(7 - first.weekday()) % 7)  # Mondays
        days_shown = [start + timedelta(days=i) for i in range(0, (last - start).days + 1, step)]
        labels = [(at(day), day_month(day)) for day in days_shown]
        if fits(labels):
            return labels
    for every in (1, 2, 3, 6, 12):
        months = _month_starts(first, last, every)
        labels = [(at(m), month_year(m) if every < 12 else str(m.year)) for m in months]
        if fits(labels):
            return labels
    return [(at(first), month_year(first))]


def nice_max(value: float) -> tuple[float, float]:
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
