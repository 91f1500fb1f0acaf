from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import FakeClock
from tests.ui.every_window import ShownInTurn, dialogs, pages


@pytest.fixture
def window(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    sam: tuple[Profile, Medication],
) -> MainWindow:
    w = MainWindow(store, clock, data_dir)
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def every_window(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, sam: tuple[Profile, Medication]
) -> ShownInTurn:
    """Every page and top-level dialog, each in turn while it is shown."""

    def in_turn() -> Iterator[tuple[str, QWidget]]:
        yield from pages(qtbot, window)
        yield from dialogs(qtbot, window, clock, sam)

    return in_turn
