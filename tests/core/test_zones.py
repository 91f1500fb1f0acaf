"""Zones by the names people use."""

from __future__ import annotations

import pytest

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.zones import resolve_zone, zone_suggestions


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("London", "Europe/London"),
        ("tokyo", "Asia/Tokyo"),
        ("Germany", "Europe/Berlin"),
        ("Deutschland", "Europe/Berlin"),
        ("New York", "America/New_York"),
        ("europe/paris", "Europe/Paris"),
        ("  Europe/Paris ", "Europe/Paris"),
        ("UTC", "UTC"),
        ("Berlin", "Europe/Berlin"),
    ],
)
def test_one_match_is_taken(typed: str, zone: str) -> None:
    assert resolve_zone(typed) == zone


def test_several_are_named_and_suggested() -> None:
    with pytest.raises(ValidationError) as caught:
        resolve_zone("United States", "home time zone")
    assert caught.value.field == "home time zone"
    assert "America/Chicago" in caught.value.message
    assert zone_suggestions("United States")[0] == "America/New_York"


def test_unknown_and_empty_are_refused() -> None:
    with pytest.raises(ValidationError, match="Unknown time zone"):
        resolve_zone("Europe/")  # half typed: a folder of the zone database
    with pytest.raises(ValidationError, match="Unknown time zone “Atlantis”"):
        resolve_zone("Atlantis")
    with pytest.raises(ValidationError, match="for example London"):
        resolve_zone("  ")


def test_suggestions_while_typing() -> None:
    assert "Europe/London" in zone_suggestions("Lond")
    assert "Europe/Berlin" in zone_suggestions("Germ")
    assert zone_suggestions("") == []
