"""The one public way to the data file's SQLite connection: query, write, transactions.

Every ``sqlite3`` error that comes out of it is turned into a typed error by SQLite's result
code (after qutebrowser's ``misc/sql.py``): the environment (the disk is full, another
program holds the file, it is read-only, the disk failed) → ``StorageUnavailableError`` with
a plain reason and what to do; a damaged file → ``StorageDamagedError``; anything else, a
statement SQLite refused → ``StorageBugError``. An environment error is never taken for
damage. So no raw sqlite3 error leaves the store, and every caller can tell "try again later"
from "the file is bad" from "a fault in the app".
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import (
    StorageBugError,
    StorageDamagedError,
    StorageError,
    StorageUnavailableError,
)
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, translate
from baclofen_companion.store.timestamps import to_iso

Row = dict[str, Any]
Params = Sequence[Any] | Mapping[str, Any]

_CONTEXT = "store.db"
_BUSY = (
    QT_TRANSLATE_NOOP("store.db", "another program is using the data file"),
    QT_TRANSLATE_NOOP(
        "store.db",
        "Close the other program that has the data file open (or wait a moment), then try again.",
    ),
)
_CAUSES: dict[int, tuple[str, str]] = {
    sqlite3.SQLITE_BUSY: _BUSY,
    sqlite3.SQLITE_LOCKED: _BUSY,
    sqlite3.SQLITE_PROTOCOL: _BUSY,
    sqlite3.SQLITE_FULL: (
        QT_TRANSLATE_NOOP("store.db", "the disk is full"),
        QT_TRANSLATE_NOOP("store.db", "Free some space on the disk, then try again."),
    ),
    sqlite3.SQLITE_READONLY: (
        QT_TRANSLATE_NOOP("store.db", "the data file is read-only"),
        QT_TRANSLATE_NOOP(
            "store.db", "Make sure you may change the files in {folder}, then try again."
        ),
    ),
    sqlite3.SQLITE_PERM: (
        QT_TRANSLATE_NOOP("store.db", "the system does not allow changes to the data file"),
        QT_TRANSLATE_NOOP(
            "store.db", "Make sure you may change the files in {folder}, then try again."
        ),
    ),
    sqlite3.SQLITE_CANTOPEN: (
        QT_TRANSLATE_NOOP("store.db", "the data file cannot be opened"),
        QT_TRANSLATE_NOOP(
            "store.db",
            "Make sure the folder {folder} is still there and yours to change, then try again.",
        ),
    ),
    sqlite3.SQLITE_IOERR: (
        QT_TRANSLATE_NOOP("store.db", "the disk could not be read or written"),
        QT_TRANSLATE_NOOP(
            "store.db",
            "Make sure the disk holding {folder} is connected and working, then try again.",
        ),
    ),
    sqlite3.SQLITE_NOMEM: (
        QT_TRANSLATE_NOOP("store.db", "the computer ran out of memory"),
        QT_TRANSLATE_NOOP("store.db", "Close some other programs, then try again."),
    ),
}
_MOVED = (
    QT_TRANSLATE_NOOP("store.db", "the data file was moved or deleted while the app was open"),
    QT_TRANSLATE_NOOP("store.db", "Quit Baclofen Companion and start it again."),
)
_EXTENDED: dict[str, tuple[str, str]] = {"SQLITE_READONLY_DBMOVED": _MOVED}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_ROOM_TO_OPEN = 1 << 20
_NOT_ALLOWED = (
    QT_TRANSLATE_NOOP("store.db", "the system does not let you read or change the data file"),
    QT_TRANSLATE_NOOP(
        "store.db",
        "Make sure the files in {folder} are yours to read and change, then try again.",
    ),
)
_OS_CAUSES: dict[int, tuple[str, str]] = {
    errno.ENOSPC: _CAUSES[sqlite3.SQLITE_FULL],
    errno.EDQUOT: _CAUSES[sqlite3.SQLITE_FULL],
    errno.EACCES: _NOT_ALLOWED,
    errno.EPERM: _NOT_ALLOWED,
    errno.EROFS: _CAUSES[sqlite3.SQLITE_READONLY],
    errno.EIO: _CAUSES[sqlite3.SQLITE_IOERR],
    errno.EBUSY: _BUSY,
    errno.ETXTBSY: _BUSY,
    errno.ENOMEM: _CAUSES[sqlite3.SQLITE_NOMEM],
}


def storage_error(err: sqlite3.Error, folder: Path, saving: bool) -> StorageError:
    """The typed error for a sqlite3 error (``saving``: it came from a write)."""
    code = getattr(err, "sqlite_errorcode", None)
    name = getattr(err, "sqlite_errorname", None) or type(err).__name__
    if code is None:  # raised by the sqlite3 module itself: misuse, e.g. a closed connection
        return StorageBugError(str(err), name, saving)
    primary = code & 0xFF  # extended codes keep the primary one in their low byte
    if primary in _DAMAGED:
        return StorageDamagedError(name, saving)
    cause = _EXTENDED.get(name) or _CAUSES.get(primary)
    if cause is None:
        return StorageBugError(str(err), name, saving)
    reason, advice = cause
    return StorageUnavailableError(
        translate(_CONTEXT, reason),
        translate(_CONTEXT, advice).format(folder=folder),
        name,
        saving,
    )


def environment_problem(err: BaseException, folder: Path) -> StorageUnavailableError | None:
    """The environment's part in ``err`` (a full disk, a held file, no permission, a failing
    disk), looked for along its chain of causes; None when none of them is the environment.

    The store wraps sqlite3 and OS errors in messages of its own, so the cause, not the
    message, tells a healthy file on a full disk from a damaged one.
    """
    seen: set[int] = set()
    current: BaseException | None = err
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, StorageUnavailableError):
            return current
        if isinstance(current, sqlite3.Error):
            typed = storage_error(current, folder, saving=False)
            if isinstance(typed, StorageUnavailableError):
                # SQLite says "disk I/O error" when its -shm cannot grow on a full disk.
                full = typed.code.startswith("SQLITE_IOERR") and _nearly_full(folder)
                return _environment(errno.ENOSPC, folder) if full else typed
        elif isinstance(current, OSError) and current.errno in _OS_CAUSES:
            return _environment(current.errno, folder)
        current = current.__cause__ or current.__context__
    return None


def _nearly_full(folder: Path) -> bool:
    """Less room left than SQLite needs to open a file (its -shm index alone is 32 KiB)."""
    try:
        return shutil.disk_usage(folder).free < _ROOM_TO_OPEN
    except OSError:
        return False


def _environment(code: int, folder: Path) -> StorageUnavailableError:
    reason, advice = _OS_CAUSES[code]
    return StorageUnavailableError(
        translate(_CONTEXT, reason),
        translate(_CONTEXT, advice).format(folder=folder),
        errno.errorcode.get(code, ""),
        saving=False,
    )


def plain_reason(err: sqlite3.Error, folder: Path) -> str:
    """What went wrong in the person's words where SQLite's code says it; else SQLite's text."""
    typed = storage_error(err, folder, saving=False)
    return typed.reason if isinstance(typed, StorageUnavailableError) else str(err)


