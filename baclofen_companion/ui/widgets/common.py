"""Small pieces every screen uses: icons, local time formatting, inline error messages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QStandardPaths,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel, QWidget

from baclofen_companion import APP_NAME
from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import Profile
from baclofen_companion.core.schedule import local_date
from baclofen_companion.core.text import date_pattern, date_time_pattern
from baclofen_companion.ops.changes import Changed
from baclofen_companion.render.icons import app_icon, overdue_icon
from baclofen_companion.render.text import (
    day_and_time,
    hhmm,
    local,
    long_date,
    missed_dose_rule,
    prescriber_note,
    short_date,
    system_zone_name,
)
from baclofen_companion.ui.shell.theme import error_colour
from baclofen_companion.ui.widgets.context import ViewContext
from baclofen_companion.ui.widgets.field_names import field_label

if TYPE_CHECKING:
    pass

# The shared words and the icon live in render/ (the report and the CLI use them too); every
# screen takes them from here with the widgets.
__all__ = [
    "ErrorLabel",
    "PersonView",
    "add_save_cancel",
    "app_icon",
    "day_and_time",
    "documents_folder",
    "edit_date_format",
    "edit_date_time_format",
    "from_qdate",
    "from_qdatetime",
    "hhmm",
    "local",
    "long_date",
    "missed_dose_rule",
    "overdue_icon",
    "prescriber_note",
    "short_date",
    "system_zone_name",
    "to_qdate",
    "to_qdatetime",
]


def edit_date_format() -> str:
    """The display format of date fields: the app's one date style (core.text)."""
    return date_pattern()


def edit_date_time_format() -> str:
    """The display format of date-and-time fields: the one date-time style (core.text)."""
    return date_time_pattern()


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def to_qdatetime(instant: datetime, tz: str) -> QDateTime:
    loc = local(instant, tz)
    return QDateTime.fromString(loc.strftime("%Y-%m-%dT%H:%M:%S"), "yyyy-MM-ddTHH:mm:ss")


def from_qdatetime(value: QDateTime, tz: str) -> datetime:
    """A local wall time typed in the person's home zone -> an aware datetime."""
    text = value.toString("yyyy-MM-ddTHH:mm:ss")
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(tz))


class ErrorLabel(QLabel):
    """An inline message under a form; says which field is wrong and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("formError")
        self.setAccessibleName(self.tr("Form error"))
        self.field: str | None = None  # the field the error shown is about, if any
        self._style()

    def _style(self) -> None:
        colour = error_colour()
        if getattr(self, "_colour", None) != colour:
            self._colour = colour
            self.setStyleSheet(f"QLabel#formError {{ color: {colour}; font-weight: bold; }}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._style()
        super().changeEvent(event)
        self.hide()

    def show_error(self, err: ValidationError) -> None:
        field = field_label(err.field)
        self.field = err.field
        self._style()
        self.setText(f"⚠ {field}: {err.message}")
        self.show()

    def show_message(self, text: str) -> None:
        self.field = None
        self._style()
        self.setText(f"⚠ {text}")
        self.show()

    def clear_error(self) -> None:
        self.field = None
        self.clear()
        self.hide()


TITLE_DECORATION = 130
"""Room a window manager takes beside a title: the icon, three buttons, the frame (openbox)."""


def title_width(dialog: QWidget) -> int:
    """What the title bar needs for ``dialog``'s title and the app's name after it: window
    managers draw titles bold, so a bold font of the dialog's own measures it."""
    font = QFont(dialog.font())
    font.setBold(True)
    title = dialog.windowTitle()
    if APP_NAME not in title:  # Qt adds the app's name unless the title holds it already
        title = f"{title} — {APP_NAME}"
    return QFontMetrics(font).horizontalAdvance(title) + TITLE_DECORATION


def fit_title(dialog: QWidget) -> None:
    """Make ``dialog`` at least as wide as its title needs ("Correct a logged do… Companion"
    was cut)."""
    dialog.setMinimumWidth(max(dialog.minimumWidth(), title_width(dialog)))


def add_save_cancel(dialog: QDialog, layout: QBoxLayout, save: Callable[[], None]) -> ErrorLabel:
    """The end of every form dialog: an inline error line, then Save and Cancel."""
    error = ErrorLabel()
    layout.addWidget(error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error


class PersonView(QWidget):
    """A tab that shows one person's data: the store, the clock and who is shown now.

    It listens to the change bus and reads afresh when something it shows changed
    (``RELOAD_ON``), or when the window shows another person; it announces its own writes
    there.
    """

    RELOAD_ON: ClassVar[Changed] = Changed.NOTHING

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.store = context.session
        self.clock = context.clock
        self._profile = context.person.get
        self.bus = context.bus
        self.bus.changed.connect(self.on_changed)

    def on_changed(self, what: Changed, origin: object | None = None) -> None:
        """Read afresh if the change touches what this view shows (its own writes it has
        shown already)."""
        if origin is not self and what & (self.RELOAD_ON | Changed.PERSON_SHOWN):
            self.refresh(what)

    def refresh(self, what: Changed) -> None:
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def announce(self, what: Changed) -> None:
        """Tell every view (this one included) what a write of this view changed."""
        self.bus.announce(what, self)

    def _today(self, profile: Profile) -> date:
        return local_date(self.clock.now(), profile.home_tz)


def documents_folder() -> Path:
    """Where a saved file goes first: Documents when it exists, else the home folder (a fresh
    account may have no Documents folder, and the first save should not fail on it)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()
