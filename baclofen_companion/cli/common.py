"""What every command shares: its exit codes and how it reads a day."""

from __future__ import annotations

import argparse
from datetime import date
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1  # the data could not be read or the file not written
    BAD_ARGUMENTS = 2  # a wrong date, an unknown person, the live data file as output
    IN_USE = 3  # the app is running on this data folder


def parse_day(text: str) -> date:
    """A --from/--to value: an ISO date such as 2026-03-10."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-10"
        ) from None
