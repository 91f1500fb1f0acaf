"""When to remind, when to repeat, when an unanswered dose counts as missed, and what it says."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import PlannedDose, SlotKey
from baclofen_companion.core.schedule import DUE_WINDOW, dose_deadline
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, hhmm, translate
from baclofen_companion.core.units import dose_label, format_mg, medication_units_text

MISSED_DOSE_ADVICE = QT_TRANSLATE_NOOP(
    "core.reminders",
    "If you forgot it: take it now, unless your next dose is due within 2 hours — "
    "then skip it. Never take two doses at once.",
)
"""English as written; show it through ``missed_dose_advice()``."""


def missed_dose_advice() -> str:
    return translate("core.reminders", MISSED_DOSE_ADVICE)


@dataclass(frozen=True)
class ReminderSettings:
    repeat_minutes: int = 10
    """An unanswered dose is reminded again this often..."""
    max_repeats: int = 6
    """...this many times after the first reminder."""
    snooze_minutes: int = 10

    def __post_init__(self) -> None:
        if not 1 <= self.repeat_minutes <= 120:
            raise ValidationError(
                "repeat every", translate("core.reminders", "Repeat every 1 to 120 minutes.")
            )
        if not 0 <= self.max_repeats <= 24:
            raise ValidationError(
                "repeat limit", translate("core.reminders", "Repeat at most 0 to 24 times.")
            )
        if not 1 <= self.snooze_minutes <= 120:
            raise ValidationError(
                "snooze", translate("core.reminders", "Snooze for 1 to 120 minutes.")
            )


@dataclass(frozen=True)
class ReminderState:
    """What has been reminded for one slot, kept in the store so restarts do not repeat it."""

    first: datetime
    last: datetime
    count: int
    snoozed_until: datetime | None = None


@dataclass(frozen=True)
class OpenDose:
    """A planned dose nobody has answered yet, with whose it is and the dose after it."""

    dose: PlannedDose
    person: str
    next_dose: PlannedDose | None
    home_tz: str = ""
    """The person's home zone, to say "yesterday" of a dose whose day has passed."""

    @property
    def key(self) -> SlotKey:
        return self.dose.key

    def when(self, now: datetime) -> str:
        """Its slot time, with "yesterday" or "tomorrow" when that is not the home date now:
        at 00:10, "yesterday 20:00", not a bare "20:00" that reads as tonight's."""
        at = hhmm(self.dose.slot_time)
        if not self.home_tz:
            return at
        today = now.astimezone(ZoneInfo(self.home_tz)).date()
        if self.dose.slot_date < today:
            return translate("core.reminders", "yesterday {time}").format(time=at)
        if self.dose.slot_date > today:
            return translate("core.reminders", "tomorrow {time}").format(time=at)
        return at

    @property
    def deadline(self) -> datetime:
        return dose_deadline(self.dose, self.next_dose)


@dataclass(frozen=True)
class Decision:
    to_miss: tuple[OpenDose, ...]
    """Past the missed-dose deadline: record them as missed."""
    to_remind: tuple[OpenDose, ...]
    """Remind now, all in one grouped reminder."""
    next_wake: datetime | None
    """The next moment anything here changes, if any."""


def decide(
    now: datetime,
    doses: Iterable[OpenDose],
    states: Mapping[SlotKey, ReminderState],
    settings: ReminderSettings,
) -> Decision:
    """What the scheduler must do at ``now``. Pure: the same inputs always give the same answer."""
    to_miss: list[OpenDose] = []
    to_remind: list[OpenDose] = []
    wakes: list[datetime] = []
    repeat = timedelta(minutes=settings.repeat_minutes)
    for item in doses:
        if now >= item.deadline:
            to_miss.append(item)
            continue
        wakes.append(item.deadline)
        state = states.get(item.key)
        if state is None:
            due_at = item.dose.due
        elif state.snoozed_until is not None:
            due_at = state.snoozed_until
        elif state.count <= settings.max_repeats:
            due_at = state.last + repeat
        else:
            continue  # the repeat limit is reached; it stays open until its deadline
        if now >= due_at:
            to_remind.append(item)
            if (state.count if state else 0) + 1 <= settings.max_repeats:
                wakes.append(now + repeat)
        else:
            wakes.append(due_at)
    return Decision(tuple(to_miss), tuple(to_remind), min(wakes, default=None))


def after_reminding(state: ReminderState | None, now: datetime) -> ReminderState:
    if state is None:
        return ReminderState(first=now, last=now, count=1)
    return ReminderState(first=state.first, last=now, count=state.count + 1)


def snoozed(
    state: ReminderState | None, now: datetime, settings: ReminderSettings
) -> ReminderState:
    until = now + timedelta(minutes=settings.snooze_minutes)
    if state is None:
        return ReminderState(first=now, last=now, count=1, snoozed_until=until)
    return ReminderState(state.first, state.last, state.count, snoozed_until=until)


def is_late(dose: PlannedDose, now: datetime) -> bool:
    return now >= dose.due + DUE_WINDOW


def _amount(dose: PlannedDose) -> str:
    units = medication_units_text(dose.amount_mg, dose.medication)
    return f"{format_mg(dose.amount_mg)} ({units})" if units else format_mg(dose.amount_mg)


def compose(batch: Sequence[OpenDose], now: datetime) -> tuple[str, str]:
    """Title and body of one reminder for a batch of doses, naming person, medicine and amount."""
    if not batch:
        raise ValueError("nothing to remind")
    late = any(is_late(item.dose, now) for item in batch)
    people = sorted({item.person for item in batch})
    if len(batch) == 1:
        item = batch[0]
        dose = item.dose
        med = dose.medication
        title = f"{item.person} — {med.name} {format_mg(dose.amount_mg)}"
        label = dose_label(dose.amount_mg, med.form, med.strength_mg, med.scored)
        lines = [
            translate("core.reminders", "{dose}, due at {time}.").format(
                dose=label, time=item.when(now)
            )
        ]
        if med.instructions:
            lines.append(med.instructions + ".")
    else:
        who = people[0] if len(people) == 1 else ", ".join(people)
        title = translate("core.reminders", "{who} — {n} doses due").format(who=who, n=len(batch))
        lines = [
            (f"{item.person}: " if len(people) > 1 else "")
            + translate("core.reminders", "{medicine} {amount} at {time}").format(
                medicine=item.dose.medication.name,
                amount=_amount(item.dose),
                time=item.when(now),
            )
            for item in batch
        ]
    if late:
        lines.append(missed_dose_advice())
    return title, "\n".join(lines)
