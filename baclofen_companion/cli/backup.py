"""`baclofen-companion backup --out FILE` and `restore FILE`: the data file copied out and back."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import TextIO

from baclofen_companion.cli.common import ExitCode, shown, unusable_name
from baclofen_companion.core.clock import Clock, SystemClock
from baclofen_companion.core.errors import StoreError, ValidationError
from baclofen_companion.store import DATA_FILE_NAME
from baclofen_companion.store.backups import (
    check_restore_source,
    read_facts,
    restore_backup,
    write_copy,
)

OK = ExitCode.OK
FAILED = ExitCode.FAILED  # bad input or a file that cannot be used
IN_USE = ExitCode.IN_USE

_LIVE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def _doses(n: int) -> str:
    return f"{n} logged dose{'' if n == 1 else 's'}"


def check_output_path(out: Path, data_dir: Path) -> Path:
    """Where `backup --out` may write: a file name in an existing folder, not the live data."""
    try:
        text = os.fspath(out)
        if not text.strip() or "\x00" in text:
            raise ValidationError("file", "Give the name of the file to write the backup to.")
        target = out.expanduser()
        if target.name in ("", ".", ".."):
            raise ValidationError("file", f"{text!r} names a folder; give a file name.")
        if target.is_dir():
            raise ValidationError("file", f"{target} is a folder; give a file name inside it.")
        if not target.parent.is_dir():
            raise ValidationError("file", f"The folder {target.parent} does not exist.")
        live = (data_dir / DATA_FILE_NAME).resolve()
        resolved = target.resolve()
        if any(resolved == live.with_name(live.name + s) for s in _LIVE_SUFFIXES):
            raise ValidationError("file", f"{target} is the live data file; choose another name.")
        os.fsencode(target)  # a name the file system cannot hold fails here, not half-way
    except (OSError, ValueError, RuntimeError) as err:
        raise ValidationError("file", f"{os.fspath(out)!r:.200} cannot be used: {err}.") from err
    return target


def backup_command(
    data_dir: Path, out: Path, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Write a consistent copy of the data file to ``out`` (0600, temp file then rename).

    Safe while the app runs: SQLite's backup API copies one consistent snapshot.
    """
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    live = data_dir / DATA_FILE_NAME
    # A name that cannot be used is a bad argument (exit 2), said before any work, as for
    # export and report.
    if (reason := unusable_name(out)) is not None:
        print(f"backup refused: {shown(out)[:120]} cannot be used: {reason}.", file=stderr)
        return ExitCode.BAD_ARGUMENTS
    try:
        target = check_output_path(out, data_dir)
        if not live.is_file():
            raise ValidationError("data folder", f"There is no data file in {data_dir}.")
        facts = read_facts(live, live=True)
        # Read-only: a backup never changes the data it copies, even by a checkpoint.
        source = sqlite3.connect(f"{live.resolve().as_uri()}?mode=ro", uri=True)
        try:
            write_copy(source, target)
        finally:
            source.close()
    except (ValidationError, StoreError) as err:
        print(f"backup failed: {err}", file=stderr)
        return FAILED
    except (OSError, sqlite3.Error) as err:
        print(f"backup failed: the copy could not be written to {out}: {err}", file=stderr)
        return FAILED
    print(f"Backed up {_doses(facts.doses)} to {target}", file=stdout)
    return OK


def restore_command(
    data_dir: Path,
    file: Path,
    clock: Clock | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Replace the data file with FILE after checking it and backing up the current one.

    Refuses while the app runs on this data folder: it holds the same lock.
    """
    # Imported here so `backup`, and importing this module, do not load Qt.
    from PySide6.QtCore import QLockFile

    from baclofen_companion.services.instance import LOCK_FILE_NAME, take_lock

    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        check_restore_source(file, data_dir)
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except (ValidationError, StoreError) as err:
        print(f"restore failed: {err} Nothing was changed.", file=stderr)
        return FAILED
    except OSError as err:
        print(f"restore failed: the data folder {data_dir} cannot be made: {err}", file=stderr)
        return FAILED
    lock_path = data_dir / LOCK_FILE_NAME
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)  # as the app does: a crashed app's lock is taken over, a live one not
    if not take_lock(lock, lock_path):
        if lock.error() != QLockFile.LockError.LockFailedError:
            # Not the app: the lock file itself cannot be made (no permission, read-only disk).
            print(
                f"restore failed: the data folder {data_dir} cannot be changed: you may not "
                "change the files in it, or its disk is read-only. Make sure it is yours to "
                "change, then run restore again. Nothing was changed.",
                file=stderr,
            )
            return FAILED
        print(
            f"restore refused: Baclofen Companion is running with the data folder {data_dir}. "
            "Quit it (File → Quit, or Quit in the tray icon's menu), then run restore again. "
            "Nothing was changed.",
            file=stderr,
        )
        return IN_USE
    try:
        result = restore_backup(data_dir, file, clock or SystemClock())
    except StoreError as err:
        print(f"restore failed: {err}", file=stderr)
        return FAILED
    finally:
        lock.unlock()
    print(f"Restored {_doses(result.facts.doses)} from {file} into {data_dir}.", file=stdout)
    if result.saved_current is not None:
        print(f"The data as it was before is kept in {result.saved_current}.", file=stdout)
    return OK
