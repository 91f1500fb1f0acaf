"""The withdrawal-watch banner: why it shows, the signs to watch for, what to do, a check-in."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from baclofen_companion.core.safety import withdrawal_advice, withdrawal_signs_text
from baclofen_companion.core.text import QT_TRANSLATE_NOOP
from baclofen_companion.services.scheduler import WithdrawalConcern

FEELINGS = (
    QT_TRANSLATE_NOOP("WithdrawalBanner", "I feel fine"),
    QT_TRANSLATE_NOOP("WithdrawalBanner", "I have some of these signs"),
)
"""The answers, in English as the data file keeps them; the buttons show them translated."""


class WithdrawalBanner(QFrame):
    def __init__(
        self,
        on_check_in: Callable[[WithdrawalConcern, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("withdrawalBanner")
        self.setAccessibleName(self.tr("Withdrawal watch"))
        self.setStyleSheet(
            "QFrame#withdrawalBanner { background: #fde8e8; border: 3px solid #b71c1c;"
            " border-radius: 6px; } QFrame#withdrawalBanner QLabel { color: #4a0000; }"
        )
        self._check_in = on_check_in
        self._layout = QVBoxLayout(self)
        self.hide()

    def show_concerns(self, concerns: Sequence[WithdrawalConcern]) -> None:
        while self._layout.count():
            old = self._layout.takeAt(0)
            widget = old.widget() if old is not None else None
            if widget is not None:
                widget.deleteLater()
        if not concerns:
            self.hide()
            return
        for concern in concerns:
            head = QLabel(
                self.tr("<b>⚠ Withdrawal watch — {person}:</b> {reason}").format(
                    person=concern.person, reason=concern.reason
                )
            )
            head.setWordWrap(True)
            head.setAccessibleName(
                self.tr("Withdrawal watch for {person}").format(person=concern.person)
            )
            self._layout.addWidget(head)
            signs = QLabel(
                self.tr("Watch for: {signs}.").format(signs=withdrawal_signs_text())
                + "\n"
                + withdrawal_advice()
            )
            signs.setWordWrap(True)
            self._layout.addWidget(signs)
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("How do you feel?")))
            for feeling in FEELINGS:
                shown = self.tr(feeling)
                button = QPushButton(shown)
                button.setAccessibleName(f"{shown} ({concern.person})")
                button.clicked.connect(lambda _=False, c=concern, f=feeling: self._check_in(c, f))
                row.addWidget(button)
            row.addStretch()
            holder = QWidget()
            holder.setLayout(row)
            self._layout.addWidget(holder)
        self.show()
