"""A logout or shutdown sends SIGTERM: the app quits cleanly and the next start is not blocked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from baclofen_companion.store import open_store
from tests.conftest import BACLOFEN, DAY, HOME_TZ, LABEL_START, FakeClock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no SIGTERM on Windows")


def test_sigterm_quits_cleanly_and_frees_the_data_folder(data_dir: Path, clock: FakeClock) -> None:
    store = open_store(data_dir, clock, lambda: HOME_TZ)
    store.add_person_with_medicine("Sam", HOME_TZ, BACLOFEN, LABEL_START, DAY)
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-m", "baclofen_companion", "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = data_dir / "companion.log"
    try:
        deadline = time.monotonic() + 30
        while "started" not in (log.read_text() if log.exists() else ""):
            assert app.poll() is None, app.communicate()[1]
            assert time.monotonic() < deadline, "the app did not start"
            time.sleep(0.1)
        time.sleep(1.0)  # into the event loop
        app.send_signal(signal.SIGTERM)
        _, stderr = app.communicate(timeout=20)
        code = app.returncode
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert code == 0, stderr
    text = log.read_text()
    assert "quitting on SIGTERM" in text and text.rstrip().endswith("quit")
    # The folder is free at once: a self-test (which needs the lock) passes.
    again = subprocess.run(
        [sys.executable, "-m", "baclofen_companion", "--data-dir", str(data_dir), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert again.returncode == 0, again.stderr
