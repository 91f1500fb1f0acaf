"""Automatic and on-request backups of the data file: make, rotate, list, check and restore."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import SchemaTooNewError, StoreError, ValidationError
from baclofen_companion.core.text import translate
from baclofen_companion.store import migrations
from baclofen_companion.store.database import BACKUP_DIR_NAME, DATA_FILE_NAME
from baclofen_companion.store.db import plain_reason
from baclofen_companion.store.repository import Store

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
BACKUP_EVERY = timedelta(days=1)
STALE_TEMP_AGE_S = 3600

_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_KIND = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_NAME = re.compile(
    rf"companion-(?P<kind>{_KIND})-(?P<stamp>[0-9]{{8}}T[0-9]{{6}}Z)(?:-(?P<seq>[1-9][0-9]{{0,3}}))?\.db"
)
_UPGRADE = re.compile(r"v(?P<version>[0-9]{1,4})-before-upgrade")
_TEMP_PREFIX = ".companion-"
_TEMP_SUFFIX = ".tmp"
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class DatabaseFacts:
    """What a data file holds, read without changing it."""

    schema_version: int
    doses: int
    diary_entries: int | None  # None: the file predates the diary (no such table)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    taken_utc: datetime
    size_bytes: int
    facts: DatabaseFacts | None
    problem: str | None  # why it cannot be restored, or None

    @property
    def restorable(self) -> bool:
        return self.problem is None

    @property
    def doses(self) -> int | None:
        return self.facts.doses if self.facts else None

    @property
    def diary_entries(self) -> int | None:
        return self.facts.diary_entries if self.facts else None

    def describe_kind(self) -> str:
        return describe_kind(self.kind)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    saved_current: Path | None  # the file as it was before the restore, or None if there was none
    facts: DatabaseFacts


def describe_kind(kind: str) -> str:
    """The kind of a backup, as the person reads it."""
    if kind == DAILY:
        return translate("store.backups", "Daily backup")
    if kind == MANUAL:
        return translate("store.backups", "Backup made on request")
    if kind == BEFORE_RESTORE:
        return translate("store.backups", "Saved before a restore")
    if upgrade := _UPGRADE.fullmatch(kind):
        return translate(
            "store.backups", "Saved before an upgrade (data version {version})"
        ).format(version=upgrade["version"])
    return kind.replace("-", " ").capitalize()


# -- names ------------------------------------------------------------------------------------


def check_kind(kind: str) -> str:
    if not isinstance(kind, str) or len(kind) > 40 or not re.fullmatch(_KIND, kind):
        raise ValidationError(
            "backup kind",
            translate(
                "store.backups", "A backup kind is lower-case letters, digits and single dashes."
            ),
        )
    return kind


def parse_backup_name(name: str) -> tuple[str, datetime]:
    """(kind, when) of a file name made by make_backup or by open_store before an upgrade."""
    match = _NAME.fullmatch(name) if isinstance(name, str) else None
    if match is None or len(match["kind"]) > 40:
        raise ValidationError(
            "backup name",
            translate("store.backups", "{name} is not the name of a backup.").format(
                name=repr(name)
            ),
        )
    try:
        when = datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError as err:
        raise ValidationError(
            "backup name",
            translate("store.backups", "{name} has an impossible date.").format(name=repr(name)),
        ) from err
    return match["kind"], when


def _sequence(name: str) -> int:
    """The -N a second backup of a kind within one second gets; 1 for the first."""
    match = _NAME.fullmatch(name)
    return int(match["seq"]) if match and match["seq"] else 1


def backup_name(kind: str, when: datetime, seq: int = 1) -> str:
    stamp = when.astimezone(UTC).strftime(_STAMP_FORMAT)
    return f"companion-{check_kind(kind)}-{stamp}{'' if seq == 1 else f'-{seq}'}.db"


# -- low-level copying ------------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable. Windows cannot open a directory; its renames are journaled."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _private_temp(folder: Path) -> Path:
    """An empty file only its owner can read (mkstemp uses 0600), beside where it will land."""
    fd, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX, dir=folder)
    os.close(fd)
    return Path(name)


def write_copy(source: sqlite3.Connection, target: Path) -> None:
    """A consistent, self-contained copy of ``source`` at ``target``, all or nothing.

    SQLite's backup API reads one snapshot even while the app writes. The copy is switched to
    rollback-journal mode so it is a single file (no -wal/-shm beside it), synced, then renamed
    into place, so ``target`` is either absent or complete and never half written.
    """
    temp = _private_temp(target.parent)
    try:
        dest = sqlite3.connect(temp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        with temp.open("rb") as copied:
            os.fsync(copied.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(target.parent)


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def make_backup(
    source: Store | sqlite3.Connection, data_dir: Path, clock: Clock, kind: str
) -> Path:
    """Copy the open data file into data_dir/backups as companion-KIND-STAMP.db (0600)."""
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
        write_copy(conn, target)
    except (OSError, sqlite3.Error) as err:
        why = plain_reason(err, data_dir) if isinstance(err, sqlite3.Error) else err.strerror
        raise StoreError(
            translate("store.backups", "A backup could not be written to {folder}: {why}.").format(
                folder=folder, why=why or err
            )
        ) from err
    return target


# -- reading a database without touching it -------------------------------------------------


@contextlib.contextmanager
def _read_only(path: Path, live: bool) -> Iterator[sqlite3.Connection]:
    """A read-only connection. A backup nobody writes is opened immutable, so SQLite leaves no
    -wal/-shm beside it; a live file or one with its -wal next to it honours that WAL."""
    wal = path.with_name(path.name + "-wal")
    immutable = not live and not wal.exists()
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True)
    try:
        yield conn
    finally:
        conn.close()


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _facts(conn: sqlite3.Connection, path: Path) -> DatabaseFacts:
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if app_id != migrations.APPLICATION_ID or version < 1:
        raise StoreError(
            translate("store.backups", "{name} is not a Baclofen Companion data file.").format(
                name=path.name
            )
        )
    if version > migrations.SCHEMA_VERSION:
        raise SchemaTooNewError(
            translate(
                "store.backups",
                "{name} was written by a newer version of Baclofen Companion "
                "(data version {version}; this app reads up to {supported}).",
            ).format(name=path.name, version=version, supported=migrations.SCHEMA_VERSION)
        )
    doses = int(
        conn.execute("SELECT count(*) FROM dose_events WHERE voided_utc IS NULL").fetchone()[0]
    )
    diary = None
    if _has_table(conn, "diary_entries"):
        sql = "SELECT count(*) FROM diary_entries WHERE deleted_utc IS NULL"
        diary = int(conn.execute(sql).fetchone()[0])
    return DatabaseFacts(version, doses, diary)


def read_facts(path: Path, check: bool = False, live: bool = False) -> DatabaseFacts:
    """Version and counts of a data file; with ``check``, also SQLite's full integrity check.

    Raises StoreError (SchemaTooNewError for a newer app's file) with a message for the person.
    """
    try:
        with path.open("rb") as raw:
            head = raw.read(len(_SQLITE_MAGIC))
    except OSError as err:
        raise StoreError(
            translate("store.backups", "{path} cannot be read: {why}.").format(
                path=path, why=err.strerror or err
            )
        ) from err
    if head != _SQLITE_MAGIC:
        raise StoreError(
            translate(
                "store.backups", "{name} is not a Baclofen Companion data file, or it is damaged."
            ).format(name=path.name)
        )
    try:
        with _read_only(path, live) as conn:
            facts = _facts(conn, path)
            if check:
                result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
                if result != ["ok"]:
                    raise StoreError(
                        translate("store.backups", "{name} is damaged ({why}).").format(
                            name=path.name, why="; ".join(result[:3])
                        )
                    )
    except sqlite3.Error as err:
        raise StoreError(
            translate("store.backups", "{name} is damaged or unreadable ({why}).").format(
                name=path.name, why=err
            )
        ) from err
    return facts


def check_restore_source(path: Path, data_dir: Path) -> DatabaseFacts:
    """A file a backup may be restored from: ours, whole, and not newer than this app."""
    try:
        if not path.exists():
            raise ValidationError(
                "file", translate("store.backups", "{path} does not exist.").format(path=path)
            )
        if not path.is_file():
            raise ValidationError(
                "file", translate("store.backups", "{path} is not a file.").format(path=path)
            )
        if path.resolve() == (data_dir / DATA_FILE_NAME).resolve():
            raise ValidationError(
                "file",
                translate("store.backups", "{path} is the data file itself, not a backup.").format(
                    path=path
                ),
            )
    except (OSError, ValueError, RuntimeError) as err:
        # ValueError: a name the file system cannot hold; RuntimeError: a symlink loop.
        raise ValidationError(
            "file",
            translate("store.backups", "{path} cannot be used: {why}.").format(
                path=f"{path!s:.200}", why=err
            ),
        ) from err
    return read_facts(path, check=True)


# -- listing and rotating --------------------------------------------------------------------


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup in data_dir/backups, newest first, with its counts or what is wrong."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.iterdir():
        try:
            kind, when = parse_backup_name(path.name)
        except ValidationError:
            continue  # a temp file, or something the person put there
        try:
            if not path.is_file():
                continue
            size = path.stat().st_size
        except OSError:
            continue  # removed while we looked
        facts: DatabaseFacts | None = None
        problem: str | None = None
        try:
            facts = read_facts(path)
        except StoreError as err:
            problem = str(err)
        found.append(BackupInfo(path, kind, when, size, facts, problem))
    found.sort(key=lambda b: (b.taken_utc, _sequence(b.path.name)), reverse=True)
    return found


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


def rotate(data_dir: Path, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Delete the daily backups the policy no longer keeps; returns what was deleted.

    Backups made before an upgrade or a restore, and those made on request, are never deleted:
    they are the way back from a step the person (or an update) took, and they are rare.
    """
    backups = list_backups(data_dir)
    keep = to_keep(backups, daily, weekly)
    deleted: list[Path] = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            deleted.append(backup.path)
    _remove_stale_temps(backups_dir(data_dir))
    return deleted


def _remove_stale_temps(folder: Path) -> None:
    """A backup interrupted by a crash leaves its temp file; an hour on, nobody is writing it."""
    if not folder.is_dir():
        return
    for path in folder.glob(f"{_TEMP_PREFIX}*{_TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if _wall_seconds() - path.stat().st_mtime > STALE_TEMP_AGE_S:
                path.unlink()


def _wall_seconds() -> float:
    # File times are wall-clock times, so compare with the wall clock, not the injected Clock.
    return datetime.now(UTC).timestamp()


def newest(data_dir: Path, kind: str = DAILY) -> datetime | None:
    """When the newest backup of a kind was made, from file names alone (no file is opened)."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return None
    stamps: list[datetime] = []
    for path in folder.iterdir():
        with contextlib.suppress(ValidationError):
            found_kind, when = parse_backup_name(path.name)
            if found_kind == kind:
                stamps.append(when)
    return max(stamps, default=None)


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
        rotate(data_dir)
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
        with _read_only(backup_path, live=False) as source:
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
