"""The composition root: parse the command line, open the store, build and show the window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from baclofen_companion import APP_NAME, __version__
from baclofen_companion.core.clock import SystemClock
from baclofen_companion.core.errors import CompanionError

DATA_DIR_ENV = "BACLOFEN_COMPANION_DATA_DIR"
APP_ID = "baclofen-companion"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=f"{APP_NAME}: take every baclofen dose on time and keep a clear diary.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_ID} {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help=f"folder holding companion.db (default: ${DATA_DIR_ENV}, else the system's "
        "application-data folder)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the data file, check it, build the window without showing it, and exit",
    )
    return parser.parse_args(argv)


def default_data_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def resolve_data_dir(arg: Path | None) -> Path:
    if arg is not None:
        return arg.expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)

    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from baclofen_companion.store import open_store
    from baclofen_companion.ui.common import app_icon, system_zone_name

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_ID])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())

    data_dir = resolve_data_dir(args.data_dir)
    clock = SystemClock()
    try:
        store = open_store(data_dir, clock, system_zone_name)
    except CompanionError as err:
        if args.self_test:
            print(f"self-test failed: {err}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, str(err))
        return 2

    from baclofen_companion.core.schedule import local_date
    from baclofen_companion.ui.first_run import FirstRunDialog
    from baclofen_companion.ui.main_window import MainWindow

    try:
        if args.self_test:
            result = store.integrity_check()
            if result != "ok":
                print(f"self-test failed: integrity check says {result}", file=sys.stderr)
                return 1
            window = MainWindow(store, clock, data_dir)
            window.deleteLater()
            if app_icon().isNull():
                print("self-test failed: the app icon is missing", file=sys.stderr)
                return 1
            print("self-test ok")
            return 0

        if not store.profiles():
            today = local_date(clock.now(), system_zone_name())
            setup = FirstRunDialog(store, today)
            # Closing the setup dialog must not end the app before the main window shows.
            app.setQuitOnLastWindowClosed(False)
            accepted = setup.exec() == QDialog.DialogCode.Accepted
            setup.deleteLater()
            app.setQuitOnLastWindowClosed(True)
            if not accepted:
                return 0
        window = MainWindow(store, clock, data_dir)
        window.show()
        return app.exec()
    finally:
        store.close()
