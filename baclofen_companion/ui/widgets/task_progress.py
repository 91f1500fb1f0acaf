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
        self._held: tuple[QWidget, ...] = ()
        self.hide()

    def start(self, text: str, hold: tuple[QWidget, ...] = ()) -> None:
        """Show ``text`` with a busy bar; ``hold`` (Save, Close…) is disabled until stop()."""
        self.bar.setRange(0, 0)  # busy until the work says how far it is
        self.text.setText(text)
        self._held = hold
        for widget in hold:
            widget.setEnabled(False)
        self.show()

    def step(self, text: str, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        self.text.setText(text)

    def stop(self) -> None:
        self.hide()
        for widget in self._held:
            widget.setEnabled(True)
        self._held = ()
