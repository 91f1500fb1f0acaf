"""Stock on hand in tablets, mL or packets, and when it runs out under the real dose plan."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from zoneinfo import ZoneInfo

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, Medication, ScheduleVersion
from baclofen_companion.core.schedule import active_version, planned_doses
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, translate
from baclofen_companion.core.text import short_date as _short_date
from baclofen_companion.core.units import MILLILITRES, check_deliverable, format_number

MAX_FORECAST_DAYS = 730
"""How far ahead the forecast looks; beyond it the supply is 'more than 2 years'."""
DEFAULT_LEAD_DAYS = 7
"""Order a refill a week before the last covered day: pharmacies can take days."""


def exact(value: float | int | Fraction | Decimal) -> Fraction:
    """A float as the decimal it was typed as (0.1 -> 1/10), to the microgram, never float noise."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    dec = value if isinstance(value, Decimal) else Decimal(str(value))
    if not dec.is_finite():
        raise ValidationError(
            "amount", translate("core.supply", "The amount must be a finite number.")
        )
    return Fraction(dec.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP))


_NOUNS = {
    (DoseForm.TABLET, True): QT_TRANSLATE_NOOP("core.supply", "tablets"),
    (DoseForm.TABLET, False): QT_TRANSLATE_NOOP("core.supply", "tablet"),
    (DoseForm.LIQUID, True): QT_TRANSLATE_NOOP("core.supply", "mL"),
    (DoseForm.LIQUID, False): QT_TRANSLATE_NOOP("core.supply", "mL"),
    (DoseForm.GRANULES, True): QT_TRANSLATE_NOOP("core.supply", "packets"),
    (DoseForm.GRANULES, False): QT_TRANSLATE_NOOP("core.supply", "packet"),
    (DoseForm.OTHER, True): QT_TRANSLATE_NOOP("core.supply", "units"),
    (DoseForm.OTHER, False): QT_TRANSLATE_NOOP("core.supply", "unit"),
}
_COUNTS = {
    (DoseForm.TABLET, True): QT_TRANSLATE_NOOP("core.supply", "{count} tablets"),
    (DoseForm.TABLET, False): QT_TRANSLATE_NOOP("core.supply", "{count} tablet"),
    (DoseForm.GRANULES, True): QT_TRANSLATE_NOOP("core.supply", "{count} packets"),
    (DoseForm.GRANULES, False): QT_TRANSLATE_NOOP("core.supply", "{count} packet"),
    (DoseForm.OTHER, True): QT_TRANSLATE_NOOP("core.supply", "{count} units"),
    (DoseForm.OTHER, False): QT_TRANSLATE_NOOP("core.supply", "{count} unit"),
}


def unit_noun(medication: Medication, plural: bool = True) -> str:
    """'tablets', 'mL', 'packets' or 'units': what stock of this medicine is counted in."""
    return translate("core.supply", _NOUNS[medication.form, plural])


