"""Opening the data file safely: refuse foreign or newer files, back up before migrating."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import SchemaTooNewError, StoreError
from baclofen_companion.core.text import translate
from baclofen_companion.core.whole_file import PRIVATE_FILE, PRIVATE_FOLDER, tighten
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


def _inspect(path: Path) -> tuple[int, int, int]:
    """(user_version, application_id, table count) read without changing a byte of the file."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as err:
        raise StoreError(
            translate("store.database", "The data file {path} cannot be opened: {why}.").format(
                path=path, why=plain_reason(err, path.parent)
            )
        ) from err
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    except sqlite3.DatabaseError as err:
        raise StoreError(
            translate(
                "store.database",
                "The data file {path} is damaged or is not a Baclofen Companion file ({why}).",
            ).format(path=path, why=err)
        ) from err
    finally:
        conn.close()
    return version, app_id, tables


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
    version = 0
    if existed:
        version, app_id, tables = _inspect(path)
        if version > migrations.SCHEMA_VERSION:
            raise SchemaTooNewError(
                translate(
                    "store.database",
                    "The data file {path} was written by a newer version of Baclofen Companion "
                    "(data version {version}; this app reads up to {supported}). "
                    "Please update the app. The file has not been changed.",
                ).format(path=path, version=version, supported=migrations.SCHEMA_VERSION)
            )
        if app_id not in (0, migrations.APPLICATION_ID) or (version == 0 and tables > 0):
            raise StoreError(
                translate(
                    "store.database",
                    "{path} is not a Baclofen Companion data file; it has been left as it is.",
                ).format(path=path)
            )
    elif not path.exists():
        _create_private(path)

    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        if existed and version < migrations.SCHEMA_VERSION:
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
