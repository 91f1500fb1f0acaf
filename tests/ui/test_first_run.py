"""First-run setup, driven as a person fills it in."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from baclofen_companion.core.schedule import active_version
from baclofen_companion.render.text import system_zone_name
from baclofen_companion.services.scheduler import ReminderScheduler
from baclofen_companion.store import Store
from baclofen_companion.ui.people.first_run import FirstRunDialog
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import BACLOFEN, DAY, LABEL_START, FakeClock
from tests.ui.helpers import button, combo, field, label, texts, type_into


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> FirstRunDialog:
    d = FirstRunDialog(store, DAY)
    qtbot.addWidget(d)
    d.show()
    return d


def test_defaults_are_the_label_start_and_say_so(dialog: FirstRunDialog) -> None:
    assert field(dialog, "Medicine name").text() == "Baclofen"
    assert field(dialog, "Strength").text() == "10"
    assert [field(dialog, f"Time of dose {i}").text() for i in (1, 2, 3)] == [
        "08:00",
        "14:00",
        "20:00",
    ]
    assert [field(dialog, f"Amount of dose {i} in mg").text() for i in (1, 2, 3)] == ["5"] * 3
    shown = texts(dialog)
    assert shown.count("½ tablet") == 3
    assert "the prescriber told you" in shown
    assert not label(dialog, "Form error", visible_only=False).isVisible()


def test_setup_creates_the_person_and_their_baclofen(
    qtbot: QtBot, dialog: FirstRunDialog, store: Store
) -> None:
    type_into(qtbot, field(dialog, "Person's name"), "Sam")
    qtbot.mouseClick(button(dialog, "Start"), Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    [profile] = store.profiles()
    assert profile.name == "Sam"
    [med] = store.medications(profile.id)
    assert (med.name, med.strength_mg, med.scored) == ("Baclofen", 10.0, True)
    version = active_version(store.schedule_versions([med.id])[med.id], DAY)
    assert version is not None
    assert [(s.time, s.amount_mg) for s in version.slots] == [
        (time(8), 5.0),
        (time(14), 5.0),
        (time(20), 5.0),
    ]


def test_enter_in_the_name_field_starts(qtbot: QtBot, dialog: FirstRunDialog, store: Store) -> None:
    name = field(dialog, "Person's name")
    type_into(qtbot, name, "Alex")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert [p.name for p in store.profiles()] == ["Alex"]


@pytest.mark.parametrize(
    ("name", "row_field", "value", "message"),
    [
        ("", None, None, "Person's name: Please enter a name."),
        ("Sam", "Amount of dose 2 in mg", "3", "Amount in row 2: 3 mg cannot be made"),
        ("Sam", "Amount of dose 1 in mg", "0", "Amount in row 1: The amount must be more than 0"),
        ("Sam", "Amount of dose 1 in mg", "-5", "Amount in row 1: The amount must be more than 0"),
        ("Sam", "Amount of dose 3 in mg", "5000", "Amount in row 3: 5000 mg in one dose is far"),
        ("Sam", "Time of dose 2", "25:00", "Time in row 2:"),
        ("Sam", "Time of dose 3", "08:00", "Time in row 3: 08:00 is listed twice"),
        ("Sam", "Strength", "", "Strength:"),
        ("Sam", "Medicine name", "  ", "Medicine name: Please enter a name."),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_is_saved(
    qtbot: QtBot,
    dialog: FirstRunDialog,
    store: Store,
    name: str,
    row_field: str | None,
    value: str | None,
    message: str,
) -> None:
    type_into(qtbot, field(dialog, "Person's name"), name)
    if row_field is not None and value is not None:
        type_into(qtbot, field(dialog, row_field), value)
    qtbot.mouseClick(button(dialog, "Start"), Qt.MouseButton.LeftButton)
    error = label(dialog, "Form error")
    assert error.isVisible()
    assert message in error.text()
    assert dialog.isVisible()
    assert store.profiles() == []
    assert store.conn.execute("SELECT count(*) FROM medications").fetchone()[0] == 0


def test_a_first_evening_shows_no_missed_dose_and_no_withdrawal_warning(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path
) -> None:
    """Seen on main: set up at 21:59, Today showed 08:00 and 14:00 '✖ Missed' and a red
    withdrawal banner at once, and a notification said the same."""
    clock.set_local(DAY, time(21, 59))
    setup = FirstRunDialog(store, DAY)
    qtbot.addWidget(setup)
    setup.show()
    type_into(qtbot, field(setup, "Person's name"), "Sam")
    qtbot.mouseClick(button(setup, "Start"), Qt.MouseButton.LeftButton)
    scheduler = ReminderScheduler(store, clock, lambda: "Europe/London")
    window = MainWindow(store, clock, data_dir, scheduler)
    qtbot.addWidget(window)
    window.show()
    scheduler.start()
    try:
        shown = texts(window)
        assert "Missed" not in shown
        assert "Withdrawal watch" not in shown
        assert not window.withdrawal_banner.isVisible()
        assert label(window.today, "Not tracked before it was added").text() == (
            "Baclofen: added at 21:59. The doses before then are not tracked; reminders start "
            "with the next one."
        )
        assert store.events_between(store.profiles()[0].id, DAY, DAY) == []
    finally:
        scheduler.stop()
        window.quit_app()


def type_zone(qtbot: QtBot, dialog: FirstRunDialog, text: str) -> None:
    edit = combo(dialog, "Home time zone").lineEdit()
    assert edit is not None
    edit.selectAll()
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize(
    ("typed", "saved"),
    [("London", "Europe/London"), ("germany", "Europe/Berlin"), ("new york", "America/New_York")],
)
def test_a_home_zone_can_be_a_city_or_a_country(
    qtbot: QtBot, dialog: FirstRunDialog, store: Store, typed: str, saved: str
) -> None:
    """Seen on main: "London" was refused as "not a known time zone"."""
    type_into(qtbot, field(dialog, "Person's name"), "Sam")
    type_zone(qtbot, dialog, typed)
    qtbot.mouseClick(button(dialog, "Start"), Qt.MouseButton.LeftButton)
    assert [p.home_tz for p in store.profiles()] == [saved]


def test_a_country_with_several_zones_offers_them_and_the_error_goes_when_right(
    qtbot: QtBot, dialog: FirstRunDialog, store: Store
) -> None:
    type_into(qtbot, field(dialog, "Person's name"), "Sam")
    type_zone(qtbot, dialog, "United States")
    zone = combo(dialog, "Home time zone")
    completer = zone.completer()
    assert completer is not None
    offered = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionModel().rowCount())
    ]
    assert offered[:2] == ["America/New_York", "America/Chicago"]
    qtbot.mouseClick(button(dialog, "Start"), Qt.MouseButton.LeftButton)
    error = label(dialog, "Form error")
    assert "several time zones" in error.text() and "America/Los_Angeles" in error.text()
    assert store.profiles() == []
    type_zone(qtbot, dialog, "Chicago")
    assert not error.isVisible()


def test_the_zone_starts_as_this_computers(dialog: FirstRunDialog) -> None:
    assert combo(dialog, "Home time zone").currentText() == system_zone_name()


def test_another_person_starts_in_the_households_zone(qtbot: QtBot, store: Store) -> None:
    """Seen on main: "Add a person" offered Etc/UTC for a household in Tokyo."""
    store.add_person_with_medicine("Sam", "Asia/Tokyo", BACLOFEN, LABEL_START, DAY)
    adding = FirstRunDialog(store, DAY, adding=True)
    qtbot.addWidget(adding)
    adding.show()
    assert combo(adding, "Home time zone").currentText() == "Asia/Tokyo"
