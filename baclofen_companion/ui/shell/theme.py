"""Light and dark appearance: follow the system's colour scheme, or the person's choice.

The Fusion style draws every control from the palette, so one palette per scheme makes the
whole app (charts included, which paint with palette roles) readable in both. A platform
that reports no scheme (a bare X server, older desktops) counts as light.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

if TYPE_CHECKING:
    from baclofen_companion.ops.session import Session

THEME_KEY = "theme"


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def theme_labels() -> dict[Theme, str]:
    return {
        Theme.SYSTEM: QCoreApplication.translate("Theme", "Follow the system"),
        Theme.LIGHT: QCoreApplication.translate("Theme", "Light"),
        Theme.DARK: QCoreApplication.translate("Theme", "Dark"),
    }


def stored_theme(store: Session) -> Theme:
    try:
        return Theme(store.setting(THEME_KEY, Theme.SYSTEM.value))
    except ValueError:
        return Theme.SYSTEM


def dark_palette() -> QPalette:
    """Dark greys with light text; contrast of text on window about 12:1."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#16171a",
        QPalette.ColorRole.AlternateBase: "#2a2b2f",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#4a4b4f",
        QPalette.ColorRole.Midlight: "#3c3d41",
        QPalette.ColorRole.Mid: "#2f3033",
        QPalette.ColorRole.Dark: "#111214",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(disabled, role, QColor("#80868b"))
    return p


_native: tuple[str, QPalette] | None = None


def apply_theme(app: QApplication, choice: Theme) -> Theme:
    """'Follow the system' keeps the platform's own style and palette (native dark mode on
    Windows, macOS and themed Linux desktops). A light or dark choice uses Fusion with our
    palette, which looks the same everywhere. Returns the scheme now in use."""
    global _native
    if _native is None:
        _native = (app.style().name(), QPalette(app.palette()))
    if choice is Theme.SYSTEM:
        QGuiApplication.styleHints().unsetColorScheme()
        if app.style().name() != _native[0]:
            app.setStyle(_native[0])
        app.setPalette(_native[1])
    else:
        scheme = Qt.ColorScheme.Dark if choice is Theme.DARK else Qt.ColorScheme.Light
        QGuiApplication.styleHints().setColorScheme(scheme)
        if app.style().name().lower() != "fusion" and "Fusion" in QStyleFactory.keys():  # noqa: SIM118 (a list, not a dict)
            app.setStyle("Fusion")
        app.setPalette(dark_palette() if choice is Theme.DARK else app.style().standardPalette())
    shown = Theme.DARK if is_dark() else Theme.LIGHT
    app.setProperty(THEME_KEY, shown.value)
    return shown


def is_dark() -> bool:
    """Whether the palette in use is dark (widgets pick readable accent colours from it)."""
    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return False


def error_colour() -> str:
    """Dark red on a light window, light red on a dark one: readable in both."""
    return "#ff8a80" if is_dark() else "#b00020"


def follow_system(app: QApplication, current: Callable[[], Theme]) -> None:
    """Re-apply when the system switches between light and dark (if the person chose that)."""

    def changed(_scheme: object) -> None:
        if current() is Theme.SYSTEM:
            apply_theme(app, Theme.SYSTEM)

    QGuiApplication.styleHints().colorSchemeChanged.connect(changed)
