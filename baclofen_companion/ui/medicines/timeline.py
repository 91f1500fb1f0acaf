"""A plan timeline: each step a bar as long as its days and as tall as its daily total."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from baclofen_companion.core.plans import PlanStep, describe_slots
from baclofen_companion.core.text import short_date
from baclofen_companion.core.units import format_mg


class PlanTimeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[PlanStep] = []
        self.today: date | None = None
        self.setAccessibleName(self.tr("Plan timeline"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        # Room for the bars plus three lines of text (amount above, date and 'today' below),
        # measured in the current font so large text is never cut off.
        return QSize(600, 110 + 3 * self.fontMetrics().height() + 14)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def set_steps(self, steps: Sequence[PlanStep], today: date | None) -> None:
        self.steps = list(steps)
        self.today = today
        self.setAccessibleDescription(
            "; ".join(
                self.tr("from {date}: {doses} ({total} a day)").format(
                    date=short_date(s.start),
                    doses=describe_slots(s.slots),
                    total=format_mg(s.total_mg),
                )
                for s in self.steps
            )
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        if not self.steps:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No plan yet"))
            return
        line = float(self.fontMetrics().height())
        left, right, top, bottom = 8.0, 8.0, line + 6, 2 * line + 8
        width = self.width() - left - right
        height = self.height() - top - bottom
        first = self.steps[0].start
        total_days = sum(s.days for s in self.steps)
        peak = max((s.total_mg for s in self.steps), default=1.0) or 1.0
        per_day = width / max(total_days, 1)
        fill = QColor("#2e6fbf")
        for index, step in enumerate(self.steps):
            x = left + (step.start - first).days * per_day
            w = max(step.days * per_day - 2, 2)
            h = height * step.total_mg / peak
            bar = QRectF(x, top + height - h, w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill.lighter(100 + 12 * (index % 2)))
            painter.drawRect(bar)
            painter.setPen(text)
            painter.drawText(
                QRectF(x, top + height - h - line - 2, w, line),
                Qt.AlignmentFlag.AlignCenter,
                format_mg(step.total_mg),
            )
            painter.drawText(
                QRectF(x, top + height + 4, w, line),
                Qt.AlignmentFlag.AlignCenter,
                short_date(step.start),
            )
        if self.today is not None and first <= self.today:
            x = left + (self.today - first).days * per_day
            if x <= left + width:
                # Dark red reads on a light window, light red on a dark or high-contrast one.
                dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
                marker = QColor("#ff8a80" if dark else "#c62828")
                painter.setPen(QPen(marker, 2, Qt.PenStyle.DashLine))
                painter.drawLine(int(x), int(top - 6), int(x), int(top + height))
                label = self.tr("▲ today")
                wide = self.fontMetrics().horizontalAdvance(label) + 4
                painter.drawText(QRectF(x + 3, top + height + 4 + line, wide, line), label)
        painter.end()
