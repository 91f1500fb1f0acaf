"""The dose log: a lazy table model, filters, and corrections that need a reason."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import DoseSlot, DoseStatus, Medication, Profile
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.store import DoseLogFilter, Store
from baclofen_companion.ui.doses import log as dose_log
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import DAY, HOME_TZ
from tests.ui.helpers import button, combo, field, label, type_into, when_dialog_opens

LEFT = Qt.MouseButton.LeftButton


def log_days(store: Store, profile: Profile, days: int) -> None:
    meds = store.medications(profile.id)
    versions = store.schedule_versions(m.id for m in meds)
    for offset in range(days):
        for dose in planned_doses(
            DAY - timedelta(days=offset), profile.id, HOME_TZ, meds, versions
        ):
            store.record_dose(dose, DoseStatus.TAKEN, dose.due + timedelta(minutes=3))


def cell(window: MainWindow, row: int, column: int) -> str:
    model = window.log.model
    return str(model.data(model.index(row, column)))


def test_model_passes_qt_model_tester(
    qtmodeltester, store: Store, sam: tuple[Profile, Medication]
) -> None:
    log_days(store, sam[0], 3)
    model = dose_log.DoseLogModel(store)
    model.set_filter(DoseLogFilter(sam[0].id), HOME_TZ, {sam[1].id: "Baclofen"})
    qtmodeltester.check(model)
    assert model.rowCount() == 9


def test_newest_first_with_units_and_local_times(
    window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    log_days(store, sam[0], 2)
    window.log.reload()
    assert label(window.log, "Number of logged doses").text() == "6 logged doses"
    assert [cell(window, 0, c) for c in range(6)] == [
        "10 Mar 2026",
        "20:00",
        "Baclofen",
        "5 mg — ½ tablet",
        "✔ Taken",
        "10 Mar 2026 20:03 Europe/London",
    ]
    assert cell(window, 5, 0) == "9 Mar 2026" and cell(window, 5, 1) == "08:00"


def test_rows_load_lazily_page_by_page(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication], monkeypatch
) -> None:
    monkeypatch.setattr(dose_log, "PAGE_SIZE", 4)
    log_days(store, sam[0], 4)
    window.log.reload()
    model = window.log.model
    assert model.total() == 12 and model.rowCount() == 4
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 12
    assert cell(window, 11, 0) == "7 Mar 2026"


def test_filter_by_medicine_and_dates(
    window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    other = store.add_medication(
        profile.id,
        MedicationDraft("Vitamin D", sam[1].form, 10.0, False, ""),
        (DoseSlot(time(9), 10.0),),
        DAY - timedelta(days=30),
    )
    log_days(store, profile, 8)  # Sam's schedule began 7 days before DAY
    window.log.reload_medicines()
    assert label(window.log, "Number of logged doses").text() == "32 logged doses"
    medicine = combo(window.log, "Medicine filter")
    medicine.setCurrentIndex(medicine.findData(other.id))
    assert label(window.log, "Number of logged doses").text() == "8 logged doses"
    assert {cell(window, r, 2) for r in range(8)} == {"Vitamin D"}
    date_range = combo(window.log, "Date range")
    date_range.setCurrentIndex(date_range.findText("Last 7 days"))
    assert label(window.log, "Number of logged doses").text() == "7 logged doses"
    date_range.setCurrentIndex(date_range.findText("Chosen dates"))
    window.log.first_day.setDate(window.log.last_day.date())
    assert label(window.log, "Number of logged doses").text() == "1 logged dose"


def test_a_correction_needs_a_reason_and_is_audited(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    log_days(store, profile, 1)
    window.log.reload()
    window.log.table.selectRow(0)  # the 20:00 dose
    event = window.log.model.event_at(0)
    errors: list[str] = []

    def correct(dialog: QWidget) -> None:
        combo(dialog, "Status").setCurrentIndex(combo(dialog, "Status").findData("skipped"))
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, LEFT)  # no reason yet
        errors.append(label(dialog, "Form error").text())
        type_into(qtbot, field(dialog, "Reason for the change"), "fell asleep, did not take it")
        qtbot.mouseClick(save, LEFT)

    when_dialog_opens(qtbot, correct)
    qtbot.mouseClick(button(window.log, "Correct the selected dose"), LEFT)
    assert "Reason: Please say why" in errors[0]
    changed = store.event(event.id)
    assert changed.status is DoseStatus.SKIPPED and changed.taken_at is None
    trail = store.audit_trail(event.id)
    assert [a.action for a in trail] == ["recorded", "edited"]
    assert trail[-1].reason == "fell asleep, did not take it"
    assert cell(window, 0, 4) == "⤼ Skipped (edited)"
    # Today follows the correction.
    assert "⤼ Skipped" in label(window.today, "Status of Baclofen at 20:00").text()


def test_a_correction_cannot_move_a_dose_into_the_future(
    qtbot: QtBot, window: MainWindow, store: Store, sam: tuple[Profile, Medication]
) -> None:
    log_days(store, sam[0], 1)
    window.log.reload()
    window.log.table.selectRow(2)  # 08:00 today
    event = window.log.model.event_at(2)
    errors: list[str] = []

    def correct(dialog: QWidget) -> None:
        dialog.taken_at.setDateTime(dialog.taken_at.dateTime().addDays(2))
        type_into(qtbot, field(dialog, "Reason for the change"), "typo")
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), LEFT)
        errors.append(label(dialog, "Form error").text())
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Cancel), LEFT)

    when_dialog_opens(qtbot, correct)
    qtbot.mouseClick(button(window.log, "Correct the selected dose"), LEFT)
    assert "still to come" in errors[0]
    assert store.event(event.id).taken_at == datetime(2026, 3, 10, 8, 3, tzinfo=UTC)
    assert [a.action for a in store.audit_trail(event.id)] == ["recorded"]
