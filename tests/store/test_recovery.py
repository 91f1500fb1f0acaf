"""A data file that cannot be opened is kept aside byte for byte; a good backup or a fresh start."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from baclofen_companion.core.errors import SchemaTooNewError, StoreError
from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.store import DATA_FILE_NAME, Store, migrations, open_store, recovery
from baclofen_companion.store import backups as bk
from tests.conftest import BACLOFEN, DAY, HOME_TZ, LABEL_START, FakeClock
from tests.storage_faults import file_modes_apply, fill, held_exclusively, small_disk
from tests.store.test_backups import live_doses, log_days, write_versioned
from tests.store.test_database import make_newer_file


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:16] = b"garbage garbage!"
    path.write_bytes(bytes(data))


def damage_a_page(path: Path) -> None:
    """Keep the header, wreck a b-tree page: open_store reads it, integrity_check does not."""
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 400] = b"\xa5" * 400
    path.write_bytes(bytes(data))


@pytest.fixture
def history(store: Store, sam: tuple[Profile, Medication], data_dir: Path, clock: FakeClock) -> int:
    """Two days logged and backed up, a third logged after the backup; the store is closed."""
    logged = log_days(store, sam[0], DAY - timedelta(days=2), 2)
    bk.make_backup(store, data_dir, clock, bk.DAILY)
    log_days(store, sam[0], DAY, 1)
    store.close()
    clock.advance(timedelta(hours=2))
    return logged


def open_error(data_dir: Path, clock: FakeClock) -> StoreError:
    with pytest.raises(StoreError) as err:
        open_store(data_dir, clock)
    return err.value


def test_a_damaged_file_is_set_aside_byte_for_byte_and_the_backup_restored(
    history: int, data_dir: Path, clock: FakeClock
) -> None:
    live = data_dir / DATA_FILE_NAME
    damage_header(live)
    # What a crash leaves beside the file: its -wal and -shm, kept with it.
    live.with_name(DATA_FILE_NAME + "-wal").write_bytes(b"wal frames")
    live.with_name(DATA_FILE_NAME + "-shm").write_bytes(b"shared memory")
    original = digest(live)
    error = open_error(data_dir, clock)
    # (SQLite's read-only probe in open_store may grow the -shm, its scratch index; the data
    # file and -wal stay as they were.) Recovery must keep exactly what it was handed.
    sums = {s: digest(live.with_name(DATA_FILE_NAME + s)) for s in ("", "-wal", "-shm")}
    assert sums[""] == original

    damage = recovery.assess(data_dir, error)
    assert damage is not None
    assert damage.data_file == live
    assert "damaged" in damage.problem
    assert damage.newest_good is not None and damage.newest_good.doses == history

    result = recovery.recover(data_dir, clock, damage.newest_good.path)

    aside = data_dir / "companion-damaged-20260310T090000Z.db"
    assert result.set_aside == [
        aside,
        aside.with_name(aside.name + "-wal"),
        aside.with_name(aside.name + "-shm"),
    ]
    for suffix, before in sums.items():
        assert digest(aside.with_name(aside.name + suffix)) == before
    assert result.restored is not None and result.restored.saved_current is None
    store = open_store(data_dir, clock)
    try:
        assert store.integrity_check() == "ok"
        assert live_doses(live) == history
    finally:
        store.close()


def test_starting_fresh_keeps_the_bad_file_and_opens_an_empty_one(
    history: int, data_dir: Path, clock: FakeClock
) -> None:
    live = data_dir / DATA_FILE_NAME
    damage_header(live)
    before = digest(live)
    damage = recovery.assess(data_dir, open_error(data_dir, clock))
    assert damage is not None
    result = recovery.recover(data_dir, clock, None)
    assert result.restored is None
    assert [digest(p) for p in result.set_aside] == [before]
    assert not live.exists()
    store = open_store(data_dir, clock)
    try:
        assert store.profiles() == []
    finally:
        store.close()


def test_setting_aside_never_overwrites(history: int, data_dir: Path, clock: FakeClock) -> None:
    live = data_dir / DATA_FILE_NAME
    first = data_dir / "companion-damaged-20260310T090000Z.db"
    first.write_bytes(b"an earlier damaged file")
    (data_dir / "companion-damaged-20260310T090000Z-2.db-wal").write_bytes(b"its wal")
    before = digest(live)
    moved = recovery.set_aside(data_dir, clock)
    assert moved == [data_dir / "companion-damaged-20260310T090000Z-3.db"]
    assert digest(moved[0]) == before
    assert first.read_bytes() == b"an earlier damaged file"


def test_a_damaged_page_is_found_by_the_integrity_check(
    history: int, data_dir: Path, clock: FakeClock
) -> None:
    live = data_dir / DATA_FILE_NAME
    damage_a_page(live)
    damage = recovery.assess(data_dir, StoreError("database disk image is malformed"))
    assert damage is not None
    assert "damaged" in damage.problem


@pytest.mark.parametrize("app_id", [7, 0])
def test_a_foreign_file_is_refused_as_it_is_never_set_aside(
    data_dir: Path, clock: FakeClock, app_id: int
) -> None:
    write_versioned(data_dir / DATA_FILE_NAME, 1, app_id=app_id)
    before = digest(data_dir / DATA_FILE_NAME)
    error = open_error(data_dir, clock)
    assert "not a Baclofen Companion data file" in str(error)
    assert recovery.assess(data_dir, error) is None
    assert recovery.assess(data_dir, StoreError("some other failure")) is None
    assert digest(data_dir / DATA_FILE_NAME) == before
    assert sorted(p.name for p in data_dir.iterdir()) == [DATA_FILE_NAME]


def test_a_file_from_a_newer_app_is_not_recovery_material(data_dir: Path, clock: FakeClock) -> None:
    make_newer_file(data_dir / DATA_FILE_NAME)
    before = digest(data_dir / DATA_FILE_NAME)
    with pytest.raises(SchemaTooNewError) as err:
        open_store(data_dir, clock)
    assert recovery.assess(data_dir, err.value) is None
    # Even when the error is a plain one, the file is seen to be fine and left alone.
    assert recovery.assess(data_dir, StoreError("locked")) is None
    assert digest(data_dir / DATA_FILE_NAME) == before


def test_a_good_file_is_never_moved(history: int, data_dir: Path) -> None:
    assert recovery.assess(data_dir, StoreError("database is locked")) is None
    assert recovery.assess(data_dir / "elsewhere", StoreError("no file")) is None


def test_the_newest_good_backup_skips_damaged_and_newer_ones(
    history: int, data_dir: Path, clock: FakeClock
) -> None:
    [good] = bk.list_backups(data_dir)
    folder = data_dir / "backups"
    damaged = folder / "companion-daily-20260311T070000Z.db"
    shutil.copy(good.path, damaged)
    damage_a_page(damaged)
    write_versioned(folder / "companion-daily-20260312T070000Z.db", migrations.SCHEMA_VERSION + 1)
    found = recovery.newest_good_backup(data_dir)
    assert found is not None and found.path == good.path


def test_a_bad_backup_choice_moves_nothing(history: int, data_dir: Path, clock: FakeClock) -> None:
    live = data_dir / DATA_FILE_NAME
    damage_header(live)
    before = digest(live)
    bad = data_dir / "backups" / "companion-daily-20260311T070000Z.db"
    bad.write_bytes(b"no")
    with pytest.raises(StoreError):
        recovery.recover(data_dir, clock, bad)
    assert digest(live) == before
    assert not list(data_dir.glob("companion-damaged-*"))


def test_a_file_that_cannot_be_renamed_is_a_store_error(
    history: int, data_dir: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(recovery.os, "rename", refuse)
    with pytest.raises(StoreError, match="could not be moved aside"):
        recovery.set_aside(data_dir, clock)
    assert (data_dir / DATA_FILE_NAME).exists()


def test_sqlite_reads_a_set_aside_file_with_its_wal(
    store: Store, sam: tuple[Profile, Medication], data_dir: Path, clock: FakeClock
) -> None:
    """Kept with SQLite's naming, the moved set can still be opened to salvage its doses."""
    logged = log_days(store, sam[0], DAY, 1)
    copy_dir = data_dir.parent / "copy"
    copy_dir.mkdir()
    # Copy the file and its -wal while the store is open: the doses live in the WAL.
    for suffix in ("", "-wal"):
        shutil.copy(data_dir / (DATA_FILE_NAME + suffix), copy_dir / (DATA_FILE_NAME + suffix))
    store.close()
    moved = recovery.set_aside(copy_dir, clock)
    assert len(moved) == 2
    conn = sqlite3.connect(moved[0])
    try:
        count = conn.execute("SELECT count(*) FROM dose_events").fetchone()[0]
    finally:
        conn.close()
    assert count == logged


