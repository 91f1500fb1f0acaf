"""Medicines tab: a dose change is a new version from a date; bad input changes nothing."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseKind, DoseSlot, DoseStatus, Medication, Profile
from baclofen_companion.core.plans import PlanKind
from baclofen_companion.core.schedule import active_version
from baclofen_companion.store import Store
from baclofen_companion.ui.medicines.plan_dialog import PlanDialog
from baclofen_companion.ui.shell.main_window import MainWindow
from baclofen_companion.ui.widgets.safety_dialogs import AbruptStopDialog
from tests.conftest import DAY, FakeClock
from tests.ui.helpers import (
    button,
    card_text,
    combo,
    field,
    find,
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
    # Yesterday's evening dose and this morning's dose are already logged. At 07:00 the
    # next dose (08:00) is under 2 hours away, so last night's is past taking: it is skipped.
    qtbot.mouseClick(button(window.today, "Previous day"), LEFT)
    qtbot.mouseClick(button(window.today, "Skip: Baclofen at 20:00"), LEFT)
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
    assert [e.status for e in before] == [DoseStatus.SKIPPED, DoseStatus.TAKEN]


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
        combo(dialog, "Concentration").setCurrentIndex(1)  # 1 mg/mL, from the bottle
        type_into(qtbot, field(dialog, "Amount of dose 1 in mg"), "2.5")
        assert "2.5 mL" in texts(dialog).splitlines()
        save(qtbot, dialog)

    when_dialog_opens(qtbot, add)
    qtbot.mouseClick(button(window.medicines, "Add medicine"), LEFT)
    names = [m.name for m in store.medications(profile.id)]
    assert names == ["Baclofen", "Baclofen oral solution"]
    assert window.medicines.list.count() == 2


def test_archiving_baclofen_warns_offers_a_taper_and_builds_it(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, med = sam
    open_tab(window, "Medicines")
    seen: list[str] = []

    def build_taper(guard: QWidget) -> None:
        assert isinstance(guard, AbruptStopDialog)
        seen.append(label(guard, "Withdrawal risks").text())
        assert not button(guard, "Go ahead").isEnabled()  # needs the confirmation first

        def fill_taper(plan: QWidget) -> None:
            assert isinstance(plan, PlanDialog)
            type_into(qtbot, field(plan, "Step in mg"), "5")
            plan.days.setValue(7)  # 15 → 10 → 5 → 0 mg a day: stops after 14 days
            qtbot.mouseClick(button(plan, "Preview the steps"), LEFT)
            seen.append(plan.timeline.accessibleDescription())
            save(qtbot, plan)

        when_dialog_opens(qtbot, fill_taper, PlanDialog)
        qtbot.mouseClick(button(guard, "Build a taper"), LEFT)

    when_dialog_opens(qtbot, build_taper)
    qtbot.mouseClick(button(window.medicines, "Archive medicine"), LEFT)
    assert "hallucinations, seizures, high fever, confusion" in seen[0]
    assert "from 11 Mar: 5 mg twice a day (10 mg a day); from 18 Mar: 5 mg once a day" in seen[1]
    # Nothing archived; a taper from 15 mg a day down to nothing, 5 mg a day every 7 days.
    assert [m.name for m in store.medications(profile.id)] == ["Baclofen"]
    versions = store.schedule_versions([med.id])[med.id]
    plan = [v for v in versions if v.plan_id is not None]
    assert [sum(s.amount_mg for s in v.slots) for v in plan] == [10.0, 5.0, 0.0]
    assert [v.valid_from for v in plan] == [DAY + timedelta(days=d) for d in (1, 8, 15)]
    assert store.plan_kinds(med.id) == {plan[0].plan_id: PlanKind.TAPER}


def test_archiving_baclofen_anyway_needs_the_confirmation_and_is_logged(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    open_tab(window, "Medicines")

    def go_ahead(guard: QWidget) -> None:
        assert isinstance(guard, AbruptStopDialog)
        guard.confirm.setChecked(True)
        qtbot.mouseClick(button(guard, "Go ahead"), LEFT)

    when_dialog_opens(qtbot, go_ahead)
    qtbot.mouseClick(button(window.medicines, "Archive medicine"), LEFT)
    assert store.medications(profile.id) == []
    [entry] = store.safety_log(profile.id)
    assert entry.kind == "abrupt stop confirmed"
    assert "My prescriber told me to stop this way" in entry.text
    assert label(window.today, "Day summary").text() == "No doses to take today"


def test_a_big_cut_opens_the_abrupt_stop_guard(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    _, med = sam
    store.add_schedule_version(
        med.id,
        DAY - timedelta(days=1),
        tuple(DoseSlot(t, 20.0) for t in (time(8), time(14), time(20))),
    )
    window.medicines.reload()
    open_tab(window, "Medicines")
    shown: list[str] = []

    def change(dialog: QWidget) -> None:
        for i in (1, 2, 3):
            type_into(qtbot, field(dialog, f"Amount of dose {i} in mg"), "5")

        def cancel_guard(guard: QWidget) -> None:
            assert isinstance(guard, AbruptStopDialog)
            shown.append(guard.windowTitle())
            guard.reject()

        when_dialog_opens(qtbot, cancel_guard, AbruptStopDialog)
        save(qtbot, dialog)
        cancel(qtbot, dialog)

    when_dialog_opens(qtbot, change)
    qtbot.mouseClick(button(window.medicines, "Change doses"), LEFT)
    assert shown == ["Don't stop Baclofen suddenly"]
    assert len(store.schedule_versions([med.id])[med.id]) == 2  # nothing saved


def test_raise_gradually_from_the_label_defaults_and_today_follows(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    open_tab(window, "Medicines")

    def build(plan: QWidget) -> None:
        assert isinstance(plan, PlanDialog)
        qtbot.mouseClick(button(plan, "Preview the steps"), LEFT)
        save(qtbot, plan)

    when_dialog_opens(qtbot, build)
    qtbot.mouseClick(button(window.medicines, "Raise gradually"), LEFT)
    open_tab(window, "Today")
    expected = {
        1: "Day 1 of 12 — step 1 of 4: 5 mg three times a day",
        4: "Day 4 of 12 — step 2 of 4: 10 mg three times a day",
        7: "Day 7 of 12 — step 3 of 4: 15 mg three times a day",
        12: "Day 12 of 12 — step 4 of 4: 20 mg three times a day",
    }
    for offset in range(1, 14):
        clock.set_local(DAY + timedelta(days=offset), time(7, 0))
        window.today.tick()
        progress = label(window.today, "Plan progress", visible_only=False)
        if offset in expected:
            first, *notices = progress.text().split("\n")
            assert first == f"Baclofen: {expected[offset]}"
            # A step's own day says what changed (its evening-before notice may have been
            # slept through).
            assert bool(notices) == (offset in (4, 7, 10))
        amount = {1: "5 mg", 4: "10 mg", 7: "15 mg", 10: "20 mg", 13: "20 mg"}.get(offset)
        if amount:
            assert f"{amount} — " in card_text(window.today, "Baclofen at 14:00")
    assert not progress.isVisible()  # day 13: the plan is done, its last step continues


def test_an_extra_dose_over_the_maximum_warns(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    profile, _ = sam
    clock.set_local(DAY, time(21, 0))
    window.today.reload()
    warnings: list[str] = []

    def extra(dialog: QWidget) -> None:
        type_into(qtbot, field(dialog, "Amount in mg"), "85")
        type_into(qtbot, field(dialog, "Reason"), "bad spasms")

        def refuse(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            warnings.append(box.text())
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)

        when_dialog_opens(qtbot, refuse, QMessageBox)
        save(qtbot, dialog)
        type_into(qtbot, field(dialog, "Amount in mg"), "5")
        save(qtbot, dialog)

    when_dialog_opens(qtbot, extra)
    qtbot.mouseClick(button(window.today, "Log an extra dose"), LEFT)
    assert "above the maximum of 80 mg a day" in warnings[0]
    assert "more than the label's largest usual dose (20 mg)" in warnings[0]
    [event] = store.events_between(profile.id, DAY, DAY)
    assert (event.kind, event.amount_mg, event.note) == (DoseKind.EXTRA, 5.0, "bad spasms")
    assert "bad spasms" in texts(find(window.today, QGroupBox, "Extra doses"))
    assert label(window.today, "Daily total").text() == "Taken 0 mg of 15 mg planned · 5 mg extra"


def test_cancelling_the_maximum_question_after_confirming_a_cut_saves_and_logs_nothing(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    """Seen on main: the 'abrupt cut confirmed' note was written before the 'above the maximum'
    question, so Cancel left a note for a change never saved."""
    profile, med = sam
    store.add_schedule_version(
        med.id,
        DAY - timedelta(days=1),
        tuple(DoseSlot(t, 40.0) for t in (time(8), time(14), time(20))),
    )
    window.refresh_all()
    open_tab(window, "Medicines")
    asked: list[str] = []

    def change(dialog: QWidget) -> None:
        for i in (1, 2, 3):
            type_into(qtbot, field(dialog, f"Amount of dose {i} in mg"), "25")

        def go_ahead(guard: QWidget) -> None:
            assert isinstance(guard, AbruptStopDialog)
            guard.confirm.setChecked(True)
            qtbot.mouseClick(button(guard, "Go ahead"), LEFT)

            def refuse(box: QWidget) -> None:
                assert isinstance(box, QMessageBox)
                asked.append(box.text())
                qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)

            when_dialog_opens(qtbot, refuse, QMessageBox)

        when_dialog_opens(qtbot, go_ahead, AbruptStopDialog)
        save(qtbot, dialog)
        cancel(qtbot, dialog)

    when_dialog_opens(qtbot, change)
    qtbot.mouseClick(button(window.medicines, "Change doses"), LEFT)
    assert asked and "more than the label's largest usual dose (20 mg)" in asked[0]
    assert store.safety_log(profile.id) == []
    assert len(store.schedule_versions([med.id])[med.id]) == 2


def test_confirming_both_questions_saves_the_change_and_its_note_together(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, med = sam
    store.add_schedule_version(
        med.id,
        DAY - timedelta(days=1),
        tuple(DoseSlot(t, 40.0) for t in (time(8), time(14), time(20))),
    )
    window.refresh_all()
    open_tab(window, "Medicines")

    def change(dialog: QWidget) -> None:
        for i in (1, 2, 3):
            type_into(qtbot, field(dialog, f"Amount of dose {i} in mg"), "25")

        def go_ahead(guard: QWidget) -> None:
            guard.confirm.setChecked(True)  # type: ignore[attr-defined]
            qtbot.mouseClick(button(guard, "Go ahead"), LEFT)

            def accept(box: QWidget) -> None:
                assert isinstance(box, QMessageBox)
                qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), LEFT)

            when_dialog_opens(qtbot, accept, QMessageBox)

        when_dialog_opens(qtbot, go_ahead, AbruptStopDialog)
        save(qtbot, dialog)

    when_dialog_opens(qtbot, change)
    qtbot.mouseClick(button(window.medicines, "Change doses"), LEFT)
    [note] = store.safety_log(profile.id)
    assert note.kind == "abrupt cut confirmed"
    assert "120 mg to 75 mg a day" in note.text
    versions = store.schedule_versions([med.id])[med.id]
    assert len(versions) == 3
    assert [s.amount_mg for s in versions[-1].slots] == [25.0, 25.0, 25.0]
