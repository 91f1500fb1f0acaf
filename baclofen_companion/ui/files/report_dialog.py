"""File → Appointment report…: choose the person, the dates and the questions, save a PDF.

The PDF is written on the task runner's worker with a Store of its own: a ten-year report
takes over a second, and the window (reminders, the tray, repaint) carries on meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import CompanionError, ValidationError
from baclofen_companion.core.model import Profile
from baclofen_companion.core.schedule import local_date
from baclofen_companion.ops.history import report_start
from baclofen_companion.ops.session import Session
from baclofen_companion.render.report import (
    MAX_QUESTIONS,
    ReportRequest,
    ReportResult,
    write_report,
)
from baclofen_companion.services.tasks import Progress, Task, TaskRunner, own_store, runner
from baclofen_companion.ui.widgets.common import ErrorLabel, documents_folder, from_qdate, to_qdate
from baclofen_companion.ui.widgets.date_fields import DateField
from baclofen_companion.ui.widgets.task_progress import TaskProgress


class ReportDialog(QDialog):
    def __init__(
        self,
        store: Session,
        clock: Clock,
        current: Profile | None,
        parent: QWidget,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.tasks = tasks or runner()
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Appointment report"))
        self.saved: Path | None = None

        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person"))
        for profile in store.profiles():
            self.person.addItem(profile.name, profile.id)
        if current is not None and self.person.findData(current.id) >= 0:
            self.person.setCurrentIndex(self.person.findData(current.id))
        self.first = DateField()
        self.last = DateField()
        for edit, name in ((self.first, self.tr("From")), (self.last, self.tr("To"))):
            edit.setAccessibleName(name)
        self.questions = QPlainTextEdit()
        self.questions.setAccessibleName(self.tr("Questions for my doctor"))
        self.questions.setAccessibleDescription(
            self.tr("Printed in the report, with blank lines below to write more by hand.")
        )
        self.questions.setPlaceholderText(self.tr("For example: Is the drowsiness likely to fade?"))
        self.questions.setTabChangesFocus(True)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Save to"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(self.tr("Choose where to save"))
        choose.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose)

        form = QFormLayout()
        form.addRow(self.tr("&Person"), self.person)
        form.addRow(self.tr("&From"), self.first)
        form.addRow(self.tr("&To"), self.last)
        form.addRow(self.tr("&Questions for my doctor"), self.questions)
        save_label = QLabel(self.tr("&Save to"))
        save_label.setBuddy(self.path)  # a row holding a layout gets no buddy by itself
        form.addRow(save_label, path_row)
        intro = QLabel(
            self.tr(
                "A PDF for your appointment: the current plan and its changes, how doses went, "
                "charts, side effects and red flags from the diary, supply, and your questions."
            )
        )
        intro.setWordWrap(True)
        self.error = ErrorLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))
        self.status.hide()
        self.progress = TaskProgress(self.tr("Report progress"))
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save report"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.person.currentIndexChanged.connect(self._defaults)
        self._defaults()
        self.resize(560, 480)

    def profile(self) -> Profile | None:
        profile_id = self.person.currentData()
        return next((p for p in self.store.profiles() if p.id == profile_id), None)

    def _defaults(self) -> None:
        profile = self.profile()
        if profile is None:
            return
        today = local_date(self.clock.now(), profile.home_tz)
        self.first.setDate(to_qdate(report_start(self.store, profile, today)))
        self.last.setDate(to_qdate(today))
        name = "".join(c if c.isalnum() else "-" for c in profile.name).strip("-") or "report"
        self.path.setText(str(documents_folder() / f"appointment-report-{name}-{today}.pdf"))

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report as"), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            self.path.setText(chosen)

    def save(self) -> None:
        """Check what is asked, then write the PDF in the background."""
        if self.task is not None:
            return
        self.error.clear_error()
        self.status.hide()
        profile = self.profile()
        if profile is None:
            self.error.show_error(ValidationError("person", self.tr("No one is set up yet.")))
            return
        text = self.questions.toPlainText()
        if len(text) > MAX_QUESTIONS:
            self.error.show_error(
                ValidationError(
                    "questions",
                    self.tr("Questions are limited to {n} characters.").format(n=MAX_QUESTIONS),
                )
            )
            return
        request = ReportRequest(
            profile, from_qdate(self.first.date()), from_qdate(self.last.date()), text
        )
        out = Path(self.path.text())
        data_file, clock, zone_name = self.store.path, self.clock, self.store.zone_name
        now = self.clock.now()

        def write(progress: Progress) -> ReportResult:
            with own_store(data_file, clock, zone_name) as store:
                return write_report(store, request, out, now, progress)

        self.task = self.tasks.submit(write, "appointment report")
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._saved)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        self.progress.start(self.tr("Writing the report…"), (self.save_button, self.close_button))

    def _progressed(self, page: int, pages: int) -> None:
        if pages:
            text = self.tr("Writing the report… page {n} of {m}").format(n=page, m=pages)
        else:
            text = self.tr("Writing the report…")
        self.progress.step(text, page, pages)

    def _saved(self, result: ReportResult) -> None:
        self.saved = result.path
        self.status.setText(
            self.tr("✔ Saved the report ({n} pages) to {path}").format(
                n=result.pages, path=result.path
            )
        )
        self.status.show()

    def _failed(self, err: Exception) -> None:
        if isinstance(err, ValidationError):
            self.error.show_error(err)
        elif isinstance(err, CompanionError):
            self.error.show_message(str(err))
        else:
            self.error.show_message(
                self.tr("The report could not be written: {why}").format(why=err)
            )

    def _finished(self) -> None:
        self.task = None
        self.progress.stop()

    def reject(self) -> None:
        if self.task is None:  # the report being written finishes first
            super().reject()
