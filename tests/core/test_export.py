"""CSV exports in core: the rows of the diary and dose files, formula-safe cells, atomic writes."""

from __future__ import annotations

import csv
import errno
import io
import os
import sys
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from baclofen_companion.core.csv_file import ExportError, encode_csv, safe_cell, write_csv
from baclofen_companion.core.diary import CheckIn, DiaryEntry, Severity
from baclofen_companion.core.export import (
    DIARY_HEADER,
    DOSE_HEADER,
    Cell,
    Table,
    diary_table,
    dose_table,
    dose_timing,
)
from baclofen_companion.core.model import DoseEvent, DoseForm, DoseKind, DoseStatus, Medication
from baclofen_companion.core.schedule import local_to_utc

LONDON = "Europe/London"
NEW_YORK = "America/New_York"
DAY = date(2026, 3, 10)


def at(day: date, hh: int, mm: int = 0, tz: str = LONDON) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=ZoneInfo(tz)).astimezone(UTC)


def entry(when: datetime, tz: str = LONDON, entry_id: int = 1, **fields: object) -> DiaryEntry:
    return DiaryEntry(at=when, tz=tz, id=entry_id, profile_id=1, **fields)  # type: ignore[arg-type]


def event(
    status: DoseStatus = DoseStatus.TAKEN,
    taken: datetime | None = None,
    slot: time = time(8),
    kind: DoseKind = DoseKind.SCHEDULED,
    amount: float = 5.0,
    form: DoseForm = DoseForm.TABLET,
    strength: float = 10.0,
    note: str = "",
    edited: bool = False,
    day: date = DAY,
) -> DoseEvent:
    return DoseEvent(
        id=1,
        profile_id=1,
        medication_id=7,
        slot_date=day,
        slot_time=slot,
        status=status,
        amount_mg=amount,
        form=form,
        strength_mg=strength,
        scored=True,
        taken_at=taken,
        recorded_utc=at(DAY, 9),
        recorded_tz=LONDON,
        note=note,
        edited=edited,
        kind=kind,
    )


BACLOFEN = Medication(7, 1, "Baclofen", DoseForm.TABLET, 10.0, True)


