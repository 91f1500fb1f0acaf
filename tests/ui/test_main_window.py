"""Menus, shortcuts, the About box and window geometry kept between runs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion import __version__
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import FakeClock
from tests.ui.helpers import when_dialog_opens


def actions(window: MainWindow) -> dict[str, QAction]:
    found: dict[str, QAction] = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions():
            if action.text():
                found[action.text().replace("&", "")] = action
    return found


def test_menus_and_shortcuts(window: MainWindow) -> None:
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["File", "People", "Go", "Help"]
    found = actions(window)
    assert found["Quit"].shortcut().toString() == "Ctrl+Q"
    assert found["Previous day"].shortcut().toString() == "Alt+Left"
    assert found["Dose log"].shortcut().toString() == "Ctrl+2"
    assert found["Add a person…"].shortcut().toString() == "Ctrl+Shift+N"
    found["Travel supply"].trigger()
    assert window.tabs.currentWidget() is window.travel_page
    found["Dose log"].trigger()
    assert window.tabs.currentWidget() is window.log_page
    found["Previous day"].trigger()
    assert window.tabs.currentWidget() is window.today
    assert "Monday 9 March 2026" in window.today.day_label.text()
    found["Back to today"].trigger()
    assert "today" in window.today.day_label.text()
    assert window.windowTitle() == "Sam"  # Qt adds " — Baclofen Companion" in the app


def test_about_names_version_and_the_prescriber(window: MainWindow) -> None:
    text = window.about_text()
    assert __version__ in text
    assert "never replaces it" in text
    assert str(window.store.path) in text


def test_help_about_shows_the_licence(qtbot: QtBot, window: MainWindow) -> None:
    shown: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    when_dialog_opens(qtbot, read_and_close, QMessageBox)
    actions(window)["About Baclofen Companion"].trigger()
    [text] = shown
    assert "GNU General Public License, version 3 or later (GPL-3.0-or-later)" in text
    assert "no warranty" in text


def test_window_geometry_is_kept(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock, data_dir: Path
) -> None:
    window.resize(760, 580)
    window.close()
    again = MainWindow(store, clock, data_dir)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 580)
    assert (data_dir / "ui-settings.ini").exists()


def test_window_builds_with_no_one_set_up(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path
) -> None:
    empty = MainWindow(store, clock, data_dir)
    qtbot.addWidget(empty)
    assert empty.today.summary.text() == "No one is set up yet."
