"""The driving caution: when baclofen's drowsiness is likeliest (DOMAIN.md: seed article, NHS,
label) — the first two weeks, some days after each step up, and after adding a medicine that
adds to the drowsiness. Not after a step down.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from baclofen_companion.core.interactions import drowsiness_group
from baclofen_companion.core.model import Medication, ScheduleVersion
from baclofen_companion.core.plans import is_baclofen
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, translate

START_DAYS = 14
STEP_UP_DAYS = 7
"""DOMAIN.md names no number of days after a step up; a week."""
ADDED_DAYS = 7
CAUTION = QT_TRANSLATE_NOOP(
    "core.driving",
    "Avoid driving or risky activities until you know how this dose affects you.",
)


@dataclass(frozen=True)
class DrivingCaution:
    key: str
    """Names the step, so a dismissal holds for this step only."""
    why: str
    until: date
    """The last day it is shown."""

    @property
    def text(self) -> str:
        return translate("core.driving", CAUTION)


def _total(version: ScheduleVersion) -> float:
    return sum(slot.amount_mg for slot in version.slots)


def driving_cautions(
    medications: Sequence[Medication],
    versions: Mapping[int, Sequence[ScheduleVersion]],
    today: date,
) -> list[DrivingCaution]:
    """The cautions that hold on ``today``, the newest step first."""
    found: list[tuple[date, DrivingCaution]] = []
    on_baclofen = any(is_baclofen(m) for m in medications)

    def hold(start: date, days: int, key: str, why: str) -> None:
        until = start + timedelta(days=days - 1)
        if start <= today <= until:
            found.append((start, DrivingCaution(key, why, until)))

    for med in medications:
        mine = sorted((v for v in versions.get(med.id, ()) if v.slots), key=lambda v: v.valid_from)
        if not mine:
            continue
        if is_baclofen(med):
            first = mine[0]
            hold(
                first.valid_from,
                START_DAYS,
                f"start:{first.id}",
                translate("core.driving", "{medicine}: the first two weeks").format(
                    medicine=med.name
                ),
            )
            for before, after in pairwise(mine):
                if _total(after) > _total(before):
                    hold(
                        after.valid_from,
                        STEP_UP_DAYS,
                        f"up:{after.id}",
                        translate("core.driving", "{medicine}: the dose went up").format(
                            medicine=med.name
                        ),
                    )
        elif on_baclofen and drowsiness_group(med.name) is not None:
            hold(
                mine[0].valid_from,
                ADDED_DAYS,
                f"added:{med.id}",
                translate("core.driving", "{medicine} adds to baclofen's drowsiness").format(
                    medicine=med.name
                ),
            )
    return [c for _, c in sorted(found, key=lambda pair: pair[0], reverse=True)]
