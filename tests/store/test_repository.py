"""Dose events, schedule versions and the audit trail as the store keeps them."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from baclofen_companion.core.errors import StoreError, ValidationError
from baclofen_companion.core.model import DoseSlot, DoseStatus, Medication, Profile
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.store import DoseLogFilter, Store
from tests.conftest import BACLOFEN, DAY, HOME_TZ, FakeClock


def plan(store: Store, profile: Profile, day=DAY):  # type: ignore[no-untyped-def]
    meds = store.medications(profile.id)
    return planned_doses(
        day, profile.id, HOME_TZ, meds, store.schedule_versions(m.id for m in meds)
    )


def test_first_run_creates_person_medicine_and_schedule(
    store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, med = sam
    assert store.profiles() == [profile]
    assert store.medications(profile.id) == [med]
    doses = plan(store, profile)
    assert [(d.slot_time, d.amount_mg) for d in doses] == [
        (time(8), 5.0),
        (time(14), 5.0),
        (time(20), 5.0),
    ]


def test_first_run_is_all_or_nothing(store: Store) -> None:
    with pytest.raises(ValidationError):
        store.add_person_with_medicine("Sam", HOME_TZ, BACLOFEN, (), DAY)
    assert store.profiles() == []


def test_recorded_dose_keeps_its_slot_amount_and_strength(
    store: Store, sam: tuple[Profile, Medication], clock: FakeClock
) -> None:
    profile, med = sam
    dose = plan(store, profile)[0]
    event = store.record_dose(dose, DoseStatus.TAKEN, home_tz=HOME_TZ)
    assert (event.slot_date, event.slot_time, event.amount_mg) == (DAY, time(8), 5.0)
    assert event.taken_at == clock.now()
    assert event.recorded_tz == HOME_TZ
    # A later change of strength does not rewrite what was logged.
    stronger = MedicationDraft("Baclofen", med.form, 20.0, True, "")
    store.update_medication(med.id, stronger)
    again = store.event(event.id)
    assert (again.strength_mg, again.amount_mg) == (10.0, 5.0)


def test_one_answer_per_slot(store: Store, sam: tuple[Profile, Medication]) -> None:
    profile, _ = sam
    dose = plan(store, profile)[0]
    store.record_dose(dose, DoseStatus.TAKEN)
    with pytest.raises(StoreError, match="already logged"):
        store.record_dose(dose, DoseStatus.SKIPPED)
    assert len(store.events_between(profile.id, DAY, DAY)) == 1


def test_undo_hides_the_answer_but_keeps_the_audit(
    store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    dose = plan(store, profile)[0]
    event = store.record_dose(dose, DoseStatus.TAKEN)
    store.undo_dose(event.id, "Undo on Today")
    assert store.events_between(profile.id, DAY, DAY) == []
    assert [a.action for a in store.audit_trail(event.id)] == ["recorded", "undone"]
    # The slot can be answered again after an undo.
    store.record_dose(dose, DoseStatus.SKIPPED)
    assert [e.status for e in store.events_between(profile.id, DAY, DAY)] == [DoseStatus.SKIPPED]


def test_edit_needs_a_reason_and_is_audited(
    store: Store, sam: tuple[Profile, Medication], clock: FakeClock
) -> None:
    profile, _ = sam
    event = store.record_dose(plan(store, profile)[0], DoseStatus.TAKEN)
    with pytest.raises(ValidationError, match="why"):
        store.edit_dose(event.id, DoseStatus.SKIPPED, None, "   ")
    assert store.event(event.id).status is DoseStatus.TAKEN
    later = clock.now() + timedelta(minutes=40)
    edited = store.edit_dose(event.id, DoseStatus.TAKEN, later, "took it after breakfast")
    assert edited.taken_at == later and edited.edited
    trail = store.audit_trail(event.id)
    assert trail[-1].reason == "took it after breakfast"
    assert trail[-1].before is not None and trail[-1].after is not None
    assert trail[-1].before["taken_utc"] != trail[-1].after["taken_utc"]


def test_a_dose_change_leaves_past_and_today_alone(
    store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, med = sam
    yesterday = DAY - timedelta(days=1)
    logged = store.record_dose(plan(store, profile, yesterday)[0], DoseStatus.TAKEN)
    store.add_schedule_version(
        med.id, DAY + timedelta(days=1), (DoseSlot(time(8), 10.0), DoseSlot(time(20), 10.0))
    )
    assert [d.amount_mg for d in plan(store, profile)] == [5.0, 5.0, 5.0]
    assert [d.amount_mg for d in plan(store, profile, DAY + timedelta(days=1))] == [10.0, 10.0]
    assert store.event(logged.id).amount_mg == 5.0


def test_dose_log_pages_newest_first_and_filters(
    store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, med = sam
    for offset in range(5):
        for dose in plan(store, profile, DAY - timedelta(days=offset)):
            store.record_dose(dose, DoseStatus.TAKEN, datetime(2026, 3, 1, tzinfo=UTC))
    flt = DoseLogFilter(profile.id)
    assert store.count_log(flt) == 15
    page = store.log_page(flt, 0, 4)
    assert [(e.slot_date, e.slot_time) for e in page[:2]] == [(DAY, time(20)), (DAY, time(14))]
    rest = store.log_page(flt, 4, 100)
    assert len(rest) == 11
    two_days = DoseLogFilter(profile.id, med.id, DAY - timedelta(days=1), DAY)
    assert store.count_log(two_days) == 6
    assert store.count_log(DoseLogFilter(profile.id, med.id + 1)) == 0
