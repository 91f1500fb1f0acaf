"""core.text: English as written until a language is installed, then its words and dates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time

import pytest

from baclofen_companion.core import text
from baclofen_companion.core.model import DoseForm
from baclofen_companion.core.units import format_mg, plain_number, units_text

GERMANISH = text.Language(
    lambda context, source: {"d MMM": "d. MMM", "{count} tablets": "{count} Tabletten"}.get(
        source, source
    ),
    tuple(f"Monat{m}" for m in range(1, 13)),
    tuple(f"M{m}" for m in range(1, 13)),
    tuple(f"Tag{d}" for d in range(1, 8)),
    tuple(f"T{d}" for d in range(1, 8)),
    ",",
)


@pytest.fixture
def germanish() -> Iterator[None]:
    text.install(GERMANISH)
    yield
    text.reset()


def test_without_a_language_core_speaks_english_as_written() -> None:
    assert text.translate("core.supply", "Supply: more than 2 years") == (
        "Supply: more than 2 years"
    )
    assert text.short_date(date(2026, 12, 11)) == "11 Dec"
    assert text.long_date(date(2026, 3, 11)) == "Wednesday 11 March 2026"
    assert text.short_weekday_date(date(2026, 3, 11)) == "Wed 11 Mar"
    assert format_mg(2.5) == "2.5 mg"


def test_qt_date_patterns() -> None:
    moment = datetime(2026, 3, 9, 7, 5)
    assert text.date_text(moment, "dddd d MMMM yyyy, HH:mm") == "Monday 9 March 2026, 07:05"
    assert text.date_text(moment, "ddd dd.MM.yy H:m") == "Mon 09.03.26 7:5"
    assert text.date_text(moment, "'week' d") == "week 9"
    assert text.hhmm(time(8, 0)) == "08:00"


def test_an_installed_language_changes_words_dates_and_decimals(germanish: None) -> None:
    assert text.short_date(date(2026, 12, 11)) == "11. M12"
    assert text.date_text(date(2026, 3, 9), "dddd d MMMM") == "Tag1 9 Monat3"
    assert format_mg(2.5) == "2,5 mg"
    assert units_text(15, DoseForm.TABLET, 10, True) == "1½ Tabletten"


def test_files_keep_english_and_points_whatever_the_language(germanish: None) -> None:
    """CSV exports are a documented format: their words and decimals never change."""
    assert plain_number(2.5) == "2.5"
    assert units_text(15, DoseForm.TABLET, 10, True, english=True) == "1½ tablets"
    assert units_text(7.5, DoseForm.LIQUID, 1, False, english=True) == "7.5 mL"


def test_reset_goes_back_to_english(germanish: None) -> None:
    text.reset()
    assert text.current() is text.ENGLISH
    assert format_mg(2.5) == "2.5 mg"
