"""Travel supply: what to pack for a trip, and the dose list at the destination in local time."""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import (
    DoseForm,
    Medication,
    ScheduleVersion,
    TravelMode,
    TripWindow,
)
from baclofen_companion.core.schedule import TripEdge, moved_on_trip, on_trip_due, planned_doses
from baclofen_companion.core.supply import (
    check_stock,
    exact,
    format_count,
    format_units,
    short_date,
    units_for_dose,
)
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, hhmm, translate
from baclofen_companion.core.units import MILLILITRES, format_mg

MAX_TRIP_DAYS = 366
DEFAULT_BUFFER_DAYS = 3
"""Spare days of medicine in case of delays, at the trip's highest daily dose."""
DEFAULT_REFILL_MARGIN_DAYS = 2
"""A short supply should be refilled this many days before leaving."""
MAX_BUFFER_DAYS = 60
DEPARTURE_NOTE = QT_TRANSLATE_NOOP(
    "core.travel", "take on departure: its time at the destination has already passed"
)
TRIP_SKIP_REASON = QT_TRANSLATE_NOOP(
    "core.travel",
    "the clock moves ahead and the next dose is due within 2 hours; never two at once",
)
CLOCK_GAP_REASON = QT_TRANSLATE_NOOP(
    "core.travel",
    "the clocks go forward past its time, onto the next dose; never two at once",
)
SKIP_NOTE = QT_TRANSLATE_NOOP(
    "core.travel",
    "skip: the clock moves ahead and the next dose is due within 2 hours; never two at once",
)


@dataclass(frozen=True)
class TripMedicine:
    medication: Medication
    versions: tuple[ScheduleVersion, ...]
    stock_units: Fraction | float | int = 0
    """Units on hand of the strength being packed (only_strength_mg when given)."""
    only_strength_mg: float | None = None
    """Only this strength is available (e.g. only 10 mg tablets): every dose is re-expressed."""
    only_strength_scored: bool | None = None
    """Whether that strength can be halved; None means as the usual medicine."""
    bottle_ml: float | None = None
    """For liquids: the bottle size, so the result can say how many whole bottles to pack."""


@dataclass(frozen=True)
class TripRequest:
    profile_id: int
    home_tz: str
    leave: datetime
    """Departure from home (aware)."""
    back: datetime
    """Arrival back home (aware); doses due at or after it are taken at home."""
    destination_tz: str
    medicines: tuple[TripMedicine, ...]
    mode: TravelMode = TravelMode.HOME_TIME
    buffer_days: int = DEFAULT_BUFFER_DAYS
    refill_margin_days: int = DEFAULT_REFILL_MARGIN_DAYS
    today: date | None = None
    """The home date now: a refill date already past becomes 'refill now'."""
    now: datetime | None = None
    """The moment of the calculation: the stock on hand is then projected, with the plan, to
    the departure (what is taken until then is not in the suitcase)."""


@dataclass(frozen=True)
class TripDose:
    medication: Medication
    slot_date: date
    """The home plan's day this dose belongs to."""
    slot_time: time
    amount_mg: float
    due: datetime
    """When to take it (UTC)."""
    local: datetime
    """The same instant on the destination's clock."""
    units: Fraction | None
    """Units of the packed strength; None when the dose cannot be made from it."""
    note: str = ""
    """DEPARTURE_NOTE or SKIP_NOTE in English as written; show it through note_text()."""
    skip: bool = False
    """Not taken: the clock jumps past it and the next dose (see PlannedDose.superseded)."""


@dataclass(frozen=True)
class TripDay:
    day: date
    """A local date at the destination."""
    doses: tuple[TripDose, ...]


