"""`backup --out FILE` and `restore FILE`: consistent private copies, checked restores, the lock."""

from __future__ import annotations

import hashlib
import io
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baclofen_companion.cli.backup import (
    FAILED,
    IN_USE,
    OK,
    backup_command,
    check_output_path,
    restore_command,
)
from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.store import DATA_FILE_NAME, Store, migrations
from baclofen_companion.store import backups as bk
from tests.conftest import DAY, FakeClock
from tests.store.test_backups import live_doses, log_days, write_versioned


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Streams:
    def __init__(self) -> None:
        self.out = io.StringIO()
        self.err = io.StringIO()


@pytest.fixture
def streams() -> Streams:
    return Streams()


@pytest.fixture
def logged(store: Store, sam: tuple[Profile, Medication]) -> int:
    return log_days(store, sam[0], DAY - timedelta(days=1), 2)


def test_backup_writes_a_private_consistent_copy(
    store: Store, logged: int, data_dir: Path, tmp_path: Path, streams: Streams
) -> None:
    out = tmp_path / "saved" / "companion-copy.db"
    out.parent.mkdir()
    # The app is running with its store open while the copy is made.
    assert backup_command(data_dir, out, streams.out, streams.err) == OK
    assert streams.out.getvalue() == f"Backed up {logged} logged doses to {out}\n"
    assert streams.err.getvalue() == ""
    assert live_doses(out) == logged == 6
    if sys.platform != "win32":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no temp file left


def test_backup_replaces_an_existing_file_whole(
    store: Store, logged: int, data_dir: Path, tmp_path: Path, streams: Streams
) -> None:
    out = tmp_path / "copy.db"
    out.write_bytes(b"yesterday's copy")
    assert backup_command(data_dir, out, streams.out, streams.err) == OK
    assert live_doses(out) == logged


@pytest.mark.parametrize("where", ["folder", "no-parent", "live", "live-wal", "no-data", "empty"])
def test_backup_refuses_a_bad_target_and_changes_nothing(
    store: Store, logged: int, data_dir: Path, tmp_path: Path, streams: Streams, where: str
) -> None:
    source_dir = data_dir
    out = {
        "folder": tmp_path,
        "no-parent": tmp_path / "missing" / "copy.db",
        "live": data_dir / DATA_FILE_NAME,
        "live-wal": data_dir / (DATA_FILE_NAME + "-wal"),
        "no-data": tmp_path / "copy.db",
        "empty": Path(""),
    }[where]
    if where == "no-data":
        source_dir = tmp_path / "nothing-here"
    before = digest(data_dir / DATA_FILE_NAME)
    assert backup_command(source_dir, out, streams.out, streams.err) == FAILED
    assert streams.err.getvalue().startswith("backup failed: ")
    assert streams.out.getvalue() == ""
    assert digest(data_dir / DATA_FILE_NAME) == before
    assert not (tmp_path / "copy.db").exists()


def test_restore_replaces_the_data_and_keeps_the_old(
    store: Store,
    sam: tuple[Profile, Medication],
    data_dir: Path,
    clock: FakeClock,
    tmp_path: Path,
    streams: Streams,
) -> None:
    early = log_days(store, sam[0], DAY - timedelta(days=3), 1)
    out = tmp_path / "copy.db"
    assert backup_command(data_dir, out, io.StringIO(), io.StringIO()) == OK
    later = early + log_days(store, sam[0], DAY, 1)
    store.close()  # the app has quit

    assert restore_command(data_dir, out, clock, streams.out, streams.err) == OK
    assert streams.err.getvalue() == ""
    lines = streams.out.getvalue().splitlines()
    assert lines[0] == f"Restored {early} logged doses from {out} into {data_dir}."
    assert lines[1].startswith("The data as it was before is kept in ")
    assert live_doses(data_dir / DATA_FILE_NAME) == early
    [saved] = [b for b in bk.list_backups(data_dir) if b.kind == bk.BEFORE_RESTORE]
    assert saved.doses == later
    assert str(saved.path) in lines[1]
    assert not (data_dir / "companion.lock").exists()  # the lock is released


@pytest.mark.parametrize("problem", ["newer", "foreign", "damaged", "missing"])
def test_restore_refuses_a_bad_file(
    store: Store,
    logged: int,
    data_dir: Path,
    clock: FakeClock,
    tmp_path: Path,
    streams: Streams,
    problem: str,
) -> None:
    store.close()
    bad = tmp_path / "bad.db"
    if problem == "newer":
        write_versioned(bad, migrations.SCHEMA_VERSION + 1)
    elif problem == "foreign":
        write_versioned(bad, 1, app_id=12345)
    elif problem == "damaged":
        bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = digest(data_dir / DATA_FILE_NAME)
    assert restore_command(data_dir, bad, clock, streams.out, streams.err) == FAILED
    message = streams.err.getvalue()
    assert message.startswith("restore failed: ") and "Nothing was changed." in message
    if problem == "newer":
        assert "newer version" in message
    assert digest(data_dir / DATA_FILE_NAME) == before
    assert not (data_dir / "backups").exists()


HOLD_LOCK = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from baclofen_companion.services.instance import SingleInstance
app = QCoreApplication(["baclofen-companion"])
instance = SingleInstance(Path(sys.argv[1]))
print("locked" if instance.acquire() else "busy", flush=True)
sys.stdin.readline()
instance.release()
"""


@pytest.fixture
def running_app(data_dir: Path) -> Iterator[None]:
    """Another process holds the data folder's lock, as the running app does."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline() == "locked\n"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()


def test_restore_refuses_while_the_app_is_running(
    store: Store,
    logged: int,
    data_dir: Path,
    clock: FakeClock,
    tmp_path: Path,
    streams: Streams,
    running_app: None,
) -> None:
    copy = tmp_path / "copy.db"
    assert backup_command(data_dir, copy, io.StringIO(), io.StringIO()) == OK
    before = digest(data_dir / DATA_FILE_NAME)
    assert restore_command(data_dir, copy, clock, streams.out, streams.err) == IN_USE
    message = streams.err.getvalue()
    assert "Baclofen Companion is running with the data folder" in message
    assert "Quit it" in message and "Nothing was changed." in message
    assert digest(data_dir / DATA_FILE_NAME) == before
    assert not (data_dir / "backups").exists()


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150)
@given(st.text(max_size=120))
def test_any_output_path_is_accepted_or_refused_with_a_message(tmp_path: Path, text: str) -> None:
    try:
        target = check_output_path(tmp_path / text if text else Path(text), tmp_path / "data")
    except ValidationError as err:
        assert err.field == "file" and err.message
        return
    assert target.parent.is_dir() and not target.is_dir()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_restore_into_a_folder_you_may_not_change_says_so_not_that_the_app_runs(
    store: Store, logged: int, data_dir: Path, tmp_path: Path, clock: FakeClock, streams: Streams
) -> None:
    from tests.storage_faults import file_modes_apply

    copy = bk.make_backup(store, data_dir, clock, bk.MANUAL)
    saved = tmp_path / "saved.db"
    saved.write_bytes(copy.read_bytes())
    store.close()
    before = digest(data_dir / DATA_FILE_NAME)
    data_dir.chmod(0o500)
    try:
        with file_modes_apply():  # a real permission error, as root too
            code = restore_command(data_dir, saved, clock, streams.out, streams.err)
    finally:
        data_dir.chmod(0o700)
    message = streams.err.getvalue()
    assert code == FAILED, message
    assert "cannot be changed" in message and "Nothing was changed." in message
    assert "running" not in message
    assert digest(data_dir / DATA_FILE_NAME) == before
