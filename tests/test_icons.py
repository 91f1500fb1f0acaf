"""The icons: every size and format is shipped, parses, matches its SVG and reads at tray size."""

from __future__ import annotations

import fnmatch
import os
import shutil
import struct
import subprocess
import sys
import tomllib
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QImageReader, QPainter
from PySide6.QtWidgets import QApplication

from baclofen_companion.ui.widgets.common import app_icon, overdue_icon

ROOT = Path(__file__).resolve().parent.parent
MAKE_ICONS = ROOT / "packaging" / "make_icons.py"
NAME = "baclofen-companion"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICNS_SIZES = {
    b"icp4": 16,
    b"icp5": 32,
    b"ic11": 32,
    b"ic12": 64,
    b"ic07": 128,
    b"ic13": 256,
    b"ic08": 256,
    b"ic14": 512,
    b"ic09": 512,
    b"ic10": 1024,
}
LIGHT_PANEL, DARK_PANEL = QColor("#f5f5f5"), QColor("#1e1e1e")


def shipped(name: str) -> Traversable:
    return resources.files("baclofen_companion.resources").joinpath(name)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG stream"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def on_panel(icon: QIcon, size: int, panel: QColor) -> QImage:
    """The icon at `size` px as a tray would show it: composited over the panel colour."""
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(panel)
    painter = QPainter(image)
    painter.drawPixmap(0, 0, icon.pixmap(size, size))
    painter.end()
    return image


def luminance(color: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.redF())
        + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def pixels(image: QImage) -> list[QColor]:
    return [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]


def is_alarm_red(color: QColor) -> bool:
    return color.red() > 170 and color.green() < 90 and color.blue() < 90


@pytest.mark.parametrize("size", PNG_SIZES)
def test_a_png_is_shipped_at_each_size(size: int) -> None:
    assert png_size(shipped(f"{NAME}-{size}.png").read_bytes()) == (size, size)


def test_the_ico_holds_png_entries_from_16_to_256_px() -> None:
    data = shipped(f"{NAME}.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (planes, bits) == (1, 32)
        # The one-byte fields say 0 for 256.
        side = width or 256
        assert height == width
        assert png_size(data[offset : offset + length]) == (side, side)
        sizes.append(side)
    assert {16, 24, 32, 48, 256} <= set(sizes)


def test_the_icns_holds_png_entries_for_every_retina_size() -> None:
    data = shipped(f"{NAME}.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    found: dict[bytes, int] = {}
    position = 8
    while position < len(data):
        kind = data[position : position + 4]
        (length,) = struct.unpack_from(">I", data, position + 4)
        assert length > 8 and position + length <= len(data)
        width, height = png_size(data[position + 8 : position + length])
        assert width == height
        found[kind] = width
        position += length
    assert found == ICNS_SIZES


def test_qt_reads_the_ico_and_icns(qapp: QApplication) -> None:
    for suffix, fmt in (("ico", b"ico"), ("icns", b"icns")):
        if fmt not in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
            continue  # Only a cross-check: the struct parsing above is the real test.
        with resources.as_file(shipped(f"{NAME}.{suffix}")) as path:
            assert not QImage(str(path)).isNull(), suffix


def test_pyproject_ships_every_resource_file() -> None:
    """Wheels carry only files that package-data names; a missed suffix loses the icons."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = config["tool"]["setuptools"]["package-data"]
    for path in (ROOT / "resources").rglob("*"):
        if path.is_dir() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
            continue
        # A subfolder is a package of its own (resources/i18n is baclofen_companion.resources.i18n),
        # whose patterns are relative to it; a folder no package lists is not shipped at all.
        folder = path.parent.relative_to(ROOT / "resources").parts
        package = ".".join(("baclofen_companion.resources", *folder))
        patterns = package_data.get(package, [])
        assert any(fnmatch.fnmatch(path.name, p) for p in patterns), path.relative_to(ROOT)
    packages = config["tool"]["setuptools"]["packages"]
    assert set(package_data) <= set(packages), "package-data for a package that is not listed"


def test_committed_icons_match_their_svgs() -> None:
    result = subprocess.run(
        [sys.executable, str(MAKE_ICONS), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_the_check_notices_an_svg_edited_without_regenerating(tmp_path: Path) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", copy, ignore=shutil.ignore_patterns("__pycache__"))
    svg = copy / f"{NAME}.svg"
    svg.write_text(svg.read_text(encoding="utf-8").replace("#3a80d2", "#d2803a"), "utf-8")
    result = subprocess.run(
        [sys.executable, str(MAKE_ICONS), "--check", "--resources", str(copy)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert f"{NAME}-256.png" in result.stderr
    # The small drawing is unchanged, so the PNGs made from it are not stale.
    assert f"{NAME}-16.png" not in result.stderr


@pytest.mark.parametrize("size", [16, 24, 48, 256])
def test_app_icon_shows_the_drawing_meant_for_each_size(qapp: QApplication, size: int) -> None:
    """16-24 px come from the capsule-only drawing, 32 px and up from the full one."""
    icon = app_icon()
    assert not icon.isNull()
    got = icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    with resources.as_file(shipped(f"{NAME}-{size}.png")) as path:
        want = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
    assert got.size() == want.size()
    worst = max(
        max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
        for a, b in zip(pixels(got), pixels(want), strict=True)
    )
    assert worst <= 24


@pytest.mark.parametrize("size", [16, 22, 24])
@pytest.mark.parametrize("panel", [LIGHT_PANEL, DARK_PANEL], ids=["light", "dark"])
@pytest.mark.parametrize("overdue", [False, True], ids=["normal", "overdue"])
def test_tray_icons_stand_out_on_light_and_dark_panels(
    qapp: QApplication, size: int, panel: QColor, overdue: bool
) -> None:
    icon = overdue_icon() if overdue else app_icon()
    shown = pixels(on_panel(icon, size, panel))
    # WCAG's 3:1 for graphics: most of the icon must be clearly apart from the panel behind it.
    apart = sum(contrast(color, panel) >= 3 for color in shown) / len(shown)
    assert apart >= 0.5


@pytest.mark.parametrize("size", [16, 22, 24])
def test_only_the_overdue_tray_icon_carries_a_red_badge(qapp: QApplication, size: int) -> None:
    normal = on_panel(app_icon(), size, DARK_PANEL)
    overdue = on_panel(overdue_icon(), size, DARK_PANEL)
    assert not any(map(is_alarm_red, pixels(normal)))
    half = size // 2
    badge = [overdue.pixelColor(x, y) for y in range(half, size) for x in range(half, size)]
    # The badge fills most of the lower-right quarter, leaving room for the white '!'.
    assert sum(map(is_alarm_red, badge)) / len(badge) >= 0.4
    assert any(min(c.red(), c.green(), c.blue()) > 200 for c in badge), "no white '!'"
