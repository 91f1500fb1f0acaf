"""Help → Guide: a short offline guide — what each tab does, the missed-dose rule, where the
data lives — with a button that opens the data folder."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from baclofen_companion import APP_NAME
from baclofen_companion.render.text import missed_dose_rule, prescriber_note
from baclofen_companion.ui.widgets.common import fit_title


def _open(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


class GuideDialog(QDialog):
    """Not modal: it can stay open beside the window while the person tries what it says."""

    def __init__(
        self, data_dir: Path, parent: QWidget, open_url: Callable[[QUrl], bool] = _open
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.open_url = open_url
        self.setWindowTitle(self.tr("Guide"))
        fit_title(self)
        tabs = [
            (self.tr("Today"), self.tr("the day's doses: press Taken or Skip as you go (Ctrl+1).")),
            (self.tr("Dose log"), self.tr("every dose answered, to check or correct (Ctrl+2).")),
            (
                self.tr("Medicines"),
                self.tr("strengths, dose times, titration and taper plans, stock (Ctrl+3)."),
            ),
            (self.tr("Travel"), self.tr("what to pack and the dose times on a trip (Ctrl+4).")),
            (self.tr("Diary"), self.tr("how you feel, side effects and red flags (Ctrl+5).")),
            (self.tr("Charts"), self.tr("stiffness, pain and doses over weeks (Ctrl+6).")),
            (
                self.tr("Care"),
                self.tr("appointments, questions for the doctor and lab checks (Ctrl+7)."),
            ),
            (
                self.tr("Pump"),
                self.tr(
                    "an intrathecal pump's refill dates, its alarm, the emergency card (Ctrl+8)."
                ),
            ),
        ]
        items = "".join(
            f"<li><b>{html.escape(name)}</b>: {html.escape(what)}</li>" for name, what in tabs
        )
        where = self.tr(
            "Your data stays on this computer, in {path}. A backup is made there every day "
            "(in backups/); File → Restore from backup… brings one back."
        ).format(path=html.escape(str(data_dir)))
        heads = [self.tr("The tabs"), self.tr("A forgotten dose"), self.tr("Your data")]
        tabs_head, forgotten_head, data_head = (html.escape(h) for h in heads)
        text = QLabel(
            f"<h3>{tabs_head}</h3><ul>{items}</ul>"
            f"<h3>{forgotten_head}</h3><p>{html.escape(missed_dose_rule())}</p>"
            f"<h3>{data_head}</h3><p>{where}</p>"
            f"<p><i>{html.escape(prescriber_note())}</i></p>"
        )
        text.setWordWrap(True)
        text.setAccessibleName(self.tr("Guide to {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_folder = QPushButton(self.tr("&Open data folder"))
        self.open_folder.setAccessibleName(self.tr("Open data folder"))
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.clicked.connect(self._open_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(max(self.minimumWidth(), 520))

    def _open_folder(self) -> None:
        self.open_url(QUrl.fromLocalFile(str(self.data_dir)))