def format_count(count: Fraction) -> str:
    """3 -> '3', 7/2 -> '3.5', 1/3 -> '0.33' (with the language's decimal point)."""
    if count.denominator == 1:
        return str(count.numerator)
    dec = (Decimal(count.numerator) / Decimal(count.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
    return format_number(float(dec))


def format_units(count: Fraction, medication: Medication) -> str:
    """'1 tablet', '3½ tablets', '½ tablet', '12.5 mL', '2 packets'."""
    if medication.form is DoseForm.TABLET and (count * 2).denominator == 1:
        whole, half = divmod(int(count * 2), 2)
        if whole == 0 and half:
            return translate("core.supply", "½ tablet")
        text = f"{whole}½" if half else str(whole)
        plural = not (whole == 1 and not half)
        return translate("core.supply", _COUNTS[DoseForm.TABLET, plural]).format(count=text)
    if medication.form is DoseForm.LIQUID:
        return translate("core.units", MILLILITRES).format(count=format_count(count))
    plural = count != 1
    return translate("core.supply", _COUNTS[medication.form, plural]).format(
        count=format_count(count)
    )


def _strength(medication: Medication) -> Fraction:
    strength = exact(medication.strength_mg)
    if strength <= 0:
        raise ValidationError(
            "strength", translate("core.supply", "The strength must be more than 0 mg.")
        )
    return strength


def units_for_dose(amount_mg: float, medication: Medication) -> Fraction:
    """How much stock one dose uses: ½ for 5 mg from a scored 10 mg tablet, mL for liquids.

    Raises ValidationError when the dose cannot be made from this medicine (5 mg from an
    unscored 10 mg tablet, 3 mg from a 10 mg tablet, half a packet).
    """
    strength = _strength(medication)
    if amount_mg < 0:
        raise ValidationError(
            "amount", translate("core.supply", "A dose cannot be less than 0 mg.")
        )
    check_deliverable(amount_mg, medication)
    return exact(amount_mg) / strength


def consumed_units(amount_mg: float, medication: Medication) -> Fraction:
    """Like units_for_dose, but a dose that does not fit the unit is rounded up to the next one.

    Used for forecasts, where a schedule written for an earlier strength must still count.
    """
    ratio = exact(max(amount_mg, 0.0)) / _strength(medication)
    if medication.form is DoseForm.TABLET:
        step = Fraction(1, 2) if medication.scored else Fraction(1)
    elif medication.form is DoseForm.GRANULES:
        step = Fraction(1)
    else:
        return ratio
    return math.ceil(ratio / step) * step


def check_stock(stock_units: Fraction | float | int, medication: Medication) -> Fraction:
    """Stock as an exact count; tablets may include a half (what is left of a split tablet)."""
    stock = exact(stock_units)
    if stock < 0:
        raise ValidationError(
            "stock", translate("core.supply", "Stock on hand cannot be negative.")
        )
    if medication.form is DoseForm.TABLET and (stock * 2).denominator != 1:
        raise ValidationError(
            "stock", translate("core.supply", "Count tablets in whole and half tablets.")
        )
    if medication.form is DoseForm.GRANULES and stock.denominator != 1:
        raise ValidationError("stock", translate("core.supply", "Count packets in whole packets."))
    return stock


def parse_stock(text: str, medication: Medication, field: str = "stock") -> Fraction:
    """What a person typed as a count: '23', '23.5', '23,5', '23½', '½', '120 mL'."""
    cleaned = text.strip().lower()
    # The unit may be typed after the number, in English or in the person's language.
    nouns = {translate("core.supply", noun).lower() for noun in _NOUNS.values()}
    for suffix in sorted(nouns | {"tablets", "tablet", "packets", "packet", "ml"}, key=len)[::-1]:
        cleaned = cleaned.removesuffix(suffix).strip()
    half = cleaned.endswith("½")
    cleaned = cleaned.removesuffix("½").strip().replace(",", ".") or ("0" if half else "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(
            field, translate("core.supply", "“{text}” is not a number.").format(text=text.strip())
        ) from None
    if not value.is_finite() or abs(value) > 10**7:
        raise ValidationError(
            field, translate("core.supply", "That number is far too large; check it.")
        )
    if value < 0:
        raise ValidationError(field, translate("core.supply", "Stock cannot be negative."))
    amount = exact(value) + (Fraction(1, 2) if half else 0)
    try:
        return check_stock(amount, medication)
    except ValidationError as err:
        raise ValidationError(field, err.message) from None


def take_from_stock(stock_units: Fraction, amount_mg: float, medication: Medication) -> Fraction:
    """Stock after one dose (a split tablet leaves its half in stock); never below zero."""
    return max(Fraction(0), stock_units - consumed_units(amount_mg, medication))


@dataclass(frozen=True)
class SupplyForecast:
    stock_units: Fraction
    medication: Medication
    today: date
    """The local date of 'now' in the home zone."""
    days_covered: int
    """Calendar days up to the last covered day, counting today only if it has doses to come."""
    last_covered_day: date | None
    """The last local day whose every dose is covered; None when today's next dose is not."""
    last_covered_due: datetime | None
    """The instant (UTC) of the last dose the stock fully covers; None if it covers none."""
    refill_by: date | None
    """last_covered_day minus the lead time; None when the stock outlasts the horizon or plan."""
    beyond_horizon: bool
    """The stock lasts more than MAX_FORECAST_DAYS."""
    plan_ends: date | None
    """Set when the plan stops (a taper to zero) before the stock runs out: the first day
    without doses."""
    lead_days: int

    @property
    def refill_now(self) -> bool:
        return self.refill_by is not None and self.refill_by <= self.today

    @property
    def text(self) -> str:
        """'Supply: 23 days — refill by 11 Dec'."""
        if self.beyond_horizon:
            return translate("core.supply", "Supply: more than 2 years")
        if self.plan_ends is not None:
            return translate("core.supply", "Supply: enough until the plan ends on {date}").format(
                date=short_date(self.plan_ends)
            )
        if self.days_covered == 0:
            # "0 days" read as "nothing left" while the next doses may still be covered.
            if self.last_covered_due is None:
                return translate("core.supply", "Supply: not enough for the next dose — refill now")
            return translate("core.supply", "Supply: less than a day — refill now")
        if self.days_covered == 1:
            days = translate("core.supply", "1 day")
        else:
            days = translate("core.supply", "{n} days").format(n=self.days_covered)
        if self.refill_by is None or self.refill_now:
            return translate("core.supply", "Supply: {days} — refill now").format(days=days)
        return translate("core.supply", "Supply: {days} — refill by {date}").format(
            days=days, date=short_date(self.refill_by)
        )


def short_date(day: date) -> str:
    """'11 Dec' ('11. Dez.' in German)."""
    return _short_date(day)


def _plan_over(versions: Sequence[ScheduleVersion], day: date) -> bool:
    """No dose on this day or any later one: no version in force with slots, none to come."""
    if any(v.valid_from > day for v in versions):
        return False
    current = active_version(versions, day)
    return current is None or not current.slots


def forecast(
    stock_units: Fraction | float | int,
    medication: Medication,
    versions: Sequence[ScheduleVersion],
    profile_id: int,
    tz: str,
    now: datetime,
    lead_days: int = DEFAULT_LEAD_DAYS,
    extra_daily_units: Fraction | float | int = 0,
) -> SupplyForecast:
    """When the stock runs out, walking the plan day by day (titration and taper steps too).

    Only doses due after ``now`` consume stock, so doses taken earlier today are not counted
    again. ``extra_daily_units`` (as-needed doses) is set aside at the start of every day that
    still has doses to come, today included, so the forecast errs on the short side.
    """
    if now.tzinfo is None:
        raise ValidationError(
            "now", translate("core.supply", "The current time needs a time zone.")
        )
    if lead_days < 0:
        raise ValidationError(
            "lead time", translate("core.supply", "The lead time cannot be negative.")
        )
    stock = check_stock(stock_units, medication)
    extra = exact(extra_daily_units)
    if extra < 0:
        raise ValidationError(
            "extra doses", translate("core.supply", "Extra doses a day cannot be negative.")
        )
    today = now.astimezone(ZoneInfo(tz)).date()
    left = stock
    last_day: date | None = None
    last_due: datetime | None = None
    today_counts = False
    by_med = {medication.id: versions}

    def result(
        last: date | None, refill: date | None, beyond: bool, ends: date | None
    ) -> SupplyForecast:
        days = 0 if last is None else (last - today).days + (1 if today_counts else 0)
        return SupplyForecast(
            stock, medication, today, days, last, last_due, refill, beyond, ends, lead_days
        )

    for offset in range(MAX_FORECAST_DAYS + 1):
        day = today + timedelta(days=offset)
        if _plan_over(versions, day):
            return result(last_day, None, False, day)
        doses = [d for d in planned_doses(day, profile_id, tz, [medication], by_med) if d.due > now]
        if doses:
            need = extra + sum((consumed_units(d.amount_mg, medication) for d in doses), Fraction())
            if need > left:
                left -= extra
                for dose in doses:
                    use = consumed_units(dose.amount_mg, medication)
                    if use > left:
                        break
                    left -= use
                    last_due = dose.due
                break
            left -= need
            last_due = doses[-1].due
            today_counts = today_counts or offset == 0
        last_day = day
    else:
        return result(last_day, None, True, None)
    refill_by = last_day - timedelta(days=lead_days) if last_day is not None else today
    return result(last_day, refill_by, False, None)
