"""The stiffness-and-pain chart: diary scores, the baclofen total per day, plan changes."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)

from baclofen_companion.core.trends import TrendData, average_taken
from baclofen_companion.core.units import format_number
from baclofen_companion.render.chart_kit import (
    TimeAxis,
    begin_chart,
    draw_empty,
    draw_legend,
    draw_marker,
    line_pen,
    nice_max,
    small_font,
    time_ticks,
)

# -- stiffness and pain with baclofen --------------------------------------------------------


def trend_legend(data: TrendData) -> list[str]:
    if data.averaged_days > 0:
        return [
            QCoreApplication.translate("Charts", "Stiffness (weekly average)"),
            QCoreApplication.translate("Charts", "Pain (weekly average)"),
            QCoreApplication.translate("Charts", "Baclofen taken, mg/day (weekly average)"),
            QCoreApplication.translate("Charts", "Planned, mg/day (shaded)"),
            QCoreApplication.translate("Charts", "Plan change"),
        ]
    return [
        QCoreApplication.translate("Charts", "Stiffness"),
        QCoreApplication.translate("Charts", "Pain"),
        QCoreApplication.translate("Charts", "Baclofen taken, mg/day"),
        QCoreApplication.translate("Charts", "Planned, mg/day (shaded)"),
        QCoreApplication.translate("Charts", "Plan change"),
    ]


def paint_trend(painter: QPainter, rect: QRectF, data: TrendData | None, palette: QPalette) -> None:
    """Stiffness and pain (0-10, left axis), the baclofen total per day as a step line (mg,
    right axis) and the plan's changes as labelled vertical lines."""
    colors = begin_chart(painter, rect, palette, data is None or data.empty)
    if colors is None or data is None:
        return
    font = small_font(painter.font())
    painter.setFont(font)
    fm = QFontMetricsF(font)
    line = fm.height()
    pad = line * 0.5
    inner = rect.adjusted(pad, pad, -pad, -pad)

    texts = trend_legend(data)
    marker = line * 0.45

    def stiffness_swatch(p: QPainter, box: QRectF) -> None:
        p.setPen(line_pen(colors.stiffness, 2))
        p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()))
        p.setBrush(colors.stiffness)
        draw_marker(p, box.center(), "circle", marker)

    def pain_swatch(p: QPainter, box: QRectF) -> None:
        p.setPen(line_pen(colors.pain, 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()))
        p.setPen(line_pen(colors.pain, 1.5))
        p.setBrush(colors.background)
        draw_marker(p, box.center(), "square", marker)

    def dose_swatch(p: QPainter, box: QRectF) -> None:
        p.setPen(line_pen(colors.dose, 1.8))
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
        p.setPen(line_pen(colors.text, 1, Qt.PenStyle.DashDotLine))
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
    mg_top, mg_step = nice_max(peak)
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
        draw_empty(painter, rect, colors, QCoreApplication.translate("Charts", "Too small to draw"))
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
        # Not into either axis: the score's "0" and the "0 mg" sit just beside the plot, level
        # with the dates.
        left = min(max(x - width / 2, plot.left() - pad / 2), plot.right() + pad / 2 - width)
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
        painter.setPen(line_pen(colors.text, 1, Qt.PenStyle.DashDotLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        label = change.short
        width = fm.horizontalAdvance(label) + 4
        # Right of its line, or left of it near the right edge: never over the mg axis labels
        # ("15 mg/day" was drawn over "15 mg").
        left = x + 2 if x + 2 + width <= plot.right() else max(plot.left(), x - 2 - width)
        for row in range(change_rows):
            if left - 2 > row_ends[row]:
                y = plot.top() - line * 1.05 * (row + 1) - 2
                painter.setPen(colors.text)
                painter.drawText(
                    QRectF(left, y, width, line),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    label,
                )
                painter.drawLine(QPointF(x, y + line / 2), QPointF(x, plot.top()))
                row_ends[row] = left + width
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
    # What was taken is drawn from the day care began: the days before were not looked after,
    # and a weekly mean over them would say "0.5 mg a day" of a one-day user.
    cared = data.cared_doses
    if data.averaged_days:
        # Over long ranges a day is under a pixel wide: weekly means keep the line legible.
        taken = average_taken(cared, data.averaged_days)
    else:
        taken = [(d.day, 1, d.taken_mg) for d in cared]

    painter.setClipRect(plot.adjusted(-1, -3, 1, 1))
    # The plan as a shaded area, what was taken as a line over it.
    planned = steps(daily)
    planned.append(QPointF(planned.last().x(), plot.bottom()))
    planned.append(QPointF(planned.first().x(), plot.bottom()))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colors.planned)
    painter.drawPolygon(planned)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if taken:
        painter.setPen(line_pen(colors.dose, 1.8))
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
        painter.setPen(line_pen(color, 2, style))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(points) > 1:
            painter.drawPolyline(QPolygonF(points))
        if show_markers or len(points) == 1:
            if shape == "circle":
                painter.setPen(line_pen(color, 1))
                painter.setBrush(color)
            else:
                painter.setPen(line_pen(color, 1.5))
                painter.setBrush(colors.background)
            for point in points:
                draw_marker(painter, point, shape, marker * 1.2)
    painter.restore()
