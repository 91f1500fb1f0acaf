"""A tab whose view is built the first time it is shown or asked for.

Only Today is needed to start; the other tabs (and the modules behind them) wait until a person
opens them, which keeps the first paint close to a bare window's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, name: str, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self._build = build
        self._view: QWidget | None = None

    @property
    def built(self) -> bool:
        return self._view is not None

    @property
    def view(self) -> QWidget:
        if self._view is None:
            view = self._build()
            layout = QVBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(view)
            self._view = view
        return self._view

    def showEvent(self, event: QShowEvent) -> None:
        self.view.show()
        super().showEvent(event)
