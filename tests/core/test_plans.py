"""Titration and taper plans: the label default, and properties that must hold for any input."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal
from itertools import pairwise

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, DoseSlot, Medication, ScheduleVersion
from baclofen_companion.core.plans import (
    PlanKind,
    PlanStep,
    build_taper,
    build_titration,
    change_notice,
    check_steps,
    describe_slots,
    dose_unit_mg,
    plan_progress,
    split_total,
)
from baclofen_companion.core.units import check_deliverable

TID = [time(8), time(14), time(20)]
TABLET_10 = Medication(1, 1, "Baclofen", DoseForm.TABLET, 10.0, True, max_daily_mg=80.0)
START = date(2026, 3, 2)


def test_the_label_default_titration() -> None:
    steps = build_titration(
        medication=TABLET_10,
        start=START,
        slot_times=TID,
        start_per_dose_mg=5,
        target_per_dose_mg=20,
        max_daily_mg=80,
    )
    assert [(s.start, s.days) for s in steps] == [
        (date(2026, 3, 2), 3),
        (date(2026, 3, 5), 3),
        (date(2026, 3, 8), 3),
        (date(2026, 3, 11), 3),
    ]
    assert [[d.amount_mg for d in s.slots] for s in steps] == [
        [5, 5, 5],
        [10, 10, 10],
        [15, 15, 15],
        [20, 20, 20],
    ]
    assert [describe_slots(s.slots) for s in steps][1] == "10 mg three times a day"


def test_uneven_totals_go_to_the_slot_the_person_chooses() -> None:
    assert [s.amount_mg for s in split_total(25, TID, TABLET_10)] == [5, 10, 10]
    # The chosen slot takes the first extra half-tablet; the next goes to the latest slot.
    assert [s.amount_mg for s in split_total(25, TID, TABLET_10, larger_first=[0])] == [
        10,
        5,
        10,
    ]
    assert [s.amount_mg for s in split_total(20, TID, TABLET_10, larger_first=[1])] == [5, 10, 5]


def test_a_total_the_form_cannot_give_is_refused() -> None:
    with pytest.raises(ValidationError, match="cannot be made"):
        split_total(12, TID, TABLET_10)


def test_a_target_above_the_daily_maximum_is_refused() -> None:
    with pytest.raises(ValidationError, match="above this medicine's maximum of 80 mg"):
        build_titration(
            medication=TABLET_10,
            start=START,
            slot_times=TID,
            start_per_dose_mg=5,
            target_per_dose_mg=30,
            max_daily_mg=80,
        )


def test_a_taper_to_zero_ends_with_no_doses_and_respects_the_minimum_length() -> None:
    steps = build_taper(
        medication=TABLET_10,
        start=START,
        slot_times=TID,
        current_total_mg=30,
        step_total_mg=5,
        days_per_step=3,
    )
    assert [s.total_mg for s in steps] == [25, 20, 15, 10, 5, 0]
    assert steps[-1].slots == () and steps[-1].start == START + timedelta(days=15)
    with pytest.raises(ValidationError, match="1–2 weeks"):
        build_taper(
            medication=TABLET_10,
            start=START,
            slot_times=TID,
            current_total_mg=30,
            step_total_mg=15,
            days_per_step=3,
        )
    confirmed = build_taper(
        medication=TABLET_10,
        start=START,
        slot_times=TID,
        current_total_mg=30,
        step_total_mg=15,
        days_per_step=3,
        prescriber_confirmed=True,
    )
    assert [s.total_mg for s in confirmed] == [15, 0]


def test_edited_steps_are_checked() -> None:
    steps = [
        PlanStep(START, 3, (DoseSlot(time(8), 10),)),
        PlanStep(START + timedelta(3), 3, (DoseSlot(time(8), 15),)),
    ]
    with pytest.raises(ValidationError, match="never raise"):
        check_steps(steps, PlanKind.TAPER, TABLET_10)
    check_steps(steps, PlanKind.TITRATION, TABLET_10)
    bad = [PlanStep(START, 3, (DoseSlot(time(8), 3),))]
    with pytest.raises(ValidationError, match="3 mg cannot be made") as err:
        check_steps(bad, PlanKind.TITRATION, TABLET_10)
    assert err.value.field == "step 1 at 08:00"


def versions_from(steps: list[PlanStep], plan_id: int = 7) -> list[ScheduleVersion]:
    return [
        ScheduleVersion(i + 1, 1, s.start, s.slots, plan_id, s.days) for i, s in enumerate(steps)
    ]


def test_progress_and_the_evening_before_notice() -> None:
    steps = build_titration(
        medication=TABLET_10,
        start=START,
        slot_times=TID,
        start_per_dose_mg=5,
        target_per_dose_mg=20,
    )
    versions = versions_from(steps)
    progress = plan_progress(START + timedelta(days=3), versions, {7: PlanKind.TITRATION})
    assert progress is not None
    assert progress.text() == "Day 4 of 12 — step 2 of 4: 10 mg three times a day"
    assert plan_progress(START + timedelta(days=12), versions, {}) is None  # done
    notice = change_notice(TABLET_10, versions, START + timedelta(days=2))
    assert notice == (
        "From tomorrow, Thursday 5 March, Baclofen changes from 5 mg three times a day "
        "to 10 mg three times a day (step 2 of 4)."
    )
    assert change_notice(TABLET_10, versions, START) is None


MEDICINES = st.builds(
    Medication,
    id=st.just(1),
    profile_id=st.just(1),
    name=st.just("Baclofen"),
    form=st.sampled_from([DoseForm.TABLET, DoseForm.LIQUID, DoseForm.GRANULES]),
    strength_mg=st.sampled_from([1.0, 5.0, 10.0, 20.0]),
    scored=st.booleans(),
)
SLOT_SETS = st.lists(
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    min_size=1,
    max_size=4,
    unique=True,
)


def steps_of(med: Medication, units: int) -> float:
    return float(dose_unit_mg(med) * units)


@given(
    med=MEDICINES,
    times=SLOT_SETS,
    start_units=st.integers(1, 8),
    step_units=st.integers(1, 6),
    extra_units=st.integers(0, 20),
    days=st.integers(1, 14),
    cap=st.one_of(st.none(), st.floats(10, 200)),
)
def test_titration_properties(
    med: Medication,
    times: list[time],
    start_units: int,
    step_units: int,
    extra_units: int,
    days: int,
    cap: float | None,
) -> None:
    start = steps_of(med, start_units)
    target = steps_of(med, start_units + extra_units)
    try:
        steps = build_titration(
            medication=med,
            start=START,
            slot_times=times,
            start_per_dose_mg=start,
            target_per_dose_mg=target,
            step_per_dose_mg=steps_of(med, step_units),
            days_per_step=days,
            max_daily_mg=cap,
        )
    except ValidationError as err:
        assert err.message
        return
    target_total = target * len(times)
    totals = [s.total_mg for s in steps]
    assert all(t <= target_total + 1e-6 for t in totals)
    assert totals[-1] == pytest.approx(target_total)
    if cap is not None:
        assert all(t <= cap + 1e-6 for t in totals)
    assert totals == sorted(totals)
    for step in steps:
        for slot in step.slots:
            check_deliverable(slot.amount_mg, med)
        assert len(step.slots) <= len(times)


@given(
    med=MEDICINES,
    times=SLOT_SETS,
    current_units=st.integers(1, 40),
    step_units=st.integers(1, 10),
    target_units=st.integers(0, 40),
    days=st.integers(1, 14),
    larger=st.permutations(range(4)),
)
def test_taper_properties(
    med: Medication,
    times: list[time],
    current_units: int,
    step_units: int,
    target_units: int,
    days: int,
    larger: list[int],
) -> None:
    assume(target_units < current_units)
    order = [i for i in larger if i < len(times)]
    try:
        steps = build_taper(
            medication=med,
            start=START,
            slot_times=times,
            current_total_mg=steps_of(med, current_units),
            step_total_mg=steps_of(med, step_units),
            days_per_step=days,
            target_total_mg=steps_of(med, target_units),
            prescriber_confirmed=True,
            larger_first=order,
        )
    except ValidationError as err:
        assert err.message
        return
    totals = [s.total_mg for s in steps]
    assert all(b <= a for a, b in pairwise(totals))
    assert totals[0] < steps_of(med, current_units)
    assert totals[-1] == pytest.approx(steps_of(med, target_units))
    for step in steps:
        for slot in step.slots:
            check_deliverable(slot.amount_mg, med)


@given(med=MEDICINES, times=SLOT_SETS, units=st.integers(0, 60), larger=st.permutations(range(4)))
def test_slot_amounts_add_up_to_the_days_total(
    med: Medication, times: list[time], units: int, larger: list[int]
) -> None:
    total = steps_of(med, units)
    slots = split_total(total, times, med, [i for i in larger if i < len(times)])
    assert sum(Decimal(str(s.amount_mg)) for s in slots) == Decimal(str(total))
    amounts = [s.amount_mg for s in slots]
    assert max(amounts, default=0) - min(amounts, default=0) <= float(dose_unit_mg(med)) + 1e-9
    for s in slots:
        check_deliverable(s.amount_mg, med)  # halves only if scored; liquid in 0.1 mL steps