def read_back(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


# -- diary rows -----------------------------------------------------------------------------


def test_a_full_diary_entry_fills_every_column() -> None:
    full = entry(
        at(DAY, 21, 15),
        stiffness=6,
        pain=0,
        spasms=3,
        sleep=8,
        mood=7,
        drowsiness=Severity.MILD,
        dizziness=Severity.NONE,
        weakness=Severity.SEVERE,
        side_effects=("fatigue", "headache"),
        red_flags=("confusion", "seizure"),
        alcohol=True,
        drinks=2.5,
        note="Long walk",
        edited=True,
    )
    table = diary_table([full])
    assert table.header == DIARY_HEADER
    assert dict(zip(DIARY_HEADER, table.rows[0], strict=True)) == {
        "Date": "2026-03-10",
        "Time": "21:15",
        "Time zone": LONDON,
        "Kind": "diary entry",
        "Stiffness": 6,
        "Pain": 0,
        "Spasms": 3,
        "Sleep": 8,
        "Mood": 7,
        "Drowsiness": "mild",
        "Dizziness": "none",
        "Weakness": "severe",
        "Side effects": "Tiredness (fatigue); Headache",
        "Red flags": "Confusion; Seizure (fit)",
        "Any red flag": "yes",
        "Alcohol": "yes",
        "Drinks": 2.5,
        "Check-in answer": "",
        "Note": "Long walk",
        "Edited": "yes",
    }
    assert table.summary() == "1 diary entry"


def test_empty_fields_stay_empty_and_no_red_flag_says_no() -> None:
    row = dict(zip(DIARY_HEADER, diary_table([entry(at(DAY, 8), pain=4)]).rows[0], strict=True))
    assert row["Pain"] == 4 and row["Stiffness"] == "" and row["Drowsiness"] == ""
    assert row["Any red flag"] == "no" and row["Alcohol"] == "" and row["Drinks"] == ""
    assert row["Edited"] == "no"


def test_checkins_are_rows_of_their_own_kind_in_time_order() -> None:
    entries = [entry(at(DAY, 8), pain=4, entry_id=1), entry(at(DAY, 20), pain=2, entry_id=2)]
    checkin = CheckIn(
        at(DAY, 12, 5),
        LONDON,
        "withdrawal watch",
        "I have some of these signs",
        ("sweating",),
        "2 baclofen doses in a row not taken.",
    )
    table = diary_table(entries, [checkin])
    kinds = [(r[1], r[3]) for r in table.rows]
    assert kinds == [
        ("08:00", "diary entry"),
        ("12:05", "withdrawal check-in"),
        ("20:00", "diary entry"),
    ]
    row = dict(zip(DIARY_HEADER, table.rows[1], strict=True))
    assert row["Check-in answer"] == "I have some of these signs: sweating"
    assert row["Note"] == "2 baclofen doses in a row not taken."
    assert row["Pain"] == "" and row["Any red flag"] == "" and row["Edited"] == ""
    assert table.summary() == "2 diary entries and 1 withdrawal check-in"


def test_dates_are_local_to_where_each_entry_was_written_and_filter_on_that() -> None:
    # 23:30 in New York on 5 March is 04:30 on 6 March in London and UTC.
    late_evening = entry(at(date(2026, 3, 5), 23, 30, NEW_YORK), NEW_YORK, pain=5)
    table = diary_table([late_evening], first=date(2026, 3, 5), last=date(2026, 3, 5))
    assert table.rows[0][:3] == ("2026-03-05", "23:30", NEW_YORK)
    assert diary_table([late_evening], first=date(2026, 3, 6)).rows == ()


def test_the_date_range_is_inclusive_at_both_ends() -> None:
    days = [DAY + timedelta(days=n) for n in range(5)]
    entries = [entry(at(d, 0, 0), pain=1, entry_id=i) for i, d in enumerate(days)]
    entries.append(entry(at(days[3], 23, 59), pain=2, entry_id=9))
    table = diary_table(entries, first=days[1], last=days[3])
    assert [r[0] for r in table.rows] == [d.isoformat() for d in days[1:4]] + ["2026-03-13"]


# -- dose rows ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("taken", "expected"),
    [
        (at(DAY, 8, 0), ("on time", None)),
        (at(DAY, 8, 29), ("on time", None)),
        (at(DAY, 8, 30), ("late", 30)),
        (at(DAY, 10, 45), ("late", 165)),
        (at(DAY, 7, 31), ("on time", None)),
        (at(DAY, 7, 30), ("early", 30)),
    ],
)
def test_timing_follows_the_due_window(taken: datetime, expected: tuple[str, int | None]) -> None:
    assert dose_timing(event(taken=taken), LONDON) == expected


def test_extra_skipped_and_missed_doses_have_no_timing() -> None:
    assert dose_timing(event(kind=DoseKind.EXTRA, taken=at(DAY, 13)), LONDON) == ("", None)
    assert dose_timing(event(DoseStatus.SKIPPED), LONDON) == ("", None)
    assert dose_timing(event(DoseStatus.MISSED), LONDON) == ("", None)


def test_a_dose_row_names_amounts_units_and_local_times() -> None:
    table = dose_table(
        [event(taken=at(DAY, 9, 5), note="after breakfast", edited=True)],
        {7: BACLOFEN},
        "Sam",
        LONDON,
    )
    assert table.header == DOSE_HEADER
    assert dict(zip(DOSE_HEADER, table.rows[0], strict=True)) == {
        "Person": "Sam",
        "Medicine": "Baclofen",
        "Strength": "10 mg",
        "Form": "tablet",
        "Slot date": "2026-03-10",
        "Slot time": "08:00",
        "Status": "taken",
        "Kind": "scheduled",
        "Amount (mg)": 5,
        "Units": "½ tablet",
        "Taken date": "2026-03-10",
        "Taken time": "09:05",
        "Time zone": LONDON,
        "Timing": "late",
        "Minutes off time": 65,
        "Note": "after breakfast",
        "Edited": "yes",
    }
    assert table.summary() == "1 dose"