@dataclass(frozen=True)
class TripSupply:
    medication: Medication
    """The medicine as packed: its strength is only_strength_mg when that was given."""
    trip_doses: int
    buffer_doses: int
    exact_units: Fraction
    """Trip doses plus buffer in units (½ tablets summed), before rounding up."""
    units_needed: Fraction
    """What to pack: whole tablets or packets, mL for liquids."""
    bottles: int | None
    """Whole bottles to pack (liquids with a bottle size)."""
    stock_units: Fraction
    """Units left at departure: the stock on hand now, less the doses due until then."""
    cannot_make: tuple[float, ...]
    """Dose amounts (mg) the packed strength cannot make; when set, the counts are not usable."""
    refill_before: date
    verdict: str
    longest_gap: timedelta | None = None
    """The longest time between two doses from the last one at home to the return, when it
    is much longer than at home (a day shortened or stretched by the clock); else None."""
    usual_gap: timedelta | None = None
    """The longest time between two doses at home, for comparison."""
    stock_now: Fraction = Fraction(0)
    """Units on hand at the moment of the calculation."""

    @property
    def gap_warning(self) -> str:
        """Plain words for a long gap, '' when there is none."""
        if self.longest_gap is None or self.usual_gap is None:
            return ""
        return translate(
            "core.travel",
            "Up to {hours} hours between two doses of {name} around the travel day (at home at"
            " most {usual}). A long gap can bring stiffness back; ask your prescriber how to"
            " bridge it.",
        ).format(
            hours=_hours(self.longest_gap), name=self.medication.name, usual=_hours(self.usual_gap)
        )

    @property
    def doses_needed(self) -> int:
        return self.trip_doses + self.buffer_doses

    @property
    def enough(self) -> bool:
        return not self.cannot_make and self.stock_units >= self.units_needed

    @property
    def spare_units(self) -> Fraction:
        return self.stock_units - self.units_needed


@dataclass(frozen=True)
class TripResult:
    supplies: tuple[TripSupply, ...]
    days: tuple[TripDay, ...]
    """Every local date at the destination from departure to return, travel days included."""


