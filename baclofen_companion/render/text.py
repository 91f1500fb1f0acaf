"""Words every screen, the report and the packing list share: the prescriber note, the missed-dose
rule, and local dates and times in the app's language."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QTimeZone

from baclofen_companion.core import text


def prescriber_note() -> str:
    return QCoreApplication.translate(
        "common",
        "This app supports your prescriber's plan and never replaces it. "
        "Confirm every amount with your prescriber.",
    )


def missed_dose_rule() -> str:
    return QCoreApplication.translate(
        "common",
        "Forgot a dose? Take it when you remember, unless your next dose is due within "
        "2 hours — then skip it. Never take two doses at once.",
    )


def local(instant: datetime, tz: str) -> datetime:
    return instant.astimezone(ZoneInfo(tz))


def hhmm(instant: datetime, tz: str) -> str:
    return text.hhmm(local(instant, tz))


def long_date(day: date) -> str:
    """'Wednesday 11 March 2026' in the app's language ('Mittwoch, 11. März 2026')."""
    return text.long_date(day)


def short_date(day: date) -> str:
    """'11 Mar 2026' ('11. März 2026')."""
    return text.short_date_year(day)


def day_and_time(instant: datetime, tz: str) -> str:
    """'11 Mar 2026 14:05', local to ``tz``: when something was recorded."""
    return text.date_time_text(local(instant, tz))


def system_zone_name() -> str:
    """The IANA name of the computer's current time zone (UTC if it has none)."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        ZoneInfo(name)
    except (KeyError, ValueError):
        return "UTC"
    return name
