"""Settings: how reminders repeat and snooze, refill lead time, appearance, language, login."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
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
from baclofen_companion.ops.session import Session
from baclofen_companion.ops.settings import save_settings
from baclofen_companion.services import autostart
from baclofen_companion.services.logbook import log
from baclofen_companion.ui.shell.i18n import (
    Language,
    language_labels,
    store_language,
    stored_language,
)
from baclofen_companion.ui.shell.theme import (
    Theme,
    apply_theme,
    stored_theme,
    theme_labels,
)
from baclofen_companion.ui.widgets.common import add_save_cancel


class SettingsDialog(QDialog):
    def __init__(
        self,
        store: Session,
        data_dir: Path | None,
        parent: QWidget,
        ui_settings: QSettings | None = None,
    ) -> None:
        """``ui_settings`` is ui-settings.ini, where the language is kept (none: not shown)."""
        super().__init__(parent)
        self.store = store
        self.data_dir = data_dir
        self.ui_settings = ui_settings
        self.setWindowTitle(self.tr("Settings"))
        current = store.reminder_settings()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.repeat = QSpinBox()
        self.repeat.setRange(1, 120)
        self.repeat.setSuffix(self.tr(" min"))
        self.repeat.setValue(current.repeat_minutes)
        self.repeat.setAccessibleName(self.tr("Repeat every"))
        self.limit = QSpinBox()
        self.limit.setRange(0, 24)
        self.limit.setSuffix(self.tr(" times"))
        self.limit.setValue(current.max_repeats)
        self.limit.setAccessibleName(self.tr("Repeat limit"))
        self.snooze = QSpinBox()
        self.snooze.setRange(1, 120)
        self.snooze.setSuffix(self.tr(" min"))
        self.snooze.setValue(current.snooze_minutes)
        self.snooze.setAccessibleName(self.tr("Snooze for"))
        watch = store.withdrawal_settings()
        self.missed = QSpinBox()
        self.missed.setRange(1, 10)
        self.missed.setSuffix(self.tr(" doses in a row"))
        self.missed.setValue(watch.missed_in_row)
        self.missed.setAccessibleName(self.tr("Withdrawal watch after missed doses"))
        self.hours = QSpinBox()
        self.hours.setRange(6, 96)
        self.hours.setSuffix(self.tr(" hours"))
        self.hours.setValue(watch.hours_without)
        self.hours.setAccessibleName(self.tr("Withdrawal watch after hours without a dose"))
        self.lead = QSpinBox()
        self.lead.setRange(0, 60)
        self.lead.setSuffix(self.tr(" days before running out"))
        self.lead.setValue(store.stock.lead_days)
        self.lead.setAccessibleName(self.tr("Refill reminder lead time"))
        self.theme = QComboBox()
        for theme, text in theme_labels().items():
            self.theme.addItem(text, theme.value)
        self.theme.setCurrentIndex(self.theme.findData(stored_theme(store).value))
        self.theme.setAccessibleName(self.tr("Appearance"))
        # Language (issue #9): kept in ui-settings.ini, applied at the next start.
        self.language = QComboBox()
        for language, text in language_labels().items():
            self.language.addItem(text, language.value)
        self.language.setAccessibleName(self.tr("Language"))
        self._language_was = Language.SYSTEM
        if ui_settings is not None:
            self._language_was = stored_language(ui_settings)
        self.language.setCurrentIndex(self.language.findData(self._language_was.value))
        self.language_note = QLabel(self.tr("Takes effect when you restart the app."))
        self.language_note.setAccessibleName(self.tr("Language note"))
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(self._chosen_language() != self._language_was)
        )
        self.login = QCheckBox(self.tr("Start at login, in the tray"))
        self.login.setAccessibleName(self.tr("Start at login"))
        self.login.setChecked(autostart.is_enabled())
        form.addRow(self.tr("&Repeat an unanswered reminder every:"), self.repeat)
        form.addRow(self.tr("…at most this many &times:"), self.limit)
        form.addRow(self.tr("&Snooze for:"), self.snooze)
        form.addRow(self.tr("Withdrawal watch after &missed baclofen:"), self.missed)
        form.addRow(self.tr("…or after this long &without a dose:"), self.hours)
        form.addRow(self.tr("Remind me to re&fill:"), self.lead)
        form.addRow(self.tr("&Appearance:"), self.theme)
        if ui_settings is not None:
            form.addRow(self.tr("&Language:"), self.language)
            form.addRow("", self.language_note)
        form.addRow("", self.login)
        layout.addLayout(form)
        note = QLabel(
            self.tr(
                "A dose nobody answers is marked missed once its next dose is less than "
                "2 hours away. You can still change it in the dose log."
            )
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
            self.error.show_message(
                self.tr("Start at login could not be changed: {why}").format(why=err)
            )
            return
        theme = Theme(self.theme.currentData())
        save_settings(self.store, settings, watch, self.lead.value(), theme.value)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        if self.ui_settings is not None and self._chosen_language() != self._language_was:
            store_language(self.ui_settings, self._chosen_language())
            log().info("language set to %s (from the next start)", self._chosen_language().value)
        self.accept()

    def _chosen_language(self) -> Language:
        return Language(self.language.currentData())
