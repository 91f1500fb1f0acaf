"""Baclofen taken per day, the days the plan changed, and stiffness and pain over time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from baclofen_companion.core.diary import DiaryEntry
from baclofen_companion.core.model import (
    DoseEvent,
    DoseSlot,
    DoseStatus,
    Medication,
    ScheduleVersion,
)
from baclofen_companion.core.plans import describe_slots, is_baclofen
from baclofen_companion.core.schedule import active_version, care_began, local_date
from baclofen_companion.core.text import translate
from baclofen_companion.core.units import format_number

LONG_RANGE_DAYS = 120
"""Above this many days, symptom scores are drawn as weekly averages so the line stays legible."""


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def range_bounds(first: date, last: date, tz: str) -> tuple[datetime, datetime]:
    """The UTC instants of local midnight starting ``first`` and ending ``last``."""
    zone = ZoneInfo(tz)
    start = datetime.combine(first, time(), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=zone).astimezone(UTC)
    return start, end


@dataclass(frozen=True)
class DailyDose:
    day: date
    taken_mg: float
    """Scheduled and extra doses taken, by the day their slot belongs to."""
    planned_mg: float
    """What the schedule in force that day added up to."""


def daily_baclofen(
    first: date,
    last: date,
    medications: Sequence[Medication],
    versions: Mapping[int, Sequence[ScheduleVersion]],
    events: Iterable[DoseEvent],
) -> list[DailyDose]:
    """Each day's baclofen total taken and planned, in mg, over every baclofen medicine."""
    meds = {m.id: m for m in medications if is_baclofen(m)}
    taken: dict[date, float] = {}
    for e in events:
        if e.medication_id in meds and e.status is DoseStatus.TAKEN:
            taken[e.slot_date] = taken.get(e.slot_date, 0.0) + e.amount_mg
    result = []
    for day in days_between(first, last):
        planned = 0.0
        for med in meds.values():
            if med.archived:
                continue
            version = active_version(versions.get(med.id, ()), day)
            if version is not None:
                planned += sum(s.amount_mg for s in version.slots)
        result.append(DailyDose(day, round(taken.get(day, 0.0), 3), round(planned, 3)))
    return result


@dataclass(frozen=True)
class PlanChange:
    day: date
    medication_name: str
    before: tuple[DoseSlot, ...] | None
    """None when the medicine had no schedule the day before."""
    after: tuple[DoseSlot, ...]
    step: tuple[int, int] | None = None
    """(step, steps) when the new schedule is a step of a titration or taper plan."""

    @property
    def total_mg(self) -> float:
        return round(sum(s.amount_mg for s in self.after), 3)

    @property
    def short(self) -> str:
        """'30 mg/day' — the label on a chart's change line."""
        return translate("core.trends", "{amount} mg/day").format(
            amount=format_number(self.total_mg)
        )

    def text(self) -> str:
        """'Baclofen: 5 mg three times a day → 10 mg three times a day (step 2 of 4)'."""
        after = describe_slots(self.after)
        if self.before is None:
            text = translate("core.trends", "{medicine}: started at {after}").format(
                medicine=self.medication_name, after=after
            )
        else:
            text = f"{self.medication_name}: {describe_slots(self.before)} → {after}"
        if self.step:
            text += translate("core.plans", " (step {step} of {steps})").format(
                step=self.step[0], steps=self.step[1]
            )
        return text


def plan_changes(
    first: date,
    last: date,
    medications: Sequence[Medication],
    versions: Mapping[int, Sequence[ScheduleVersion]],
) -> list[PlanChange]:
    """Days from ``first`` to ``last`` on which a medicine's doses changed, oldest first.

    A new version that repeats the doses before it is not a change.
    """
    changes: list[PlanChange] = []
    for med in medications:
        own = versions.get(med.id, ())
        starts = sorted({v.valid_from for v in own if first <= v.valid_from <= last})
        for day in starts:
            new = active_version(own, day)
            old = active_version(own, day - timedelta(days=1))
            if new is None or (old is not None and old.slots == new.slots):
                continue
            step = None
            if new.plan_id is not None:
                steps = sorted(
                    (v for v in own if v.plan_id == new.plan_id), key=lambda v: v.valid_from
                )
                step = (steps.index(new) + 1, len(steps))
            changes.append(PlanChange(day, med.name, old.slots if old else None, new.slots, step))
    changes.sort(key=lambda c: (c.day, c.medication_name.lower()))
    return changes