def zone(name: str, field: str) -> ZoneInfo:
    """The zone, or a ValidationError naming the field when the name is unknown."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            field, translate("core.travel", "Unknown time zone '{name}'.").format(name=name)
        ) from None


def check_trip_dates(
    leave: datetime, back: datetime, destination_tz: str, buffer_days: int
) -> None:
    """What every trip must pass, worked out or saved: a known place, aware dates in order,
    at most a year, buffer days in range. ValidationError names the field."""
    zone(destination_tz, "destination")
    if leave.tzinfo is None or leave.utcoffset() is None:
        raise ValidationError(
            "leave", translate("core.travel", "The departure time needs a time zone.")
        )
    if back.tzinfo is None or back.utcoffset() is None:
        raise ValidationError(
            "return", translate("core.travel", "The return time needs a time zone.")
        )
    if back <= leave:
        raise ValidationError(
            "return", translate("core.travel", "The return must be after you leave.")
        )
    if back - leave > timedelta(days=MAX_TRIP_DAYS):
        raise ValidationError(
            "return",
            translate("core.travel", "Trips over a year are not supported: plan it in parts."),
        )
    if not 0 <= buffer_days <= MAX_BUFFER_DAYS:
        raise ValidationError(
            "buffer days",
            translate("core.travel", "Buffer days must be 0 to {most}.").format(
                most=MAX_BUFFER_DAYS
            ),
        )


def _validate(request: TripRequest) -> None:
    zone(request.home_tz, "home time zone")
    check_trip_dates(request.leave, request.back, request.destination_tz, request.buffer_days)
    if request.refill_margin_days < 0:
        raise ValidationError(
            "refill margin", translate("core.travel", "The refill margin cannot be negative.")
        )
    if not request.medicines:
        raise ValidationError(
            "medicines", translate("core.travel", "Choose at least one medicine to pack.")
        )
    for item in request.medicines:
        med = item.medication
        if item.only_strength_mg is not None and not item.only_strength_mg > 0:
            raise ValidationError(
                "strength",
                translate("core.travel", "{medicine}: the strength must be more than 0 mg.").format(
                    medicine=med.name
                ),
            )
        if item.bottle_ml is not None and not item.bottle_ml > 0:
            raise ValidationError(
                "bottle size",
                translate("core.travel", "{medicine}: the bottle size must be over 0 mL.").format(
                    medicine=med.name
                ),
            )
        if exact(item.stock_units) < 0:
            raise ValidationError(
                "stock",
                translate("core.travel", "{medicine}: stock on hand cannot be negative.").format(
                    medicine=med.name
                ),
            )


def _packed(item: TripMedicine) -> Medication:
    med = item.medication
    if item.only_strength_mg is None:
        return med
    scored = med.scored if item.only_strength_scored is None else item.only_strength_scored
    return replace(med, strength_mg=item.only_strength_mg, scored=scored)


def _units(amount_mg: float, packed: Medication) -> Fraction | None:
    try:
        return units_for_dose(amount_mg, packed)
    except ValidationError:
        return None


def _round_up(units: Fraction, packed: Medication) -> Fraction:
    if packed.form is DoseForm.LIQUID:
        return units
    return Fraction(math.ceil(units))


def _trip_doses(
    request: TripRequest, item: TripMedicine, packed: Medication
) -> tuple[list[TripDose], Fraction]:
    """The home plan's doses that fall in the trip, each exactly once (the rule is
    core.schedule.on_trip_due, which the reminders follow too), and the buffer rate."""
    med = item.medication
    dest = ZoneInfo(request.destination_tz)
    home = ZoneInfo(request.home_tz)
    first = request.leave.astimezone(home).date() - timedelta(days=2)
    last = request.back.astimezone(home).date() + timedelta(days=2)
    by_med = {med.id: item.versions}
    window = TripWindow(request.leave, request.back, request.destination_tz, request.mode)
    doses: list[TripDose] = []
    highest_daily = Fraction(0)
    day = first
    while day <= last:
        planned = planned_doses(
            day, request.profile_id, request.home_tz, [med], by_med, (window,), at_home=True
        )
        day_on_trip = False
        for p in planned:
            shifted = on_trip_due(p, window)
            if shifted is None:
                continue
            due, edge = shifted
            if edge is TripEdge.RETURN:
                continue  # taken on arriving home, from the stock at home
            skip = moved_on_trip(p, window, item.versions, request.home_tz).superseded
            early = edge is TripEdge.DEPARTURE
            note = SKIP_NOTE if skip else DEPARTURE_NOTE if early else ""
            day_on_trip = True
            doses.append(
                TripDose(
                    med,
                    p.slot_date,
                    p.slot_time,
                    p.amount_mg,
                    due,
                    due.astimezone(dest),
                    _units(p.amount_mg, packed),
                    note,
                    skip,
                )
            )
        if day_on_trip:
            daily = sum((_units(p.amount_mg, packed) or Fraction(0) for p in planned), Fraction())
            highest_daily = max(highest_daily, daily)
        day += timedelta(days=1)
    doses.sort(key=lambda d: (d.due, d.slot_date))
    return doses, highest_daily


def _highest_day_doses(doses: Sequence[TripDose], item: TripMedicine, request: TripRequest) -> int:
    """The number of doses on the trip's highest-dose day (for counting buffer doses)."""
    by_day: dict[date, list[TripDose]] = defaultdict(list)
    for d in doses:
        by_day[d.slot_date].append(d)
    best: tuple[float, int] = (0.0, 0)
    by_med = {item.medication.id: item.versions}
    for day in by_day:
        full = planned_doses(day, request.profile_id, request.home_tz, [item.medication], by_med)
        best = max(best, (sum(p.amount_mg for p in full), len(full)))
    return best[1]


def _used_before_leaving(request: TripRequest, item: TripMedicine, packed: Medication) -> Fraction:
    """Units of the packed strength that the plan takes from now until departure."""
    if request.now is None or request.now >= request.leave:
        return Fraction(0)
    zone = ZoneInfo(request.home_tz)
    day, last = request.now.astimezone(zone).date(), request.leave.astimezone(zone).date()
    by_med = {item.medication.id: item.versions}
    used = Fraction(0)
    while day <= last:
        for p in planned_doses(day, request.profile_id, request.home_tz, [item.medication], by_med):
            if request.now <= p.due < request.leave:
                used += _units(p.amount_mg, packed) or Fraction(0)
        day += timedelta(days=1)
    return used


