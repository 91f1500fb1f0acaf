"""The diary as a person uses it: write an entry, see it listed, edit, delete, red flags."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.diary import DiaryDraft, Severity, red_flag_advice
from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.services.scheduler import ReminderScheduler
from baclofen_companion.store import Store
from baclofen_companion.ui.diary.choice_row import ChoiceRow
from baclofen_companion.ui.diary.dialog import DiaryDialog
from baclofen_companion.ui.diary.view import DiaryView
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import DAY, HOME_TZ, FakeClock
from tests.ui.helpers import button, field, find, label, texts, type_into, when_dialog_opens

LEFT = Qt.MouseButton.LeftButton
Person = tuple[Profile, Medication]


def in_diary_dialog(qtbot: QtBot, act: Callable[[DiaryDialog], None]) -> None:
    """Run ``act`` on the diary dialog once it opens; a failure closes it instead of hanging."""

    def run(dialog: QWidget) -> None:
        assert isinstance(dialog, DiaryDialog)
        try:
            act(dialog)
        except BaseException:
            dialog.reject()
            raise

    when_dialog_opens(qtbot, run, DiaryDialog)


def click(qtbot: QtBot, dialog: DiaryDialog, name: str) -> None:
    """Scroll to a button of the form (small screens scroll it) and click it."""
    target = button(dialog, name)
    dialog.scroll_area.ensureWidgetVisible(target)
    # Near the left edge: a check box only answers clicks on its box and words.
    qtbot.mouseClick(target, LEFT, pos=QPoint(6, target.height() // 2))


def note_box(dialog: QWidget) -> QPlainTextEdit:
    found = find(dialog, QPlainTextEdit, "Note")
    assert isinstance(found, QPlainTextEdit)
    return found


def row(dialog: QWidget, name: str) -> ChoiceRow:
    found = find(dialog, ChoiceRow, name)
    assert isinstance(found, ChoiceRow)
    return found


def select(view: DiaryView, text: str) -> None:
    """Click the row of the list whose text contains ``text``."""
    model = view.model
    for r in range(model.rowCount()):
        if text in model.data(model.index(r, 0)):
            view.list.setCurrentIndex(model.index(r, 0))
            return
    raise AssertionError(f"no diary row shows {text!r}")


def write_entry(qtbot: QtBot, window: MainWindow, act: Callable[[DiaryDialog], None]) -> None:
    window.tabs.setCurrentWidget(window.diary_page)

    def fill_and_save(dialog: DiaryDialog) -> None:
        act(dialog)
        qtbot.mouseClick(button(dialog, "Save"), LEFT)
        assert not dialog.isVisible(), dialog.error.text()

    in_diary_dialog(qtbot, fill_and_save)
    qtbot.mouseClick(button(window.diary, "New diary entry"), LEFT)


def test_a_person_writes_an_entry_and_sees_it_listed(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock, sam: Person
) -> None:
    def fill(dialog: DiaryDialog) -> None:
        assert dialog.windowTitle() == "Diary entry — Sam"
        assert row(dialog, "Stiffness").text() == "not rated"
        click(qtbot, dialog, "Stiffness: 6")
        click(qtbot, dialog, "Pain: 3")
        click(qtbot, dialog, "Sleep: 8")
        click(qtbot, dialog, "Drowsiness: Mild")
        click(qtbot, dialog, "Feeling sick (nausea)")
        qtbot.keyClicks(note_box(dialog), "Stiff after the walk")
        # The ends of each scale are named where the buttons are.
        sleep = texts(row(dialog, "Sleep"))
        assert "very poor" in sleep and "very good" in sleep
        assert "worst" in texts(row(dialog, "Pain"))

    write_entry(qtbot, window, fill)

    [entry] = store.diary.between(sam[0].id)
    assert (entry.stiffness, entry.pain, entry.sleep, entry.spasms) == (6, 3, 8, None)
    assert entry.drowsiness is Severity.MILD and entry.dizziness is None
    assert entry.side_effects == ("nausea",) and entry.red_flags == ()
    assert entry.note == "Stiff after the walk"
    assert (entry.at, entry.tz) == (clock.now(), HOME_TZ)
    shown = window.diary.text()
    assert "Tue 10 Mar 2026 · 07:00" in shown
    assert (
        "Stiffness 6/10 · Pain 3/10 · Sleep 8/10 · Drowsiness mild · Feeling sick (nausea)" in shown
    )
    assert "Note: Stiff after the walk" in shown
    assert "Red flag" not in shown
    assert not window.red_flag_banner.isVisible()
    assert label(window.diary, "Diary count").text() == "1 entry, 0 check-ins"


def test_entries_and_check_ins_are_listed_newest_first(
    qtbot: QtBot, qtmodeltester, window: MainWindow, store: Store, clock: FakeClock, sam: Person
) -> None:
    person = sam[0]
    earlier = clock.now() - timedelta(days=1)
    store.diary.add(person.id, DiaryDraft(earlier, HOME_TZ, pain=2, alcohol=True, drinks=1))
    store.add_checkin(person.id, "withdrawal watch", "I have some of these signs", [], HOME_TZ)
    store.diary.add(person.id, DiaryDraft(clock.now() - timedelta(hours=1), HOME_TZ, mood=9))
    window.refresh_all()
    qtmodeltester.check(window.diary.model)
    shown = window.diary.text().splitlines()
    heads = [line for line in shown if "2026 ·" in line]
    assert heads == [
        "Tue 10 Mar 2026 · 07:00 · Check-in (withdrawal watch)",
        "Tue 10 Mar 2026 · 06:00",
        "Mon 9 Mar 2026 · 07:00",
    ]
    assert "⚠ I have some of these signs" in shown
    assert "Pain 2/10 · Alcohol 1 drink" in shown
    # A check-in is kept as answered: it can be read, not edited or deleted.
    select(window.diary, "Check-in")
    assert not button(window.diary, "Edit diary entry").isEnabled()
    assert not button(window.diary, "Delete diary entry").isEnabled()
    select(window.diary, "Mood 9/10")
    assert button(window.diary, "Edit diary entry").isEnabled()


def test_older_entries_show_on_request(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock, sam: Person
) -> None:
    person = sam[0]
    for days in (500, 100, 3):
        store.diary.add(person.id, DiaryDraft(clock.now() - timedelta(days=days), HOME_TZ, pain=1))
    window.refresh_all()
    assert label(window.diary, "Diary count").text() == "Last 90 days: 1 entry, 0 check-ins"
    assert "Sat 7 Mar 2026" in window.diary.text() and "2025" not in window.diary.text()
    more = button(window.diary, "Show earlier entries")
    assert more.text() == "Show earlier entries (2 more)"
    qtbot.mouseClick(more, LEFT)
    assert "Sun 30 Nov 2025" in window.diary.text()
    assert more.text() == "Show earlier entries (1 more)"
    qtbot.mouseClick(more, LEFT)
    assert "Sat 26 Oct 2024" in window.diary.text()
    assert not more.isVisible()
    assert label(window.diary, "Diary count").text() == "3 entries, 0 check-ins"


def test_a_red_flag_shows_the_advice_until_dismissed(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock, data_dir: Path, sam: Person
) -> None:
    def fill(dialog: DiaryDialog) -> None:
        assert not label(dialog, "What to do", visible_only=False).isVisibleTo(dialog)
        click(qtbot, dialog, "Serious: Hallucinations (seeing or hearing things)")
        # What to do is said as soon as the box is ticked, before saving.
        assert label(dialog, "What to do").text() == "⚠ " + red_flag_advice(["hallucinations"])

    write_entry(qtbot, window, fill)

    [entry] = store.diary.between(sam[0].id)
    assert entry.red_flags == ("hallucinations",)
    banner = window.red_flag_banner
    assert banner.isVisible()
    advice = red_flag_advice(["hallucinations"])
    assert "urgent medical help" in advice
    shown = texts(banner)
    assert advice in shown and "Sam, diary entry of Tue 10 Mar 07:00" in shown
    assert "⚠ Red flag: hallucinations" in window.diary.text()

    # The advice survives a restart until someone has read and dismissed it.
    again = MainWindow(store, clock, data_dir)
    qtbot.addWidget(again)
    again.show()
    assert again.red_flag_banner.isVisible()
    assert advice in texts(again.red_flag_banner)
    qtbot.mouseClick(button(again, "Dismiss serious symptom warning (Sam, Tue 10 Mar 07:00)"), LEFT)
    assert not again.red_flag_banner.isVisible()
    assert "⚠ Red flag: hallucinations" in again.diary.text()
    window.refresh_all()
    assert not window.red_flag_banner.isVisible()


def test_urgent_flags_say_get_help_now(qtbot: QtBot, window: MainWindow) -> None:
    def fill(dialog: DiaryDialog) -> None:
        click(qtbot, dialog, "Serious: Trouble breathing")
        click(qtbot, dialog, "Serious: Low mood or depression")

    write_entry(qtbot, window, fill)
    shown = texts(window.red_flag_banner)
    assert "Get urgent medical help now" in shown
    assert "Contact your prescriber today" in shown
    assert "⚠ Red flag: trouble breathing, low mood or depression" in window.diary.text()


def test_editing_shows_new_values_and_keeps_the_old_version(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock, sam: Person
) -> None:
    saved = store.diary.add(sam[0].id, DiaryDraft(clock.now(), HOME_TZ, stiffness=7, note="bad"))
    window.refresh_all()
    window.tabs.setCurrentWidget(window.diary_page)
    select(window.diary, "Stiffness 7/10")

    def change(dialog: DiaryDialog) -> None:
        assert dialog.windowTitle() == "Edit diary entry — Sam"
        assert row(dialog, "Stiffness").value() == 7
        assert note_box(dialog).toPlainText() == "bad"
        click(qtbot, dialog, "Stiffness: 4")
        click(qtbot, dialog, "Pain: not rated")
        qtbot.mouseClick(button(dialog, "Save"), LEFT)

    in_diary_dialog(qtbot, change)
    qtbot.mouseClick(button(window.diary, "Edit diary entry"), LEFT)

    entry = store.diary.get(saved.id)
    assert entry.stiffness == 4 and entry.edited
    history = store.diary.history(saved.id)
    assert [h.action for h in history] == ["recorded", "edited"]
    assert history[1].before is not None and history[1].before["stiffness"] == 7
    shown = window.diary.text()
    assert "Tue 10 Mar 2026 · 07:00 · edited" in shown
    assert "Stiffness 4/10" in shown and "Stiffness 7/10" not in shown
    assert window.diary.current() == entry  # still the chosen row


def test_adding_a_red_flag_by_editing_shows_the_banner(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock, sam: Person
) -> None:
    store.diary.add(sam[0].id, DiaryDraft(clock.now(), HOME_TZ, stiffness=7))
    window.refresh_all()
    select(window.diary, "Stiffness 7/10")
    in_diary_dialog(
        qtbot,
        lambda d: (
            click(qtbot, d, "Serious: Confusion"),
            qtbot.mouseClick(button(d, "Save"), LEFT),
        ),
    )
    window.diary.edit_entry()
    assert window.red_flag_banner.isVisible()
    assert "Serious symptom noted: confusion." in texts(window.red_flag_banner)


def test_delete_asks_first(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock, sam: Person
) -> None:
    saved = store.diary.add(sam[0].id, DiaryDraft(clock.now(), HOME_TZ, pain=5))
    window.refresh_all()
    select(window.diary, "Pain 5/10")

    def answer(choice: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
        def act(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            assert "Tue 10 Mar 2026 · 07:00" in box.text()
            qtbot.mouseClick(box.button(choice), LEFT)

        return act

    when_dialog_opens(qtbot, answer(QMessageBox.StandardButton.No), QMessageBox)
    qtbot.mouseClick(button(window.diary, "Delete diary entry"), LEFT)
    assert store.diary.between(sam[0].id) == [saved]

    when_dialog_opens(qtbot, answer(QMessageBox.StandardButton.Yes), QMessageBox)
    qtbot.mouseClick(button(window.diary, "Delete diary entry"), LEFT)
    assert store.diary.between(sam[0].id) == []
    assert "Pain 5/10" not in window.diary.text()
    assert [h.action for h in store.diary.history(saved.id)] == ["recorded", "deleted"]
    assert "Nothing written yet" in label(window.diary, "Diary status").text()


def test_deleting_a_red_flag_entry_takes_its_banner_away(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock, sam: Person
) -> None:
    saved = store.diary.add(sam[0].id, DiaryDraft(clock.now(), HOME_TZ, red_flags=("seizure",)))
    window.red_flag_banner.add(saved)
    window.refresh_all()
    assert window.red_flag_banner.isVisible()
    select(window.diary, "Red flag: seizure")
    when_dialog_opens(
        qtbot,
        lambda box: qtbot.mouseClick(
            box.button(QMessageBox.StandardButton.Yes),  # type: ignore[attr-defined]
            LEFT,
        ),
        QMessageBox,
    )
    window.diary.delete_entry()
    assert not window.red_flag_banner.isVisible()


@pytest.fixture
def dialog(window: MainWindow, store: Store, clock: FakeClock, sam: Person) -> DiaryDialog:
    """A new-entry dialog shown without exec(), to look at its messages."""
    shown = DiaryDialog(store, sam[0], clock.now(), None, window.diary)
    shown.show()
    return shown


def test_bad_input_says_what_is_wrong_and_saves_nothing(
    qtbot: QtBot, dialog: DiaryDialog, store: Store, clock: FakeClock, sam: Person
) -> None:
    def save_and_expect(message: str) -> None:
        qtbot.mouseClick(button(dialog, "Save"), LEFT)
        assert dialog.isVisible()
        error = label(dialog, "Form error")
        assert error.text() == f"⚠ {message}"
        assert store.diary.between(sam[0].id) == []

    save_and_expect("The entry is empty: fill in at least one thing.")

    click(qtbot, dialog, "Alcohol: No")
    type_into(qtbot, field(dialog, "Number of drinks"), "2")
    save_and_expect("Drinks are counted only when alcohol was taken.")
    assert dialog.focusWidget() is field(dialog, "Number of drinks")

    type_into(qtbot, field(dialog, "Number of drinks"), "two")
    save_and_expect("Drinks must be a number, like 2 or 1.5.")

    type_into(qtbot, field(dialog, "Number of drinks"), "")
    later = QDateTime(dialog.when.dateTime()).addSecs(3 * 3600)
    dialog.when.setDateTime(later)
    save_and_expect("The entry time is still to come.")

    # Corrected, it saves; "No" with no drinks is a valid answer on its own.
    dialog.when.setDateTime(later.addSecs(-4 * 3600))
    qtbot.mouseClick(button(dialog, "Save"), LEFT)
    assert not dialog.isVisible()
    [entry] = store.diary.between(sam[0].id)
    assert entry.alcohol is False and entry.drinks is None
    assert entry.at == clock.now() - timedelta(hours=1)


def test_drinks_alone_mean_alcohol_was_taken(
    qtbot: QtBot, dialog: DiaryDialog, store: Store, sam: Person
) -> None:
    type_into(qtbot, field(dialog, "Number of drinks"), "1,5")
    qtbot.mouseClick(button(dialog, "Save"), LEFT)
    [entry] = store.diary.between(sam[0].id)
    assert (entry.alcohol, entry.drinks) == (True, 1.5)


def test_the_dialog_is_filled_and_saved_from_the_keyboard(
    qtbot: QtBot, dialog: DiaryDialog, store: Store, sam: Person
) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.focusWidget() is dialog.when

    def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        target = dialog.focusWidget()
        assert target is not None
        qtbot.keyClick(target, k, modifier)

    def tab_to(name: str) -> QWidget:
        for _ in range(40):
            key(Qt.Key.Key_Tab)
            target = dialog.focusWidget()
            assert target is not None
            if target.accessibleName() == name:
                return target
        raise AssertionError(f"Tab never reached {name}")

    tab_to("Stiffness")
    qtbot.keyClicks(dialog.focusWidget(), "6")
    tab_to("Pain")
    qtbot.keyClicks(dialog.focusWidget(), "10")  # 1 then 0 is ten
    tab_to("Spasms")
    key(Qt.Key.Key_End)
    key(Qt.Key.Key_Left)  # 9
    tab_to("Sleep")
    key(Qt.Key.Key_Home)  # 0 = very poor
    key(Qt.Key.Key_Delete)  # ...no: not rated after all
    tab_to("Drowsiness")
    key(Qt.Key.Key_Right)  # none
    key(Qt.Key.Key_Right)  # mild
    tab_to("Note")
    qtbot.keyClicks(dialog.focusWidget(), "Typed without a mouse")
    tab_to("Headache")
    key(Qt.Key.Key_Space)
    tab_to("Serious: Seizure (fit)")
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert not dialog.isVisible()
    [entry] = store.diary.between(sam[0].id)
    assert (entry.stiffness, entry.pain, entry.spasms, entry.sleep) == (6, 10, 9, None)
    assert entry.drowsiness is Severity.MILD
    assert entry.side_effects == ("headache",) and entry.red_flags == ("seizure",)
    assert entry.note == "Typed without a mouse"


def test_enter_saves_and_escape_cancels(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FakeClock, sam: Person
) -> None:
    first = DiaryDialog(store, sam[0], clock.now(), None, window.diary)
    first.show()
    row(first, "Mood").set_value(7)
    qtbot.keyClick(row(first, "Mood"), Qt.Key.Key_Return)
    assert not first.isVisible()
    second = DiaryDialog(store, sam[0], clock.now(), None, window.diary)
    second.show()
    row(second, "Mood").set_value(2)
    qtbot.keyClick(row(second, "Mood"), Qt.Key.Key_Escape)
    assert not second.isVisible()
    assert [e.mood for e in store.diary.between(sam[0].id)] == [7]


def test_today_and_the_menu_open_the_diary_entry(
    qtbot: QtBot, window: MainWindow, store: Store, sam: Person
) -> None:
    for open_it in (
        lambda: qtbot.mouseClick(button(window.today, "Add a diary entry"), LEFT),
        lambda: next(
            a for m in window.menuBar().actions() for a in m.menu().actions() if "diary" in a.text()
        ).trigger(),
    ):
        in_diary_dialog(
            qtbot,
            lambda d: (
                click(qtbot, d, "Spasms: 2"),
                qtbot.mouseClick(button(d, "Save"), LEFT),
            ),
        )
        open_it()
    assert [e.spasms for e in store.diary.between(sam[0].id)] == [2, 2]
    assert "Spasms 2/10" in window.diary.text()
    shortcut = next(
        a for m in window.menuBar().actions() for a in m.menu().actions() if "diary" in a.text()
    ).shortcut()
    assert shortcut.toString() == "Ctrl+D"
    go_diary = next(
        a for m in window.menuBar().actions() for a in m.menu().actions() if a.text() == "&Diary"
    )
    assert go_diary.shortcut().toString() == "Ctrl+5"
    go_diary.trigger()
    assert window.tabs.currentWidget() is window.diary_page
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Diary"


def test_an_entry_written_away_from_home_says_its_zone(
    window: MainWindow, store: Store, clock: FakeClock, sam: Person
) -> None:
    store.diary.add(sam[0].id, DiaryDraft(clock.now(), "Europe/Madrid", pain=1))
    window.refresh_all()
    assert "Tue 10 Mar 2026 · 08:00 (Europe/Madrid time)" in window.diary.text()


def test_the_time_is_editable(
    qtbot: QtBot, dialog: DiaryDialog, store: Store, clock: FakeClock, sam: Person
) -> None:
    dialog.when.setDateTime(QDateTime(dialog.when.date().addDays(-1), dialog.when.time()))
    click(qtbot, dialog, "Mood: 5")
    qtbot.mouseClick(button(dialog, "Save"), LEFT)
    [entry] = store.diary.between(sam[0].id)
    assert entry.at.astimezone(clock.now().tzinfo) == clock.now() - timedelta(days=1)
    assert entry.at.date() == DAY - timedelta(days=1) and entry.at.time() == time(7, 0)


def test_a_withdrawal_check_in_appears_in_the_diary_at_once(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path, sam: Person
) -> None:
    profile, _ = sam
    meds = store.medications(profile.id)
    versions = store.schedule_versions(m.id for m in meds)
    for dose in planned_doses(DAY - timedelta(days=1), profile.id, HOME_TZ, meds, versions):
        store.record_dose(dose, DoseStatus.TAKEN, dose.due)
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ)
    window = MainWindow(store, clock, data_dir, scheduler)
    # Not qtbot.addWidget: with reminders running and no tray, closing it would ask first.
    window.show()
    try:
        clock.set_local(DAY, time(18, 5))  # the 08:00 and 14:00 doses are missed
        scheduler.poll()
        qtbot.mouseClick(button(window.withdrawal_banner, "I feel fine (Sam)"), LEFT)
        shown = window.diary.text()
        assert "Tue 10 Mar 2026 · 18:05 · Check-in (withdrawal watch)\n✓ I feel fine" in shown
        assert "2 baclofen doses in a row have not been taken." in shown
    finally:
        scheduler.stop()
        window.quitting = True
        window.close()
        window.deleteLater()
