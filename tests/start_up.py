"""The app started for real in a fresh interpreter, answered as a person answers its dialogs.

``start`` runs ``main(['--data-dir', …])`` offscreen; each modal dialog that opens is written
down (its class and the text of its labels) and answered by clicking the next of ``clicks``;
once the main window shows, its tab names are written down and the app quits. So a test can
see what a person sees at start, in order, and what the files hold after.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_DRIVER = r"""
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabWidget
app = QApplication([])
clicks = [c for c in sys.argv[2].split("|") if c]
answered = set()

def poll():
    dialog = QApplication.activeModalWidget()
    if dialog is not None and id(dialog) not in answered:
        answered.add(id(dialog))
        print("DIALOG", type(dialog).__name__, flush=True)
        for label in dialog.findChildren(QLabel):
            if label.isVisibleTo(dialog) and label.text():
                print("  " + label.text().replace("\n", " "), flush=True)
        wanted = clicks.pop(0) if clicks else "Quit"
        for button in dialog.findChildren(QAbstractButton):
            if button.text() == wanted and button.isVisibleTo(dialog):
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                break
        else:
            print("  (no button " + wanted + ")", flush=True)
            dialog.close()
    elif dialog is None:
        for window in QApplication.topLevelWidgets():
            if type(window).__name__ == "MainWindow" and window.isVisible():
                tabs = window.findChild(QTabWidget)
                names = [tabs.tabText(i) for i in range(tabs.count())] if tabs else []
                print("MAIN WINDOW", "|".join(names), flush=True)
                for action in window.findChildren(QAction):  # File → Quit, as a person quits
                    if action.text().replace("&", "") == "Quit":
                        QTimer.singleShot(0, action.trigger)
                        return
                app.quit()
                return
    QTimer.singleShot(20, poll)

QTimer.singleShot(0, poll)
from baclofen_companion.app import main
code = main(["--data-dir", sys.argv[1]])
print("EXIT", code, flush=True)
"""


@dataclass(frozen=True)
class Start:
    lines: list[str]
    stderr: str

    @property
    def shown(self) -> str:
        return "\n".join(self.lines)

    def dialogs(self) -> list[str]:
        return [line.split()[1] for line in self.lines if line.startswith("DIALOG ")]

    @property
    def main_window(self) -> bool:
        return any(line.startswith("MAIN WINDOW") for line in self.lines)

    @property
    def exit_code(self) -> int | None:
        ends = [line for line in self.lines if line.startswith("EXIT ")]
        return int(ends[-1].split()[1]) if ends else None


def start(data_dir: Path, home: Path, clicks: list[str]) -> Start:
    """Start the app on ``data_dir`` (with ``home`` as its home folder), click through."""
    home.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    (home / "run").mkdir(mode=0o700, exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(data_dir), "|".join(clicks)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO,
        check=False,
    )
    return Start(result.stdout.splitlines(), result.stderr)


def generated_history(data_dir: Path, years: int = 1) -> Path:
    """A data folder with ``years`` of history from benchmarks/generate_history.py."""
    subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "generate_history.py"),
            str(data_dir),
            "--years",
            str(years),
            "--people",
            "1",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return data_dir / "companion.db"


def flip_bytes_in_the_middle(path: Path, count: int = 200) -> None:
    """What a failing disk or a bad copy does: ``count`` bytes inverted mid-file."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + count] = bytes(b ^ 0xFF for b in data[middle : middle + count])
    path.write_bytes(bytes(data))
