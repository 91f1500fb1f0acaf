"""Use cases on stock: the first count and recounts (with a reason), refills, and how long
before running out the refill reminder starts."""

from __future__ import annotations

from datetime import datetime
from fractions import Fraction

from baclofen_companion.core.model import Medication, StockEntry
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.session import Session, store_of


def count(
    session: Session, medication: Medication, quantity: Fraction | float | int, reason: str
) -> tuple[StockEntry, Changed]:
    return store_of(session).stock.count(medication, quantity, reason), Changed.STOCK


def refill(
    session: Session,
    medication: Medication,
    quantity: Fraction | float | int,
    at: datetime,
    note: str,
) -> tuple[StockEntry, Changed]:
    return store_of(session).stock.refill(medication, quantity, at, note), Changed.STOCK