class Database:
    """One sqlite3 connection (autocommit: transactions are explicit) and the recording context
    every write needs: the clock and the time zone of the moment."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        clock: Clock,
        zone_name: Callable[[], str] | None = None,
    ) -> None:
        self._conn = conn
        self.path = path
        self.clock = clock
        self.zone_name = zone_name

    @property
    def conn(self) -> sqlite3.Connection:
        """The raw connection, for SQLite's backup API and tests; it raises raw errors."""
        return self._conn

    def _typed(self, err: sqlite3.Error, saving: bool) -> StorageError:
        return storage_error(err, self.path.parent, saving)

    # -- reading -------------------------------------------------------------------------

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        """Every row, each a dict of column name to value."""
        try:
            cur = self._conn.execute(sql, params)
            names = [column[0] for column in cur.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        except sqlite3.Error as err:
            raise self._typed(err, saving=False) from err

    def one(self, sql: str, params: Params = ()) -> Row | None:
        """The first row, or None when there is none."""
        rows = self.query(sql, params)
        return rows[0] if rows else None

    # -- writing -------------------------------------------------------------------------

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        """Run one statement (inside ``transaction()``); the cursor gives lastrowid/rowcount."""
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as err:
            raise self._typed(err, saving=True) from err

    def executemany(self, sql: str, rows: Iterable[Params]) -> sqlite3.Cursor:
        try:
            return self._conn.executemany(sql, rows)
        except sqlite3.Error as err:
            raise self._typed(err, saving=True) from err

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """All or nothing: BEGIN IMMEDIATE … COMMIT, ROLLBACK on any exception.

        IMMEDIATE takes the write lock at the start, so a held file fails here, before any
        work, and never half-way. Inside another transaction this is a savepoint: a failure
        undoes this part and goes on up; the whole commits or rolls back with the outermost.
        """
        if self._conn.in_transaction:
            self.execute("SAVEPOINT part")
            try:
                yield self
            except BaseException:
                self._quietly("ROLLBACK TO part")
                self._quietly("RELEASE part")
                raise
            self.execute("RELEASE part")
            return
        self.execute("BEGIN IMMEDIATE")
        try:
            yield self
            self.execute("COMMIT")
        except BaseException:
            # SQLite itself rolls back on some errors (a full disk, say): then there is nothing
            # left to undo, and a second ROLLBACK would only hide the first error.
            if self._conn.in_transaction:
                self._quietly("ROLLBACK")
            raise

    def _quietly(self, sql: str) -> None:
        """Undo after a failure; the failure that brought us here is the one to report."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute(sql)

    # -- the recording context -----------------------------------------------------------

    def now(self) -> str:
        """The clock's now as the data file stores instants."""
        return to_iso(self.clock.now())

    def zone(self, fallback: str) -> str:
        """The time zone this computer is in now (where a record is made), else ``fallback``."""
        return self.zone_name() if self.zone_name else fallback

    # -- the connection ------------------------------------------------------------------

    def integrity_check(self) -> str:
        """SQLite's verdict on the whole file: 'ok', or what is wrong."""
        row = self.one("PRAGMA integrity_check")
        return str(next(iter(row.values()))) if row else "ok"

    def take_over(self, fresh: Database) -> None:
        """After a restore: this object (which the Store and its parts hold) now reads the
        freshly opened file."""
        self._conn = fresh._conn
        self.path = fresh.path

    def close(self) -> None:
        self._conn.close()
