"""The Pump tab, its withdrawal watch, "My pump is beeping" and the emergency card, driven as a
person under a fake clock."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.services.notifier import Note, NotifierChain, PlainPath
from baclofen_companion.services.scheduler import ReminderScheduler
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import DAY, FakeClock
from tests.ui.helpers import button, field, find, label, type_into

LEFT = Qt.MouseButton.LeftButton
REFILL = DAY + timedelta(days=10)


class RecordingPath(PlainPath):
    name = "recording"

    def __init__(self) -> None:
        self.notes: list[Note] = []

    def available(self) -> bool:
        return True

    def send(self, note: Note) -> None:
        self.notes.append(note)


class Live:
    def __init__(self, window: MainWindow, scheduler: ReminderScheduler) -> None:
        self.window = window
        self.scheduler = scheduler
        self.path = RecordingPath()
        self.chain = NotifierChain([self.path])
        scheduler.alerted.connect(self.chain.deliver)

    def titles(self) -> list[str]:
        return [n.title for n in self.path.notes if "pump" in n.title]


@pytest.fixture
def live(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path, sam: tuple[Profile, Medication]
) -> Iterator[Live]:
    elapsed = lambda: clock.now().timestamp()  # noqa: E731
    scheduler = ReminderScheduler(store, clock, lambda: "Europe/London", elapsed)
    window = MainWindow(store, clock, data_dir, scheduler)
    window.show()
    scheduler.start()
    yield Live(window, scheduler)
    scheduler.stop()
    window.quitting = True
    window.close()


def set_date(page: QWidget, name: str, day: date) -> None:
    edit = find(page, QDateEdit, name)
    assert isinstance(edit, QDateEdit)
    edit.setFocus()
    edit.setDate(QDate(day.year, day.month, day.day))


def fill_in_pump(qtbot: QtBot, window: MainWindow) -> QWidget:
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    page = window.pump
    assert window.tabs.currentWidget() is window.pump_page
    type_into(qtbot, field(page, "Pump clinic"), "Spinal Injuries Clinic")
    type_into(qtbot, field(page, "Clinic phone"), "0161 555 0100")
    type_into(qtbot, field(page, "Concentration"), "500 mcg/mL")
    type_into(qtbot, field(page, "Daily dose"), "150 mcg/day")
    set_date(page, "Next refill", REFILL)
    set_date(page, "Low-reservoir alarm date", REFILL + timedelta(days=5))
    set_date(page, "Pump replacement date", date(2029, 6, 1))
    qtbot.mouseClick(button(page, "Save pump details"), LEFT)
    assert label(page, "Pump message").text() == "Pump details saved."
    return page


def test_a_refill_date_passing_unrecorded_raises_the_pump_withdrawal_watch(
    qtbot: QtBot, live: Live, clock: FakeClock, store: Store
) -> None:
    window = live.window
    page = fill_in_pump(qtbot, window)
    assert "in 10 days" in label(page, "Pump refill status").text()

    for day, at in ((REFILL - timedelta(days=7), time(9)), (REFILL - timedelta(days=2), time(9))):
        clock.set_local(day, at)
        live.scheduler.wake_now()
    clock.set_local(REFILL, time(9))
    live.scheduler.wake_now()
    assert live.titles() == [
        "Sam — pump refill in a week",
        "Sam — pump refill in two days",
        "Sam — pump refill today",
    ]
    assert [n.urgent for n in live.path.notes if "pump" in n.title] == [False, False, True]
    banner = window.pump_banner
    assert not banner.isVisible()

    clock.set_local(REFILL + timedelta(days=1), time(0, 30))
    live.scheduler.wake_now()
    qtbot.waitUntil(banner.isVisible)
    watch = live.path.notes[-1]
    assert watch.title == "Sam — pump withdrawal watch" and watch.urgent
    shown = label(banner, "Pump withdrawal watch for Sam").text()
    for text in (watch.body, shown):
        assert "itching without a rash" in text and "goosebumps" in text
        assert (
            "Treat it as an emergency: call the pump clinic now; if you can't reach them,"
            " get urgent care." in text
        )
        assert "0161 555 0100" in text

    # A restart does not repeat what was sent.
    again = ReminderScheduler(store, clock, lambda: "Europe/London", lambda: 0.0)
    heard: list[object] = []
    again.alerted.connect(heard.append)
    again.poll()
    again.stop()
    assert heard == []

    # The person records the refill (with the clinic's next date): the watch ends.
    qtbot.mouseClick(button(banner, "Record the pump refill (Sam)"), LEFT)
    assert window.tabs.currentWidget() is window.pump_page
    set_date(page, "Next refill", REFILL + timedelta(days=90))
    qtbot.mouseClick(button(page, "Refill done today"), LEFT)
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert "Refill recorded" in label(page, "Pump refills and alarms").text()
    pump = store.pump(window.person.get().id)  # type: ignore[union-attr]
    assert pump is not None and pump.next_refill == REFILL + timedelta(days=90)


def test_my_pump_is_beeping_records_the_alarm_and_says_what_to_do(
    qtbot: QtBot, live: Live, store: Store, sam: tuple[Profile, Medication]
) -> None:
    window = live.window
    fill_in_pump(qtbot, window)
    window.tabs.setCurrentIndex(0)
    beeping = next(
        a for a in window.menuBar().actions()[2].menu().actions() if "beeping" in a.text()
    )
    beeping.trigger()
    assert window.tabs.currentWidget() is window.pump_page
    said = label(window.pump, "Pump message").text()
    assert "Alarm recorded." in said and "Call the pump clinic now" in said
    assert "Spinal Injuries Clinic: 0161 555 0100" in said
    assert [e.kind.value for e in store.pump_events(sam[0].id)] == ["alarm"]
    assert "Alarm (beeping) recorded" in label(window.pump, "Pump refills and alarms").text()


def test_the_emergency_card_pdf_reads_back_with_every_field(
    qtbot: QtBot, live: Live, tmp_path: Path
) -> None:
    page = fill_in_pump(qtbot, live.window)
    live.window.pump.card_path_for_tests = tmp_path / "card"
    qtbot.mouseClick(button(page, "Emergency card (PDF)…"), LEFT)
    written = tmp_path / "card.pdf"
    assert label(page, "Pump message").text() == f"Emergency card saved: {written}"
    text = subprocess.run(
        ["pdftotext", "-layout", str(written), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    for expected in (
        "Sam",
        "I have an intrathecal baclofen pump",
        "Spinal Injuries Clinic",
        "0161 555 0100",
        "500 mcg/mL",
        "150 mcg/day",
        "Next refill: Friday 20 March 2026",
        "Baclofen: 5 mg three times a day (08:00, 14:00, 20:00)",
        "call the pump clinic now",
    ):
        assert expected in flat, (expected, flat)
    info = subprocess.run(
        ["pdfinfo", str(written)], capture_output=True, text=True, check=True
    ).stdout
    facts = {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in info.splitlines())}
    assert facts["Pages"] == "2"  # front and back
    assert facts["Page size"] == "243 x 153 pts"  # 85.6 × 54 mm, a bank card


def test_the_report_has_a_pump_section_with_refills_and_alarms(
    qtbot: QtBot, live: Live, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    from baclofen_companion.render.report import ReportRequest, write_report

    window = live.window
    page = fill_in_pump(qtbot, window)
    qtbot.mouseClick(button(page, "My pump is beeping"), LEFT)
    profile = window.person.get()
    assert profile is not None
    request = ReportRequest(profile, DAY - timedelta(days=6), DAY)
    result = write_report(store, request, tmp_path / "report.pdf", clock.now())
    text = subprocess.run(
        ["pdftotext", str(result.path), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    for expected in (
        "Intrathecal baclofen pump",
        "Pump clinic: Spinal Injuries Clinic",
        "Phone: 0161 555 0100",
        "Concentration (as the clinic wrote it): 500 mcg/mL",
        "Daily dose (as the clinic wrote it): 150 mcg/day",
        "Next refill: 20 Mar 2026",
        "Pump alarms (beeping) in this period: 10 Mar 2026",
    ):
        assert expected in flat, (expected, flat[-900:])


def test_pump_refills_and_alarms_are_rows_of_the_diary_export(
    qtbot: QtBot, live: Live, store: Store, tmp_path: Path
) -> None:
    import csv

    from baclofen_companion.ops.export import ExportKind, export

    window = live.window
    page = fill_in_pump(qtbot, window)
    qtbot.mouseClick(button(page, "My pump is beeping"), LEFT)
    qtbot.mouseClick(button(page, "Refill done today"), LEFT)
    profile = window.person.get()
    assert profile is not None
    table = export(store, ExportKind.DIARY, profile, tmp_path / "diary.csv")
    assert table.summary() == "0 diary entries; 2 pump refills and alarms"
    with (tmp_path / "diary.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["Date"], r["Time"], r["Time zone"], r["Kind"]) for r in rows] == [
        ("2026-03-10", "07:00", "Europe/London", "pump alarm"),
        ("2026-03-10", "07:00", "Europe/London", "pump refill"),
    ]
