"""The intrathecal baclofen pump: what the clinic wrote down, refills and alarms, and the one
rule for how near (or past) a refill date is.

The app records and reminds; it never computes a pump dose (DOMAIN.md): concentration and
daily dose are kept as the text the clinic printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from baclofen_companion.core.text import QT_TRANSLATE_NOOP, translate

REFILL_COUNTS_DAYS = 14
"""A refill recorded up to this many days before the refill date is that date's visit."""
WEEK_DAYS = 7
TWO_DAYS = 2


@dataclass(frozen=True)
class Pump:
    """One person's pump, as the clinic's printout gives it."""

    profile_id: int
    clinic: str = ""
    phone: str = ""
    concentration: str = ""
    daily_dose: str = ""
    next_refill: date | None = None
    alarm_date: date | None = None
    replacement: date | None = None


class PumpEventKind(StrEnum):
    REFILL = "refill"
    ALARM = "alarm"


@dataclass(frozen=True)
class PumpEvent:
    id: int
    profile_id: int
    kind: PumpEventKind
    on: date
    """The person's home date it happened on."""
    at: datetime
    note: str = ""
    tz: str = "UTC"
    """The zone it was recorded in (the export shows its local time there)."""


class RefillStage(StrEnum):
    """How near the refill date is; each stage reminds once."""

    WEEK = "week"
    TWO_DAYS = "two_days"
    TODAY = "today"
    OVERDUE = "overdue"


def refilled_for(due: date, events: list[PumpEvent]) -> bool:
    """Whether a refill recorded counts as the visit for the refill date ``due``."""
    first = due - timedelta(days=REFILL_COUNTS_DAYS)
    return any(e.kind is PumpEventKind.REFILL and e.on >= first for e in events)


def refill_stage(pump: Pump, events: list[PumpEvent], today: date) -> RefillStage | None:
    """The stage of the next refill date on ``today``; None when it is far off or done."""
    due = pump.next_refill
    if due is None or refilled_for(due, events):
        return None
    days = (due - today).days
    if days < 0:
        return RefillStage.OVERDUE
    if days == 0:
        return RefillStage.TODAY
    if days <= TWO_DAYS:
        return RefillStage.TWO_DAYS
    if days <= WEEK_DAYS:
        return RefillStage.WEEK
    return None


EARLY_SIGNS = QT_TRANSLATE_NOOP(
    "core.pump",
    "itching without a rash, stiffness and spasms coming back, goosebumps, a racing heart,"
    " fever, confusion",
)
EMERGENCY = QT_TRANSLATE_NOOP(
    "core.pump",
    "Treat it as an emergency: call the pump clinic now; if you can't reach them, get urgent care.",
)
BOXED = QT_TRANSLATE_NOOP(
    "core.pump",
    "Stopping intrathecal baclofen suddenly, whatever the cause, can cause high fever,"
    " confusion, rebound stiffness and, rarely, organ failure and death.",
)
BEEPING = QT_TRANSLATE_NOOP(
    "core.pump",
    "A pump alarm warns that the reservoir is running low, the battery or the pump is near its"
    " end, or something is wrong. Call the pump clinic now and tell them it is beeping; do not"
    " wait for the refill date.",
)
CARD_STATEMENT = QT_TRANSLATE_NOOP("core.pump", "I have an intrathecal baclofen pump")


def early_signs() -> str:
    return translate("core.pump", EARLY_SIGNS)


def emergency_advice() -> str:
    return translate("core.pump", EMERGENCY)


def withdrawal_body(pump: Pump) -> str:
    """What the pump withdrawal watch says: the boxed warning's signs and what to do."""
    signs = translate("core.pump", "Watch for early signs of withdrawal: {signs}.").format(
        signs=early_signs()
    )
    return f"{translate('core.pump', BOXED)} {signs} {emergency_advice()}{phone_part(pump)}"


def beeping_advice(pump: Pump) -> str:
    signs = translate(
        "core.pump", "If you notice early signs of withdrawal ({signs}): {advice}"
    ).format(signs=early_signs(), advice=emergency_advice())
    return f"{translate('core.pump', BEEPING)}{phone_part(pump)} {signs}"


def phone_part(pump: Pump) -> str:
    if not pump.phone.strip():
        return ""
    clinic = pump.clinic.strip() or translate("core.pump", "the pump clinic")
    return " " + translate("core.pump", "{clinic}: {phone}.").format(
        clinic=clinic, phone=pump.phone.strip()
    )


def reminder_text(stage: RefillStage, pump: Pump, when: str) -> str:
    """The reminder for a stage; ``when`` is the refill date as the person reads dates."""
    texts = {
        RefillStage.WEEK: QT_TRANSLATE_NOOP(
            "core.pump", "The pump refill is in a week, on {date}. Keep the visit."
        ),
        RefillStage.TWO_DAYS: QT_TRANSLATE_NOOP(
            "core.pump",
            "The pump refill is in two days, on {date}. Check the visit with the clinic.",
        ),
        RefillStage.TODAY: QT_TRANSLATE_NOOP(
            "core.pump",
            "The pump refill is today, {date}. An empty pump stops baclofen suddenly, which is"
            " dangerous: go to the visit, or call the clinic now.",
        ),
        RefillStage.OVERDUE: QT_TRANSLATE_NOOP(
            "core.pump", "The pump refill date, {date}, has passed with no refill recorded."
        ),
    }
    text = translate("core.pump", texts[stage]).format(date=when)
    if stage is RefillStage.OVERDUE:
        return f"{text} {withdrawal_body(pump)}"
    return f"{text}{phone_part(pump)}"
