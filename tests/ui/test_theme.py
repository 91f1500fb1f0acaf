"""Light and dark appearance: the choice in Settings changes the palette at once and is kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from baclofen_companion.ui.shell.settings_dialog import SettingsDialog
from baclofen_companion.ui.shell.theme import Theme, apply_theme, stored_theme


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, Theme.SYSTEM)  # leave the next test the platform's own look


def window_lightness(app: QApplication) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_then_back_to_the_system(
    qtbot: QtBot, app: QApplication, window: MainWindow, store: Store
) -> None:
    native = window_lightness(app)
    dialog = SettingsDialog(store, None, window)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog._save()
    assert stored_theme(store) is Theme.DARK
    assert window_lightness(app) < 80
    text = app.palette().color(QPalette.ColorRole.WindowText).lightness()
    assert text - window_lightness(app) > 150  # light text on dark: readable
    # Form errors switch to a light red that reads on the dark window.
    window.today.error.show_message("x")
    assert "#ff8a80" in window.today.error.styleSheet()

    again = SettingsDialog(store, None, window)
    qtbot.addWidget(again)
    assert again.theme.currentData() == "dark"
    again.theme.setCurrentIndex(again.theme.findData("system"))
    again._save()
    assert window_lightness(app) == native
    window.today.error.show_message("x")
    assert "#b00020" in window.today.error.styleSheet()


def test_light_choice_is_light_and_a_bad_stored_value_means_system(
    app: QApplication, store: Store
) -> None:
    assert apply_theme(app, Theme.LIGHT) is Theme.LIGHT
    assert window_lightness(app) > 180
    store.set_setting("theme", "purple")
    assert stored_theme(store) is Theme.SYSTEM
    with pytest.raises(ValueError):
        Theme("purple")
