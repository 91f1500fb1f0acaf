"""Every file the app writes is its owner's only, whatever the umask (issue 16, item 7): the
log and its rotations, ui-settings.ini, the packing list; and a data folder or file left
readable by others is tightened when the app opens it. (The report PDF: tests/test_report.py.)
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.render.packing_list import write_pdf
from baclofen_companion.services.logbook import LOG_FILE_NAME, close_log, open_log
from baclofen_companion.store import DATA_FILE_NAME, Store, open_store
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import FakeClock

UMASKS = [0o000, 0o022]


@contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mask", UMASKS)
def test_the_log_and_its_rotations_are_owner_only(tmp_path: Path, mask: int) -> None:
    with umask(mask):
        logger = open_log(tmp_path)
        try:
            # Over 1 MB: the log (capped at 500 KB) rotates twice, opening a new file each time.
            for n in range(3000):
                logger.info("Sam took baclofen 5 mg at 08:00 (%d) %s", n, "x" * 400)
        finally:
            close_log()
    logs = sorted(p.name for p in tmp_path.iterdir())
    assert logs == [LOG_FILE_NAME, f"{LOG_FILE_NAME}.1", f"{LOG_FILE_NAME}.2"]
    assert {name: mode(tmp_path / name) for name in logs} == dict.fromkeys(logs, 0o600)


def test_a_log_left_readable_by_others_is_tightened(tmp_path: Path) -> None:
    for name in (LOG_FILE_NAME, f"{LOG_FILE_NAME}.1"):
        (tmp_path / name).write_text("from an older version\n")
        (tmp_path / name).chmod(0o644)
    open_log(tmp_path)
    close_log()
    assert mode(tmp_path / LOG_FILE_NAME) == 0o600
    assert mode(tmp_path / f"{LOG_FILE_NAME}.1") == 0o600


@pytest.mark.parametrize("mask", UMASKS)
def test_ui_settings_are_owner_only(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    sam: tuple[Profile, Medication],
    mask: int,
) -> None:
    with umask(mask):
        window = MainWindow(store, clock, data_dir)
        qtbot.addWidget(window)
        window.show()
        window.close()  # keeps its size in ui-settings.ini
    settings = data_dir / "ui-settings.ini"
    assert "geometry" in settings.read_text()
    assert mode(settings) == 0o600


@pytest.mark.parametrize("mask", UMASKS)
def test_the_packing_list_is_owner_only(qtbot: QtBot, tmp_path: Path, mask: int) -> None:
    out = tmp_path / "packing-list.pdf"
    with umask(mask):
        write_pdf("<h1>Packing list</h1><p>Baclofen 10 mg: 42 tablets</p>", out, "Packing list")
    assert out.read_bytes().startswith(b"%PDF")
    assert mode(out) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["packing-list.pdf"]


def test_a_loose_data_folder_and_file_are_tightened_at_start(
    tmp_path: Path, clock: FakeClock
) -> None:
    folder = tmp_path / "data"
    open_store(folder, clock).close()
    # As an older version left them, or as a file copied in by hand lands.
    folder.chmod(0o755)
    (folder / DATA_FILE_NAME).chmod(0o644)
    (folder / "backups").mkdir(mode=0o755)
    (folder / "backups").chmod(0o755)
    store = open_store(folder, clock)
    try:
        assert mode(folder) == 0o700
        assert mode(folder / "backups") == 0o700
        assert {p.name: mode(p) for p in folder.glob(f"{DATA_FILE_NAME}*")} == {
            DATA_FILE_NAME: 0o600,
            f"{DATA_FILE_NAME}-wal": 0o600,
            f"{DATA_FILE_NAME}-shm": 0o600,
        }
    finally:
        store.close()
