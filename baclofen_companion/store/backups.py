"""Automatic and on-request backups of the data file: make, rotate and restore them.

Each backup made here is written by ``write_copy`` (whole or nothing, owner-only). Listing the
backups and checking what a file holds only read; they are in ``store/backup_files.py``, and
their names are offered here too, so ``store.backups`` stays the one module callers import.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import StoreError
from baclofen_companion.core.text import translate
from baclofen_companion.core.whole_file import sync_folder
from baclofen_companion.store.backup_files import (
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    SET_ASIDE,
    BackupInfo,
    DatabaseFacts,
    backup_name,
    backups_dir,
    check_kind,
    check_restore_source,
    describe_kind,
    list_backups,
    newest,
    parse_backup_name,
    read_facts,
    read_only,
)
from baclofen_companion.store.database import DATA_FILE_NAME
from baclofen_companion.store.db import plain_reason
from baclofen_companion.store.repository import Store

__all__ = [
    "BACKUP_EVERY",
    "BEFORE_RESTORE",
    "DAILY",
    "KEEP_DAILY",
    "KEEP_GOOD_OLDER_THAN",
    "KEEP_WEEKLY",
    "MANUAL",
    "SET_ASIDE",
    "STALE_TEMP_AGE_S",
    "BackupInfo",
    "DatabaseFacts",
    "RestoreResult",
    "backup_if_due",
    "backup_name",
    "backups_dir",
    "check_kind",
    "check_restore_source",
    "describe_kind",
    "good_ones_to_keep",
    "is_due",
    "list_backups",
    "make_backup",
    "newest",
    "parse_backup_name",
    "read_facts",
    "remove_leftover_temps",
    "restore_backup",
    "rotate",
    "to_keep",
    "write_copy",
]

KEEP_DAILY = 7
KEEP_WEEKLY = 4
BACKUP_EVERY = timedelta(days=1)
STALE_TEMP_AGE_S = 3600
KEEP_GOOD_OLDER_THAN = timedelta(days=31)

_TEMP_PREFIX = ".companion-"
_TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    saved_current: Path | None  # the file as it was before the restore, or None if there was none
    facts: DatabaseFacts


# -- low-level copying ------------------------------------------------------------------------


def _private_temp(folder: Path) -> Path:
    """An empty file only its owner can read (mkstemp uses 0600), beside where it will land."""
    fd, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=folder)
    os.close(fd)
    return Path(name)


_DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
"""The file itself is damaged (met by the backup API while copying a page, before the check
on the copy can run)."""


def write_copy(source: sqlite3.Connection, target: Path, check: bool = False) -> None:
    """A consistent, self-contained copy of ``source`` at ``target``, all or nothing.

    SQLite's backup API reads one snapshot even while the app writes. The copy is switched to
    rollback-journal mode so it is a single file (no -wal/-shm beside it), synced, then renamed
    into place, so ``target`` is either absent or complete and never half written. With
    ``check``, SQLite's full integrity check runs on the copy first (the backup API copies
    pages as they are, damage too), and a copy that fails it is not kept: StoreError.
    """
    temp = _private_temp(target.parent)
    try:
        dest = sqlite3.connect(temp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            if check:
                _require_whole(dest)
        finally:
            dest.close()
        with temp.open("rb") as copied:
            os.fsync(copied.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    sync_folder(target.parent)


def _require_whole(copy: sqlite3.Connection) -> None:
    try:
        verdict = [str(r[0]) for r in copy.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as err:
        verdict = [str(err)]
    if verdict != ["ok"]:
        raise _damaged("; ".join(verdict[:2]))


def _damaged(why: str) -> StoreError:
    return StoreError(
        translate(
            "store.backups",
            "The data file is damaged ({why}), so this backup was not kept and the good "
            "backups stay as they are. Quit Baclofen Companion and start it again: it "
            "offers the newest good backup.",
        ).format(why=why)
    )


def make_backup(
    source: Store | sqlite3.Connection, data_dir: Path, clock: Clock, kind: str
) -> Path:
    """Copy the open data file into data_dir/backups as companion-KIND-STAMP.db (0600).

    Daily and on-request backups must pass SQLite's integrity check, or are not kept (a copy
    of damage would push good copies out of the rotation); the copies made before an upgrade
    or a restore are kept whatever they hold: they are the way back from that step.
    """
    check_kind(kind)
    conn = source.conn if isinstance(source, Store) else source
    folder = backups_dir(data_dir)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        when = clock.now()
        seq = 1
        while (folder / backup_name(kind, when, seq)).exists():
            seq += 1
        target = folder / backup_name(kind, when, seq)
        write_copy(conn, target, check=kind in (DAILY, MANUAL))
    except (OSError, sqlite3.Error) as err:
        checked = kind in (DAILY, MANUAL)
        if checked and (getattr(err, "sqlite_errorcode", 0) & 0xFF) in _DAMAGE_CODES:
            raise _damaged(str(err)) from err
        why = plain_reason(err, data_dir) if isinstance(err, sqlite3.Error) else err.strerror
        raise StoreError(
            translate("store.backups", "A backup could not be written to {folder}: {why}.").format(
                folder=folder, why=why or err
            )
        ) from err
    return target


# -- rotating --------------------------------------------------------------------------------


def to_keep(
    backups: list[BackupInfo], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> set[Path]:
    """Of the daily backups: the newest of each of the last ``daily`` days that have one, and
    the newest of each of the last ``weekly`` ISO weeks. Other kinds are always kept."""
    keep = {b.path for b in backups if b.kind != DAILY}
    dailies = sorted(
        (b for b in backups if b.kind == DAILY), key=lambda b: b.taken_utc, reverse=True
    )
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in dailies:
        day = backup.taken_utc.date()
        iso = day.isocalendar()
        week = (iso.year, iso.week)
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            keep.add(backup.path)
    return keep


def good_ones_to_keep(backups: list[BackupInfo], now: datetime) -> set[Path]:
    """Whatever the policy says: the newest backup that passes SQLite's integrity check, the
    newest good one older than ``KEEP_GOOD_OLDER_THAN``, and the oldest good one younger than
    that (it ages into its place, so there is always one). Damage that went unseen for weeks
    thus still leaves a whole copy of the history from before it.

    ``backups`` newest first, as ``list_backups`` gives them.
    """
    month_ago = now - KEEP_GOOD_OLDER_THAN
    older = [b for b in backups if b.taken_utc <= month_ago]
    younger = [b for b in reversed(backups) if b.taken_utc > month_ago]
    keep: set[Path] = set()
    for candidates in (backups, older, younger):
        for backup in candidates:
            if backup.path in keep:
                break
            if backup.restorable and _whole(backup.path):
                keep.add(backup.path)
                break
    return keep


def _whole(path: Path) -> bool:
    try:
        read_facts(path, check=True)
    except StoreError:
        return False
    return True


def rotate(
    data_dir: Path,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    now: datetime | None = None,
) -> list[Path]:
    """Delete the daily backups the policy no longer keeps; returns what was deleted.

    Backups made before an upgrade or a restore, and those made on request, are never deleted:
    they are the way back from a step the person (or an update) took, and they are rare. Nor
    are the newest good backup and the newest good one older than a month (``now``: the
    clock's; by default the newest backup's time).
    """
    backups = list_backups(data_dir)
    keep = to_keep(backups, daily, weekly)
    if backups:
        keep |= good_ones_to_keep(backups, now or max(b.taken_utc for b in backups))
    deleted: list[Path] = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            deleted.append(backup.path)
    _remove_stale_temps(backups_dir(data_dir))
    return deleted


def _remove_stale_temps(folder: Path, older_than_s: float = STALE_TEMP_AGE_S) -> list[Path]:
    """A backup interrupted by a crash leaves its temp file; an hour on, nobody is writing it."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in folder.glob(f"{_TEMP_PREFIX}*{_TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if _wall_seconds() - path.stat().st_mtime >= older_than_s:
                path.unlink()
                removed.append(path)
    return removed


def remove_leftover_temps(data_dir: Path) -> list[Path]:
    """At start, with the data folder's lock held: the hidden temp copies that killed runs
    left (a restore's copy of the whole data file, a backup's), which nothing else removes.

    Beside the data file only a restore writes one, and it holds the same lock, so every one
    there is left over; in backups/ a command's pre-upgrade copy may be under way, so only
    those untouched for a minute go.
    """
    return [
        *_remove_stale_temps(data_dir, older_than_s=0),
        *_remove_stale_temps(backups_dir(data_dir), older_than_s=60),
    ]


def _wall_seconds() -> float:
    # File times are wall-clock times, so compare with the wall clock, not the injected Clock.
    return datetime.now(UTC).timestamp()


def is_due(last: datetime | None, now: datetime, every: timedelta = BACKUP_EVERY) -> bool:
    """Due when there is none, or the last is ``every`` old, or it is in the future (the clock
    was wrong then, and trusting it would stop backups until that date)."""
    return last is None or not timedelta(0) <= now - last < every


def backup_if_due(
    store: Store, data_dir: Path, clock: Clock, every: timedelta = BACKUP_EVERY
) -> Path | None:
    """Make today's daily backup unless one is recent enough, then rotate. None if not due."""
    if not is_due(newest(data_dir), clock.now(), every):
        return None
    made = make_backup(store, data_dir, clock, DAILY)
    try:
        rotate(data_dir, now=clock.now())
    except OSError as err:
        raise StoreError(
            translate(
                "store.backups", "Old backups could not be cleared from {folder}: {why}."
            ).format(folder=made.parent, why=err)
        ) from err
    return made


# -- restoring --------------------------------------------------------------------------------


def restore_backup(data_dir: Path, backup_path: Path, clock: Clock) -> RestoreResult:
    """Replace the data file with a backup. The caller must have closed its Store first and
    opens a new one afterwards (open_store, which also upgrades an older backup).

    The current file is itself backed up first (kind before-restore), so a restore can be undone.
    """
    facts = check_restore_source(backup_path, data_dir)
    live = data_dir / DATA_FILE_NAME
    wal = live.with_name(live.name + "-wal")
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(
            translate("store.backups", "The data folder {folder} cannot be made: {why}.").format(
                folder=data_dir, why=err
            )
        ) from err
    saved: Path | None = None
    if live.exists():
        try:
            current = sqlite3.connect(live)
        except sqlite3.Error as err:
            raise StoreError(
                translate(
                    "store.backups",
                    "The current data file could not be opened to save it first ({why}). "
                    "Nothing was changed.",
                ).format(why=err)
            ) from err
        try:
            saved = make_backup(current, data_dir, clock, BEFORE_RESTORE)
        except StoreError as err:
            raise StoreError(
                translate("store.backups", "{why} The current data was not replaced.").format(
                    why=err
                )
            ) from err
        finally:
            current.close()
    # Closing the last connection checkpoints and removes the -wal; one that stays with frames
    # in it means the data file is still open somewhere, and swapping it now would lose data.
    if wal.exists() and wal.stat().st_size > 0:
        raise StoreError(
            translate(
                "store.backups",
                "The data file is still open (is Baclofen Companion running?). "
                "Nothing was changed.",
            )
        )
    try:
        with read_only(backup_path, live=False) as source:
            write_copy(source, live)
        # The old file's -wal/-shm (empty by now) must never be applied to the restored file.
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                live.with_name(live.name + suffix).unlink()
    except (OSError, sqlite3.Error) as err:
        raise StoreError(
            translate("store.backups", "The backup could not be put in place: {why}.").format(
                why=err
            )
        ) from err
    return RestoreResult(backup_path, saved, facts)
