from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, DoseSlot, Medication
from baclofen_companion.core.validation import (
    check_time_zone,
    clean_name,
    clean_slots,
    parse_amount,
    parse_time,
)

TABLET_10 = Medication(1, 1, "Baclofen", DoseForm.TABLET, 10.0, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("08:00", time(8)), ("8:00", time(8)), ("20.30", time(20, 30)), (" 23:59 ", time(23, 59))],
)
def test_times_people_type(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["", "8", "24:00", "12:60", "noon", "8:5", "-1:00"])
def test_malformed_times_are_refused_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_time(text, "time in row 2")
    assert err.value.field == "time in row 2"


@pytest.mark.parametrize(("text", "expected"), [("5", 5.0), ("2,5", 2.5), ("7.5 mg", 7.5)])
def test_amounts(text: str, expected: float) -> None:
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("0", "more than 0"),
        ("-5", "more than 0"),
        ("5000", "far above"),
        ("five", "not an amount"),
        ("5.555", "two decimals"),
        ("nan", "number"),
        ("inf", "number"),
        ("1E100", "far above"),  # found by hypothesis: once crashed the decimal context
        ("-1E100", "more than 0"),
    ],
)
def test_bad_amounts(text: str, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        parse_amount(text)


def test_empty_names_are_refused() -> None:
    with pytest.raises(ValidationError, match="enter a name"):
        clean_name("   ")
    assert clean_name("  Sam   Smith ") == "Sam Smith"


def test_time_zone_must_exist() -> None:
    assert check_time_zone("Europe/London") == "Europe/London"
    with pytest.raises(ValidationError, match="not a known time zone"):
        check_time_zone("Mars/Olympus")


def test_slots_sorted_and_blank_rows_ignored() -> None:
    slots = clean_slots([("20:00", "5"), ("", ""), ("08:00", "10")], TABLET_10)
    assert slots == (DoseSlot(time(8), 10.0), DoseSlot(time(20), 5.0))


def test_duplicate_slot_times_are_refused() -> None:
    with pytest.raises(ValidationError) as err:
        clean_slots([("08:00", "5"), ("8:00", "5")], TABLET_10)
    assert err.value.field == "time in row 2"
    assert "listed twice" in err.value.message


def test_no_slots_is_refused() -> None:
    with pytest.raises(ValidationError, match="at least one"):
        clean_slots([("", "")], TABLET_10)


@given(st.text(max_size=20))
def test_any_time_text_parses_or_gets_a_typed_error(text: str) -> None:
    try:
        parsed = parse_time(text)
    except ValidationError as err:
        assert err.field == "time" and err.message
    else:
        assert isinstance(parsed, time)


@given(st.one_of(st.text(max_size=20), st.floats(allow_nan=True, allow_infinity=True)))
def test_any_amount_parses_in_bounds_or_gets_a_typed_error(value: str | float) -> None:
    try:
        amount = parse_amount(value)
    except ValidationError as err:
        assert err.field == "amount" and err.message
    else:
        assert 0 < amount <= 1000


@given(st.lists(st.tuples(st.text(max_size=6), st.text(max_size=6)), max_size=14))
def test_any_slot_rows_clean_or_get_a_typed_error(rows: list[tuple[str, str]]) -> None:
    try:
        slots = clean_slots(rows, TABLET_10)
    except ValidationError as err:
        assert err.message
    else:
        times = [s.time for s in slots]
        assert times == sorted(set(times))
        assert all((s.amount_mg * 2) % 10 == 0 for s in slots)


def test_a_time_within_a_minute_of_now_is_not_still_to_come() -> None:
    from datetime import UTC, datetime, timedelta

    from baclofen_companion.core.validation import is_still_to_come

    now = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    assert not is_still_to_come(now + timedelta(seconds=59), now)
    assert not is_still_to_come(now - timedelta(days=2), now)
    assert is_still_to_come(now + timedelta(minutes=1, seconds=1), now)
