"""Where core's sentences, dates and numbers meet the person's language, without Qt.

Core writes English and passes every sentence a person reads through ``translate()``, and its
dates and decimals through ``date_text()`` and ``decimal()``. Until the app installs Qt's
translator and locale with ``install()``, they give English exactly as written: that is what the
tests, the command line and the CSV exports get.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta


def _as_written(context: str, text: str) -> str:
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a constant for the translation files; pass it through ``translate()`` when shown."""
    return text


@dataclass(frozen=True)
class Language:
    """How text, dates and numbers are written: the translator and the locale's names."""

    translate: Callable[[str, str], str]
    month_names: tuple[str, ...]
    """January to December."""
    month_abbreviations: tuple[str, ...]
    day_names: tuple[str, ...]
    """Monday to Sunday."""
    day_abbreviations: tuple[str, ...]
    decimal_point: str = "."


ENGLISH = Language(
    _as_written,
    (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
    ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
)  # fmt: skip

_current = ENGLISH


def install(language: Language) -> None:
    """From now on, core's text and dates follow this language (the app calls it at start)."""
    global _current
    _current = language


def reset() -> None:
    """Back to English as written (tests that installed another language call this)."""
    install(ENGLISH)


def current() -> Language:
    return _current


def translate(context: str, text: str) -> str:
    """``text`` in the person's language. Call it with literal strings, so lupdate finds them:
    ``translate("core.supply", "Supply: {days} — refill now").format(days=...)``."""
    return _current.translate(context, text)


def decimal(number_text: str) -> str:
    """'2.5' written with the language's decimal point: '2,5' in German."""
    point = _current.decimal_point
    return number_text if point == "." else number_text.replace(".", point)


# Qt's date-format letters (the same patterns QLocale and QDateTimeEdit take), so a translator
# can reorder a date or add the German full stop after the day in one pattern string.
_TOKENS = re.compile(r"'[^']*'|dddd|ddd|dd|d|MMMM|MMM|MM|M|yyyy|yy|HH|H|mm|m")


def date_text(value: date | datetime, pattern: str) -> str:
    """``value`` written by a Qt-style pattern: 'ddd d MMM' -> 'Wed 11 Mar' (or 'Mi. 11 März')."""
    day = value.date() if isinstance(value, datetime) else value
    clock = value.time() if isinstance(value, datetime) else time()
    lang = _current

    def one(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith("'"):
            return token[1:-1] or "'"
        return {
            "dddd": lambda: lang.day_names[day.weekday()],
            "ddd": lambda: lang.day_abbreviations[day.weekday()],
            "dd": lambda: f"{day.day:02d}",
            "d": lambda: str(day.day),
            "MMMM": lambda: lang.month_names[day.month - 1],
            "MMM": lambda: lang.month_abbreviations[day.month - 1],
            "MM": lambda: f"{day.month:02d}",
            "M": lambda: str(day.month),
            "yyyy": lambda: f"{day.year:04d}",
            "yy": lambda: f"{day.year % 100:02d}",
            "HH": lambda: f"{clock.hour:02d}",
            "H": lambda: str(clock.hour),
            "mm": lambda: f"{clock.minute:02d}",
            "m": lambda: str(clock.minute),
        }[token]()

    return _TOKENS.sub(one, pattern)


def short_date(day: date) -> str:
    """'11 Dec' ('11. Dez.' in German)."""
    return date_text(day, translate("core.dates", "d MMM"))


def date_pattern() -> str:
    """The one style of a date, in text and in date fields: '11 Dec 2026' ('11. Dez. 2026')."""
    return translate("core.dates", "d MMM yyyy")


def date_time_pattern() -> str:
    """The one style of a date with its time, in text and fields: '11 Dec 2026 14:05'."""
    return translate("core.dates", "d MMM yyyy HH:mm")


def short_date_year(day: date) -> str:
    """'11 Dec 2026'."""
    return date_text(day, date_pattern())


def date_time_text(value: datetime) -> str:
    """'11 Dec 2026 14:05' (a local datetime)."""
    return date_text(value, date_time_pattern())


def weekday_date(day: date) -> str:
    """'Wednesday 11 March', for sentences about a day soon."""
    return date_text(day, translate("core.dates", "dddd d MMMM"))


def long_date(day: date) -> str:
    """'Wednesday 11 March 2026', the day Today shows."""
    return date_text(day, translate("core.dates", "dddd d MMMM yyyy"))


def short_weekday_date(day: date) -> str:
    """'Wed 11 Mar', for rows of days in tables and lists."""
    return date_text(day, translate("core.dates", "ddd d MMM"))


def hhmm(clock: time | datetime) -> str:
    """'08:00': the app writes times on the 24-hour clock in every language."""
    return f"{clock:%H:%M}"


def duration_text(span: timedelta) -> str:
    """A span to the minute, as a person says it: "45 min", "1 h 30 min", "3 h"."""
    minutes = max(0, round(span.total_seconds() / 60))
    hours, rest = divmod(minutes, 60)
    if not hours:
        return translate("core.text", "{minutes} min").format(minutes=rest)
    if not rest:
        return translate("core.text", "{hours} h").format(hours=hours)
    return translate("core.text", "{hours} h {minutes} min").format(hours=hours, minutes=rest)
