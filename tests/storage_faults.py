"""The data file failing for real: another program holding it, a full disk, no permission."""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from baclofen_companion.store import Store
from baclofen_companion.store.database import BUSY_TIMEOUT_MS
from tests.conftest import require

SHORT_WAIT_MS = 50
"""How long the store waits for the held file in a test (the app waits BUSY_TIMEOUT_MS)."""


@contextmanager
def held_by_another_program(store: Store) -> Iterator[None]:
    """Another program holds the data file's write lock, as a database browser with unsaved
    changes does; released (its changes dropped) at the end of the block."""
    store.conn.execute(f"PRAGMA busy_timeout = {SHORT_WAIT_MS}")
    other = sqlite3.connect(store.path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()
        store.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


# -- a full disk, for real: a small tmpfs ------------------------------------------------------


@contextmanager
def small_disk(folder: Path, size_kib: int = 2048) -> Iterator[Path]:
    """A tmpfs of ``size_kib`` mounted at ``folder`` (made here) for the block; root only.

    Skips (fails under BACLOFEN_REQUIRE_E2E=1) where it cannot be mounted: a real full disk
    is the point, and a pretend one would not show what SQLite and Qt do on it.
    """
    require(os.name == "posix" and os.geteuid() == 0, "a tmpfs can only be mounted by root")
    require(shutil.which("mount") is not None, "there is no mount command")
    folder.mkdir(parents=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    require(mounted.returncode == 0, f"a tmpfs cannot be mounted here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def fill(disk: Path) -> Path:
    """Write a filler file until the disk is full; removing it frees the space again."""
    filler = disk / "filler"
    chunk = b"\0" * 4096
    with filler.open("wb", buffering=0) as stream:
        try:
            while True:
                stream.write(chunk)
        except OSError as err:
            assert err.errno == errno.ENOSPC, err
    return filler


# -- a real permission error, also as root -------------------------------------------------------


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


_CAPABILITY_V3 = 0x20080522
_DAC_OVERRIDES = (1 << 1) | (1 << 2)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH


@contextmanager
def file_modes_apply() -> Iterator[None]:
    """File modes stop this thread as they stop a person: as root, the two capabilities that
    let root ignore them are set aside for the block (and taken back after); as anyone else
    there is nothing to do. SQLite runs on the calling thread, so it meets the mode too."""
    if os.name != "posix" or os.geteuid() != 0:
        yield
        return
    libc = ctypes.CDLL(None, use_errno=True)
    header = _CapHeader(_CAPABILITY_V3, 0)
    caps = (_CapData * 2)()
    require(libc.capget(ctypes.byref(header), caps) == 0, "capget is not available here")
    saved = caps[0].effective
    caps[0].effective &= ~_DAC_OVERRIDES
    require(libc.capset(ctypes.byref(header), caps) == 0, "capabilities cannot be set here")
    try:
        yield
    finally:
        caps[0].effective = saved
        assert libc.capset(ctypes.byref(header), caps) == 0, ctypes.get_errno()


@contextmanager
def held_exclusively(path: Path) -> Iterator[None]:
    """Another program holds the whole file, readers too (a database browser in exclusive
    locking mode with a change in progress), until the end of the block."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode = EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("CREATE TABLE held_by_another_program (x)")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()
