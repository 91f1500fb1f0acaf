"""Domain records: people, medicines, schedule versions, planned doses and logged dose events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from fractions import Fraction
from typing import Any


class DoseForm(StrEnum):
    TABLET = "tablet"
    LIQUID = "liquid"
    GRANULES = "granules"
    OTHER = "other"


class DoseKind(StrEnum):
    SCHEDULED = "scheduled"
    EXTRA = "extra"
    """An extra or as-needed dose, outside the schedule, logged with its reason."""


class DoseStatus(StrEnum):
    TAKEN = "taken"
    SKIPPED = "skipped"
    MISSED = "missed"


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    home_tz: str
    archived: bool = False


@dataclass(frozen=True)
class Medication:
    id: int
    profile_id: int
    name: str
    form: DoseForm
    strength_mg: float
    """mg per tablet or packet, mg per mL for liquids, mg per dose unit otherwise."""
    scored: bool
    instructions: str = ""
    archived: bool = False
    max_daily_mg: float | None = None


@dataclass(frozen=True)
class DoseSlot:
    time: time
    amount_mg: float


@dataclass(frozen=True)
class ScheduleVersion:
    id: int
    medication_id: int
    valid_from: date
    slots: tuple[DoseSlot, ...]
    plan_id: int | None = None
    """Set when this version is one step of a titration or taper plan."""
    step_days: int | None = None
    created: datetime | None = None
    """When it was saved (None for a version not read from the store)."""


class TravelMode(StrEnum):
    HOME_TIME = "home_time"
    """Doses stay at home wall-clock times: the same instants, whatever the local clock says."""
    LOCAL_TIME = "local_time"
    """Doses move to the same wall-clock times in the destination zone."""


@dataclass(frozen=True)
class TripWindow:
    """A trip as the schedule sees it: from leaving to coming back, and which clock to follow."""

    leave: datetime
    back: datetime
    destination_tz: str
    mode: TravelMode


@dataclass(frozen=True)
class SlotKey:
    """Identifies one scheduled dose: which medicine, which day, which local time."""

    medication_id: int
    slot_date: date
    slot_time: time

    def __str__(self) -> str:
        """'medicine 2, 2026-03-10 08:00': what companion.log says, for a person or a
        supporter to read (the dataclass repr was "SlotKey(medication_id=2, ...)")."""
        return f"medicine {self.medication_id}, {self.slot_date.isoformat()} {self.slot_time:%H:%M}"


@dataclass(frozen=True)
class PlannedDose:
    profile_id: int
    medication: Medication
    slot_date: date
    slot_time: time
    amount_mg: float
    due: datetime
    """The slot's instant (UTC), from its local wall time in the profile's home zone."""
    superseded: bool = False
    """On a trip east that follows local time: this dose's time there had passed before
    leaving, and the next one is due within 2 hours of departure (the NHS missed-dose rule).
    Only the next is taken; this one is not (never two doses at once)."""
    trip_tz: str = ""
    """On a trip that follows local time: the destination zone whose clock this dose's time is
    read on (its instant is its wall time there); empty when it follows the home clock."""
    on_departure: bool = False
    """On such a trip: its time there had passed before leaving, so it is taken on departure."""
    clock_gap: bool = False
    """Superseded because its wall time did not exist (clocks went forward) and the gap moved
    it onto the same instant as the medicine's next slot."""

    @property
    def key(self) -> SlotKey:
        return SlotKey(self.medication.id, self.slot_date, self.slot_time)


@dataclass(frozen=True)
class DoseEvent:
    id: int
    profile_id: int
    medication_id: int
    slot_date: date
    slot_time: time
    status: DoseStatus
    amount_mg: float
    form: DoseForm
    strength_mg: float
    scored: bool
    """Form, strength and scoring as they were when logged, so later edits never rewrite history."""
    taken_at: datetime | None
    """When the dose was actually taken (UTC); None unless status is taken."""
    recorded_utc: datetime
    recorded_tz: str
    note: str = ""
    edited: bool = False
    kind: DoseKind = DoseKind.SCHEDULED

    @property
    def key(self) -> SlotKey:
        return SlotKey(self.medication_id, self.slot_date, self.slot_time)


# -- records the store reads back: the dose log's filter and audit, trips, stock -------------


@dataclass(frozen=True)
class DoseLogFilter:
    profile_id: int
    medication_id: int | None = None
    first_day: date | None = None
    last_day: date | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One change to a logged dose or a diary entry, with the record before and after it (as
    stored). A diary change records neither the zone nor a reason: those are empty."""

    changed_utc: datetime
    changed_tz: str
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str


@dataclass(frozen=True)
class Trip:
    id: int
    profile_id: int
    leave: datetime
    back: datetime
    destination_tz: str
    mode: TravelMode
    buffer_days: int
    params: dict[str, Any]
    """What else the form held (medicines chosen, 'only this strength', bottle sizes)."""

    @property
    def window(self) -> TripWindow:
        return TripWindow(self.leave, self.back, self.destination_tz, self.mode)

    def active_at(self, instant: datetime) -> bool:
        return self.leave <= instant < self.back


@dataclass(frozen=True)
class StockEntry:
    id: int
    medication_id: int
    strength_mg: float
    kind: str
    """'count' (first count), 'refill' (units added) or 'correction' (a recount, with reason)."""
    quantity: Fraction
    previous: Fraction | None
    """For a correction: what the app had counted before it."""
    at: datetime
    recorded_tz: str
    note: str
