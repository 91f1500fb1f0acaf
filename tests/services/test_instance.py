"""One instance per data folder: a second launch raises the first and exits 0 (two processes)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from baclofen_companion.core.clock import SystemClock
from baclofen_companion.services.instance import SingleInstance, server_name
from baclofen_companion.services.logbook import LOG_FILE_NAME
from baclofen_companion.store import open_store
from tests.conftest import BACLOFEN, DAY, HOME_TZ, LABEL_START


def launch(data_dir: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "baclofen_companion", "--data-dir", str(data_dir)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(predicate, timeout: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_a_second_launch_raises_the_first_and_exits_0(tmp_path: Path) -> None:
    store = open_store(tmp_path, SystemClock())
    store.add_person_with_medicine("Sam", HOME_TZ, BACLOFEN, LABEL_START, DAY)
    store.close()
    log = tmp_path / LOG_FILE_NAME
    first = launch(tmp_path)
    try:
        assert wait_for(lambda: log.exists() and "started" in log.read_text()), (
            "first never started"
        )
        second = launch(tmp_path)
        _, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert wait_for(lambda: "raised by a second launch" in log.read_text(), 10)
        assert first.poll() is None, "the first instance must keep running"
        assert log.read_text().count("started Baclofen Companion") == 1
    finally:
        first.terminate()
        first.communicate(timeout=15)


def test_the_lock_is_per_data_folder(qapp: object, tmp_path: Path) -> None:
    one = SingleInstance(tmp_path / "a")
    two = SingleInstance(tmp_path / "a")
    other = SingleInstance(tmp_path / "b")
    try:
        assert one.acquire()
        assert not two.acquire()
        assert other.acquire()
        assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    finally:
        for instance in (one, two, other):
            instance.release()


def test_a_lock_left_by_a_dead_process_is_taken_over(qapp: object, tmp_path: Path) -> None:
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from baclofen_companion.services.instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "held = SingleInstance(Path(sys.argv[1]))\n"
        "assert held.acquire()\n"
        "os._exit(0)  # dies holding the lock, as a crash would\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=True, timeout=30)
    assert (tmp_path / "companion.lock").exists()
    survivor = SingleInstance(tmp_path)
    try:
        assert survivor.acquire()
    finally:
        survivor.release()


def test_a_stale_lock_whose_pid_now_runs_another_program_does_not_block_start(
    qapp: object, tmp_path: Path
) -> None:
    """The app crashed; after a reboot its PID went to another Python program. Qt sees a live
    process of the same name (python3) and would refuse every start; the lock is taken."""
    from PySide6.QtCore import QLockFile

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        # A lock file as Qt writes it, naming the other program's PID.
        probe = QLockFile(str(tmp_path / "probe.lock"))
        assert probe.tryLock(0)
        lines = (tmp_path / "probe.lock").read_bytes().split(b"\n")
        probe.unlock()
        lines[0] = str(other.pid).encode()
        (data_dir / "companion.lock").write_bytes(b"\n".join(lines))
        instance = SingleInstance(data_dir)
        assert instance.acquire()
        instance.release()
    finally:
        other.kill()
        other.wait()
