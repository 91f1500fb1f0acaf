"""The app's start on a data folder in trouble, as a person meets it (issue 16, items 2 and 3):
the dialogs it shows, in order, the buttons clicked, and what the files hold afterwards."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from baclofen_companion.core.clock import SystemClock
from baclofen_companion.store import DATA_FILE_NAME, open_store
from tests.start_up import flip_bytes_in_the_middle, generated_history, start

GOOD_BACKUP = "companion-daily-20260301T070000Z.db"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def doses(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM dose_events").fetchone()[0])
    finally:
        conn.close()


def history_with_a_backup(tmp_path: Path) -> tuple[Path, int]:
    """A year of generated history and a good daily backup of it."""
    data_dir = tmp_path / "data"
    live = generated_history(data_dir)
    (data_dir / "backups").mkdir(mode=0o700)
    shutil.copy(live, data_dir / "backups" / GOOD_BACKUP)
    return data_dir, doses(live)


def test_silent_page_damage_is_said_at_start_and_the_good_backup_restored(
    tmp_path: Path,
) -> None:
    data_dir, logged = history_with_a_backup(tmp_path)
    live = data_dir / DATA_FILE_NAME
    flip_bytes_in_the_middle(live)
    damaged = digest(live)
    shown = start(data_dir, tmp_path / "home", ["Continue"])
    assert shown.dialogs()[:1] == ["RecoveryDialog"], shown.shown + shown.stderr
    assert "Your data file could not be opened." in shown.shown
    assert "damaged" in shown.shown
    assert f"with {logged:,} logged doses" in shown.shown
    assert shown.main_window, shown.shown + shown.stderr
    [kept] = data_dir.glob("companion-damaged-*.db")
    assert digest(kept) == damaged  # the damaged file kept byte for byte
    assert doses(live) == logged  # the backup's history is back


def test_quit_at_the_damage_dialog_writes_nothing(tmp_path: Path) -> None:
    data_dir, _ = history_with_a_backup(tmp_path)
    live = data_dir / DATA_FILE_NAME
    flip_bytes_in_the_middle(live)
    damaged = digest(live)
    shown = start(data_dir, tmp_path / "home", ["Quit"])
    assert shown.dialogs() == ["RecoveryDialog"], shown.shown + shown.stderr
    assert shown.exit_code == 2 and not shown.main_window
    assert digest(live) == damaged
    assert not list(data_dir.glob("companion-damaged-*"))


# -- a missing or empty data file while backups hold good copies (issue 16, item 3) -----------


def lose_the_data_file(data_dir: Path, how: str) -> None:
    live = data_dir / DATA_FILE_NAME
    if how == "missing":
        live.unlink()
    elif how == "empty":
        live.write_bytes(b"")
    else:  # killed during recovery's restore step: set aside, the copy half written
        live.rename(data_dir / "companion-damaged-20260302T080000Z.db")
        (data_dir / ".companion-k1ll3d.tmp").write_bytes(b"SQLite format 3\x00" + b"\x00" * 900)


@pytest.mark.parametrize("how", ["missing", "empty", "killed during restore"])
def test_a_lost_data_file_is_offered_the_newest_good_backup_before_setup(
    tmp_path: Path, how: str
) -> None:
    data_dir, logged = history_with_a_backup(tmp_path)
    lose_the_data_file(data_dir, how)
    shown = start(data_dir, tmp_path / "home", ["Continue"])
    assert shown.dialogs()[:1] == ["RecoveryDialog"], shown.shown + shown.stderr
    heading = "Your data file is empty." if how == "empty" else "Your data file is missing."
    assert heading in shown.shown
    assert f"with {logged:,} logged doses" in shown.shown
    assert "FirstRunDialog" not in shown.dialogs()
    assert shown.main_window, shown.shown + shown.stderr
    assert doses(data_dir / DATA_FILE_NAME) == logged
    assert not list(data_dir.glob(".companion-*.tmp"))  # the killed restore's half copy


def test_hidden_temp_files_left_by_killed_commands_are_removed_at_start(tmp_path: Path) -> None:
    data_dir, logged = history_with_a_backup(tmp_path)
    restore_copy = data_dir / ".companion-r3st0r.tmp"  # a restore killed mid-copy
    backup_copy = data_dir / "backups" / ".companion-b4ckup.tmp"  # a backup killed mid-copy
    for temp in (restore_copy, backup_copy):
        temp.write_bytes((data_dir / DATA_FILE_NAME).read_bytes()[:50_000])
        os.utime(temp, (temp.stat().st_mtime - 120, temp.stat().st_mtime - 120))
    shown = start(data_dir, tmp_path / "home", [])
    assert shown.main_window, shown.shown + shown.stderr
    assert not restore_copy.exists() and not backup_copy.exists()
    assert doses(data_dir / DATA_FILE_NAME) == logged


def test_quit_when_the_data_file_is_missing_creates_none(tmp_path: Path) -> None:
    data_dir, _ = history_with_a_backup(tmp_path)
    lose_the_data_file(data_dir, "missing")
    shown = start(data_dir, tmp_path / "home", ["Quit"])
    assert shown.dialogs() == ["RecoveryDialog"] and shown.exit_code == 2
    assert not (data_dir / DATA_FILE_NAME).exists()


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_the_self_test_fails_on_a_lost_data_file_and_creates_none(tmp_path: Path, how: str) -> None:
    data_dir, _ = history_with_a_backup(tmp_path)
    lose_the_data_file(data_dir, how)
    result = subprocess.run(
        [sys.executable, "-m", "baclofen_companion", "--self-test", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "missing or empty" in result.stderr and "self-test ok" not in result.stdout
    live = data_dir / DATA_FILE_NAME
    assert (live.stat().st_size == 0) if how == "empty" else not live.exists()


def test_the_self_test_fails_on_an_empty_file_without_backups(tmp_path: Path) -> None:
    (tmp_path / DATA_FILE_NAME).write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "-m", "baclofen_companion", "--self-test", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=False,
    )
    assert result.returncode == 1 and "self-test ok" not in result.stdout


def test_a_file_with_no_one_in_it_is_offered_the_history_its_backups_hold(
    tmp_path: Path,
) -> None:
    """Seen after the fixes above: the file lost, setup shown... and quit. The file that setup
    created holds no one; the next start showed setup again and never the backups."""
    data_dir, logged = history_with_a_backup(tmp_path)
    (data_dir / DATA_FILE_NAME).unlink()
    for side in data_dir.glob(f"{DATA_FILE_NAME}-*"):
        side.unlink()
    fresh = tmp_path / "fresh"
    open_store(fresh, SystemClock()).close()
    shutil.copy(fresh / DATA_FILE_NAME, data_dir / DATA_FILE_NAME)
    shown = start(data_dir, tmp_path / "home", ["Continue"])
    assert shown.dialogs()[:1] == ["RecoveryDialog"], shown.shown + shown.stderr
    assert "Your data file holds no one yet." in shown.shown
    assert f"with {logged:,} logged doses" in shown.shown
    assert "FirstRunDialog" not in shown.dialogs()
    assert shown.main_window, shown.shown + shown.stderr
    assert doses(data_dir / DATA_FILE_NAME) == logged
