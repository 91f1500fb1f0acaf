"""The pillbox's shape: compartments side by side when the window is wide, stacked when narrow,
and the day's progress as a row of pips."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from baclofen_companion.core.day import DayDose
from baclofen_companion.ui.today.cards import STATE_SIGNS, scaled_font

COMPARTMENT_MIN = 280
"""The narrowest a compartment gets before they stack (px at 100 % text; it grows with text)."""


class Pillbox(QWidget):
    """Holds the day's pieces in order: compartments (one part of the day each) fill a row
    side by side, as many as fit; a wide piece (a person's name, a note, the doses still open
    from yesterday) takes a row of its own. Reflows whenever its width changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.pieces: list[tuple[QWidget, bool]] = []
        self.columns = 0

    def add(self, widget: QWidget, wide: bool = False) -> None:
        self.pieces.append((widget, wide))

    def compartment_min(self) -> int:
        """The width a compartment needs: never less than its cards' buttons and words in
        the language shown (German "Eingenommen um…" is long), nor than ``COMPARTMENT_MIN``."""
        needed = [w.minimumSizeHint().width() for w, wide in self.pieces if not wide]
        spacing = max(0, self.grid.horizontalSpacing())
        return max([COMPARTMENT_MIN, *needed]) + spacing

    def columns_for(self, width: int) -> int:
        # A run of compartments never spreads wider than it has compartments.
        longest = run = 0
        for _widget, wide in self.pieces:
            run = 0 if wide else run + 1
            longest = max(longest, run)
        return max(1, min(longest, width // self.compartment_min()))

    def arrange(self, width: int) -> None:
        """Place the pieces for ``width``; nothing is done when the columns stay the same."""
        columns = self.columns_for(width)
        if columns == self.columns:
            return
        self.columns = columns
        for widget, _wide in self.pieces:
            self.grid.removeWidget(widget)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        row = col = 0
        for widget, wide in self.pieces:
            if wide:
                if col:
                    row, col = row + 1, 0
                self.grid.addWidget(widget, row, 0, 1, columns)
                row += 1
                continue
            self.grid.addWidget(widget, row, col)
            col += 1
            if col == columns:
                row, col = row + 1, 0
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
        # Compartments as tall as their doses; the room left over stays below them.
        for r in range(self.grid.rowCount()):
            self.grid.setRowStretch(r, 0)
        self.grid.setRowStretch(row + 1, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange(event.size().width())


def pips(doses: Sequence[DayDose]) -> str:
    """The day at a glance, one sign per dose in time order: '✔ ✔ ● ○'."""
    return " ".join(STATE_SIGNS[d.state] for d in doses)


class DayPips(QLabel):
    """A row of big signs, one per planned dose, so the day reads from across the room (and a
    child can see how many are done, like a sticker chart)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("TodayView", "Doses of the day"))
        self.setFont(scaled_font(self, 2.0))

    def show_doses(self, doses: Sequence[DayDose]) -> None:
        self.setText(pips(doses))
        self.setVisible(bool(doses))
