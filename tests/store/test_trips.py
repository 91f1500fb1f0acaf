"""Saved trips: validated, overlap refused, the active one found, cancelled ones ignored."""

from __future__ import annotations

from datetime import timedelta

import pytest

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.core.travel import TravelMode
from baclofen_companion.store import Store
from tests.conftest import FakeClock


def test_active_trip_and_cancel(
    store: Store, sam: tuple[Profile, Medication], clock: FakeClock
) -> None:
    person = sam[0]
    leave = clock.now() + timedelta(days=1)
    trip = store.trips.save(
        person.id,
        leave,
        leave + timedelta(days=10),
        "Asia/Tokyo",
        TravelMode.LOCAL_TIME,
        3,
        {"medicines": [sam[1].id]},
    )
    assert store.trips.active(person.id, clock.now()) is None
    assert store.trips.active(person.id, leave + timedelta(hours=1)) == trip
    assert trip.params == {"medicines": [sam[1].id]}
    with pytest.raises(ValidationError, match="overlaps"):
        store.trips.save(
            person.id,
            leave + timedelta(days=2),
            leave + timedelta(days=4),
            "UTC",
            TravelMode.HOME_TIME,
            3,
        )
    store.trips.cancel(trip.id)
    assert store.trips.active(person.id, leave + timedelta(hours=1)) is None


@pytest.mark.parametrize(
    ("days", "zone", "buffer", "message"),
    [
        (-1, "UTC", 3, "after you leave"),
        (400, "UTC", 3, "over a year"),
        (5, "Mars/Olympus", 3, "Unknown time zone"),
        (5, "UTC", -2, "Buffer"),
    ],
)
def test_bad_trips_save_nothing(
    store: Store,
    sam: tuple[Profile, Medication],
    clock: FakeClock,
    days: int,
    zone: str,
    buffer: int,
    message: str,
) -> None:
    leave = clock.now()
    with pytest.raises(ValidationError, match=message):
        store.trips.save(
            sam[0].id, leave, leave + timedelta(days=days), zone, TravelMode.HOME_TIME, buffer
        )
    assert store.trips.upcoming(sam[0].id, leave - timedelta(days=1)) == []
