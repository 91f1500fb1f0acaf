"""Safety notes: the warnings a person saw and what they chose, saved with the change they
belong to (never before its last question is answered)."""

from __future__ import annotations

from collections.abc import Sequence

from baclofen_companion.core.safety import SafetyNote
from baclofen_companion.store import Store


def record_notes(store: Store, notes: Sequence[SafetyNote]) -> None:
    """Inside the caller's transaction."""
    for note in notes:
        store.log_safety(note.profile_id, note.medication_id, note.kind, note.text)
