"""Imports point one way: core ← store ← ops ← {services, render} ← ui; cli over ops, render,
store, core and the platform services; app.py (and __main__) is the one composition root that
may use everything.

The test reads every module's imports (top level and inside functions) and fails on an arrow
the wrong way, on Qt where a layer must not have it, and on any import of another module's
private name. ``DEBTS`` lists the arrows that are still wrong while the redesign lands in steps:
it may only shrink, and the test also fails when a listed debt is paid but still listed.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import baclofen_companion

PACKAGE = Path(baclofen_companion.__file__).parent
ROOT_MODULES = {"baclofen_companion.app", "baclofen_companion.__main__"}
SHARED = {"baclofen_companion", "baclofen_companion.resources"}

# What each layer may import from the package (besides itself and SHARED).
MAY_USE: dict[str, set[str]] = {
    "core": set(),
    "store": {"core"},
    "ops": {"core", "store"},
    "services": {"core", "store", "ops"},
    "render": {"core", "store", "ops"},
    "ui": {"core", "ops", "services", "render"},
    # restore asks the running window to close through services.instance; the desktop entry
    # and autostart are services too.
    "cli": {"core", "store", "ops", "render", "services"},
}
# Qt modules a layer may not import at all.
NO_QT = {"core", "store", "ops"}
NO_WIDGETS = {"render"}

# Arrows still the wrong way, as (importing module, imported module), while a redesign lands in
# steps. Paying one off means deleting its line here. None are left.
DEBTS: set[tuple[str, str]] = set()


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    target: str  # the imported module, dotted
    names: tuple[str, ...]  # names taken with "from target import ..."
    line: int


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    me = module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(me, a.name, (), node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.append(Import(me, base, tuple(a.name for a in node.names), node.lineno))
    return found


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "baclofen_companion" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in MAY_USE else None


def all_imports(package: Path = PACKAGE) -> list[Import]:
    return [
        imp
        for path in sorted(package.rglob("*.py"))
        if "__pycache__" not in path.parts and "resources" not in path.parts
        for imp in imports_of(path)
    ]


def wrong_arrows(imports: list[Import]) -> set[tuple[str, str]]:
    wrong: set[tuple[str, str]] = set()
    for imp in imports:
        if imp.module in ROOT_MODULES:
            continue
        mine = layer_of(imp.module)
        if mine is None:
            continue
        target = imp.target
        if target.startswith(("PySide6", "shiboken6")):
            if mine in NO_QT or (mine in NO_WIDGETS and target.startswith("PySide6.QtWidgets")):
                wrong.add((imp.module, target))
            continue
        if target == "sqlite3" and mine == "ui":
            wrong.add((imp.module, target))
            continue
        if not target.startswith("baclofen_companion") or target in SHARED:
            continue
        if target in ROOT_MODULES:
            wrong.add((imp.module, target))
            continue
        theirs = layer_of(target)
        if theirs is None:
            # A top-level module outside the layers (only the root modules should be).
            wrong.add((imp.module, target))
        elif theirs != mine and theirs not in MAY_USE[mine]:
            wrong.add((imp.module, target))
    return wrong


# Names ui/ may not take even from a layer it may use: the use cases' way to the Store.
UI_FORBIDDEN_NAMES = {("baclofen_companion.ops.session", "store_of")}


def forbidden_names(imports: list[Import]) -> set[tuple[str, str]]:
    return {
        (imp.module, f"{imp.target}.{name}")
        for imp in imports
        if layer_of(imp.module) == "ui"
        for name in imp.names
        if (imp.target, name) in UI_FORBIDDEN_NAMES
    }


def private_imports(imports: list[Import]) -> set[tuple[str, str]]:
    """``from x import _name`` (another module's private name) and ``import x._y``."""
    bad: set[tuple[str, str]] = set()
    for imp in imports:
        if not imp.target.startswith("baclofen_companion"):
            continue
        if any(p.startswith("_") and not p.startswith("__") for p in imp.target.split(".")):
            bad.add((imp.module, imp.target))
        for name in imp.names:
            if name.startswith("_") and not name.startswith("__"):
                bad.add((imp.module, f"{imp.target}.{name}"))
    return bad


def test_imports_point_one_way() -> None:
    imports = all_imports()
    assert len({i.module for i in imports}) > 60, "the check read too few modules"
    wrong = wrong_arrows(imports)
    new = sorted(wrong - DEBTS)
    assert not new, "imports pointing the wrong way:\n" + "\n".join(f"  {a} -> {b}" for a, b in new)
    paid = sorted(DEBTS - wrong)
    assert not paid, "paid debts still listed in DEBTS:\n" + "\n".join(
        f"  {a} -> {b}" for a, b in paid
    )


def test_no_module_imports_another_modules_private_name() -> None:
    assert sorted(private_imports(all_imports())) == []


def test_widgets_reach_the_store_only_through_use_cases() -> None:
    """ui/ holds a read-only ``Session``; only ops/ may turn it back into the Store."""
    assert sorted(forbidden_names(all_imports())) == []


def test_every_module_belongs_to_a_layer() -> None:
    loose = sorted(
        module_name(p) for p in PACKAGE.glob("*.py") if module_name(p) not in ROOT_MODULES | SHARED
    )
    assert loose == []


def test_the_check_catches_a_planted_wrong_arrow(tmp_path: Path) -> None:
    pkg = tmp_path / "baclofen_companion"
    for sub in ("core", "store", "ui", "render"):
        (pkg / sub).mkdir(parents=True)
        (pkg / sub / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "core" / "rules.py").write_text(
        "from baclofen_companion.ui.today import view\nimport PySide6.QtCore\n"
    )
    (pkg / "store" / "repo.py").write_text("from ..ops import doses\n")
    (pkg / "ui" / "tab.py").write_text(
        "import sqlite3\nfrom baclofen_companion.store import Store\n"
        "from baclofen_companion.render.text import _secret\n"
        "from baclofen_companion.ops.session import Session, store_of\n"
    )
    (pkg / "render" / "chart.py").write_text("from PySide6.QtWidgets import QWidget\n")
    imports = [imp for path in sorted(pkg.rglob("*.py")) for imp in imports_of_in(path, tmp_path)]
    assert wrong_arrows(imports) == {
        ("baclofen_companion.core.rules", "baclofen_companion.ui.today"),
        ("baclofen_companion.core.rules", "PySide6.QtCore"),
        ("baclofen_companion.store.repo", "baclofen_companion.ops"),
        ("baclofen_companion.ui.tab", "sqlite3"),
        ("baclofen_companion.ui.tab", "baclofen_companion.store"),
        ("baclofen_companion.render.chart", "PySide6.QtWidgets"),
    }
    assert private_imports(imports) == {
        ("baclofen_companion.ui.tab", "baclofen_companion.render.text._secret")
    }
    assert forbidden_names(imports) == {
        ("baclofen_companion.ui.tab", "baclofen_companion.ops.session.store_of")
    }


def imports_of_in(path: Path, root: Path) -> list[Import]:
    """imports_of for a planted tree under ``root`` instead of the real package."""
    global PACKAGE
    real = PACKAGE
    PACKAGE = root / "baclofen_companion"
    try:
        return imports_of(path)
    finally:
        PACKAGE = real
