"""The Care tab: a person's appointments, the questions gathered for the next one, lab checks.

It records and shows; it never says whether a lab value is good or bad.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.care import (
    Appointment,
    CareQuestion,
    LabCheck,
    next_appointment,
    questions_since_last,
)
from baclofen_companion.core.text import date_time_text, short_date_year
from baclofen_companion.ops import care
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ui.care.dialogs import (
    AppointmentDialog,
    CareDialog,
    LabCheckDialog,
    LabResultDialog,
    QuestionDialog,
)
from baclofen_companion.ui.care.model import RecordTable
from baclofen_companion.ui.widgets.common import PersonView, local
from baclofen_companion.ui.widgets.context import ViewContext

Record = TypeVar("Record")


class CareView(PersonView):
    RELOAD_ON: ClassVar[Changed] = Changed.CARE | Changed.PEOPLE

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.appointments: RecordTable[Appointment] = RecordTable(
            [self.tr("When"), self.tr("With whom"), self.tr("Where"), self.tr("What to bring")]
        )
        self.questions: RecordTable[CareQuestion] = RecordTable(
            [self.tr("Asked on"), self.tr("Question")]
        )
        self.labs: RecordTable[LabCheck] = RecordTable(
            [
                self.tr("Test"),
                self.tr("Due by"),
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Date of the test"),
                self.tr("Note"),
            ]
        )
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName(self.tr("Next appointment"))

        self.appointment_table = self._table(self.appointments, self.tr("Appointments"))
        self.question_table = self._table(self.questions, self.tr("Questions for the doctor"))
        self.lab_table = self._table(self.labs, self.tr("Lab checks"))

        column = QVBoxLayout(self)
        column.addWidget(self.next_label)
        column.addWidget(self._heading(self.tr("Appointments")))
        column.addWidget(self.appointment_table, 2)
        column.addLayout(
            self._buttons(
                (self.tr("&Add an appointment…"), self.add_appointment),
                (self.tr("Ca&ncel the appointment…"), self.cancel_appointment),
            )
        )
        column.addWidget(self._heading(self.tr("Questions since the last appointment")))
        column.addWidget(self.question_table, 1)
        column.addLayout(
            self._buttons(
                (self.tr("Add a &question…"), self.add_question),
                (self.tr("Re&move the question"), self.remove_question),
            )
        )
        column.addWidget(self._heading(self.tr("Lab checks")))
        column.addWidget(self.lab_table, 2)
        column.addLayout(
            self._buttons(
                (self.tr("Add a &lab check…"), self.add_lab_check),
                (self.tr("Record the resul&t…"), self.record_result),
            )
        )
        never = QLabel(
            self.tr(
                "Results are kept as you type them; the app does not judge them. "
                "Your prescriber reads them."
            )
        )
        never.setWordWrap(True)
        column.addWidget(never)

    # -- building -------------------------------------------------------------------------

    def _table(self, model: RecordTable[Record], name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setWordWrap(True)
        return table

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>")
        return label

    def _buttons(self, *actions: tuple[str, object]) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in actions:
            push = QPushButton(text)
            push.setAccessibleName(text.replace("&", "").removesuffix("…"))
            push.clicked.connect(slot)
            row.addWidget(push)
        row.addStretch(1)
        return row

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        profile = self._profile()
        if profile is None:
            for model in (self.appointments, self.questions, self.labs):
                model.set_rows([])
            self.next_label.clear()
            return
        now = self.clock.now()
        tz = profile.home_tz
        booked = self.store.appointments(profile.id)
        self.appointments.set_rows(
            [
                (a, (date_time_text(local(a.at, tz)), a.with_whom, a.place, a.bring))
                for a in sorted(booked, key=lambda a: a.at, reverse=True)
            ]
        )
        asked = questions_since_last(self.store.care_questions(profile.id), booked, now)
        self.questions.set_rows(
            [(q, (short_date_year(local(q.asked, tz).date()), q.text)) for q in asked]
        )
        self.labs.set_rows([(c, self._lab_cells(c)) for c in self.store.lab_checks(profile.id)])
        coming = next_appointment(booked, now)
        if coming is None:
            self.next_label.setText(self.tr("No appointment booked."))
        else:
            self.next_label.setText(
                self.tr("Next appointment: {when} with {whom}.").format(
                    when=date_time_text(local(coming.at, tz)), whom=coming.with_whom
                )
            )

    @staticmethod
    def _lab_cells(check: LabCheck) -> tuple[str, ...]:
        due = short_date_year(check.due) if check.due else ""
        done = short_date_year(check.result_date) if check.result_date else ""
        return (check.name, due, check.value, check.unit, done, check.note)

    # -- acting -----------------------------------------------------------------------------

    def _run(self, dialog: CareDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed:
            self.reload()
            self.announce(dialog.changed)

    @staticmethod
    def _chosen(table: QTableView, model: RecordTable[Record]) -> Record | None:
        rows = table.selectionModel().selectedRows()
        return model.record(rows[0].row()) if rows else None

    def _say_choose(self, what: str) -> None:
        QMessageBox.information(self, self.tr("Choose a row"), what)

    def add_appointment(self) -> None:
        profile = self._profile()
        if profile is not None:
            self._run(AppointmentDialog(self.store, profile, self.clock.now(), self))

    def add_question(self) -> None:
        """Also the Diary's "A question for the doctor…"."""
        profile = self._profile()
        if profile is not None:
            self._run(QuestionDialog(self.store, profile, self))

    def add_lab_check(self) -> None:
        profile = self._profile()
        if profile is not None:
            self._run(LabCheckDialog(self.store, profile, self._today(profile), self))

    def record_result(self) -> None:
        profile = self._profile()
        check = self._chosen(self.lab_table, self.labs)
        if profile is None:
            return
        if check is None:
            self._say_choose(self.tr("Choose the lab check in the table first."))
            return
        self._run(LabResultDialog(self.store, check, self._today(profile), self))

    def cancel_appointment(self) -> None:
        appointment = self._chosen(self.appointment_table, self.appointments)
        if appointment is None:
            self._say_choose(self.tr("Choose the appointment in the table first."))
            return
        sure = QMessageBox.question(
            self,
            self.tr("Cancel the appointment?"),
            self.tr("Cancel the appointment with {whom}? Its reminders stop.").format(
                whom=appointment.with_whom
            ),
        )
        if sure == QMessageBox.StandardButton.Yes:
            changed = care.cancel_appointment(self.store, appointment)
            self.reload()
            self.announce(changed)

    def remove_question(self) -> None:
        question = self._chosen(self.question_table, self.questions)
        if question is None:
            self._say_choose(self.tr("Choose the question in the table first."))
            return
        changed = care.remove_question(self.store, question)
        self.reload()
        self.announce(changed)
