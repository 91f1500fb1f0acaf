"""How instants are written in the data file: UTC ISO-8601 to the second, and read back."""

from __future__ import annotations

from datetime import UTC, datetime


def to_iso(instant: datetime) -> str:
    return instant.astimezone(UTC).isoformat(timespec="seconds")


def from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)
