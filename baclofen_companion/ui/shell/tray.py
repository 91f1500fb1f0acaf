"""The tray icon: the next dose in its tooltip, quick answers in its menu, '!' while overdue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from baclofen_companion import APP_NAME
from baclofen_companion.core.reminders import OpenDose, is_late
from baclofen_companion.core.units import format_mg
from baclofen_companion.services.scheduler import ReminderScheduler
from baclofen_companion.ui.widgets.common import app_icon, overdue_icon


def _describe(item: OpenDose, now: datetime) -> str:
    dose = item.dose
    return QCoreApplication.translate("Tray", "{person} — {medicine} {amount} at {time}").format(
        person=item.person,
        medicine=dose.medication.name,
        amount=format_mg(dose.amount_mg),
        time=item.when(now),
    )


class Tray(QObject):
    def __init__(
        self,
        scheduler: ReminderScheduler,
        show_window: Callable[[], None],
        quit_app: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self._normal = app_icon()
        self._overdue = overdue_icon()
        self.icon = QSystemTrayIcon(self._normal, self)
        self.menu = QMenu()
        self.next_action = QAction(self.tr("No dose due"), self)
        self.next_action.setEnabled(False)
        self.take_action = QAction(self.tr("Take now"), self)
        self.snooze_action = QAction(self.tr("Snooze {minutes} min").format(minutes=10), self)
        self.skip_action = QAction(self.tr("Skip"), self)
        self.open_action = QAction(self.tr("Open {app}").format(app=APP_NAME), self)
        self.quit_action = QAction(self.tr("Quit"), self)
        for action in (self.next_action, self.take_action, self.snooze_action, self.skip_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.take_action.triggered.connect(lambda: self._answer(scheduler.take))
        self.snooze_action.triggered.connect(lambda: self._answer(scheduler.snooze))
        self.skip_action.triggered.connect(lambda: self._answer(scheduler.skip))
        self.open_action.triggered.connect(show_window)
        self.quit_action.triggered.connect(quit_app)
        self.icon.activated.connect(
            lambda reason: (
                show_window() if reason == QSystemTrayIcon.ActivationReason.Trigger else None
            )
        )
        self.icon.messageClicked.connect(show_window)
        scheduler.state_changed.connect(self.refresh)
        self.refresh()

    def target(self) -> OpenDose | None:
        """The dose the quick answers apply to: the oldest one due now."""
        due = self.scheduler.due_now()
        return due[0] if due else None

    def _answer(self, act: Callable[..., None]) -> None:
        target = self.target()
        if target is not None:
            act(target.dose)

    def refresh(self) -> None:
        target = self.target()
        now = self.scheduler.clock.now()
        snooze = self.scheduler.store.reminder_settings().snooze_minutes
        self.snooze_action.setText(self.tr("Snooze {minutes} min").format(minutes=snooze))
        for action in (self.take_action, self.snooze_action, self.skip_action):
            action.setEnabled(target is not None)
        if target is not None:
            overdue = is_late(target.dose, now)
            what = _describe(target, now)
            self.next_action.setText(
                self.tr("Overdue: {dose}").format(dose=what)
                if overdue
                else self.tr("Due now: {dose}").format(dose=what)
            )
            self.icon.setIcon(self._overdue if overdue else self._normal)
            self.icon.setToolTip(f"{APP_NAME}\n{self.next_action.text()}")
            return
        self.icon.setIcon(self._normal)
        upcoming = self.scheduler.next_upcoming()
        if upcoming:
            text = self.tr("Next: {dose}").format(dose=_describe(upcoming, now))
        else:
            text = self.tr("No dose due")
        self.next_action.setText(text)
        self.icon.setToolTip(f"{APP_NAME}\n{text}")
