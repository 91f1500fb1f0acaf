"""Finding a person by name, the one way every command and the window does it."""

from __future__ import annotations

from baclofen_companion.core.errors import NotFoundError
from baclofen_companion.core.model import Profile
from baclofen_companion.store import Store


def find_person(store: Store, name: str | None) -> Profile:
    """The person called ``name`` (case and outer spaces ignored); without a name, the first.

    NotFoundError lists the names there are.
    """
    people = store.profiles()
    if not people and not store.archived_profiles():
        raise NotFoundError("There is no one in the data file yet; open the app to set up.")
    if name is None and people:
        return people[0]
    # An archived person's record still belongs to them: a carer may need it for the doctor.
    everyone = people + store.archived_profiles()
    if name is None:
        return everyone[0]
    exact = [p for p in everyone if p.name == name]
    loose = [p for p in everyone if p.name.strip().casefold() == name.strip().casefold()]
    if exact or loose:
        return (exact or loose)[0]
    names = ", ".join(p.name for p in people)
    raise NotFoundError(f"No person called {name!r}. The people in the data file: {names}.")
