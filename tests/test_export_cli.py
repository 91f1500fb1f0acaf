"""`export diary|doses --out FILE.csv`: what the store holds comes out whole, inert and filtered."""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import os
import re
import subprocess
import sys
import tempfile
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from baclofen_companion.app import main
from baclofen_companion.cli.export import BAD_ARGUMENTS, FAILED, OK, export_command
from baclofen_companion.core.diary import DiaryDraft, Severity
from baclofen_companion.core.export import CARE_HEADER, DIARY_HEADER, DOSE_HEADER
from baclofen_companion.core.model import DoseStatus, Medication, Profile
from baclofen_companion.core.schedule import local_to_utc, planned_doses
from baclofen_companion.ops.export import ExportKind
from baclofen_companion.store import DATA_FILE_NAME, Store
from tests.conftest import BACLOFEN, DAY, HOME_TZ, LABEL_START, FakeClock
from tests.store.test_backups import log_days


class Streams:
    def __init__(self) -> None:
        self.out = io.StringIO()
        self.err = io.StringIO()


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def run_export(kind: str, data_dir: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    """In-process, through the real argument parser: (exit code, stdout, stderr)."""
    streams = Streams()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = streams.out, streams.err
    try:
        try:
            code = main(["export", kind, "--out", str(out), "--data-dir", str(data_dir), *extra])
        except SystemExit as exit_:  # argparse refusing an argument
            code = int(exit_.code or 0)
    finally:
        sys.stdout, sys.stderr = old
    return code, streams.out.getvalue(), streams.err.getvalue()


def add_entry(store: Store, person: Profile, day: date, hh: int, **fields: object) -> int:
    draft = DiaryDraft(at=local_to_utc(day, time(hh), HOME_TZ), tz=HOME_TZ, **fields)  # type: ignore[arg-type]
    return store.diary.add(person.id, draft).id


@pytest.fixture
def history(store: Store, sam: tuple[Profile, Medication], clock: FakeClock) -> Profile:
    """Sam's diary over three days (one entry deleted, one edited), a check-in, and doses."""
    person, med = sam
    add_entry(store, person, DAY - timedelta(days=2), 8, stiffness=6, pain=3, note="Slept badly")
    first = add_entry(store, person, DAY - timedelta(days=1), 21, pain=5, note='=HYPERLINK("x")')
    store.diary.edit(
        first,
        DiaryDraft(
            local_to_utc(DAY - timedelta(days=1), time(21), HOME_TZ),
            HOME_TZ,
            pain=4,
            drowsiness=Severity.MODERATE,
            alcohol=True,
            drinks=2,
            note='=HYPERLINK("x")',
        ),
    )
    gone = add_entry(store, person, DAY - timedelta(days=1), 22, pain=9, note="typo")
    store.diary.delete(gone)
    add_entry(
        store,
        person,
        DAY,
        7,
        red_flags=("hallucinations",),
        side_effects=("nausea",),
        note="@SUM(A1)",
    )
    add_entry(store, person, DAY, 9, mood=8, note="-2+3")
    clock.set_local(DAY - timedelta(days=1), time(18, 30))
    store.add_checkin(
        person.id, "withdrawal watch", "I feel fine", [], HOME_TZ, "2 doses in a row not taken."
    )
    clock.set_local(DAY, time(7))
    # Doses: two days taken on time, one of them undone; today's 08:00 taken late, 14:00
    # skipped, and an extra dose with its reason.
    log_days(store, person, DAY - timedelta(days=2), 2)
    undone = store.events_between(person.id, DAY - timedelta(days=1), DAY - timedelta(days=1))[0]
    store.undo_dose(undone.id, "tapped by mistake", home_tz=HOME_TZ)
    meds = store.medications(person.id)
    today = planned_doses(DAY, person.id, HOME_TZ, meds, store.schedule_versions([med.id]))
    store.record_dose(
        today[0], DoseStatus.TAKEN, local_to_utc(DAY, time(9, 10), HOME_TZ), home_tz=HOME_TZ
    )
    store.record_dose(today[1], DoseStatus.SKIPPED, home_tz=HOME_TZ)
    store.record_extra_dose(
        person.id, med, 5.0, local_to_utc(DAY, time(16), HOME_TZ), "+spasms at night", HOME_TZ
    )
    return person


def test_diary_export_is_exactly_the_stored_entries(
    history: Profile, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "diary.csv"
    code, stdout, stderr = run_export("diary", data_dir, out)
    assert (code, stderr) == (OK, "")
    assert stdout == f"Wrote 4 diary entries and 1 withdrawal check-in for Sam to {out}\n"
    rows = read_rows(out)
    assert [
        (r["Date"], r["Time"], r["Kind"], r["Stiffness"], r["Pain"], r["Mood"], r["Note"])
        for r in rows
    ] == [
        ("2026-03-08", "08:00", "diary entry", "6", "3", "", "Slept badly"),
        ("2026-03-09", "18:30", "withdrawal check-in", "", "", "", "2 doses in a row not taken."),
        ("2026-03-09", "21:00", "diary entry", "", "4", "", '\'=HYPERLINK("x")'),
        ("2026-03-10", "07:00", "diary entry", "", "", "", "'@SUM(A1)"),
        ("2026-03-10", "09:00", "diary entry", "", "", "8", "'-2+3"),
    ]
    edited = rows[2]
    assert (edited["Drowsiness"], edited["Alcohol"], edited["Drinks"], edited["Edited"]) == (
        "moderate",
        "yes",
        "2",
        "yes",
    )
    flagged = rows[3]
    assert flagged["Red flags"] == "Hallucinations (seeing or hearing things)"
    assert flagged["Any red flag"] == "yes" and rows[0]["Any red flag"] == "no"
    assert flagged["Side effects"] == "Feeling sick (nausea)"
    assert rows[1]["Check-in answer"] == "I feel fine"
    assert {r["Time zone"] for r in rows} == {HOME_TZ}
    # Every stored (not deleted) entry once, in the store's order.
    stored = store.diary.between(history.id)
    diary_rows = [r for r in rows if r["Kind"] == "diary entry"]
    assert len(diary_rows) == len(stored) == 4
    assert [r["Pain"] for r in diary_rows] == [str(e.pain) if e.pain else "" for e in stored]


def test_the_file_is_utf8_with_bom_and_crlf_and_nothing_starts_a_formula(
    history: Profile, data_dir: Path, tmp_path: Path
) -> None:
    for kind in ("diary", "doses"):
        out = tmp_path / f"{kind}.csv"
        assert run_export(kind, data_dir, out)[0] == OK
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
        with out.open(encoding="utf-8-sig", newline="") as stream:
            cells = [c for row in csv.reader(stream) for c in row]
        assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]


def test_dose_export_is_exactly_the_live_doses(
    history: Profile, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "doses.csv"
    code, stdout, _ = run_export("doses", data_dir, out)
    assert code == OK
    live = store.events_between(history.id, date.min, date.max)
    assert len(live) == 8  # 6 logged, 1 undone, then 08:00, 14:00 and the extra today
    assert stdout == f"Wrote 8 doses for Sam to {out}\n"
    rows = read_rows(out)
    assert [(r["Slot date"], r["Slot time"], r["Status"], r["Kind"]) for r in rows] == [
        (e.slot_date.isoformat(), f"{e.slot_time:%H:%M}", e.status.value, e.kind.value)
        for e in live
    ]
    assert ("2026-03-09", "08:00") not in [(r["Slot date"], r["Slot time"]) for r in rows]
    first = rows[0]
    assert (first["Person"], first["Medicine"], first["Strength"], first["Form"]) == (
        "Sam",
        "Baclofen",
        "10 mg",
        "tablet",
    )
    assert (first["Amount (mg)"], first["Units"], first["Timing"]) == ("5", "½ tablet", "on time")
    late, skipped, extra = rows[-3:]
    assert (late["Taken date"], late["Taken time"], late["Timing"], late["Minutes off time"]) == (
        "2026-03-10",
        "09:10",
        "late",
        "70",
    )
    assert (skipped["Status"], skipped["Taken time"], skipped["Timing"]) == ("skipped", "", "")
    assert (extra["Kind"], extra["Taken time"], extra["Timing"]) == ("extra", "16:00", "")
    assert extra["Note"] == "'+spasms at night"


def test_from_and_to_are_inclusive_local_dates(
    history: Profile, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "one-day.csv"
    day = "2026-03-09"
    assert run_export("diary", data_dir, out, "--from", day, "--to", day)[0] == OK
    assert {r["Date"] for r in read_rows(out)} == {day}
    assert len(read_rows(out)) == 2
    assert run_export("doses", data_dir, out, "--from", day, "--to", day)[0] == OK
    assert [r["Slot time"] for r in read_rows(out)] == ["14:00", "20:00"]
    assert run_export("doses", data_dir, out, "--from", "2026-03-10")[0] == OK
    assert {r["Slot date"] for r in read_rows(out)} == {"2026-03-10"}
    assert run_export("diary", data_dir, out, "--to", "2026-03-08")[0] == OK
    assert [r["Date"] for r in read_rows(out)] == ["2026-03-08"]


def test_profile_chooses_whose_rows(
    history: Profile, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    alex, _ = store.add_person_with_medicine("Alex", HOME_TZ, BACLOFEN, LABEL_START, DAY)
    add_entry(store, alex, DAY, 12, pain=1, note="Alex's day")
    log_days(store, alex, DAY, 1)
    out = tmp_path / "alex.csv"
    code, stdout, _ = run_export("diary", data_dir, out, "--profile", "alex")
    assert code == OK and "for Alex" in stdout
    assert [r["Note"] for r in read_rows(out)] == ["Alex's day"]
    assert run_export("doses", data_dir, out, "--profile", "Alex")[0] == OK
    assert {r["Person"] for r in read_rows(out)} == {"Alex"} and len(read_rows(out)) == 3
    # Without --profile: the first person, Sam, and none of Alex's rows.
    assert run_export("doses", data_dir, out)[0] == OK
    assert {r["Person"] for r in read_rows(out)} == {"Sam"}


def test_an_unknown_person_is_refused_with_the_names(
    history: Profile, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    store.add_profile("Alex", HOME_TZ)
    out = tmp_path / "x.csv"
    code, stdout, stderr = run_export("diary", data_dir, out, "--profile", "Robin")
    assert (code, stdout) == (BAD_ARGUMENTS, "")
    assert "No person called 'Robin'" in stderr and "Sam, Alex" in stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--from", "2026-03-10", "--to", "2026-03-01"), "--from 2026-03-10 is after --to"),
        (("--from", "10/03/2026"), "is not a date; write it as YYYY-MM-DD"),
        (("--to", "yesterday"), "is not a date"),
    ],
)
def test_bad_dates_are_bad_arguments(
    history: Profile, data_dir: Path, tmp_path: Path, args: tuple[str, ...], said: str
) -> None:
    out = tmp_path / "x.csv"
    code, _, stderr = run_export("diary", data_dir, out, *args)
    assert code == BAD_ARGUMENTS and said in stderr
    assert not out.exists()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_live_data_file_is_never_a_target(history: Profile, data_dir: Path) -> None:
    live = data_dir / DATA_FILE_NAME
    before = digest(live)
    code, _, stderr = run_export("diary", data_dir, live)
    assert code == BAD_ARGUMENTS and "is the live data file" in stderr
    assert digest(live) == before


def test_a_folder_as_target_fails_and_says_so(
    history: Profile, data_dir: Path, tmp_path: Path
) -> None:
    code, stdout, stderr = run_export("doses", data_dir, tmp_path)
    assert (code, stdout) == (FAILED, "")
    assert stderr == f"export failed: Cannot write to {tmp_path}: it is a folder, not a file.\n"


OLD = b"Date,Note\r\nyesterday's export,keep me\r\n"


@pytest.fixture
def old_export(tmp_path: Path) -> Path:
    path = tmp_path / "exports" / "diary.csv"
    path.parent.mkdir()
    path.write_bytes(OLD)
    return path


@pytest.mark.parametrize(
    ("fault", "reason"),
    [("mkstemp", "permission denied"), ("fsync", "the disk is full")],
)
def test_a_failed_write_leaves_the_old_export_byte_for_byte(
    history: Profile,
    data_dir: Path,
    old_export: Path,
    monkeypatch: pytest.MonkeyPatch,
    fault: str,
    reason: str,
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        if fault == "mkstemp":
            raise PermissionError(errno.EACCES, "Permission denied")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile if fault == "mkstemp" else os, fault, fail)
    streams = Streams()
    code = export_command(
        ExportKind.DIARY, data_dir, old_export, stdout=streams.out, stderr=streams.err
    )
    assert code == FAILED
    assert streams.err.getvalue() == f"export failed: Cannot write to {old_export}: {reason}.\n"
    assert streams.out.getvalue() == ""
    assert old_export.read_bytes() == OLD
    assert [p.name for p in old_export.parent.iterdir()] == ["diary.csv"]


def test_no_data_file_fails_without_making_one(tmp_path: Path) -> None:
    empty = tmp_path / "nothing-here"
    code, _, stderr = run_export("diary", empty, tmp_path / "x.csv")
    assert code == FAILED and f"there is no data file in {empty}" in stderr
    assert not empty.exists()


def test_no_person_yet_is_a_failure(store: Store, data_dir: Path, tmp_path: Path) -> None:
    code, _, stderr = run_export("doses", data_dir, tmp_path / "x.csv")
    assert code == FAILED and "There is no one in the data file yet" in stderr


def test_the_command_runs_as_a_program(history: Profile, data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "from the shell.csv"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "baclofen_companion", "export"]
    done = subprocess.run(
        [*command, "doses", "--out", str(out), "--data-dir", str(data_dir), "--to", "2026-03-09"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == OK, done.stderr
    assert done.stdout == f"Wrote 5 doses for Sam to {out}\n"
    assert len(read_rows(out)) == 5
    refused = subprocess.run(
        [*command, "diary", "--out", str(out), "--data-dir", str(data_dir), "--from", "soon"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert refused.returncode == BAD_ARGUMENTS and "is not a date" in refused.stderr


def test_readme_documents_every_column_of_both_files() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Exporting", 1)[1].split("\n## ", 1)[0]
    diary_part, rest = section.split("**Doses file**")
    dose_part, care_part = rest.split("**Care file**")

    def documented(part: str) -> list[str]:
        names = re.findall(r"^\| ([^|]+?) \|", part, flags=re.M)
        return [n for cell in names if cell not in ("column", "---") for n in cell.split(", ")]

    assert documented(diary_part) == list(DIARY_HEADER)
    assert documented(dose_part) == list(DOSE_HEADER)
    assert documented(care_part) == list(CARE_HEADER)
    assert "export diary --out" in section and "export doses --out" in section
