"""What every tab is given: the data file (read-only), the clock, who is shown and the bus.

One ``ShownPerson`` per window replaces the callables each tab used to take: the window sets it
when the switcher, People or a restore changes who is shown, and announces PERSON_SHOWN.
"""

from __future__ import annotations

from dataclasses import dataclass

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.model import Profile
from baclofen_companion.ops.session import Session
from baclofen_companion.services.changes import ChangeBus


class ShownPerson:
    """Who the window shows now."""

    def __init__(self, person: Profile | None = None) -> None:
        self._person = person

    def get(self) -> Profile | None:
        return self._person

    def set(self, person: Profile | None) -> None:
        self._person = person


@dataclass(frozen=True)
class ViewContext:
    session: Session
    clock: Clock
    person: ShownPerson
    bus: ChangeBus

    @classmethod
    def alone(cls, session: Session, clock: Clock, person: Profile | None = None) -> ViewContext:
        """For a view on its own (a test, a benchmark): its own bus, a fixed person."""
        return cls(session, clock, ShownPerson(person), ChangeBus())
