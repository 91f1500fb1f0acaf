"""The data file as a whole: daily backups, the list of backups, restoring one, recovery from a
damaged file, and closing and reopening the file around a restore.

The widgets ask here; the copying itself is in store/backups.py and store/recovery.py.
"""

from __future__ import annotations

from pathlib import Path

from baclofen_companion.core.clock import Clock
from baclofen_companion.ops.session import Session, store_of
from baclofen_companion.store import DATA_FILE_NAME, open_store
from baclofen_companion.store.backups import (
    BackupInfo,
    RestoreResult,
    backup_if_due,
    is_due,
    list_backups,
    newest,
    restore_backup,
)
from baclofen_companion.store.recovery import (
    Damage,
    Unavailable,
    assess,
    history_only_in_backups,
    lost_data_file,
    recover,
)

__all__ = [
    "DATA_FILE_NAME",
    "BackupInfo",
    "Damage",
    "RestoreResult",
    "Unavailable",
    "assess",
    "back_up_if_due",
    "close",
    "history_only_in_backups",
    "is_due",
    "list_backups",
    "lost_data_file",
    "newest",
    "recover",
    "reopen",
    "restore_backup",
]


def back_up_if_due(session: Session, data_dir: Path, clock: Clock) -> Path | None:
    """The daily backup, if the last one is a day old; the new file or None."""
    return backup_if_due(store_of(session), data_dir, clock)


def close(session: Session) -> None:
    """Just before a restore replaces the file."""
    store_of(session).close()


def reopen(session: Session, data_dir: Path, clock: Clock) -> None:
    """After a restore (or a failed one): the session every view holds reads the file again."""
    store = store_of(session)
    store.take_connection_from(open_store(data_dir, clock, store.zone_name))
