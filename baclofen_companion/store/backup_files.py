"""What is in the backups folder, read without changing anything: the names backups are
given, what a data file holds (its version and counts, and with a check, whether it is whole),
and the list of backups with what each holds or why it cannot be restored.

Making, rotating and restoring backups, which write, are in ``store/backups.py``.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from baclofen_companion.core.errors import SchemaTooNewError, StoreError, ValidationError
from baclofen_companion.core.text import translate
from baclofen_companion.store import migrations
from baclofen_companion.store.database import BACKUP_DIR_NAME, DATA_FILE_NAME

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
SET_ASIDE = "damaged"
"""The kind in the name recovery gives a data file it set aside: companion-damaged-STAMP.db,
beside the data file (not in backups/), listed with the backups so it can be restored."""

_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_KIND = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_NAME = re.compile(
    rf"companion-(?P<kind>{_KIND})-(?P<stamp>[0-9]{{8}}T[0-9]{{6}}Z)(?:-(?P<seq>[1-9][0-9]{{0,3}}))?\.db"
)
_UPGRADE = re.compile(r"v(?P<version>[0-9]{1,4})-before-upgrade")
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


def describe_kind(kind: str) -> str:
    """The kind of a backup, as the person reads it."""
    if kind == DAILY:
        return translate("store.backups", "Daily backup")
    if kind == MANUAL:
        return translate("store.backups", "Backup made on request")
    if kind == BEFORE_RESTORE:
        return translate("store.backups", "Saved before a restore")
    if kind == SET_ASIDE:
        return translate("store.backups", "Data file set aside at start")
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


def backups_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


# -- reading a database without touching it -------------------------------------------------


@contextlib.contextmanager
def read_only(path: Path, live: bool) -> Iterator[sqlite3.Connection]:
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
        with read_only(path, live) as conn:
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


# -- listing ---------------------------------------------------------------------------------


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup in data_dir/backups, and every data file set aside at start
    (data_dir/companion-damaged-*.db), newest first, with its counts or what is wrong."""
    found = [
        *_listed(backups_dir(data_dir), lambda kind: kind != SET_ASIDE),
        *_listed(data_dir, lambda kind: kind == SET_ASIDE),
    ]
    found.sort(key=lambda b: (b.taken_utc, _sequence(b.path.name)), reverse=True)
    return found


def _listed(folder: Path, wanted: Callable[[str], bool]) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.iterdir():
        try:
            kind, when = parse_backup_name(path.name)
        except ValidationError:
            continue  # a temp file, or something the person put there
        if not wanted(kind):
            continue
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
            if kind == SET_ASIDE:  # set aside as damaged: say so before anyone picks it
                read_facts(path, check=True)
        except StoreError as err:
            problem = str(err)  # the counts, where they could be read, are still shown
        found.append(BackupInfo(path, kind, when, size, facts, problem))
    return found


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
