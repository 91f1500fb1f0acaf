"""Every top-level window and dialog a person can open, built as the app builds them, for the
checks that must hold in all of them (mnemonics, titles, date fields)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.core.plans import PlanKind
from baclofen_companion.core.schedule import active_version, local_date
from baclofen_companion.ops import care
from baclofen_companion.ops.days import person_plan
from baclofen_companion.ui.care.dialogs import (
    AppointmentDialog,
    LabCheckDialog,
    LabResultDialog,
    QuestionDialog,
)
from baclofen_companion.ui.diary.dialog import DiaryDialog
from baclofen_companion.ui.doses.correct import EditDoseDialog
from baclofen_companion.ui.files.export_dialog import ExportDialog
from baclofen_companion.ui.files.report_dialog import ReportDialog
from baclofen_companion.ui.files.restore_dialog import RestoreDialog
from baclofen_companion.ui.medicines.dialogs import ChangeDosesDialog, MedicineDialog
from baclofen_companion.ui.medicines.plan_dialog import PlanDialog
from baclofen_companion.ui.medicines.stock_dialog import StockDialog
from baclofen_companion.ui.people.first_run import FirstRunDialog
from baclofen_companion.ui.shell.guide import GuideDialog
from baclofen_companion.ui.shell.main_window import MainWindow
from baclofen_companion.ui.shell.settings_dialog import SettingsDialog
from baclofen_companion.ui.today.extra_dose import ExtraDoseDialog
from baclofen_companion.ui.today.taken_at import TakenAtDialog
from tests.conftest import HOME_TZ, FakeClock
from tests.store.test_backups import log_days


def pages(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """The main window once for each tab, that tab shown (the tabs are built when first shown)."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: window.tabs.currentWidget().isVisible())
        yield f"main window, {window.tabs.tabText(index).replace('&', '')} tab", window


ShownInTurn = Callable[[], Iterator[tuple[str, QWidget]]]
"""Each page, then each dialog, in turn, while it is shown (the fixture ``every_window``)."""


def dialogs(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, sam: tuple[Profile, Medication]
) -> Iterator[tuple[str, QWidget]]:
    """Each top-level dialog, shown at its default size."""
    store, data_dir = window.store, window.data_dir
    person, med = sam
    now = clock.now()
    today = local_date(now, HOME_TZ)
    log_days(store, person, today - timedelta(days=1), 1)
    [event, *_] = store.events_between(person.id, today - timedelta(days=1), today)
    current = active_version(store.schedule_versions([med.id])[med.id], today)
    [dose, *_] = person_plan(store, person).doses_on(today)
    check, _ = care.add_lab_check(store, person.id, "Kidney function (eGFR)", today)
    built: list[tuple[str, QWidget]] = [
        ("first run", FirstRunDialog(store, today)),
        ("Add a person", FirstRunDialog(store, today, window, adding=True)),
        ("Export", ExportDialog(store, clock, window, person, folder=data_dir)),
        ("Appointment report", ReportDialog(store, clock, person, window)),
        ("Settings", SettingsDialog(store, data_dir, window, window.settings)),
        ("Restore", RestoreDialog(data_dir, clock, lambda: None, lambda: None, window)),
        ("Diary entry", DiaryDialog(store, person, now, None, window)),
        ("Add a medicine", MedicineDialog(store, person, today, None, window)),
        ("Change doses", ChangeDosesDialog(store, med, current, today, window)),
        ("Titration plan", PlanDialog(store, med, today, PlanKind.TITRATION, window)),
        ("Taper plan", PlanDialog(store, med, today, PlanKind.TAPER, window)),
        ("Stock", StockDialog(store, clock, med, window)),
        ("Correct a logged dose", EditDoseDialog(store, event, med.name, HOME_TZ, now, window)),
        ("Log an extra dose", ExtraDoseDialog(store, person, [med], now, window)),
        ("Taken at", TakenAtDialog(dose, HOME_TZ, now, window)),
        ("Guide", GuideDialog(data_dir, window)),
        ("Add an appointment", AppointmentDialog(store, person, now, window)),
        ("A question for the doctor", QuestionDialog(store, person, window)),
        ("Add a lab check", LabCheckDialog(store, person, today, window)),
        ("Record a lab result", LabResultDialog(store, check, today, window)),
    ]
    for name, dialog in built:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        yield name, dialog
        dialog.close()
