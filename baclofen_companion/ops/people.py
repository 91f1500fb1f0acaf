"""People: setting one up, renaming, archiving and bringing back, and finding one by name
(the one way every command does it)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from baclofen_companion.core.errors import NotFoundError
from baclofen_companion.core.model import DoseSlot, Medication, Profile
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.session import Session, store_of


def find_person(store: Session, name: str | None) -> Profile:
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


def set_up_person(
    session: Session,
    name: str,
    home_tz: str,
    draft: MedicationDraft,
    slots: Sequence[DoseSlot],
    valid_from: date,
) -> tuple[Profile, Medication, Changed]:
    """A person and their first medicine, together (first-run setup, Add a person…)."""
    profile, medication = store_of(session).add_person_with_medicine(
        name, home_tz, draft, slots, valid_from
    )
    return profile, medication, Changed.PEOPLE | Changed.MEDICINES


def rename(session: Session, person: Profile, name: str) -> tuple[Profile, Changed]:
    return store_of(session).rename_profile(person.id, name), Changed.PEOPLE


def archive(session: Session, person: Profile) -> Changed:
    """Their reminders stop and they leave the person list; nothing of theirs is deleted."""
    store_of(session).set_profile_archived(person.id, True)
    return Changed.PEOPLE


def bring_back(session: Session, person: Profile) -> tuple[Profile, Changed]:
    store = store_of(session)
    store.set_profile_archived(person.id, False)
    return store.profile(person.id), Changed.PEOPLE
