"""Correct… in the dose log: a logged dose's status or time changed, with the reason that the
audit trail keeps."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.errors import CompanionError, ValidationError
from baclofen_companion.core.model import DoseEvent, DoseStatus
from baclofen_companion.core.schedule import local_to_utc
from baclofen_companion.core.text import hhmm
from baclofen_companion.core.units import dose_label
from baclofen_companion.core.validation import is_still_to_come
from baclofen_companion.ops.doses import correct
from baclofen_companion.ops.session import Session
from baclofen_companion.ui.widgets.common import (
    add_save_cancel,
    day_and_time,
    fit_title,
    from_qdatetime,
    short_date,
    to_qdatetime,
)
from baclofen_companion.ui.widgets.date_fields import DateTimeField


def status_text(status: DoseStatus) -> str:
    return {
        DoseStatus.TAKEN: QCoreApplication.translate("DoseLogView", "✔ Taken"),
        DoseStatus.SKIPPED: QCoreApplication.translate("DoseLogView", "⤼ Skipped"),
        DoseStatus.MISSED: QCoreApplication.translate("DoseLogView", "✖ Missed"),
    }[status]


class EditDoseDialog(QDialog):
    """Correct a logged dose's status or time. A reason is required and kept in the audit trail."""

    def __init__(
        self,
        store: Session,
        event: DoseEvent,
        medicine: str,
        tz: str,
        now: datetime,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.dose_event = event
        self.tz = tz
        self.now = now
        self.setWindowTitle(self.tr("Correct a logged dose"))
        fit_title(self)
        layout = QVBoxLayout(self)
        amount = dose_label(event.amount_mg, event.form, event.strength_mg, event.scored)
        layout.addWidget(
            QLabel(
                self.tr("<b>{medicine}</b> {amount}, the {time} dose of {date}").format(
                    medicine=medicine,
                    amount=amount,
                    time=hhmm(event.slot_time),
                    date=short_date(event.slot_date),
                )
            )
        )
        form = QFormLayout()
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in DoseStatus:
            self.status.addItem(status_text(status), status.value)
        self.status.setCurrentIndex(self.status.findData(event.status.value))
        slot_instant = local_to_utc(event.slot_date, event.slot_time, tz)
        self.taken_at = DateTimeField(to_qdatetime(event.taken_at or slot_instant, tz))
        self.taken_at.setCalendarPopup(True)
        self.taken_at.setAccessibleName(self.tr("Time taken"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the change"))
        self.reason.setPlaceholderText(self.tr("e.g. I took it later than I logged"))
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&Time taken:"), self.taken_at)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        trail = store.audit_trail(event.id)
        if len(trail) > 1:
            lines = [
                f"{day_and_time(a.changed_utc, tz)} {self._action_text(a.action)}"
                + (f": {a.reason}" if a.reason else "")
                for a in trail
            ]
            history = QLabel(self.tr("Changes so far:") + "\n" + "\n".join(lines))
            history.setAccessibleName(self.tr("Changes so far"))
            layout.addWidget(history)
        self.error = add_save_cancel(self, layout, self._save)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def _action_text(self, action: str) -> str:
        """An audit-trail action ('recorded', 'edited', 'undone') in words."""
        return {
            "recorded": self.tr("recorded"),
            "edited": self.tr("edited"),
            "undone": self.tr("undone"),
        }.get(action, action)

    def _status(self) -> DoseStatus:
        return DoseStatus(self.status.currentData())

    def _status_changed(self) -> None:
        self.taken_at.setEnabled(self._status() is DoseStatus.TAKEN)

    def _save(self) -> None:
        status = self._status()
        taken_at = from_qdatetime(self.taken_at.dateTime(), self.tz)
        try:
            if status is DoseStatus.TAKEN and is_still_to_come(taken_at, self.now):
                raise ValidationError("time taken", self.tr("that time is still to come."))
            correct(
                self.store,
                self.dose_event.id,
                status,
                taken_at if status is DoseStatus.TAKEN else None,
                self.reason.text(),
                home_tz=self.tz,
            )
        except ValidationError as err:
            self.error.show_error(err)
            return
        except CompanionError as err:
            self.error.show_message(str(err))
            return
        self.accept()
