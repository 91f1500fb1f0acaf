"""How each scheduled dose of a date range went, counted per slot time and drawn per day.

The outcomes follow core/schedule.py's rules:

- **on time**: taken before its time + DUE_WINDOW (30 min), the moment Today starts calling it
  overdue. A dose taken a little early (the app matches one up to 2 h early) is on time.
- **late**: taken at or after its time + DUE_WINDOW. Until ``missed_deadline`` (2 h before the
  next dose; ``missed_deadline``) that is what the NHS rule allows; a dose taken after its
  deadline is late too and is also counted in ``past_deadline``, because the rule said to skip
  it by then.
- **skipped** and **missed**: as logged (by the person, or missed automatically by the
  scheduler).
- **not answered**: nothing was logged and its missed deadline has passed. Before the
  deadline an unanswered dose may still be taken: it is *open* and not counted yet.

Extra doses are outside the schedule: they count in the day's total (core/trends.py), not here.
Planned doses of archived medicines are not known (the archive date is not kept), so only their
logged doses count.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from baclofen_companion.core.model import (
    DoseEvent,
    DoseKind,
    DoseStatus,
    Medication,
    PlannedDose,
    ScheduleVersion,
    SlotKey,
    TripWindow,
)
from baclofen_companion.core.schedule import (
    DUE_WINDOW,
    local_to_utc,
    missed_deadline,
    planned_doses,
)
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, hhmm, translate


class Outcome(StrEnum):
    ON_TIME = "on time"
    LATE = "late"
    SKIPPED = "skipped"
    MISSED = "missed"
    NOT_ANSWERED = "not answered"


_COUNTED = {
    Outcome.ON_TIME: QT_TRANSLATE_NOOP("core.adherence", "{n} on time"),
    Outcome.LATE: QT_TRANSLATE_NOOP("core.adherence", "{n} late"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("core.adherence", "{n} skipped"),
    Outcome.MISSED: QT_TRANSLATE_NOOP("core.adherence", "{n} missed"),
    Outcome.NOT_ANSWERED: QT_TRANSLATE_NOOP("core.adherence", "{n} not answered"),
}
"""'38 on time': how many doses had each outcome, in the summary sentence."""


@dataclass(frozen=True)
class DoseOutcome:
    medication_id: int
    medication_name: str
    slot_date: date
    slot_time: time
    due: datetime
    outcome: Outcome | None
    """None while the dose is upcoming or may still be taken (open)."""
    event: DoseEvent | None = None
    past_deadline: bool = False
    """Taken after its missed deadline (late, and against the 2-hour rule)."""

    @property
    def taken(self) -> bool:
        return self.outcome in (Outcome.ON_TIME, Outcome.LATE)


def taken_outcome(due: datetime, taken_at: datetime) -> Outcome:
    """On time until DUE_WINDOW after the dose's time, late from then on."""
    return Outcome.ON_TIME if taken_at < due + DUE_WINDOW else Outcome.LATE


def dose_outcomes(
    first: date,
    last: date,
    profile_id: int,
    tz: str,
    medications: Sequence[Medication],
    versions: Mapping[int, Sequence[ScheduleVersion]],
    events: Iterable[DoseEvent],
    now: datetime,
    trips: Sequence[TripWindow] = (),
    watched: Mapping[int, datetime | None] | None = None,
) -> list[DoseOutcome]:
    """Every scheduled dose from ``first`` to ``last`` (local days) with how it went.

    ``events`` are the person's live dose events of those days (extra doses are ignored).
    A logged dose counts even when the schedule no longer has its slot: history is kept.
    ``trips`` move doses as the reminders moved them (their lateness is measured from the
    time they were due there), and with ``watched`` (PersonPlan.watched) a dose nobody was
    asked about, due before the app watched its medicine, counts neither way.
    """
    names = {m.id: m.name for m in medications}
    planned: dict[SlotKey, PlannedDose] = {}
    by_day: list[PlannedDose] = []
    day = first
    while day <= last + timedelta(days=1):
        doses = planned_doses(day, profile_id, tz, medications, versions, trips)
        by_day.extend(doses)
        if day <= last:
            planned.update((d.key, d) for d in doses)
        day += timedelta(days=1)

    # Each medicine's doses in time order, so the next dose is a bisection away even over years.
    per_med: dict[int, list[PlannedDose]] = {}
    for dose in sorted(by_day, key=lambda d: d.due):
        per_med.setdefault(dose.medication.id, []).append(dose)
    dues = {med_id: [d.due for d in doses] for med_id, doses in per_med.items()}

    def deadline(dose: PlannedDose) -> datetime:
        own = per_med[dose.medication.id]
        index = bisect_right(dues[dose.medication.id], dose.due)
        return missed_deadline(dose, own[index] if index < len(own) else None)

    results: list[DoseOutcome] = []
    logged: set[SlotKey] = set()
    for event in events:
        if event.kind is not DoseKind.SCHEDULED or not first <= event.slot_date <= last:
            continue
        logged.add(event.key)
        plan = planned.get(event.key)
        due = plan.due if plan else local_to_utc(event.slot_date, event.slot_time, tz)
        past = False
        if event.status is DoseStatus.TAKEN:
            taken_at = event.taken_at or event.recorded_utc
            outcome = taken_outcome(due, taken_at)
            past = plan is not None and taken_at >= deadline(plan)
        elif event.status is DoseStatus.SKIPPED:
            outcome = Outcome.SKIPPED
        else:
            outcome = Outcome.MISSED
        name = names.get(event.medication_id, "")
        results.append(
            DoseOutcome(
                event.medication_id,
                name,
                event.slot_date,
                event.slot_time,
                due,
                outcome,
                event,
                past,
            )
        )
    for key, dose in planned.items():
        if key in logged:
            continue
        since = watched.get(dose.medication.id) if watched is not None else None
        if since is not None and dose.due < since <= now:
            continue  # before the app watched it: nobody's question (core.day NOT_LOGGED)
        unanswered = Outcome.NOT_ANSWERED if now >= deadline(dose) else None
        med = dose.medication
        results.append(
            DoseOutcome(med.id, med.name, dose.slot_date, dose.slot_time, dose.due, unanswered)
        )
    results.sort(key=lambda o: (o.due, o.medication_name.lower(), o.medication_id))
    return results


