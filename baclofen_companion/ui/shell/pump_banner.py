"""The pump withdrawal watch above the tabs: shown while a person's pump refill date has
passed with no refill recorded, until one is (core.pump.refill_stage, the same rule the
notifications follow)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from baclofen_companion.core.pump import RefillStage, refill_stage, withdrawal_body
from baclofen_companion.core.schedule import local_date
from baclofen_companion.core.text import long_date
from baclofen_companion.ops.session import Session


class PumpWithdrawalBanner(QFrame):
    def __init__(
        self, session: Session, open_pump: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pumpBanner")
        self.setAccessibleName(self.tr("Pump withdrawal watch"))
        self.setStyleSheet(
            "QFrame#pumpBanner { background: #fde8e8; border: 3px solid #b71c1c;"
            " border-radius: 6px; } QFrame#pumpBanner QLabel { color: #4a0000; }"
        )
        self.session = session
        self._open_pump = open_pump
        self._layout = QVBoxLayout(self)
        self.hide()

    def reload(self, now: datetime) -> None:
        while self._layout.count():
            old = self._layout.takeAt(0)
            widget = old.widget() if old is not None else None
            if widget is not None:
                widget.deleteLater()
        shown = False
        for profile in self.session.profiles():
            pump = self.session.pump(profile.id)
            if pump is None or pump.next_refill is None:
                continue
            events = self.session.pump_events(profile.id)
            today = local_date(now, profile.home_tz)
            if refill_stage(pump, events, today) is not RefillStage.OVERDUE:
                continue
            shown = True
            text = QLabel(
                self.tr(
                    "<b>⚠ Pump withdrawal watch — {person}:</b> the refill date {date} has"
                    " passed with no refill recorded."
                ).format(person=profile.name, date=long_date(pump.next_refill))
                + "<br>"
                + withdrawal_body(pump)
            )
            text.setWordWrap(True)
            text.setAccessibleName(
                self.tr("Pump withdrawal watch for {person}").format(person=profile.name)
            )
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(text, 1)
            button = QPushButton(self.tr("Record the refill…"))
            button.setAccessibleName(
                self.tr("Record the pump refill ({person})").format(person=profile.name)
            )
            button.clicked.connect(self._open_pump)
            layout.addWidget(button)
            self._layout.addWidget(row)
        self.setVisible(shown)
