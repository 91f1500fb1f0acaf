"""The Care tab's forms: an appointment, a question for the doctor, a lab check, its result.

Each asks, checks through the use case (which raises ValidationError naming the field), and
saves only on Save; Cancel writes nothing.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.care import Appointment, LabCheck
from baclofen_companion.core.errors import StoreError, ValidationError
from baclofen_companion.core.model import Profile
from baclofen_companion.ops import care
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.session import Session
from baclofen_companion.ui.widgets.common import (
    add_save_cancel,
    fit_title,
    from_qdate,
    from_qdatetime,
    to_qdate,
    to_qdatetime,
)
from baclofen_companion.ui.widgets.date_fields import DateField, DateTimeField


class CareDialog(QDialog):
    """A form whose Save runs one use case; ``changed`` says what it wrote."""

    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.changed = Changed.NOTHING
        self.form = QFormLayout()
        self.column = QVBoxLayout(self)

    def finish(self, intro: str = "") -> None:
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            self.column.addWidget(label)
        self.column.addLayout(self.form)
        self.error = add_save_cancel(self, self.column, self._save)
        fit_title(self)

    def line(self, label: str, name: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setAccessibleName(name)
        self.form.addRow(label, edit)
        return edit

    def _save(self) -> None:
        self.error.clear_error()
        try:
            self.changed = self.write()
        except ValidationError as err:
            self.error.show_error(err)
            return
        except StoreError as err:
            self.error.show_message(str(err))
            return
        self.accept()

    def write(self) -> Changed:
        raise NotImplementedError


class AppointmentDialog(CareDialog):
    def __init__(self, session: Session, profile: Profile, now: datetime, parent: QWidget) -> None:
        super().__init__(self.tr("Add an appointment"), parent)
        self.session, self.profile = session, profile
        start = (now + timedelta(days=7)).replace(minute=0, second=0, microsecond=0)
        self.when = DateTimeField(to_qdatetime(start, profile.home_tz))
        self.when.setAccessibleName(self.tr("Date and time"))
        self.form.addRow(self.tr("&Date and time"), self.when)
        self.with_whom = self.line(self.tr("&With whom"), self.tr("With whom"))
        self.with_whom.setPlaceholderText(self.tr("For example: Dr Okafor, neurology"))
        self.place = self.line(self.tr("W&here"), self.tr("Where"))
        self.bring = self.line(self.tr("What to &bring"), self.tr("What to bring"))
        self.bring.setPlaceholderText(self.tr("For example: medicine boxes, the report"))
        self.finish()

    def write(self) -> Changed:
        at = from_qdatetime(self.when.dateTime(), self.profile.home_tz)
        draft = Appointment(
            self.profile.id,
            at,
            self.profile.home_tz,
            self.with_whom.text(),
            self.place.text(),
            self.bring.text(),
        )
        return care.add_appointment(self.session, draft)[1]


class QuestionDialog(CareDialog):
    """A question for the doctor: gathered for the next appointment's report."""

    def __init__(self, session: Session, profile: Profile, parent: QWidget) -> None:
        super().__init__(self.tr("A question for the doctor"), parent)
        self.session, self.profile = session, profile
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Question"))
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("For example: Is the drowsiness likely to fade?"))
        self.form.addRow(self.tr("&Question"), self.text)
        self.finish(
            self.tr("Kept for your next appointment and printed in its report, with the others.")
        )

    def write(self) -> Changed:
        return care.ask(self.session, self.profile.id, self.text.toPlainText())[1]


class LabCheckDialog(CareDialog):
    """A test the prescriber asked for."""

    def __init__(self, session: Session, profile: Profile, today: date, parent: QWidget) -> None:
        super().__init__(self.tr("Add a lab check"), parent)
        self.session, self.profile = session, profile
        self.name = self.line(self.tr("&Test"), self.tr("Test"))
        self.name.setPlaceholderText(self.tr("For example: kidney function (eGFR), creatinine"))
        self.due = DateField(to_qdate(today + timedelta(days=14)))
        self.due.setAccessibleName(self.tr("Due by"))
        self.form.addRow(self.tr("&Due by"), self.due)
        self.finish(self.tr("A test your prescriber asked for. Add the result when you have it."))

    def write(self) -> Changed:
        due = from_qdate(self.due.date())
        return care.add_lab_check(self.session, self.profile.id, self.name.text(), due)[1]


class LabResultDialog(CareDialog):
    """A lab check's result, as the lab wrote it: the app does not judge it."""

    def __init__(self, session: Session, check: LabCheck, today: date, parent: QWidget) -> None:
        super().__init__(self.tr("Record a lab result"), parent)
        self.session, self.check = session, check
        self.value = self.line(self.tr("&Value"), self.tr("Value"), check.value)
        self.unit = self.line(self.tr("&Unit"), self.tr("Unit"), check.unit)
        self.unit.setPlaceholderText(self.tr("For example: mL/min/1.73 m²"))
        self.on = DateField(to_qdate(check.result_date or today))
        self.on.setAccessibleName(self.tr("Date of the test"))
        self.form.addRow(self.tr("Date of the &test"), self.on)
        self.note = self.line(self.tr("&Note"), self.tr("Note"), check.note)
        self.finish(
            self.tr(
                "{test}: write the result as the lab gave it. Your prescriber reads it."
            ).format(test=check.name)
        )

    def write(self) -> Changed:
        on = from_qdate(self.on.date())
        return care.record_lab_result(
            self.session, self.check, self.value.text(), self.unit.text(), on, self.note.text()
        )[1]
