"""The data file failing under a running app, for real: another program holding it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from baclofen_companion.store import Store
from baclofen_companion.store.database import BUSY_TIMEOUT_MS

SHORT_WAIT_MS = 50
"""How long the store waits for the held file in a test (the app waits BUSY_TIMEOUT_MS)."""


@contextmanager
def held_by_another_program(store: Store) -> Iterator[None]:
    """Another program holds the data file's write lock, as a database browser with unsaved
    changes does; released (its changes dropped) at the end of the block."""
    store.conn.execute(f"PRAGMA busy_timeout = {SHORT_WAIT_MS}")
    other = sqlite3.connect(store.path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()
        store.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
