"""Stock and refills as a person uses them: count, refill, recount with reason; Today's forecast."""

from __future__ import annotations

from datetime import timedelta
from fractions import Fraction

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import Medication, Profile, TravelMode
from baclofen_companion.store import Store
from baclofen_companion.ui.medicines.stock_dialog import StockDialog
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import FakeClock
from tests.ui.helpers import button, field, label, texts, type_into

LEFT = Qt.MouseButton.LeftButton


def dialog(qtbot: QtBot, store: Store, clock: FakeClock, med: Medication) -> StockDialog:
    d = StockDialog(store, clock, med)
    qtbot.addWidget(d)
    d.show()
    return d


def test_count_refill_and_recount(
    qtbot: QtBot, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    med = sam[1]
    d = dialog(qtbot, store, clock, med)
    assert "Not counted yet" in label(d, "Stock summary").text()
    type_into(qtbot, field(d, "Counted tablets"), "12½")
    qtbot.mouseClick(button(d, "Save count"), LEFT)
    assert store.stock.on_hand(med) == Fraction(25, 2)
    assert "On hand: 12½ tablets" in label(d, "Stock summary").text()

    type_into(qtbot, field(d, "Refill amount in tablets"), "56")
    type_into(qtbot, field(d, "Refill note"), "Boots, repeat prescription")
    qtbot.keyClick(field(d, "Refill amount in tablets"), Qt.Key.Key_Return)
    assert store.stock.on_hand(med) == Fraction(137, 2)
    summary = label(d, "Stock summary").text()
    # 68½ tablets at ½ a dose are 137 doses from 08:00 today: 45 whole days (to 23 Apr, so
    # refill by 16 Apr) and two more doses on 24 Apr.
    assert "Supply: 45 days — refill by 16 Apr" in summary
    assert "The last dose it covers: Friday 24 April 2026 14:00" in summary

    clock.advance(timedelta(minutes=5))
    type_into(qtbot, field(d, "Counted tablets"), "60")
    qtbot.mouseClick(button(d, "Save count"), LEFT)
    assert "Say why" in label(d, "Form error").text()
    assert store.stock.on_hand(med) == Fraction(137, 2)
    type_into(qtbot, field(d, "Reason for the new count"), "recounted")
    qtbot.mouseClick(button(d, "Save count"), LEFT)
    assert store.stock.on_hand(med) == 60
    history = d.history
    rows = [
        [history.topLevelItem(i).text(c) for c in range(4)]
        for i in range(history.topLevelItemCount())
    ]
    assert rows[0][1:] == ["Recount", "60 tablets (was 68½ tablets)", "recounted"]
    assert rows[1][1:] == ["Refill", "+56 tablets", "Boots, repeat prescription"]
    assert rows[2][1:3] == ["First count", "12½ tablets"]


def test_bad_stock_input_says_why_and_saves_nothing(
    qtbot: QtBot, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    med = sam[1]
    d = dialog(qtbot, store, clock, med)
    for text, message in (
        ("-4", "cannot be negative"),
        ("3.3", "half tablets"),
        ("lots", "not a number"),
    ):
        type_into(qtbot, field(d, "Counted tablets"), text)
        qtbot.mouseClick(button(d, "Save count"), LEFT)
        assert message in label(d, "Form error").text()
    type_into(qtbot, field(d, "Refill amount in tablets"), "0")
    qtbot.mouseClick(button(d, "Add refill"), LEFT)
    assert "more than 0" in label(d, "Form error").text()
    assert store.stock.entries(med) == []


def test_today_shows_the_supply_forecast_and_a_trip(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    person, med = sam
    # 07:00 on DAY: 3 doses of ½ tablet a day; 30 tablets cover 20 days (DAY .. DAY+19).
    store.stock.count(med, 30)
    store.trips.save(
        person.id,
        clock.now() + timedelta(days=2),
        clock.now() + timedelta(days=9),
        "Asia/Tokyo",
        TravelMode.LOCAL_TIME,
        3,
    )
    window.refresh_all()
    supply = texts(window.today)
    assert "Baclofen — Supply: 20 days — refill by 22 Mar" in supply
    assert "✈ Trip to Tokyo from 12 Mar 07:00: doses follow Tokyo time." in supply
