"""Today tells the truth about each dose (issue "One truth about every dose", cases 7 and 9):
an automatically missed dose is corrected from Today, not undone into being missed again; a
snoozed dose says until when; a late dose says how late; extras stand apart from the plan."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.export import dose_record
from baclofen_companion.core.model import DoseKind, DoseStatus, Medication, Profile, TravelMode
from baclofen_companion.core.travel import TripMedicine, TripRequest, plan_trip
from baclofen_companion.ops import doses, travel
from baclofen_companion.ops.days import person_plan
from baclofen_companion.services.scheduler import ReminderScheduler
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.banner import ReminderBanner
from baclofen_companion.ui.shell.main_window import MainWindow
from baclofen_companion.ui.today.view import TakenAtDialog
from tests.conftest import DAY, HOME_TZ, FakeClock
from tests.ui.helpers import button, card_text, label, when_dialog_opens

LEFT = Qt.MouseButton.LeftButton


def status(window: MainWindow, name: str) -> str:
    return label(window.today, f"Status of {name}").text()


def names_of_buttons(window: MainWindow) -> set[str]:
    return {b.accessibleName() for b in window.today.findChildren(QPushButton) if b.isVisible()}


def test_an_automatically_missed_dose_is_corrected_from_today_and_stays_corrected(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    """Seen on main: Undo on an automatically missed dose was re-marked missed a moment later;
    corrected in the Dose log it still carried "Marked missed automatically…"."""
    profile, _ = sam
    clock.set_local(DAY, time(12, 30))
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ)
    scheduler.poll()
    scheduler.stop()
    window.today.reload()
    assert status(window, "Baclofen at 08:00").startswith("✖ Missed — Marked missed automatically")
    assert "Undo: Baclofen at 08:00" not in names_of_buttons(window)
    qtbot.mouseClick(button(window.today, "Skipped: Baclofen at 08:00"), LEFT)
    [event] = store.events_between(profile.id, DAY, DAY)
    assert (event.status, event.note) == (
        DoseStatus.SKIPPED,
        "Skipped on purpose; logged later on Today",
    )
    # The doses CSV for the doctor carries the person's reason, not the automatic note.
    assert dose_record(event).note == "Skipped on purpose; logged later on Today"
    scheduler.poll()  # the app's rule does not overrule the person
    scheduler.stop()
    [event] = store.events_between(profile.id, DAY, DAY)
    assert event.status is DoseStatus.SKIPPED
    assert status(window, "Baclofen at 08:00").startswith("⤼ Skipped — Skipped on purpose")
    # The Dose log shows the reason, not the automatic note.
    log = window.log
    rows = [[log.model.index(r, c).data() for c in (0, 1, 6)] for r in range(log.model.rowCount())]
    assert ["10 Mar 2026", "08:00", "Skipped on purpose; logged later on Today"] in rows


def test_a_missed_dose_can_be_said_taken_at_its_time(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    profile, _ = sam
    clock.set_local(DAY, time(12, 30))
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ)
    scheduler.poll()
    scheduler.stop()
    window.today.reload()

    def answer(dialog: QWidget) -> None:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(qtbot, answer, TakenAtDialog)
    qtbot.mouseClick(button(window.today, "Taken at…: Baclofen at 08:00"), LEFT)
    [event] = store.events_between(profile.id, DAY, DAY)
    assert event.status is DoseStatus.TAKEN and event.note.startswith("It was taken")
    assert status(window, "Baclofen at 08:00") == "✔ Taken at 08:00"


def test_a_snoozed_dose_says_until_when_and_a_late_one_how_late(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    """Seen on main: a snoozed dose said "● Due now"; one taken 90 minutes late only
    "✔ Taken at 21:30" (the CSV said late)."""
    profile, _ = sam
    clock.set_local(DAY, time(8, 2))
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ)
    [morning] = [d for d in person_plan(store, profile).doses_on(DAY) if d.slot_time == time(8)]
    scheduler.snooze(morning)
    scheduler.stop()
    window.today.reload()
    assert status(window, "Baclofen at 08:00") == "◔ Snoozed until 08:12"
    clock.set_local(DAY, time(9, 30))
    window.today.reload()
    qtbot.mouseClick(button(window.today, "Taken: Baclofen at 08:00"), LEFT)
    assert status(window, "Baclofen at 08:00") == "✔ Taken at 09:30 — 1 h 30 min late"


def test_extras_stand_apart_from_the_planned_total_and_are_marked_in_the_log(
    window: MainWindow, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    """Seen on main: "Taken 15 mg of 15 mg planned" with one dose skipped and one extra."""
    profile, med = sam
    plan = person_plan(store, profile)
    [d8, d14, d20] = plan.doses_on(DAY)
    clock.set_local(DAY, time(20, 5))
    doses.take(store, d8, HOME_TZ, clock.now() - timedelta(hours=12))
    doses.skip(store, d14, HOME_TZ)
    doses.take(store, d20, HOME_TZ)
    doses.log_extra_dose(store, profile.id, med, 5.0, clock.now(), "bad spasms", HOME_TZ)
    window.today.reload()
    assert label(window.today, "Daily total").text() == "Taken 10 mg of 15 mg planned · 5 mg extra"
    log = window.log
    rows = [log.model.index(r, 4).data() for r in range(log.model.rowCount())]
    assert "✔ Taken — extra dose" in rows
    [extra] = [e for e in store.events_between(profile.id, DAY, DAY) if e.kind is DoseKind.EXTRA]
    assert extra.note == "bad spasms"


def test_after_midnight_the_banner_says_yesterday(
    qtbot: QtBot, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    """Seen on main: at 00:10 the banner said "20:00 dose (⚠ overdue)", read as tonight's."""
    profile, _ = sam
    plan = person_plan(store, profile)
    clock.set_local(DAY, time(19))
    for dose in plan.doses_on(DAY)[:2]:
        doses.skip(store, dose, HOME_TZ)
    clock.set_local(DAY + timedelta(days=1), time(0, 10))
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ)
    scheduler.poll()
    scheduler.stop()
    banner = ReminderBanner(lambda d: None, lambda d: None, lambda d: None, lambda: 10)
    qtbot.addWidget(banner)
    banner.show_doses(scheduler.due_now(), clock.now())
    text = label(banner, "Reminder for Sam Baclofen at 20:00").text()
    assert "yesterday 20:00 dose (⚠ overdue)" in text