def _supply(request: TripRequest, item: TripMedicine) -> tuple[TripSupply, list[TripDose]]:
    packed = _packed(item)
    stock_now = check_stock(item.stock_units, packed)
    stock = max(Fraction(0), stock_now - _used_before_leaving(request, item, packed))
    doses, highest_daily = _trip_doses(request, item, packed)
    buffer_doses = request.buffer_days * _highest_day_doses(doses, item, request)
    taken = [d for d in doses if not d.skip]
    cannot = tuple(sorted({d.amount_mg for d in taken if d.units is None}))
    units = sum((d.units or Fraction(0) for d in taken), Fraction()) + (
        request.buffer_days * highest_daily
    )
    needed = _round_up(units, packed)
    bottles = None
    if packed.form is DoseForm.LIQUID and item.bottle_ml is not None:
        bottles = math.ceil(needed / exact(item.bottle_ml))
    refill_before = request.leave.astimezone(ZoneInfo(request.home_tz)).date() - timedelta(
        days=request.refill_margin_days
    )
    if cannot:
        amounts = ", ".join(format_mg(a) for a in cannot)
        if packed.form is DoseForm.TABLET and packed.scored:
            kind = translate("core.travel", "tablets, even halved")
        elif packed.form is DoseForm.TABLET:
            kind = translate("core.travel", "tablets that cannot be split")
        elif packed.form is DoseForm.GRANULES:
            kind = translate("core.travel", "packets")
        elif packed.form is DoseForm.LIQUID:
            kind = translate("core.travel", "per mL liquid in 0.1 mL steps")
        else:
            kind = translate("core.travel", "units")
        verdict = translate(
            "core.travel",
            "{amounts} cannot be made from {strength} {kind}: "
            "ask your pharmacist or prescriber for another strength before you travel.",
        ).format(amounts=amounts, strength=format_mg(packed.strength_mg), kind=kind)
    elif stock >= needed:
        spare = stock - needed
        verdict = translate("core.travel", "enough, with {spare} to spare").format(
            spare=format_units(spare, packed)
        )
        if stock < stock_now:
            verdict = translate("core.travel", "{left} left when you leave: {verdict}").format(
                left=format_units(stock, packed), verdict=verdict
            )
    else:
        short = needed - stock
        extra = ""
        if bottles is not None and item.bottle_ml is not None:
            n = math.ceil(short / exact(item.bottle_ml))
            size = translate("core.units", MILLILITRES).format(
                count=format_count(exact(item.bottle_ml))
            )
            if n == 1:
                extra = translate("core.travel", " (1 bottle of {size})").format(size=size)
            else:
                extra = translate("core.travel", " ({n} bottles of {size})").format(n=n, size=size)
        if request.today is not None and refill_before <= request.today:
            when = translate("core.travel", "refill now: you leave soon")
        else:
            when = translate(
                "core.travel", "refill before {date} ({days} days before you leave)"
            ).format(date=short_date(refill_before), days=request.refill_margin_days)
        verdict = translate("core.travel", "short by {amount}{bottles} — {when}").format(
            amount=format_units(short, packed), bottles=extra, when=when
        )
        if stock < stock_now and stock == 0:
            verdict = translate(
                "core.travel", "none will be left when you leave: {verdict}"
            ).format(verdict=verdict)
        elif stock < stock_now:
            verdict = translate(
                "core.travel", "only {left} will be left when you leave: {verdict}"
            ).format(left=format_units(stock, packed), verdict=verdict)
    longest, usual = _gaps(request, item, taken)
    supply = TripSupply(
        packed, len(taken), buffer_doses, units, needed, bottles, stock, cannot, refill_before,
        verdict, longest, usual, stock_now,
    )  # fmt: skip
    return supply, doses


