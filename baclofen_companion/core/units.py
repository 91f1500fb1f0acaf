"""Amounts in mg and in the units a person handles: half tablets, mL, packets."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, Medication
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, decimal, translate

# Amounts are compared after rounding to the micro-gram so that float noise
# (0.1 + 0.2) never turns a deliverable dose into an undeliverable one.
_QUANTUM = Decimal("0.001")


def _dec(value: float) -> Decimal:
    exact = Decimal(str(value))
    if not exact.is_finite() or abs(exact) >= 10**15:
        return exact  # beyond any dose; quantizing would overflow the decimal context
    return exact.quantize(_QUANTUM, rounding=ROUND_HALF_UP)


def plain_number(value: float) -> str:
    """5.0 -> '5', 2.5 -> '2.5', 1.25 -> '1.25', always with a point (files, not people)."""
    return f"{_dec(value).normalize():f}"


def format_number(value: float) -> str:
    """5.0 -> '5', 2.5 -> '2.5' (German: '2,5'): a number as the person reads and types it."""
    return decimal(plain_number(value))


def format_mg(amount_mg: float) -> str:
    return translate("core.units", "{amount} mg").format(amount=format_number(amount_mg))


HALF_TABLET = QT_TRANSLATE_NOOP("core.units", "½ tablet")
TABLET = QT_TRANSLATE_NOOP("core.units", "{count} tablet")
TABLETS = QT_TRANSLATE_NOOP("core.units", "{count} tablets")
MILLILITRES = QT_TRANSLATE_NOOP("core.units", "{count} mL")
PACKET = QT_TRANSLATE_NOOP("core.units", "{count} packet")
PACKETS = QT_TRANSLATE_NOOP("core.units", "{count} packets")


def _as_written(context: str, text: str) -> str:
    return text


def _halves_text(halves: int, say: Callable[[str, str], str]) -> str:
    whole, half = divmod(halves, 2)
    if whole == 0:
        return say("core.units", HALF_TABLET)
    count = f"{whole}½" if half else f"{whole}"
    return say("core.units", TABLET if whole == 1 and not half else TABLETS).format(count=count)


def units_text(
    amount_mg: float, form: DoseForm, strength_mg: float, scored: bool, *, english: bool = False
) -> str:
    """The amount as the person measures it out, e.g. '½ tablet', '7.5 mL', '2 packets'.

    Returns '' for forms without a countable unit. Amounts that do not fit the unit
    (history logged under another strength) are shown as a plain decimal. ``english`` gives
    the words and decimal point of the CSV files, whatever language the window speaks.
    """
    if strength_mg <= 0:
        return ""
    say = _as_written if english else translate
    number = plain_number if english else format_number
    ratio = _dec(amount_mg) / _dec(strength_mg)
    if form is DoseForm.TABLET:
        halves = ratio * 2
        if halves == halves.to_integral_value() and halves > 0 and (scored or halves % 2 == 0):
            return _halves_text(int(halves), say)
        return say("core.units", TABLETS).format(count=number(float(ratio)))
    if form is DoseForm.LIQUID:
        ml = ratio.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return say("core.units", MILLILITRES).format(count=number(float(ml)))
    if form is DoseForm.GRANULES:
        if ratio == ratio.to_integral_value():
            n = int(ratio)
            return say("core.units", PACKET if n == 1 else PACKETS).format(count=n)
        return say("core.units", PACKETS).format(count=number(float(ratio)))
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
            smallest = (
                translate("core.units", HALF_TABLET)
                if medication.scored
                else translate("core.units", TABLET).format(count=1)
            )
            raise ValidationError(
                field,
                translate(
                    "core.units",
                    "{amount} cannot be made from {strength} tablets: "
                    "use multiples of {part} ({smallest}).",
                ).format(
                    amount=format_mg(amount_mg),
                    strength=format_mg(medication.strength_mg),
                    part=format_mg(float(part)),
                    smallest=smallest,
                ),
            )
    elif medication.form is DoseForm.GRANULES:
        if amount % strength != 0:
            raise ValidationError(
                field,
                translate(
                    "core.units",
                    "{amount} cannot be made from {strength} packets: use whole packets.",
                ).format(amount=format_mg(amount_mg), strength=format_mg(medication.strength_mg)),
            )
    elif medication.form is DoseForm.LIQUID:
        # A 0.1 mL step is as fine as an oral syringe measures reliably.
        tenths = amount / strength * 10
        if tenths != tenths.to_integral_value():
            raise ValidationError(
                field,
                translate(
                    "core.units",
                    "{amount} is not a measurable volume of a {strength} mg/mL liquid "
                    "(steps of {step} mL).",
                ).format(
                    amount=format_mg(amount_mg),
                    strength=format_number(medication.strength_mg),
                    step=format_number(0.1),
                ),
            )
