"""How instants and slot times are written in the data file: UTC ISO-8601 to the second for
instants, 'HH:MM' for a slot's wall time, and read back."""

from __future__ import annotations

from datetime import UTC, datetime, time

EPOCH = datetime.min.replace(tzinfo=UTC)
"""Stands in for an instant a NOT NULL column should hold but does not (an old file)."""


def to_iso(instant: datetime) -> str:
    return instant.astimezone(UTC).isoformat(timespec="seconds")


def from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def maybe_iso(instant: datetime | None) -> str | None:
    """An instant that may be absent (a dose not taken), as stored."""
    return to_iso(instant) if instant else None


def maybe_from_iso(text: str | None) -> datetime | None:
    return from_iso(text) if text else None


def slot_text(t: time) -> str:
    """A slot's wall time as stored: '08:00'."""
    return f"{t:%H:%M}"
