"""A row of buttons for one answer on a short scale, with a clear "not rated" state.

One click sets a value with the mouse; with the keyboard the whole row is a single Tab stop
(digits, arrows, Home/End, Delete), so a diary entry is quick to fill either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from baclofen_companion.ui.shell.theme import is_dark

TEN_AFTER_ONE_MS = 1500
"""Typing 1 then 0 within this long gives 10 on a 0-10 scale."""

STYLE = """
QFrame#choiceRow { border: 2px solid transparent; border-radius: 5px; }
QFrame#choiceRow:focus { border: 2px solid FOCUS; }
QFrame#choiceRow QPushButton {
    border: 1px solid #8c8c8c; border-radius: 3px; background: #fafafa; color: #202020;
    padding: 3px 6px;
}
QFrame#choiceRow QPushButton:hover { background: #e3ecf8; }
QFrame#choiceRow QPushButton:checked {
    background: #1565c0; border: 1px solid #0d3c80; color: white; font-weight: bold;
}
QFrame#choiceRow QPushButton#notRated:checked {
    background: #dcdcdc; border: 1px solid #6e6e6e; color: #202020;
}
QFrame#choiceRow QLabel { color: HINT; }
"""


class ChoiceRow(QFrame):
    """Not rated, or one of ``options`` (value, button text); ``value()`` is None when not rated."""

    changed = Signal()

    def __init__(
        self,
        name: str,
        options: Sequence[tuple[Any, str]],
        low: str = "",
        high: str = "",
        end_width: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        """``low``/``high`` name the ends (e.g. none, worst); ``end_width`` lines rows up."""
        super().__init__(parent)
        self.setObjectName("choiceRow")
        # The buttons carry their own light colours; the hints and the focus ring follow the
        # window so they read on a dark one too.
        dark = is_dark()
        self.setStyleSheet(
            STYLE.replace("FOCUS", "#8ab4f8" if dark else "#1565c0").replace(
                "HINT", "#b8bcc2" if dark else "#505050"
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._name = name
        self._values: list[Any] = [None, *(v for v, _ in options)]
        self._texts = [self.tr("not rated"), *(t for _, t in options)]
        self._ends = (low, high)
        self._since_one = QElapsedTimer()
        self.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(3)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: list[QPushButton] = []
        bold = QFont(self.font())
        bold.setBold(True)
        # Sized for the bold text a chosen button shows, so choosing never clips it.
        metrics = QFontMetrics(bold)
        option_width = max(metrics.horizontalAdvance(t) for _, t in options) + 16
        for index, text in enumerate([self.tr("Not rated"), *(t for _, t in options)]):
            if index == 1 and low:
                layout.addSpacing(6)
                low_label = QLabel(low)
                low_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                low_label.setMinimumWidth(end_width)
                layout.addWidget(low_label)
            button = QPushButton(text)
            if index == 0:
                button.setObjectName("notRated")
                button.setMinimumWidth(metrics.horizontalAdvance(text) + 16)
            else:
                button.setMinimumWidth(option_width)
            button.setCheckable(True)
            # The row takes focus as a whole: one Tab stop per question, not twelve.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setAccessibleName(f"{name}: {self._texts[index]}")
            self._group.addButton(button, index)
            self._buttons.append(button)
            layout.addWidget(button)
        if high:
            layout.addWidget(QLabel(high))
        layout.addStretch()
        self._group.idClicked.connect(self._clicked)
        self._set_index(0)

    # -- value ----------------------------------------------------------------------------

    def value(self) -> Any:
        return self._values[self._group.checkedId()]

    def set_value(self, value: Any) -> None:
        self._set_index(self._values.index(value) if value in self._values else 0)

    def text(self) -> str:
        """What is chosen, as words (for tests and the accessible description)."""
        return self._texts[self._group.checkedId()]

    def _set_index(self, index: int) -> None:
        changed = index != self._group.checkedId()
        self._buttons[index].setChecked(True)
        hint = self.tr("Arrow keys or a number to choose, Delete for not rated.")
        if self._ends[0]:
            hint = (
                self.tr("{low} to {high}. ").format(
                    low=f"{self._values[1]} {self._ends[0]}",
                    high=f"{self._values[-1]} {self._ends[1]}",
                )
                + hint
            )
        self.setAccessibleDescription(
            self.tr("{name}: {value}. ").format(name=self._name, value=self.text()) + hint
        )
        if changed:
            self.changed.emit()

    def _clicked(self, index: int) -> None:
        self._set_index(index)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    # -- keyboard -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        index = self._group.checkedId()
        last = len(self._values) - 1
        moves = {
            Qt.Key.Key_Left: max(index - 1, 0),
            Qt.Key.Key_Down: max(index - 1, 0),
            Qt.Key.Key_Right: min(index + 1, last),
            Qt.Key.Key_Up: min(index + 1, last),
            Qt.Key.Key_Home: 1,
            Qt.Key.Key_End: last,
            Qt.Key.Key_Delete: 0,
            Qt.Key.Key_Backspace: 0,
        }
        if key in moves and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._set_index(moves[key])
            return
        digit = event.text()
        if digit.isdigit() and len(digit) == 1:
            number = int(digit)
            if (
                number == 0
                and self.value() == 1
                and 10 in self._values
                and self._since_one.isValid()
                and self._since_one.elapsed() < TEN_AFTER_ONE_MS
            ):
                number = 10
            if number in self._values:
                self._set_index(self._values.index(number))
                if number == 1:
                    self._since_one.start()
                else:
                    self._since_one.invalidate()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._since_one.invalidate()
        super().focusInEvent(event)
