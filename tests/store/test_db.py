"""The Database under real failures: each SQLite error arrives typed, and a failed write leaves
the file as it was."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from baclofen_companion.core.errors import (
    StorageBugError,
    StorageDamagedError,
    StorageUnavailableError,
    StoreError,
    ValidationError,
)
from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.store import DATA_FILE_NAME, Store, open_store
from baclofen_companion.store.db import Database, storage_error
from tests.conftest import BACLOFEN, DAY, HOME_TZ, LABEL_START, FakeClock
from tests.storage_faults import held_by_another_program


def names(store: Store) -> list[str]:
    return [p.name for p in store.profiles()]


def test_a_file_held_by_another_program_is_said_plainly_and_can_be_tried_again(
    store: Store, sam: tuple[Profile, Medication]
) -> None:
    with held_by_another_program(store), pytest.raises(StorageUnavailableError) as caught:
        store.add_profile("Alex", HOME_TZ)
    assert caught.value.reason == "another program is using the data file"
    assert str(caught.value) == (
        "Baclofen Companion could not save: another program is using the data file. "
        "Nothing was saved. Close the other program that has the data file open "
        "(or wait a moment), then try again."
    )
    assert caught.value.code == "SQLITE_BUSY"
    assert names(store) == ["Sam"]
    store.add_profile("Alex", HOME_TZ)  # once it lets go, the same step simply works
    assert names(store) == ["Sam", "Alex"]


def test_a_full_disk_is_said_plainly_and_the_whole_step_rolls_back(store: Store) -> None:
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    # The person fits in the file; their medicine, with a long note, does not: both go.
    wordy = replace(BACLOFEN, instructions="Take with food. " * 2000)
    with pytest.raises(StorageUnavailableError) as caught:
        store.add_person_with_medicine("Sam", HOME_TZ, wordy, LABEL_START, DAY)
    assert caught.value.reason == "the disk is full"
    assert caught.value.advice == "Free some space on the disk, then try again."
    assert store.profiles() == []
    store.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    store.add_person_with_medicine("Sam", HOME_TZ, wordy, LABEL_START, DAY)
    assert names(store) == ["Sam"]


def test_a_read_only_file_is_said_plainly(store: Store, data_dir: Path, clock: FakeClock) -> None:
    # A read-only connection, not chmod: the tests may run as root, whom modes do not stop.
    conn = sqlite3.connect(f"{store.path.resolve().as_uri()}?mode=ro", uri=True)
    read_only = Store(Database(conn, store.path, clock))
    try:
        with pytest.raises(StorageUnavailableError) as caught:
            read_only.add_profile("Alex", HOME_TZ)
        assert caught.value.reason == "the data file is read-only"
        assert caught.value.advice == (
            f"Make sure you may change the files in {data_dir}, then try again."
        )
        assert read_only.profiles() == []  # reading still works
    finally:
        read_only.close()


def tear(path: Path) -> None:
    """Keep SQLite's 100-byte header and overwrite the rest, the schema included, with junk."""
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.seek(100)
        file.write(b"\xa5" * (size - 100))


@pytest.mark.parametrize("damage", ["garbage", "torn"])
def test_a_damaged_file_is_damage_not_unavailable(
    damage: str, data_dir: Path, clock: FakeClock
) -> None:
    if damage == "garbage":
        data_dir.mkdir()
        (data_dir / DATA_FILE_NAME).write_bytes(b"not a database at all " * 200)
    else:
        opened = open_store(data_dir, clock)
        opened.add_profile("Sam", HOME_TZ)
        opened.conn.execute("PRAGMA journal_mode = DELETE")  # everything in the one file
        opened.close()
        tear(data_dir / DATA_FILE_NAME)
    damaged = Store(Database(sqlite3.connect(data_dir / DATA_FILE_NAME), data_dir, clock))
    try:
        with pytest.raises(StorageDamagedError) as caught:
            damaged.profiles()
        assert caught.value.code == ("SQLITE_NOTADB" if damage == "garbage" else "SQLITE_CORRUPT")
        assert "damaged" in str(caught.value)
        assert "newest good backup" in str(caught.value)
    finally:
        damaged.close()


def test_a_statement_sqlite_refuses_is_a_fault_of_the_app(store: Store) -> None:
    with pytest.raises(StorageBugError) as caught:
        store.db.query("SELECT * FROM no_such_table")
    assert caught.value.code == "SQLITE_ERROR"
    assert "no such table" in caught.value.detail
    assert "no such table" not in str(caught.value)  # SQLite's words go to the log, not the person
    store.close()
    with pytest.raises(StorageBugError):
        store.profiles()  # the sqlite3 module's own errors (a closed connection) too


def test_a_dose_logged_twice_is_still_said_as_such(
    store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, med = sam
    versions = store.schedule_versions([med.id])
    dose = planned_doses(DAY, profile.id, HOME_TZ, [med], versions)[0]
    store.record_dose(dose, DoseStatus.TAKEN, home_tz=HOME_TZ)
    with pytest.raises(StoreError, match=r"The 08:00 dose of .* is already logged"):
        store.record_dose(dose, DoseStatus.SKIPPED, home_tz=HOME_TZ)


def fake(name: str) -> sqlite3.OperationalError:
    err = sqlite3.OperationalError("what SQLite said")
    err.sqlite_errorcode = getattr(sqlite3, name)
    err.sqlite_errorname = name
    return err


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("SQLITE_BUSY_SNAPSHOT", "another program is using the data file"),
        ("SQLITE_LOCKED", "another program is using the data file"),
        ("SQLITE_IOERR_WRITE", "the disk could not be read or written"),
        ("SQLITE_IOERR_FSYNC", "the disk could not be read or written"),
        ("SQLITE_CANTOPEN", "the data file cannot be opened"),
        ("SQLITE_PERM", "the system does not allow changes to the data file"),
        ("SQLITE_READONLY_DBMOVED", "the data file was moved or deleted while the app was open"),
        ("SQLITE_NOMEM", "the computer ran out of memory"),
    ],
)
def test_every_environment_error_has_a_plain_reason(name: str, reason: str) -> None:
    typed = storage_error(fake(name), Path("/data"), saving=False)
    assert isinstance(typed, StorageUnavailableError)
    assert typed.reason == reason
    assert str(typed).startswith(f"Baclofen Companion could not read its data: {reason}.")
    assert "Nothing was saved" not in str(typed)


@pytest.mark.parametrize("name", ["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_MISUSE", "SQLITE_RANGE"])
def test_other_errors_are_faults_of_the_app(name: str) -> None:
    assert isinstance(storage_error(fake(name), Path("/data"), saving=True), StorageBugError)


def test_a_failed_part_of_a_transaction_is_undone_alone(store: Store) -> None:
    with store.db.transaction():
        store.add_profile("Sam", HOME_TZ)
        with pytest.raises(ValidationError):
            # Alex is written, then the medicine is refused: only Alex is taken back.
            store.add_person_with_medicine("Alex", HOME_TZ, BACLOFEN, (), DAY)
    assert names(store) == ["Sam"]
    with pytest.raises(RuntimeError), store.db.transaction():
        store.add_profile("Kim", HOME_TZ)
        raise RuntimeError("the use case failed after this")
    assert names(store) == ["Sam"]
