"""`export care` and File → Export's Care: appointments, questions and lab checks as CSV."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from baclofen_companion.core.care import Appointment
from baclofen_companion.core.export import CARE_HEADER
from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.ops import care
from baclofen_companion.store import Store
from tests.conftest import DAY, HOME_TZ, FakeClock
from tests.test_export_cli import read_rows, run_export


def local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=ZoneInfo(HOME_TZ)).astimezone(UTC)


def test_export_care_writes_every_kind_within_the_dates(
    store: Store, clock: FakeClock, sam: tuple[Profile, Medication], data_dir: Path, tmp_path: Path
) -> None:
    person = sam[0]
    care.add_appointment(
        store,
        Appointment(
            person.id, local(DAY + timedelta(days=3), time(11)), HOME_TZ, "Dr Lee", "Ward 2", "=x"
        ),
    )
    care.add_appointment(
        store, Appointment(person.id, local(DAY - timedelta(days=60), time(9)), HOME_TZ, "Dr Old")
    )
    care.ask(store, person.id, "Is the drowsiness likely to fade?")
    check, _ = care.add_lab_check(store, person.id, "Creatinine", DAY + timedelta(days=2))
    care.record_lab_result(store, check, "88", "µmol/L", DAY - timedelta(days=1), "fasting")
    out = tmp_path / "care.csv"
    code, said, _ = run_export(
        "care",
        data_dir,
        out,
        "--from",
        str(DAY - timedelta(days=7)),
        "--to",
        str(DAY + timedelta(7)),
    )
    assert code == 0 and "3 appointments, questions and lab checks" in said
    rows = read_rows(out)
    assert list(rows[0]) == list(CARE_HEADER)
    assert [(r["Kind"], r["Date"], r["Time"]) for r in rows] == [
        ("question for the doctor", "2026-03-10", "07:00"),
        ("appointment", "2026-03-13", "11:00"),
        ("lab check", "", ""),
    ]
    assert rows[0]["Question"] == "Is the drowsiness likely to fade?"
    assert (rows[1]["With whom"], rows[1]["Where"], rows[1]["What to bring"]) == (
        "Dr Lee",
        "Ward 2",
        "'=x",  # a formula a spreadsheet would run is written as text
    )
    lab = rows[2]
    assert (lab["Test"], lab["Due date"], lab["Value"], lab["Unit"], lab["Result date"]) == (
        "Creatinine",
        "2026-03-12",
        "88",
        "µmol/L",
        "2026-03-09",
    )
    assert lab["Note"] == "fasting"
