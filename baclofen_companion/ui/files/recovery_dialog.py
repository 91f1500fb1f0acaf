"""When the data file cannot be opened at start: a full disk, a held file or no permission is
said plainly with Try again and Quit, the file untouched; only a damaged file is set aside, with
a backup or a fresh start offered."""

from __future__ import annotations

import html
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion import APP_NAME
from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import StoreError
from baclofen_companion.ops.files import (
    Damage,
    Unavailable,
    assess,
    history_only_in_backups,
    lost_data_file,
    recover,
)
from baclofen_companion.services.logbook import log
from baclofen_companion.ui.files.restore_dialog import count_text, when_text
from baclofen_companion.ui.widgets.common import system_zone_name


class RecoveryChoice(StrEnum):
    RESTORE = "restore"
    START_FRESH = "start fresh"
    QUIT = "quit"


class RecoveryOutcome(StrEnum):
    NOT_APPLICABLE = "not applicable"  # the file is not the problem: show the error as before
    DECLINED = "declined"  # the person chose Quit; nothing was changed
    RECOVERED = "recovered"  # open the store again
    RETRY = "try again"  # the cause was outside the file; the person asks to open it again
    FAILED = "failed"  # recovery was tried and did not work; the message has been shown


class UnavailableDialog(QMessageBox):
    """The file is fine but cannot be used now: what is wrong, what to do, Try again or Quit."""

    def __init__(self, problem: Unavailable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("{app} cannot open its data").format(app=APP_NAME))
        self.setTextFormat(Qt.TextFormat.RichText)
        reason = problem.reason[:1].upper() + problem.reason[1:]
        self.setText(
            "<p><b>"
            + self.tr("Your data file cannot be used just now.")
            + "</b></p><p>"
            + html.escape(
                self.tr("{reason}. {advice}").format(reason=reason, advice=problem.advice)
            )
            + "</p><p>"
            + self.tr("Nothing has been changed or moved: your data stays in {path}.").format(
                path=f"<code>{html.escape(str(problem.data_file))}</code>"
            )
            + "</p>"
        )
        self.try_again_button = self.addButton(
            self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole
        )
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.try_again_button)
        self.setEscapeButton(self.quit_button)

    def wants_to_try_again(self) -> bool:
        return self.clickedButton() is self.try_again_button


class RecoveryDialog(QDialog):
    """Says what is wrong and that the file is kept; the person picks the way forward."""

    def __init__(
        self, damage: Damage, parent: QWidget | None = None, tz: str | None = None
    ) -> None:
        super().__init__(parent)
        self.damage = damage
        self.choice = RecoveryChoice.QUIT
        tz = tz or system_zone_name()
        self.setWindowTitle(self.tr("{app} cannot open its data").format(app=APP_NAME))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        folder = damage.data_file.parent
        if damage.no_one:
            heading = self.tr("Your data file holds no one yet.")
        elif not damage.data_file.exists():
            heading = self.tr("Your data file is missing.")
        elif damage.data_file.stat().st_size == 0:
            heading = self.tr("Your data file is empty.")
        else:
            heading = self.tr("Your data file could not be opened.")
        kept = ""
        if damage.data_file.exists():
            kept = (
                "<p>"
                + self.tr(
                    "Nothing will be deleted. The file is kept in {folder}, renamed to {name}, "
                    "so that it can be looked at or repaired later."
                ).format(
                    folder=f"<code>{html.escape(str(folder))}</code>",
                    name="<code>companion-damaged-</code><i>"
                    + self.tr("date")
                    + "</i><code>.db</code>",
                )
                + "</p>"
            )
        explanation = QLabel(
            f"<p><b>{html.escape(heading)}</b></p><p>{html.escape(damage.problem)}</p>{kept}"
        )
        explanation.setWordWrap(True)
        explanation.setAccessibleName(self.tr("What happened"))
        layout.addWidget(explanation)

        self.options = QButtonGroup(self)
        good = damage.newest_good
        self.restore_option: QRadioButton | None = None
        if good is not None:
            self.restore_option = QRadioButton(self.tr("Restore the newest good backup"))
            self.restore_option.setAccessibleName(self.tr("Restore the newest good backup"))
            self.options.addButton(self.restore_option)
            layout.addWidget(self.restore_option)
            # A radio button's text never wraps, so the details go in a label beneath it.
            details = QLabel(
                self.tr(
                    "Made {when}, with {doses} logged doses. "
                    "Doses logged after it was made will need entering again."
                ).format(when=when_text(good, tz), doses=count_text(good.doses))
            )
            details.setWordWrap(True)
            details.setAccessibleName(self.tr("Backup details"))
            details.setContentsMargins(24, 0, 0, 0)
            layout.addWidget(details)
        else:
            none = QLabel(self.tr("There is no backup that can be restored."))
            none.setAccessibleName(self.tr("No good backup"))
            layout.addWidget(none)
        self.fresh_option = QRadioButton(self.tr("Start fresh with no data"))
        self.fresh_option.setAccessibleName(self.tr("Start fresh"))
        self.options.addButton(self.fresh_option)
        layout.addWidget(self.fresh_option)
        (self.restore_option or self.fresh_option).setChecked(True)

        layout.addStretch()  # spare height goes below the choices, not between them
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.quit_button = buttons.addButton(
            self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self._continue)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def backup_path(self) -> Path | None:
        """The backup to restore, if that is the choice."""
        good = self.damage.newest_good
        return good.path if self.choice is RecoveryChoice.RESTORE and good else None

    def _continue(self) -> None:
        restoring = self.restore_option is not None and self.restore_option.isChecked()
        self.choice = RecoveryChoice.RESTORE if restoring else RecoveryChoice.START_FRESH
        self.accept()

    def reject(self) -> None:
        self.choice = RecoveryChoice.QUIT
        super().reject()


