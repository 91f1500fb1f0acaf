"""Write a data folder with years of dose history for the benchmarks (default: 10 years, 3 people).

People, medicines and schedule versions go through the Store as the app makes them; the ~100 000
dose events and their audit rows are inserted with executemany in one transaction, which is what
makes this take seconds rather than the hours of one synced transaction per dose.

Usage: python benchmarks/generate_history.py DATA_DIR [--years 10] [--people 3] [--seed 1]
The folder must not exist yet. History runs up to an hour from now, every slot answered, so
nothing is due or overdue while the benchmarks run.
"""

from __future__ import annotations

import argparse
import random
import sys
import time as timer
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from baclofen_companion.core.model import DoseForm, DoseSlot, DoseStatus
from baclofen_companion.core.schedule import local_date, planned_doses
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.store import Store, open_store


@dataclass(frozen=True)
class FixedClock:
    instant: datetime

    def now(self) -> datetime:
        return self.instant


@dataclass(frozen=True)
class Person:
    name: str
    tz: str


PEOPLE = (
    Person("Sam", "Europe/London"),
    Person("Alex", "Europe/Berlin"),
    Person("Jo", "Europe/Lisbon"),
)
# Nine doses a person a day, none between 23:00 and 06:00 local (the idle hour lies there).
BACLOFEN_TIMES = (time(7), time(12), time(17), time(22))
OTHERS = (
    (MedicationDraft("Gabapentin", DoseForm.TABLET, 300.0, False, "With water"), (8, 14, 20)),
    (MedicationDraft("Vitamin D", DoseForm.LIQUID, 1.0, False, ""), (9, 21)),
)
BACLOFEN = MedicationDraft("Baclofen", DoseForm.TABLET, 10.0, True, "May be taken with food")
NOTES = ("", "", "", "", "", "", "stiff this morning", "took it late", "with lunch", "sleepy")


def baclofen_steps(start: date, end: date, rng: random.Random) -> list[tuple[date, float]]:
    """Titration 5 → 15 mg a dose over the first weeks, then a change now and then."""
    steps = [(start, 5.0), (start + timedelta(days=3), 7.5), (start + timedelta(days=6), 10.0)]
    steps.append((start + timedelta(days=9), 15.0))
    day = start + timedelta(days=180)
    amount = 15.0
    while day < end:
        amount = max(5.0, min(20.0, amount + rng.choice((-2.5, 2.5, 5.0, -5.0))))
        steps.append((day, amount))
        day += timedelta(days=rng.randint(120, 300))
    return steps


