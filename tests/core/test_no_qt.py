"""core/ must stay free of Qt (and of the layers above it) so its rules test without a GUI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import baclofen_companion.core

CORE = Path(baclofen_companion.core.__file__).parent
FORBIDDEN = (
    "PySide6",
    "shiboken6",
    "baclofen_companion.ui",
    "baclofen_companion.services",
    "baclofen_companion.store",
    "baclofen_companion.app",
)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt_or_upper_layers() -> None:
    modules = sorted(CORE.glob("*.py"))
    assert len(modules) >= 5
    offenders = {
        f"{path.name}: {name}"
        for path in modules
        for name in imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)
    }
    assert not offenders, f"core/ imports forbidden modules: {sorted(offenders)}"


def test_importing_all_of_core_loads_no_qt() -> None:
    names = [p.stem for p in CORE.glob("*.py") if p.stem != "__init__"]
    code = (
        "import sys\n"
        + "".join(f"import baclofen_companion.core.{n}\n" for n in names)
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_check_would_catch_a_qt_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtCore import QTimer\nimport os\n")
    assert "PySide6.QtCore" in imported_modules(bad)
