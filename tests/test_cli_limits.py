"""The command line at its limits (issue 16, item 9): dates at the ends of the calendar, names
too long or not UTF-8. Each is a one-line reason and an exit code as README says, never a
traceback, and no hidden temp file is left beside the target."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.store import Store
from tests.conftest import DAY
from tests.store.test_backups import log_days

LONG = "x" * 300


@pytest.fixture
def history(store: Store, sam: tuple[Profile, Medication], data_dir: Path) -> Path:
    log_days(store, sam[0], DAY - timedelta(days=2), 3)
    store.close()
    return data_dir


def run(data_dir: Path, *args: str | bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "baclofen_companion", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=cwd,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    "args",
    [
        ["export", "diary", "--out", "a.csv", "--from", "0001-01-01"],
        ["export", "diary", "--out", "a.csv", "--to", "9999-12-31"],
        ["export", "doses", "--out", "a.csv", "--from", "0001-01-01", "--to", "9999-12-31"],
        ["report", "--out", "a.pdf", "--to", "9999-12-31"],
        ["report", "--out", "a.pdf", "--from", "0001-01-01"],
        ["export", "diary", "--out", f"{LONG}.csv"],
        ["export", "doses", "--out", f"{LONG}.csv"],
        ["report", "--out", f"{LONG}.pdf"],
        ["backup", "--out", f"{LONG}.db"],
    ],
    ids=lambda a: " ".join(x[:12] for x in a),
)
def test_out_of_range_dates_and_unusable_names_are_bad_arguments(
    history: Path, tmp_path: Path, args: list[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = run(history, *args, cwd=out)
    err = result.stderr.decode(errors="replace")
    assert result.returncode == 2, err
    assert b"Traceback" not in result.stderr
    # One line says why (argparse puts its usage above a bad date, as for any bad argument).
    reasons = [line for line in err.splitlines() if "out of range" in line or "too long" in line]
    assert len(reasons) == 1, err
    assert list(out.iterdir()) == []  # nothing written, no hidden temp file


@pytest.mark.parametrize("command", [["report", "--out"], ["export", "diary", "--out"]])
def test_a_name_that_is_not_utf8_is_written_as_given(
    history: Path, tmp_path: Path, command: list[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    name = b"r\xff" + (b".pdf" if command[0] == "report" else b".csv")
    result = subprocess.run(
        [sys.executable, "-m", "baclofen_companion", *command, name, "--data-dir", str(history)],
        capture_output=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=out,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    assert os.listdir(os.fsencode(out)) == [name]  # and no hidden .partial or .tmp
