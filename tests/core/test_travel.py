"""Travel supply: counts from the real plan, halves and bottles, time zones without lost doses."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import (
    DoseForm,
    DoseSlot,
    Medication,
    ScheduleVersion,
    TripWindow,
)
from baclofen_companion.core.schedule import local_to_utc, planned_doses
from baclofen_companion.core.supply import units_for_dose
from baclofen_companion.core.travel import (
    TravelMode,
    TripDose,
    TripMedicine,
    TripRequest,
    TripResult,
    plan_trip,
)

HOME = "Europe/London"
LONDON = ZoneInfo(HOME)
TID = (time(8), time(14), time(20))
TABLET_20 = Medication(1, 1, "Baclofen", DoseForm.TABLET, 20.0, False)
TABLET_10 = Medication(1, 1, "Baclofen", DoseForm.TABLET, 10.0, True)
LIQUID = Medication(1, 1, "Baclofen oral solution", DoseForm.LIQUID, 5.0, False)
START = date(2026, 12, 5)


def tid(amount: float, valid_from: date = date(2026, 1, 1), vid: int = 1) -> ScheduleVersion:
    return ScheduleVersion(vid, 1, valid_from, tuple(DoseSlot(t, amount) for t in TID))


def at(day: date, hour: int = 0, minute: int = 0, tz: ZoneInfo = LONDON) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=tz)


def trip(
    *items: TripMedicine,
    leave: datetime | None = None,
    back: datetime | None = None,
    destination: str = "Europe/Madrid",
    mode: TravelMode = TravelMode.HOME_TIME,
    buffer_days: int = 3,
) -> TripResult:
    leave = leave or at(START)
    back = back or at(START + timedelta(days=10))
    return plan_trip(
        TripRequest(1, HOME, leave, back, destination, tuple(items), mode, buffer_days)
    )


def keys(doses: list[TripDose]) -> list[tuple[date, time]]:
    return [(d.slot_date, d.slot_time) for d in doses]


def all_doses(result: TripResult) -> list[TripDose]:
    return [d for day in result.days for d in day.doses]


def test_ten_days_at_20_mg_three_times_a_day_needs_39_doses() -> None:
    own = trip(TripMedicine(TABLET_20, (tid(20),), stock_units=51)).supplies[0]
    assert own.trip_doses == 30
    assert own.doses_needed == 39
    assert own.units_needed == 39
    assert own.verdict == "enough, with 12 tablets to spare"
    only_10 = trip(
        TripMedicine(TABLET_20, (tid(20),), stock_units=69, only_strength_mg=10.0)
    ).supplies[0]
    assert only_10.units_needed == 78
    assert only_10.medication.strength_mg == 10.0
    assert only_10.verdict == ("short by 9 tablets — refill before 3 Dec (2 days before you leave)")
    assert not only_10.enough
    assert only_10.refill_before == date(2026, 12, 3)


def test_half_tablets_are_summed_then_rounded_up() -> None:
    # 5 mg three times a day from scored 10 mg tablets: 7 doses are 3½ tablets, so pack 4.
    result = trip(
        TripMedicine(TABLET_10, (tid(5),), stock_units=4),
        back=at(START + timedelta(days=2), 12),
        buffer_days=0,
    )
    supply = result.supplies[0]
    assert supply.trip_doses == 7
    assert supply.exact_units == Fraction(7, 2)
    assert supply.units_needed == 4
    assert supply.verdict == "enough, with 0 tablets to spare"
    assert [d.units for d in all_doses(result)] == [Fraction(1, 2)] * 7


def test_a_dose_the_only_strength_cannot_make_is_said_plainly() -> None:
    supply = trip(
        TripMedicine(TABLET_10, (tid(5),), only_strength_mg=10.0, only_strength_scored=False)
    ).supplies[0]
    assert supply.cannot_make == (5.0,)
    assert not supply.enough
    assert supply.verdict.startswith("5 mg cannot be made from 10 mg tablets that cannot be split")


def test_a_trip_across_a_titration_step() -> None:
    versions = (tid(10, START, 1), tid(20, START + timedelta(days=5), 2))
    supply = trip(TripMedicine(TABLET_10, versions, stock_units=70)).supplies[0]
    # 5 days x 3 tablets + 5 days x 6 tablets, plus 3 buffer days at the higher 6 a day.
    assert supply.trip_doses == 30
    assert supply.doses_needed == 39
    assert supply.units_needed == 15 + 30 + 18
    assert supply.verdict == "enough, with 7 tablets to spare"


def test_a_trip_across_a_dst_change() -> None:
    # London and Madrid both move their clocks on 29 March 2026.
    leave, back = at(date(2026, 3, 27)), at(date(2026, 3, 31))
    slots = (DoseSlot(time(1, 30), 10.0), DoseSlot(time(13, 30), 10.0))
    version = ScheduleVersion(1, 1, date(2026, 1, 1), slots)
    for mode in TravelMode:
        result = trip(
            TripMedicine(TABLET_10, (version,)), leave=leave, back=back, mode=mode, buffer_days=0
        )
        doses = all_doses(result)
        assert len(doses) == 8, mode  # the 01:30 that London skips on the 29th still counts once
        assert len(set(keys(doses))) == 8
        # Home at 00:00 London is 01:00 in Madrid: the 31st is a (dose-free) travel day there.
        assert [day.day for day in result.days] == [date(2026, 3, d) for d in range(27, 32)]
        assert result.days[-1].doses == ()
    home_time = trip(
        TripMedicine(TABLET_10, (version,)), leave=leave, back=back, buffer_days=0
    ).days[0]
    assert [d.local.time() for d in home_time.doses] == [time(2, 30), time(14, 30)]
    local_time = trip(
        TripMedicine(TABLET_10, (version,)),
        leave=leave,
        back=back,
        mode=TravelMode.LOCAL_TIME,
        buffer_days=0,
    )
    after_change = local_time.days[3]
    assert [d.local.time() for d in after_change.doses] == [time(1, 30), time(13, 30)]
    assert [d.local.utcoffset() for d in after_change.doses] == [timedelta(hours=2)] * 2


def test_a_flight_nine_hours_east_in_local_time_keeps_every_dose_once() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    leave = at(START, 10)  # 19:00 in Tokyo
    back = at(START + timedelta(days=7), 18)  # flies home from Tokyo and lands at 18:00
    version = tid(10)
    result = trip(
        TripMedicine(TABLET_10, (version,)),
        leave=leave,
        back=back,
        destination="Asia/Tokyo",
        mode=TravelMode.LOCAL_TIME,
        buffer_days=0,
    )
    doses = all_doses(result)
    counted = Counter(keys(doses))
    assert all(n == 1 for n in counted.values())
    # Every slot of the home plan is taken exactly once: at home before leaving, on the trip,
    # or at home after the return.
    for day in (START + timedelta(days=i) for i in range(-1, 9)):
        for p in planned_doses(day, 1, HOME, [TABLET_10], {1: [version]}):
            there = local_to_utc(p.slot_date, p.slot_time, "Asia/Tokyo")
            before = p.due < leave
            after = not before and there >= back
            on_trip = (p.slot_date, p.slot_time) in counted
            assert [before, on_trip, after].count(True) == 1
    # The 14:00 dose not yet taken when leaving at 10:00 falls on departure (19:00 Tokyo), but
    # 20:00 Tokyo comes an hour later: under the 2-hour rule it is skipped, and 20:00 taken.
    # From the next day on doses are at 08:00, 14:00, 20:00 Tokyo time.
    first_day = result.days[0]
    assert [(d.local.time(), d.skip) for d in first_day.doses] == [
        (time(19), True),
        (time(20), False),
    ]
    assert "within 2 hours" in first_day.doses[0].note
    assert [d.local.time() for d in result.days[1].doses] == list(TID)
    assert all(d.local.tzinfo == tokyo for d in doses)
    assert result.supplies[0].trip_doses == len(doses) - 1
    assert len(doses) == 2 + 6 * 3 + 3  # the last day's three before the flight lands


def test_liquids_are_counted_in_ml_and_whole_bottles() -> None:
    # 10 mg of a 5 mg/mL solution is 2 mL; 39 doses are 78 mL, so two 50 mL bottles.
    supply = trip(
        TripMedicine(LIQUID, (tid(10),), stock_units=60, bottle_ml=50.0),
    ).supplies[0]
    assert supply.units_needed == 78
    assert supply.bottles == 2
    assert supply.verdict.startswith("short by 18 mL (1 bottle of 50 mL) — refill before 3 Dec")
    enough = trip(TripMedicine(LIQUID, (tid(10),), stock_units=100, bottle_ml=50.0)).supplies[0]
    assert enough.verdict == "enough, with 22 mL to spare"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"back": at(START - timedelta(days=1))}, "return", "after you leave"),
        ({"back": at(START + timedelta(days=400))}, "return", "over a year"),
        ({"destination_tz": "Mars/Olympus"}, "destination", "Unknown time zone"),
        ({"destination_tz": "../etc/passwd"}, "destination", "Unknown time zone"),
        ({"leave": datetime(2026, 12, 5)}, "leave", "time zone"),
        ({"buffer_days": -1}, "buffer days", "0 to 60"),
    ],
)
def test_bad_trips_are_refused(changes: dict[str, object], field: str, message: str) -> None:
    fields: dict[str, object] = {
        "profile_id": 1,
        "home_tz": HOME,
        "leave": at(START),
        "back": at(START + timedelta(days=10)),
        "destination_tz": "Europe/Madrid",
        "medicines": (TripMedicine(TABLET_20, (tid(20),)),),
    }
    fields.update(changes)
    with pytest.raises(ValidationError, match=message) as info:
        plan_trip(TripRequest(**fields))  # type: ignore[arg-type]
    assert info.value.field == field


@pytest.mark.parametrize(
    ("item", "field"),
    [
        (TripMedicine(TABLET_20, (tid(20),), stock_units=-1), "stock"),
        (TripMedicine(LIQUID, (tid(10),), bottle_ml=0.0), "bottle size"),
        (TripMedicine(TABLET_20, (tid(20),), only_strength_mg=0.0), "strength"),
    ],
)
def test_bad_medicines_are_refused(item: TripMedicine, field: str) -> None:
    with pytest.raises(ValidationError) as info:
        trip(item)
    assert info.value.field == field


zones = st.sampled_from(
    ["Europe/London", "Asia/Tokyo", "America/New_York", "Australia/Adelaide", "Pacific/Kiritimati"]
)


@given(
    start=st.dates(date(2026, 1, 1), date(2027, 12, 1)),
    leave_minutes=st.integers(0, 24 * 60 - 1),
    length_hours=st.integers(1, 24 * 40),
    destination=zones,
    mode=st.sampled_from(list(TravelMode)),
    amounts=st.lists(st.sampled_from([5.0, 10.0, 15.0, 20.0]), min_size=2, max_size=2),
    buffer_days=st.integers(0, 5),
    scored=st.booleans(),
)
def test_packed_units_always_cover_the_doses(
    start: date,
    leave_minutes: int,
    length_hours: int,
    destination: str,
    mode: TravelMode,
    amounts: list[float],
    buffer_days: int,
    scored: bool,
) -> None:
    med = Medication(1, 1, "Baclofen", DoseForm.TABLET, 5.0 if not scored else 10.0, scored)
    versions = (tid(amounts[0], start - timedelta(days=3), 1), tid(amounts[1], start, 2))
    leave = at(start) + timedelta(minutes=leave_minutes)
    back = leave + timedelta(hours=length_hours)
    result = trip(
        TripMedicine(med, versions),
        leave=leave,
        back=back,
        destination=destination,
        mode=mode,
        buffer_days=buffer_days,
    )
    supply = result.supplies[0]
    doses = all_doses(result)
    taken = [d for d in doses if not d.skip]
    assert len(doses) == len(set(keys(doses)))
    assert len(taken) == supply.trip_doses
    # Never two doses at once, however the clock jumps.
    assert len({d.due for d in taken}) == len(taken)
    needed = sum((units_for_dose(d.amount_mg, med) for d in taken), Fraction())
    assert supply.units_needed >= needed
    assert supply.units_needed >= supply.exact_units
    assert supply.units_needed.denominator == 1
    assert all(leave <= d.due < back for d in doses)


def test_leaving_early_for_the_east_never_means_two_doses_on_departure() -> None:
    # Leaving London at 07:00 is 16:00 in Tokyo: that day's 08:00 and 14:00 slots have both
    # passed there. Only the 14:00 one is taken on departure; the 08:00 one is skipped.
    leave = datetime.combine(START, time(7), tzinfo=ZoneInfo(HOME))
    result = trip(
        TripMedicine(TABLET_10, (tid(10),), stock_units=100),
        leave=leave,
        back=leave + timedelta(days=5),
        destination="Asia/Tokyo",
        mode=TravelMode.LOCAL_TIME,
    )
    first = result.days[0].doses
    assert [(d.slot_time, d.local.time(), d.skip) for d in first] == [
        (time(8), time(16), True),
        (time(14), time(16), False),
        (time(20), time(20), False),
    ]
    assert "never two at once" in first[0].note and "departure" in first[1].note
    assert "within 2 hours" in first[0].note
    supply = result.supplies[0]
    assert supply.trip_doses == len([d for d in all_doses(result) if not d.skip])


def test_a_departure_dose_is_skipped_when_the_next_comes_within_two_hours() -> None:
    # Leaving London at 04:30 is 13:30 in Tokyo: the 08:00 slot has passed there, and the
    # 14:00 one is 30 minutes away. Taking both would be two doses half an hour apart.
    leave = datetime.combine(START, time(4, 30), tzinfo=ZoneInfo(HOME))
    result = trip(
        TripMedicine(TABLET_10, (tid(10),), stock_units=100),
        leave=leave,
        back=leave + timedelta(days=5),
        destination="Asia/Tokyo",
        mode=TravelMode.LOCAL_TIME,
    )
    first = [(d.slot_time, d.local.time(), d.skip) for d in result.days[0].doses]
    assert first == [
        (time(8), time(13, 30), True),
        (time(14), time(14), False),
        (time(20), time(20), False),
    ]
    taken = sorted(d.due for d in all_doses(result) if not d.skip)
    assert all(b - a >= timedelta(hours=2) for a, b in itertools.pairwise(taken))


def test_a_long_gap_from_flying_far_west_is_pointed_out() -> None:
    # London 20:00 is the last dose at home; on Pago Pago time (UTC-11) the next is at 08:00
    # there, 23 hours later. At home the longest gap is the night's 12 hours.
    leave = datetime.combine(START, time(21), tzinfo=ZoneInfo(HOME))
    result = trip(
        TripMedicine(TABLET_10, (tid(10),), stock_units=100),
        leave=leave,
        back=leave + timedelta(days=7),
        destination="Pacific/Pago_Pago",
        mode=TravelMode.LOCAL_TIME,
    )
    supply = result.supplies[0]
    assert supply.longest_gap == timedelta(hours=23)
    assert supply.usual_gap == timedelta(hours=12)
    assert "Up to 23 hours between two doses of Baclofen" in supply.gap_warning
    assert "ask your prescriber" in supply.gap_warning
    # On home time the gaps stay as at home: nothing to say.
    same = trip(
        TripMedicine(TABLET_10, (tid(10),), stock_units=100),
        leave=leave,
        back=leave + timedelta(days=7),
        destination="Pacific/Pago_Pago",
        mode=TravelMode.HOME_TIME,
    )
    assert same.supplies[0].gap_warning == ""


def test_the_trip_is_compared_with_what_is_left_at_departure_not_with_todays_stock() -> None:
    """Seen on main: 100 tablets that run out on 3 Jan by the plan, a trip 8–18 Jan: "pack 80
    tablets — enough, with 20 tablets to spare". By departure none is left."""
    now = at(date(2026, 12, 2), 7)
    item = TripMedicine(TABLET_10, (tid(10.0),), stock_units=100)
    request = TripRequest(
        1,
        HOME,
        at(date(2027, 1, 8), 6),
        at(date(2027, 1, 18), 6),
        "Europe/Madrid",
        (item,),
        TravelMode.HOME_TIME,
        3,
        today=now.date(),
        now=now,
    )
    [supply] = plan_trip(request).supplies
    assert supply.stock_now == 100 and supply.stock_units == 0
    assert not supply.enough
    assert supply.verdict.startswith("none will be left when you leave: short by 39 tablets")
    # Counted today, before the plan takes any: the stock is what there is.
    [today] = plan_trip(
        TripRequest(1, HOME, at(date(2026, 12, 3), 6), at(date(2026, 12, 13), 6), "Europe/Madrid",
                    (item,), TravelMode.HOME_TIME, 3, today=now.date(), now=now)
    ).supplies  # fmt: skip
    assert today.stock_units == 100 - 3  # 08:00, 14:00 and 20:00 of 2 Dec come first
    assert today.verdict.startswith("97 tablets left when you leave: enough")