GAP_MARGIN = timedelta(hours=4)
"""A trip gap this much longer than the longest at home is worth a word to the prescriber."""


def _hours(gap: timedelta) -> str:
    return str(round(gap.total_seconds() / 3600))


def _gaps(
    request: TripRequest, item: TripMedicine, taken: Sequence[TripDose]
) -> tuple[timedelta | None, timedelta | None]:
    """(longest gap on the trip, longest gap at home) when the first is much the longer."""
    med = item.medication
    by_med = {med.id: item.versions}
    home = ZoneInfo(request.home_tz)
    leave_day = request.leave.astimezone(home).date()
    before = [
        p.due
        for offset in (2, 1, 0)
        for p in planned_doses(
            leave_day - timedelta(days=offset), request.profile_id, request.home_tz, [med], by_med
        )
        if p.due < request.leave
    ]
    dues = sorted(([max(before)] if before else []) + [d.due for d in taken])
    if len(dues) < 2:
        return None, None
    longest = max(b - a for a, b in itertools.pairwise(dues))
    at_home = sorted(
        p.due
        for offset in (1, 0)
        for p in planned_doses(
            leave_day - timedelta(days=offset), request.profile_id, request.home_tz, [med], by_med
        )
    )
    if len(at_home) < 2:
        return None, None
    usual = max(b - a for a, b in itertools.pairwise(at_home))
    return (longest, usual) if longest > usual + GAP_MARGIN else (None, None)


def plan_trip(request: TripRequest) -> TripResult:
    """What to pack for each medicine, compared with stock, and the day-by-day dose list."""
    _validate(request)
    dest = ZoneInfo(request.destination_tz)
    supplies: list[TripSupply] = []
    all_doses: list[TripDose] = []
    for item in request.medicines:
        supply, doses = _supply(request, item)
        supplies.append(supply)
        all_doses.extend(doses)
    first = request.leave.astimezone(dest).date()
    last = (request.back - timedelta(microseconds=1)).astimezone(dest).date()
    by_day: dict[date, list[TripDose]] = defaultdict(list)
    for d in all_doses:
        by_day[d.local.date()].append(d)
    days: list[TripDay] = []
    day = first
    while day <= last:
        ordered = sorted(by_day.get(day, []), key=lambda d: (d.due, d.medication.name.lower()))
        days.append(TripDay(day, tuple(ordered)))
        day += timedelta(days=1)
    return TripResult(tuple(supplies), tuple(days))


def note_text(dose: TripDose) -> str:
    """The dose's note in the person's language ('' when it has none)."""
    return translate("core.travel", dose.note) if dose.note else ""


def place_name(tz: str) -> str:
    """'Asia/Tokyo' -> 'Tokyo', 'America/Argentina/Buenos_Aires' -> 'Buenos Aires'."""
    return tz.rsplit("/", 1)[-1].replace("_", " ")


def describe_trip(trip: TripWindow, home_tz: str, now: datetime) -> str:
    """'✈ On a trip to Tokyo until 22 Mar 18:00 (home time): doses follow Tokyo time.'"""
    home = ZoneInfo(home_tz)
    back = trip.back.astimezone(home)
    where = place_name(trip.destination_tz)
    if trip.mode is TravelMode.LOCAL_TIME:
        follows = translate("core.travel", "doses follow {place} time").format(place=where)
    else:
        follows = translate("core.travel", "doses stay on {place} time").format(
            place=place_name(home_tz)
        )
    if trip.leave <= now:
        return translate(
            "core.travel", "✈ On a trip to {place} until {date} {time}: {follows}."
        ).format(place=where, date=short_date(back.date()), time=hhmm(back), follows=follows)
    leave = trip.leave.astimezone(home)
    return translate("core.travel", "✈ Trip to {place} from {date} {time}: {follows}.").format(
        place=where, date=short_date(leave.date()), time=hhmm(leave), follows=follows
    )
