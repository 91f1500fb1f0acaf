"""A reminder reaches a real notification daemon (dunst) over a real D-Bus session bus."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from baclofen_companion.core.clock import SystemClock
from baclofen_companion.core.model import DoseSlot
from baclofen_companion.services.logbook import LOG_FILE_NAME
from baclofen_companion.store import open_store
from tests.conftest import BACLOFEN

pytestmark = pytest.mark.e2e


def dunstctl(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        ["dunstctl", *args], env=env, capture_output=True, text=True, check=True, timeout=10
    ).stdout


def received(env: dict[str, str]) -> list[dict[str, str]]:
    """Every notification dunst has had, as {summary, body, appname}."""
    dunstctl(env, "close-all")  # displayed ones move into the history
    data = json.loads(dunstctl(env, "history"))["data"][0]
    keys = ("summary", "body", "appname", "icon_path", "timeout")
    return [{k: str(n[k]["data"]) for k in keys} for n in data]


def test_a_due_dose_reaches_the_notification_daemon(dunst: dict[str, str], tmp_path: Path) -> None:
    now = datetime.now(UTC)
    slot = (now + timedelta(minutes=1)).replace(second=0, microsecond=0)
    store = open_store(tmp_path, SystemClock())
    store.add_person_with_medicine(
        "Sam", "UTC", BACLOFEN, (DoseSlot(slot.time(), 5.0),), now.date()
    )
    store.close()
    app = subprocess.Popen(
        [sys.executable, "-m", "baclofen_companion", "--data-dir", str(tmp_path)],
        env=dunst,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 100
        shown: list[dict[str, str]] = []
        while time.monotonic() < deadline and not shown:
            assert app.poll() is None, f"the app exited: {app.communicate()[1]}"
            if int(dunstctl(dunst, "count", "displayed") or 0) > 0:
                shown = received(dunst)
            time.sleep(0.5)
        assert shown, "no notification reached dunst within 100 s"
        [note] = shown
        assert note["summary"] == "Sam — Baclofen 5 mg"
        assert "5 mg — ½ tablet" in note["body"]
        assert "May be taken with food or milk" in note["body"]
        assert note["appname"] == "Baclofen Companion"
        # The app's own D-Bus path: an icon and an expiry (plyer's call had neither, #15).
        assert note["icon_path"].endswith(".png")
        assert int(note["timeout"]) > 0
        log = (tmp_path / LOG_FILE_NAME).read_text()
        assert "reminder delivered by freedesktop" in log
    finally:
        app.terminate()
        app.communicate(timeout=15)
