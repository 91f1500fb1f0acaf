"""The bundle holds what the code needs: every Qt module it imports, a program per entry point,
no build-machine library that would raise the glibc it needs; and the version floors CI tests
are the ones pyproject.toml promises."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import baclofen_companion

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path(baclofen_companion.__file__).parent
PYINSTALLER = ROOT / "packaging" / "pyinstaller"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
FLOORS = ROOT / "packaging" / "floors.txt"


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = load(PYINSTALLER / "bundle_rules.py")


def qt_modules_the_code_imports() -> dict[str, list[str]]:
    """Each PySide6.Qt* module imported anywhere in the package (in functions too), with the
    files that import it."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                names = [f"PySide6.{alias.name}" for alias in node.names]  # from PySide6 import X
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    module = f"PySide6.{parts[1]}"
                    found.setdefault(module, []).append(str(path.relative_to(PACKAGE)))
    return found


def test_the_bundle_lists_exactly_the_qt_modules_the_code_imports() -> None:
    imported = qt_modules_the_code_imports()
    # Travel → Print imports it inside the function that prints: the walk must see it.
    assert "PySide6.QtPrintSupport" in imported
    missing = {m: files for m, files in imported.items() if m not in rules.QT_MODULES}
    assert missing == {}, "imported by the code but not listed in bundle_rules.QT_MODULES"
    assert sorted(set(rules.QT_MODULES) - set(imported)) == [], "listed, but imported nowhere"


def test_no_qt_module_the_code_imports_is_excluded_from_the_bundle() -> None:
    excluded = set(rules.QT_EXCLUDES) & set(qt_modules_the_code_imports())
    assert excluded == set()


def test_the_spec_takes_its_modules_and_programs_from_the_rules() -> None:
    spec = (PYINSTALLER / "baclofen-companion.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    # No Qt module may be named in the spec itself, where the test above cannot see it.
    literals = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)}
    assert {s for s in literals if isinstance(s, str) and s.startswith("PySide6.")} == set()
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "bundle_rules"
        for alias in node.names
    }
    assert {"QT_MODULES", "QT_EXCLUDES", "programs_for", "keep_binary"} <= imported


def test_every_command_of_the_wheel_is_a_program_of_the_bundle_with_the_same_console() -> None:
    scripts = {name: True for name in PYPROJECT["project"].get("scripts", {})}
    scripts |= {name: False for name in PYPROJECT["project"]["gui-scripts"]}
    assert dict(rules.PROGRAMS) == scripts
    # The command line must have a console program on Windows; a macOS .app has one program.
    assert ("baclofen-companion-cli", True) in rules.programs_for("win32")
    assert rules.programs_for("darwin") == [("baclofen-companion", False)]


def test_the_build_machines_libstdcxx_and_libexpat_stay_out_of_the_bundle() -> None:
    toc = [
        ("libstdc++.so.6", "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "BINARY"),
        ("libexpat.so.1", "/lib/x86_64-linux-gnu/libexpat.so.1", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/venv/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"),
    ]
    kept = [entry[0] for entry in toc if rules.keep_binary(entry)]
    assert kept == ["PySide6/Qt/lib/libQt6Core.so.6"]


def test_the_glibc_check_reads_the_newest_symbol_version_objdump_shows() -> None:
    build = load(ROOT / "packaging" / "build_bundle.py")
    dump = (
        "0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.2.5) memcpy\n"
        "0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.34) __libc_start_main\n"
        "0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.38) __isoc23_strtol\n"
        "0000000000000000      DF *UND*  0000000000000000 (GLIBCXX_3.4.30) _ZSt4cout\n"
    )
    symbols = build.glibc_symbols(dump)
    assert symbols == {
        "memcpy": (2, 2, 5),
        "__libc_start_main": (2, 34),
        "__isoc23_strtol": (2, 38),
    }
    assert [s for s, v in symbols.items() if v > rules.GLIBC_FLOOR] == ["__isoc23_strtol"]


def floors() -> dict[str, str]:
    pins = {}
    for line in FLOORS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[name.strip().lower()] = version.strip()
    return pins


def lower_bounds() -> dict[str, str]:
    requirements = list(PYPROJECT["project"]["dependencies"])
    requirements += PYPROJECT["project"]["optional-dependencies"]["test"]
    bounds = {}
    for requirement in requirements:
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)>=([^,;\s]+).*", requirement)
        assert match, f"{requirement!r} has no lower bound"
        bounds[match[1].lower()] = match[2]
    return bounds


def test_the_floor_job_installs_the_lowest_versions_pyproject_allows() -> None:
    pinned = floors()
    assert {name: pinned.get(name) for name in lower_bounds()} == lower_bounds()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_self_test_prints_a_packing_list_to_pdf_without_system_zone_data(
    tmp_path: Path,
) -> None:
    # As the bundle's self-test runs it: a new process, no system time-zone files to fall
    # back on, so only the tzdata package can answer for the zones.
    pdf = tmp_path / "packing-list.pdf"
    data = tmp_path / "data"
    command = [sys.executable, "-m", "baclofen_companion", "--self-test", "--data-dir", str(data)]
    result = subprocess.run(
        [*command, "--self-test-pdf", str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "PYTHONTZPATH": ""},
        check=False,
    )
    assert (result.returncode, result.stdout.strip()) == (0, "self-test ok"), result.stderr
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Packing list — Baclofen Companion" in text


def test_every_package_folder_is_listed_for_setuptools() -> None:
    """Seen in CI: two new tabs' folders were missing from the list, so a wheel or an sdist
    install lacked them and the Care and Pump tabs would not have opened."""
    root = Path(__file__).resolve().parent.parent
    found = {
        ".".join(p.parent.relative_to(root).parts)
        for p in (root / "baclofen_companion").rglob("__init__.py")
    }
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    assert found - listed == set()
