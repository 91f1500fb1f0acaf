"""File → Export…: the diary or the doses of one person, over chosen dates, as a CSV file.

The file is written on the task runner's worker with a Store of its own, so the window stays
responsive however long the history.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import CompanionError
from baclofen_companion.core.export import Table
from baclofen_companion.core.model import Profile
from baclofen_companion.core.schedule import local_date
from baclofen_companion.ops.export import ExportKind, export
from baclofen_companion.ops.session import Session
from baclofen_companion.services.logbook import log
from baclofen_companion.services.tasks import Progress, Task, TaskRunner, own_store, runner
from baclofen_companion.ui.widgets.common import (
    ErrorLabel,
    documents_folder,
    from_qdate,
    to_qdate,
)
from baclofen_companion.ui.widgets.date_fields import DateField
from baclofen_companion.ui.widgets.task_progress import TaskProgress

DEFAULT_DAYS = 90
"""The range offered first: the last 90 days, today included — about one clinic interval."""

FOLDER_KEY = "export/folder"
"""ui-settings.ini's key for the folder the last export went to."""

AskPath = Callable[[QWidget, str], str]
"""Asks where to save, starting from a suggested path; '' when the person cancels."""


def _file_dialog(parent: QWidget, suggested: str) -> str:
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QApplication.translate("ExportDialog", "Export to"),
        suggested,
        QApplication.translate("ExportDialog", "CSV files (*.csv);;All files (*)"),
    )
    return chosen


def suggested_name(person: str, kind: ExportKind, today: date) -> str:
    """'sam-diary-2026-03-10.csv': safe on every file system."""
    slug = re.sub(r"[^\w-]+", "-", person.strip().casefold()).strip("-_") or "export"
    return f"{slug[:40]}-{kind.value}-{today.isoformat()}.csv"


