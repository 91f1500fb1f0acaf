"""The driving caution above the tabs: after starting, after a step up, never after a step
down; closed for one step at a time."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseSlot, Medication, Profile
from baclofen_companion.ops import medicines
from baclofen_companion.services.scheduler import ReminderScheduler
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import DAY, FakeClock
from tests.ui.helpers import button, field, label, type_into, when_dialog_opens

LEFT = Qt.MouseButton.LeftButton
CAUTION = "Avoid driving or risky activities until you know how this dose affects you."


def slots(mg: float) -> tuple[DoseSlot, ...]:
    return tuple(DoseSlot(time(h), mg) for h in (8, 14, 20))


def open_window(qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path) -> MainWindow:
    window = MainWindow(store, clock, data_dir)
    qtbot.addWidget(window)
    window.show()
    return window


def test_shown_in_the_first_two_weeks_and_closed_for_that_step(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path, sam: tuple[Profile, Medication]
) -> None:
    window = open_window(qtbot, store, clock, data_dir)
    notice = window.driving_notice
    assert notice.isVisible()
    assert label(notice, CAUTION).text().startswith(f"<b>{CAUTION}</b>")
    qtbot.mouseClick(button(notice, "Close the driving caution"), LEFT)
    qtbot.waitUntil(lambda: not notice.isVisible())
    window.close()
    again = open_window(qtbot, store, clock, data_dir)
    assert not again.driving_notice.isVisible()


def test_shown_after_a_step_up_and_not_after_a_step_down(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path, sam: tuple[Profile, Medication]
) -> None:
    _, baclofen = sam
    later = DAY + timedelta(days=30)
    clock.set_local(later, time(9))
    window = open_window(qtbot, store, clock, data_dir)
    notice = window.driving_notice
    assert not notice.isVisible()  # the first two weeks are over

    window.bus.announce(medicines.change_doses(store, baclofen, later, slots(10.0)))
    qtbot.waitUntil(notice.isVisible)
    assert "the dose went up" in label(notice, CAUTION).text()
    qtbot.mouseClick(button(notice, "Close the driving caution"), LEFT)
    qtbot.waitUntil(lambda: not notice.isVisible())

    down = later + timedelta(days=3)
    clock.set_local(down, time(9))
    window.bus.announce(medicines.change_doses(store, baclofen, down, slots(5.0)))
    assert not notice.isVisible()

    # A later step up is a new step: shown again, although the last one was closed.
    up_again = down + timedelta(days=3)
    clock.set_local(up_again, time(9))
    window.bus.announce(medicines.change_doses(store, baclofen, up_again, slots(15.0)))
    qtbot.waitUntil(notice.isVisible)


def test_a_step_up_made_on_the_medicines_tab_shows_it_on_the_day_it_starts(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path, sam: tuple[Profile, Medication]
) -> None:
    later = DAY + timedelta(days=30)
    clock.set_local(later, time(9))
    scheduler = ReminderScheduler(store, clock, lambda: "Europe/London", lambda: 0.0)
    window = MainWindow(store, clock, data_dir, scheduler)
    window.show()
    try:
        notice = window.driving_notice
        assert not notice.isVisible()
        window.tabs.setCurrentWidget(window.medicines_page)

        def step_up(dialog: QWidget) -> None:
            for i in (1, 2, 3):
                type_into(qtbot, field(dialog, f"Amount of dose {i} in mg"), "10")
            box = dialog.findChild(QDialogButtonBox)
            qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), LEFT)

        when_dialog_opens(qtbot, step_up)
        qtbot.mouseClick(button(window.medicines, "Change doses"), LEFT)
        assert not notice.isVisible()  # the new doses start tomorrow

        clock.set_local(later + timedelta(days=1), time(7, 30))
        scheduler.wake_now()
        qtbot.waitUntil(notice.isVisible)
        assert "Baclofen: the dose went up" in label(notice, CAUTION).text()
    finally:
        scheduler.stop()
        window.quitting = True
        window.close()
