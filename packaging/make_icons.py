"""Render resources/*.svg into the PNG, .ico and .icns icons that installers and bundles need.
Run after editing an SVG; --check only says (exit 1) whether the committed files are stale."""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
NAME = "baclofen-companion"
# Below 32 px the clock in the full drawing turns to mush; a bolder capsule-only drawing
# (NAME-small.svg) reads at 16-24 px on light and dark panels alike.
SMALL_LIMIT = 24

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# Windows picks 20/40 px at 125 % scaling; an ICO entry is at most 256 px.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# PNG-bearing ICNS types (macOS 10.7+) and the pixel size each holds; the @2x types are
# what Retina screens use.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),
    (b"icp5", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)
# Anti-aliasing may differ by a few levels between Qt versions; a redrawn icon differs by far more.
CHANNEL_TOLERANCE = 24


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot render {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def icon_image(resources: Path, size: int) -> QImage:
    return render(resources / (f"{NAME}-small.svg" if size <= SMALL_LIMIT else f"{NAME}.svg"), size)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # QImageWriter, not QImage.save: PySide's stubs and runtime disagree on save()'s format type.
    if not QImageWriter(buffer, QByteArray(b"png")).write(image):
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: Iterable[QImage]) -> bytes:
    """A Windows icon whose entries are PNG streams (valid since Windows Vista)."""
    pngs = [(image.width(), png_bytes(image)) for image in images]
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries = b""
    for size, png in pngs:
        # 0 in the one-byte width and height fields means 256.
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(png for _, png in pngs)


def icns_bytes(images: dict[int, QImage]) -> bytes:
    """A macOS icon family: 'icns', total length, then (type, length, PNG) per entry."""
    body = b""
    for kind, size in ICNS_TYPES:
        png = png_bytes(images[size])
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs(resources: Path) -> dict[Path, bytes]:
    sizes = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    images = {size: icon_image(resources, size) for size in sorted(sizes)}
    files = {resources / f"{NAME}-{size}.png": png_bytes(images[size]) for size in PNG_SIZES}
    files[resources / f"{NAME}.ico"] = ico_bytes(images[size] for size in ICO_SIZES)
    files[resources / f"{NAME}.icns"] = icns_bytes(images)
    return files


def embedded_pngs(path: Path, data: bytes) -> list[bytes]:
    """The PNG streams inside a PNG, ICO or ICNS file, in order."""
    if path.suffix == ".png":
        return [data]
    found: list[bytes] = []
    if path.suffix == ".ico":
        (count,) = struct.unpack_from("<H", data, 4)
        for index in range(count):
            length, offset = struct.unpack_from("<II", data, 6 + 16 * index + 8)
            found.append(data[offset : offset + length])
        return found
    position = 8
    while position < len(data):
        (length,) = struct.unpack_from(">I", data, position + 4)
        found.append(data[position + 8 : position + length])
        position += length
    return found


def same_pixels(a: bytes, b: bytes) -> bool:
    first = QImage.fromData(a).convertToFormat(QImage.Format.Format_ARGB32)
    second = QImage.fromData(b).convertToFormat(QImage.Format.Format_ARGB32)
    if first.size() != second.size() or first.isNull():
        return False
    left, right = bytes(first.constBits()), bytes(second.constBits())
    return all(abs(x - y) <= CHANNEL_TOLERANCE for x, y in zip(left, right, strict=True))


def check(files: dict[Path, bytes]) -> list[Path]:
    stale = []
    for path, fresh in files.items():
        if not path.exists():
            stale.append(path)
            continue
        old = embedded_pngs(path, path.read_bytes())
        new = embedded_pngs(path, fresh)
        if len(old) != len(new) or not all(map(same_pixels, old, new)):
            stale.append(path)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if a committed icon is missing or stale"
    )
    parser.add_argument(
        "--resources",
        type=Path,
        default=RESOURCES,
        help="folder with the SVGs (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    # Rendering needs no screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    files = outputs(args.resources)
    if args.check:
        stale = check(files)
        for path in stale:
            print(f"stale: {path}", file=sys.stderr)
        if stale:
            print("run: python packaging/make_icons.py", file=sys.stderr)
        return 1 if stale else 0
    for path, data in files.items():
        path.write_bytes(data)
        print(f"wrote {path} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
