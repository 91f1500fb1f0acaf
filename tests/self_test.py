"""The app's own --self-test in a fresh process, with one more thing printed after it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def self_test_then_print(data_dir: Path, imports: str, expression: str) -> tuple[str, str]:
    """Run ``main(['--self-test', ...])`` offscreen in a new interpreter, then print its exit
    code and ``expression`` (evaluated after ``imports``); returns that line and stderr."""
    code = (
        "import sys\n"
        f"{imports}\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from baclofen_companion.app import main\n"
        "code = main(['--self-test', '--data-dir', sys.argv[1]])\n"
        f"print(code, {expression})\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    lines = result.stdout.splitlines()
    return (lines[-1] if lines else ""), result.stderr
