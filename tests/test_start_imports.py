"""What starting the app loads: nothing it does not need to show the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from baclofen_companion.store import open_store
from tests.conftest import BACLOFEN, DAY, HOME_TZ, LABEL_START, FakeClock

# The app's own start (--self-test opens the file and builds the main window), then a look at
# what Python imported on the way.
PROBE = """
import sys
from baclofen_companion.app import main
code = main(["--self-test", "--data-dir", sys.argv[1]])
print(sorted({name.partition(".")[0] for name in sys.modules} & set(sys.argv[2:])))
sys.exit(code)
"""


def test_starting_the_main_window_imports_no_sqlite_utils(tmp_path: Path, clock: FakeClock) -> None:
    store = open_store(tmp_path, clock)
    store.add_person_with_medicine("Sam", HOME_TZ, BACLOFEN, LABEL_START, DAY)
    store.close()
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path), "sqlite_utils"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["self-test ok", "[]"]
