"""Medicines tab: a dose change is a new version from a date; bad input changes nothing."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.core.schedule import active_version
from baclofen_companion.store import Store
from baclofen_companion.ui.main_window import MainWindow
from tests.conftest import DAY, FakeClock
from tests.ui.helpers import (
    button,
    card_text,
    combo,
    field,
    label,
    texts,
    type_into,
    when_dialog_opens,
)

LEFT = Qt.MouseButton.LeftButton


def save(qtbot: QtBot, dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), LEFT)


def cancel(qtbot: QtBot, dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Cancel), LEFT)


def open_tab(window: MainWindow, title: str) -> None:
    tabs = window.tabs
    index = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == title)
    tabs.setCurrentIndex(index)


def test_a_dose_change_from_tomorrow_leaves_today_and_the_past_unchanged(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    profile, med = sam
    # Yesterday's evening dose and this morning's dose are already logged.
    qtbot.mouseClick(button(window.today, "Previous day"), LEFT)
    qtbot.mouseClick(button(window.today, "Taken: Baclofen at 20:00"), LEFT)
    qtbot.mouseClick(button(window.today, "Back to today"), LEFT)
    clock.set_local(DAY, time(8, 10))
    window.today.reload()
    qtbot.mouseClick(button(window.today, "Taken: Baclofen at 08:00"), LEFT)
    before = store.events_between(profile.id, DAY - timedelta(days=1), DAY)

    open_tab(window, "Medicines")

    def change(dialog: QWidget) -> None:
        for i in (1, 2, 3):
            type_into(qtbot, field(dialog, f"Amount of dose {i} in mg"), "10")
        save(qtbot, dialog)

    when_dialog_opens(qtbot, change)
    qtbot.mouseClick(button(window.medicines, "Change doses"), LEFT)

    versions = store.schedule_versions([med.id])[med.id]
    assert [v.valid_from for v in versions] == [DAY - timedelta(days=7), DAY + timedelta(days=1)]
    assert store.events_between(profile.id, DAY - timedelta(days=1), DAY) == before
    today_version = active_version(versions, DAY)
    assert today_version is not None and {s.amount_mg for s in today_version.slots} == {5.0}
    # Today still shows 5 mg; tomorrow shows the new 10 mg.
    open_tab(window, "Today")
    assert "5 mg — ½ tablet" in card_text(window.today, "Baclofen at 14:00")
    qtbot.mouseClick(button(window.today, "Next day"), LEFT)
    for slot in ("08:00", "14:00", "20:00"):
        assert "10 mg — 1 tablet" in card_text(window.today, f"Baclofen at {slot}")
    listed = window.medicines.list.item(0).text()
    assert "From 11 Mar 2026: 08:00 10 mg · 14:00 10 mg · 20:00 10 mg" in listed
    assert before[0].status is DoseStatus.TAKEN


def test_a_bad_dose_change_is_refused_and_nothing_saved(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    _, med = sam
    open_tab(window, "Medicines")
    messages: list[str] = []

    def change(dialog: QWidget) -> None:
        type_into(qtbot, field(dialog, "Amount of dose 2 in mg"), "3")
        save(qtbot, dialog)
        messages.append(label(dialog, "Form error").text())
        cancel(qtbot, dialog)

    when_dialog_opens(qtbot, change)
    qtbot.mouseClick(button(window.medicines, "Change doses"), LEFT)
    assert "Amount in row 2: 3 mg cannot be made from 10 mg tablets" in messages[0]
    assert len(store.schedule_versions([med.id])[med.id]) == 1


def test_add_a_liquid_medicine(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    open_tab(window, "Medicines")

    def add(dialog: QWidget) -> None:
        type_into(qtbot, field(dialog, "Medicine name"), "Baclofen oral solution")
        combo(dialog, "Form").setCurrentIndex(1)  # Liquid
        type_into(qtbot, field(dialog, "Strength"), "1")
        type_into(qtbot, field(dialog, "Amount of dose 1 in mg"), "2.5")
        assert "2.5 mL" in texts(dialog).splitlines()
        save(qtbot, dialog)

    when_dialog_opens(qtbot, add)
    qtbot.mouseClick(button(window.medicines, "Add medicine"), LEFT)
    names = [m.name for m in store.medications(profile.id)]
    assert names == ["Baclofen", "Baclofen oral solution"]
    assert window.medicines.list.count() == 2


def test_archiving_baclofen_warns_about_stopping_suddenly(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    open_tab(window, "Medicines")
    shown: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append(dialog.text())
        qtbot.mouseClick(dialog.button(QMessageBox.StandardButton.No), LEFT)

    when_dialog_opens(qtbot, answer)
    qtbot.mouseClick(button(window.medicines, "Archive medicine"), LEFT)
    assert "must not be stopped suddenly" in shown[0]
    assert len(store.medications(profile.id)) == 1

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        qtbot.mouseClick(dialog.button(QMessageBox.StandardButton.Yes), LEFT)

    when_dialog_opens(qtbot, accept)
    qtbot.mouseClick(button(window.medicines, "Archive medicine"), LEFT)
    assert store.medications(profile.id) == []
    assert len(store.medications(profile.id, include_archived=True)) == 1
    assert label(window.today, "Day summary").text() == "0 of 0 doses taken today"
