"""`baclofen-companion export diary|doses --out FILE.csv`: the diary or the doses as a CSV file.

Exit codes: 0 written, 2 bad arguments (an unknown person, dates the wrong way round), 1 the
data could not be read or the file could not be written.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from baclofen_companion.cli.common import ExitCode, parse_day, shown, unusable_name
from baclofen_companion.core.errors import CompanionError, NotFoundError

if TYPE_CHECKING:
    from baclofen_companion.ops.export import ExportKind

OK = ExitCode.OK
FAILED = ExitCode.FAILED
BAD_ARGUMENTS = ExitCode.BAD_ARGUMENTS


def add_parser(commands: Any) -> None:
    """Add `export diary`, `export doses` and `export care` to the app's subcommands."""
    parser = commands.add_parser(
        "export",
        help="write the diary, the logged doses or the care records to a CSV file and exit",
    )
    kinds = parser.add_subparsers(dest="export_kind", metavar="WHAT", required=True)
    for kind, what in (
        ("diary", "diary entries and withdrawal check-ins"),
        ("doses", "logged doses (taken, skipped, missed; not undone ones)"),
        ("care", "appointments, questions for the doctor and lab checks"),
    ):
        sub = kinds.add_parser(
            kind, help=f"{what} as CSV", description=f"Write {what} to a CSV file."
        )
        sub.add_argument(
            "--out", type=Path, required=True, metavar="FILE.csv", help="the file to write"
        )
        sub.add_argument(
            "--from", dest="first", type=parse_day, metavar="DATE", help="first day (YYYY-MM-DD)"
        )
        sub.add_argument(
            "--to", dest="last", type=parse_day, metavar="DATE", help="last day, included"
        )
        sub.add_argument("--profile", metavar="NAME", help="whose data (default: the first person)")
        sub.add_argument(
            "--data-dir", type=Path, default=argparse.SUPPRESS, help="folder holding companion.db"
        )


def export_command(
    kind: ExportKind,
    data_dir: Path,
    out: Path,
    first: date | None = None,
    last: date | None = None,
    profile_name: str | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    # Imported here so that parsing the command line loads neither the store nor SQLite.
    from baclofen_companion.core.clock import SystemClock
    from baclofen_companion.ops.export import export, is_live_data
    from baclofen_companion.ops.people import find_person
    from baclofen_companion.store import DATA_FILE_NAME, open_store

    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    if first is not None and last is not None and first > last:
        print(f"export refused: --from {first} is after --to {last}.", file=stderr)
        return BAD_ARGUMENTS
    if (reason := unusable_name(out)) is not None:
        print(f"export refused: {shown(out)[:120]} cannot be used: {reason}.", file=stderr)
        return BAD_ARGUMENTS
    if is_live_data(out, data_dir / DATA_FILE_NAME):
        print(f"export refused: {out} is the live data file; choose another name.", file=stderr)
        return BAD_ARGUMENTS
    if not (data_dir / DATA_FILE_NAME).is_file():
        print(f"export failed: there is no data file in {data_dir}.", file=stderr)
        return FAILED
    try:
        store = open_store(data_dir, SystemClock())
    except CompanionError as err:
        print(f"export failed: {err}", file=stderr)
        return FAILED
    try:
        try:
            profile = find_person(store, profile_name)
        except NotFoundError as err:
            if not store.profiles():
                print(f"export failed: {err}", file=stderr)
                return FAILED
            print(f"export refused: {err}", file=stderr)
            return BAD_ARGUMENTS
        table = export(store, kind, profile, out, first, last)
    except CompanionError as err:
        print(f"export failed: {err}", file=stderr)
        return FAILED
    except sqlite3.Error as err:
        print(f"export failed: the data file could not be read: {err}.", file=stderr)
        return FAILED
    finally:
        store.close()
    print(f"Wrote {table.summary()} for {profile.name} to {shown(out)}", file=stdout)
    return OK


def run(args: argparse.Namespace, data_dir: Path) -> int:
    from baclofen_companion.ops.export import ExportKind

    return export_command(
        ExportKind(args.export_kind), data_dir, args.out, args.first, args.last, args.profile
    )
