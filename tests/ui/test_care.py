"""The Care tab, driven as a person: appointments, questions for the doctor, lab checks, and
the report that prepares the next appointment (issue #19 part 1)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPlainTextEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.care import Appointment
from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.ops import care
from baclofen_companion.store import Store
from baclofen_companion.ui.care.dialogs import (
    AppointmentDialog,
    LabCheckDialog,
    LabResultDialog,
    QuestionDialog,
)
from baclofen_companion.ui.files.report_dialog import ReportDialog
from baclofen_companion.ui.shell.main_window import MainWindow
from baclofen_companion.ui.widgets.date_fields import DateField, DateTimeField
from tests.conftest import DAY, HOME_TZ, FakeClock
from tests.test_report import pdf_text
from tests.ui.helpers import button, field, find, label, type_into, when_dialog_opens


def local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=ZoneInfo(HOME_TZ)).astimezone(UTC)


def go(window: MainWindow, text: str) -> None:
    go_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    action = next(a for a in go_menu.actions() if a.text().replace("&", "") == text)
    assert isinstance(action, QAction)
    action.trigger()


def open_care(qtbot: QtBot, window: MainWindow) -> QWidget:
    go(window, "Care: appointments and lab checks")
    qtbot.waitUntil(lambda: window.care_page.isVisible())
    return window.care_page


def table(root: QWidget, name: str) -> list[list[str]]:
    found = find(root, QTableView, name)
    assert isinstance(found, QTableView)
    model = found.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def choose_row(root: QWidget, name: str, row: int) -> None:
    found = find(root, QTableView, name)
    assert isinstance(found, QTableView)
    found.selectRow(row)


def test_a_person_books_an_appointment(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    page = open_care(qtbot, window)
    assert label(page, "Next appointment").text() == "No appointment booked."

    def fill(dialog: QWidget) -> None:
        when = find(dialog, DateTimeField, "Date and time")
        assert isinstance(when, DateTimeField)
        when.setDateTime(QDateTime(QDate(2026, 3, 20), QTime(10, 30)))
        type_into(qtbot, field(dialog, "With whom"), "Dr Okafor, neurology")
        type_into(qtbot, field(dialog, "Where"), "St Mary's, clinic 4")
        type_into(qtbot, field(dialog, "What to bring"), "Pill boxes")
        button(dialog, "Save").click()

    when_dialog_opens(qtbot, fill, AppointmentDialog)
    button(page, "Add an appointment").click()
    assert table(page, "Appointments") == [
        ["20 Mar 2026 10:30", "Dr Okafor, neurology", "St Mary's, clinic 4", "Pill boxes"]
    ]
    assert (
        label(page, "Next appointment").text()
        == "Next appointment: 20 Mar 2026 10:30 with Dr Okafor, neurology."
    )
    [saved] = store.appointments(sam[0].id)
    assert saved.at == local(date(2026, 3, 20), time(10, 30)) and saved.bring == "Pill boxes"


def test_an_appointment_needs_to_say_with_whom(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    page = open_care(qtbot, window)
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        button(dialog, "Save").click()
        seen.append(label(dialog, "Form error").text())
        button(dialog, "Cancel").click()

    when_dialog_opens(qtbot, fill, AppointmentDialog)
    button(page, "Add an appointment").click()
    assert seen and "Please fill this in." in seen[0]
    assert store.appointments(sam[0].id) == []


def test_a_question_from_the_diary_is_gathered_for_the_next_appointment(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    go(window, "Diary")
    qtbot.waitUntil(lambda: window.diary_page.isVisible())

    def ask(dialog: QWidget) -> None:
        box = dialog.findChild(QPlainTextEdit)
        assert box is not None and box.accessibleName() == "Question"
        qtbot.keyClicks(box, "Can the evening dose move to 21:00?")
        button(dialog, "Save").click()

    when_dialog_opens(qtbot, ask, QuestionDialog)
    button(window.diary_page, "A question for the doctor").click()
    page = open_care(qtbot, window)
    assert table(page, "Questions for the doctor") == [
        ["10 Mar 2026", "Can the evening dose move to 21:00?"]
    ]


def test_a_lab_result_appears_in_the_table_and_the_report_before_the_next_appointment(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
    tmp_path: Path,
) -> None:
    person = sam[0]
    now = clock.now()
    # Before the last appointment (DAY - 5): answered there, so not listed again.
    clock.set(local(DAY - timedelta(days=6), time(12)))
    care.ask(store, person.id, "Should I take it with food?")
    care.add_appointment(
        store, Appointment(person.id, local(DAY - timedelta(days=5), time(9)), HOME_TZ, "Dr Lee")
    )
    clock.set(local(DAY - timedelta(days=2), time(18)))
    care.ask(store, person.id, "Is the drowsiness likely to fade?")
    clock.set(now)
    care.add_appointment(
        store,
        Appointment(
            person.id, local(DAY + timedelta(days=3), time(11)), HOME_TZ, "Dr Lee", "Ward 2"
        ),
    )
    window.refresh_all()
    page = open_care(qtbot, window)

    def ask_for_test(dialog: QWidget) -> None:
        type_into(qtbot, field(dialog, "Test"), "Kidney function (eGFR)")
        due = find(dialog, DateField, "Due by")
        assert isinstance(due, DateField)
        due.setDate(QDate(2026, 3, 12))
        button(dialog, "Save").click()

    when_dialog_opens(qtbot, ask_for_test, LabCheckDialog)
    button(page, "Add a lab check").click()
    assert table(page, "Lab checks") == [["Kidney function (eGFR)", "12 Mar 2026", "", "", "", ""]]

    def result(dialog: QWidget) -> None:
        type_into(qtbot, field(dialog, "Value"), "58")
        type_into(qtbot, field(dialog, "Unit"), "mL/min/1.73 m²")
        on = find(dialog, DateField, "Date of the test")
        assert isinstance(on, DateField)
        on.setDate(QDate(2026, 3, 9))
        type_into(qtbot, field(dialog, "Note"), "GP surgery")
        button(dialog, "Save").click()

    choose_row(page, "Lab checks", 0)
    when_dialog_opens(qtbot, result, LabResultDialog)
    button(page, "Record the result").click()
    assert table(page, "Lab checks") == [
        [
            "Kidney function (eGFR)",
            "12 Mar 2026",
            "58",
            "mL/min/1.73 m²",
            "9 Mar 2026",
            "GP surgery",
        ]
    ]
    [check] = store.lab_checks(person.id)
    assert (check.value, check.unit, check.result_date) == (
        "58",
        "mL/min/1.73 m²",
        date(2026, 3, 9),
    )

    target = tmp_path / "report.pdf"
    first: list[date] = []

    def save(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportDialog)
        first.append(dialog.first.date().toPython())
        field(dialog, "Save to").setText(str(target))
        with qtbot.waitSignal(dialog.tasks.finished, timeout=30_000):
            button(dialog, "Save report").click()
        dialog.reject()

    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    report = next(a for a in file_menu.actions() if a.text() == "Appointment re&port…")
    when_dialog_opens(qtbot, save, ReportDialog)
    report.trigger()
    assert first == [DAY - timedelta(days=5)]  # the span since the last appointment
    text = " ".join(pdf_text(target).split())
    assert "Is the drowsiness likely to fade?" in text
    assert "Should I take it with food?" not in text
    assert "Kidney function (eGFR)" in text and "58 mL/min/1.73 m²" in text
    assert "Next appointment: 13 Mar 2026 11:00 — Dr Lee, Ward 2" in text
    assert "Last appointment: 5 Mar 2026 09:00 — Dr Lee" in text


def test_a_result_dated_after_today_is_refused_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    care.add_lab_check(store, sam[0].id, "Creatinine", DAY)
    window.refresh_all()
    page = open_care(qtbot, window)
    seen: list[str] = []

    def result(dialog: QWidget) -> None:
        type_into(qtbot, field(dialog, "Value"), "88")
        on = find(dialog, DateField, "Date of the test")
        assert isinstance(on, DateField)
        on.setDate(QDate(2026, 3, 11))  # tomorrow
        button(dialog, "Save").click()
        seen.append(label(dialog, "Form error").text())
        button(dialog, "Cancel").click()

    choose_row(page, "Lab checks", 0)
    when_dialog_opens(qtbot, result, LabResultDialog)
    button(page, "Record the result").click()
    assert seen == ["⚠ Date of the test: The date of the test is still to come."]
    [check] = store.lab_checks(sam[0].id)
    assert not check.has_result
    assert table(page, "Lab checks") == [["Creatinine", "10 Mar 2026", "", "", "", ""]]


def test_the_care_tables_are_sound_models(
    qtbot: QtBot,
    qtmodeltester: Any,
    window: MainWindow,
    store: Store,
    sam: tuple[Profile, Medication],
) -> None:
    care.add_lab_check(store, sam[0].id, "Creatinine", DAY)
    care.ask(store, sam[0].id, "Why am I so sleepy?")
    care.add_appointment(
        store, Appointment(sam[0].id, local(DAY + timedelta(days=1), time(9)), HOME_TZ, "Dr Lee")
    )
    window.refresh_all()
    page = open_care(qtbot, window)
    for name in ("Appointments", "Questions for the doctor", "Lab checks"):
        view = find(page, QTableView, name)
        assert isinstance(view, QTableView)
        assert view.model().rowCount() == 1
        qtmodeltester.check(view.model())
