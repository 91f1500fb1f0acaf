"""Use cases on doses, each one transaction. Today, the reminder banner, the tray and the dose
log answer a dose through these, so a dose is answered the same way wherever it appears."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from baclofen_companion.core.model import DoseEvent, DoseStatus, Medication, PlannedDose
from baclofen_companion.core.safety import SafetyNote
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.safety_notes import record_notes
from baclofen_companion.ops.session import Session, store_of

# What answering a dose changes: the dose itself, and the stock it is taken from.
ANSWERED = Changed.DOSES | Changed.STOCK


def take(
    session: Session, dose: PlannedDose, home_tz: str, at: datetime | None = None
) -> tuple[DoseEvent, Changed]:
    """Taken now, or at ``at`` (Taken at…)."""
    event = store_of(session).record_dose(dose, DoseStatus.TAKEN, at, home_tz=home_tz)
    return event, ANSWERED


def skip(session: Session, dose: PlannedDose, home_tz: str) -> tuple[DoseEvent, Changed]:
    event = store_of(session).record_dose(dose, DoseStatus.SKIPPED, home_tz=home_tz)
    return event, ANSWERED


def undo(session: Session, event_id: int, reason: str, home_tz: str) -> Changed:
    """Take back an answer; the row stays, marked undone, so the audit trail is whole."""
    store_of(session).undo_dose(event_id, reason, home_tz=home_tz)
    return ANSWERED


def correct(
    session: Session,
    event_id: int,
    status: DoseStatus,
    taken_at: datetime | None,
    reason: str,
    home_tz: str,
) -> tuple[DoseEvent, Changed]:
    """A correction in the dose log, with its reason; both versions are audited."""
    event = store_of(session).edit_dose(event_id, status, taken_at, reason, home_tz=home_tz)
    return event, ANSWERED


def log_extra_dose(
    session: Session,
    profile_id: int,
    medication: Medication,
    amount_mg: float,
    taken_at: datetime,
    reason: str,
    home_tz: str,
    notes: Sequence[SafetyNote] = (),
) -> tuple[DoseEvent, Changed]:
    """An extra dose and the warnings the person confirmed for it, together or not at all."""
    store = store_of(session)
    with store.transaction():
        event = store.record_extra_dose(
            profile_id, medication, amount_mg, taken_at, reason, home_tz
        )
        record_notes(store, notes)
    return event, ANSWERED
