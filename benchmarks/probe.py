"""Cold-start probe: run the app (or a bare QMainWindow), print when it first painted, and exit.

Usage: python benchmarks/probe.py bare | python benchmarks/probe.py app DATA_DIR
Prints "painted <time.monotonic()> <peak RSS KB>" from the main window's first paintEvent, then
leaves at once (os._exit), so what is measured is start-up alone. CLOCK_MONOTONIC is system-wide, so
the parent subtracts its own time.monotonic() taken just before it started this process.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any


def peak_kb() -> int:
    """VmHWM: this process's peak RSS. (ru_maxrss after exec keeps the parent's peak from
    before the exec, so a big parent would hide a small child.)"""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


CLEAN_UP: list[Any] = []


def report() -> None:
    print(f"painted {time.monotonic():.6f} {peak_kb()}", flush=True)
    for step in CLEAN_UP:
        step()
    os._exit(0)


def bare() -> int:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Bare(QMainWindow):
        def paintEvent(self, event: QPaintEvent) -> None:
            super().paintEvent(event)
            report()

    app = QApplication(sys.argv[:1])
    window = Bare()
    window.resize(820, 640)  # the app's first-run size, so both paint the same area
    window.show()
    return app.exec()


def app(data_dir: str) -> int:
    from baclofen_companion.ui.shell import main_window

    original = main_window.MainWindow.paintEvent

    def paint(self: Any, event: Any) -> None:
        original(self, event)
        report()

    main_window.MainWindow.paintEvent = paint  # type: ignore[method-assign]
    # os._exit skips the app's own clean-up: remove its single-instance socket from /tmp.
    from pathlib import Path

    from PySide6.QtNetwork import QLocalServer

    from baclofen_companion.services.instance import server_name

    CLEAN_UP.append(lambda: QLocalServer.removeServer(server_name(Path(data_dir))))
    from baclofen_companion.app import main

    return main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else app(sys.argv[2]))