def test_a_dose_whose_time_there_comes_after_landing_home_is_taken_on_arrival() -> None:
    """Found by the day-model property test: a day trip west on New York time, back at 22:03
    London. 21:00 in New York is after landing; 21:00 at home was during the trip. Neither the
    trip's list nor the home clock had it: it is taken on arrival, from the stock at home."""
    day = date(2026, 3, 9)
    leave, back = at(day, 8, 3), at(day, 22, 3)
    slots = (DoseSlot(time(6), 5.0), DoseSlot(time(8), 5.0), DoseSlot(time(21), 5.0))
    version = ScheduleVersion(1, 1, date(2026, 3, 1), slots)
    window = TripWindow(leave.astimezone(UTC), back.astimezone(UTC), "America/New_York",
                        TravelMode.LOCAL_TIME)  # fmt: skip
    [evening] = [
        d
        for d in planned_doses(day, 1, HOME, [TABLET_10], {1: [version]}, [window])
        if d.slot_time == time(21)
    ]
    assert evening.due == back and not evening.superseded
    result = trip(
        TripMedicine(TABLET_10, (version,)),
        leave=leave,
        back=back,
        destination="America/New_York",
        mode=TravelMode.LOCAL_TIME,
        buffer_days=0,
    )
    assert (day, time(21)) not in keys(all_doses(result))
