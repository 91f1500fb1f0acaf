"""One style for each kind of date, in every field; date-time fields take typing."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.store import Store
from baclofen_companion.ui.diary.dialog import DiaryDialog
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import FakeClock
from tests.ui.every_window import ShownInTurn
from tests.ui.helpers import find

DATE = r"\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}"
DATE_TIME = DATE + r" \d\d:\d\d"


def test_every_date_field_shows_the_one_style(every_window: ShownInTurn) -> None:
    """Seen on main: "02/12/2026", "2026-09-03", "3 Sept 2026" and "Fri 8 Jan 2027 10:00"."""
    seen: dict[str, str] = {}
    for where, shown in every_window():
        for edit in shown.findChildren(QDateTimeEdit):
            name = f"{where}: {edit.accessibleName()}"
            seen[name] = edit.text()
            if edit.specialValueText() and edit.text() == edit.specialValueText():
                continue  # a date not known yet (the pump's "not set"), no date to style
            style = DATE_TIME if edit.displayFormat().endswith("mm") else DATE
            assert re.fullmatch(style, edit.text()), f"{name} shows {edit.text()!r}"
    assert len(seen) >= 12, seen


@pytest.fixture
def when(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> QDateTimeEdit:
    """The time of a new diary entry, in its dialog."""
    dialog = DiaryDialog(store, sam[0], clock.now(), None, window.diary)
    qtbot.addWidget(dialog)
    dialog.show()
    when = find(dialog, QDateTimeEdit, "Time of the entry")
    assert isinstance(when, QDateTimeEdit)
    return when


def test_a_clicked_date_time_field_takes_what_is_typed(qtbot: QtBot, when: QDateTimeEdit) -> None:
    """Seen on main: clicking into the time of a diary entry selected nothing, and what was
    typed went nowhere (or a part was skipped at each space)."""
    typed = when.findChild(QLineEdit)
    assert isinstance(typed, QLineEdit)
    qtbot.mouseClick(typed, Qt.MouseButton.LeftButton, pos=QPoint(3, typed.height() // 2))
    qtbot.waitUntil(typed.hasSelectedText)
    qtbot.keyClicks(when, "9 Mar 2026 21:15")
    assert when.dateTime() == QDateTime.fromString("2026-03-09 21:15", "yyyy-MM-dd HH:mm")
    year_at = 2 + when.fontMetrics().horizontalAdvance("9 Mar 20")
    qtbot.mouseClick(typed, Qt.MouseButton.LeftButton, pos=QPoint(year_at, typed.height() // 2))
    qtbot.waitUntil(lambda: typed.selectedText() == "2026")
    qtbot.keyClicks(when, "2027")  # a click on the year selects the year
    assert when.text() == "9 Mar 2027 21:15"


def test_a_german_date_time_is_typed_as_written(when: QDateTimeEdit, qtbot: QtBot) -> None:
    when.setDisplayFormat("d. MMM yyyy HH:mm")  # the German pattern, in English month names
    when.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(when, "9. Mar 2026 21:15")
    assert when.dateTime() == QDateTime.fromString("2026-03-09 21:15", "yyyy-MM-dd HH:mm")
