"""Stock on hand: counts, refills, corrections, and doses taken (halves counted right)."""

from __future__ import annotations

from datetime import timedelta
from fractions import Fraction

import pytest

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.store import Store
from tests.conftest import DAY, HOME_TZ, FakeClock


def take_all(store: Store, sam: tuple[Profile, Medication], days: int) -> None:
    person, med = sam
    versions = store.schedule_versions([med.id])
    for offset in range(days):
        for dose in planned_doses(DAY + timedelta(offset), person.id, HOME_TZ, [med], versions):
            store.record_dose(dose, DoseStatus.TAKEN, dose.due, "", HOME_TZ)


def test_no_stock_until_counted(store: Store, sam: tuple[Profile, Medication]) -> None:
    assert store.stock.on_hand(sam[1]) is None


def test_half_tablet_doses_leave_halves_in_stock(
    store: Store, sam: tuple[Profile, Medication]
) -> None:
    med = sam[1]
    store.stock.count(med, 10)
    take_all(store, sam, 1)  # three 5 mg doses from scored 10 mg tablets: 1½ tablets
    assert store.stock.on_hand(med) == Fraction(17, 2)


def test_undoing_a_dose_gives_its_half_back(store: Store, sam: tuple[Profile, Medication]) -> None:
    person, med = sam
    store.stock.count(med, 10)
    dose = planned_doses(DAY, person.id, HOME_TZ, [med], store.schedule_versions([med.id]))[0]
    event = store.record_dose(dose, DoseStatus.TAKEN, dose.due, "", HOME_TZ)
    assert store.stock.on_hand(med) == Fraction(19, 2)
    store.undo_dose(event.id, "tapped by mistake", HOME_TZ)
    assert store.stock.on_hand(med) == 10


def test_skipped_doses_and_doses_before_the_count_use_nothing(
    store: Store, sam: tuple[Profile, Medication], clock: FakeClock
) -> None:
    person, med = sam
    take_all(store, sam, 1)
    clock.advance(timedelta(days=2))
    store.stock.count(med, 30)
    dose = planned_doses(
        DAY + timedelta(2), person.id, HOME_TZ, [med], store.schedule_versions([med.id])
    )[0]
    store.record_dose(dose, DoseStatus.SKIPPED, None, "", HOME_TZ)
    assert store.stock.on_hand(med) == 30


def test_refills_add_and_corrections_need_a_reason(
    store: Store, sam: tuple[Profile, Medication], clock: FakeClock
) -> None:
    med = sam[1]
    store.stock.count(med, 4)
    store.stock.refill(med, 56, note="Boots")
    assert store.stock.on_hand(med) == 60
    with pytest.raises(ValidationError, match="why"):
        store.stock.count(med, 58)
    assert store.stock.on_hand(med) == 60
    clock.advance(timedelta(minutes=1))
    entry = store.stock.count(med, 58, reason="recounted: two dropped")
    assert (entry.kind, entry.previous, entry.note) == ("correction", 60, "recounted: two dropped")
    assert store.stock.on_hand(med) == 58
    assert [e.kind for e in store.stock.entries(med)] == ["count", "refill", "correction"]


@pytest.mark.parametrize("bad", [-1, Fraction(1, 3), 0.25, 10**9])
def test_bad_counts_change_nothing(
    store: Store, sam: tuple[Profile, Medication], bad: object
) -> None:
    med = sam[1]
    store.stock.count(med, 20)
    with pytest.raises(ValidationError):
        store.stock.count(med, bad, reason="recount")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        store.stock.refill(med, bad)  # type: ignore[arg-type]
    assert store.stock.on_hand(med) == 20
    assert len(store.stock.entries(med)) == 1


def test_refill_of_zero_or_in_the_future_is_refused(
    store: Store, sam: tuple[Profile, Medication], clock: FakeClock
) -> None:
    med = sam[1]
    with pytest.raises(ValidationError, match="more than 0"):
        store.stock.refill(med, 0)
    with pytest.raises(ValidationError, match="future"):
        store.stock.refill(med, 10, at=clock.now() + timedelta(days=1))
    assert store.stock.entries(med) == []


def test_a_refill_entered_after_a_count_adds_even_when_dated_earlier(
    store: Store, sam: tuple[Profile, Medication], clock: FakeClock
) -> None:
    med = sam[1]
    store.stock.count(med, 10)  # 07:00
    clock.advance(timedelta(days=1))
    # The next morning: "56 came yesterday", dated yesterday noon, before the count.
    store.stock.refill(med, 56, at=clock.now() - timedelta(hours=19))
    assert store.stock.on_hand(med) == 66  # no dose was marked taken meanwhile
