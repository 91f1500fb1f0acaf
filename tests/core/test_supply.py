"""Stock units and the run-out forecast: exact halves, the real plan, and never too optimistic."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, DoseSlot, Medication, ScheduleVersion
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.core.supply import (
    MAX_FORECAST_DAYS,
    check_stock,
    consumed_units,
    forecast,
    format_units,
    parse_stock,
    take_from_stock,
    units_for_dose,
)

TZ = "Europe/London"
LONDON = ZoneInfo(TZ)
TID = (time(8), time(14), time(20))
TABLET_10 = Medication(1, 1, "Baclofen", DoseForm.TABLET, 10.0, True)
UNSCORED_10 = Medication(1, 1, "Baclofen", DoseForm.TABLET, 10.0, False)
LIQUID_5 = Medication(1, 1, "Baclofen oral solution", DoseForm.LIQUID, 1.0, False)
GRANULES_5 = Medication(1, 1, "Baclofen granules", DoseForm.GRANULES, 5.0, False)
START = date(2026, 11, 2)


def tid(amount: float, valid_from: date = START, vid: int = 1) -> ScheduleVersion:
    return ScheduleVersion(vid, 1, valid_from, tuple(DoseSlot(t, amount) for t in TID))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def test_units_for_a_dose_in_halves_millilitres_and_packets() -> None:
    assert units_for_dose(5, TABLET_10) == Fraction(1, 2)
    assert units_for_dose(15, TABLET_10) == Fraction(3, 2)
    assert units_for_dose(20, UNSCORED_10) == 2
    assert units_for_dose(7.5, LIQUID_5) == Fraction(15, 2)
    assert units_for_dose(0.3, replace_strength(LIQUID_5, 0.1)) == 3  # no float noise
    assert units_for_dose(10, GRANULES_5) == 2


def replace_strength(med: Medication, strength: float) -> Medication:
    return Medication(med.id, med.profile_id, med.name, med.form, strength, med.scored)


def test_a_dose_the_form_cannot_give_is_refused() -> None:
    with pytest.raises(ValidationError, match="cannot be made"):
        units_for_dose(5, UNSCORED_10)
    with pytest.raises(ValidationError, match="whole packets"):
        units_for_dose(7.5, GRANULES_5)
    # A forecast still counts it, rounded up to what is really used.
    assert consumed_units(5, UNSCORED_10) == 1
    assert consumed_units(7.5, GRANULES_5) == 2


def test_stock_holds_half_tablets() -> None:
    stock = check_stock(Fraction(21, 2), TABLET_10)
    stock = take_from_stock(stock, 5, TABLET_10)  # split one: its other half stays in stock
    assert stock == 10
    stock = take_from_stock(stock, 5, TABLET_10)
    assert stock == Fraction(19, 2)
    assert format_units(stock, TABLET_10) == "9½ tablets"
    assert format_units(Fraction(1, 2), TABLET_10) == "½ tablet"
    assert format_units(Fraction(1), TABLET_10) == "1 tablet"
    assert format_units(Fraction(25, 2), LIQUID_5) == "12.5 mL"
    assert check_stock(2.5, TABLET_10) == Fraction(5, 2)


@pytest.mark.parametrize(
    ("stock", "med", "message"),
    [
        (-1, TABLET_10, "cannot be negative"),
        (1.3, TABLET_10, "whole and half"),
        (0.5, GRANULES_5, "whole packets"),
    ],
)
def test_bad_stock_is_refused(stock: float, med: Medication, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as info:
        check_stock(stock, med)
    assert info.value.field == "stock"


def test_flat_schedule_forecast_and_text() -> None:
    today = date(2026, 11, 18)
    result = forecast(69, TABLET_10, [tid(10)], 1, TZ, at(today, 7))
    assert result.days_covered == 23
    assert result.last_covered_day == date(2026, 12, 10)
    assert result.last_covered_due == at(date(2026, 12, 10), 20).astimezone(UTC)
    assert result.refill_by == date(2026, 12, 3)
    assert result.text == "Supply: 23 days — refill by 3 Dec"
    assert forecast(69, TABLET_10, [tid(10)], 1, TZ, at(today, 7), lead_days=0).refill_by == (
        date(2026, 12, 10)
    )


def test_doses_already_taken_today_are_not_counted_again() -> None:
    today = date(2026, 11, 18)
    result = forecast(69, TABLET_10, [tid(10)], 1, TZ, at(today, 15))
    # Today's 20:00 (1), then 22 full days (66), leaving 2 for the 23rd day's first two doses.
    assert result.days_covered == 23
    assert result.last_covered_day == date(2026, 12, 10)
    assert result.last_covered_due == at(date(2026, 12, 11), 14).astimezone(UTC)
    # After the last dose of the day, today counts for nothing.
    late = forecast(69, TABLET_10, [tid(10)], 1, TZ, at(today, 21))
    assert late.days_covered == 23
    assert late.last_covered_day == date(2026, 12, 11)


def test_half_tablet_doses_count_as_halves() -> None:
    result = forecast(Fraction(21, 2), TABLET_10, [tid(5)], 1, TZ, at(START, 6))
    assert result.days_covered == 7  # 1½ tablets a day
    assert result.last_covered_day == START + timedelta(days=6)


def test_forecast_follows_a_titration_not_a_flat_rate() -> None:
    versions = [tid(5, START, 1), tid(10, START + timedelta(days=3), 2)]
    result = forecast(10, TABLET_10, versions, 1, TZ, at(START, 6))
    # 3 days x 1½ = 4½ tablets, then 3 a day: one full day (3) and two more doses (2).
    assert result.days_covered == 4
    assert result.last_covered_day == START + timedelta(days=3)
    assert result.last_covered_due == at(START + timedelta(days=4), 14).astimezone(UTC)


def test_a_taper_to_zero_that_the_stock_outlasts() -> None:
    stop = ScheduleVersion(3, 1, START + timedelta(days=6), ())
    versions = [tid(10, START, 1), tid(5, START + timedelta(days=3), 2), stop]
    result = forecast(100, TABLET_10, versions, 1, TZ, at(START, 6))
    assert result.plan_ends == START + timedelta(days=6)
    assert result.refill_by is None
    assert result.text == "Supply: enough until the plan ends on 8 Nov"


def test_more_than_two_years() -> None:
    result = forecast(5000, TABLET_10, [tid(10)], 1, TZ, at(START, 6))
    assert result.beyond_horizon
    assert result.text == "Supply: more than 2 years"
    assert result.days_covered == MAX_FORECAST_DAYS + 1


def test_refill_now_when_the_lead_time_has_passed() -> None:
    result = forecast(9, TABLET_10, [tid(10)], 1, TZ, at(START, 6))
    assert result.days_covered == 3
    assert result.refill_now
    assert result.text == "Supply: 3 days — refill now"
    empty = forecast(0, TABLET_10, [tid(10)], 1, TZ, at(START, 6))
    assert empty.days_covered == 0
    assert empty.last_covered_due is None
    assert empty.text == "Supply: not enough for the next dose — refill now"
    # Two tablets at 10 mg a dose cover 08:00 and 14:00 but not the whole day.
    part = forecast(2, TABLET_10, [tid(10)], 1, TZ, at(START, 6))
    assert part.days_covered == 0 and part.last_covered_due is not None
    assert part.text == "Supply: less than a day — refill now"


def test_extra_daily_doses_shorten_the_supply() -> None:
    result = forecast(80, TABLET_10, [tid(10)], 1, TZ, at(START, 6), extra_daily_units=1)
    assert result.days_covered == 20


def test_bad_forecast_input() -> None:
    with pytest.raises(ValidationError) as info:
        forecast(-1, TABLET_10, [tid(10)], 1, TZ, at(START, 6))
    assert info.value.field == "stock"
    with pytest.raises(ValidationError):
        forecast(1, TABLET_10, [tid(10)], 1, TZ, datetime(2026, 11, 2, 6))


amounts = st.sampled_from([5.0, 10.0, 15.0, 20.0])


@given(
    halves=st.integers(0, 400),
    steps=st.lists(st.tuples(st.integers(1, 20), amounts), min_size=1, max_size=4),
    hour=st.integers(0, 23),
    lead=st.integers(0, 14),
)
def test_the_forecast_never_claims_more_than_the_stock_covers(
    halves: int, steps: list[tuple[int, float]], hour: int, lead: int
) -> None:
    versions = []
    start = START
    for i, (days, amount) in enumerate(steps):
        versions.append(tid(amount, start, i + 1))
        start += timedelta(days=days)
    now = at(START, hour)
    stock = Fraction(halves, 2)
    result = forecast(stock, TABLET_10, versions, 1, TZ, now, lead_days=lead)
    by_med = {1: versions}
    used = Fraction(0)
    day = START
    following = None
    while result.last_covered_day is not None and day <= result.last_covered_day + timedelta(1):
        for dose in planned_doses(day, 1, TZ, [TABLET_10], by_med):
            if dose.due <= now:
                continue
            if result.last_covered_due is not None and dose.due <= result.last_covered_due:
                used += units_for_dose(dose.amount_mg, TABLET_10)
            elif following is None:
                following = dose
        day += timedelta(days=1)
    assert used <= stock
    if following is not None:  # the first dose not covered really is not
        assert used + units_for_dose(following.amount_mg, TABLET_10) > stock
    # Each day counted has at least 1½ tablets of doses (5 mg three times a day).
    full_days = result.days_covered - (1 if hour >= 8 else 0)
    assert Fraction(3, 2) * max(full_days, 0) <= stock
    if result.refill_by is not None and result.last_covered_day is not None:
        assert result.refill_by == result.last_covered_day - timedelta(days=lead)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23", Fraction(23)),
        ("23.5", Fraction(47, 2)),
        ("23,5", Fraction(47, 2)),
        ("23½", Fraction(47, 2)),
        ("½", Fraction(1, 2)),
        (" 30 tablets ", Fraction(30)),
    ],
)
def test_parse_stock_reads_what_people_type(text: str, expected: Fraction) -> None:
    assert parse_stock(text, TABLET_10) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("-3", "negative"),
        ("abc", "not a number"),
        ("2.3", "half tablets"),
        ("", "not a number"),
        ("1e99", "too large"),
    ],
)
def test_parse_stock_refuses_bad_counts(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_stock(text, TABLET_10)
