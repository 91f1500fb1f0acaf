"""Settings: how reminders repeat and snooze, refill lead time, and starting at login."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.reminders import ReminderSettings
from baclofen_companion.core.safety import WithdrawalSettings
from baclofen_companion.services import autostart
from baclofen_companion.services.logbook import log
from baclofen_companion.store import Store
from baclofen_companion.ui.common import add_save_cancel
from baclofen_companion.ui.theme import THEME_KEY, THEME_LABELS, Theme, apply_theme, stored_theme


class SettingsDialog(QDialog):
    def __init__(self, store: Store, data_dir: Path | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.data_dir = data_dir
        self.setWindowTitle("Settings")
        current = store.reminder_settings()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.repeat = QSpinBox()
        self.repeat.setRange(1, 120)
        self.repeat.setSuffix(" min")
        self.repeat.setValue(current.repeat_minutes)
        self.repeat.setAccessibleName("Repeat every")
        self.limit = QSpinBox()
        self.limit.setRange(0, 24)
        self.limit.setSuffix(" times")
        self.limit.setValue(current.max_repeats)
        self.limit.setAccessibleName("Repeat limit")
        self.snooze = QSpinBox()
        self.snooze.setRange(1, 120)
        self.snooze.setSuffix(" min")
        self.snooze.setValue(current.snooze_minutes)
        self.snooze.setAccessibleName("Snooze for")
        watch = store.withdrawal_settings()
        self.missed = QSpinBox()
        self.missed.setRange(1, 10)
        self.missed.setSuffix(" doses in a row")
        self.missed.setValue(watch.missed_in_row)
        self.missed.setAccessibleName("Withdrawal watch after missed doses")
        self.hours = QSpinBox()
        self.hours.setRange(6, 96)
        self.hours.setSuffix(" hours")
        self.hours.setValue(watch.hours_without)
        self.hours.setAccessibleName("Withdrawal watch after hours without a dose")
        self.lead = QSpinBox()
        self.lead.setRange(0, 60)
        self.lead.setSuffix(" days before running out")
        self.lead.setValue(store.stock.lead_days)
        self.lead.setAccessibleName("Refill reminder lead time")
        self.theme = QComboBox()
        for theme, text in THEME_LABELS.items():
            self.theme.addItem(text, theme.value)
        self.theme.setCurrentIndex(self.theme.findData(stored_theme(store).value))
        self.theme.setAccessibleName("Appearance")
        self.login = QCheckBox("Start at login, in the tray")
        self.login.setAccessibleName("Start at login")
        self.login.setChecked(autostart.is_enabled())
        form.addRow("&Repeat an unanswered reminder every:", self.repeat)
        form.addRow("…at most this many &times:", self.limit)
        form.addRow("&Snooze for:", self.snooze)
        form.addRow("Withdrawal watch after &missed baclofen:", self.missed)
        form.addRow("…or after this long &without a dose:", self.hours)
        form.addRow("Remind me to re&fill:", self.lead)
        form.addRow("&Appearance:", self.theme)
        form.addRow("", self.login)
        layout.addLayout(form)
        note = QLabel(
            "A dose nobody answers is marked missed once its next dose is less than "
            "2 hours away. You can still change it in the dose log."
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = add_save_cancel(self, layout, self._save)

    def _save(self) -> None:
        try:
            settings = ReminderSettings(
                repeat_minutes=self.repeat.value(),
                max_repeats=self.limit.value(),
                snooze_minutes=self.snooze.value(),
            )
            watch = WithdrawalSettings(self.missed.value(), self.hours.value())
        except ValidationError as err:
            self.error.show_error(err)
            return
        try:
            if self.login.isChecked() != autostart.is_enabled():
                where = autostart.set_enabled(self.login.isChecked(), self.data_dir)
                log().info("start at login %s: %s", self.login.isChecked(), where)
        except OSError as err:
            self.error.show_message(f"Start at login could not be changed: {err}")
            return
        self.store.set_reminder_settings(settings)
        self.store.set_withdrawal_settings(watch)
        self.store.stock.set_lead_days(self.lead.value())
        theme = Theme(self.theme.currentData())
        self.store.set_setting(THEME_KEY, theme.value)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        self.accept()