def offer_recovery(
    data_dir: Path,
    clock: Clock,
    error: BaseException,
    parent: QWidget | None = None,
    tz: str | None = None,
) -> RecoveryOutcome:
    """After open_store failed: if the environment is to blame, say so and offer Try again
    (the file untouched); if the file is bad, ask what to do and do it."""
    return _resolve(data_dir, clock, assess(data_dir, error), parent, tz)


def offer_lost_file(
    data_dir: Path, clock: Clock, parent: QWidget | None = None, tz: str | None = None
) -> RecoveryOutcome:
    """Before opening (and before any first-run setup): if the data file is missing or empty
    while a good backup exists, offer that backup. NOT_APPLICABLE when nothing is lost."""
    return _resolve(data_dir, clock, lost_data_file(data_dir), parent, tz)


def offer_history_in_backups(
    data_dir: Path, clock: Clock, parent: QWidget | None = None, tz: str | None = None
) -> RecoveryOutcome:
    """Opened with no one set up while a backup holds doses: offer it before the setup.
    NOT_APPLICABLE when no backup holds any."""
    return _resolve(data_dir, clock, history_only_in_backups(data_dir), parent, tz)


def _resolve(
    data_dir: Path,
    clock: Clock,
    damage: Damage | Unavailable | None,
    parent: QWidget | None,
    tz: str | None,
) -> RecoveryOutcome:
    if damage is None:
        return RecoveryOutcome.NOT_APPLICABLE
    if isinstance(damage, Unavailable):
        log().warning("data file cannot be used just now: %s", damage.reason)
        blocked = UnavailableDialog(damage, parent)
        blocked.exec()
        again = blocked.wants_to_try_again()
        blocked.deleteLater()
        return RecoveryOutcome.RETRY if again else RecoveryOutcome.DECLINED
    log().warning("data file cannot be used: %s", damage.problem)
    dialog = RecoveryDialog(damage, parent, tz)
    dialog.exec()
    choice, backup = dialog.choice, dialog.backup_path()
    dialog.deleteLater()
    if choice is RecoveryChoice.QUIT:
        return RecoveryOutcome.DECLINED
    try:
        result = recover(data_dir, clock, backup)
    except StoreError as err:
        log().error("recovery failed: %s", err)
        QMessageBox.critical(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "RecoveryDialog", "The data could not be recovered: {why}"
            ).format(why=err),
        )
        return RecoveryOutcome.FAILED
    kept = result.set_aside[0].name if result.set_aside else "(nothing to keep)"
    log().info("recovery: %s; damaged file kept as %s", choice.value, kept)
    return RecoveryOutcome.RECOVERED
