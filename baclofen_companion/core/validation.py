"""Parsing and checking what a person types; every refusal names its field."""

from __future__ import annotations

import math
import re
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal, InvalidOperation

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, DoseSlot, Medication
from baclofen_companion.core.text import hhmm, translate
from baclofen_companion.core.units import check_deliverable, format_mg

MAX_DOSE_MG = 1000.0
"""No single dose of any oral medicine this app tracks comes near this; above it is a typo."""
MAX_STRENGTH_MG = 1000.0
MAX_NAME_LENGTH = 80
MAX_SLOTS_PER_DAY = 12
# A time typed as "now" is often a few seconds ahead of the clock by the time Save is clicked.
FUTURE_GRACE = timedelta(minutes=1)

_TIME_RE = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})\s*$")


def parse_time(text: str, field: str = "time") -> time:
    """'8:00', '08:00', '20.30' -> time. Anything else is refused."""
    match = _TIME_RE.match(text)
    if not match:
        raise ValidationError(
            field,
            translate(
                "core.validation", "“{text}” is not a time; use hours:minutes, e.g. 08:00."
            ).format(text=text.strip()),
        )
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValidationError(
            field,
            translate("core.validation", "“{text}” is not a time of day (00:00 to 23:59).").format(
                text=text.strip()
            ),
        )
    return time(hour, minute)


def parse_amount(text: str | float, field: str = "amount") -> float:
    """A dose in mg: positive, at most two decimals, not absurd."""
    if isinstance(text, str):
        cleaned = text.strip().lower().removesuffix("mg").strip().replace(",", ".")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise ValidationError(
                field,
                translate("core.validation", "“{text}” is not an amount in mg.").format(
                    text=text.strip()
                ),
            ) from None
        if not value.is_finite():
            raise ValidationError(field, _not_a_number_of_mg())
        if abs(value) > Decimal(MAX_DOSE_MG):
            # Checked before quantizing: 1E100 would overflow the decimal context.
            amount = float(value)
        elif value != value.quantize(Decimal("0.01")):
            raise ValidationError(
                field, translate("core.validation", "Use at most two decimals for an amount in mg.")
            )
        else:
            amount = float(value)
    else:
        amount = float(text)
        if not math.isfinite(amount):
            raise ValidationError(field, _not_a_number_of_mg())
    if amount <= 0:
        raise ValidationError(
            field, translate("core.validation", "The amount must be more than 0 mg.")
        )
    if amount > MAX_DOSE_MG:
        raise ValidationError(
            field,
            translate(
                "core.validation",
                "{amount} in one dose is far above any real dose; check the amount.",
            ).format(amount=format_mg(amount)),
        )
    return amount


def _not_a_number_of_mg() -> str:
    return translate("core.validation", "The amount must be a number of mg.")


def parse_strength(text: str | float, field: str = "strength") -> float:
    try:
        value = parse_amount(text, field)
    except ValidationError as err:
        raise ValidationError(
            field,
            err.message.replace(
                translate("core.validation", "amount"), translate("core.validation", "strength")
            ),
        ) from None
    if value > MAX_STRENGTH_MG:
        raise ValidationError(
            field,
            translate("core.validation", "That strength is far above any real product; check it."),
        )
    return value


def clean_name(text: str, field: str = "name") -> str:
    name = " ".join(text.split())
    if not name:
        raise ValidationError(field, translate("core.validation", "Please enter a name."))
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            field,
            translate("core.validation", "Please keep the name under {most} characters.").format(
                most=MAX_NAME_LENGTH
            ),
        )
    return name


def check_time_zone(name: str, field: str = "time zone") -> str:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            field,
            translate("core.validation", "“{name}” is not a known time zone.").format(name=name),
        ) from None
    return name


@dataclass(frozen=True)
class MedicationDraft:
    """A medicine as typed in a form, before it has an id."""

    name: str
    form: DoseForm
    strength_mg: float
    scored: bool
    instructions: str = ""
    max_daily_mg: float | None = None

    def as_medication(self, profile_id: int = 0, medication_id: int = 0) -> Medication:
        return Medication(
            id=medication_id,
            profile_id=profile_id,
            name=self.name,
            form=self.form,
            strength_mg=self.strength_mg,
            scored=self.scored,
            instructions=self.instructions,
            max_daily_mg=self.max_daily_mg,
        )


def clean_medication(
    name: str,
    form: DoseForm,
    strength: str | float,
    scored: bool,
    instructions: str,
    max_daily: str | float | None = None,
) -> MedicationDraft:
    """A medicine as typed. An empty maximum means none is set (baclofen defaults to 80 mg)."""
    clean = clean_name(name, "medicine name")
    if max_daily is None or (isinstance(max_daily, str) and not max_daily.strip()):
        maximum = 80.0 if "baclofen" in clean.lower() else None
    else:
        maximum = parse_amount(max_daily, "maximum a day")
    return MedicationDraft(
        name=clean,
        form=form,
        strength_mg=parse_strength(strength),
        scored=scored and form is DoseForm.TABLET,
        instructions=" ".join(instructions.split())[:200],
        max_daily_mg=maximum,
    )


def clean_slots(
    rows: Iterable[tuple[str, str | float]], medication: Medication
) -> tuple[DoseSlot, ...]:
    """Rows of (time text, amount) -> sorted slots, or a ValidationError naming the row."""
    slots: list[DoseSlot] = []
    seen: set[time] = set()
    for index, (time_text, amount_text) in enumerate(rows, start=1):
        if isinstance(amount_text, str) and not time_text.strip() and not amount_text.strip():
            continue  # a blank row left over from "Add a dose time"
        slot_time = parse_time(time_text, f"time in row {index}")
        if slot_time in seen:
            raise ValidationError(
                f"time in row {index}",
                translate(
                    "core.validation", "{time} is listed twice; each dose needs its own time."
                ).format(time=hhmm(slot_time)),
            )
        seen.add(slot_time)
        amount = parse_amount(amount_text, f"amount in row {index}")
        check_deliverable(amount, medication, f"amount in row {index}")
        slots.append(DoseSlot(slot_time, amount))
    if not slots:
        raise ValidationError("doses", translate("core.validation", "Add at least one dose time."))
    if len(slots) > MAX_SLOTS_PER_DAY:
        raise ValidationError(
            "doses",
            translate("core.validation", "At most {most} dose times a day.").format(
                most=MAX_SLOTS_PER_DAY
            ),
        )
    return tuple(sorted(slots, key=lambda s: s.time))


def is_still_to_come(at: datetime, now: datetime) -> bool:
    """The one "not in the future" rule for every time a person types: a dose taken, an extra
    dose, a correction, a diary entry."""
    return at > now + FUTURE_GRACE
