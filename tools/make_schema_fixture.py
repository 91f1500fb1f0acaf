"""Write tests/store/fixtures/companion-vN.db: a data file at the current schema with sample rows.

Run once whenever a migration is added, *before* adding it, so every shipped schema version has
a fixture that the migration tests upgrade with every row intact.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from baclofen_companion.core.model import DoseForm, DoseSlot, DoseStatus
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.store import migrations, open_store

TZ = "Europe/London"
DAY = date(2026, 3, 10)


class FixedClock:
    def now(self) -> datetime:
        return datetime(2026, 3, 10, 21, 0, tzinfo=UTC)


def main() -> int:
    target = Path(__file__).resolve().parent.parent / "tests" / "store" / "fixtures"
    target.mkdir(parents=True, exist_ok=True)
    out = target / f"companion-v{migrations.SCHEMA_VERSION}.db"
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp), FixedClock(), lambda: TZ)
        draft = MedicationDraft("Baclofen", DoseForm.TABLET, 10.0, True, "With food")
        slots = (DoseSlot(time(8), 5.0), DoseSlot(time(14), 5.0), DoseSlot(time(20), 5.0))
        sam, med = store.add_person_with_medicine("Sam", TZ, draft, slots, DAY - timedelta(3))
        store.add_schedule_version(med.id, DAY, tuple(DoseSlot(s.time, 10.0) for s in slots))
        store.add_person_with_medicine(
            "Alex",
            "America/New_York",
            MedicationDraft("Baclofen solution", DoseForm.LIQUID, 1.0, False, ""),
            (DoseSlot(time(9), 2.5),),
            DAY,
        )
        versions = store.schedule_versions([med.id])
        for offset in range(3, -1, -1):
            for dose in planned_doses(DAY - timedelta(offset), sam.id, TZ, [med], versions):
                status = DoseStatus.SKIPPED if dose.slot_time == time(14) else DoseStatus.TAKEN
                event = store.record_dose(dose, status, dose.due + timedelta(minutes=5), "", TZ)
        store.edit_dose(event.id, DoseStatus.TAKEN, event.taken_at, "fixture edit", TZ)
        store.undo_dose(event.id, "fixture undo", TZ)
        if migrations.SCHEMA_VERSION >= 2:
            from baclofen_companion.core.model import SlotKey
            from baclofen_companion.core.reminders import ReminderSettings, ReminderState

            store.set_reminder_settings(ReminderSettings(repeat_minutes=15))
            first = FixedClock().now()
            store.save_reminder_states(
                {SlotKey(med.id, DAY, time(20)): ReminderState(first, first, 2)}
            )
        if migrations.SCHEMA_VERSION >= 3:
            from baclofen_companion.core.plans import PlanKind, build_titration

            steps = build_titration(
                medication=med,
                start=DAY + timedelta(days=1),
                slot_times=[s.time for s in slots],
                start_per_dose_mg=10,
                target_per_dose_mg=20,
            )
            store.save_plan(med.id, PlanKind.TITRATION, steps, {"fixture": True})
            store.record_extra_dose(
                sam.id, med, 5.0, FixedClock().now() - timedelta(hours=1), "bad spasms", TZ
            )
            store.log_safety(sam.id, med.id, "abrupt cut confirmed", "fixture")
            store.add_checkin(sam.id, "withdrawal watch", "I feel fine", [], TZ)
        if migrations.SCHEMA_VERSION >= 5:
            from baclofen_companion.core.diary import DiaryDraft, Severity
            from baclofen_companion.core.travel import TravelMode

            now = FixedClock().now()
            store.stock.count(med, 40)
            store.stock.refill(med, 56, now, "pharmacy")
            store.stock.count(med, 95, reason="fixture recount")
            store.trips.save(
                sam.id, now + timedelta(days=2), now + timedelta(days=9), "Asia/Tokyo",
                TravelMode.LOCAL_TIME, 3, {"fixture": True},
            )  # fmt: skip
            entry = store.diary.add(
                sam.id,
                DiaryDraft(now, TZ, stiffness=6, pain=2, drowsiness=Severity.MILD,
                           side_effects=("nausea",), red_flags=("confusion",), note="fixture"),
            )  # fmt: skip
            store.diary.edit(entry.id, DiaryDraft(now, TZ, stiffness=5, note="fixture edit"))
        if migrations.SCHEMA_VERSION >= 6:
            from baclofen_companion.core.care import Appointment

            now = FixedClock().now()
            store.add_appointment(
                Appointment(sam.id, now + timedelta(days=5), TZ, "Dr Rao", "Clinic 3", "diary")
            )
            store.add_care_question(sam.id, "Is the evening dose too close to bedtime?")
            lab = store.add_lab_check(sam.id, "eGFR", DAY + timedelta(days=10))
            store.record_lab_result(lab.id, "85", "mL/min/1.73m²", DAY - timedelta(days=1))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.conn.execute("PRAGMA journal_mode = DELETE")
        store.close()
        out.write_bytes((Path(tmp) / "companion.db").read_bytes())
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
