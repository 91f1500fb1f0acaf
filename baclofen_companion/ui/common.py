"""Small pieces every screen uses: icons, local time formatting, inline error messages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from importlib import resources
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QRectF,
    Qt,
    QTimeZone,
)
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QLabel, QWidget

from baclofen_companion.core import text
from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import Profile
from baclofen_companion.core.schedule import local_date
from baclofen_companion.ui.field_names import field_label
from baclofen_companion.ui.theme import error_colour

if TYPE_CHECKING:
    from baclofen_companion.store import Store


def prescriber_note() -> str:
    return QCoreApplication.translate(
        "common",
        "This app supports your prescriber's plan and never replaces it. "
        "Confirm every amount with your prescriber.",
    )


def missed_dose_rule() -> str:
    return QCoreApplication.translate(
        "common",
        "Forgot a dose? Take it when you remember, unless your next dose is due within "
        "2 hours — then skip it. Never take two doses at once.",
    )


def app_icon(*, overdue: bool = False) -> QIcon:
    """The app's icon, drawn from the installed package's SVGs; null if any is missing.

    ``overdue`` gives the tray's variant with a red '!' badge. Null rather than half an icon,
    so that --self-test catches a package built without its drawings.
    """
    drawings: list[tuple[str, tuple[int, ...]]]
    if overdue:
        drawings = [("baclofen-companion-overdue.svg", (16, 20, 22, 24, 32, 40, 48, 64))]
    else:
        # Below 32 px the clock in the full drawing turns to mush, so tray and title-bar sizes
        # come from a bolder capsule-only drawing.
        drawings = [
            ("baclofen-companion-small.svg", (16, 20, 22, 24)),
            ("baclofen-companion.svg", (32, 40, 48, 64, 96, 128, 256)),
        ]
    folder = resources.files("baclofen_companion.resources")
    icon = QIcon()
    for name, sizes in drawings:
        try:
            # Bytes, not a file path: QIcon reads files lazily, after as_file() may have
            # removed a temporary copy (zipped installs).
            renderer = QSvgRenderer(QByteArray(folder.joinpath(name).read_bytes()))
        except OSError:
            return QIcon()
        if not renderer.isValid():
            return QIcon()
        # One pixmap per size, so each size shows the drawing meant for it; Qt picks the
        # nearest for sizes in between and for high-DPI screens.
        for size in sizes:
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            icon.addPixmap(QPixmap.fromImage(image))
    return icon


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
    return text.hhmm(local(instant, tz))


def long_date(day: date) -> str:
    """'Wednesday 11 March 2026' in the app's language ('Mittwoch, 11. März 2026')."""
    return text.long_date(day)


def short_date(day: date) -> str:
    """'11 Mar 2026' ('11. März 2026')."""
    return text.short_date_year(day)


def day_and_time(instant: datetime, tz: str) -> str:
    """'11 Mar 2026 14:05', local to ``tz``: when something was recorded."""
    return f"{short_date(local(instant, tz).date())} {hhmm(instant, tz)}"


def edit_date_format() -> str:
    """The display format of date fields (Qt pattern)."""
    return QCoreApplication.translate("common", "yyyy-MM-dd")


def edit_date_time_format() -> str:
    """The display format of date-and-time fields (Qt pattern)."""
    return QCoreApplication.translate("common", "yyyy-MM-dd HH:mm")


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
        self._style()
        self.setText(f"⚠ {field}: {err.message}")
        self.show()

    def show_message(self, text: str) -> None:
        self._style()
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
    """The tray's icon while a dose is overdue: a large red '!' badge, readable at 16 px."""
    return app_icon(overdue=True)


class PersonView(QWidget):
    """A tab that shows one person's data: the store, the clock and who is shown now."""

    def __init__(
        self,
        store: Store,
        clock: Clock,
        profile: Callable[[], Profile | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self._profile = profile

    def _today(self, profile: Profile) -> date:
        return local_date(self.clock.now(), profile.home_tz)
