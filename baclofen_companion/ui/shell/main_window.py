"""The main window: Today, the dose log and medicines in tabs, with menus and shortcuts."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion import APP_NAME, LICENSE, __version__
from baclofen_companion.core.clock import Clock
from baclofen_companion.core.driving import DrivingCaution
from baclofen_companion.core.model import PlannedDose, Profile
from baclofen_companion.ops import files
from baclofen_companion.ops import pump as pump_ops
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.session import Session
from baclofen_companion.services.changes import ChangeBus
from baclofen_companion.services.notifier import TrialResult
from baclofen_companion.services.scheduler import (
    ReminderBatch,
    ReminderScheduler,
    WithdrawalConcern,
)
from baclofen_companion.ui.diary.red_flag_banner import RedFlagBanner
from baclofen_companion.ui.files.restore_dialog import RestoreDialog
from baclofen_companion.ui.people.actions import (
    PersonSwitcher,
    add_person,
    archive_person,
    bring_back_person,
    rename_person,
)
from baclofen_companion.ui.shell.banner import ReminderBanner, TroubleNotice
from baclofen_companion.ui.shell.driving_notice import DrivingNotice
from baclofen_companion.ui.shell.i18n import ui_settings
from baclofen_companion.ui.shell.lazy_page import LazyPage
from baclofen_companion.ui.shell.pump_banner import PumpWithdrawalBanner
from baclofen_companion.ui.shell.trial import send_trial, welcome
from baclofen_companion.ui.shell.withdrawal_banner import WithdrawalBanner
from baclofen_companion.ui.today.view import TodayView
from baclofen_companion.ui.widgets.common import PersonView, app_icon, prescriber_note
from baclofen_companion.ui.widgets.context import ShownPerson, ViewContext

if TYPE_CHECKING:
    from baclofen_companion.ui.care.view import CareView
    from baclofen_companion.ui.charts.view import ChartsView
    from baclofen_companion.ui.diary.view import DiaryView
    from baclofen_companion.ui.doses.log import DoseLogView
    from baclofen_companion.ui.medicines.view import MedicinesView
    from baclofen_companion.ui.pump.view import PumpView
    from baclofen_companion.ui.travel.view import TravelView

TICK_MS = 60_000


DEFAULT_SIZE = QSize(1240, 780)


class MainWindow(QMainWindow):
    tray_hint = Signal()
    closed = Signal()  # closed for good (not hidden to the tray)

    def __init__(
        self,
        store: Session,
        clock: Clock,
        data_dir: Path,
        scheduler: ReminderScheduler | None = None,
        chosen_data_dir: Path | None = None,
        parent: QWidget | None = None,
        bus: ChangeBus | None = None,
    ) -> None:
        super().__init__(parent)
        # Every tab, banner and the scheduler hear what changed here and read afresh.
        self.bus = bus if bus is not None else ChangeBus(self)
        self.store = store
        self.clock = clock
        self.scheduler = scheduler
        self._trial: Callable[[], TrialResult] | None = None  # set_reminder_trial
        self.data_dir = data_dir
        self.chosen_data_dir = chosen_data_dir
        self.quitting = False
        self._polls_scheduler = False
        self.told_about_tray = False
        self.settings = ui_settings(data_dir)
        self.person = ShownPerson()
        self.context = ViewContext(store, clock, self.person, self.bus)
        self.reload_profile()
        self.setWindowIcon(app_icon())

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.switcher = PersonSwitcher()
        self.switcher.set_people(store.profiles(), self.person.get())
        self.switcher.chosen.connect(self.show_person)
        self.tabs.setCornerWidget(self.switcher, Qt.Corner.TopRightCorner)
        self.red_flag_banner = RedFlagBanner(store)
        self.today = TodayView(self.context)
        self.tabs.addTab(self.today, self.tr("Today"))
        # Every other tab is built the first time it is shown (or a menu asks for it): only
        # Today is needed to start.
        self.log_page = self._lazy_tab(self.tr("Dose log"), self.tr("Dose log"), self._build_log)
        self.medicines_page = self._lazy_tab(
            self.tr("Medicines"), self.tr("Medicines"), self._build_medicines
        )
        self.travel_page = self._lazy_tab(self.tr("Travel"), self.tr("Travel"), self._build_travel)
        self.diary_page = self._lazy_tab(self.tr("Diary"), self.tr("Diary"), self._build_diary)
        self.today.diary_requested.connect(lambda: self.diary.new_entry())
        self.banner = ReminderBanner(
            self._take, self._snooze, self._skip, lambda: store.reminder_settings().snooze_minutes
        )
        self.withdrawal_banner = WithdrawalBanner(self._check_in)
        self.trouble_notice = TroubleNotice()
        self.pump_banner = PumpWithdrawalBanner(store, self.show_pump)
        self.driving_notice = DrivingNotice(store, clock, self._dismiss_driving)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.red_flag_banner)
        column.addWidget(self.tabs, 1)
        # Below the tabs: answering a dose makes these come and go, and from here they
        # take their room without moving the card just clicked (above them) under the pointer.
        column.addWidget(self.withdrawal_banner)
        column.addWidget(self.pump_banner)
        column.addWidget(self.driving_notice)
        column.addWidget(self.trouble_notice)
        column.addWidget(self.banner)
        self.setCentralWidget(central)

        # The Charts tab reads afresh whenever it is shown; its painters load with it.
        self.charts_page = self._lazy_tab(self.tr("Charts"), self.tr("Charts"), self._build_charts)
        self.care_page = self._lazy_tab(self.tr("Care"), self.tr("Care"), self._build_care)
        self.pump_page = self._lazy_tab(self.tr("Pump"), self.tr("Pump"), self._build_pump)
        self._build_menus()

        # Doses move from upcoming to due to overdue, and the day turns at midnight: the
        # scheduler's wakes drive that when there is one, so the app has a single timer.
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.today.tick)
        if scheduler is not None:
            scheduler.state_changed.connect(self._scheduler_moved)
            scheduler.trouble_changed.connect(self.trouble_notice.show_trouble)
            scheduler.doses_changed.connect(lambda: self.bus.announce(Changed.DOSES, scheduler))
            scheduler.reminded.connect(self.on_reminder)
            scheduler.alerted.connect(lambda _batch: QApplication.alert(self, 0))
        else:
            self.ticker.start()

        self.bus.changed.connect(self._on_changed)
        self.refresh_all()
        # From here on, changes to the data also wake the scheduler (its own start polls it).
        self._polls_scheduler = True
        self._restore_geometry()

    def profile(self) -> Profile | None:
        return self.person.get()

    # -- tabs, each built on first use ------------------------------------------------------

    def _lazy_tab(self, name: str, title: str, build: Callable[[], PersonView]) -> LazyPage:
        def built() -> PersonView:
            view = build()
            view.on_changed(Changed.EVERYTHING)  # a new view reads what there is now
            return view

        page = LazyPage(name, built)
        self.tabs.addTab(page, title)
        return page

    def _build_log(self) -> PersonView:
        from baclofen_companion.ui.doses.log import DoseLogView

        return DoseLogView(self.context)

    def _build_medicines(self) -> PersonView:
        from baclofen_companion.ui.medicines.view import MedicinesView

        return MedicinesView(self.context)

    def _build_travel(self) -> PersonView:
        from baclofen_companion.ui.travel.view import TravelView

        return TravelView(self.context)

    def _build_diary(self) -> PersonView:
        from baclofen_companion.ui.diary.view import DiaryView

        view = DiaryView(self.context)
        view.red_flag.connect(self.red_flag_banner.add)
        return view

    def _build_charts(self) -> PersonView:
        from baclofen_companion.ui.charts.view import ChartsView

        return ChartsView(self.context)

    def _build_care(self) -> PersonView:
        from baclofen_companion.ui.care.view import CareView

        return CareView(self.context)

    def _build_pump(self) -> PersonView:
        from baclofen_companion.ui.pump.view import PumpView

        return PumpView(self.context)

    @property
    def pump(self) -> PumpView:
        return cast("PumpView", self.pump_page.view)

    def show_pump(self) -> None:
        self.tabs.setCurrentWidget(self.pump_page)

    def pump_beeping(self) -> None:
        """From the menu: the Pump tab records the alarm and says what to do."""
        self.show_pump()
        self.pump.beeping()

    def _dismiss_driving(self, caution: DrivingCaution) -> None:
        self.bus.announce(pump_ops.dismiss_driving(self.store, caution.key), self)

    def _care_notices(self) -> None:
        self.pump_banner.reload(self.clock.now())
        self.driving_notice.reload(self.person.get())

    @property
    def log(self) -> DoseLogView:
        return cast("DoseLogView", self.log_page.view)

    @property
    def medicines(self) -> MedicinesView:
        return cast("MedicinesView", self.medicines_page.view)

    @property
    def travel(self) -> TravelView:
        return cast("TravelView", self.travel_page.view)

    @property
    def diary(self) -> DiaryView:
        return cast("DiaryView", self.diary_page.view)

    @property
    def charts(self) -> ChartsView:
        return cast("ChartsView", self.charts_page.view)

    @property
    def care(self) -> CareView:
        return cast("CareView", self.care_page.view)

    def show_person(self, person: Profile) -> None:
        """Every tab now shows this person; remembered for the next start."""
        self.person.set(person)
        self.settings.setValue("person/id", person.id)
        self.bus.announce(Changed.PERSON_SHOWN, self)

    def _people_changed(self, shown: Profile | None = None) -> None:
        if shown is not None:
            self.person.set(shown)
            self.settings.setValue("person/id", shown.id)
        else:
            current = self.person.get()
            if current is not None and current.id not in {p.id for p in self.store.profiles()}:
                self.person.set(None)
        self.reload_profile(Changed.PEOPLE | Changed.PERSON_SHOWN)

    def add_person(self) -> None:
        today = self.today.today()
        person = add_person(self.store, today, self)
        if person is not None:
            self._people_changed(person)

    def rename_person(self) -> None:
        current = self.person.get()
        if current is not None:
            person = rename_person(self.store, current, self)
            if person is not None:
                self._people_changed(person)

    def archive_person(self) -> None:
        current = self.person.get()
        if current is not None and archive_person(self.store, current, self):
            self.person.set(None)
            self._people_changed()

    def bring_back_person(self) -> None:
        person = bring_back_person(self.store, self)
        if person is not None:
            self._people_changed(person)

    def reload_profile(self, what: Changed = Changed.EVERYTHING) -> None:
        """Keep the person shown if they are still here, else the last one chosen, else the
        first; then tell every view."""
        profiles = self.store.profiles()
        shown = self.person.get()
        wanted = shown.id if shown else self.settings.value("person/id")
        self.person.set(
            next(
                (p for p in profiles if str(p.id) == str(wanted)),
                profiles[0] if profiles else None,
            )
        )
        if hasattr(self, "switcher"):
            self.switcher.set_people(profiles, self.person.get())
        if hasattr(self, "tabs"):
            self.bus.announce(what, self)

    def refresh_all(self) -> None:
        """Every view reads the data file afresh (after a restore, or a change made outside)."""
        self.bus.announce(Changed.EVERYTHING, self)

    def _on_changed(self, what: Changed, origin: object | None) -> None:
        if what & (Changed.DIARY | Changed.PEOPLE | Changed.PERSON_SHOWN):
            self.red_flag_banner.reload()
        if what & Changed.PEOPLE:
            self.switcher.set_people(self.store.profiles(), self.person.get())
        if what & (Changed.PEOPLE | Changed.PERSON_SHOWN):
            # Qt appends the application's display name ("— Baclofen Companion") itself.
            shown = self.person.get()
            self.setWindowTitle(shown.name if shown else "")
        self._care_notices()
        # The scheduler re-reads what is due after any change to the data but its own.
        if (
            self._polls_scheduler
            and self.scheduler is not None
            and what & Changed.DATA
            and origin is not self.scheduler
        ):
            self.scheduler.poll()

    # -- reminders ------------------------------------------------------------------------

    def _scheduler_moved(self) -> None:
        self.today.tick()
        if self.scheduler is not None:
            self.banner.show_doses(self.scheduler.due_now(), self.clock.now())
            self.withdrawal_banner.show_concerns(self.scheduler.withdrawal)
        self._care_notices()

    def _check_in(self, concern: WithdrawalConcern, feeling: str) -> None:
        if self.scheduler is not None:
            self.scheduler.check_in(concern, feeling)
        self.bus.announce(Changed.DIARY, self)

    def on_reminder(self, batch: ReminderBatch) -> None:
        """Every reminder also shows in the window, whatever path delivered it."""
        if self.scheduler is not None:
            self.banner.show_doses(self.scheduler.due_now(), self.clock.now())
        QApplication.alert(self, 0)

    def _take(self, dose: PlannedDose) -> None:
        if self.scheduler is not None:
            self.scheduler.take(dose)

    def _snooze(self, dose: PlannedDose) -> None:
        if self.scheduler is not None:
            self.scheduler.snooze(dose)

    def _skip(self, dose: PlannedDose) -> None:
        if self.scheduler is not None:
            self.scheduler.skip(dose)

    def show_from_tray(self) -> None:
        """Raise the window as it was: maximized stays maximized (showNormal undid that);
        only minimized is undone."""
        state = self.windowState() & ~Qt.WindowState.WindowMinimized
        self.setWindowState(state | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()

    def _focus_switcher(self) -> None:
        self.switcher.combo.setFocus()
        self.switcher.combo.showPopup()

    def quit_app(self) -> None:
        self.quitting = True
        self.close()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(settings_action)
        export_action = QAction(self.tr("&Export…"), self)
        export_action.triggered.connect(self.show_export)
        file_menu.addAction(export_action)
        restore_action = QAction(self.tr("&Restore from backup…"), self)
        restore_action.triggered.connect(self.show_restore)
        file_menu.addAction(restore_action)
        report_action = QAction(self.tr("Appointment re&port…"), self)
        report_action.setShortcut(QKeySequence("Ctrl+P"))
        report_action.triggered.connect(self.show_report)
        file_menu.addAction(report_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.quit_app)
        file_menu.addAction(quit_action)

        people_menu = bar.addMenu(self.tr("&People"))
        for text, shortcut, slot in (
            (self.tr("&Add a person…"), "Ctrl+Shift+N", self.add_person),
            (self.tr("&Rename this person…"), "", self.rename_person),
            (self.tr("Ar&chive this person…"), "", self.archive_person),
            (self.tr("&Bring back an archived person…"), "", self.bring_back_person),
        ):
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            people_menu.addAction(action)
        people_menu.addSeparator()
        switch = QAction(self.tr("&Switch person"), self)
        switch.setShortcut(QKeySequence("Ctrl+Shift+P"))
        switch.triggered.connect(self._focus_switcher)
        people_menu.addAction(switch)

        go_menu = bar.addMenu(self.tr("&Go"))
        for text, shortcut, slot in (
            (self.tr("&Today's doses"), "Ctrl+1", lambda: self._show_tab(0, today=True)),
            (self.tr("Dose &log"), "Ctrl+2", lambda: self._show_tab(1)),
            (self.tr("&Medicines"), "Ctrl+3", lambda: self._show_tab(2)),
            (
                self.tr("Tra&vel supply"),
                "Ctrl+4",
                lambda: self.tabs.setCurrentWidget(self.travel_page),
            ),
            (self.tr("&Diary"), "Ctrl+5", lambda: self.tabs.setCurrentWidget(self.diary_page)),
            (self.tr("Add a diary &entry…"), "Ctrl+D", lambda: self.diary.new_entry()),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            go_menu.addAction(action)
        charts_action = QAction(self.tr("&Charts"), self)
        charts_action.setShortcut(QKeySequence("Ctrl+6"))
        charts_action.triggered.connect(lambda: self.tabs.setCurrentWidget(self.charts_page))
        go_menu.addAction(charts_action)
        care_action = QAction(self.tr("C&are: appointments and lab checks"), self)
        care_action.setShortcut(QKeySequence("Ctrl+7"))
        care_action.triggered.connect(lambda: self.tabs.setCurrentWidget(self.care_page))
        go_menu.addAction(care_action)
        for text, shortcut, slot in (
            (self.tr("P&ump"), "Ctrl+8", self.show_pump),
            (self.tr("My pump is &beeping"), "", self.pump_beeping),
        ):
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            go_menu.addAction(action)
        go_menu.addSeparator()
        for text, shortcut, days in (
            (self.tr("&Previous day"), "Alt+Left", -1),
            (self.tr("&Next day"), "Alt+Right", 1),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, d=days: self._shift_day(d))
            go_menu.addAction(action)
        back = QAction(self.tr("Back to t&oday"), self)
        back.setShortcut(QKeySequence("Ctrl+T"))
        back.triggered.connect(lambda: self._show_tab(0, today=True))
        go_menu.addAction(back)

        help_menu = bar.addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&Guide"), self)
        guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        self.trial_action = QAction(self.tr("Send a test &reminder"), self)
        self.trial_action.setEnabled(False)  # until the app wires its notification paths
        self.trial_action.triggered.connect(self.send_test_reminder)
        help_menu.addAction(self.trial_action)
        about = QAction(self.tr("&About Baclofen Companion"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def set_reminder_trial(self, trial: Callable[[], TrialResult]) -> None:
        """The app's notification chain, to send a test reminder through (Help menu)."""
        self._trial = trial
        self.trial_action.setEnabled(True)

    def welcome_after_setup(self) -> None:
        """After the first set-up: when the first reminder comes; offer a test reminder."""
        trial = self._trial
        if trial is not None and self.scheduler is not None:
            welcome(self, self.scheduler.next_upcoming(), self.clock.now(), trial)

    def send_test_reminder(self) -> TrialResult | None:
        return send_trial(self, self._trial) if self._trial is not None else None

    def _show_tab(self, index: int, today: bool = False) -> None:
        self.tabs.setCurrentIndex(index)
        if today:
            self.today.go_to_today()

    def _shift_day(self, days: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.today.shift_day(days)

    def about_text(self) -> str:
        helps = self.tr(
            "Helps you take baclofen on time, change doses safely, never run out, "
            "and bring a clear diary to the doctor."
        )
        where = self.tr("Your data stays on this computer, in {path}.").format(
            path=html.escape(str(self.store.path))
        )
        licence = self.tr(
            "Free software under the GNU General Public License, version 3 or later ({spdx}). "
            "It comes with no warranty."
        ).format(spdx=LICENSE)
        return (
            f"<h3>{APP_NAME} {__version__}</h3>"
            f"<p>{helps}</p>"
            f"<p><b>{prescriber_note()}</b></p>"
            f"<p>{where}</p>"
            f"<p>{licence}</p>"
        )

    def show_guide(self) -> None:
        from baclofen_companion.ui.shell.guide import GuideDialog

        self.guide = GuideDialog(self.data_dir, self)
        self.guide.show()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About {app}").format(app=APP_NAME), self.about_text())

    def show_report(self) -> None:
        from baclofen_companion.ui.files.report_dialog import ReportDialog

        ReportDialog(self.store, self.clock, self.profile(), self).exec()

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            # A whole ordinary day (four doses and both banners) at 100 % text.
            self.resize(DEFAULT_SIZE)
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None:
                self.resize(self.size().boundedTo(screen.size()))

    def show_restore(self) -> None:
        if self.scheduler is not None:
            self.scheduler.stop()
        dialog = RestoreDialog(
            self.data_dir, self.clock, lambda: files.close(self.store), self._reopen_store, self
        )
        dialog.exec()
        if self.scheduler is not None:
            self.scheduler.poll()

    def _reopen_store(self) -> None:
        files.reopen(self.store, self.data_dir, self.clock)
        self.reload_profile()

    def show_export(self) -> None:
        from baclofen_companion.ui.files.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.store, self.clock, self, self.person.get(), settings=self.settings
        )
        dialog.exec()
        dialog.deleteLater()

    def show_settings(self) -> None:
        from baclofen_companion.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, self.chosen_data_dir, self, self.settings)
        if dialog.exec():
            self.bus.announce(Changed.SETTINGS | Changed.STOCK, self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        if self.scheduler is None or self.quitting or not self.isVisible():
            self.ticker.stop()
            super().closeEvent(event)
            self.closed.emit()
            return
        if QSystemTrayIcon.isSystemTrayAvailable():
            # Reminders go on from the tray; say so the first time.
            event.ignore()
            self.hide()
            if not self.told_about_tray:
                self.told_about_tray = True
                self.tray_hint.emit()
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Close Baclofen Companion?"),
            self.tr(
                "There is no tray on this desktop, so reminders stop while the app is closed. "
                "Close it anyway?"
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Close:
            event.ignore()
            return
        self.quitting = True
        super().closeEvent(event)
        self.closed.emit()
