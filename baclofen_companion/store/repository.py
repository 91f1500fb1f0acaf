"""``Store``: the one object the app and the tests hold on the open data file.

It is composed of one repository per aggregate, each in its own module and each returning core
records, never rows:

- ``store/people.py`` (``PeopleRepo``): people;
- ``store/medicines.py`` (``MedicineRepo``): medicines, schedule versions and plans;
- ``store/dose_log.py`` and ``store/doses.py`` (``DoseRepo``): dose events, read and written,
  with their audit trail and the rows the dose export writes;
- ``store/safety.py`` (``SafetyRepo``): the safety log and withdrawal check-ins;
- ``store/settings.py`` (``SettingsRepo``): settings and reminder state;
- ``store/care.py`` (``CareRepo``): appointments, questions for the doctor, lab checks;
- ``store/pump.py`` (``PumpRepo``): the intrathecal pump and its refills and alarms;
- and, as attributes, ``diary`` (``store/diary.py``), ``stock`` (``store/inventory.py``) and
  ``trips`` (``store/trips.py``).

Why mixins over one shared ``self.db`` rather than sub-repositories that ``Store`` forwards to:
every caller already says ``store.profile(...)``, ``store.record_dose(...)``; as mixins those
names stay ``Store``'s own, with their signatures written once, and nothing forwards (some forty
one-line forwarders would be the only thing the split added). Each mixin touches only ``self.db``
and its own tables; the one write that spans two aggregates, first-run setup
(``add_person_with_medicine``), is here, where both are in reach. The diary, stock and trips keep
their own attribute (``store.diary.add(...)``) because their callers already use it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.model import DoseLogFilter, DoseSlot, Medication, Profile
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.store.care import CareRepo
from baclofen_companion.store.db import Database
from baclofen_companion.store.diary import DiaryRepo
from baclofen_companion.store.doses import DoseRepo
from baclofen_companion.store.inventory import InventoryRepo
from baclofen_companion.store.medicines import MedicineRepo
from baclofen_companion.store.people import PeopleRepo
from baclofen_companion.store.pump import PumpRepo
from baclofen_companion.store.safety import SafetyRepo
from baclofen_companion.store.settings import SettingsRepo
from baclofen_companion.store.trips import TripRepo

__all__ = ["DoseLogFilter", "Store"]


class Store(PeopleRepo, MedicineRepo, DoseRepo, SafetyRepo, SettingsRepo, CareRepo, PumpRepo):
    """All reads and writes of the data file. Every write is one transaction, fully synced."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.diary = DiaryRepo(db, self)
        self.stock = InventoryRepo(db, self)
        self.trips = TripRepo(db, self)

    # -- plumbing -----------------------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def clock(self) -> Clock:
        return self.db.clock

    @property
    def zone_name(self) -> Callable[[], str] | None:
        """Where the computer is now (records note it); None: the person's home zone."""
        return self.db.zone_name

    @zone_name.setter
    def zone_name(self, zone_name: Callable[[], str] | None) -> None:
        self.db.zone_name = zone_name

    def close(self) -> None:
        self.db.close()

    def take_connection_from(self, fresh: Store) -> None:
        """After a restore: this object (which every view holds) now reads the new file."""
        self.db.take_over(fresh.db)

    def integrity_check(self) -> str:
        return self.db.integrity_check()

    def transaction(self) -> AbstractContextManager[Database]:
        """One unit of work. A use case that makes several writes wraps them in one of these:
        the writes' own transactions join it (as savepoints), so it is all or nothing."""
        return self.db.transaction()

    # -- across aggregates ----------------------------------------------------------------

    def add_person_with_medicine(
        self,
        name: str,
        home_tz: str,
        draft: MedicationDraft,
        slots: Sequence[DoseSlot],
        valid_from: date,
    ) -> tuple[Profile, Medication]:
        """First-run setup: the person, their medicine and its schedule, all or nothing."""
        name = self._clean_name(name)
        with self.db.transaction() as db:
            profile_id = self._insert_profile(db, name, home_tz)
            medication_id = self._insert_medication(db, profile_id, draft, slots, valid_from)
        return self.profile(profile_id), self.medication(medication_id)
