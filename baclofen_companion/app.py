"""The composition root: parse the command line, open the store, build and show the window."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from baclofen_companion import APP_ID, APP_NAME, __version__
from baclofen_companion.core.clock import SystemClock
from baclofen_companion.core.errors import CompanionError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from baclofen_companion.services.instance import SingleInstance

DATA_DIR_ENV = "BACLOFEN_COMPANION_DATA_DIR"
# The command and Qt's application name, which names the default data folder: it stays what it
# was when the app id became reverse-DNS, so nobody's data moves.
COMMAND = "baclofen-companion"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=COMMAND,
        description=f"{APP_NAME}: take every baclofen dose on time and keep a clear diary.",
    )
    parser.add_argument("--version", action="version", version=f"{COMMAND} {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help=f"folder holding companion.db (default: ${DATA_DIR_ENV}, else the system's "
        "application-data folder)",
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start in the tray (or minimized where there is no tray); used at login",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add this copy to the Linux application menu (for this user only) and exit",
    )
    parser.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove it from the menu and exit; your data stays",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the data file, check it, build the window without showing it, and exit",
    )
    parser.add_argument(
        "--self-test-pdf",
        type=Path,
        metavar="FILE.pdf",
        help="with --self-test, also print a packing list to this PDF through Qt's printing",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    backup = commands.add_parser("backup", help="copy the data file to FILE and exit")
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    restore = commands.add_parser(
        "restore", help="replace the data file with FILE (the current one is backed up first)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    from baclofen_companion.cli.common import parse_day

    report = commands.add_parser(
        "report", help="write the appointment report (PDF) for a date range and exit"
    )
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument(
        "--from",
        dest="first",
        type=parse_day,
        metavar="YYYY-MM-DD",
        help="first day (default: 89 days before --to)",
    )
    report.add_argument(
        "--to",
        dest="last",
        type=parse_day,
        metavar="YYYY-MM-DD",
        help="last day (default: today)",
    )
    report.add_argument("--profile", metavar="NAME", help="whose report (default: the first)")
    report.add_argument(
        "--questions",
        default="",
        metavar="TEXT",
        help="questions for the doctor, printed above the lines to write on",
    )
    for sub in (backup, restore, report):
        sub.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    from baclofen_companion.cli import export as export_cli

    export_cli.add_parser(commands)
    return parser.parse_args(argv)


def default_data_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def _default_dir_without_app() -> Path:
    """The data folder for command-line work, which runs without a QApplication."""
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setApplicationName(COMMAND)
    return default_data_dir()


def resolve_data_dir(arg: Path | None) -> Path:
    if arg is not None:
        return arg.expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def desktop_entry_command(args: argparse.Namespace) -> int:
    """Put this copy in (or take it out of) the Linux menu; needs no Qt and no data."""
    if not sys.platform.startswith("linux"):
        print("desktop entries are for Linux desktops", file=sys.stderr)
        return 2
    from baclofen_companion.services import desktop_entry

    paths = (
        desktop_entry.install(desktop_entry.launch_command(args.data_dir))
        if args.install_desktop_entry
        else desktop_entry.uninstall()
    )
    for path in paths:
        print(path)
    return 0


def _migrate_login_entry(logger: logging.Logger) -> None:
    """A login entry from before the one app id is renamed to it, or the upgrade would start
    the app twice at login (the old and the new entry) once login start is turned on again."""
    from baclofen_companion.services import autostart

    try:
        for path in autostart.migrate():
            logger.info("login entry %s moved to the app id %s", path, APP_ID)
    except (OSError, ValueError) as err:
        # A login entry that cannot be read or moved must not stop the reminders.
        logger.warning("could not move the old login entry: %s", err)


def missing_desktop(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why the window cannot open here, or None. Without a display Qt aborts with a
    misleading "xcb-cursor0 is needed" (exit 134); say what is really missing instead."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    if environ.get("QT_QPA_PLATFORM") or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        f"{COMMAND}: no desktop session here (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
        f"The {APP_NAME} window needs a graphical desktop: start it from your desktop's "
        "menu or a terminal inside the desktop.\n"
        "The command-line commands work without one: "
        f"{COMMAND} backup, restore, export and report (see {COMMAND} --help)."
    )


def _command(args: argparse.Namespace) -> int:
    """backup, restore, export or report, with their exit codes (see README)."""
    folder = resolve_data_dir(args.data_dir) if args.data_dir else _default_dir_without_app()
    if args.command in ("backup", "restore"):
        from baclofen_companion.cli import backup as backup_cli

        if args.command == "backup":
            return backup_cli.backup_command(folder, args.out)
        return backup_cli.restore_command(folder, args.file)
    if args.command == "export":
        from baclofen_companion.cli import export as export_cli

        return export_cli.run(args, folder)
    from baclofen_companion.cli import report as report_cli

    return report_cli.report_command(
        folder, args.out, args.first, args.last, args.profile, args.questions
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return desktop_entry_command(args)
    if args.command is not None:
        try:
            return _command(args)
        except Exception as err:  # noqa: BLE001 - the command line never shows a traceback
            print(f"{args.command} failed: an unexpected error ({err!r:.300}).", file=sys.stderr)
            return 1

    why = missing_desktop(os.environ)
    if why is not None:
        print(why, file=sys.stderr)
        return 1

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from baclofen_companion.render.icons import app_icon
    from baclofen_companion.services.instance import SingleInstance
    from baclofen_companion.ui.shell.i18n import (
        install_language,
        resolve,
        stored_language,
        ui_settings,
    )

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else COMMAND])
    assert isinstance(app, QApplication)
    app.setApplicationName(COMMAND)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())

    chosen = args.data_dir or (
        Path(os.environ[DATA_DIR_ENV]) if os.environ.get(DATA_DIR_ENV) else None
    )
    data_dir = resolve_data_dir(args.data_dir)
    # The language comes first (issue #9): every window from here on speaks it.
    install_language(app, resolve(stored_language(ui_settings(data_dir))))
    try:
        instance = SingleInstance(data_dir)
    except OSError as err:
        # A file where the folder should be, or a folder we may not write: say so plainly.
        why = err.strerror or str(err)
        if data_dir.exists() and not data_dir.is_dir():
            why = QCoreApplication.translate("app", "a file has that name, not a folder")
        message = QCoreApplication.translate(
            "app", "The data folder {folder} cannot be used: {why}."
        ).format(folder=data_dir, why=why)
        if args.self_test:
            print(f"self-test failed: {message}", file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, message)
        return 2
    if not instance.acquire():
        # Another process owns this data folder: never open the database beside it.
        if args.self_test:
            print("self-test failed: Baclofen Companion is already running", file=sys.stderr)
            return 1
        if instance.knock():
            return 0
        QMessageBox.critical(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "App",
                "Baclofen Companion seems to be running already but does not answer. "
                "If it has just crashed, wait a few seconds and start it again.",
            ),
        )
        return 1
    try:
        return _run(app, args, data_dir, chosen, instance)
    finally:
        instance.release()


def _run(
    app: QApplication,
    args: argparse.Namespace,
    data_dir: Path,
    chosen: Path | None,
    instance: SingleInstance,
) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QDialog, QMessageBox, QSystemTrayIcon

    from baclofen_companion.core.schedule import local_date
    from baclofen_companion.render.icons import app_icon
    from baclofen_companion.render.text import system_zone_name
    from baclofen_companion.services.logbook import LOG_FILE_NAME, close_log, open_log
    from baclofen_companion.services.notifier import NotifierChain, follow, platform_paths
    from baclofen_companion.services.scheduler import ReminderScheduler
    from baclofen_companion.services.termination import watch_termination
    from baclofen_companion.store import open_store
    from baclofen_companion.store.backups import remove_leftover_temps
    from baclofen_companion.store.recovery import (
        empty_data_file,
        history_only_in_backups,
        lost_data_file,
    )
    from baclofen_companion.ui.files.recovery_dialog import (
        RecoveryOutcome,
        offer_history_in_backups,
        offer_lost_file,
        offer_recovery,
    )
    from baclofen_companion.ui.files.restore_dialog import BackupTimer
    from baclofen_companion.ui.people.first_run import FirstRunDialog
    from baclofen_companion.ui.shell.errors import BackupFailureNote, install_excepthook
    from baclofen_companion.ui.shell.main_window import MainWindow
    from baclofen_companion.ui.shell.theme import apply_theme, follow_system, stored_theme
    from baclofen_companion.ui.shell.tray import Tray

    clock = SystemClock()
    remove_leftover_temps(data_dir)  # what killed commands left; this start holds the lock
    # A missing or empty file while backups/ holds good copies: the newest is offered before
    # anything creates a new file (the self-test, the first-run setup).
    if args.self_test and (empty_data_file(data_dir) or lost_data_file(data_dir)):
        print(f"self-test failed: the data file in {data_dir} is missing or empty", file=sys.stderr)
        return 1
    if offer_lost_file(data_dir, clock) in (RecoveryOutcome.DECLINED, RecoveryOutcome.FAILED):
        return 2
    store = None
    while store is None:
        try:
            store = open_store(data_dir, clock, system_zone_name)
        except CompanionError as err:
            if args.self_test:
                print(f"self-test failed: {err}", file=sys.stderr)
                return 2
            # A full disk or a held file: said, with Try again, the file untouched. A damaged
            # file: set aside (never deleted), the newest good backup offered.
            with contextlib.suppress(OSError):  # a full disk or a closed folder: no log
                open_log(data_dir)
            outcome = offer_recovery(data_dir, clock, err)
            if outcome is RecoveryOutcome.NOT_APPLICABLE:
                QMessageBox.critical(None, APP_NAME, str(err))
            if outcome not in (RecoveryOutcome.RECOVERED, RecoveryOutcome.RETRY):
                return 2
    if not args.self_test and not store.profiles() and history_only_in_backups(data_dir):
        # No one set up, yet a backup holds a history (a setup quit after the file was lost):
        # that history is offered before a new setup.
        store.close()
        outcome = offer_history_in_backups(data_dir, clock)
        if outcome in (RecoveryOutcome.DECLINED, RecoveryOutcome.FAILED):
            return 2
        store = open_store(data_dir, clock, system_zone_name)
    try:
        if args.self_test:
            result = store.integrity_check()
            if result != "ok":
                print(f"self-test failed: integrity check says {result}", file=sys.stderr)
                return 1
            window = MainWindow(store, clock, data_dir)
            window.deleteLater()
            if app_icon().isNull() or app_icon(overdue=True).isNull():
                print("self-test failed: the app icons are missing", file=sys.stderr)
                return 1
            from baclofen_companion.ui.shell.i18n import check_catalogues

            for problem in check_catalogues():
                print(f"self-test failed: {problem}", file=sys.stderr)
                return 1
            if args.self_test_pdf is not None:
                from baclofen_companion.ui.travel.printing import print_sample_pdf

                print_sample_pdf(args.self_test_pdf)
                if not args.self_test_pdf.is_file() or not args.self_test_pdf.stat().st_size:
                    print("self-test failed: printing to PDF wrote nothing", file=sys.stderr)
                    return 1
            print("self-test ok")
            return 0

        logger = open_log(data_dir)
        logger.info("started %s %s, data in %s", APP_NAME, __version__, data_dir)
        _migrate_login_entry(logger)
        # From here every exception a slot lets out is logged and said in a short dialog, and
        # the app goes on (a failed save must never end the reminders).
        restore_excepthook = install_excepthook(data_dir / LOG_FILE_NAME)
        theme_choice = stored_theme(store)
        apply_theme(app, theme_choice)
        follow_system(app, lambda: stored_theme(store))
        # The app lives on in the tray; it quits from File → Quit, the tray, or a close
        # that the person confirms where there is no tray.
        app.setQuitOnLastWindowClosed(False)
        if not store.profiles():
            today = local_date(clock.now(), system_zone_name())
            setup = FirstRunDialog(store, today)
            accepted = setup.exec() == QDialog.DialogCode.Accepted
            setup.deleteLater()
            if not accepted:
                return 0
            first_run = True
        else:
            first_run = False

        scheduler = ReminderScheduler(store, clock, system_zone_name)
        window = MainWindow(store, clock, data_dir, scheduler, chosen)
        tray = Tray(scheduler, window.show_from_tray, window.quit_app)
        tray.icon.show()
        chain = NotifierChain(platform_paths(lambda: tray.icon))
        logger.info("reminder paths: %s", ", ".join(p.name for p in chain.paths))
        follow(chain, scheduler, window.show_from_tray)
        trial_title = QCoreApplication.translate("App", "Baclofen Companion — test reminder")
        trial_body = QCoreApplication.translate(
            "App", "This is how a dose reminder looks. Nothing was recorded."
        )
        window.set_reminder_trial(lambda: chain.trial(trial_title, trial_body, clock.now()))
        if sys.platform.startswith("linux"):
            from baclofen_companion.services.sleep_watch import SleepWatch

            sleep_watch = SleepWatch(parent=window)
            sleep_watch.woke.connect(scheduler.wake_now)
        instance.raise_requested.connect(window.show_from_tray)
        instance.raise_requested.connect(lambda: logger.info("raised by a second launch"))
        window.tray_hint.connect(
            lambda: tray.icon.showMessage(
                APP_NAME,
                QCoreApplication.translate(
                    "App", "Still running here; reminders go on. Quit from this icon's menu."
                ),
            )
        )
        window.closed.connect(app.quit)
        backups = BackupTimer(store, data_dir, clock, window)
        BackupFailureNote(window).watch(backups)
        backups.start()
        if not args.minimized:
            window.show()
        elif not QSystemTrayIcon.isSystemTrayAvailable():
            window.showMinimized()
        # The first poll (store reads, maybe a reminder) comes after the window has painted.
        QTimer.singleShot(0, scheduler.start)
        if first_run:
            QTimer.singleShot(500, window.welcome_after_setup)

        def on_sigterm() -> None:
            logger.info("quitting on SIGTERM (logout or shutdown)")
            window.quit_app()

        terminated = watch_termination(on_sigterm)
        code = app.exec()
        if terminated is not None:
            terminated.stop()
        scheduler.stop()
        chain.close()
        restore_excepthook()
        logger.info("quit")
        close_log()
        return code
    finally:
        store.close()
