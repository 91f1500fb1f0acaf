"""One person's history over a date range, read once for the charts and the report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from baclofen_companion.core.adherence import (
    AdherenceSummary,
    DoseOutcome,
    StickerDay,
    dose_outcomes,
    sticker_week,
    summarize,
    week_start,
)
from baclofen_companion.core.diary import DiaryEntry
from baclofen_companion.core.model import (
    DoseEvent,
    DoseKind,
    Medication,
    Profile,
    ScheduleVersion,
)
from baclofen_companion.core.schedule import local_date
from baclofen_companion.core.trends import TrendData, care_from, range_bounds, trend_data
from baclofen_companion.ops.days import person_plan
from baclofen_companion.ops.session import Session

REPORT_DAYS = 90
"""The longest range a report offers first: about one clinic interval."""


def report_start(session: Session, profile: Profile, last: date) -> date:
    """The first day a report offers: the day of the last appointment before ``last`` (the
    report prepares the next one, which may be later on ``last`` itself); without one, when
    care began, or 90 days before ``last``, whichever is shorter (90 days of a one-day user
    squeezed the one day against the right edge)."""
    seen = [
        local_date(a.at, profile.home_tz)
        for a in session.appointments(profile.id)
        if local_date(a.at, profile.home_tz) < last
    ]
    if seen:
        return max(seen)
    meds = session.medications(profile.id, True)
    versions = session.schedule_versions(m.id for m in meds)
    began = care_from(meds, versions, profile.home_tz)
    earliest = last - timedelta(days=REPORT_DAYS - 1)
    return max(earliest, began) if began is not None and began <= last else earliest


@dataclass(frozen=True)
class PersonHistory:
    profile: Profile
    first: date
    last: date
    now: datetime
    medications: tuple[Medication, ...]
    """All of the person's medicines, archived ones too (their history still counts)."""
    versions: dict[int, list[ScheduleVersion]]
    trend: TrendData
    outcomes: tuple[DoseOutcome, ...]
    adherence: AdherenceSummary
    diary: tuple[DiaryEntry, ...]
    week: tuple[StickerDay, ...]
    """The sticker chart's week: Monday to Sunday around ``last``."""
    extras: tuple[DoseEvent, ...]
    """Extra doses taken in the range, with their reasons."""


def load_history(
    session: Session, profile: Profile, first: date, last: date, now: datetime
) -> PersonHistory:
    if last < first:
        first, last = last, first
    tz = profile.home_tz
    plan = person_plan(session, profile, include_archived=True)
    meds, versions = plan.medications, plan.versions
    events = session.events_between(profile.id, first, last)
    start, end = range_bounds(first, last, tz)
    diary = session.diary.between(profile.id, start, end)
    trips, watched = plan.trips, plan.watched
    outcomes = dose_outcomes(
        first, last, profile.id, tz, meds, versions, events, now, trips, watched
    )
    monday = week_start(last)
    sunday = monday + timedelta(days=6)
    week_events = session.events_between(profile.id, monday, sunday)
    week = sticker_week(
        monday,
        dose_outcomes(
            monday, sunday, profile.id, tz, meds, versions, week_events, now, trips, watched
        ),
    )
    return PersonHistory(
        profile=profile,
        first=first,
        last=last,
        now=now,
        medications=tuple(meds),
        versions=versions,
        trend=trend_data(first, last, tz, meds, versions, events, diary),
        outcomes=tuple(outcomes),
        adherence=summarize(outcomes),
        diary=tuple(diary),
        week=week,
        extras=tuple(e for e in events if e.kind is DoseKind.EXTRA),
    )
