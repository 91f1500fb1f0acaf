"""Use cases on the intrathecal pump: save what the clinic wrote, record a refill (with the
clinic's next date, in one transaction), record an alarm; and dismiss a driving caution."""

from __future__ import annotations

from datetime import date, datetime

from baclofen_companion.core.pump import Pump, PumpEvent, PumpEventKind
from baclofen_companion.core.schedule import local_date
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.session import Session, store_of

DRIVING_DISMISSED = "driving_caution_dismissed"
"""Setting: the keys (core.driving.DrivingCaution.key) of the steps whose caution was closed."""

# A pump is a therapy beside tablets and liquids: its changes travel as MEDICINES.
PUMP_CHANGED = Changed.MEDICINES


def save(session: Session, pump: Pump) -> tuple[Pump, Changed]:
    return store_of(session).save_pump(pump), PUMP_CHANGED


def record_refill(
    session: Session, profile_id: int, at: datetime, next_refill: date | None
) -> tuple[PumpEvent, Changed]:
    """The refill visit happened at ``at``; the clinic's new printout gives ``next_refill``."""
    store = store_of(session)
    tz = store.profile(profile_id).home_tz
    with store.transaction():
        event = store.record_pump_event(
            profile_id, PumpEventKind.REFILL, local_date(at, tz), at, tz
        )
        pump = store.pump(profile_id) or Pump(profile_id)
        if next_refill is not None:
            store.save_pump(
                Pump(
                    profile_id,
                    pump.clinic,
                    pump.phone,
                    pump.concentration,
                    pump.daily_dose,
                    next_refill,
                    pump.alarm_date,
                    pump.replacement,
                )
            )
    return event, PUMP_CHANGED


def record_alarm(session: Session, profile_id: int, at: datetime) -> tuple[PumpEvent, Changed]:
    """ "My pump is beeping": kept, with when, for the clinic and the report."""
    store = store_of(session)
    tz = store.profile(profile_id).home_tz
    event = store.record_pump_event(profile_id, PumpEventKind.ALARM, local_date(at, tz), at, tz)
    return event, PUMP_CHANGED


def dismiss_driving(session: Session, key: str) -> Changed:
    store = store_of(session)
    dismissed: list[str] = store.setting(DRIVING_DISMISSED, [])
    if key not in dismissed:
        store.set_setting(DRIVING_DISMISSED, [*dismissed, key][-200:])
    return Changed.SETTINGS
