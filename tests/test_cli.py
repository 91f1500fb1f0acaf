"""The command line as packaging checks and people use it: --version, --self-test, --data-dir."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from baclofen_companion import __version__
from baclofen_companion.store import DATA_FILE_NAME
from tests.store.test_database import make_newer_file

ENTRY_POINT = Path(sys.executable).parent / (
    "baclofen-companion.exe" if sys.platform == "win32" else "baclofen-companion"
)


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "baclofen_companion", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
        check=False,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"baclofen-companion {__version__}"


def test_self_test_creates_and_checks_the_store(tmp_path: Path) -> None:
    result = run("--self-test", "--data-dir", str(tmp_path / "fresh"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "self-test ok"
    assert (tmp_path / "fresh" / DATA_FILE_NAME).stat().st_size > 0


def test_the_installed_gui_script_runs_the_self_test(tmp_path: Path) -> None:
    assert ENTRY_POINT.exists(), "pip install should create the baclofen-companion script"
    result = subprocess.run(
        [str(ENTRY_POINT), "--self-test", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "self-test ok"


def test_data_dir_from_the_environment(tmp_path: Path) -> None:
    target = tmp_path / "from-env"
    result = run("--self-test", env={"BACLOFEN_COMPANION_DATA_DIR": str(target)})
    assert result.returncode == 0, result.stderr
    assert (target / DATA_FILE_NAME).exists()


def test_self_test_refuses_a_newer_file_and_leaves_it_alone(tmp_path: Path) -> None:
    path = tmp_path / DATA_FILE_NAME
    make_newer_file(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run("--self-test", "--data-dir", str(tmp_path))
    assert result.returncode != 0
    assert "newer version of Baclofen Companion" in result.stderr
    assert "self-test ok" not in result.stdout
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_self_test_reports_a_damaged_file(tmp_path: Path) -> None:
    (tmp_path / DATA_FILE_NAME).write_bytes(b"garbage" * 500)
    result = run("--self-test", "--data-dir", str(tmp_path))
    assert result.returncode != 0
    assert "damaged" in result.stderr


def test_backup_and_restore_from_the_command_line(tmp_path: Path) -> None:
    from baclofen_companion.core.clock import SystemClock
    from baclofen_companion.store import open_store
    from tests.conftest import BACLOFEN, DAY, HOME_TZ, LABEL_START

    data = tmp_path / "data"
    store = open_store(data, SystemClock())
    store.add_person_with_medicine("Sam", HOME_TZ, BACLOFEN, LABEL_START, DAY)
    store.close()
    copy = tmp_path / "copy.db"
    made = run("backup", "--out", str(copy), "--data-dir", str(data))
    assert made.returncode == 0, made.stderr
    assert copy.stat().st_size > 0 and (copy.stat().st_mode & 0o777) == 0o600
    # Someone renames Sam; restoring the copy brings the old name back.
    store = open_store(data, SystemClock())
    store.conn.execute("UPDATE profiles SET name = 'Changed'")
    store.close()
    back = run("restore", str(copy), "--data-dir", str(data))
    assert back.returncode == 0, back.stderr
    store = open_store(data, SystemClock())
    assert [p.name for p in store.profiles()] == ["Sam"]
    store.close()
    assert list((data / "backups").glob("*.db")), "the replaced file was backed up first"


def test_a_file_where_the_data_folder_should_be_is_named_plainly(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    result = run("--self-test", "--data-dir", str(blocker))
    assert result.returncode == 2
    assert "a file has that name, not a folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert blocker.read_text() == "not a folder"


def test_without_a_desktop_it_says_so_plainly(tmp_path: Path) -> None:
    """Seen on main: Qt's misleading "xcb-cursor0 is needed" and an abort (exit 134)."""
    if not sys.platform.startswith("linux"):
        return
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "baclofen_companion", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "needs a graphical desktop" in result.stderr
    assert "command-line commands work without one" in result.stderr
    assert "xcb" not in result.stderr
    assert not (tmp_path / DATA_FILE_NAME).exists()  # nothing was opened
    # The commands still run: this one says there is nothing to back up, not "no desktop".
    command = ["backup", "--data-dir", str(tmp_path), "--out", str(tmp_path / "copy.db")]
    backup = subprocess.run(
        [sys.executable, "-m", "baclofen_companion", *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert "no data file" in backup.stderr and "graphical" not in backup.stderr
