"""The Charts tab: stiffness and pain with baclofen, doses by time of day, and a sticker chart."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.units import format_number
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.history import PersonHistory, load_history
from baclofen_companion.render.chart_kit import day_full_month, day_month
from baclofen_companion.render.charts import (
    adherence_height,
)
from baclofen_companion.ui.charts.widgets import (
    AdherenceChart,
    StickerChart,
    TrendChart,
)
from baclofen_companion.ui.widgets.common import PersonView, from_qdate, to_qdate
from baclofen_companion.ui.widgets.context import ViewContext
from baclofen_companion.ui.widgets.date_fields import DateField

RANGES = (7, 30, 90)


class ChartsView(PersonView):
    RELOAD_ON = Changed.DOSES | Changed.DIARY | Changed.MEDICINES | Changed.PEOPLE

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.history: PersonHistory | None = None

        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Date range"))
        for days in RANGES:
            self.range.addItem(self.tr("Last {n} days").format(n=days), days)
        self.range.addItem(self.tr("Choose dates…"), 0)
        self.range.setCurrentIndex(1)
        self.first = DateField()
        self.last = DateField()
        for edit, name in ((self.first, self.tr("From")), (self.last, self.tr("To"))):
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._dates_edited)
        from_label = QLabel(self.tr("Fro&m"))
        from_label.setBuddy(self.first)
        to_label = QLabel(self.tr("T&o"))
        to_label.setBuddy(self.last)
        range_label = QLabel(self.tr("&Show"))
        range_label.setBuddy(self.range)
        controls = QHBoxLayout()
        for widget in (range_label, self.range, from_label, self.first, to_label, self.last):
            controls.addWidget(widget)
        controls.addStretch(1)

        self.trend = TrendChart()
        self.trend.setMinimumHeight(300)
        self.trend_text = QLabel()
        self.adherence = AdherenceChart()
        self.adherence.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.adherence_text = QLabel()
        self.stickers = StickerChart()
        self.stickers.setMinimumHeight(300)
        self.stickers_text = QLabel()
        body = QWidget()
        column = QVBoxLayout(body)
        for title, chart, text in (
            (self.tr("Stiffness, pain and baclofen"), self.trend, self.trend_text),
            (self.tr("Doses by time of day"), self.adherence, self.adherence_text),
            (self.tr("Sticker chart"), self.stickers, self.stickers_text),
        ):
            heading = QLabel(f"<b>{title}</b>")
            text.setWordWrap(True)
            column.addWidget(heading)
            column.addWidget(chart)
            column.addWidget(text)
            column.addSpacing(8)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("Charts"))

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(scroll, 1)
        self.setTabOrder(self.range, self.first)
        self.setTabOrder(self.first, self.last)
        self.range.currentIndexChanged.connect(self._range_chosen)
        # The charts read the whole range from the store: done when the tab first shows
        # (showEvent), not while the window starts.
        self._set_range_dates()

    # -- range ---------------------------------------------------------------------------------

    def choose_range(self, days: int) -> None:
        """Show the last ``days`` days (one of RANGES) or, with 0, the dates in From and To."""
        self.range.setCurrentIndex(self.range.findData(days))
        self._range_chosen()

    def set_dates(self, first: date, last: date) -> None:
        self.range.setCurrentIndex(self.range.findData(0))
        self.first.setDate(to_qdate(first))
        self.last.setDate(to_qdate(last))
        self.reload()

    def _range_chosen(self) -> None:
        self._set_range_dates()
        self.reload()

    def _set_range_dates(self) -> None:
        days = int(self.range.currentData())
        custom = days == 0
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        profile = self._profile()
        if not custom and profile is not None:
            today = self._today(profile)
            for edit, day in ((self.first, today - timedelta(days=days - 1)), (self.last, today)):
                edit.blockSignals(True)
                edit.setDate(to_qdate(day))
                edit.blockSignals(False)

    def _dates_edited(self, _: QDate) -> None:
        if int(self.range.currentData()) == 0:
            self.reload()

    def dates(self) -> tuple[date, date]:
        first, last = from_qdate(self.first.date()), from_qdate(self.last.date())
        return (first, last) if first <= last else (last, first)

    # -- content -------------------------------------------------------------------------------

    def refresh(self, what: Changed) -> None:
        # Hidden, it reads afresh when next shown (below); shown, at once.
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        # Doses and diary entries change in other tabs: read afresh whenever this one shows.
        super().showEvent(event)
        self._range_chosen()

    def reload(self) -> None:
        profile = self._profile()
        if profile is None:
            self.history = None
            nobody = self.tr("No one is set up yet.")
            self.trend.set_data(None, nobody)
            self.adherence.set_data(None, nobody)
            self.stickers.set_data(None, nobody)
            for label in (self.trend_text, self.adherence_text, self.stickers_text):
                label.setText(nobody)
            return
        first, last = self.dates()
        self.history = history = load_history(self.store, profile, first, last, self.clock.now())
        trend = self._trend_text(history)
        self.trend.set_data(history.trend, trend)
        self.trend_text.setText(trend)
        adherence = history.adherence.text()
        self.adherence.set_data(history.adherence, adherence)
        self.adherence.setFixedHeight(adherence_height(len(history.adherence.slots), self.font()))
        self.adherence_text.setText(adherence)
        stickers = self._sticker_text(history)
        self.stickers.set_data(history.week, stickers)
        self.stickers_text.setText(stickers)

    def _trend_text(self, history: PersonHistory) -> str:
        data = history.trend
        if data.empty:
            return self.tr("No entries in this range")
        scores = sum(1 for _ in data.symptoms)
        parts = [
            self.tr("{n} diary entries with stiffness or pain").format(n=scores)
            if not data.averaged_days
            else self.tr("Weekly averages of the diary scores"),
        ]
        mean = data.mean_taken_mg  # over the days since care began, not the whole range
        if mean is not None:
            average = format_number(round(mean, 1))
            parts.append(self.tr("baclofen taken: {mg} mg a day on average").format(mg=average))
        if data.changes:
            changes = "; ".join(f"{day_month(c.day)}: {c.short}" for c in data.changes)
            parts.append(self.tr("dose changes: {list}").format(list=changes))
        return ". ".join(p[:1].upper() + p[1:] for p in parts) + "."

    def _sticker_text(self, history: PersonHistory) -> str:
        week = history.week
        planned = sum(len(d.stickers) for d in week)
        if not planned:
            return self.tr("No doses are planned in this week.")
        taken = sum(d.taken for d in week)
        start = week[0].day
        return self.tr("Week of {day}: {taken} of {planned} doses taken so far.").format(
            day=day_full_month(start), taken=taken, planned=planned
        )
