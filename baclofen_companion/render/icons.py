"""The app's icon, drawn from the package's SVG files at each size it is shown."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


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


def overdue_icon() -> QIcon:
    """The tray's icon while a dose is overdue: a large red '!' badge, readable at 16 px."""
    return app_icon(overdue=True)
