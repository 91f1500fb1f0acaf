"""Small pieces every screen uses: icons, local time formatting, inline error messages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from importlib import resources
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QRectF, Qt, QTimeZone
from PySide6.QtGui import QColor, QIcon, QPainter, QPen
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel, QWidget

from baclofen_companion.core.errors import ValidationError

PRESCRIBER_NOTE = (
    "This app supports your prescriber's plan and never replaces it. "
    "Confirm every amount with your prescriber."
)
MISSED_DOSE_RULE = (
    "Forgot a dose? Take it when you remember, unless your next dose is due within "
    "2 hours — then skip it. Never take two doses at once."
)


def app_icon() -> QIcon:
    """The app's icon, loaded from the installed package, not from a source checkout."""
    ref = resources.files("baclofen_companion.resources").joinpath("baclofen-companion.svg")
    with resources.as_file(ref) as path:
        return QIcon(str(path))


def system_zone_name() -> str:
    """The IANA name of the computer's current time zone (UTC if it has none)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        ZoneInfo(name)
    except (KeyError, ValueError):
        return "UTC"
    return name


def local(instant: datetime, tz: str) -> datetime:
    return instant.astimezone(ZoneInfo(tz))


def hhmm(instant: datetime, tz: str) -> str:
    return f"{local(instant, tz):%H:%M}"


def long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_date(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


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
        self.setAccessibleName("Form error")
        self.setStyleSheet("QLabel#formError { color: #b00020; font-weight: bold; }")
        self.hide()

    def show_error(self, err: ValidationError) -> None:
        field = err.field[:1].upper() + err.field[1:]
        self.setText(f"⚠ {field}: {err.message}")
        self.show()

    def show_message(self, text: str) -> None:
        self.setText(f"⚠ {text}")
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


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


def overdue_icon() -> QIcon:
    """The app icon with a large red '!' badge: still readable at 16 px on light or dark panels."""
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        pixmap = app_icon().pixmap(size, size)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        badge = QRectF(size * 0.38, size * 0.38, size * 0.62, size * 0.62)
        painter.setPen(QPen(QColor("white"), max(1.0, size / 16)))
        painter.setBrush(QColor("#c62828"))
        painter.drawEllipse(badge)
        font = painter.font()
        font.setBold(True)
        font.setPixelSize(max(8, int(size * 0.5)))
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "!")
        painter.end()
        icon.addPixmap(pixmap)
    return icon
