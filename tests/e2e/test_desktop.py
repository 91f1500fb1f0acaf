"""The app as a person starts it: a real X display (Xvfb), the xcb platform, a visible window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from baclofen_companion.core.clock import SystemClock
from baclofen_companion.store import open_store
from tests.conftest import BACLOFEN, DAY, HOME_TZ, LABEL_START
from tests.e2e.conftest import gui_env

pytestmark = pytest.mark.e2e


def window_names(display: str) -> str:
    out = subprocess.run(
        ["xwininfo", "-root", "-tree"],
        capture_output=True,
        text=True,
        env={**os.environ, "DISPLAY": display},
        check=True,
        timeout=10,
    )
    return out.stdout


def test_self_test_on_a_real_display(display: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "baclofen_companion", "--self-test", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=gui_env(display),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "self-test ok"


def test_the_main_window_opens_and_stays_open(display: str, tmp_path: Path) -> None:
    store = open_store(tmp_path, SystemClock())
    store.add_person_with_medicine("Sam", HOME_TZ, BACLOFEN, LABEL_START, DAY)
    store.close()
    app = subprocess.Popen(
        [sys.executable, "-m", "baclofen_companion", "--data-dir", str(tmp_path)],
        env=gui_env(display),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if "Sam — Baclofen Companion" in window_names(display):
                break
            assert app.poll() is None, f"the app exited early: {app.communicate()[1]}"
            time.sleep(0.2)
        else:
            pytest.fail("no window titled 'Sam — Baclofen Companion' appeared within 30 s")
        time.sleep(1)
        assert app.poll() is None, "the app closed by itself after showing its window"
        if shutil.which("import"):
            shot = tmp_path / "window.png"
            subprocess.run(
                ["import", "-window", "root", str(shot)],
                env={**os.environ, "DISPLAY": display},
                check=True,
                timeout=30,
            )
            assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        app.terminate()
        _, stderr = app.communicate(timeout=15)
    assert "Traceback" not in stderr
