"""Following a trip in reminders: every traveller's trip saved in one transaction (all of
them or none), and stopping to follow one."""

from __future__ import annotations

from collections.abc import Sequence

from baclofen_companion.core.model import Trip
from baclofen_companion.core.travel import TripRequest
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.session import Session, store_of


def follow_trip(session: Session, requests: Sequence[TripRequest]) -> tuple[list[Trip], Changed]:
    store = store_of(session)
    with store.transaction():
        saved = [
            store.trips.save(
                req.profile_id,
                req.leave,
                req.back,
                req.destination_tz,
                req.mode,
                req.buffer_days,
                {"medicines": [m.medication.id for m in req.medicines]},
            )
            for req in requests
        ]
    return saved, Changed.TRIPS


def stop_following(session: Session, trip: Trip) -> Changed:
    """Reminders go back to home time for this trip; the packing list is not affected."""
    store_of(session).trips.cancel(trip.id)
    return Changed.TRIPS
