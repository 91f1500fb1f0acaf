"""Stock on hand: counts, refills and audited corrections; doses taken are subtracted on read.

Nothing is decremented in place: the stock is the last count, plus refills since, minus every
live taken dose since (each rounded to the half or whole tablet it used). So undoing or editing
a dose gives its tablet back, and history is never rewritten.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from fractions import Fraction
from typing import TYPE_CHECKING

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseForm, Medication, ScheduleVersion, StockEntry
from baclofen_companion.core.supply import (
    DEFAULT_LEAD_DAYS,
    SupplyForecast,
    check_stock,
    consumed_units,
    exact,
    forecast,
)
from baclofen_companion.core.text import translate
from baclofen_companion.store.db import Database
from baclofen_companion.store.timestamps import from_iso, to_iso

if TYPE_CHECKING:
    from baclofen_companion.store.repository import Store

MAX_QUANTITY = 100_000
LEAD_DAYS_KEY = "supply_lead_days"


class InventoryRepo:
    """store.stock: what is on hand of each medicine, in tablets, mL or packets."""

    def __init__(self, db: Database, store: Store) -> None:
        self.db = db
        self.store = store

    def entries(self, medication: Medication) -> list[StockEntry]:
        """Counts, refills and corrections at the medicine's current strength, oldest first."""
        rows = self.db.query(
            "SELECT * FROM stock_entries WHERE medication_id = ? AND strength_mg = ?"
            " ORDER BY at_utc, id",
            [medication.id, medication.strength_mg],
        )
        return [
            StockEntry(
                r["id"],
                r["medication_id"],
                r["strength_mg"],
                r["kind"],
                exact(r["quantity"]),
                exact(r["previous"]) if r["previous"] is not None else None,
                from_iso(r["at_utc"]),
                r["recorded_tz"],
                r["note"],
            )
            for r in rows
        ]

    def used_since(self, medication: Medication, since: datetime) -> Fraction:
        """Units used by live taken doses of this strength taken at or after ``since``."""
        rows = self.db.query(
            "SELECT amount_mg, scored, count(*) AS n FROM dose_events"
            " WHERE medication_id = ? AND status = 'taken' AND voided_utc IS NULL"
            " AND strength_mg = ? AND taken_utc >= ? GROUP BY amount_mg, scored",
            [medication.id, medication.strength_mg, to_iso(since)],
        )
        total = Fraction(0)
        for r in rows:
            as_taken = Medication(
                medication.id,
                medication.profile_id,
                medication.name,
                medication.form,
                medication.strength_mg,
                bool(r["scored"]),
            )
            total += consumed_units(r["amount_mg"], as_taken) * r["n"]
        return total

    def on_hand(self, medication: Medication) -> Fraction | None:
        """Units on hand now; None when the stock has never been counted or refilled."""
        # In the order they were entered: a refill entered after a count adds to it even when
        # it is dated earlier (it came yesterday evening, after yesterday's count).
        entries = sorted(self.entries(medication), key=lambda e: e.id)
        if not entries:
            return None
        base_index = max(
            (i for i, e in enumerate(entries) if e.kind in ("count", "correction")), default=-1
        )
        if base_index >= 0:
            base, since = entries[base_index].quantity, entries[base_index].at
        else:
            base, since = Fraction(0), min(e.at for e in entries)
        added = sum((e.quantity for e in entries[base_index + 1 :]), Fraction(0))
        left = base + added - self.used_since(medication, since)
        if medication.form is DoseForm.TABLET:
            left = Fraction(int(left * 2), 2) if left > 0 else Fraction(0)
        return max(Fraction(0), left)

    @property
    def lead_days(self) -> int:
        """Days before running out to get a refill (Settings; default a week)."""
        return int(self.store.setting(LEAD_DAYS_KEY, DEFAULT_LEAD_DAYS))

    def set_lead_days(self, days: int) -> None:
        if not 0 <= days <= 60:
            raise ValidationError(
                "lead time", translate("store", "The refill lead time must be 0 to 60 days.")
            )
        self.store.set_setting(LEAD_DAYS_KEY, days)

    def forecast(
        self,
        medication: Medication,
        now: datetime,
        versions: Sequence[ScheduleVersion] | None = None,
        home_tz: str | None = None,
        stock: Fraction | None = None,
        lead_days: int | None = None,
    ) -> SupplyForecast | None:
        """When this medicine runs out under its plan; None when its stock is not counted.

        Callers that already hold the versions, home zone, stock or lead time pass them, so a
        Today reload or a scheduler wake does not read them twice."""
        stock = self.on_hand(medication) if stock is None else stock
        if stock is None:
            return None
        if versions is None:
            versions = self.store.schedule_versions([medication.id]).get(medication.id, [])
        if home_tz is None:
            home_tz = self.store.profile(medication.profile_id).home_tz
        return forecast(
            stock,
            medication,
            versions,
            medication.profile_id,
            home_tz,
            now,
            self.lead_days if lead_days is None else lead_days,
        )

    def _check(self, medication: Medication, quantity: Fraction | float | int) -> Fraction:
        amount = check_stock(quantity, medication)
        if amount > MAX_QUANTITY:
            raise ValidationError(
                "quantity",
                translate("store", "That is more than {most} — check the number.").format(
                    most=f"{MAX_QUANTITY:,}"
                ),
            )
        return amount

    def _insert(
        self,
        medication: Medication,
        kind: str,
        quantity: Fraction,
        previous: Fraction | None,
        at: datetime,
        note: str,
    ) -> StockEntry:
        if at.tzinfo is None:
            raise ValidationError("time", translate("store", "The time needs a time zone."))
        zone = self.db.zone(self.store.profile(medication.profile_id).home_tz)
        with self.db.transaction() as db:
            cur = db.execute(
                "INSERT INTO stock_entries (medication_id, strength_mg, kind, quantity, previous,"
                " at_utc, recorded_utc, recorded_tz, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    medication.id,
                    medication.strength_mg,
                    kind,
                    float(quantity),
                    float(previous) if previous is not None else None,
                    to_iso(at),
                    self.db.now(),
                    zone,
                    note,
                ),
            )
            entry_id = int(cur.lastrowid or 0)
        return next(e for e in self.entries(medication) if e.id == entry_id)

    def count(
        self, medication: Medication, quantity: Fraction | float | int, reason: str = ""
    ) -> StockEntry:
        """Set what is on hand now. The first count needs no reason; a later one is a
        correction: it needs a reason and keeps what the app had counted before."""
        amount = self._check(medication, quantity)
        reason = " ".join(reason.split())
        previous = self.on_hand(medication)
        if previous is None:
            return self._insert(medication, "count", amount, None, self.store.clock.now(), reason)
        if not reason:
            raise ValidationError(
                "reason",
                translate(
                    "store", "Say why the count changed (for example: recounted, tablets dropped)."
                ),
            )
        return self._insert(
            medication, "correction", amount, previous, self.store.clock.now(), reason
        )

    def refill(
        self,
        medication: Medication,
        quantity: Fraction | float | int,
        at: datetime | None = None,
        note: str = "",
    ) -> StockEntry:
        """Add a refill (how many units came from the pharmacy)."""
        amount = self._check(medication, quantity)
        if amount <= 0:
            raise ValidationError("quantity", translate("store", "A refill must add more than 0."))
        when = at or self.store.clock.now()
        if when > self.store.clock.now():
            raise ValidationError("date", translate("store", "A refill cannot be in the future."))
        return self._insert(medication, "refill", amount, None, when, " ".join(note.split()))
