"""Charts drawn with QPainter into any rectangle, so the same code paints the screen and the PDF.

Three charts: stiffness and pain with the daily baclofen total and plan changes; how the doses at
each slot time went; and a child's weekly sticker chart. Colours come from the palette (light or
dark), and every series also differs by line style, marker, pattern or glyph.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)

from baclofen_companion.core.adherence import AdherenceSummary, Outcome, Sticker, StickerDay
from baclofen_companion.core.text import hhmm
from baclofen_companion.render.chart_kit import (
    OUTCOME_GLYPH,
    OUTCOME_PATTERN,
    ChartColors,
    Swatch,
    begin_chart,
    bold_font,
    chart_colors,
    day_full_month,
    draw_empty,
    draw_legend,
    legend_height,
    line_pen,
    outcome_text,
    print_palette,
    small_font,
    time_ticks,
    weekday_day,
)
from baclofen_companion.render.trend_chart import paint_trend, trend_legend

__all__ = [
    "adherence_height",
    "chart_colors",
    "paint_adherence",
    "paint_stickers",
    "paint_trend",
    "print_palette",
    "time_ticks",
    "trend_legend",
]


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
    line = QFontMetricsF(small_font(font)).height()
    if rows == 0:
        return round(line * 5)
    return round(line * (1 + 2.6 + 0.5 + rows * 2.8))


def paint_adherence(
    painter: QPainter, rect: QRectF, summary: AdherenceSummary | None, palette: QPalette
) -> None:
    """One stacked bar per medicine and slot time: how many doses were on time, late,
    skipped, missed or not answered, each with its own pattern and glyph."""
    colors = begin_chart(painter, rect, palette, summary is None or summary.empty)
    if colors is None or summary is None:
        return
    font = small_font(painter.font())
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
    labels = [hhmm(s.slot_time) if one_medicine else s.label for s in slots]
    totals = [
        QCoreApplication.translate("Charts", "{taken} of {total} taken").format(
            taken=s.taken, total=s.total
        )
        for s in slots
    ]
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
        draw_empty(painter, rect, colors, QCoreApplication.translate("Charts", "Too small to draw"))
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
        painter.setPen(line_pen(colors.star_edge, max(1.0, radius / 8)))
        painter.setBrush(colors.star)
        painter.drawPath(star_path(center, radius))
    elif sticker is Sticker.NOT_TAKEN:
        painter.setPen(line_pen(colors.text, max(1.5, radius / 7)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(center, radius * 0.75, radius * 0.75)
    else:
        pen = line_pen(colors.grid if colors.grid.alpha() > 120 else colors.text, 1)
        pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(center, radius * 0.5, radius * 0.5)
    painter.restore()


def sticker_legend() -> list[str]:
    return [
        QCoreApplication.translate("Charts", "a dose taken"),
        QCoreApplication.translate("Charts", "a dose not taken"),
        QCoreApplication.translate("Charts", "still to come"),
    ]


def paint_stickers(
    painter: QPainter, rect: QRectF, week: Sequence[StickerDay] | None, palette: QPalette
) -> None:
    """A week, one row a day: a star for each dose taken, an empty circle for one not taken."""
    colors = begin_chart(painter, rect, palette, not week or not any(day.stickers for day in week))
    if colors is None or not week:
        return
    font = painter.font()
    fm = QFontMetricsF(font)
    line = fm.height()
    pad = line * 0.5
    inner = rect.adjusted(pad, pad, -pad, -pad)
    stars = sum(day.taken for day in week)
    title = (
        QCoreApplication.translate("Charts", "Week of {day}: {n} star")
        if stars == 1
        else QCoreApplication.translate("Charts", "Week of {day}: {n} stars")
    ).format(day=day_full_month(week[0].day), n=stars)
    painter.setFont(bold_font(font))
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
    day_labels = [weekday_day(day.day) for day in week]
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
