"""Use cases on doses, each one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from baclofen_companion.core.model import DoseEvent, Medication
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.safety_notes import SafetyNote, record_notes
from baclofen_companion.store import Store


def log_extra_dose(
    store: Store,
    profile_id: int,
    medication: Medication,
    amount_mg: float,
    taken_at: datetime,
    reason: str,
    home_tz: str,
    notes: Sequence[SafetyNote] = (),
) -> tuple[DoseEvent, Changed]:
    """An extra dose and the warnings the person confirmed for it, together or not at all."""
    with store.transaction():
        event = store.record_extra_dose(
            profile_id, medication, amount_mg, taken_at, reason, home_tz
        )
        record_notes(store, notes)
    return event, Changed.DOSES | Changed.STOCK
