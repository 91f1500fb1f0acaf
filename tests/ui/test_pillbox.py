"""Today's shape as a person sees it: compartments that reflow, a day that reads at a glance,
nothing that moves under the pointer, and a window that comes back as it was."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QGroupBox, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseKind, Medication, Profile
from baclofen_companion.ops.doses import log_extra_dose
from baclofen_companion.services.scheduler import ReminderScheduler
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import DAY, HOME_TZ, FakeClock
from tests.ui.helpers import button, find, label, when_dialog_opens

LEFT = Qt.MouseButton.LeftButton
PARTS = ("Morning", "Midday", "Evening")


def at(widget: QWidget, root: QWidget) -> QPoint:
    return widget.mapTo(root, QPoint(0, 0))


def compartments(window: MainWindow) -> list[QPoint]:
    return [at(find(window.today, QGroupBox, part), window) for part in PARTS]


def pillbox(window: MainWindow) -> QScrollArea:
    [area] = [a for a in window.today.findChildren(QScrollArea) if a.isVisible()]
    return area


def test_compartments_go_side_by_side_when_wide_and_stack_when_narrow(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: len({p.y() for p in compartments(window)}) == 1)
    xs = [p.x() for p in compartments(window)]
    assert xs == sorted(xs) and len(set(xs)) == 3  # morning, midday, evening left to right

    window.resize(500, 900)
    qtbot.waitUntil(lambda: len({p.x() for p in compartments(window)}) == 1)
    ys = [p.y() for p in compartments(window)]
    assert ys == sorted(ys) and len(set(ys)) == 3  # one above the other


def test_the_day_reads_at_a_glance_in_signs_and_words(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    clock.set_local(DAY, time(8, 5))
    window.today.reload()
    assert label(window.today, "Doses of the day").text() == "● ○ ○"
    qtbot.mouseClick(button(window.today, "Taken: Baclofen at 08:00"), LEFT)
    assert label(window.today, "Doses of the day").text() == "✔ ○ ○"
    assert label(window.today, "Day summary").text() == "1 of 3 doses taken today"
    assert label(window.today, "Sign of Baclofen at 08:00").text() == "✔"


def test_the_card_clicked_keeps_its_place_and_focus_after_taken_and_undo(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Seen on main: after Undo the list jumped to the top and another dose's Undo landed
    under the pointer."""
    clock.set_local(DAY, time(20, 5))
    window.resize(500, 520)  # stacked, so the evening dose is scrolled to
    window.today.reload()
    area = pillbox(window)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    card = "Baclofen at 20:00 dose"
    before = at(find(window.today, QWidget, card), area.viewport())
    on_screen = at(find(window.today, QWidget, card), window)

    qtbot.mouseClick(button(window.today, "Taken: Baclofen at 20:00"), LEFT)
    assert at(find(window.today, QWidget, card), area.viewport()) == before
    assert at(find(window.today, QWidget, card), window) == on_screen
    assert window.focusWidget() is button(window.today, "Undo: Baclofen at 20:00")

    qtbot.mouseClick(button(window.today, "Undo: Baclofen at 20:00"), LEFT)
    assert at(find(window.today, QWidget, card), area.viewport()) == before
    assert at(find(window.today, QWidget, card), window) == on_screen
    assert window.focusWidget() is button(window.today, "Taken: Baclofen at 20:00")


def test_undo_of_an_extra_dose_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    profile, med = sam
    clock.set_local(DAY, time(16, 0))
    log_extra_dose(store, profile.id, med, 5.0, clock.now(), "bad spasms", HOME_TZ, [])
    window.today.reload()
    undo = "Undo: Extra Baclofen at 16:00"

    def answer(text: str):  # type: ignore[no-untyped-def]
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            assert "bad spasms" not in dialog.text()  # it names the dose, not the note
            assert "its reason will be removed" in dialog.text()
            button(dialog, text).click()

        return act

    def extras() -> list[str]:
        events = store.events_between(profile.id, DAY, DAY)
        return [e.note for e in events if e.kind is DoseKind.EXTRA]

    when_dialog_opens(qtbot, answer("Keep it"), QMessageBox)
    qtbot.mouseClick(button(window.today, undo), LEFT)
    assert extras() == ["bad spasms"]

    when_dialog_opens(qtbot, answer("Remove it"), QMessageBox)
    qtbot.mouseClick(button(window.today, undo), LEFT)
    assert extras() == []


def test_a_new_window_shows_the_whole_day_without_scrolling(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: pillbox(window).viewport().height() > 0)
    assert pillbox(window).verticalScrollBar().maximum() == 0
    for part in PARTS:
        assert find(window.today, QGroupBox, part).visibleRegion().boundingRect().height() == (
            find(window.today, QGroupBox, part).height()
        )


def test_maximized_is_kept_across_runs_and_a_raise_keeps_it(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock, data_dir: Path
) -> None:
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.hide()
    window.show_from_tray()  # what a second launch's knock does
    assert window.isMaximized() and window.isVisible()
    window.close()

    again = MainWindow(store, clock, data_dir)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(again.isMaximized)


def test_the_reminder_banner_comes_and_goes_without_moving_the_card_clicked(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path, sam: tuple[Profile, Medication]
) -> None:
    """Seen on main: after Undo the banner came back above the tabs and pushed the pillbox
    down, so another dose's button landed under the pointer."""
    elapsed = lambda: clock.now().timestamp()  # noqa: E731
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ, elapsed)
    window = MainWindow(store, clock, data_dir, scheduler)
    window.show()
    try:
        clock.set_local(DAY, time(8, 5))
        scheduler.poll()
        qtbot.waitUntil(window.banner.isVisible)
        card = "Baclofen at 08:00 dose"
        where = at(find(window.today, QWidget, card), window)

        qtbot.mouseClick(button(window.today, "Taken: Baclofen at 08:00"), LEFT)
        qtbot.waitUntil(lambda: not window.banner.isVisible())
        assert at(find(window.today, QWidget, card), window) == where

        qtbot.mouseClick(button(window.today, "Undo: Baclofen at 08:00"), LEFT)
        qtbot.waitUntil(window.banner.isVisible)
        assert at(find(window.today, QWidget, card), window) == where
        assert window.focusWidget() is button(window.today, "Taken: Baclofen at 08:00")
    finally:
        scheduler.stop()
        window.quitting = True
        window.close()
        window.deleteLater()