def test_a_skipped_liquid_dose_has_no_taken_time() -> None:
    liquid = event(DoseStatus.SKIPPED, amount=7.5, form=DoseForm.LIQUID, strength=1.0)
    row = dict(
        zip(DOSE_HEADER, dose_table([liquid], {7: BACLOFEN}, "Sam", LONDON).rows[0], strict=True)
    )
    assert (row["Strength"], row["Units"], row["Amount (mg)"]) == ("1 mg/mL", "7.5 mL", 7.5)
    assert (row["Taken date"], row["Taken time"], row["Timing"]) == ("", "", "")


def test_taken_times_are_in_the_persons_home_zone() -> None:
    # A dose taken at 00:10 after midnight stays on yesterday's 23:00 slot.
    late = event(taken=at(DAY + timedelta(days=1), 0, 10), slot=time(23))
    row = dict(
        zip(DOSE_HEADER, dose_table([late], {7: BACLOFEN}, "Sam", LONDON).rows[0], strict=True)
    )
    assert (row["Slot date"], row["Taken date"], row["Taken time"]) == (
        "2026-03-10",
        "2026-03-11",
        "00:10",
    )
    assert (row["Timing"], row["Minutes off time"]) == ("late", 70)


# -- formula-safe cells ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("x")', "@SUM(A1)", "-2+3", "+1", "\tx", "\rx", "=", "-"]
)
def test_dangerous_text_gets_a_quote(text: str) -> None:
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["", "5", "Long walk", "'=x", " =x", "2026-03-10", "½ tablet"])
def test_harmless_text_is_kept(text: str) -> None:
    assert safe_cell(text) == text


@pytest.mark.parametrize("number", [0, 5, 2.5, 80, 0.001])
def test_numbers_stay_numbers(number: float) -> None:
    assert safe_cell(number) == number and type(safe_cell(number)) is type(number)


def table_with_note(note: str) -> Table:
    return diary_table([entry(at(DAY, 8), pain=4, note=note)])


NOTE_COLUMN = DIARY_HEADER.index("Note")


@given(note=st.text(max_size=80))
def test_any_note_round_trips_and_never_starts_a_formula(note: str) -> None:
    data = encode_csv(table_with_note(note))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 2
    cell = rows[1][NOTE_COLUMN]
    if note.startswith(("=", "+", "-", "@", "\t", "\r")):
        assert cell == "'" + note
    else:
        assert cell == note
    for value in rows[0] + rows[1]:
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["=1+1", '"', '""x"', "a,b", "line\r\nbreak", "-3", "", " "]),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.sampled_from([5, 5.0, 2.5, 0, 0.0, -1, -1.0]),  # equal values of both types
)


@given(rows=st.lists(st.lists(cells, min_size=3, max_size=3), max_size=6))
def test_the_encoding_is_what_the_csv_module_writes(rows: list[list[Cell]]) -> None:
    """encode_csv reuses each distinct cell's text; the bytes stay csv.writer's exactly."""
    header = ("A", "=B", 'C "c"')
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n")
    writer.writerows([safe_cell(c) for c in row] for row in [list(header), *rows])
    expected = buffer.getvalue().encode("utf-8-sig")
    assert encode_csv(Table(header, tuple(tuple(r) for r in rows))) == expected


