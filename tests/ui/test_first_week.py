"""A first week as a person lives it (issue "The first week"), under a fake clock and read
from the screens: set up at 21:59, the next morning's reminder and Taken, the evening before a
titration step and the step's day, a trip to Tokyo's departure day, a doses export and the
report for the doctor."""

from __future__ import annotations

import csv
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseSlot, TravelMode
from baclofen_companion.core.travel import TripMedicine, TripRequest
from baclofen_companion.ops import medicines, travel
from baclofen_companion.render.report import ReportRequest, write_report
from baclofen_companion.services.scheduler import ReminderBatch, ReminderScheduler
from baclofen_companion.store import Store
from baclofen_companion.ui.files.export_dialog import ExportDialog
from baclofen_companion.ui.files.report_dialog import ReportDialog
from baclofen_companion.ui.people.first_run import FirstRunDialog
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import DAY, HOME_TZ, FakeClock, require
from tests.ui.helpers import button, card_text, field, label, texts, type_into

LEFT = Qt.MouseButton.LeftButton


def at(day_offset: int, hh: int, mm: int = 0, tz: str = HOME_TZ) -> datetime:
    return datetime.combine(
        DAY + timedelta(days=day_offset), time(hh, mm), ZoneInfo(tz)
    ).astimezone(UTC)


def status(window: MainWindow, name: str) -> str:
    return label(window.today, f"Status of {name}").text()


@pytest.fixture
def week(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path
) -> Iterator[tuple[MainWindow, ReminderScheduler, list[ReminderBatch]]]:
    clock.set(at(0, 21, 59))
    setup = FirstRunDialog(store, DAY)
    qtbot.addWidget(setup)
    setup.show()
    type_into(qtbot, field(setup, "Person's name"), "Sam")
    qtbot.mouseClick(button(setup, "Start"), LEFT)
    assert setup.result() == FirstRunDialog.DialogCode.Accepted
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ)
    alerts: list[ReminderBatch] = []
    scheduler.reminded.connect(alerts.append)
    scheduler.alerted.connect(alerts.append)
    window = MainWindow(store, clock, data_dir, scheduler)
    window.show()
    yield window, scheduler, alerts
    scheduler.stop()
    window.quitting = True
    window.close()
    window.deleteLater()


def live_at(
    window: MainWindow, scheduler: ReminderScheduler, clock: FakeClock, when: datetime
) -> None:
    """Time passes as it does for a person: the scheduler wakes, the window ticks."""
    clock.set(when)
    scheduler.poll()
    window.today.tick()


def test_a_first_week(
    qtbot: QtBot,
    week: tuple[MainWindow, ReminderScheduler, list[ReminderBatch]],
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    window, scheduler, alerts = week
    # The first evening, 21:59: nothing of the day is missed, no alarm, and Today says why.
    live_at(window, scheduler, clock, at(0, 22, 0))
    shown = texts(window.today)
    assert label(window.today, "Day summary").text().endswith("No doses to take today")
    assert "added at 21:59. The doses before then are not tracked" in shown
    assert "Missed" not in shown and alerts == []
    assert store.events_between(store.profiles()[0].id, DAY, DAY) == []

    # The next morning: the 08:00 reminder comes, and Taken on Today answers it.
    live_at(window, scheduler, clock, at(1, 8, 0))
    assert [b.title for b in alerts] == ["Sam — Baclofen 5 mg"]
    assert status(window, "Baclofen at 08:00") == "● Due now"
    live_at(window, scheduler, clock, at(1, 8, 4))
    qtbot.mouseClick(button(window.today, "Taken: Baclofen at 08:00"), LEFT)
    assert status(window, "Baclofen at 08:00") == "✔ Taken at 08:04"
    assert label(window.today, "Day summary").text().endswith("1 of 3 doses taken today")

    # A step up from day 3 (the prescriber's plan: 10 mg three times a day), entered on day 1.
    [med] = store.medications(store.profiles()[0].id)
    step = tuple(DoseSlot(t, 10.0) for t in (time(8), time(14), time(20)))
    medicines.change_doses(store, med, DAY + timedelta(days=3), step)
    window.refresh_all()
    # The evening before it, Today and a notice say what changes tomorrow.
    live_at(window, scheduler, clock, at(2, 18, 5))
    assert (
        "From tomorrow, Friday 13 March, Baclofen changes from 5 mg three times a day to "
        "10 mg three times a day." in label(window.today, "Plan progress").text()
    )
    assert "Sam — Baclofen changes tomorrow" in [b.title for b in alerts]
    # On the day, every dose is 10 mg — 1 tablet.
    live_at(window, scheduler, clock, at(3, 7, 30))
    window.today.go_to_today()
    for slot in ("08:00", "14:00", "20:00"):
        assert "10 mg — 1 tablet" in card_text(window.today, f"Baclofen at {slot}")

    # A trip to Tokyo on Tokyo time, leaving day 5 at 10:00 London (19:00 there).
    leave = at(5, 10)
    versions = tuple(store.schedule_versions([med.id])[med.id])
    request = TripRequest(
        med.profile_id, HOME_TZ, leave, leave + timedelta(days=6), "Asia/Tokyo",
        (TripMedicine(med, versions, 100),), TravelMode.LOCAL_TIME,
    )  # fmt: skip
    travel.follow_trip(store, [request])
    window.refresh_all()
    live_at(window, scheduler, clock, at(5, 9, 0))
    window.today.go_to_today()
    midday = card_text(window.today, "Baclofen at 14:00")
    assert "19:00 Tokyo time" in midday and "on departure · 10:00 at home" in midday
    assert status(window, "Baclofen at 14:00").startswith("⤼ Skip this dose")
    evening = card_text(window.today, "Baclofen at 20:00")
    assert "20:00 Tokyo time" in evening and "11:00 at home" in evening

    # The doses export for the doctor: exactly what was logged, the missed ones with why.
    out = tmp_path / "sam-doses.csv"
    dialog = ExportDialog(store, clock, window, store.profiles()[0], folder=tmp_path)
    qtbot.addWidget(dialog)
    button(dialog, "Doses").click()
    type_into(qtbot, field(dialog, "Export file"), str(out))
    button(dialog, "Export").click()
    if dialog.task is not None:
        with qtbot.waitSignal(dialog.task.finished, timeout=10_000):
            pass
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    logged = store.events_between(med.profile_id, DAY, DAY + timedelta(days=5))
    assert len(rows) == len(logged)
    assert ("2026-03-11", "08:00", "taken") in {
        (r["Slot date"], r["Slot time"], r["Status"]) for r in rows
    }
    assert not any(r["Slot date"] == DAY.isoformat() for r in rows)  # nothing before care

    # The report for the doctor starts when care began and reads back.
    parent = QWidget()
    qtbot.addWidget(parent)
    report = ReportDialog(store, clock, store.profiles()[0], parent)
    qtbot.addWidget(report)
    assert report.first.date().toPython() == DAY
    require(shutil.which("pdftotext") is not None, "pdftotext (poppler-utils) is not installed")
    result = write_report(
        store,
        ReportRequest(store.profiles()[0], DAY, DAY + timedelta(days=4)),
        tmp_path / "report",
        clock.now(),
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(result.path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Sam" in text and "Baclofen" in text
