"""A use case is all or nothing: when any of its writes fails, none of them is kept."""

from __future__ import annotations

from datetime import time, timedelta

import pytest

from baclofen_companion.core.errors import StorageError
from baclofen_companion.core.model import DoseSlot, Medication, Profile
from baclofen_companion.core.safety import SafetyNote
from baclofen_companion.core.schedule import local_to_utc
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.doses import log_extra_dose
from baclofen_companion.ops.medicines import change_doses
from baclofen_companion.store import Store
from tests.conftest import DAY, HOME_TZ


def refuse_safety_notes(store: Store) -> None:
    """A real refused write inside SQLite (as a full disk would be, at that very insert)."""
    store.conn.execute(
        "CREATE TEMP TRIGGER no_notes BEFORE INSERT ON safety_log"
        " BEGIN SELECT RAISE(ABORT, 'safety log refused'); END"
    )


def test_an_extra_dose_whose_note_cannot_be_saved_is_not_saved_either(
    store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, med = sam
    refuse_safety_notes(store)
    note = SafetyNote(profile.id, med.id, "extra dose warning", "Less than 4 hours after…")
    at = local_to_utc(DAY, time(21), HOME_TZ)
    with pytest.raises(StorageError):  # the store's typed error, never a raw sqlite3 one
        log_extra_dose(store, profile.id, med, 5.0, at, "bad spasms", HOME_TZ, [note])
    assert store.events_between(profile.id, DAY, DAY) == []
    assert store.safety_log(profile.id) == []


def test_an_extra_dose_and_its_note_are_saved_together(
    store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, med = sam
    note = SafetyNote(profile.id, med.id, "extra dose warning", "Less than 4 hours after…")
    at = local_to_utc(DAY, time(21), HOME_TZ)
    event, changed = log_extra_dose(store, profile.id, med, 5.0, at, "bad spasms", HOME_TZ, [note])
    assert changed & Changed.DOSES
    assert store.events_between(profile.id, DAY, DAY) == [event]
    assert [n.kind for n in store.safety_log(profile.id)] == ["extra dose warning"]


def test_a_dose_change_whose_note_cannot_be_saved_is_not_saved_either(
    store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, med = sam
    refuse_safety_notes(store)
    note = SafetyNote(profile.id, med.id, "abrupt cut confirmed", "My prescriber told me…")
    slots = (DoseSlot(time(8), 5.0),)
    with pytest.raises(StorageError):  # the store's typed error, never a raw sqlite3 one
        change_doses(store, med, DAY + timedelta(days=1), slots, [note])
    assert len(store.schedule_versions([med.id])[med.id]) == 1


def test_nested_units_of_work_join_the_outer_one(
    store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, med = sam
    with pytest.raises(RuntimeError), store.transaction():
        store.log_safety(profile.id, med.id, "caution shown", "first")
        with store.transaction():
            store.log_safety(profile.id, med.id, "caution shown", "second")
        raise RuntimeError("the use case fails after both writes")
    assert store.safety_log(profile.id) == []
    # An inner failure that the outer block survives undoes only the inner writes.
    with store.transaction():
        store.log_safety(profile.id, med.id, "caution shown", "kept")
        with pytest.raises(RuntimeError), store.transaction():
            store.log_safety(profile.id, med.id, "caution shown", "dropped")
            raise RuntimeError("inner")
    assert [n.text for n in store.safety_log(profile.id)] == ["kept"]
