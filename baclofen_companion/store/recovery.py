"""A data file that cannot be opened: wait for the environment, or (only when the file itself is
shown to be damaged) set it aside untouched, restore a backup or start fresh."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import ForeignFileError, SchemaTooNewError, StoreError
from baclofen_companion.core.text import translate
from baclofen_companion.store.backups import (
    SET_ASIDE,
    BackupInfo,
    RestoreResult,
    check_restore_source,
    list_backups,
    read_facts,
    restore_backup,
)
from baclofen_companion.store.database import DATA_FILE_NAME, read_header
from baclofen_companion.store.db import environment_problem
from baclofen_companion.store.migrations import APPLICATION_ID

SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class Damage:
    """Why the data file cannot be used, and the best way back."""

    data_file: Path
    problem: str  # what is wrong, for the person
    newest_good: BackupInfo | None
    no_one: bool = False
    """The file opens but no one is set up in it (a first-run setup quit after the file was
    lost): not damage, but a history the backups hold and the file does not."""


@dataclass(frozen=True)
class Unavailable:
    """The file cannot be used just now (a full disk, no permission, another program holds
    it): nothing is wrong with it, so it stays where it is, untouched, until the cause goes."""

    data_file: Path
    reason: str  # the plain cause: "the disk is full"
    advice: str  # what to do: "Free some space on the disk, then try again."


@dataclass(frozen=True)
class Recovery:
    set_aside: list[Path]  # the damaged file (first) and its -wal/-shm, under their new names
    restored: RestoreResult | None


def assess(data_dir: Path, error: BaseException) -> Damage | Unavailable | None:
    """What stands between the app and its data file after opening failed with ``error``.

    ``Unavailable`` when the environment is the cause (a full disk, a held file, no
    permission, a failing disk), whether ``error`` says so or the check of the file does:
    such a file is never moved. ``Damage`` only for a file shown to be bad by its header or
    SQLite's checks. None when recovery is not the answer: a file from a newer app (the app
    needs updating), another program's file (refused as it is), or a file that reads well.
    """
    path = data_dir / DATA_FILE_NAME
    if isinstance(error, SchemaTooNewError | ForeignFileError) or not path.exists():
        return None
    try:
        # A plain read first: "permission denied" says more than SQLite, and another
        # program's file is seen for what it is without SQLite creating a -wal beside it.
        header = read_header(path)
    except OSError as err:
        blocked = environment_problem(err, data_dir)
    else:
        if header is not None and header.app_id != APPLICATION_ID and not header.empty:
            return None
        blocked = environment_problem(error, data_dir)
    if blocked is not None:
        return Unavailable(path, blocked.reason, blocked.advice)
    try:
        read_facts(path, check=True, live=True)
    except SchemaTooNewError:
        return None
    except StoreError as err:
        blocked = environment_problem(err, data_dir)
        if blocked is not None:
            return Unavailable(path, blocked.reason, blocked.advice)
        return Damage(path, str(err), newest_good_backup(data_dir))
    return None


def lost_data_file(data_dir: Path) -> Damage | None:
    """The data file is missing or empty (0 bytes) while ``backups/`` holds a good copy: a
    file deleted by mistake, a disk that lost it, or a recovery killed before its restore
    finished. The newest good backup is offered before any first-run setup, which would
    otherwise start an empty history (and in time rotate the old backups away).

    None when the file is there with data (a -wal holding frames counts: SQLite replays it),
    or when there is no good backup (a first start).
    """
    path = data_dir / DATA_FILE_NAME
    try:
        if _size(path) > 0 or _size(path.with_name(path.name + "-wal")) > 0:
            return None
        there = path.exists()
        good = newest_good_backup(data_dir)
    except OSError:
        return None  # the opening says what is wrong with the folder
    if good is None:
        return None
    if there:
        problem = translate(
            "store.recovery", "The data file {path} is empty (0 bytes): your history is not in it."
        )
    else:
        problem = translate("store.recovery", "There is no data file in {folder}.")
    return Damage(path, problem.format(path=path, folder=data_dir), good)


def history_only_in_backups(data_dir: Path) -> Damage | None:
    """Called when the data file opened with no one in it: if a good backup holds logged
    doses, that history is offered before a new first-run setup (which would in time let
    rotation delete those backups). None when no backup holds any."""
    try:
        good = newest_good_backup(data_dir)
    except OSError:
        return None
    if good is None or not good.doses:
        return None
    path = data_dir / DATA_FILE_NAME
    problem = translate(
        "store.recovery",
        "No one is set up in the data file {path}, but a backup holds your history.",
    )
    return Damage(path, problem.format(path=path), good, no_one=True)


def empty_data_file(data_dir: Path) -> bool:
    """A data file of 0 bytes with no -wal frames: whatever it was, it holds nothing now."""
    path = data_dir / DATA_FILE_NAME
    try:
        return path.exists() and _size(path) == 0 and _size(path.with_name(path.name + "-wal")) == 0
    except OSError:
        return False


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup that passes SQLite's integrity check and is not newer than this app."""
    for backup in list_backups(data_dir):
        if not backup.restorable:
            continue
        try:
            check_restore_source(backup.path, data_dir)
        except StoreError:
            continue  # damaged too, e.g. copied from the file after it went bad
        return backup
    return None


def _free_name(data_dir: Path, stamp: str) -> Path:
    """companion-damaged-STAMP[-N].db, with no file (nor -wal/-shm) of that name already there."""
    seq = 1
    while True:
        name = f"companion-{SET_ASIDE}-{stamp}{'' if seq == 1 else f'-{seq}'}.db"
        candidate = data_dir / name
        taken = [candidate, *(candidate.with_name(name + s) for s in SIDE_FILES)]
        if not any(p.exists() or p.is_symlink() for p in taken):
            return candidate
        seq += 1


def set_aside(data_dir: Path, clock: Clock) -> list[Path]:
    """Rename the data file and its -wal/-shm to companion-damaged-STAMP.db(-wal/-shm).

    Nothing is deleted or overwritten, and the three keep SQLite's naming, so the set can still
    be opened (or salvaged with sqlite3's .recover) later. The -wal goes first: were we stopped
    half-way, a -wal left beside a missing data file would be replayed into the new empty one.
    """
    live = data_dir / DATA_FILE_NAME
    target = _free_name(data_dir, f"{clock.now().astimezone(UTC):%Y%m%dT%H%M%SZ}")
    moved: list[Path] = []
    try:
        for suffix in (*SIDE_FILES, ""):
            source = live.with_name(live.name + suffix)
            if source.exists():
                destination = target.with_name(target.name + suffix)
                os.rename(source, destination)
                moved.append(destination)
    except OSError as err:
        raise StoreError(
            translate(
                "store.recovery",
                "The damaged data file could not be moved aside in {folder}: {why}.",
            ).format(folder=data_dir, why=err.strerror or err)
        ) from err
    moved.sort(key=lambda p: p != target)
    return moved


def recover(data_dir: Path, clock: Clock, backup: Path | None) -> Recovery:
    """Set the bad file aside, then restore ``backup`` (or leave no file: open_store starts fresh).

    The backup is checked before anything moves, so a bad choice changes nothing.
    """
    if backup is not None:
        check_restore_source(backup, data_dir)
    moved = set_aside(data_dir, clock)
    restored = restore_backup(data_dir, backup, clock) if backup is not None else None
    return Recovery(moved, restored)