@dataclass(frozen=True)
class SymptomPoint:
    at: datetime
    """Local (aware) time of the diary entry, or the middle of the averaged period."""
    stiffness: float | None
    pain: float | None


def symptom_points(entries: Iterable[DiaryEntry], tz: str) -> list[SymptomPoint]:
    """Stiffness and pain scores (0-10) of diary entries, in the person's home time."""
    zone = ZoneInfo(tz)
    return [
        SymptomPoint(e.at.astimezone(zone), e.stiffness, e.pain)
        for e in sorted(entries, key=lambda e: e.at)
        if e.stiffness is not None or e.pain is not None
    ]


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def averaged(points: Sequence[SymptomPoint], first: date, days: int, tz: str) -> list[SymptomPoint]:
    """Mean scores per block of ``days`` days from ``first``, placed mid-block."""
    zone = ZoneInfo(tz)
    blocks: dict[int, tuple[list[float], list[float]]] = {}
    for p in points:
        index = (p.at.date() - first).days // days
        stiff, pain = blocks.setdefault(index, ([], []))
        if p.stiffness is not None:
            stiff.append(p.stiffness)
        if p.pain is not None:
            pain.append(p.pain)
    result = []
    for index in sorted(blocks):
        start = datetime.combine(first + timedelta(days=index * days), time(), tzinfo=zone)
        stiff, pain = blocks[index]
        result.append(SymptomPoint(start + timedelta(days=days / 2), _mean(stiff), _mean(pain)))
    return result


def average_taken(doses: Sequence[DailyDose], days: int) -> list[tuple[date, int, float]]:
    """(first day, number of days, mean mg taken a day) per block of ``days`` days."""
    blocks = []
    for start in range(0, len(doses), days):
        block = doses[start : start + days]
        mean = round(sum(d.taken_mg for d in block) / len(block), 3)
        blocks.append((block[0].day, len(block), mean))
    return blocks


@dataclass(frozen=True)
class TrendData:
    """What the stiffness-and-pain chart draws for one person and date range."""

    first: date
    last: date
    tz: str
    doses: tuple[DailyDose, ...]
    changes: tuple[PlanChange, ...]
    symptoms: tuple[SymptomPoint, ...]
    averaged_days: int = 0
    """0 when symptoms are single entries; 7 when they are weekly averages."""
    care_from: date | None = None
    """The first day the app looked after a baclofen medicine (core.schedule.care_began);
    None when none has a schedule."""

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def cared_doses(self) -> tuple[DailyDose, ...]:
        """The days an average may count: those since care began (a one-day user's one day,
        not the 89 empty days before it)."""
        if self.care_from is None:
            return ()
        return tuple(d for d in self.doses if d.day >= self.care_from)

    @property
    def mean_taken_mg(self) -> float | None:
        """Baclofen taken a day on average over the days since care began, or None."""
        days = self.cared_doses
        return round(sum(d.taken_mg for d in days) / len(days), 3) if days else None

    @property
    def empty(self) -> bool:
        """Nothing to draw: no scores, no baclofen taken, none planned."""
        return not self.symptoms and not any(d.taken_mg or d.planned_mg for d in self.doses)


def trend_data(
    first: date,
    last: date,
    tz: str,
    medications: Sequence[Medication],
    versions: Mapping[int, Sequence[ScheduleVersion]],
    events: Iterable[DoseEvent],
    entries: Iterable[DiaryEntry],
) -> TrendData:
    points = symptom_points(entries, tz)
    days = (last - first).days + 1
    averaged_days = 7 if days > LONG_RANGE_DAYS else 0
    if averaged_days:
        points = averaged(points, first, averaged_days, tz)
    baclofen = [m for m in medications if is_baclofen(m)]
    return TrendData(
        first,
        last,
        tz,
        tuple(daily_baclofen(first, last, medications, versions, events)),
        tuple(plan_changes(first, last, baclofen, versions)),
        tuple(points),
        averaged_days,
        care_from(baclofen, versions, tz),
    )


def care_from(
    medications: Sequence[Medication], versions: Mapping[int, Sequence[ScheduleVersion]], tz: str
) -> date | None:
    """The local day care of the first of these medicines began (core.schedule.care_began)."""
    starts = [care_began(versions.get(m.id, ()), tz) for m in medications]
    known = [local_date(s, tz) for s in starts if s is not None]
    return min(known) if known else None
