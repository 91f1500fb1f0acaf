"""Opening the data file: pragmas, privacy, refusing newer or foreign files, backups."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from baclofen_companion.core.errors import ForeignFileError, SchemaTooNewError, StoreError
from baclofen_companion.store import DATA_FILE_NAME, Store, migrations, open_store
from tests.conftest import FakeClock


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_connection_settings(store: Store) -> None:
    conn = store.conn
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
    assert store.integrity_check() == "ok"


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO medications (profile_id, name, form, strength_mg, created_utc)"
            " VALUES (999, 'x', 'tablet', 10, '2026-01-01')"
        )


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_data_file_is_private(store: Store, data_dir: Path) -> None:
    mode = stat.S_IMODE((data_dir / DATA_FILE_NAME).stat().st_mode)
    assert mode == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700


def make_newer_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future_thing (id INTEGER PRIMARY KEY, payload TEXT)")
    conn.execute("INSERT INTO future_thing (payload) VALUES ('from the future')")
    conn.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()


def test_newer_schema_is_refused_and_left_byte_for_byte(data_dir: Path, clock: FakeClock) -> None:
    path = data_dir / DATA_FILE_NAME
    make_newer_file(path)
    before = digest(path)
    with pytest.raises(SchemaTooNewError) as err:
        open_store(data_dir, clock)
    assert "newer version" in str(err.value)
    assert "has not been changed" in str(err.value)
    assert digest(path) == before
    assert not (data_dir / "backups").exists()


def test_a_foreign_sqlite_file_is_refused_untouched(data_dir: Path, clock: FakeClock) -> None:
    path = data_dir / DATA_FILE_NAME
    data_dir.mkdir()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="not a Baclofen Companion data file"):
        open_store(data_dir, clock)
    assert digest(path) == before


def test_a_damaged_file_is_refused_untouched(data_dir: Path, clock: FakeClock) -> None:
    data_dir.mkdir()
    path = data_dir / DATA_FILE_NAME
    path.write_bytes(b"this is not sqlite at all" * 100)
    before = digest(path)
    with pytest.raises(StoreError, match="damaged"):
        open_store(data_dir, clock)
    assert digest(path) == before


def test_file_is_backed_up_before_a_migration(
    data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_store(data_dir, clock)
    first.add_profile("Sam", "Europe/London")
    first.close()
    old = migrations.SCHEMA_VERSION
    step = ("CREATE TABLE future_table (id INTEGER PRIMARY KEY, note TEXT)",)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, step))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    upgraded = open_store(data_dir, clock)
    assert migrations.user_version(upgraded.conn) == migrations.SCHEMA_VERSION
    assert [p.name for p in upgraded.profiles()] == ["Sam"]
    upgraded.close()
    backups = list((data_dir / "backups").glob(f"companion-v{old}-before-upgrade-*.db"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == old
    assert copy.execute("SELECT name FROM profiles").fetchall() == [("Sam",)]
    copy.close()


def test_two_tries_at_an_upgrade_within_one_second_keep_two_whole_backups(
    data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pre-upgrade backup goes through the daily backups' writer: a second start in the
    same second (the first upgrade failed) gets a name of its own, not FileExistsError."""
    first = open_store(data_dir, clock)
    first.add_profile("Sam", "Europe/London")
    first.close()
    old = migrations.SCHEMA_VERSION
    broken = ("CREATE TABLE ok_table (id INTEGER)", "THIS IS NOT SQL")
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    for _ in range(2):  # the clock does not move: both within the same second
        with pytest.raises(StoreError):
            open_store(data_dir, clock)
    folder = data_dir / "backups"
    stamp = f"{clock.now():%Y%m%dT%H%M%SZ}"
    assert sorted(p.name for p in folder.iterdir()) == [
        f"companion-v{old}-before-upgrade-{stamp}-2.db",
        f"companion-v{old}-before-upgrade-{stamp}.db",
    ]
    for backup in folder.iterdir():
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
        copy = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            assert copy.execute("SELECT name FROM profiles").fetchall() == [("Sam",)]
        finally:
            copy.close()


def test_a_failed_migration_leaves_the_old_version(
    data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_store(data_dir, clock).close()
    old = migrations.SCHEMA_VERSION
    broken = ("CREATE TABLE ok_table (id INTEGER)", "THIS IS NOT SQL")
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, broken))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    with pytest.raises(StoreError):
        open_store(data_dir, clock)
    conn = sqlite3.connect(data_dir / DATA_FILE_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "ok_table" not in tables
    conn.close()


# -- a file is ours only by our application_id (issue 16, item 6) ------------------------------


def foreign_file(path: Path, app_id: int, version: int, wal: bool) -> None:
    """Another program's SQLite file; with ``wal``, in WAL mode (as many programs leave it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('not a dose')")
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def folder_state(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("wal", [False, True], ids=["rollback journal", "WAL"])
@pytest.mark.parametrize(
    ("app_id", "version"),
    [(0, 1), (0, 3), (0, 4), (0, migrations.SCHEMA_VERSION), (0, 99), (7, 2), (-5, 0)],
)
def test_a_foreign_file_is_refused_byte_identical_with_no_side_files(
    data_dir: Path, clock: FakeClock, app_id: int, version: int, wal: bool
) -> None:
    foreign_file(data_dir / DATA_FILE_NAME, app_id, version, wal)
    before = folder_state(data_dir)
    with pytest.raises(ForeignFileError, match="not a Baclofen Companion data file"):
        open_store(data_dir, clock)
    assert folder_state(data_dir) == before  # no -wal, no -shm, no backup, not a byte changed


def test_a_newer_file_in_wal_mode_is_refused_with_no_side_files(
    data_dir: Path, clock: FakeClock
) -> None:
    path = data_dir / DATA_FILE_NAME
    make_newer_file(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    before = folder_state(data_dir)
    with pytest.raises(SchemaTooNewError):
        open_store(data_dir, clock)
    assert folder_state(data_dir) == before


def test_a_newer_version_still_in_the_wal_is_refused(data_dir: Path, clock: FakeClock) -> None:
    """The header says our version, the unmerged -wal a newer one: the newer one counts."""
    open_store(data_dir, clock).close()
    path = data_dir / DATA_FILE_NAME
    holder = sqlite3.connect(path)  # keeps the -wal from being merged at close
    holder.execute("PRAGMA wal_autocheckpoint = 0")
    holder.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNewError):
        open_store(data_dir, clock)
    holder.close()


def test_a_first_start_stopped_before_its_first_step_opens(
    data_dir: Path, clock: FakeClock
) -> None:
    """An empty SQLite file (no tables, no version, no id) is what a first start that was
    killed before its first migration committed leaves: it is set up, not refused."""
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / DATA_FILE_NAME)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    store = open_store(data_dir, clock)
    try:
        assert store.profiles() == []
    finally:
        store.close()
