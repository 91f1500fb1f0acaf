"""The Pump tab: what the clinic's printout says, refills recorded, "My pump is beeping" and
the emergency card. The app never computes a pump dose; the clinic's words are kept as written.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.pump import (
    Pump,
    PumpEvent,
    PumpEventKind,
    RefillStage,
    beeping_advice,
    refill_stage,
)
from baclofen_companion.core.text import long_date
from baclofen_companion.ops import pump as pump_ops
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.days import person_plan
from baclofen_companion.render.pump_card import card_facts, oral_baclofen, write_card
from baclofen_companion.ui.widgets.common import PersonView, documents_folder
from baclofen_companion.ui.widgets.context import ViewContext
from baclofen_companion.ui.widgets.date_fields import DateField

UNSET = QDate(2000, 1, 1)
SHOWN_EVENTS = 8


class OptionalDate(DateField):
    """A date that may be unknown: its lowest value reads "not set"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(UNSET, parent)
        self.setMinimumDate(UNSET)
        self.setSpecialValueText(self.tr("not set"))

    def focusNextPrevChild(self, next: bool) -> bool:
        # "not set" has no parts for Tab to step through: Tab leaves the field.
        if self.date() == UNSET:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def value(self) -> date | None:
        chosen = self.date()
        if chosen == UNSET:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, day: date | None) -> None:
        self.setDate(UNSET if day is None else QDate(day.year, day.month, day.day))


