"""What starting the app loads: nothing it does not need to show the window."""

from __future__ import annotations

import re
from pathlib import Path

from baclofen_companion.store import open_store
from tests.conftest import BACLOFEN, DAY, HOME_TZ, LABEL_START, FakeClock
from tests.test_cli import run


def test_starting_the_main_window_imports_no_sqlite_utils(tmp_path: Path, clock: FakeClock) -> None:
    store = open_store(tmp_path, clock)
    store.add_person_with_medicine("Sam", HOME_TZ, BACLOFEN, LABEL_START, DAY)
    store.close()
    # The app's own start: --self-test opens the file and builds the main window. Python lists
    # every module it imports on the way (-X importtime, set through the environment).
    result = run("--self-test", "--data-dir", str(tmp_path), env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0, result.stderr
    imported = re.findall(r"^import time:.*\| +(\S+)$", result.stderr, flags=re.M)
    assert "baclofen_companion.ui.shell.main_window" in imported
    assert "sqlite3" in imported
    assert [m for m in imported if m.partition(".")[0] == "sqlite_utils"] == []
