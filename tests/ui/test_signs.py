"""Every sign the app writes (○ ● ✔ ✖ ⚠ and the rest) is drawable by DejaVu, the fonts a bare
Debian or Ubuntu desktop has (fonts-dejavu-core), so no state is ever shown as an empty box.

Seen on a screen: "⏰ Snoozed until 08:10" drew the alarm clock as a box, because no font
installed had it; a snoozed dose then looked like a broken one. Colour is never the only sign
of a state, so the sign has to draw."""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QRawFont
from PySide6.QtWidgets import QApplication

import baclofen_companion

PACKAGE = Path(baclofen_companion.__file__).parent
FAMILIES = ("DejaVu Sans", "DejaVu Serif")


def signs_in_source() -> dict[str, list[str]]:
    """Each non-ASCII sign or punctuation mark in a string the package holds, with where."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            for char in node.value:
                if ord(char) > 0x7F and unicodedata.category(char)[0] in "SP":
                    found.setdefault(char, []).append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_every_sign_is_in_dejavu(qapp: QApplication) -> None:
    fonts = [QRawFont.fromFont(QFont(family)) for family in FAMILIES]
    missing_families = [f for f, raw in zip(FAMILIES, fonts, strict=True) if raw.familyName() != f]
    if missing_families:
        pytest.skip(f"{', '.join(missing_families)} not installed (Debian: fonts-dejavu-core)")
    signs = signs_in_source()
    assert "●" in signs and "✔" in signs  # the scan sees the state signs
    undrawable = {
        f"{char} U+{ord(char):04X} {unicodedata.name(char, '?')}": places[:3]
        for char, places in signs.items()
        if char != "\ufffd" and not any(raw.supportsCharacter(ord(char)) for raw in fonts)
    }
    assert undrawable == {}