class PumpView(PersonView):
    # Not DOSES: a dose taken from the tray must not wipe what is being typed here.
    RELOAD_ON = Changed.MEDICINES | Changed.PEOPLE

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.card_path_for_tests: Path | None = None
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>Intrathecal baclofen pump</b> — the pump clinic sets its doses; this page"
                " keeps what their printout says, reminds you of refill visits and makes an"
                " emergency card."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Pump refill status"))
        column.addWidget(self.status)

        form = QFormLayout()
        self.clinic = QLineEdit()
        self.phone = QLineEdit()
        self.concentration = QLineEdit()
        self.concentration.setPlaceholderText(self.tr("as the clinic wrote it, e.g. 500 mcg/mL"))
        self.daily_dose = QLineEdit()
        self.daily_dose.setPlaceholderText(self.tr("as the clinic wrote it, e.g. 150 mcg/day"))
        self.next_refill = OptionalDate()
        self.alarm_date = OptionalDate()
        self.replacement = OptionalDate()
        for label, field in (
            (self.tr("Pump &clinic:"), self.clinic),
            (self.tr("Clinic pho&ne:"), self.phone),
            (self.tr("C&oncentration:"), self.concentration),
            (self.tr("Dai&ly dose:"), self.daily_dose),
            (self.tr("Ne&xt refill:"), self.next_refill),
            (self.tr("Low-reservoir &alarm date:"), self.alarm_date),
            (self.tr("Pump replacement da&te:"), self.replacement),
        ):
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        column.addLayout(form)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save pump details"))
        self.refill_button = QPushButton(self.tr("Refill &done today"))
        self.refill_button.setToolTip(
            self.tr("Records today's refill; enter the clinic's next refill date first.")
        )
        self.beeping_button = QPushButton(self.tr("My pump is &beeping"))
        self.card_button = QPushButton(self.tr("&Emergency card (PDF)…"))
        for button in (self.save_button, self.refill_button, self.beeping_button):
            buttons.addWidget(button)
        buttons.addWidget(self.card_button)
        buttons.addStretch()
        column.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.refill_button.clicked.connect(self.record_refill)
        self.beeping_button.clicked.connect(self.beeping)
        self.card_button.clicked.connect(self.save_card)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Pump message"))
        column.addWidget(self.message)
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Pump refills and alarms"))
        column.addWidget(self.history)
        column.addStretch()

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        profile = self._profile()
        self.setEnabled(profile is not None)
        if profile is None:
            return
        pump = self.store.pump(profile.id) or Pump(profile.id)
        self.clinic.setText(pump.clinic)
        self.phone.setText(pump.phone)
        self.concentration.setText(pump.concentration)
        self.daily_dose.setText(pump.daily_dose)
        self.next_refill.set_value(pump.next_refill)
        self.alarm_date.set_value(pump.alarm_date)
        self.replacement.set_value(pump.replacement)
        events = self.store.pump_events(profile.id)
        self.status.setText(self._status(pump, events, self._today(profile)))
        lines = []
        for event in reversed(events[-SHOWN_EVENTS:]):
            what = (
                self.tr("Refill recorded")
                if event.kind is PumpEventKind.REFILL
                else self.tr("Alarm (beeping) recorded")
            )
            lines.append(f"{html.escape(long_date(event.on))}: {what}")
        self.history.setText("<br>".join(lines) if lines else self.tr("No refills recorded yet."))

    def _status(self, pump: Pump, events: list[PumpEvent], today: date) -> str:
        if pump.next_refill is None:
            return self.tr("No refill date saved yet.")
        stage = refill_stage(pump, events, today)
        when = long_date(pump.next_refill)
        if stage is RefillStage.OVERDUE:
            return self.tr("⚠ The refill date {date} has passed with no refill recorded.").format(
                date=when
            )
        if stage is None and pump.next_refill < today:
            return self.tr("Refill recorded. Enter the clinic's next refill date.")
        days = (pump.next_refill - today).days
        if days == 0:
            return self.tr("Next refill: today, {date}.").format(date=when)
        return self.tr("Next refill: {date}, in {n} days.").format(date=when, n=days)

    def _form_pump(self, profile_id: int) -> Pump:
        return Pump(
            profile_id,
            self.clinic.text(),
            self.phone.text(),
            self.concentration.text(),
            self.daily_dose.text(),
            self.next_refill.value(),
            self.alarm_date.value(),
            self.replacement.value(),
        )

    # -- doing ------------------------------------------------------------------------------

    def save(self) -> None:
        profile = self._profile()
        if profile is None:
            return
        try:
            _, changed = pump_ops.save(self.store, self._form_pump(profile.id))
        except ValidationError as err:
            self.message.setText(str(err))
            return
        self.message.setText(self.tr("Pump details saved."))
        self.reload()
        self.announce(changed)

    def record_refill(self) -> None:
        profile = self._profile()
        if profile is None:
            return
        today = self._today(profile)
        try:
            pump_ops.save(self.store, self._form_pump(profile.id))
            chosen = self.next_refill.value()
            next_date = chosen if chosen is not None and chosen > today else None
            _, changed = pump_ops.record_refill(self.store, profile.id, self.clock.now(), next_date)
        except ValidationError as err:
            self.message.setText(str(err))
            return
        self.message.setText(
            self.tr("Refill recorded for {date}.").format(date=long_date(today))
            if next_date is not None
            else self.tr(
                "Refill recorded for {date}. Enter the clinic's next refill date and save."
            ).format(date=long_date(today))
        )
        self.reload()
        self.announce(changed)

    def beeping(self) -> None:
        """Records the alarm and says what to do, there and then."""
        profile = self._profile()
        if profile is None:
            return
        _, changed = pump_ops.record_alarm(self.store, profile.id, self.clock.now())
        pump = self.store.pump(profile.id) or Pump(profile.id)
        self.message.setText(
            "<b>" + self.tr("Alarm recorded.") + "</b> " + html.escape(beeping_advice(pump))
        )
        self.reload()
        self.announce(changed)
        self.beeping_button.setFocus()

    def save_card(self) -> None:
        profile = self._profile()
        if profile is None:
            return
        path = self.card_path_for_tests
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the pump emergency card"),
                str(documents_folder() / "pump-emergency-card.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        pump = self._form_pump(profile.id)
        plan = person_plan(self.store, profile)
        oral = oral_baclofen(plan.medications, plan.versions, self._today(profile))
        try:
            written = write_card(card_facts(profile, pump, oral), path)
        except ValidationError as err:
            self.message.setText(str(err))
            return
        self.message.setText(self.tr("Emergency card saved: {path}").format(path=written))
