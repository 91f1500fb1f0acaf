"""Several people in one app: switching, everyone's doses at once, renaming, archiving."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseSlot, DoseStatus, Medication, Profile
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.store import Store
from baclofen_companion.ui.people.actions import bring_back_person, rename_person
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import BACLOFEN, DAY, HOME_TZ, FakeClock
from tests.ui.helpers import button, card_text, find, label, texts, when_dialog_opens

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def alex(store: Store) -> tuple[Profile, Medication]:
    """Alex takes 10 mg at 07:30 and 19:30."""
    return store.add_person_with_medicine(
        "Alex",
        HOME_TZ,
        BACLOFEN,
        (DoseSlot(time(7, 30), 10.0), DoseSlot(time(19, 30), 10.0)),
        DAY - timedelta(days=3),
    )


def choose(window: MainWindow, name: str) -> None:
    combo = window.switcher.combo
    combo.setCurrentIndex(combo.findText(name))


def test_switching_person_shows_their_doses_and_remembers_the_choice(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    sam: tuple[Profile, Medication],
    alex: tuple[Profile, Medication],
) -> None:
    window.reload_profile()
    assert [window.switcher.combo.itemText(i) for i in range(2)] == ["Sam", "Alex"]
    assert "5 mg — ½ tablet" in card_text(window.today, "Baclofen at 08:00")
    choose(window, "Alex")
    assert window.windowTitle() == "Alex"
    assert "10 mg — 1 tablet" in card_text(window.today, "Baclofen at 07:30")
    with pytest.raises(AssertionError):
        find(window.today, QWidget, "Baclofen at 08:00 dose")
    # Taking Alex's dose logs it for Alex, not for Sam.
    card = find(window.today, QWidget, "Baclofen at 07:30 dose")
    qtbot.mouseClick(button(card, "Taken"), LEFT)
    [event] = store.events_between(alex[0].id, DAY, DAY)
    assert event.slot_time == time(7, 30) and event.profile_id == alex[0].id
    assert store.events_between(sam[0].id, DAY, DAY) == []
    assert window.settings.value("person/id") in (alex[0].id, str(alex[0].id))


def test_everyone_view_groups_doses_by_person(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    sam: tuple[Profile, Medication],
    alex: tuple[Profile, Medication],
) -> None:
    window.refresh_all()
    everyone = window.today.everyone
    assert everyone.isVisible()
    everyone.setFocus()
    qtbot.keyClick(everyone, Qt.Key.Key_Space)
    assert everyone.isChecked()
    shown = texts(window.today)
    assert shown.index("Sam") < shown.index("Alex")
    assert "5 mg" in card_text(window.today, "Sam's Baclofen at 08:00")
    card = find(window.today, QWidget, "Alex's Baclofen at 19:30 dose")
    assert "10 mg" in texts(card)
    assert "Everyone: 0 of 5 doses taken today" in label(window.today, "Day summary").text()
    qtbot.mouseClick(
        button(find(window.today, QWidget, "Sam's Baclofen at 08:00 dose"), "Taken"), LEFT
    )
    assert [e.profile_id for e in store.events_between(sam[0].id, DAY, DAY)] == [sam[0].id]
    assert "Everyone: 1 of 5" in label(window.today, "Day summary").text()


def test_rename_archive_and_bring_back_keep_every_record(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
    alex: tuple[Profile, Medication],
) -> None:
    dose = planned_doses(
        DAY, alex[0].id, HOME_TZ, [alex[1]], store.schedule_versions([alex[1].id])
    )[0]
    store.record_dose(dose, DoseStatus.TAKEN, dose.due, "", HOME_TZ)
    window.reload_profile()
    choose(window, "Alex")
    answers = iter([("Sam", True), ("Alex B.", True)])
    renamed = rename_person(store, alex[0], window, ask=lambda *a, **k: next(answers))
    assert renamed is not None and renamed.name == "Alex B."  # "Sam" was refused, then fixed
    with pytest.raises(ValidationError, match="already someone called Sam"):
        store.rename_profile(alex[0].id, " sam ")
    window._people_changed(renamed)
    assert window.switcher.combo.currentText() == "Alex B."

    def confirm(dialog: object) -> None:
        assert isinstance(dialog, QMessageBox)
        assert "Nothing is deleted" in dialog.text()
        qtbot.mouseClick(dialog.buttons()[0], LEFT)

    when_dialog_opens(qtbot, confirm, QMessageBox)
    window.archive_person()
    assert [p.name for p in store.profiles()] == ["Sam"]
    assert window.switcher.combo.currentText() == "Sam"
    assert window.windowTitle() == "Sam"
    assert len(store.events_between(alex[0].id, DAY, DAY)) == 1  # history kept

    back = bring_back_person(store, window, ask=lambda *a, **k: ("Alex B.", True))
    assert back is not None and [p.name for p in store.profiles()] == ["Sam", "Alex B."]


def test_two_archived_people_with_one_name_can_each_be_brought_back(
    window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    first = store.add_profile("Jo", HOME_TZ)
    store.set_profile_archived(first.id, True)
    second = store.add_profile("Jo", HOME_TZ)
    store.set_profile_archived(second.id, True)
    offered: list[list[str]] = []

    def pick_second(*args: object, **kwargs: object) -> tuple[str, bool]:
        names = list(args[3])  # type: ignore[call-overload]
        offered.append(names)
        return names[1], True

    back = bring_back_person(store, window, ask=pick_second)
    assert offered == [[f"Jo (#{first.id})", f"Jo (#{second.id})"]]
    assert back is not None and back.id == second.id


def test_an_archived_persons_doses_can_still_be_exported(
    store: Store, sam: tuple[Profile, Medication], tmp_path: Path
) -> None:
    from baclofen_companion.ops.people import find_person

    store.set_profile_archived(sam[0].id, True)
    assert find_person(store, "sam").id == sam[0].id


def test_when_everyone_is_archived_today_says_how_to_bring_them_back(
    window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    store.set_profile_archived(sam[0].id, True)
    window._people_changed()
    assert "Everyone is archived" in label(window.today, "Day summary").text()
