"""Use cases on medicines and their schedules, each one transaction: the change and the safety
notes the person confirmed on the way are saved together or not at all.

The widgets ask every question first (an abrupt cut, a dose above the maximum, an interaction
caution) and only then call one of these; cancelling any question therefore saves and logs
nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from baclofen_companion.core.model import DoseSlot, Medication
from baclofen_companion.core.plans import PlanKind, PlanStep
from baclofen_companion.core.safety import SafetyNote
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.safety_notes import record_notes
from baclofen_companion.ops.session import Session, store_of


def add_medication(
    session: Session,
    profile_id: int,
    draft: MedicationDraft,
    slots: Sequence[DoseSlot],
    valid_from: date,
    notes: Sequence[SafetyNote] = (),
) -> Changed:
    store = store_of(session)
    with store.transaction():
        store.add_medication(profile_id, draft, slots, valid_from)
        record_notes(store, notes)
    return Changed.MEDICINES


def update_medication(session: Session, medication: Medication, draft: MedicationDraft) -> Changed:
    """Name, form, strength, instructions, maximum; the doses are changed by change_doses."""
    store_of(session).update_medication(medication.id, draft)
    return Changed.MEDICINES | Changed.STOCK


def change_doses(
    session: Session,
    medication: Medication,
    valid_from: date,
    slots: Sequence[DoseSlot],
    notes: Sequence[SafetyNote] = (),
) -> Changed:
    """A new schedule version from ``valid_from``; past doses keep what they had."""
    store = store_of(session)
    with store.transaction():
        store.add_schedule_version(medication.id, valid_from, tuple(slots))
        record_notes(store, notes)
    return Changed.MEDICINES | Changed.STOCK


def archive_medicine(
    session: Session, medication: Medication, notes: Sequence[SafetyNote] = ()
) -> Changed:
    store = store_of(session)
    with store.transaction():
        store.set_archived(medication.id, True)
        record_notes(store, notes)
    return Changed.MEDICINES | Changed.STOCK


def save_plan(
    session: Session,
    medication: Medication,
    kind: PlanKind,
    steps: Sequence[PlanStep],
    params: Mapping[str, Any],
    notes: Sequence[SafetyNote] = (),
) -> Changed:
    store = store_of(session)
    with store.transaction():
        store.save_plan(medication.id, kind, list(steps), dict(params))
        record_notes(store, notes)
    return Changed.MEDICINES | Changed.STOCK
