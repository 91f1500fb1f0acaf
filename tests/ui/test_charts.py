"""Charts paint for empty, one-day and two-year ranges, in light and dark palettes, and the
Charts tab shows what the store holds."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from baclofen_companion.core.adherence import Outcome
from baclofen_companion.core.diary import DiaryDraft
from baclofen_companion.core.model import DoseSlot, DoseStatus, Medication, Profile
from baclofen_companion.core.schedule import local_to_utc, planned_doses
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.history import PersonHistory, load_history
from baclofen_companion.render.charts import (
    paint_adherence,
    paint_stickers,
    paint_trend,
    print_palette,
    time_ticks,
)
from baclofen_companion.store import Store
from baclofen_companion.ui.charts.view import ChartsView
from baclofen_companion.ui.charts.widgets import (
    AdherenceChart,
    ChartWidget,
    StickerChart,
    TrendChart,
)
from baclofen_companion.ui.shell.main_window import MainWindow
from baclofen_companion.ui.widgets.context import ViewContext
from tests.conftest import BACLOFEN, DAY, HOME_TZ, FakeClock
from tests.ui.helpers import combo, texts

YEARS_AGO = DAY - timedelta(days=729)


def colours(image: QImage) -> set[int]:
    """The distinct colours on a grid of sample points."""
    step = 3
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def painted(widget: ChartWidget, qtbot: QtBot) -> QImage:
    qtbot.addWidget(widget)
    widget.resize(720, 320)
    widget.show()
    image = widget.grab().toImage()
    assert len(colours(image)) > 2, "the chart painted nothing"
    return image


def dark_palette() -> QPalette:
    palette = QPalette(QColor("#303030"), QColor("#202020"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor("#eeeeee"))
    return palette


def log_history(
    store: Store, profile: Profile, med: Medication, first: date, last: date, every: int = 1
) -> None:
    """On every ``every``th day: doses taken on time, but the 14:00 one skipped every third
    day, and a diary entry. Unlogged days' doses are 'not answered'."""
    versions = store.schedule_versions([med.id])
    day = first
    while day <= last:
        if (day - first).days % every:
            day += timedelta(days=1)
            continue
        for dose in planned_doses(day, profile.id, HOME_TZ, [med], versions):
            if dose.slot_time == time(14) and day.toordinal() % 3 == 0:
                store.record_dose(dose, DoseStatus.SKIPPED, home_tz=HOME_TZ)
            else:
                store.record_dose(dose, DoseStatus.TAKEN, dose.due, home_tz=HOME_TZ)
        at = local_to_utc(day, time(21), HOME_TZ)
        stiff = 3 + day.toordinal() % 5
        store.diary.add(profile.id, DiaryDraft(at=at, tz=HOME_TZ, stiffness=stiff, pain=4))
        day += timedelta(days=1)


@pytest.fixture
def history_of(store: Store, clock: FakeClock, sam: tuple[Profile, Medication]) -> PersonHistory:
    profile, med = sam
    log_history(store, profile, med, DAY - timedelta(days=6), DAY - timedelta(days=1))
    return load_history(store, profile, DAY - timedelta(days=6), DAY, clock.now())


def test_empty_ranges_say_so(qtbot: QtBot) -> None:
    for chart in (TrendChart(), AdherenceChart(), StickerChart()):
        chart.set_data(None, "nothing")
        image = painted(chart, qtbot)
        assert image.pixel(5, 5) == chart.palette().color(QPalette.ColorRole.Base).rgb()


def test_charts_of_a_week(qtbot: QtBot, history_of: PersonHistory) -> None:
    trend = TrendChart()
    trend.set_data(history_of.trend, "scores")
    painted(trend, qtbot)
    adherence = AdherenceChart()
    adherence.set_data(history_of.adherence, history_of.adherence.text())
    painted(adherence, qtbot)
    assert adherence.accessibleDescription().startswith("16 of 18 doses taken")
    stickers = StickerChart()
    stickers.set_data(history_of.week, "week")
    painted(stickers, qtbot)


