"""Opening the data file safely: refuse foreign or newer files, back up before migrating."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import (
    ForeignFileError,
    SchemaTooNewError,
    StoreError,
)
from baclofen_companion.core.text import translate
from baclofen_companion.core.whole_file import PRIVATE_FILE, PRIVATE_FOLDER, tighten, why_not
from baclofen_companion.store import migrations
from baclofen_companion.store.db import Database, plain_reason
from baclofen_companion.store.repository import Store

DATA_FILE_NAME = "companion.db"
BACKUP_DIR_NAME = "backups"
BUSY_TIMEOUT_MS = 1000
"""How long a write waits for another program to let go of the file before it fails.

The app is the file's only writer (one instance per data folder, one connection, writes of a
few milliseconds), so a wait is always for an outside program: a database browser holding a
transaction, a sync or backup tool. Those hold the file for seconds to minutes, so waiting
longer than this rarely helps, and a person who clicked Taken is waiting: after a second they
are told, plainly, and can try again.
"""


_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_BYTES = 108  # the 100-byte file header and the 8-byte header of page 1 (sqlite_master)
_EMPTY_LEAF_TABLE = 0x0D


@dataclass(frozen=True)
class FileHeader:
    """What the first bytes of a SQLite file say, read as plain bytes: no SQLite connection,
    so not even a -wal or -shm is created beside a file that turns out not to be ours."""

    version: int  # PRAGMA user_version
    app_id: int  # PRAGMA application_id
    has_tables: bool  # sqlite_master has any row

    @property
    def empty(self) -> bool:
        """No id, no version, no tables: a first start stopped before its first step."""
        return self.app_id == 0 and self.version == 0 and not self.has_tables


def read_header(path: Path) -> FileHeader | None:
    """The header of the SQLite file at ``path``; None when it is not one (too short, or the
    magic string is wrong: damage, or not a database at all). Raises OSError if unreadable."""
    with path.open("rb") as raw:
        head = raw.read(_HEADER_BYTES)
    if len(head) < _HEADER_BYTES or head[:16] != _SQLITE_MAGIC:
        return None
    cells = int.from_bytes(head[103:105], "big")
    return FileHeader(
        version=int.from_bytes(head[60:64], "big", signed=True),
        app_id=int.from_bytes(head[68:72], "big", signed=True),
        has_tables=not (head[100] == _EMPTY_LEAF_TABLE and cells == 0),
    )


def _judge(path: Path, header: FileHeader) -> None:
    """Refuse a newer app's file or another program's; both are left exactly as they are.

    A file is ours only by our application_id: every version of the app has stamped it in the
    same transaction as its schema, from the first (v1) on, so a file with id 0 and tables or
    a version was written by something else. Only an empty one (a first start killed before
    its first step committed) is set up as new.
    """
    if header.app_id == migrations.APPLICATION_ID and header.version > migrations.SCHEMA_VERSION:
        raise SchemaTooNewError(
            translate(
                "store.database",
                "The data file {path} was written by a newer version of Baclofen Companion "
                "(data version {version}; this app reads up to {supported}). "
                "Please update the app. The file has not been changed.",
            ).format(path=path, version=header.version, supported=migrations.SCHEMA_VERSION)
        )
    if header.app_id != migrations.APPLICATION_ID and not header.empty:
        raise ForeignFileError(
            translate(
                "store.database",
                "{path} is not a Baclofen Companion data file; it has been left as it is.",
            ).format(path=path)
        )


def _inspect(path: Path) -> FileHeader:
    """The data file's header, judged before SQLite opens it: refuses a newer or foreign file."""
    try:
        header = read_header(path)
    except OSError as err:
        raise StoreError(
            translate("store.database", "The data file {path} cannot be opened: {why}.").format(
                path=path, why=why_not(err)
            )
        ) from err
    if header is None:
        raise StoreError(
            _damaged(path, translate("store.database", "its header is not a database's"))
        )
    _judge(path, header)
    return header


def _check_opened(conn: sqlite3.Connection, path: Path, existed: bool) -> int:
    """Judge the file again as SQLite sees it (a -wal may hold a newer header than the file's
    own bytes), then SQLite's quick check, all before the first write. Returns the version."""
    version = migrations.user_version(conn)
    if not existed:
        return version
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    tables = conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None
    _judge(path, FileHeader(version, app_id, tables))
    # About 60 ms on a 10-year history (benchmarks/quick_check.py): short enough to run here,
    # before the window is built, so damage is found before anything is written into it.
    verdict = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    if verdict != ["ok"]:
        raise StoreError(_damaged(path, "; ".join(verdict[:3])))
    return version


def _damaged(path: Path, why: str) -> str:
    return translate("store.database", "The data file {path} is damaged ({why}).").format(
        path=path, why=why
    )


def _create_private(path: Path) -> None:
    """Create the file readable by its owner only; SQLite gives -wal/-shm the same mode."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def open_store(data_dir: Path, clock: Clock, zone_name: Callable[[], str] | None = None) -> Store:
    """Open (or create) companion.db in data_dir and bring it to the current schema."""
    data_dir.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    path = data_dir / DATA_FILE_NAME
    # A folder made by an older version (0755) or a file copied in (0644): ours only, now.
    tighten(data_dir, PRIVATE_FOLDER)
    tighten(data_dir / BACKUP_DIR_NAME, PRIVATE_FOLDER)
    for suffix in ("", "-wal", "-shm"):
        tighten(path.with_name(path.name + suffix), PRIVATE_FILE)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _inspect(path)
    elif not path.exists():
        _create_private(path)

    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        version = _check_opened(conn, path, existed)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        if existed and 0 < version < migrations.SCHEMA_VERSION:
            # Through the daily backups' writer: whole or nothing, synced, owner-only, and a
            # name of its own even for a second try within the same second.
            from baclofen_companion.store.backups import make_backup

            make_backup(conn, data_dir, clock, f"v{version}-before-upgrade")
        migrations.migrate(conn)
    except sqlite3.Error as err:
        conn.close()
        raise StoreError(
            translate(
                "store.database", "The data file {path} could not be prepared: {why}."
            ).format(path=path, why=plain_reason(err, data_dir))
        ) from err
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        raise
    return Store(Database(conn, path, clock, zone_name))