# -- the environment at start is never damage (issue 16, item 1) ------------------------------


def logged_history(data_dir: Path, clock: FakeClock) -> int:
    """Sam's last three days, every dose answered; the store is closed."""
    store = open_store(data_dir, clock, lambda: HOME_TZ)
    try:
        sam, _ = store.add_person_with_medicine(
            "Sam", HOME_TZ, BACLOFEN, LABEL_START, DAY - timedelta(days=7)
        )
        return log_days(store, sam, DAY - timedelta(days=2), 3)
    finally:
        store.close()


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A real small disk (a tmpfs), to be filled."""
    with small_disk(tmp_path / "disk") as mounted:
        yield mounted


def assert_left_as_it_was(data_dir: Path, before: str) -> None:
    assert digest(data_dir / DATA_FILE_NAME) == before
    assert not list(data_dir.glob("companion-damaged-*"))


def test_a_full_disk_at_start_is_said_plainly_and_the_file_stays(
    disk: Path, clock: FakeClock
) -> None:
    data_dir = disk / "data"
    logged = logged_history(data_dir, clock)
    live = data_dir / DATA_FILE_NAME
    before = digest(live)
    filler = fill(disk)
    found = recovery.assess(data_dir, open_error(data_dir, clock))
    assert found == recovery.Unavailable(
        live, "the disk is full", "Free some space on the disk, then try again."
    )
    assert_left_as_it_was(data_dir, before)
    filler.unlink()  # the person frees some space and chooses Try again
    store = open_store(data_dir, clock)
    store.close()
    assert live_doses(live) == logged


def test_a_file_you_may_not_read_at_start_is_said_plainly_and_left_as_it_is(
    history: int, data_dir: Path, clock: FakeClock
) -> None:
    live = data_dir / DATA_FILE_NAME
    before = digest(live)
    live.chmod(0)
    try:
        with file_modes_apply():
            found = recovery.assess(data_dir, open_error(data_dir, clock))
    finally:
        live.chmod(0o600)
    assert isinstance(found, recovery.Unavailable)
    assert found.reason == "the system does not let you read or change the data file"
    assert found.advice == (
        f"Make sure the files in {data_dir} are yours to read and change, then try again."
    )
    assert_left_as_it_was(data_dir, before)


def test_a_file_another_program_holds_at_start_is_said_plainly_and_left_as_it_is(
    history: int, data_dir: Path, clock: FakeClock
) -> None:
    live = data_dir / DATA_FILE_NAME
    before, doses = digest(live), live_doses(live)
    with held_exclusively(live):
        found = recovery.assess(data_dir, open_error(data_dir, clock))
    assert isinstance(found, recovery.Unavailable)
    assert found.reason == "another program is using the data file"
    assert_left_as_it_was(data_dir, before)
    store = open_store(data_dir, clock)  # let go of: the same file opens, nothing lost
    store.close()
    assert live_doses(live) == doses


# -- set-aside files stay within reach (issue 16, item 2) --------------------------------------


def test_set_aside_files_are_listed_with_their_dates_and_doses(
    history: int, data_dir: Path, clock: FakeClock
) -> None:
    live = data_dir / DATA_FILE_NAME
    # A healthy file that an older version moved aside for a full disk, and today's damage.
    healthy = data_dir / "companion-damaged-20260301T080000Z.db"
    shutil.copy(live, healthy)
    damage_a_page(live)
    recovery.recover(data_dir, clock, None)
    listed = {b.path.name: b for b in bk.list_backups(data_dir) if b.kind == "damaged"}
    assert sorted(listed) == [healthy.name, "companion-damaged-20260310T090000Z.db"]
    old = listed[healthy.name]
    assert old.restorable and old.doses == history + 3
    assert old.describe_kind() == "Data file set aside at start"
    today = listed["companion-damaged-20260310T090000Z.db"]
    assert not today.restorable and "damaged" in (today.problem or "")
    assert today.taken_utc == clock.now()
    # The healthy one can be restored from the list, as any backup can.
    restored = bk.restore_backup(data_dir, old.path, clock)
    assert restored.facts.doses == history + 3
    assert live_doses(live) == history + 3
