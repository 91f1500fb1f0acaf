"""The diary and dose exports read from the store, shared by the command line and File → Export….

No Qt here: `baclofen-companion export` runs without a QApplication.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path

from baclofen_companion.core.care_export import care_table
from baclofen_companion.core.csv_file import ExportError, write_csv
from baclofen_companion.core.export import Table, diary_table, dose_records_table
from baclofen_companion.core.model import Profile
from baclofen_companion.store import Store

# Zone offsets span UTC-12 to UTC+14: a day's entries, by the zone each was written in, lie
# within a day either side of that day in UTC.
_ZONE_MARGIN = timedelta(days=2)


_LIVE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def is_live_data(out: Path, live: Path) -> bool:
    """Whether ``out`` names the open data file (or its SQLite side files)."""
    try:
        target = out.expanduser().resolve()
        data = live.resolve()
    except (OSError, RuntimeError):
        return False
    return any(target == data.with_name(data.name + s) for s in _LIVE_SUFFIXES)


class ExportKind(StrEnum):
    DIARY = "diary"
    DOSES = "doses"
    CARE = "care"


def diary_export(
    store: Store, profile: Profile, first: date | None = None, last: date | None = None
) -> Table:
    """Diary entries, withdrawal check-ins and pump refills and alarms of one person on
    first..last (local dates)."""
    start = None if first is None else datetime.combine(first, time(), UTC) - _ZONE_MARGIN
    end = None if last is None else datetime.combine(last, time(), UTC) + _ZONE_MARGIN
    entries = store.diary.between(profile.id, start, end)
    pump = store.pump_events(profile.id)
    return diary_table(entries, store.checkins(profile.id), first, last, pump)


def dose_export(
    store: Store, profile: Profile, first: date | None = None, last: date | None = None
) -> Table:
    """Logged doses (not undone ones) of one person whose slot falls on first..last."""
    records = store.dose_records(profile.id, first or date.min, last or date.max)
    edited = store.edited_dose_ids(profile.id)
    medicines = {m.id: m.name for m in store.medications(profile.id, include_archived=True)}
    return dose_records_table(records, edited, medicines, profile.name, profile.home_tz)


def care_export(
    store: Store, profile: Profile, first: date | None = None, last: date | None = None
) -> Table:
    """Appointments, questions for the doctor and lab checks of one person on first..last."""
    return care_table(
        store.appointments(profile.id),
        store.care_questions(profile.id),
        store.lab_checks(profile.id),
        profile.home_tz,
        first,
        last,
    )


def export(
    store: Store,
    kind: ExportKind,
    profile: Profile,
    out: Path,
    first: date | None = None,
    last: date | None = None,
) -> Table:
    """Build one export and write it to ``out`` (ExportError says why when it cannot)."""
    if is_live_data(out, store.path):
        raise ExportError(f"{out} is the app's data file; choose another name.")
    if kind is ExportKind.DIARY:
        table = diary_export(store, profile, first, last)
    elif kind is ExportKind.CARE:
        table = care_export(store, profile, first, last)
    else:
        table = dose_export(store, profile, first, last)
    write_csv(out, table)
    return table