def add_people(store: Store, people: int, start: date, end: date, rng: random.Random) -> None:
    for person in (PEOPLE * (people // len(PEOPLE) + 1))[:people]:
        first = baclofen_steps(start, end, rng)
        slots = [DoseSlot(t, first[0][1]) for t in BACLOFEN_TIMES]
        profile, baclofen = store.add_person_with_medicine(
            person.name, person.tz, BACLOFEN, slots, start
        )
        for day, amount in first[1:]:
            store.add_schedule_version(
                baclofen.id, day, [DoseSlot(t, amount) for t in BACLOFEN_TIMES]
            )
        for draft, hours in OTHERS:
            store.add_medication(
                profile.id, draft, [DoseSlot(time(h), draft.strength_mg) for h in hours], start
            )


def dose_rows(
    store: Store, end: datetime, rng: random.Random
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """(dose_events rows, dose_event_audit rows) for every slot due before ``end``."""
    events: list[tuple[object, ...]] = []
    audits: list[tuple[object, ...]] = []
    next_id = 1
    for profile in store.profiles():
        meds = store.medications(profile.id)
        versions = store.schedule_versions(m.id for m in meds)
        first = min(v.valid_from for vs in versions.values() for v in vs)
        last = local_date(end, profile.home_tz)
        day = first
        while day <= last:
            for dose in planned_doses(day, profile.id, profile.home_tz, meds, versions):
                if dose.due > end:
                    continue
                roll = rng.random()
                status = (
                    DoseStatus.TAKEN
                    if roll < 0.93
                    else DoseStatus.SKIPPED
                    if roll < 0.97
                    else DoseStatus.MISSED
                )
                late = timedelta(minutes=rng.randint(-10, 45))
                taken = dose.due + late if status is DoseStatus.TAKEN else None
                recorded = (taken or dose.due + timedelta(hours=2)).isoformat(timespec="seconds")
                taken_text = taken.isoformat(timespec="seconds") if taken else None
                med = dose.medication
                row = (
                    next_id,
                    profile.id,
                    med.id,
                    dose.slot_date.isoformat(),
                    f"{dose.slot_time:%H:%M}",
                    status.value,
                    dose.amount_mg,
                    med.form.value,
                    med.strength_mg,
                    int(med.scored),
                    taken_text,
                    recorded,
                    profile.home_tz,
                    rng.choice(NOTES),
                )
                events.append(row)
                after = f'{{"status": "{status.value}", "taken_utc": "{taken_text}"}}'
                audits.append((next_id, recorded, profile.home_tz, "recorded", None, after, ""))
                if rng.random() < 0.01:  # a correction now and then, with its reason
                    audits.append(
                        (next_id, recorded, profile.home_tz, "edited", after, after, "typo")
                    )
                next_id += 1
            day += timedelta(days=1)
    return events, audits


def diary_rows(store: Store, end: datetime, rng: random.Random) -> list[tuple[object, ...]]:
    """One diary entry an evening per person, as a diligent diarist keeps."""
    rows: list[tuple[object, ...]] = []
    for profile in store.profiles():
        versions = store.schedule_versions(m.id for m in store.medications(profile.id))
        day = min(v.valid_from for vs in versions.values() for v in vs)
        while True:
            at = datetime.combine(day, time(21), tzinfo=ZoneInfo(profile.home_tz)).astimezone(UTC)
            if at > end:
                break
            stamp = at.isoformat(timespec="seconds")
            severity = rng.choice(("none", "none", "mild", "moderate"))
            effects = '["fatigue"]' if rng.random() < 0.2 else "[]"
            flags = '["confusion"]' if rng.random() < 0.002 else "[]"
            note = rng.choice(NOTES)
            rows.append(
                (profile.id, stamp, profile.home_tz, rng.randint(2, 8), rng.randint(0, 6),
                 rng.randint(0, 5), rng.randint(3, 9), rng.randint(3, 9), severity, "none",
                 "none", effects, flags, note, stamp)
            )  # fmt: skip
            day += timedelta(days=1)
    return rows


def generate(data_dir: Path, years: int, people: int, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    end = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1)
    start = (end - timedelta(days=round(365.25 * years))).date()
    started = timer.perf_counter()
    store = open_store(data_dir, FixedClock(datetime.combine(start, time(6), tzinfo=UTC)))
    try:
        add_people(store, people, start, end.date(), rng)
        events, audits = dose_rows(store, end, rng)
        conn = store.conn
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO dose_events (id, profile_id, medication_id, slot_date, slot_time,"
            " status, amount_mg, form, strength_mg, scored, taken_utc, recorded_utc,"
            " recorded_tz, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            events,
        )
        conn.executemany(
            "INSERT INTO dose_event_audit (event_id, changed_utc, changed_tz, action,"
            " before_json, after_json, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
            audits,
        )
        diary = diary_rows(store, end, rng)
        conn.executemany(
            "INSERT INTO diary_entries (profile_id, at_utc, tz, stiffness, pain, spasms, sleep,"
            " mood, drowsiness, dizziness, weakness, side_effects_json, red_flags_json, note,"
            " created_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            diary,
        )
        conn.execute(
            "INSERT INTO diary_audit (entry_id, changed_utc, action, after_json)"
            " SELECT id, created_utc, 'recorded', '{}' FROM diary_entries"
        )
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return {
        "events": len(events),
        "audit_rows": len(audits),
        "diary": len(diary),
        "seconds": timer.perf_counter() - started,
        "megabytes": (data_dir / "companion.db").stat().st_size / 1e6,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--people", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.data_dir.exists():
        print(f"{args.data_dir} exists; give a new folder", file=sys.stderr)
        return 2
    made = generate(args.data_dir, args.years, args.people, args.seed)
    print(
        f"{made['events']:.0f} dose events ({made['audit_rows']:.0f} audit rows) for "
        f"{args.people} people over {args.years} years in {made['seconds']:.1f} s; "
        f"companion.db is {made['megabytes']:.1f} MB, with {made['diary']:,} diary entries."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