@dataclass
class SlotAdherence:
    """One medicine's doses at one slot time over the range."""

    medication_id: int
    medication_name: str
    slot_time: time
    counts: dict[Outcome, int] = field(default_factory=lambda: dict.fromkeys(Outcome, 0))
    open: int = 0
    past_deadline: int = 0

    @property
    def total(self) -> int:
        """Doses with an outcome (open and upcoming ones are not counted yet)."""
        return sum(self.counts.values())

    @property
    def taken(self) -> int:
        return self.counts[Outcome.ON_TIME] + self.counts[Outcome.LATE]

    def share(self, outcome: Outcome) -> float:
        return self.counts[outcome] / self.total if self.total else 0.0

    @property
    def label(self) -> str:
        return f"{self.medication_name} {hhmm(self.slot_time)}"


@dataclass(frozen=True)
class AdherenceSummary:
    slots: tuple[SlotAdherence, ...]
    """One row per medicine and slot time, by medicine then time."""

    @property
    def counts(self) -> dict[Outcome, int]:
        return {o: sum(s.counts[o] for s in self.slots) for o in Outcome}

    @property
    def total(self) -> int:
        return sum(s.total for s in self.slots)

    @property
    def taken(self) -> int:
        return sum(s.taken for s in self.slots)

    @property
    def past_deadline(self) -> int:
        return sum(s.past_deadline for s in self.slots)

    @property
    def empty(self) -> bool:
        return self.total == 0

    def text(self) -> str:
        """'41 of 45 doses taken (91 %): 38 on time, 3 late, 2 missed, 2 not answered.'"""
        if self.empty:
            return translate("core.adherence", "No doses were due in this range.")
        counts = self.counts
        parts = ", ".join(
            translate("core.adherence", _COUNTED[o]).format(n=counts[o])
            for o in Outcome
            if counts[o]
        )
        percent = round(100 * self.taken / self.total)
        text = translate(
            "core.adherence", "{taken} of {total} doses taken ({percent} %): {parts}."
        ).format(taken=self.taken, total=self.total, percent=percent, parts=parts)
        if self.past_deadline == 1:
            text += " " + translate(
                "core.adherence", "1 was taken after the 2-hour rule said to skip."
            )
        elif self.past_deadline:
            text += " " + translate(
                "core.adherence", "{n} were taken after the 2-hour rule said to skip."
            ).format(n=self.past_deadline)
        return text


def summarize(outcomes: Iterable[DoseOutcome]) -> AdherenceSummary:
    rows: dict[tuple[int, time], SlotAdherence] = {}
    for o in outcomes:
        row = rows.setdefault(
            (o.medication_id, o.slot_time),
            SlotAdherence(o.medication_id, o.medication_name, o.slot_time),
        )
        if o.outcome is None:
            row.open += 1
            continue
        row.counts[o.outcome] += 1
        row.past_deadline += int(o.past_deadline)
    ordered = sorted(rows.values(), key=lambda r: (r.medication_name.lower(), r.slot_time))
    return AdherenceSummary(tuple(ordered))


class Sticker(StrEnum):
    TAKEN = "taken"
    NOT_TAKEN = "not taken"
    TO_COME = "to come"
    """Not due yet, or due and still takeable."""


@dataclass(frozen=True)
class StickerDay:
    day: date
    stickers: tuple[tuple[time, Sticker], ...]
    """One per scheduled dose of the day, in time order."""

    @property
    def taken(self) -> int:
        return sum(1 for _, s in self.stickers if s is Sticker.TAKEN)


def week_start(day: date) -> date:
    """The Monday of the week holding ``day``."""
    return day - timedelta(days=day.weekday())


def sticker_week(monday: date, outcomes: Iterable[DoseOutcome]) -> tuple[StickerDay, ...]:
    """Seven days from ``monday``: a sticker for each scheduled dose (from dose_outcomes)."""
    days: dict[date, list[tuple[time, Sticker]]] = {
        monday + timedelta(days=i): [] for i in range(7)
    }
    for o in sorted(outcomes, key=lambda o: o.due):
        if o.slot_date not in days:
            continue
        if o.outcome is None:
            sticker = Sticker.TO_COME
        else:
            sticker = Sticker.TAKEN if o.taken else Sticker.NOT_TAKEN
        days[o.slot_date].append((o.slot_time, sticker))
    return tuple(StickerDay(d, tuple(s)) for d, s in days.items())
