"""Help → Guide: what each tab does, the missed-dose rule, where the data lives."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.ui.shell.main_window import MainWindow
from tests.ui.helpers import button, label


def test_the_guide_says_what_each_tab_does_and_opens_the_data_folder(
    qtbot: QtBot, window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen on main: the Help menu held only About."""
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    guide_action = next(a for a in help_menu.actions() if a.text() == "&Guide")
    assert guide_action.shortcut().toString() == "F1"
    guide_action.trigger()

    def mine() -> list[QWidget]:
        # This window's guide: another test's may still be about (same title, other folder).
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.windowTitle() == "Guide" and w.isVisible() and w.parent() is window
        ]

    qtbot.waitUntil(lambda: bool(mine()))
    [guide] = mine()
    qtbot.addWidget(guide)
    text = label(guide, "Guide to Baclofen Companion").text()
    for expected in ("Today", "Dose log", "Medicines", "Travel", "Diary", "Charts", "Ctrl+6"):
        assert expected in text
    assert "unless your next dose is due within 2 hours" in text
    assert str(data_dir) in text
    button(guide, "Open data folder").click()
    assert [u.toLocalFile() for u in opened] == [str(data_dir)]
    assert window.isVisible() and not guide.isModal()