ZONES = ("Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "UTC")


@given(
    zone=st.sampled_from(ZONES),
    day=st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31)),
    slot=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    minutes_off=st.integers(min_value=-3000, max_value=3000),
    seconds=st.integers(min_value=0, max_value=59),
)
def test_taken_times_and_timing_match_plain_zone_arithmetic(
    zone: str, day: date, slot: time, minutes_off: int, seconds: int
) -> None:
    """Across DST changes and half-hour zones: the taken wall time in the home zone, and
    how far off the slot's instant (its first occurrence in a repeated hour; the end of the
    gap for a time the clocks skip, core.schedule.local_to_utc) it was taken."""
    due = datetime.combine(day, slot, tzinfo=ZoneInfo(zone)).astimezone(UTC)
    if due.astimezone(ZoneInfo(zone)).replace(tzinfo=None) != datetime.combine(day, slot):
        due = local_to_utc(day, slot, zone)  # skipped by the clocks: the gap's end
    taken = due + timedelta(minutes=minutes_off, seconds=seconds)
    row = dict(
        zip(
            DOSE_HEADER,
            dose_table([event(taken=taken, slot=slot, day=day)], {}, "S", zone).rows[0],
            strict=True,
        )
    )
    there = taken.astimezone(ZoneInfo(zone))
    assert (row["Taken date"], row["Taken time"]) == (there.date().isoformat(), f"{there:%H:%M}")
    offset = taken - due
    whole = int(abs(offset).total_seconds() // 60)
    if offset >= timedelta(minutes=30):
        assert (row["Timing"], row["Minutes off time"]) == ("late", whole)
    elif offset <= -timedelta(minutes=30):
        assert (row["Timing"], row["Minutes off time"]) == ("early", whole)
    else:
        assert (row["Timing"], row["Minutes off time"]) == ("on time", "")


# -- the file -------------------------------------------------------------------------------


def test_file_has_a_bom_crlf_lines_one_header_and_unquoted_numbers(tmp_path: Path) -> None:
    entries = [
        entry(at(DAY, 8), pain=4, note='=HYPERLINK("x")', entry_id=1),
        entry(at(DAY, 9), drinks=1.5, alcohol=True, note="@SUM(A1)", entry_id=2),
    ]
    path = write_csv(tmp_path / "diary.csv", diary_table(entries))
    raw = path.read_bytes()
    assert raw.startswith(b'\xef\xbb\xbf"Date",')
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"" and len(lines) == 4
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert b',4,"' in lines[1]  # the pain score, unquoted: a number in a spreadsheet
    assert b",1.5," in lines[2]
    rows = read_back(path)
    assert rows[0] == list(DIARY_HEADER)
    assert [r[NOTE_COLUMN] for r in rows[1:]] == ['\'=HYPERLINK("x")', "'@SUM(A1)"]
    if sys.platform != "win32":
        assert path.stat().st_mode & 0o777 == 0o600


def test_a_note_with_line_breaks_survives(tmp_path: Path) -> None:
    note = 'first line\nsecond, "quoted"\r\nthird'
    rows = read_back(write_csv(tmp_path / "d.csv", table_with_note(note)))
    assert rows[1][NOTE_COLUMN] == note and len(rows) == 2


def test_an_empty_export_is_just_the_header(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "doses.csv", dose_table([], {}, "Sam", LONDON))
    assert read_back(path) == [list(DOSE_HEADER)]
    assert path.read_bytes().endswith(b'"Edited"\r\n')


OLD = b"old export, keep me\r\n"


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "out" / "diary.csv"
    path.parent.mkdir()
    path.write_bytes(OLD)
    return path


def assert_untouched(path: Path) -> None:
    assert path.read_bytes() == OLD
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temp file left


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="it is a folder, not a file"):
        write_csv(tmp_path, table_with_note("x"))


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"Cannot write to .*: the folder .*nope does not exist"):
        write_csv(tmp_path / "nope" / "d.csv", table_with_note("x"))


def test_permission_denied_is_said_plainly(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Works as root too: the folder refuses the temporary file.
    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError) as caught:
        write_csv(old_file, table_with_note("x"))
    assert str(caught.value) == f"Cannot write to {old_file}: permission denied."
    assert_untouched(old_file)


@pytest.mark.parametrize(
    ("step", "code", "reason"),
    [
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("replace", errno.EROFS, "the disk is read-only"),
        ("fsync", errno.EIO, "input/output error"),
    ],
)
def test_a_failure_half_way_removes_the_temp_file_and_keeps_the_old_one(
    old_file: Path, monkeypatch: pytest.MonkeyPatch, step: str, code: int, reason: str
) -> None:
    def fail(*args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, step, fail)
    with pytest.raises(ExportError) as caught:
        write_csv(old_file, table_with_note("x"))
    assert str(caught.value) == f"Cannot write to {old_file}: {reason}."
    assert_untouched(old_file)


def test_an_interrupt_half_way_removes_the_temp_file(
    old_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_csv(old_file, table_with_note("x"))
    assert_untouched(old_file)


def test_a_good_write_replaces_the_old_file_whole(old_file: Path) -> None:
    write_csv(old_file, table_with_note("new"))
    assert read_back(old_file)[1][NOTE_COLUMN] == "new"
    assert sorted(p.name for p in old_file.parent.iterdir()) == [old_file.name]