def test_the_departure_day_shows_the_packing_lists_doses_with_their_clocks(
    window: MainWindow, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    """Seen on main: the packing list said to skip the 19:00 Tokyo dose, while Today listed
    all three as "○ Upcoming" with "14:00 / 10:00 here": followed as shown, two doses in an
    hour. London 10:00 is 19:00 in Tokyo; 14:00 there has passed, 20:00 there is an hour on."""
    profile, med = sam
    leave = datetime.combine(DAY, time(10), ZoneInfo(HOME_TZ)).astimezone(UTC)
    request = TripRequest(
        profile.id,
        HOME_TZ,
        leave,
        leave + timedelta(days=7),
        "Asia/Tokyo",
        (TripMedicine(med, tuple(store.schedule_versions([med.id])[med.id]), 90),),
        TravelMode.LOCAL_TIME,
    )
    travel.follow_trip(store, [request])
    packing = {
        (d.slot_date, d.slot_time): d.skip for day in plan_trip(request).days for d in day.doses
    }
    assert packing[(DAY, time(14))] is True
    clock.set_local(DAY, time(9))
    window.refresh_all()
    assert status(window, "Baclofen at 14:00").startswith("⤼ Skip this dose: the clock moves")
    assert "Taken: Baclofen at 14:00" not in names_of_buttons(window)
    midday = card_text(window.today, "Baclofen at 14:00")
    assert "19:00 Tokyo time" in midday and "on departure · 10:00 at home" in midday
    assert label(window.today, "Day summary").text() == "0 of 2 doses taken today"
    evening = card_text(window.today, "Baclofen at 20:00")
    assert "20:00 Tokyo time" in evening and "11:00 at home" in evening
    assert status(window, "Baclofen at 20:00") == "○ Upcoming"
    assert "Taken: Baclofen at 20:00" in names_of_buttons(window)
