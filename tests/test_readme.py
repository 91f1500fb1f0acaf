"""README's commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def fenced_commands(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = fenced_commands(readme)
    test_command = next(b for b in blocks if "pytest" in b)
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert any(line.startswith(test_command + " ") or line == test_command for line in ci_lines)


def test_readme_install_command_starts_the_installed_app() -> None:
    blocks = fenced_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    install = blocks[0]
    assert "pip install ." in install and install.endswith("baclofen-companion")


def test_readme_screenshot_exists() -> None:
    assert (ROOT / "docs" / "today.png").read_bytes()[:4] == b"\x89PNG"
