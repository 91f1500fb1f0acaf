"""The driving caution above the tabs (core.driving): for the person shown, after starting
baclofen, a step up or adding a medicine that adds to its drowsiness; closed per step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.driving import DrivingCaution, driving_cautions
from baclofen_companion.core.model import Profile
from baclofen_companion.core.schedule import local_date
from baclofen_companion.core.text import long_date
from baclofen_companion.ops.days import person_plan
from baclofen_companion.ops.pump import DRIVING_DISMISSED
from baclofen_companion.ops.session import Session


class DrivingNotice(QFrame):
    def __init__(
        self,
        session: Session,
        clock: Clock,
        dismiss: Callable[[DrivingCaution], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("drivingNotice")
        self.setAccessibleName(self.tr("Driving caution"))
        self.setStyleSheet(
            "QFrame#drivingNotice { background: #fff4d6; border: 1px solid #b26a00;"
            " border-radius: 6px; } QFrame#drivingNotice QLabel { color: #3b2300; }"
        )
        self.session = session
        self.clock = clock
        self._dismiss = dismiss
        self.caution: DrivingCaution | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Got it"))
        self.close_button.setAccessibleName(self.tr("Close the driving caution"))
        self.close_button.clicked.connect(self._closed)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.hide()

    def reload(self, profile: Profile | None) -> None:
        self.caution = None
        if profile is not None:
            plan = person_plan(self.session, profile)
            today = local_date(self.clock.now(), profile.home_tz)
            dismissed = set(self.session.setting(DRIVING_DISMISSED, []))
            cautions = driving_cautions(plan.medications, plan.versions, today)
            self.caution = next((c for c in cautions if c.key not in dismissed), None)
        if self.caution is None:
            self.hide()
            return
        text = self.tr("<b>{caution}</b> ({why}; until {date})").format(
            caution=self.caution.text, why=self.caution.why, date=long_date(self.caution.until)
        )
        self.text.setText(text)
        self.text.setAccessibleName(self.caution.text)
        self.show()

    def _closed(self) -> None:
        if self.caution is not None:
            self._dismiss(self.caution)