class ExportDialog(QDialog):
    def __init__(
        self,
        store: Session,
        clock: Clock,
        parent: QWidget,
        profile: Profile | None = None,
        folder: Path | None = None,
        ask_path: AskPath = _file_dialog,
        tasks: TaskRunner | None = None,
        settings: QSettings | None = None,
    ) -> None:
        """``settings`` (ui-settings.ini) remembers the last folder; ``folder`` overrides it."""
        super().__init__(parent)
        self.settings = settings
        self.store = store
        self.clock = clock
        self.tasks = tasks or runner()
        self.task: Task | None = None
        self.folder = folder or self._last_folder() or documents_folder()
        self.ask_path = ask_path
        self._own_name = False  # the person typed or chose a name: it no longer follows the kind
        # A file already agreed to be replaced, and with what: the file dialog's question, or
        # this dialog's own export. Another kind into the same file asks again.
        self._confirmed: tuple[str, ExportKind] | None = None
        self.setWindowTitle(self.tr("Export"))
        layout = self._column = QVBoxLayout(self)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr(
                "Save a spreadsheet (CSV file) to bring to your prescriber. "
                "It holds health information: keep it private."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        what = QVBoxLayout()
        self.diary = QRadioButton(self.tr("&Diary and withdrawal check-ins"))
        self.diary.setAccessibleName(self.tr("Diary"))
        self.diary.setAccessibleDescription(self.tr("Export diary entries and check-ins"))
        self.doses = QRadioButton(self.tr("D&oses: taken, skipped and missed"))
        self.doses.setAccessibleName(self.tr("Doses"))
        self.doses.setAccessibleDescription(self.tr("Export logged doses"))
        self.care = QRadioButton(self.tr("Ca&re: appointments, questions and lab checks"))
        self.care.setAccessibleName(self.tr("Care"))
        self.care.setAccessibleDescription(
            self.tr("Export appointments, questions for the doctor and lab checks")
        )
        self.kinds = QButtonGroup(self)
        for choice in (self.diary, self.doses, self.care):
            self.kinds.addButton(choice)
            what.addWidget(choice)
        self.diary.setChecked(True)
        form.addRow(self.tr("What:"), what)

        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person"))
        for someone in store.profiles():
            self.person.addItem(someone.name, someone.id)
        if profile is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(profile.id)))
        form.addRow(self.tr("&Person:"), self.person)

        today = self._today()
        self.first_day = DateField(to_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.last_day = DateField(to_qdate(today))
        self.first_day.setAccessibleName(self.tr("From date"))
        self.last_day.setAccessibleName(self.tr("To date"))
        dates = QHBoxLayout()
        dates.addWidget(self.first_day)
        to_label = QLabel(self.tr("&to"))
        to_label.setBuddy(self.last_day)
        dates.addWidget(to_label)
        dates.addWidget(self.last_day)
        dates.addStretch()
        form.addRow(self.tr("&From:"), dates)
        # The form's "From:" label points at the row's first field, the start date.
        from_label = form.labelForField(dates)
        if isinstance(from_label, QLabel):
            from_label.setBuddy(self.first_day)

        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Export file"))
        self.path.setMinimumWidth(380)
        self.choose = QPushButton(self.tr("&Choose…"))
        self.choose.setAccessibleName(self.tr("Choose the export file"))
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.choose)
        form.addRow(self.tr("&Save as:"), where)
        path_label = form.labelForField(where)
        if isinstance(path_label, QLabel):
            path_label.setBuddy(self.path)
        layout.addLayout(form)

        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Export result"))
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        layout.addWidget(self.outcome)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.progress = TaskProgress(self.tr("Export progress"))
        layout.addWidget(self.progress)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setDefault(True)
        close = self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.run_export)
        layout.addWidget(buttons)

        self.kinds.buttonToggled.connect(lambda _button, _on: self._suggest())
        self.person.currentIndexChanged.connect(lambda _index: self._suggest())
        self.choose.clicked.connect(self._choose)
        self.path.textEdited.connect(self._typed)
        self._suggest()

    # -- helpers --------------------------------------------------------------------------

    def kind(self) -> ExportKind:
        if self.care.isChecked():
            return ExportKind.CARE
        return ExportKind.DOSES if self.doses.isChecked() else ExportKind.DIARY

    def _profile(self) -> Profile | None:
        profile_id = self.person.currentData()
        return None if profile_id is None else self.store.profile(int(profile_id))

    def _today(self) -> date:
        profile = self._profile()
        return local_date(self.clock.now(), profile.home_tz if profile else "UTC")

    def _last_folder(self) -> Path | None:
        if self.settings is None:
            return None
        folder = Path(str(self.settings.value(FOLDER_KEY, "")))
        return folder if str(folder) not in ("", ".") and folder.is_dir() else None

    def _suggested_name(self) -> str:
        profile = self._profile()
        return suggested_name(profile.name if profile else "", self.kind(), self._today())

    def _suggest(self) -> None:
        """Offer a file name for what is chosen, until the person has typed or chosen their
        own: switching Diary to Doses must not keep "…-diary-….csv" and overwrite it."""
        if not self._own_name:
            self.path.setText(str(self.folder / self._suggested_name()))

    def _typed(self, text: str) -> None:
        self._own_name = bool(text.strip())

    def _choose(self) -> None:
        chosen = self.ask_path(self, self.path.text())
        if not chosen:
            return
        if not Path(chosen).suffix:
            chosen += ".csv"  # some platform dialogs add no extension
        path = Path(chosen)
        self.folder = path.parent
        # Keeping the offered name in another folder is not a name of one's own.
        self._own_name = path.name != self._suggested_name()
        self.path.setText(chosen)
        self._confirmed = (chosen, self.kind())

    def _show_result(self, text: str) -> None:
        self.error.clear_error()
        self.outcome.setText(text)
        self.outcome.show()
        self._fit()

    def _show_error(self, text: str) -> None:
        self.outcome.hide()
        self.error.show_message(text)
        self._fit()

    def _fit(self) -> None:
        """Grow to show a wrapped message whole rather than squeezing the form above it."""
        column = self._column
        column.activate()
        needed = max(column.totalHeightForWidth(self.width()), column.totalMinimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- exporting ------------------------------------------------------------------------

    def run_export(self) -> None:
        profile = self._profile()
        text = self.path.text().strip()
        first, last = from_qdate(self.first_day.date()), from_qdate(self.last_day.date())
        if profile is None:
            self._show_error(self.tr("There is no one to export yet."))
            return
        if not text:
            self._show_error(self.tr("Choose where to save the file."))
            self.path.setFocus()
            return
        if first > last:
            self._show_error(self.tr("The first day comes after the last day."))
            self.first_day.setFocus()
            return
        out = Path(text).expanduser()
        if out.is_file() and (text, self.kind()) != self._confirmed and not self._replace_ok(out):
            return
        if self.task is not None:
            return
        kind, data_file, clock = self.kind(), self.store.path, self.clock
        zone_name = self.store.zone_name

        def write(_progress: Progress) -> Table:
            with own_store(data_file, clock, zone_name) as store:
                return export(store, kind, profile, out, first, last)

        self.error.clear_error()
        self.outcome.hide()
        self.task = self.tasks.submit(write, "export")
        self.task.succeeded.connect(lambda table: self._exported(table, kind, profile, text, out))
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        self.progress.start(self.tr("Writing the file…"), (self.export_button, self.close_button))

    def _exported(
        self, table: Table, kind: ExportKind, profile: Profile, text: str, out: Path
    ) -> None:
        self._confirmed = (text, kind)
        if self.settings is not None:
            self.settings.setValue(FOLDER_KEY, str(out.parent))
            self.settings.sync()
        log().info("exported %s of %s to %s", kind.value, profile.name, out)
        self._show_result(
            self.tr("✔ Wrote {summary} for {person} to {path}").format(
                summary=table.summary(), person=profile.name, path=out
            )
        )

    def _failed(self, err: Exception) -> None:
        if isinstance(err, CompanionError):  # typed storage errors too: they say what to do
            self._show_error(str(err))
        else:
            self._show_error(self.tr("The file could not be written: {0}").format(err))

    def _finished(self) -> None:
        self.task = None
        self.progress.stop()

    def reject(self) -> None:
        if self.task is None:  # the file being written is finished first
            super().reject()

    def _replace_ok(self, out: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("{0} already exists. Replace it?").format(out),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
