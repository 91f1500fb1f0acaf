"""The Travel tab as a traveller uses it: fill the form, read what to pack, save the PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseForm, DoseSlot, Medication, Profile, TravelMode
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from baclofen_companion.ui.widgets.common import to_qdatetime
from tests.conftest import DAY, HOME_TZ, FakeClock, require
from tests.ui.helpers import button, field, find, label, type_into

LEFT = Qt.MouseButton.LeftButton


def at(day_offset: int, hour: int) -> datetime:
    return datetime.combine(DAY + timedelta(days=day_offset), time(hour), tzinfo=ZoneInfo(HOME_TZ))


def fill(qtbot: QtBot, window: MainWindow, leave: datetime, back: datetime, zone: str) -> None:
    view = window.travel
    window.tabs.setCurrentWidget(window.travel_page)
    view.leave.setDateTime(to_qdatetime(leave, HOME_TZ))
    view.back.setDateTime(to_qdatetime(back, HOME_TZ))
    edit = view.destination.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, zone)


def test_a_ten_day_trip_at_20_mg_three_times_a_day(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication], tmp_path: Path
) -> None:
    med = sam[1]
    # From tomorrow Sam takes 20 mg three times a day: two 10 mg tablets a dose.
    store.add_schedule_version(
        med.id,
        DAY + timedelta(days=1),
        tuple(DoseSlot(t, 20.0) for t in (time(8), time(14), time(20))),
    )
    store.stock.count(med, 60)
    window.refresh_all()
    # Leave before the first dose of day 1, back just before it on day 11: 30 doses + 3 buffer days.
    fill(qtbot, window, at(1, 6), at(11, 6), "America/New_York")
    view = window.travel
    qtbot.mouseClick(view.home_mode, LEFT)
    assert view.buffer.value() == 3
    qtbot.mouseClick(button(view, "Work it out"), LEFT)
    result = label(view, "Trip result").text()
    assert "pack 78 tablets" in result
    assert "(for 30 doses on the trip and 9 spare doses)" in result
    # Today's three 5 mg doses come out of the 60 before leaving: 58½ left at departure.
    assert (
        "only 58½ tablets will be left when you leave: short by 19½ tablets — refill now" in result
    )

    # Only 20 mg tablets may be available there: the same 39 doses are 39 tablets.
    type_into(qtbot, field(view, "Only this strength there, mg (Baclofen)"), "20")
    assert not button(view, "Save packing list as PDF").isEnabled()  # stale result withdrawn
    qtbot.mouseClick(button(view, "Work it out"), LEFT)
    result = label(view, "Trip result").text()
    assert "Baclofen 20 mg: pack 39 tablets" in result
    assert "short by 39 tablets" in result  # none of that strength on hand

    # The day-by-day list is in New York time: 08:00 London is 04:00 there in mid-March (the
    # US clocks have gone forward, the UK's not yet).
    first_day = view.days.topLevelItem(0)
    assert first_day.child(0).text(0) == "04:00"

    view.pdf_path_for_tests = tmp_path / "packing"
    qtbot.mouseClick(button(view, "Save packing list as PDF"), LEFT)
    pdf = tmp_path / "packing.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    require(shutil.which("pdftotext") is not None, "pdftotext (poppler-utils) is not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Packing list — Sam" in text
    assert "hand luggage" in text
    assert "39 tablets" in text and "04:00" in text


def test_following_a_trip_moves_todays_doses_and_can_be_stopped(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    person = sam[0]
    fill(qtbot, window, at(0, 10), at(5, 12), "Asia/Tokyo")
    view = window.travel
    qtbot.mouseClick(view.local_mode, LEFT)
    qtbot.mouseClick(button(view, "Work it out"), LEFT)
    qtbot.mouseClick(button(view, "Follow this trip in reminders"), LEFT)
    [trip] = store.trips.upcoming(person.id, clock.now())
    assert (trip.destination_tz, trip.mode) == ("Asia/Tokyo", TravelMode.LOCAL_TIME)
    assert "Trip to Tokyo" in label(view, "Saved trips").text()
    assert "Trip to Tokyo from 10 Mar 10:00" in label(window.today, "Supply").text()


def test_bad_trips_say_why_and_save_nothing(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    person = sam[0]
    store.add_medication(
        person.id,
        MedicationDraft("Baclofen solution", DoseForm.LIQUID, 1.0, False, ""),
        (DoseSlot(time(9), 5.0),),
        DAY,
    )
    window.refresh_all()
    view = window.travel
    for leave, back, zone, message in (
        (at(3, 10), at(1, 10), "Europe/Paris", "after you leave"),
        (at(1, 10), at(400, 10), "Europe/Paris", "over a year"),
        (at(1, 10), at(3, 10), "Atlantis/Lost_City", "Unknown time zone"),
    ):
        fill(qtbot, window, leave, back, zone)
        qtbot.mouseClick(button(view, "Work it out"), LEFT)
        assert message in label(view, "Form error").text()
        assert not button(view, "Follow this trip in reminders").isEnabled()
    fill(qtbot, window, at(1, 10), at(3, 10), "Europe/Paris")
    type_into(qtbot, field(view, "Bottle size in mL (Baclofen solution)"), "0")
    qtbot.mouseClick(button(view, "Work it out"), LEFT)
    assert "bottle size must be over 0 mL" in label(view, "Form error").text()
    assert store.trips.upcoming(person.id, clock.now()) == []


def test_the_destination_can_be_typed_as_a_city(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    view = window.travel
    window.tabs.setCurrentWidget(window.travel_page)
    assert view.destination.currentText() == ""  # no zone is guessed for the person
    qtbot.mouseClick(button(view, "Work it out"), LEFT)
    assert "Type where you are going" in label(view, "Form error").text()
    fill(qtbot, window, at(1, 10), at(4, 10), "new york")
    qtbot.mouseClick(button(view, "Work it out"), LEFT)
    assert "New York" in label(view, "Trip result").text()


def test_a_saved_trip_fills_the_form_again(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
) -> None:
    store.trips.save(sam[0].id, at(2, 9), at(9, 18), "Asia/Tokyo", TravelMode.LOCAL_TIME, 5)
    window.travel.result = None
    window.refresh_all()
    view = window.travel
    assert view.destination.currentText() == "Asia/Tokyo"
    assert view.local_mode.isChecked() and view.buffer.value() == 5
    assert view.leave.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-03-12 09:00"


def test_a_parent_and_child_travel_together(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
    tmp_path: Path,
) -> None:
    alex, _ = store.add_person_with_medicine(
        "Alex",
        HOME_TZ,
        MedicationDraft("Baclofen solution", DoseForm.LIQUID, 1.0, False, ""),
        (DoseSlot(time(7, 30), 2.5), DoseSlot(time(19, 30), 2.5)),
        DAY - timedelta(days=3),
    )
    window.refresh_all()
    fill(qtbot, window, at(1, 6), at(4, 6), "Europe/Paris")
    view = window.travel
    alex_box = find(view, QCheckBox, "Pack Alex: Baclofen solution")
    assert not alex_box.isChecked()  # only the person shown is ticked at first
    alex_box.setChecked(True)
    type_into(qtbot, field(view, "Bottle size in mL (Alex: Baclofen solution)"), "150")
    qtbot.mouseClick(button(view, "Work it out"), LEFT)
    result = label(view, "Trip result").text()
    assert "Sam: Baclofen 10 mg: pack" in result
    assert "Alex: Baclofen solution 1 mg/mL: pack 30 mL — 1 bottle" in result  # (6 + 6) × 2.5 mL
    first_day = view.days.topLevelItem(0)
    whose = [first_day.child(i).text(1).split(":")[0] for i in range(first_day.childCount())]
    assert set(whose) == {"Sam", "Alex"}
    view.pdf_path_for_tests = tmp_path / "both.pdf"
    qtbot.mouseClick(button(view, "Save packing list as PDF"), LEFT)
    assert (tmp_path / "both.pdf").read_bytes().startswith(b"%PDF")
    qtbot.mouseClick(button(view, "Follow this trip in reminders"), LEFT)
    assert len(store.trips.upcoming(sam[0].id, clock.now())) == 1
    assert len(store.trips.upcoming(alex.id, clock.now())) == 1


def test_a_result_is_withdrawn_when_the_person_or_doses_change(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    fill(qtbot, window, at(1, 10), at(4, 10), "Europe/Paris")
    view = window.travel
    qtbot.mouseClick(button(view, "Work it out"), LEFT)
    assert button(view, "Save packing list as PDF").isEnabled()
    store.add_schedule_version(
        sam[1].id, DAY + timedelta(days=1), tuple(DoseSlot(t, 20.0) for t in (time(8), time(20)))
    )
    window.refresh_all()
    assert not button(view, "Save packing list as PDF").isEnabled()
    assert not button(view, "Follow this trip in reminders").isEnabled()
    assert "press Work it out again" in label(view, "Trip result").text()
    assert view.destination.currentText() == "Europe/Paris"  # what was typed stays


def test_a_dose_the_only_strength_cannot_make_is_never_given_as_a_fraction(
    qtbot: QtBot, window: MainWindow, sam: tuple[Profile, Medication]
) -> None:
    fill(qtbot, window, at(1, 10), at(3, 10), "Europe/Paris")
    view = window.travel
    type_into(qtbot, field(view, "Only this strength there, mg (Baclofen)"), "20")
    view.choices[0].halvable.setChecked(False)
    qtbot.mouseClick(button(view, "Work it out"), LEFT)
    assert "cannot be made from 20 mg" in label(view, "Trip result").text()
    line = view.days.topLevelItem(0).child(0).text(1)
    assert "cannot be made from 20 mg" in line and "0.25" not in line


def test_a_long_gap_is_said_in_the_result(
    qtbot: QtBot, window: MainWindow, sam: tuple[Profile, Medication]
) -> None:
    fill(qtbot, window, at(1, 21), at(8, 21), "Pacific/Pago_Pago")
    view = window.travel
    qtbot.mouseClick(view.local_mode, LEFT)
    qtbot.mouseClick(button(view, "Work it out"), LEFT)
    assert "⚠ Up to 23 hours between two doses of Baclofen" in label(view, "Trip result").text()


def test_the_destination_can_be_a_country(
    qtbot: QtBot, window: MainWindow, sam: tuple[Profile, Medication]
) -> None:
    fill(qtbot, window, at(1, 10), at(4, 10), "Germany")
    view = window.travel
    qtbot.mouseClick(button(view, "Work it out"), LEFT)
    assert "Berlin" in label(view, "Trip result").text()
