"""Automatic backups: made with SQLite's backup API, private, rotated, listed and restored."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from baclofen_companion.core.diary import DiaryDraft
from baclofen_companion.core.errors import (
    SchemaTooNewError,
    StoreError,
    ValidationError,
)
from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.store import DATA_FILE_NAME, DoseLogFilter, Store, migrations, open_store
from baclofen_companion.store import backups as bk
from tests.conftest import DAY, HOME_TZ, FakeClock

FIXTURES = Path(__file__).parent / "fixtures"
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def log_days(store: Store, profile: Profile, first: date, days: int) -> int:
    """Answer every planned dose of ``days`` days from ``first``; returns how many."""
    meds = store.medications(profile.id)
    versions = store.schedule_versions(m.id for m in meds)
    logged = 0
    for offset in range(days):
        for dose in planned_doses(first + timedelta(offset), profile.id, HOME_TZ, meds, versions):
            store.record_dose(dose, DoseStatus.TAKEN, dose.due, home_tz=HOME_TZ)
            logged += 1
    return logged


def live_doses(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(
            conn.execute("SELECT count(*) FROM dose_events WHERE voided_utc IS NULL").fetchone()[0]
        )
    finally:
        conn.close()


def write_versioned(path: Path, version: int, app_id: int = migrations.APPLICATION_ID) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE dose_events (id INTEGER PRIMARY KEY, voided_utc TEXT)")
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


# -- making a backup ----------------------------------------------------------------------------


@posix_only
def test_a_backup_is_a_private_single_file_copy(
    store: Store, sam: tuple[Profile, Medication], data_dir: Path, clock: FakeClock
) -> None:
    logged = log_days(store, sam[0], DAY - timedelta(days=2), 3)
    path = bk.make_backup(store, data_dir, clock, bk.DAILY)
    assert path.parent == data_dir / "backups"
    assert path.name == "companion-daily-20260310T070000Z.db"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert live_doses(path) == logged == 9
    # A single self-contained file: rollback journal, nothing left beside it.
    assert path.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    copy = sqlite3.connect(path)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT name FROM profiles").fetchall() == [("Sam",)]
    copy.close()


def test_a_backup_holds_only_committed_doses(
    store: Store, sam: tuple[Profile, Medication], data_dir: Path, clock: FakeClock
) -> None:
    log_days(store, sam[0], DAY, 1)
    other = sqlite3.connect(data_dir / DATA_FILE_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE dose_events SET voided_utc = 'x'")
    path = bk.make_backup(store, data_dir, clock, bk.MANUAL)
    other.execute("ROLLBACK")
    other.close()
    assert live_doses(path) == 3


def test_two_backups_in_one_second_both_stay(
    store: Store, data_dir: Path, clock: FakeClock
) -> None:
    first = bk.make_backup(store, data_dir, clock, bk.MANUAL)
    second = bk.make_backup(store.conn, data_dir, clock, bk.MANUAL)
    assert first != second
    assert second.name == "companion-manual-20260310T070000Z-2.db"
    assert [b.path for b in bk.list_backups(data_dir)] == [second, first]


@pytest.mark.parametrize("kind", ["", "Daily", "daily backup", "../x", "a--b", "-a", "x" * 41])
def test_a_bad_kind_is_refused(store: Store, data_dir: Path, clock: FakeClock, kind: str) -> None:
    with pytest.raises(ValidationError) as err:
        bk.make_backup(store, data_dir, clock, kind)
    assert err.value.field == "backup kind"
    assert not (data_dir / "backups").exists()


def test_a_backup_that_cannot_be_written_is_a_store_error(
    store: Store, data_dir: Path, clock: FakeClock
) -> None:
    (data_dir / "backups").write_text("a file where the folder should be")
    with pytest.raises(StoreError, match="could not be written"):
        bk.make_backup(store, data_dir, clock, bk.DAILY)


# -- listing ------------------------------------------------------------------------------------


def test_list_shows_dates_kinds_counts_and_problems(
    data_dir: Path, clock: FakeClock, tmp_path: Path
) -> None:
    # An old file is upgraded: open_store leaves a v1-before-upgrade backup.
    data_dir.mkdir()
    shutil.copy(FIXTURES / "companion-v1.db", data_dir / DATA_FILE_NAME)
    v1_doses = live_doses(FIXTURES / "companion-v1.db")
    store = open_store(data_dir, clock)
    clock.advance(timedelta(hours=1))
    daily = bk.make_backup(store, data_dir, clock, bk.DAILY)
    person = store.profiles()[0]
    for note in ("stiff", "better"):
        store.diary.add(person.id, DiaryDraft(clock.now(), person.home_tz, note=note))
    store.diary.delete(store.diary.add(person.id, DiaryDraft(clock.now(), "UTC", pain=1)).id)
    clock.advance(timedelta(hours=1))
    with_diary = bk.make_backup(store, data_dir, clock, bk.MANUAL)
    store.close()
    folder = data_dir / "backups"
    write_versioned(folder / "companion-daily-20300101T000000Z.db", migrations.SCHEMA_VERSION + 1)
    (folder / "companion-daily-20290101T000000Z.db").write_bytes(b"not a database" * 50)
    write_versioned(folder / "companion-daily-20280101T000000Z.db", 2, app_id=7)
    (folder / "notes.txt").write_text("the person's own file")
    (folder / ".companion-abc.tmp").write_bytes(b"")

    found = bk.list_backups(data_dir)
    by_name = {b.path.name: b for b in found}
    assert [b.taken_utc for b in found] == sorted((b.taken_utc for b in found), reverse=True)
    assert "notes.txt" not in by_name and ".companion-abc.tmp" not in by_name
    upgrade = next(b for b in found if b.kind == "v1-before-upgrade")
    assert upgrade.restorable
    assert upgrade.facts is not None and upgrade.facts.schema_version == 1
    assert upgrade.doses == v1_doses > 0
    assert upgrade.diary_entries is None
    assert upgrade.describe_kind() == "Saved before an upgrade (data version 1)"
    assert by_name[daily.name].taken_utc == datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    assert (by_name[daily.name].doses, by_name[daily.name].diary_entries) == (v1_doses, 0)
    assert by_name[with_diary.name].diary_entries == 2
    newer = by_name["companion-daily-20300101T000000Z.db"]
    assert not newer.restorable and "newer version" in (newer.problem or "")
    assert "damaged" in (by_name["companion-daily-20290101T000000Z.db"].problem or "")
    foreign = by_name["companion-daily-20280101T000000Z.db"]
    assert "not a Baclofen Companion data file" in (foreign.problem or "")
    # Listing changes nothing: no -wal/-shm appear beside the backups.
    assert not list(folder.glob("*-wal")) and not list(folder.glob("*-shm"))


def test_no_backups_folder_lists_nothing(data_dir: Path) -> None:
    assert bk.list_backups(data_dir) == []
    assert bk.newest(data_dir) is None


# -- daily backups and rotation -----------------------------------------------------------------


def test_backup_if_due_makes_one_a_day(store: Store, data_dir: Path, clock: FakeClock) -> None:
    first = bk.backup_if_due(store, data_dir, clock)
    assert first is not None
    clock.advance(timedelta(hours=23, minutes=59))
    assert bk.backup_if_due(store, data_dir, clock) is None
    clock.advance(timedelta(minutes=1))
    second = bk.backup_if_due(store, data_dir, clock)
    assert second is not None and second != first
    assert bk.newest(data_dir) == clock.now()


def test_a_backup_dated_in_the_future_does_not_stop_backups(
    store: Store, data_dir: Path, clock: FakeClock
) -> None:
    clock.advance(timedelta(days=400))  # the computer's clock was a year out
    bk.backup_if_due(store, data_dir, clock)
    clock.advance(timedelta(days=-400))
    assert bk.backup_if_due(store, data_dir, clock) is not None


def test_rotation_keeps_seven_days_and_four_weeks_and_every_special_backup(
    store: Store, data_dir: Path, clock: FakeClock
) -> None:
    upgrade = bk.make_backup(store, data_dir, clock, "v1-before-upgrade")
    before_restore = bk.make_backup(store, data_dir, clock, bk.BEFORE_RESTORE)
    manual = bk.make_backup(store, data_dir, clock, bk.MANUAL)
    made: list[datetime] = []
    for _ in range(60):
        clock.advance(timedelta(days=1))
        # Two starts on some days: only the first makes a backup.
        assert bk.backup_if_due(store, data_dir, clock) is not None
        made.append(clock.now())
        assert bk.backup_if_due(store, data_dir, clock) is None

    left = bk.list_backups(data_dir)
    dailies = sorted(b.taken_utc for b in left if b.kind == bk.DAILY)
    last_seven = made[-7:]
    weeks: dict[tuple[int, int], datetime] = {}
    for when in made:
        iso = when.date().isocalendar()
        weeks[(iso.year, iso.week)] = when  # the newest of each week
    last_four_weeks = [weeks[w] for w in sorted(weeks)[-4:]]
    assert set(last_seven) | set(last_four_weeks) <= set(dailies)
    # And a good copy a little over a month old, and the one that will take its place.
    month_ago = clock.now() - bk.KEEP_GOOD_OLDER_THAN
    [month_old] = [d for d in dailies if d <= month_ago]
    assert month_ago - month_old < timedelta(days=7)
    assert len(dailies) <= 7 + 4 + 2
    assert {upgrade, before_restore, manual} <= {b.path for b in left}


def test_rotation_clears_only_stale_temp_files(
    store: Store, data_dir: Path, clock: FakeClock
) -> None:
    folder = data_dir / "backups"
    folder.mkdir(parents=True)
    stale = folder / ".companion-crashed.tmp"
    fresh = folder / ".companion-writing.tmp"
    stale.write_bytes(b"half a copy")
    fresh.write_bytes(b"being written")
    two_hours_ago = datetime.now(UTC).timestamp() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    bk.backup_if_due(store, data_dir, clock)
    assert not stale.exists()
    assert fresh.exists()


# -- restoring ----------------------------------------------------------------------------------


@posix_only
def test_restore_puts_the_backup_back_and_keeps_the_current_data(
    store: Store, sam: tuple[Profile, Medication], data_dir: Path, clock: FakeClock
) -> None:
    early = log_days(store, sam[0], DAY - timedelta(days=3), 2)
    backup = bk.make_backup(store, data_dir, clock, bk.DAILY)
    later = early + log_days(store, sam[0], DAY - timedelta(days=1), 2)
    store.close()
    clock.advance(timedelta(minutes=5))

    result = bk.restore_backup(data_dir, backup, clock)

    live = data_dir / DATA_FILE_NAME
    assert stat.S_IMODE(live.stat().st_mode) == 0o600
    assert not live.with_name(live.name + "-wal").exists()
    assert result.facts.doses == early
    assert result.saved_current is not None
    assert result.saved_current.name == "companion-before-restore-20260310T070500Z.db"
    assert stat.S_IMODE(result.saved_current.stat().st_mode) == 0o600
    assert live_doses(result.saved_current) == later
    reopened = open_store(data_dir, clock)
    try:
        assert reopened.integrity_check() == "ok"
        assert reopened.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert live_doses(live) == early
        assert [p.name for p in reopened.profiles()] == ["Sam"]
    finally:
        reopened.close()
    # And back again: the restore is itself undoable.
    bk.restore_backup(data_dir, result.saved_current, clock)
    assert live_doses(live) == later


def test_restore_into_an_empty_folder(
    store: Store, sam: tuple[Profile, Medication], data_dir: Path, clock: FakeClock, tmp_path: Path
) -> None:
    logged = log_days(store, sam[0], DAY, 1)
    backup = bk.make_backup(store, data_dir, clock, bk.MANUAL)
    elsewhere = tmp_path / "new-computer"
    result = bk.restore_backup(elsewhere, backup, clock)
    assert result.saved_current is None
    assert live_doses(elsewhere / DATA_FILE_NAME) == logged


def test_an_older_backup_is_upgraded_when_opened(data_dir: Path, clock: FakeClock) -> None:
    bk.restore_backup(data_dir, FIXTURES / "companion-v1.db", clock)
    store = open_store(data_dir, clock)
    try:
        assert migrations.user_version(store.conn) == migrations.SCHEMA_VERSION
        assert [p.name for p in store.profiles()] == ["Sam", "Alex"]
    finally:
        store.close()


def test_restore_refuses_while_the_data_file_is_open(
    store: Store, sam: tuple[Profile, Medication], data_dir: Path, clock: FakeClock
) -> None:
    backup = bk.make_backup(store, data_dir, clock, bk.DAILY)
    logged = log_days(store, sam[0], DAY, 1)
    with pytest.raises(StoreError, match="still open"):
        bk.restore_backup(data_dir, backup, clock)
    assert store.count_log(DoseLogFilter(sam[0].id)) == logged


@pytest.mark.parametrize("problem", ["newer", "damaged", "foreign", "itself", "missing", "folder"])
def test_restore_refuses_a_bad_file_and_changes_nothing(
    store: Store,
    sam: tuple[Profile, Medication],
    data_dir: Path,
    clock: FakeClock,
    tmp_path: Path,
    problem: str,
) -> None:
    log_days(store, sam[0], DAY, 1)
    store.close()
    live = data_dir / DATA_FILE_NAME
    before = digest(live)
    bad = tmp_path / "bad.db"
    if problem == "newer":
        write_versioned(bad, migrations.SCHEMA_VERSION + 1)
    elif problem == "damaged":
        good = tmp_path / "good.db"
        shutil.copy(live, good)
        data = bytearray(good.read_bytes())
        data[4096 * 2 : 4096 * 2 + 200] = b"\xff" * 200  # a page in the middle, header intact
        bad.write_bytes(bytes(data))
    elif problem == "foreign":
        write_versioned(bad, 1, app_id=0)
    elif problem == "itself":
        bad = live
    elif problem == "folder":
        bad = tmp_path
    expected = SchemaTooNewError if problem == "newer" else StoreError
    error: type[Exception] = (
        ValidationError if problem in ("itself", "missing", "folder") else expected
    )
    with pytest.raises(error) as err:
        bk.restore_backup(data_dir, bad, clock)
    assert str(err.value)
    assert digest(live) == before
    assert not (data_dir / "backups").exists()


# -- names, fuzzed ------------------------------------------------------------------------------


@given(st.text(max_size=80))
def test_parsing_any_name_gives_a_result_or_a_validation_error(name: str) -> None:
    try:
        kind, when = bk.parse_backup_name(name)
    except ValidationError as err:
        assert err.field == "backup name" and err.message
        return
    assert name.startswith(f"companion-{kind}-") and when.tzinfo is UTC


@given(
    st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True),
    st.datetimes(
        min_value=datetime(1970, 1, 2), max_value=datetime(9998, 12, 31), timezones=st.just(UTC)
    ),
    st.integers(min_value=1, max_value=9999),
)
def test_names_round_trip(kind: str, when: datetime, seq: int) -> None:
    name = bk.backup_name(kind, when, seq)
    assert bk.parse_backup_name(name) == (kind, when.replace(microsecond=0))


@given(st.text(max_size=60))
def test_any_kind_is_accepted_or_refused_with_a_message(kind: str) -> None:
    try:
        assert bk.check_kind(kind) == kind
    except ValidationError as err:
        assert err.field == "backup kind" and err.message


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=150)
@given(st.text(max_size=120))
def test_any_restore_path_gives_a_typed_error(tmp_path: Path, text: str) -> None:
    try:
        bk.check_restore_source(tmp_path / text, tmp_path / "data")
    except ValidationError as err:
        assert err.field == "file" and err.message
    except StoreError as err:
        assert str(err)


# -- damage is not copied over the good backups (issue 16, item 2) ------------------------------


def wreck_a_page(path: Path) -> None:
    """Bytes inverted inside a b-tree page, the header left whole: silent damage."""
    data = bytearray(path.read_bytes())
    start = len(data) // 4096 // 2 * 4096  # the start of a page in the middle of the file
    data[start : start + 200] = bytes(b ^ 0xFF for b in data[start : start + 200])
    path.write_bytes(bytes(data))


def test_a_daily_backup_of_a_damaged_file_is_not_kept(
    store: Store, sam: tuple[Profile, Medication], data_dir: Path, clock: FakeClock
) -> None:
    log_days(store, sam[0], DAY - timedelta(days=30), 30)
    good = bk.make_backup(store, data_dir, clock, bk.DAILY)
    store.close()
    live = data_dir / DATA_FILE_NAME
    wreck_a_page(live)
    # The damage came while the app ran: its connection is already open.
    conn = sqlite3.connect(live)
    try:
        clock.advance(timedelta(days=1))
        with pytest.raises(StoreError, match="damaged") as err:
            bk.make_backup(conn, data_dir, clock, bk.DAILY)
    finally:
        conn.close()
    assert "this backup was not kept" in str(err.value)
    assert sorted((data_dir / "backups").iterdir()) == [good]  # no copy, no temp file left


def test_rotation_keeps_the_newest_good_backup_however_old(
    store: Store, data_dir: Path, clock: FakeClock
) -> None:
    """Damage copied into every daily backup for five weeks (as backups made before the check
    did): the last good copy is not rotated away."""
    folder = data_dir / "backups"
    made = []
    for _ in range(40):
        made.append(bk.make_backup(store, data_dir, clock, bk.DAILY))
        clock.advance(timedelta(days=1))
    for path in made[4:]:
        wreck_a_page(path)
    bk.rotate(data_dir, now=clock.now())
    left = set(folder.iterdir())
    assert made[3] in left  # the newest good one, 37 days old
    assert bk.read_facts(made[3], check=True).schema_version == migrations.SCHEMA_VERSION


def test_rotation_keeps_a_good_copy_older_than_a_month(
    store: Store, data_dir: Path, clock: FakeClock
) -> None:
    made = []
    for _ in range(60):
        made.append(bk.make_backup(store, data_dir, clock, bk.DAILY))
        clock.advance(timedelta(days=1))
    bk.rotate(data_dir, now=clock.now())
    kept = [b for b in bk.list_backups(data_dir) if b.kind == bk.DAILY]
    month_ago = clock.now() - bk.KEEP_GOOD_OLDER_THAN
    older = [b for b in kept if b.taken_utc <= month_ago]
    assert len(older) == 1
    assert older[0].path == max(
        (p for p in made if bk.parse_backup_name(p.name)[1] <= month_ago),
        key=lambda p: bk.parse_backup_name(p.name)[1],
    )
