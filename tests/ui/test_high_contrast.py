"""High-contrast palettes: white on black and black on white keep every text readable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.ui.shell.main_window import MainWindow

SCHEMES = {"white on black": ("#000000", "#ffffff"), "black on white": ("#ffffff", "#000000")}


@pytest.fixture
def high_contrast(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[str]:
    original = QPalette(qapp.palette())
    back, fore = SCHEMES[request.param]
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, QColor(back))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, QColor(fore))
    qapp.setPalette(palette)
    yield request.param
    qapp.setPalette(original)


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("high_contrast", list(SCHEMES), indirect=True)
def test_marks_drawn_in_our_own_colours_still_read(
    qtbot: QtBot, window: MainWindow, sam: tuple[Profile, Medication], high_contrast: str
) -> None:
    back = QColor(SCHEMES[high_contrast][0])
    # Form errors: WCAG AA asks 4.5:1 for text.
    window.today.error.show_message("x")
    sheet = window.today.error.styleSheet()
    colour = QColor(sheet.split("color: ")[1].split(";")[0])
    assert contrast(colour, back) >= 4.5, sheet
    # The plan timeline's "today" marker: find its pixels and check them against the window.
    window.tabs.setCurrentWidget(window.medicines_page)
    timeline = window.medicines.timeline
    image: QImage = timeline.grab().toImage()
    reds = [
        image.pixelColor(QPoint(x, y))
        for x in range(image.width())
        for y in range(0, image.height(), 2)
        if image.pixelColor(QPoint(x, y)).red() > 150 > image.pixelColor(QPoint(x, y)).blue()
        and image.pixelColor(QPoint(x, y)).green() < 160
    ]
    assert reds, "the today marker was not drawn"
    assert max(contrast(c, back) for c in reds) >= 4.5  # it labels "▲ today": text, 4.5:1


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_serious_symptoms_group_reads_in_light_and_dark(
    qtbot: QtBot,
    qapp: QApplication,
    window: MainWindow,
    sam: tuple[Profile, Medication],
    theme: str,
) -> None:
    from baclofen_companion.ui.diary.dialog import DiaryDialog
    from baclofen_companion.ui.shell.theme import Theme, apply_theme

    apply_theme(qapp, Theme(theme))
    try:
        dialog = DiaryDialog(window.store, sam[0], window.clock.now(), None, window)
        qtbot.addWidget(dialog)
        group = next(g for g in dialog.findChildren(QWidget) if g.objectName() == "redFlags")
        sheet = group.styleSheet()
        back = QColor(sheet.split("background: ")[1].split(";")[0])
        title = QColor(sheet.split("color: ")[1].split(";")[0])
        text = qapp.palette().color(QPalette.ColorRole.WindowText)
        assert contrast(text, back) >= 4.5, (theme, text.name(), back.name())
        assert contrast(title, qapp.palette().color(QPalette.ColorRole.Window)) >= 4.5
    finally:
        apply_theme(qapp, Theme.SYSTEM)
