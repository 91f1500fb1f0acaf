"""The chart widgets of the Charts tab: each paints one of render.charts' painters on screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from baclofen_companion.core.adherence import AdherenceSummary, StickerDay
from baclofen_companion.core.trends import TrendData
from baclofen_companion.render.charts import paint_adherence, paint_stickers, paint_trend


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
        super().__init__(
            QCoreApplication.translate("Charts", "Stiffness, pain and baclofen chart"), parent
        )
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
        super().__init__(QCoreApplication.translate("Charts", "Doses by time of day chart"), parent)
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
        super().__init__(QCoreApplication.translate("Charts", "Sticker chart of the week"), parent)
        self.week: Sequence[StickerDay] | None = None

    def set_data(self, week: Sequence[StickerDay] | None, description: str) -> None:
        self.week = week
        self.setAccessibleDescription(description)
        self.update()

    def paint_into(self, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
        paint_stickers(painter, rect, self.week, palette)

    def sizeHint(self) -> QSize:
        return QSize(720, 320)
