"""Date and date-time fields in the app's one date style, which take typing as a person types.

A plain QDateTimeEdit clicked into selects nothing, so typed digits go nowhere; and typed
"12 Mar 2026 09:30" skips a part at each space, because a full "12" already moved to the month.
These fields select the part clicked (or the first, reached by Tab), and let a separator
typed right after such a move pass quietly.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from baclofen_companion.ui.widgets.common import edit_date_format, edit_date_time_format


class _Typing(QObject):
    """What both fields do with focus, clicks and keys (they differ only in their base)."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.moved_on = False  # the last key filled a part and moved to the next
        line = edit.lineEdit()
        if line is not None:  # a click lands on the line edit inside, not on the field
            line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self.clicked)  # once the click has placed the cursor
        return False

    def focused(self, event: QFocusEvent) -> None:
        self.moved_on = False
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.edit.setSelectedSection(self.edit.sectionAt(0))

    def clicked(self) -> None:
        self.moved_on = False
        line = self.edit.lineEdit()
        if line is not None and not line.hasSelectedText():
            self.edit.setSelectedSection(self.edit.currentSection())

    def swallows(self, event: QKeyEvent) -> bool:
        """A separator typed just after the field moved on (by itself or by a separator)."""
        text = event.text()
        # The whole run of separators: German "9. " after a "9" that already moved on.
        return bool(text) and text.isprintable() and not text.isalnum() and self.moved_on

    def after(self, event: QKeyEvent, section_before: int) -> None:
        # A filled part ("12") or a separator (the "." of German "9.") moved on: the next
        # separator (the space of "9. März") must not move on again.
        text = event.text()
        moved = self.edit.currentSectionIndex() != section_before
        self.moved_on = bool(text) and text.isprintable() and moved


class DateTimeField(QDateTimeEdit):
    """A date with its time, e.g. '11 Mar 2026 14:05'."""

    def __init__(self, value: QDateTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if value is not None:
            self.setDateTime(value)
        self.setDisplayFormat(edit_date_time_format())
        self.typing = _Typing(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.typing.focused(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.typing.swallows(event):
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self.typing.after(event, before)


class DateField(QDateEdit):
    """A date, e.g. '11 Mar 2026', with a calendar to pick from."""

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if value is not None:
            self.setDate(value)
        self.setDisplayFormat(edit_date_format())
        self.setCalendarPopup(True)
        self.typing = _Typing(self)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.typing.focused(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.typing.swallows(event):
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self.typing.after(event, before)
