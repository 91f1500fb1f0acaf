"""The translation files: complete, in step with the code, compiled, and safe to format.

A failure here usually means: run ``python tools/update_translations.py`` and translate what
it reports (README, "Translations").
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import baclofen_companion
from baclofen_companion.ui.widgets.field_names import FIELD_NAMES, field_label

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(baclofen_companion.__file__).parent


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()
LANGUAGES = tool.ts_files()


def test_german_is_shipped() -> None:
    assert "de" in LANGUAGES
    assert tool.qm_file("de").exists()


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_message_is_translated_and_formats_safely(code: str) -> None:
    assert tool.problems(LANGUAGES[code]) == []


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_translations_are_up_to_date_with_the_code_and_compiled(code: str) -> None:
    """lupdate into a copy finds nothing new, and the shipped .qm is this .ts compiled."""
    assert tool.out_of_date(code, LANGUAGES[code]) == []


def test_the_check_catches_a_missing_string_and_a_bad_translation(tmp_path: Path) -> None:
    ts = tmp_path / "baclofen_companion_de.ts"
    text = LANGUAGES["de"].read_text(encoding="utf-8")
    # Drop one message the code uses, and break another's placeholder.
    text = re.sub(
        r"<message>(\s*<location[^>]*/>)*\s*<source>No dose due</source>.*?</message>",
        "",
        text,
        count=1,
        flags=re.S,
    )
    text = text.replace(">Vorrat: {days} — jetzt Nachschub besorgen<", ">Vorrat: {tage}<", 1)
    ts.write_text(text, encoding="utf-8")
    assert any("No dose due" in p for p in tool.out_of_date("de", ts))
    assert any("placeholders" in p for p in tool.problems(ts))


# -- how the code asks for translation -------------------------------------------------------

TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}


def _modules() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def test_no_f_string_is_passed_for_translation() -> None:
    """An f-string's text differs at every call: it can never match the catalogue."""
    offenders = [
        f"{path.relative_to(PACKAGE)}:{node.lineno}"
        for path, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and _name(node) in TRANSLATING
        and any(isinstance(arg, ast.JoinedStr) for arg in node.args)
    ]
    assert offenders == []


FIELD_ARGUMENT = {
    "ValidationError": 0,
    "parse_amount": 1,
    "parse_time": 1,
    "parse_strength": 1,
    "clean_name": 1,
    "check_time_zone": 1,
    "zone": 1,
    "parse_stock": 2,
    "check_deliverable": 2,
}


def test_every_field_an_error_names_has_a_translated_label() -> None:
    """Form errors start with the field's name ("⚠ Amount in row 2: …"), translated."""
    names: set[str] = set()
    for _path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node) in FIELD_ARGUMENT:
                index = FIELD_ARGUMENT[_name(node) or ""]
                arg = node.args[index] if len(node.args) > index else None
                arg = next((k.value for k in node.keywords if k.arg == "field"), arg)
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    names.add(arg.value)
            if isinstance(node, ast.FunctionDef):
                defaults = zip(node.args.args[::-1], node.args.defaults[::-1], strict=False)
                for parameter, default in defaults:
                    if parameter.arg == "field" and isinstance(default, ast.Constant):
                        names.add(str(default.value))
    assert len(names) > 30
    assert names - set(FIELD_NAMES) == set()
    assert field_label("time in row 2") == "Time in row 2"
    assert field_label("step 3 at 08:00") == "Step 3 at 08:00"
