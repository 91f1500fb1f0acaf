"""What every command shares: its exit codes, how it reads a day, and which names it can write."""

from __future__ import annotations

import argparse
import os
from datetime import date
from enum import IntEnum
from pathlib import Path

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)
"""The days --from and --to may name: a lifetime of doses either way, with room for the
arithmetic of zones and weeks (date.min and date.max themselves overflow it)."""
TEMP_NAME_ROOM = 16
"""A file is written as a hidden temp beside it, ".NAME.xxxxxxxx.tmp": 14 bytes more."""


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # the data could not be read or the file not written
    BAD_ARGUMENTS = 2  # a wrong date, an unknown person, the live data file as output
    IN_USE = 3  # the app is running on this data folder


def parse_day(text: str) -> date:
    """A --from/--to value: an ISO date such as 2026-03-10."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-10"
        ) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"{text} is out of range; give a day from {FIRST_DAY} to {LAST_DAY}"
        )
    return day


def unusable_name(out: Path) -> str | None:
    """Why ``out`` cannot be the name of a file written here, or None when it can: checked
    before any work, so a bad name fails with a reason and leaves no hidden temp file."""
    try:
        name = os.fsencode(out.name)
    except (UnicodeError, ValueError):
        return "the name holds characters this system cannot store"
    if b"\0" in os.fsencode(os.fspath(out)):
        return "the name holds a NUL character"
    try:
        longest = os.pathconf(out.parent if str(out.parent) else ".", "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        longest = 255
    room = longest - TEMP_NAME_ROOM
    if len(name) > room:
        return f"the file name is too long (at most {room} bytes)"
    return None


def shown(path: Path) -> str:
    """A path as a terminal can print it: bytes that are not UTF-8 become "\ufffd"."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
