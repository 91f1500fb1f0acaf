"""The app's start on a data folder in trouble, as a person meets it (issue 16, items 2 and 3):
the dialogs it shows, in order, the buttons clicked, and what the files hold afterwards."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from baclofen_companion.store import DATA_FILE_NAME
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
