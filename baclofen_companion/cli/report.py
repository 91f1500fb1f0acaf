"""`baclofen-companion report --out FILE.pdf`: the appointment report from the command line.

Runs without a display: with no X or Wayland display on Linux, Qt's offscreen platform draws
the PDF (fonts and painting need a QGuiApplication, never a window).
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from baclofen_companion.cli.common import ExitCode, shown, unusable_name
from baclofen_companion.core.clock import Clock, SystemClock
from baclofen_companion.core.errors import CompanionError, NotFoundError
from baclofen_companion.store import DATA_FILE_NAME

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

OK = ExitCode.OK
FAILED = ExitCode.FAILED
BAD_ARGUMENTS = ExitCode.BAD_ARGUMENTS
_app: QGuiApplication | None = None
"""Kept for the rest of the process: it must outlive every font and painter the report uses."""


def needs_offscreen(environ: dict[str, str] | os._Environ[str], platform: str) -> bool:
    """No display to connect to, and no platform chosen by the person."""
    if environ.get("QT_QPA_PLATFORM"):
        return False
    if not platform.startswith("linux"):
        return False
    return not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def ensure_gui_app() -> None:
    global _app
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    if needs_offscreen(os.environ, sys.platform):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _app = QGuiApplication([sys.argv[0] if sys.argv else "baclofen-companion"])
    _app.setApplicationName("baclofen-companion")


def report_command(
    data_dir: Path,
    out: Path,
    first: date | None = None,
    last: date | None = None,
    person: str | None = None,
    questions: str = "",
    clock: Clock | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Write the appointment report of ``person`` (default: the first) for ``first``..``last``
    (default: since care began, at most the last 90 days) to ``out``."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    clock = clock or SystemClock()
    if (reason := unusable_name(out)) is not None:
        print(f"report refused: {shown(out)[:120]} cannot be used: {reason}.", file=stderr)
        return BAD_ARGUMENTS
    if not (data_dir / DATA_FILE_NAME).is_file():
        print(f"report failed: there is no data file in {data_dir}", file=stderr)
        return FAILED
    ensure_gui_app()

    from baclofen_companion.core.schedule import local_date
    from baclofen_companion.ops.history import report_start
    from baclofen_companion.ops.people import find_person
    from baclofen_companion.render.report import ReportRequest, nice_date, write_report
    from baclofen_companion.render.text import system_zone_name
    from baclofen_companion.store import open_store

    try:
        store = open_store(data_dir, clock, system_zone_name)
    except CompanionError as err:
        print(f"report failed: {err}", file=stderr)
        return FAILED
    try:
        try:
            profile = find_person(store, person)
        except NotFoundError as err:
            print(f"report refused: {err}", file=stderr)
            return FAILED if not store.profiles() else BAD_ARGUMENTS
        today = local_date(clock.now(), profile.home_tz)
        last = last or today
        first = first or report_start(store, profile, last)
        result = write_report(
            store, ReportRequest(profile, first, last, questions), out, clock.now()
        )
    except CompanionError as err:
        print(f"report failed: {err}", file=stderr)
        return FAILED
    finally:
        store.close()
    pages = "1 page" if result.pages == 1 else f"{result.pages} pages"
    print(
        f"Wrote the appointment report for {profile.name}, {nice_date(first)} to "
        f"{nice_date(last)} ({pages}), to {shown(result.path)}",
        file=stdout,
    )
    return OK
