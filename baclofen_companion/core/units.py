"""Amounts in mg and in the units a person handles: half tablets, mL, packets."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, Medication

# Amounts are compared after rounding to the micro-gram so that float noise
# (0.1 + 0.2) never turns a deliverable dose into an undeliverable one.
_QUANTUM = Decimal("0.001")


def _dec(value: float) -> Decimal:
    exact = Decimal(str(value))
    if not exact.is_finite() or abs(exact) >= 10**15:
        return exact  # beyond any dose; quantizing would overflow the decimal context
    return exact.quantize(_QUANTUM, rounding=ROUND_HALF_UP)


def format_number(value: float) -> str:
    """5.0 -> '5', 2.5 -> '2.5', 1.25 -> '1.25'."""
    text = f"{_dec(value).normalize():f}"
    return text


def format_mg(amount_mg: float) -> str:
    return f"{format_number(amount_mg)} mg"


def _halves_text(halves: int) -> str:
    whole, half = divmod(halves, 2)
    if whole == 0:
        return "½ tablet"
    count = f"{whole}½" if half else f"{whole}"
    noun = "tablet" if whole == 1 and not half else "tablets"
    return f"{count} {noun}"


def units_text(amount_mg: float, form: DoseForm, strength_mg: float, scored: bool) -> str:
    """The amount as the person measures it out, e.g. '½ tablet', '7.5 mL', '2 packets'.

    Returns '' for forms without a countable unit. Amounts that do not fit the unit
    (history logged under another strength) are shown as a plain decimal.
    """
    if strength_mg <= 0:
        return ""
    ratio = _dec(amount_mg) / _dec(strength_mg)
    if form is DoseForm.TABLET:
        halves = ratio * 2
        if halves == halves.to_integral_value() and halves > 0 and (scored or halves % 2 == 0):
            return _halves_text(int(halves))
        return f"{format_number(float(ratio))} tablets"
    if form is DoseForm.LIQUID:
        ml = ratio.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return f"{format_number(float(ml))} mL"
    if form is DoseForm.GRANULES:
        if ratio == ratio.to_integral_value():
            n = int(ratio)
            return f"{n} packet" if n == 1 else f"{n} packets"
        return f"{format_number(float(ratio))} packets"
    return ""


def medication_units_text(amount_mg: float, medication: Medication) -> str:
    return units_text(amount_mg, medication.form, medication.strength_mg, medication.scored)


def dose_label(amount_mg: float, form: DoseForm, strength_mg: float, scored: bool) -> str:
    """'5 mg — ½ tablet', or just '5 mg' where there is no countable unit."""
    units = units_text(amount_mg, form, strength_mg, scored)
    return f"{format_mg(amount_mg)} — {units}" if units else format_mg(amount_mg)


def check_deliverable(amount_mg: float, medication: Medication, field: str = "amount") -> None:
    """Refuse an amount this medicine cannot give (3 mg from a 10 mg tablet)."""
    amount = _dec(amount_mg)
    strength = _dec(medication.strength_mg)
    if medication.form is DoseForm.TABLET:
        part = strength / 2 if medication.scored else strength
        if amount % part != 0:
            smallest = "½ tablet" if medication.scored else "1 tablet"
            raise ValidationError(
                field,
                f"{format_mg(amount_mg)} cannot be made from {format_mg(medication.strength_mg)} "
                f"tablets: use multiples of {format_mg(float(part))} ({smallest}).",
            )
    elif medication.form is DoseForm.GRANULES:
        if amount % strength != 0:
            raise ValidationError(
                field,
                f"{format_mg(amount_mg)} cannot be made from {format_mg(medication.strength_mg)} "
                "packets: use whole packets.",
            )
    elif medication.form is DoseForm.LIQUID:
        # A 0.1 mL step is as fine as an oral syringe measures reliably.
        tenths = amount / strength * 10
        if tenths != tenths.to_integral_value():
            raise ValidationError(
                field,
                f"{format_mg(amount_mg)} is not a measurable volume of a "
                f"{format_number(medication.strength_mg)} mg/mL liquid (steps of 0.1 mL).",
            )
