"""What the diary and dose CSV exports hold: their columns and one row per record.

Rows are plain cells (text or numbers); core/csv_file.py writes them safely. Column headers and
cell words stay English in every language, with a point for decimals: the file is a documented
format (README) that spreadsheets and scripts read. Only the summary a person reads is translated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from baclofen_companion.core.diary import (
    RED_FLAGS,
    SCALES,
    SEVERITY_SCALES,
    SIDE_EFFECTS,
    CheckIn,
    DiaryEntry,
)
from baclofen_companion.core.model import DoseEvent, DoseForm, DoseKind, DoseStatus, Medication
from baclofen_companion.core.pump import PumpEvent, PumpEventKind
from baclofen_companion.core.schedule import DUE_WINDOW, local_to_utc
from baclofen_companion.core.text import translate
from baclofen_companion.core.units import plain_number, units_text

Cell = str | int | float
"""A CSV cell: text, or a real number that a spreadsheet should read as a number."""

DIARY_ENTRY = "diary entry"
WITHDRAWAL_CHECKIN = "withdrawal check-in"
LIST_SEPARATOR = "; "

DIARY_HEADER: tuple[str, ...] = (
    "Date",
    "Time",
    "Time zone",
    "Kind",
    "Stiffness",
    "Pain",
    "Spasms",
    "Sleep",
    "Mood",
    "Drowsiness",
    "Dizziness",
    "Weakness",
    "Side effects",
    "Red flags",
    "Any red flag",
    "Alcohol",
    "Drinks",
    "Check-in answer",
    "Note",
    "Edited",
)

DOSE_HEADER: tuple[str, ...] = (
    "Person",
    "Medicine",
    "Strength",
    "Form",
    "Slot date",
    "Slot time",
    "Status",
    "Kind",
    "Amount (mg)",
    "Units",
    "Taken date",
    "Taken time",
    "Time zone",
    "Timing",
    "Minutes off time",
    "Note",
    "Edited",
)

CARE_HEADER: tuple[str, ...] = (
    "Kind",
    "Date",
    "Time",
    "Time zone",
    "With whom",
    "Where",
    "What to bring",
    "Question",
    "Test",
    "Due date",
    "Value",
    "Unit",
    "Result date",
    "Note",
)
"""The care export (core/care_export.py): appointments, questions, lab checks."""


@dataclass(frozen=True)
class Table:
    """One export: a header and its rows, with how many records of each kind it holds."""

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    diary_entries: int = 0
    checkins: int = 0
    doses: int = 0
    care: int = 0
    """Appointments, questions and lab checks (core/care_export.py)."""
    pump_events: int = 0

    def summary(self) -> str:
        """'42 diary entries and 2 withdrawal check-ins', '120 doses' (for people to read)."""
        if self.header == CARE_HEADER:
            if self.care == 1:
                return translate("core.export", "1 appointment, question or lab check")
            return translate("core.export", "{n} appointments, questions and lab checks").format(
                n=self.care
            )
        if self.header == DOSE_HEADER:
            if self.doses == 1:
                return translate("core.export", "1 dose")
            return translate("core.export", "{n} doses").format(n=self.doses)
        if self.diary_entries == 1:
            text = translate("core.export", "1 diary entry")
        else:
            text = translate("core.export", "{n} diary entries").format(n=self.diary_entries)
        if self.checkins:
            if self.checkins == 1:
                checkins = translate("core.export", "1 withdrawal check-in")
            else:
                checkins = translate("core.export", "{n} withdrawal check-ins").format(
                    n=self.checkins
                )
            text = translate("core.export", "{entries} and {checkins}").format(
                entries=text, checkins=checkins
            )
        if self.pump_events:
            pump = translate("core.export", "{n} pump refills and alarms").format(
                n=self.pump_events
            )
            text = translate("core.export", "{entries}; {pump}").format(entries=text, pump=pump)
        return text


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _number(value: float | None) -> Cell:
    """A number as a spreadsheet should see it: 5.0 -> 5, 2.5 -> 2.5; None -> empty."""
    if value is None:
        return ""
    rounded = round(float(value), 3)
    return int(rounded) if rounded.is_integer() else rounded


def _in_range(day: date, first: date | None, last: date | None) -> bool:
    return (first is None or day >= first) and (last is None or day <= last)


def _local(instant: datetime, tz: str) -> datetime:
    return instant.astimezone(ZoneInfo(tz))


def diary_row(entry: DiaryEntry) -> tuple[Cell, ...]:
    at = _local(entry.at, entry.tz)
    cells: list[Cell] = [at.date().isoformat(), f"{at:%H:%M}", entry.tz, DIARY_ENTRY]
    cells += [_number(getattr(entry, name)) for name in SCALES]
    for name in SEVERITY_SCALES:
        value = getattr(entry, name)
        cells.append(value.value if value is not None else "")
    cells += [
        LIST_SEPARATOR.join(SIDE_EFFECTS.get(s, s) for s in entry.side_effects),
        LIST_SEPARATOR.join(RED_FLAGS.get(f, f) for f in entry.red_flags),
        _yes_no(entry.has_red_flag),
        _yes_no(entry.alcohol),
        _number(entry.drinks),
        "",
        entry.note,
        _yes_no(entry.edited),
    ]
    return tuple(cells)


def checkin_row(checkin: CheckIn) -> tuple[Cell, ...]:
    at = _local(checkin.at, checkin.tz)
    kind = WITHDRAWAL_CHECKIN if checkin.kind == "withdrawal watch" else f"{checkin.kind} check-in"
    answer = checkin.feeling
    if checkin.signs:
        answer += ": " + LIST_SEPARATOR.join(checkin.signs)
    empty = ("",) * (len(SCALES) + len(SEVERITY_SCALES) + 5)
    return (
        at.date().isoformat(),
        f"{at:%H:%M}",
        checkin.tz,
        kind,
        *empty,
        answer,
        checkin.note,
        "",
    )


PUMP_KINDS = {PumpEventKind.REFILL: "pump refill", PumpEventKind.ALARM: "pump alarm"}


def pump_row(event: PumpEvent) -> tuple[Cell, ...]:
    at = _local(event.at, event.tz)
    empty = ("",) * (len(SCALES) + len(SEVERITY_SCALES) + 6)
    return (
        at.date().isoformat(),
        f"{at:%H:%M}",
        event.tz,
        PUMP_KINDS[event.kind],
        *empty,
        event.note,
        "",
    )


def diary_table(
    entries: Iterable[DiaryEntry],
    checkins: Iterable[CheckIn] = (),
    first: date | None = None,
    last: date | None = None,
    pump_events: Iterable[PumpEvent] = (),
) -> Table:
    """Diary entries and check-ins, oldest first, whose local date (in the zone each was
    recorded in, as the Date column shows it) falls within first..last inclusive."""
    chosen_entries = [e for e in entries if _in_range(_local(e.at, e.tz).date(), first, last)]
    chosen_checkins = [c for c in checkins if _in_range(_local(c.at, c.tz).date(), first, last)]
    keyed: list[tuple[tuple[datetime, int, int], tuple[Cell, ...]]] = []
    keyed += [((e.at, 0, e.id), diary_row(e)) for e in chosen_entries]
    keyed += [((c.at, 1, c.id), checkin_row(c)) for c in chosen_checkins]
    chosen_pump = [p for p in pump_events if _in_range(_local(p.at, p.tz).date(), first, last)]
    keyed += [((p.at, 2, p.id), pump_row(p)) for p in chosen_pump]
    keyed.sort(key=lambda pair: pair[0])
    return Table(
        DIARY_HEADER,
        tuple(row for _, row in keyed),
        diary_entries=len(chosen_entries),
        checkins=len(chosen_checkins),
        pump_events=len(chosen_pump),
    )


@cache
def strength_text(form: DoseForm, strength_mg: float) -> str:
    """'10 mg' per tablet or packet, '1 mg/mL' for a liquid."""
    unit = "mg/mL" if form is DoseForm.LIQUID else "mg"
    return f"{plain_number(strength_mg)} {unit}"


class DoseRecord(NamedTuple):
    """One logged dose as the data file holds it, which is all the dose export needs.

    Dates and times stay the text they are stored as (``slot_date`` 'YYYY-MM-DD',
    ``slot_time`` 'HH:MM', ``taken_utc`` ISO 8601 with its offset): the file shows them as
    text anyway. Ten years of doses are some 33 000 rows; building a DoseEvent (dates, enums
    and all) for each was most of the time the export took. Whether a dose was edited comes
    beside the records, as the set of edited ids: edits are rare, and one query for them all
    costs less than a lookup per row.
    """

    medication_id: int
    slot_date: str
    slot_time: str
    status: str
    kind: str
    amount_mg: float
    form: str
    strength_mg: float
    scored: bool
    taken_utc: str | None
    note: str
    id: int


def dose_record(event: DoseEvent) -> DoseRecord:
    return DoseRecord(
        event.medication_id,
        event.slot_date.isoformat(),
        f"{event.slot_time:%H:%M}",
        event.status.value,
        event.kind.value,
        event.amount_mg,
        event.form.value,
        event.strength_mg,
        event.scored,
        None if event.taken_at is None else event.taken_at.isoformat(),
        event.note,
        event.id,
    )


_EPOCH = datetime(1970, 1, 1)
_EPOCH_UTC = _EPOCH.replace(tzinfo=UTC)
Timing = tuple[str, Cell]
_NO_TIMING: Timing = ("", "")
_ON_TIME: Timing = ("on time", "")


_STEADY = timedelta(hours=3)
"""Zone offsets change at most once in this long (twice a year at most, in practice)."""


def _taken_wall(
    slot_date: str, slot_time: str, taken: datetime, zone: ZoneInfo
) -> tuple[datetime, timedelta]:
    """(the wall time in the home zone when the dose was taken, how long after its slot's
    instant that was), the slot's instant by local_to_utc's rule (the first of a repeated hour).

    Plain timedeltas from the slot's wall time: converting each instant into the zone took a
    large part of the export's time. Only near a change of the zone's offset is it converted.
    """
    wall = datetime.fromisoformat(f"{slot_date}T{slot_time}")
    slot_offset = zone.utcoffset(wall)
    if zone.utcoffset(wall - _STEADY) != zone.utcoffset(wall + _STEADY):
        # Near a change of offset the slot's instant is local_to_utc's, the one rule (a time
        # the clocks skip is the gap's end).
        due = local_to_utc(wall.date(), wall.time(), zone.key)
        return taken.astimezone(zone), taken - due
    after = (taken - _EPOCH_UTC) - (wall - _EPOCH) + slot_offset  # type: ignore[operator]
    there = wall + after  # right while the zone keeps the slot's offset
    if zone.utcoffset(there - _STEADY) == slot_offset == zone.utcoffset(there + _STEADY):
        return there, after
    return taken.astimezone(zone), after


def _timing(after: timedelta) -> Timing:
    """Late from DUE_WINDOW after the slot's instant, early as far before; minutes off."""
    if after >= DUE_WINDOW:
        return "late", int(after.total_seconds() // 60)
    if after <= -DUE_WINDOW:
        return "early", int(-after.total_seconds() // 60)
    return _ON_TIME


def dose_timing(event: DoseEvent, home_tz: str) -> tuple[str, int | None]:
    """('on time' | 'late' | 'early', minutes off its time) for a taken scheduled dose.

    Late means taken once Today would have shown it overdue (DUE_WINDOW after its time);
    early, as far before. Extra, skipped and missed doses have no timing: ('', None).
    """
    if event.kind is not DoseKind.SCHEDULED or event.status is not DoseStatus.TAKEN:
        return "", None
    if event.taken_at is None:
        return "", None
    record = dose_record(event)
    _, after = _taken_wall(record.slot_date, record.slot_time, event.taken_at, ZoneInfo(home_tz))
    timing, minutes = _timing(after)
    return timing, minutes if isinstance(minutes, int) else None


# A history repeats a handful of amounts; decimal arithmetic per row was a third of the time.
@cache
def _units(amount_mg: float, form: DoseForm, strength_mg: float, scored: bool) -> str:
    return units_text(amount_mg, form, strength_mg, scored, english=True)


_CLOCK_TEXT = tuple(f"{h:02d}:{m:02d}" for h in range(24) for m in range(60))
"""'HH:MM' of every minute of a day: formatting a time per row was a large part of the export."""


def _slot_time_text(text: str) -> str:
    """An 'HH:MM:SS' slot time cut to the minute like the rest ('HH:MM' is how it is stored)."""
    return f"{time.fromisoformat(text):%H:%M}"


def dose_rows(
    records: Iterable[DoseRecord],
    edited: AbstractSet[int],
    medicines: Mapping[int, str],
    person: str,
    home_tz: str,
) -> tuple[tuple[Cell, ...], ...]:
    """The rows of the dose file, one per logged dose, in the order given.

    Slot and taken times are wall times in the person's home zone. What repeats from row to
    row (who, which medicine and strength, status, amount and units) is worked out once.
    """
    zone = ZoneInfo(home_tz)
    repeated: dict[tuple[int, str, str, float, str, float, bool], tuple[Cells, Cells]] = {}
    day_texts: dict[int, str] = {}
    fromisoformat = datetime.fromisoformat
    rows: list[tuple[Cell, ...]] = []
    append = rows.append
    for (
        medication_id,
        slot_date,
        slot_time,
        status,
        kind,
        amount_mg,
        form,
        strength_mg,
        scored,
        taken_utc,
        note,
        dose_id,
    ) in records:
        key = (medication_id, status, kind, amount_mg, form, strength_mg, scored)
        cells = repeated.get(key)
        if cells is None:
            cells = repeated[key] = _repeated_cells(key, medicines.get(medication_id, ""), person)
        taken_date = taken_time = ""
        timing = _NO_TIMING
        if status == "taken" and taken_utc is not None:
            there, after = _taken_wall(slot_date, slot_time, fromisoformat(taken_utc), zone)
            day = there.toordinal()
            taken_date = day_texts.get(day) or day_texts.setdefault(day, there.date().isoformat())
            taken_time = _CLOCK_TEXT[there.hour * 60 + there.minute]
            if kind == "scheduled":
                timing = _timing(after)
        append(
            (
                *cells[0],
                slot_date,
                slot_time if len(slot_time) == 5 else _slot_time_text(slot_time),
                *cells[1],
                taken_date,
                taken_time,
                home_tz,
                *timing,
                note,
                "yes" if dose_id in edited else "no",
            )
        )
    return tuple(rows)


Cells = tuple[Cell, ...]


def _repeated_cells(
    key: tuple[int, str, str, float, str, float, bool], medicine: str, person: str
) -> tuple[Cells, Cells]:
    """(Person, Medicine, Strength, Form) and (Status, Kind, Amount (mg), Units) of a dose."""
    _, status, kind, amount_mg, form_text, strength_mg, scored = key
    form = DoseForm(form_text)
    return (
        (person, medicine, strength_text(form, strength_mg), form.value),
        (
            DoseStatus(status).value,
            DoseKind(kind).value,
            _number(amount_mg),
            _units(amount_mg, form, strength_mg, bool(scored)),
        ),
    )


def dose_records_table(
    records: Iterable[DoseRecord],
    edited: AbstractSet[int],
    medicines: Mapping[int, str],
    person: str,
    home_tz: str,
) -> Table:
    """The dose file's table from stored records and the ids of those edited since."""
    rows = dose_rows(records, edited, medicines, person, home_tz)
    return Table(DOSE_HEADER, rows, doses=len(rows))


def dose_table(
    events: Iterable[DoseEvent],
    medications: Mapping[int, Medication],
    person: str,
    home_tz: str,
) -> Table:
    """Logged doses in the order given (the store gives slot order). Undone doses are not
    passed in: the store leaves them out."""
    names = {medication_id: m.name for medication_id, m in medications.items()}
    events = list(events)
    edited = {e.id for e in events if e.edited}
    return dose_records_table(map(dose_record, events), edited, names, person, home_tz)
