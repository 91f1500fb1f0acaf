"""Titration and taper plans: dated steps whose doses add up, fit the form and stay in bounds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal
from enum import StrEnum
from itertools import pairwise

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, DoseSlot, Medication, ScheduleVersion
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, translate, weekday_date
from baclofen_companion.core.units import format_mg, format_number

MIN_STOP_TAPER_DAYS = 14
"""DOMAIN.md: stop baclofen slowly, "usually over about 1–2 weeks or longer"; we take the 2."""
MAX_STEPS = 60
LABEL_STEP_PER_DOSE_MG = 5.0
LABEL_DAYS_PER_STEP = 3
BACLOFEN_MAX_DAILY_MG = 80.0
"""FDA label maximum: 80 mg a day (20 mg four times a day); more only from a specialist."""
BACLOFEN_MAX_SINGLE_MG = 20.0


class PlanKind(StrEnum):
    TITRATION = "titration"
    TAPER = "taper"


@dataclass(frozen=True)
class PlanStep:
    start: date
    days: int
    slots: tuple[DoseSlot, ...]
    """Empty for the last step of a taper to zero: no doses from that day."""

    @property
    def total_mg(self) -> float:
        return round(sum(s.amount_mg for s in self.slots), 3)

    @property
    def end(self) -> date:
        return self.start + timedelta(days=self.days)


def is_baclofen(medication: Medication) -> bool:
    return "baclofen" in medication.name.lower()


def default_max_daily(name: str) -> float | None:
    return BACLOFEN_MAX_DAILY_MG if "baclofen" in name.lower() else None


def dose_unit_mg(medication: Medication) -> Decimal:
    """The smallest amount this medicine can be given in: ½ tablet, 1 packet, 0.1 mL."""
    strength = Decimal(str(medication.strength_mg))
    if medication.form is DoseForm.TABLET:
        return strength / 2 if medication.scored else strength
    if medication.form is DoseForm.GRANULES:
        return strength
    if medication.form is DoseForm.LIQUID:
        return strength / 10
    return Decimal("0.5")


def split_total(
    total_mg: float,
    slot_times: Sequence[time],
    medication: Medication,
    larger_first: Sequence[int] | None = None,
    field: str = "daily total",
) -> tuple[DoseSlot, ...]:
    """Share a day's total across the slots in whole dose units.

    When it does not split evenly, the slots listed in ``larger_first`` (indexes into
    ``slot_times``) take one unit more each, in that order; by default the latest slots do,
    as evening doses often help night-time spasms. Slots left with nothing are dropped.
    """
    if not slot_times:
        raise ValidationError("dose times", translate("core.plans", "Add at least one dose time."))
    unit = dose_unit_mg(medication)
    total = Decimal(str(total_mg))
    units, remainder = divmod(total, unit)
    if remainder != 0 or total < 0:
        raise ValidationError(
            field,
            translate(
                "core.plans",
                "{total} a day cannot be made from {strength} {form} doses (steps of {step}).",
            ).format(
                total=format_mg(total_mg),
                strength=format_mg(medication.strength_mg),
                form=translate("core.plans", _FORM_WORDS[medication.form]),
                step=format_mg(float(unit)),
            ),
        )
    n = len(slot_times)
    base, extra = divmod(int(units), n)
    order = list(larger_first) if larger_first is not None else list(range(n - 1, -1, -1))
    order += [i for i in range(n - 1, -1, -1) if i not in order]
    counts = [base] * n
    for index in order[:extra]:
        counts[index] += 1
    return tuple(
        DoseSlot(t, float(unit * c)) for t, c in sorted(zip(slot_times, counts, strict=True)) if c
    )


_FORM_WORDS = {
    DoseForm.TABLET: QT_TRANSLATE_NOOP("core.plans", "tablet"),
    DoseForm.LIQUID: QT_TRANSLATE_NOOP("core.plans", "liquid"),
    DoseForm.GRANULES: QT_TRANSLATE_NOOP("core.plans", "granules"),
    DoseForm.OTHER: QT_TRANSLATE_NOOP("core.plans", "other"),
}


def _too_many_steps() -> str:
    return translate("core.plans", "That would take more than {most} steps.").format(most=MAX_STEPS)


def _check_days(days_per_step: int) -> None:
    if not 1 <= days_per_step <= 90:
        raise ValidationError(
            "days per step", translate("core.plans", "Each step lasts 1 to 90 days.")
        )


def build_titration(
    *,
    medication: Medication,
    start: date,
    slot_times: Sequence[time],
    start_per_dose_mg: float,
    target_per_dose_mg: float,
    step_per_dose_mg: float = LABEL_STEP_PER_DOSE_MG,
    days_per_step: int = LABEL_DAYS_PER_STEP,
    max_daily_mg: float | None = None,
    larger_first: Sequence[int] | None = None,
) -> list[PlanStep]:
    """Raise the dose step by step, 'start low, go slow'. The last step is the target."""
    _check_days(days_per_step)
    n = len(slot_times)
    if n == 0:
        raise ValidationError("dose times", translate("core.plans", "Add at least one dose time."))
    if start_per_dose_mg <= 0:
        raise ValidationError(
            "start dose", translate("core.plans", "The start dose must be more than 0 mg.")
        )
    if step_per_dose_mg <= 0:
        raise ValidationError("step", translate("core.plans", "The step must be more than 0 mg."))
    if target_per_dose_mg < start_per_dose_mg:
        raise ValidationError(
            "target", translate("core.plans", "The target must not be below the start dose.")
        )
    target_total = target_per_dose_mg * n
    if max_daily_mg is not None and target_total > max_daily_mg + 1e-9:
        raise ValidationError(
            "target",
            translate(
                "core.plans",
                "{total} a day is above this medicine's maximum of {limit} a day. "
                "More than that is for a specialist to decide.",
            ).format(total=format_mg(target_total), limit=format_mg(max_daily_mg)),
        )
    totals: list[float] = []
    total = start_per_dose_mg * n
    while total < target_total - 1e-9:
        totals.append(round(total, 3))
        total += step_per_dose_mg * n
        if len(totals) >= MAX_STEPS:
            raise ValidationError("step", _too_many_steps())
    totals.append(round(target_total, 3))
    return [
        PlanStep(
            start + timedelta(days=i * days_per_step),
            days_per_step,
            split_total(t, slot_times, medication, larger_first, f"step {i + 1}"),
        )
        for i, t in enumerate(totals)
    ]


def build_taper(
    *,
    medication: Medication,
    start: date,
    slot_times: Sequence[time],
    current_total_mg: float,
    step_total_mg: float,
    days_per_step: int,
    target_total_mg: float = 0.0,
    prescriber_confirmed: bool = False,
    larger_first: Sequence[int] | None = None,
) -> list[PlanStep]:
    """Lower the daily total by a fixed amount every few days, down to the target (maybe 0)."""
    _check_days(days_per_step)
    if step_total_mg <= 0:
        raise ValidationError(
            "reduce by", translate("core.plans", "The reduction must be more than 0 mg a day.")
        )
    if target_total_mg < 0:
        raise ValidationError("target", translate("core.plans", "The target cannot be below 0 mg."))
    if target_total_mg >= current_total_mg:
        raise ValidationError(
            "target", translate("core.plans", "A taper's target must be below the current dose.")
        )
    totals: list[float] = []
    total = current_total_mg - step_total_mg
    while total > target_total_mg + 1e-9:
        totals.append(round(total, 3))
        total -= step_total_mg
        if len(totals) >= MAX_STEPS:
            raise ValidationError("reduce by", _too_many_steps())
    totals.append(round(target_total_mg, 3))
    steps = [
        PlanStep(
            start + timedelta(days=i * days_per_step),
            days_per_step,
            split_total(t, slot_times, medication, larger_first, f"step {i + 1}") if t > 0 else (),
        )
        for i, t in enumerate(totals)
    ]
    stop_after = (len(steps) - 1) * days_per_step
    if target_total_mg == 0 and stop_after < MIN_STOP_TAPER_DAYS and not prescriber_confirmed:
        raise ValidationError(
            "taper length",
            translate(
                "core.plans",
                "This stops after {days} days. Baclofen is usually reduced over about "
                "1–2 weeks or longer: reduce by less or wait more days per step — or tick that "
                "your prescriber told you this plan.",
            ).format(days=stop_after),
        )
    return steps


def check_steps(steps: Sequence[PlanStep], kind: PlanKind, medication: Medication) -> None:
    """Re-check steps after the person edited them: deliverable, and a taper never rises."""
    from baclofen_companion.core.units import check_deliverable

    if not steps:
        raise ValidationError("steps", translate("core.plans", "The plan has no steps."))
    for i, step in enumerate(steps, start=1):
        for slot in step.slots:
            check_deliverable(slot.amount_mg, medication, f"step {i} at {slot.time:%H:%M}")
        if i > 1 and step.start <= steps[i - 2].start:
            raise ValidationError(
                f"step {i}", translate("core.plans", "Steps must follow each other in time.")
            )
    totals = [s.total_mg for s in steps]
    if kind is PlanKind.TAPER and any(b > a for a, b in pairwise(totals)):
        raise ValidationError(
            "steps",
            translate("core.plans", "A taper must never raise the dose from one step to the next."),
        )
    if kind is PlanKind.TITRATION and any(b < a for a, b in pairwise(totals)):
        raise ValidationError(
            "steps",
            translate("core.plans", "A titration must never lower the dose between steps."),
        )


def times_a_day(n: int) -> str:
    if n == 1:
        return translate("core.plans", "once a day")
    if n == 2:
        return translate("core.plans", "twice a day")
    if n == 3:
        return translate("core.plans", "three times a day")
    if n == 4:
        return translate("core.plans", "four times a day")
    return translate("core.plans", "{n} times a day").format(n=n)


def describe_slots(slots: Sequence[DoseSlot]) -> str:
    """'10 mg three times a day', or '5 + 5 + 10 mg a day' when the doses differ."""
    if not slots:
        return translate("core.plans", "no doses")
    amounts = {s.amount_mg for s in slots}
    if len(amounts) == 1:
        return translate("core.plans", "{amount} {how_often}").format(
            amount=format_mg(slots[0].amount_mg), how_often=times_a_day(len(slots))
        )
    parts = " + ".join(format_number(s.amount_mg) for s in slots)
    return translate("core.plans", "{amounts} mg a day").format(amounts=parts)


@dataclass(frozen=True)
class PlanProgress:
    day: int
    days: int
    step: int
    steps: int
    slots: tuple[DoseSlot, ...]
    kind: PlanKind

    def text(self) -> str:
        return translate(
            "core.plans", "Day {day} of {days} — step {step} of {steps}: {doses}"
        ).format(
            day=self.day,
            days=self.days,
            step=self.step,
            steps=self.steps,
            doses=describe_slots(self.slots),
        )


def plan_progress(
    day: date, versions: Sequence[ScheduleVersion], kinds: dict[int, PlanKind]
) -> PlanProgress | None:
    """Where ``day`` falls in the plan whose step is in force, if one is."""
    from baclofen_companion.core.schedule import active_version

    current = active_version(versions, day)
    if current is None or current.plan_id is None:
        return None
    steps = sorted(
        (v for v in versions if v.plan_id == current.plan_id), key=lambda v: v.valid_from
    )
    first = steps[0].valid_from
    total = sum(v.step_days or 0 for v in steps)
    number = (day - first).days + 1
    if number > total:
        return None  # the plan is done; its last step simply continues
    return PlanProgress(
        day=number,
        days=total,
        step=steps.index(current) + 1,
        steps=len(steps),
        slots=current.slots,
        kind=kinds.get(current.plan_id, PlanKind.TITRATION),
    )


NOTICE_TIME = time(18, 0)
"""From this local time, the evening before a dose change, the person is told what changes."""


def change_notice(
    medication: Medication, versions: Sequence[ScheduleVersion], today: date
) -> str | None:
    """The evening-before message when tomorrow brings a new schedule, else None."""
    return _notice(medication, versions, today + timedelta(days=1), today)


def changed_today_notice(
    medication: Medication, versions: Sequence[ScheduleVersion], today: date, tz: str
) -> str | None:
    """The same message on the day itself, for a change planned before today (a step of a
    plan, a change saved days ago): the evening before may have been slept through. A change
    the person saved today needs no telling."""
    from baclofen_companion.core.schedule import active_version, local_date

    new = active_version(versions, today)
    if new is None or (new.created is not None and local_date(new.created, tz) >= today):
        return None
    return _notice(medication, versions, today, today)


def _notice(
    medication: Medication, versions: Sequence[ScheduleVersion], day: date, today: date
) -> str | None:
    from baclofen_companion.core.schedule import active_version

    new = active_version(versions, day)
    old = active_version(versions, day - timedelta(days=1))
    if new is None or new.valid_from != day or (old is not None and old.slots == new.slots):
        return None
    step = ""
    if new.plan_id is not None:
        steps = sorted(
            (v for v in versions if v.plan_id == new.plan_id), key=lambda v: v.valid_from
        )
        step = translate("core.plans", " (step {step} of {steps})").format(
            step=steps.index(new) + 1, steps=len(steps)
        )
    before = describe_slots(old.slots) if old else translate("core.plans", "nothing")
    text = (
        QT_TRANSLATE_NOOP(
            "core.plans",
            "From tomorrow, {date}, {medicine} changes from {before} to {after}{step}.",
        )
        if day > today
        else QT_TRANSLATE_NOOP(
            "core.plans",
            "From today, {date}, {medicine} changes from {before} to {after}{step}.",
        )
    )
    return translate("core.plans", text).format(
        date=weekday_date(day),
        medicine=medication.name,
        before=before,
        after=describe_slots(new.slots),
        step=step,
    )