def test_one_day_and_two_year_ranges(
    qtbot: QtBot, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    profile, med = sam
    clock.set_local(YEARS_AGO, time(7))  # the app has watched these two years
    store.add_schedule_version(
        med.id, YEARS_AGO, store.schedule_versions([med.id])[med.id][0].slots
    )
    clock.set_local(DAY, time(7))
    log_history(store, profile, med, YEARS_AGO, DAY - timedelta(days=1), every=9)
    for first in (DAY - timedelta(days=1), YEARS_AGO):
        history = load_history(store, profile, first, DAY - timedelta(days=1), clock.now())
        assert not history.trend.empty
        for chart, data in (
            (TrendChart(), history.trend),
            (AdherenceChart(), history.adherence),
            (StickerChart(), history.week),
        ):
            chart.set_data(data, "")  # type: ignore[arg-type]
            painted(chart, qtbot)
    long = load_history(store, profile, YEARS_AGO, DAY - timedelta(days=1), clock.now())
    assert long.trend.averaged_days == 7
    assert long.adherence.total == 729 * 3
    assert long.adherence.counts[Outcome.NOT_ANSWERED] == (729 - 81) * 3


@pytest.mark.parametrize(
    ("first", "last", "expect"),
    [
        (DAY, DAY, "00:00"),
        (DAY - timedelta(days=6), DAY, "4 Mar"),
        (DAY - timedelta(days=89), DAY, None),
        (YEARS_AGO, DAY, None),
    ],
)
def test_time_labels_thin_out_to_fit(
    qapp: QApplication, first: date, last: date, expect: str | None
) -> None:
    fm = QFontMetricsF(QFont(qapp.font()))
    width = 600.0
    ticks = time_ticks(first, last, HOME_TZ, width, fm)
    assert 1 < len(ticks) <= 20
    widest = max(fm.horizontalAdvance(text) for _, text in ticks)
    assert len(ticks) * widest < width
    assert [when for when, _ in ticks] == sorted(when for when, _ in ticks)
    if expect:
        assert ticks[0][1] == expect


def test_the_same_code_paints_into_an_image_in_light_and_dark(
    qapp: QApplication, history_of: PersonHistory
) -> None:
    for palette in (print_palette(), dark_palette()):
        for paint, data in (
            (paint_trend, history_of.trend),
            (paint_adherence, history_of.adherence),
            (paint_stickers, history_of.week),
        ):
            image = QImage(600, 260, QImage.Format.Format_ARGB32)
            image.fill(QColor("#ff00ff"))
            painter = QPainter(image)
            paint(painter, QRectF(0, 0, 600, 260), data, palette)  # type: ignore[operator]
            painter.end()
            background = palette.color(QPalette.ColorRole.Base).rgb()
            assert image.pixel(2, 2) == background
            found = colours(image)
            assert QColor("#ff00ff").rgb() not in found  # the whole rect was painted
            assert palette.color(QPalette.ColorRole.Text).rgb() in found  # text and axes


def test_charts_tab_in_the_window(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    sam: tuple[Profile, Medication],
) -> None:
    profile, med = sam
    log_history(store, profile, med, DAY - timedelta(days=6), DAY - timedelta(days=1))
    window = MainWindow(store, clock, data_dir)
    qtbot.addWidget(window)
    window.show()
    names = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert names == ["Today", "Dose log", "Medicines", "Travel", "Diary", "Charts", "Care", "Pump"]
    go = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    charts_action = next(a for a in go.actions() if a.text() == "&Charts")
    assert charts_action.shortcut().toString() == "Ctrl+6"
    charts_action.trigger()
    assert window.tabs.currentWidget() is window.charts_page
    assert window.charts.isVisible()
    view = window.charts
    assert combo(view, "Date range").currentText() == "Last 30 days"
    assert view.dates() == (DAY - timedelta(days=29), DAY)
    shown = texts(view)
    assert "16 of 21 doses taken" in shown  # the 3 of the day before the log began: not answered
    assert "6 diary entries with stiffness or pain" in shown
    combo(view, "Date range").setCurrentIndex(0)
    assert view.dates() == (DAY - timedelta(days=6), DAY)
    assert not view.first.isEnabled() and not view.last.isEnabled()
    view.set_dates(DAY - timedelta(days=40), DAY - timedelta(days=35))
    assert view.first.isEnabled() and combo(view, "Date range").currentText() == "Choose dates…"
    assert "No doses were due in this range." in texts(view)
    assert "No entries in this range" in texts(view)
    one_day = DAY - timedelta(days=3)
    view.set_dates(one_day, one_day)
    taken = 2 if one_day.toordinal() % 3 == 0 else 3
    assert f"{taken} of 3 doses taken" in texts(view)
    window.close()


def test_charts_tab_with_no_one_set_up(qtbot: QtBot, store: Store, clock: FakeClock) -> None:
    view = ChartsView(ViewContext.alone(store, clock))
    qtbot.addWidget(view)
    view.show()
    assert "No one is set up yet." in texts(view)


def test_switching_person_while_charts_is_open_shows_the_new_persons_doses(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    sam: tuple[Profile, Medication],
) -> None:
    """Seen on main before the change bus: the open Charts tab kept the previous person."""
    profile, med = sam
    log_history(store, profile, med, DAY - timedelta(days=6), DAY - timedelta(days=1))
    clock.set_local(DAY - timedelta(days=3), time(7))  # Alex set up three days ago
    store.add_person_with_medicine(
        "Alex", HOME_TZ, BACLOFEN, (DoseSlot(time(9), 10.0),), DAY - timedelta(days=3)
    )
    clock.set_local(DAY, time(7))
    window = MainWindow(store, clock, data_dir)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.charts_page)
    assert "16 of 21 doses taken" in texts(window.charts)
    combo_box = window.switcher.combo
    combo_box.setCurrentIndex(combo_box.findText("Alex"))
    shown = texts(window.charts)
    assert "16 of 21 doses taken" not in shown
    assert "0 of 3 doses taken" in shown  # Alex's three 09:00 doses before today: not answered
    window.close()


def test_a_dose_logged_elsewhere_shows_on_the_open_charts_tab(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    sam: tuple[Profile, Medication],
) -> None:
    profile, med = sam
    window = MainWindow(store, clock, data_dir)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.charts_page)
    assert "0 of 21 doses taken" in texts(window.charts)
    yesterday = DAY - timedelta(days=1)
    [dose, *_] = planned_doses(
        yesterday, profile.id, HOME_TZ, [med], store.schedule_versions([med.id])
    )
    # Another part of the app logs it and says so on the bus, as every use case does.
    store.record_dose(dose, DoseStatus.TAKEN, dose.due, home_tz=HOME_TZ)
    window.bus.announce(Changed.DOSES)
    assert "1 of 21 doses taken" in texts(window.charts)
    window.close()
