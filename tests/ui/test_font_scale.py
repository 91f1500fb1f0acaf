"""Large text: at 150 % and 200 % font size no button, tab or label is cut short."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import FakeClock


@pytest.fixture
def scaled(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[float]:
    original = QFont(qapp.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * request.param)
    qapp.setFont(bigger)
    yield request.param
    qapp.setFont(original)


def clipped(root: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()
        elif isinstance(widget, QLabel) and widget.text() and not widget.wordWrap():
            need = widget.minimumSizeHint().width()
        else:
            continue
        if widget.width() + 1 < need:
            found.append(
                f"{type(widget).__name__} {widget.text()[:40]!r}: {widget.width()} < {need}"
            )
    return found


@pytest.mark.parametrize("scaled", [1.5, 2.0], indirect=True)
def test_large_text_fits_in_every_tab(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    sam: tuple[Profile, Medication],
    scaled: float,
) -> None:
    window = MainWindow(store, clock, data_dir)
    qtbot.addWidget(window)
    # A laptop screen: the window may scroll, but nothing may be cut.
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(5)
        problems += [f"{window.tabs.tabText(index)}: {p}" for p in clipped(window)]
    assert not problems, f"at {scaled:.0%}:\n" + "\n".join(problems)
    # The painted plan timeline makes room for its three lines of text.
    window.tabs.setCurrentWidget(window.medicines_page)
    timeline = window.medicines.timeline
    assert timeline.height() >= 100 + 3 * timeline.fontMetrics().height()
