"""Date and date-time fields in the app's one date style, which take typing as a person types.

A plain QDateTimeEdit clicked into selects nothing, so typed digits go nowhere; and typed
"12 Mar 2026 09:30" skips a part at each space, because a full "12" already moved to the month.
These fields select the part clicked (or the first, reached by Tab), and let a separator
typed right after such a move pass quietly.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from baclofen_companion.ui.widgets.common import edit_date_format, edit_date_time_format


class _Typing(QObject):
    """Watches one field: its keys (a separator right after it moved on passes quietly) and
    the clicks on the line edit inside it (the part clicked is selected)."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.moved_on = False  # the last key filled a part, or was a separator, and moved on
        edit.installEventFilter(self)
        line = edit.lineEdit()
        if line is not None:  # a click lands on the line edit inside, not on the field
            line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self.clicked)  # once the click has placed the cursor
        elif event.type() == QEvent.Type.FocusIn:
            self.moved_on = False  # Tab selects the first part itself
        elif (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            return self.key(event)
        return False

    def clicked(self) -> None:
        self.moved_on = False
        line = self.edit.lineEdit()
        if line is not None and not line.hasSelectedText():
            self.edit.setSelectedSection(self.edit.currentSection())

    def key(self, event: QKeyEvent) -> bool:
        """True when the key is swallowed: the whole run of separators after the field moved
        on, by itself ("12" is a whole day) or by a separator (German "9. " after "9")."""
        text = event.text()
        if not text or not text.isprintable():
            self.moved_on = False  # Tab, arrows, Delete: Qt's own handling, as ever
            return False
        if not text.isalnum() and self.moved_on:
            return True
        before = self.edit.currentSectionIndex()
        self.edit.keyPressEvent(event)
        self.moved_on = self.edit.currentSectionIndex() != before
        return True


class DateTimeField(QDateTimeEdit):
    """A date with its time, e.g. '11 Mar 2026 14:05'."""

    def __init__(self, value: QDateTime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if value is not None:
            self.setDateTime(value)
        self.setDisplayFormat(edit_date_time_format())
        self.typing = _Typing(self)


class DateField(QDateEdit):
    """A date, e.g. '11 Mar 2026', with a calendar to pick from."""

    def __init__(self, value: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if value is not None:
            self.setDate(value)
        self.setDisplayFormat(edit_date_format())
        self.setCalendarPopup(True)
        self.typing = _Typing(self)
