"""The pump's refill stages and the driving caution, as rules (no Qt)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from baclofen_companion.core.driving import driving_cautions
from baclofen_companion.core.model import DoseForm, DoseSlot, Medication, ScheduleVersion
from baclofen_companion.core.pump import Pump, PumpEvent, PumpEventKind, RefillStage, refill_stage

DUE = date(2026, 4, 20)
PUMP = Pump(1, "Spinal clinic", "0161 555 0100", "500 mcg/mL", "150 mcg/day", DUE)


def refill(on: date) -> PumpEvent:
    return PumpEvent(1, 1, PumpEventKind.REFILL, on, datetime(2026, 1, 1, tzinfo=UTC))


def test_reminders_grow_more_insistent_as_the_refill_date_nears() -> None:
    stages = {days: refill_stage(PUMP, [], DUE - timedelta(days=days)) for days in range(-1, 9)}
    assert stages[8] is None
    assert stages[7] is stages[3] is RefillStage.WEEK
    assert stages[2] is stages[1] is RefillStage.TWO_DAYS
    assert stages[0] is RefillStage.TODAY
    assert stages[-1] is RefillStage.OVERDUE


def test_a_refill_recorded_for_the_date_ends_the_stages_and_an_old_one_does_not() -> None:
    assert refill_stage(PUMP, [refill(DUE - timedelta(days=3))], DUE + timedelta(days=1)) is None
    old = [refill(DUE - timedelta(days=60))]
    assert refill_stage(PUMP, old, DUE + timedelta(days=1)) is RefillStage.OVERDUE


BACLOFEN = Medication(1, 1, "Baclofen", DoseForm.TABLET, 10.0, True)
START = date(2026, 3, 1)


def version(vid: int, med: int, on: date, mg: float) -> ScheduleVersion:
    return ScheduleVersion(vid, med, on, (DoseSlot(time(8), mg), DoseSlot(time(20), mg)))


def keys(
    meds: list[Medication], versions: dict[int, list[ScheduleVersion]], day: date
) -> list[str]:
    return [c.key for c in driving_cautions(meds, versions, day)]


def test_driving_caution_the_first_two_weeks_then_not() -> None:
    versions = {1: [version(1, 1, START, 5)]}
    assert keys([BACLOFEN], versions, START + timedelta(days=13)) == ["start:1"]
    assert keys([BACLOFEN], versions, START + timedelta(days=14)) == []


def test_driving_caution_after_a_step_up_and_not_after_a_step_down() -> None:
    up = START + timedelta(days=30)
    down = START + timedelta(days=60)
    versions = {1: [version(1, 1, START, 5), version(2, 1, up, 10), version(3, 1, down, 5)]}
    assert keys([BACLOFEN], versions, up + timedelta(days=6)) == ["up:2"]
    assert keys([BACLOFEN], versions, up + timedelta(days=7)) == []
    assert keys([BACLOFEN], versions, down) == []


def test_driving_caution_after_adding_a_medicine_that_adds_drowsiness() -> None:
    added = START + timedelta(days=40)
    tramadol = Medication(2, 1, "Tramadol", DoseForm.TABLET, 50.0, False)
    versions = {1: [version(1, 1, START, 5)], 2: [version(4, 2, added, 50)]}
    assert keys([BACLOFEN, tramadol], versions, added) == ["added:2"]
    # Without baclofen there is nothing for it to add to.
    assert keys([tramadol], versions, added) == []
