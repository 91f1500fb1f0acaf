from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import FakeClock


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
