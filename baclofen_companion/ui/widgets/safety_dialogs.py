"""Dialogs that guard against unsafe changes: stopping or cutting baclofen, passing a maximum."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.model import Medication
from baclofen_companion.core.safety import abrupt_stop_text, stop_confirmation


class StopChoice(Enum):
    CANCEL = "cancel"
    TAPER = "taper"
    GO_AHEAD = "go ahead"


class AbruptStopDialog(QDialog):
    """Explains withdrawal risks; offers a taper; going ahead needs the person's confirmation."""

    def __init__(self, medication: Medication, what: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.choice = StopChoice.CANCEL
        self.setWindowTitle(
            self.tr("Don't stop {medicine} suddenly").format(medicine=medication.name)
        )
        layout = QVBoxLayout(self)
        head = QLabel(f"<b>{what}</b>")
        head.setWordWrap(True)
        layout.addWidget(head)
        risks = QLabel(abrupt_stop_text(medication))
        risks.setWordWrap(True)
        risks.setAccessibleName(self.tr("Withdrawal risks"))
        layout.addWidget(risks)
        self.confirm = QCheckBox(stop_confirmation())
        self.confirm.setAccessibleName(stop_confirmation())
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox()
        self.taper_button = QPushButton(self.tr("Build a &taper…"))
        self.taper_button.setAccessibleName(self.tr("Build a taper"))
        self.go_button = QPushButton(self.tr("&Go ahead"))
        self.go_button.setAccessibleName(self.tr("Go ahead"))
        self.go_button.setEnabled(False)
        cancel = QPushButton(self.tr("Cancel"))
        buttons.addButton(self.taper_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.taper_button.setDefault(True)
        self.confirm.toggled.connect(self.go_button.setEnabled)
        self.taper_button.clicked.connect(lambda: self._done(StopChoice.TAPER))
        self.go_button.clicked.connect(lambda: self._done(StopChoice.GO_AHEAD))
        cancel.clicked.connect(self.reject)

    def _done(self, choice: StopChoice) -> None:
        self.choice = choice
        self.accept()


def confirm_over(parent: QWidget, title: str, messages: list[str]) -> bool:
    """Warn before saving something above a maximum; True when the person still wants it."""
    if not messages:
        return True
    answer = QMessageBox.warning(
        parent,
        title,
        "\n\n".join(messages)
        + "\n\n"
        + QCoreApplication.translate("SafetyDialogs", "Save it anyway?"),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Save
