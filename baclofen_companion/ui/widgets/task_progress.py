"""The line a dialog shows while its work runs in the background: words and a progress bar."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class TaskProgress(QWidget):
    """'Writing the report… page 2 of 5' beside a bar; a busy bar while the end is unknown.

    Hidden until the work starts and again once it is done: the dialog then says plainly what
    came of it (in its own result or error line).
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(name)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.bar)
        self.hide()

    def start(self, text: str) -> None:
        self.bar.setRange(0, 0)  # busy until the work says how far it is
        self.text.setText(text)
        self.show()

    def step(self, text: str, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        self.text.setText(text)

    def stop(self) -> None:
        self.hide()
