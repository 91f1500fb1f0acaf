"""Today, the pillbox: Taken, Taken at…, Skip, Undo, overdue doses and the day after midnight."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from baclofen_companion.ui.today.view import TakenAtDialog
from baclofen_companion.ui.widgets.common import to_qdatetime
from tests.conftest import DAY, HOME_TZ, FakeClock
from tests.ui.helpers import button, card_text, find, label, texts, when_dialog_opens

LEFT = Qt.MouseButton.LeftButton


def status(window: MainWindow, name: str) -> str:
    return label(window.today, f"Status of {name}").text()


def test_today_lists_the_days_doses_with_amounts_in_units(window: MainWindow) -> None:
    today = window.today
    assert "Tuesday 10 March 2026" in label(today, "Day shown").text()
    assert label(today, "Day summary").text() == "0 of 3 doses taken today"
    for part in ("Morning", "Midday", "Evening"):
        assert find(today, QGroupBox, part).isVisible()
    text = card_text(today, "Baclofen at 08:00")
    assert "5 mg — ½ tablet" in text
    assert "May be taken with food or milk" in text
    assert status(window, "Baclofen at 08:00") == "○ Upcoming"


def test_taken_on_the_0800_dose_records_that_slot(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    profile, med = sam
    clock.set_local(DAY, time(8, 5))
    window.today.reload()
    qtbot.mouseClick(button(window.today, "Taken: Baclofen at 08:00"), LEFT)
    [event] = store.events_between(profile.id, DAY, DAY)
    assert (event.medication_id, event.slot_date, event.slot_time) == (med.id, DAY, time(8))
    assert event.status is DoseStatus.TAKEN and event.amount_mg == 5.0
    assert event.taken_at == clock.now()
    assert status(window, "Baclofen at 08:00") == "✔ Taken at 08:05"
    assert label(window.today, "Day summary").text() == "1 of 3 doses taken today"
    assert label(window.today, "Daily total").text() == "Taken 5 mg of 15 mg planned"
    # The dose log, on another tab, already shows it.
    assert window.log.model.rowCount() == 1


def test_undo_removes_the_answer(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    profile, _ = sam
    clock.set_local(DAY, time(8, 5))
    window.today.reload()
    qtbot.mouseClick(button(window.today, "Taken: Baclofen at 08:00"), LEFT)
    qtbot.mouseClick(button(window.today, "Undo: Baclofen at 08:00"), LEFT)
    assert store.events_between(profile.id, DAY, DAY) == []
    assert status(window, "Baclofen at 08:00") == "● Due now"
    assert label(window.today, "Day summary").text() == "0 of 3 doses taken today"
    assert button(window.today, "Taken: Baclofen at 08:00").isVisible()
    assert window.log.model.rowCount() == 0


def test_skip_records_a_skipped_dose(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    qtbot.mouseClick(button(window.today, "Skip: Baclofen at 14:00"), LEFT)
    [event] = store.events_between(sam[0].id, DAY, DAY)
    assert (event.slot_time, event.status, event.taken_at) == (time(14), DoseStatus.SKIPPED, None)
    assert status(window, "Baclofen at 14:00") == "⤼ Skipped"


def test_overdue_doses_say_so_in_words(window: MainWindow, clock: FakeClock) -> None:
    clock.set_local(DAY, time(9, 0))
    window.today.tick()
    assert status(window, "Baclofen at 08:00").startswith("<b>⚠ Overdue — was due at 08:00")
    card = find(window.today, QWidget, "Baclofen at 08:00 dose")
    assert card.property("overdue") is True


def test_a_dose_confirmed_after_midnight_lands_on_yesterdays_slot(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    profile, _ = sam
    for dose_time in ("08:00", "14:00"):
        qtbot.mouseClick(button(window.today, f"Taken: Baclofen at {dose_time}"), LEFT)
    tomorrow = DAY + timedelta(days=1)
    clock.set_local(tomorrow, time(0, 30))
    window.today.tick()  # the page turns at midnight
    assert "Wednesday 11 March 2026" in label(window.today, "Day shown").text()
    carried = find(window.today, QGroupBox, "Still open from yesterday")
    assert "unless your next dose is due within 2 hours" in texts(carried)
    qtbot.mouseClick(button(window.today, "Taken: Baclofen at 20:00 yesterday"), LEFT)
    events = store.events_between(profile.id, DAY, tomorrow)
    assert [(e.slot_date, e.slot_time) for e in events] == [
        (DAY, time(8)),
        (DAY, time(14)),
        (DAY, time(20)),
    ]
    assert events[-1].taken_at == clock.now()
    # Today's own 20:00 dose is still open, and the carried-over box is gone.
    assert status(window, "Baclofen at 20:00") == "○ Upcoming"
    assert label(window.today, "Day summary").text() == "0 of 3 doses taken today"
    assert not [g for g in window.today.findChildren(QGroupBox) if g.title().startswith("Still")]


def test_taken_at_a_chosen_time(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    clock.set_local(DAY, time(15, 0))
    window.today.reload()
    chosen = clock.now() - timedelta(minutes=50)

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, TakenAtDialog)
        dialog.when.setDateTime(to_qdatetime(chosen, HOME_TZ))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, LEFT)

    when_dialog_opens(qtbot, answer)
    qtbot.mouseClick(button(window.today, "Taken at…: Baclofen at 14:00"), LEFT)
    [event] = store.events_between(sam[0].id, DAY, DAY)
    assert event.slot_time == time(14) and event.taken_at == chosen
    assert status(window, "Baclofen at 14:00") == "✔ Taken at 14:10"


def test_taken_at_refuses_a_time_in_the_future(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, TakenAtDialog)
        dialog.when.setDateTime(to_qdatetime(clock.now() + timedelta(hours=3), HOME_TZ))
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        seen.append(label(dialog, "Form error").text())
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Cancel), LEFT)

    when_dialog_opens(qtbot, answer)
    qtbot.mouseClick(button(window.today, "Taken at…: Baclofen at 08:00"), LEFT)
    assert seen and "still to come" in seen[0]
    assert store.events_between(sam[0].id, DAY, DAY) == []


def test_moving_between_days(qtbot: QtBot, window: MainWindow) -> None:
    today = window.today
    assert not button(today, "Back to today").isEnabled()
    qtbot.mouseClick(button(today, "Previous day"), LEFT)
    assert "Monday 9 March 2026" in label(today, "Day shown").text()
    assert label(today, "Day summary").text() == "0 of 3 doses taken on Monday 9 March 2026"
    qtbot.mouseClick(button(today, "Next day"), LEFT)
    qtbot.mouseClick(button(today, "Next day"), LEFT)
    assert "Wednesday 11 March 2026" in label(today, "Day shown").text()
    # Future doses cannot be marked taken.
    assert "Taken" not in [b.text() for b in today.findChildren(QPushButton)]
    assert "○ Upcoming" in card_text(today, "Baclofen at 08:00")
    qtbot.mouseClick(button(today, "Back to today"), LEFT)
    assert label(today, "Day shown").text() == "<b>Tuesday 10 March 2026</b> — today"


def test_away_on_home_time_each_dose_also_shows_the_local_clock(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    store.zone_name = lambda: "Asia/Tokyo"  # the computer has moved to Tokyo time
    window.today.reload()
    card = card_text(window.today, "Baclofen at 08:00")
    assert "08:00" in card and "17:00 here" in card
    store.zone_name = lambda: HOME_TZ  # back home: no second clock
    window.today.reload()
    assert "here" not in card_text(window.today, "Baclofen at 08:00")
