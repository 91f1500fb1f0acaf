"""What a widget holds: the open data file, seen through the reads it may make.

Widgets never see the ``Store``. They are given a ``Session`` — a read-only view of the same
object, typed so that mypy refuses any write — and every change goes through a use case in
``ops/`` (which takes the session and writes through ``store_of``). The ``Store`` satisfies these
protocols as it is, so the composition root and the tests simply pass it.

``tests/test_layers.py`` keeps ``store_of`` out of ``ui/``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any, Protocol

from baclofen_companion.core.care import Appointment, CareQuestion, LabCheck
from baclofen_companion.core.diary import CheckIn, DiaryEntry
from baclofen_companion.core.model import (
    AuditEntry,
    DoseEvent,
    DoseLogFilter,
    Medication,
    Profile,
    ScheduleVersion,
    SlotKey,
    StockEntry,
    Trip,
    TripWindow,
)
from baclofen_companion.core.plans import PlanKind
from baclofen_companion.core.pump import Pump, PumpEvent
from baclofen_companion.core.reminders import ReminderSettings, ReminderState
from baclofen_companion.core.safety import SafetyLogEntry, WithdrawalSettings
from baclofen_companion.core.supply import SupplyForecast
from baclofen_companion.store import Store


class DiaryReads(Protocol):
    def get(self, entry_id: int) -> DiaryEntry: ...

    def between(
        self, profile_id: int, first: datetime | None = None, last: datetime | None = None
    ) -> list[DiaryEntry]: ...

    def count(
        self, profile_id: int, first: datetime | None = None, last: datetime | None = None
    ) -> int: ...


class StockReads(Protocol):
    def entries(self, medication: Medication) -> list[StockEntry]: ...

    def on_hand(self, medication: Medication) -> Fraction | None: ...

    @property
    def lead_days(self) -> int: ...

    def forecast(
        self,
        medication: Medication,
        now: datetime,
        versions: Sequence[ScheduleVersion] | None = None,
        home_tz: str | None = None,
        stock: Fraction | None = None,
        lead_days: int | None = None,
    ) -> SupplyForecast | None: ...


class TripReads(Protocol):
    def upcoming(self, profile_id: int, now: datetime) -> list[Trip]: ...

    def windows(self, profile_id: int) -> list[TripWindow]: ...


class Session(Protocol):
    """Every read a widget may make of the data file."""

    @property
    def diary(self) -> DiaryReads: ...

    @property
    def stock(self) -> StockReads: ...

    @property
    def trips(self) -> TripReads: ...

    @property
    def path(self) -> Path: ...

    @property
    def zone_name(self) -> Callable[[], str] | None: ...

    def profiles(self) -> list[Profile]: ...

    def profile(self, profile_id: int) -> Profile: ...

    def archived_profiles(self) -> list[Profile]: ...

    def medications(self, profile_id: int, include_archived: bool = False) -> list[Medication]: ...

    def medication(self, medication_id: int) -> Medication: ...

    def plan_kinds(self, medication_id: int) -> dict[int, PlanKind]: ...

    def schedule_versions(
        self, medication_ids: Iterable[int]
    ) -> dict[int, list[ScheduleVersion]]: ...

    def events_between(
        self, profile_id: int, first_day: date, last_day: date
    ) -> list[DoseEvent]: ...

    def last_taken(self, medication_id: int) -> DoseEvent | None: ...

    def safety_log(self, profile_id: int) -> list[SafetyLogEntry]: ...

    def checkins(self, profile_id: int) -> list[CheckIn]: ...

    def appointments(self, profile_id: int) -> list[Appointment]: ...

    def care_questions(self, profile_id: int) -> list[CareQuestion]: ...

    def lab_checks(self, profile_id: int) -> list[LabCheck]: ...

    def audit_trail(self, event_id: int) -> list[AuditEntry]: ...

    def count_log(self, flt: DoseLogFilter) -> int: ...

    def log_page(
        self, flt: DoseLogFilter, offset: int, limit: int, after: DoseEvent | None = None
    ) -> list[DoseEvent]: ...

    def setting(self, key: str, default: Any = None) -> Any: ...

    def reminder_settings(self) -> ReminderSettings: ...

    def reminder_states(self, since: date) -> dict[SlotKey, ReminderState]: ...

    def withdrawal_settings(self) -> WithdrawalSettings: ...

    def pump(self, profile_id: int) -> Pump | None: ...

    def pump_events(self, profile_id: int) -> list[PumpEvent]: ...


def store_of(session: Session) -> Store:
    """The store behind a session, for the use cases in ops/ only."""
    if not isinstance(session, Store):
        raise TypeError(f"not an open data file: {session!r}")
    return session
