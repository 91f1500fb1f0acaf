"""Diary entries in the store: saved, read back, edited with history, deleted softly."""

from __future__ import annotations

from datetime import timedelta

import pytest

from baclofen_companion.core.diary import DiaryDraft, Severity
from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.store import Store
from tests.conftest import HOME_TZ, FakeClock


def test_entry_round_trips(store: Store, sam: tuple[Profile, Medication], clock: FakeClock) -> None:
    person = sam[0]
    draft = DiaryDraft(
        at=clock.now(),
        tz=HOME_TZ,
        stiffness=6,
        pain=3,
        drowsiness=Severity.MILD,
        side_effects=("nausea", "fatigue"),
        red_flags=("hallucinations",),
        alcohol=True,
        drinks=2,
        note='=HYPERLINK("x")',
    )
    saved = store.diary.add(person.id, draft)
    back = store.diary.between(person.id)
    assert back == [saved]
    assert saved.side_effects == ("fatigue", "nausea")  # in checklist order
    assert saved.red_flags == ("hallucinations",) and saved.has_red_flag
    assert "urgent" in saved.advice
    assert saved.note == '=HYPERLINK("x")'


def test_edit_keeps_the_earlier_version(
    store: Store, sam: tuple[Profile, Medication], clock: FakeClock
) -> None:
    person = sam[0]
    saved = store.diary.add(person.id, DiaryDraft(clock.now(), HOME_TZ, stiffness=7))
    edited = store.diary.edit(saved.id, DiaryDraft(clock.now(), HOME_TZ, stiffness=4))
    assert edited.stiffness == 4 and edited.edited
    history = store.diary.history(saved.id)
    assert [h.action for h in history] == ["recorded", "edited"]
    assert history[1].before is not None and history[1].before["stiffness"] == 7


def test_invalid_entries_save_nothing(
    store: Store, sam: tuple[Profile, Medication], clock: FakeClock
) -> None:
    person = sam[0]
    for bad in (
        DiaryDraft(clock.now(), HOME_TZ),
        DiaryDraft(clock.now(), HOME_TZ, pain=11),
        DiaryDraft(clock.now(), HOME_TZ, alcohol=False, drinks=3),
        DiaryDraft(clock.now(), HOME_TZ, side_effects=("bogus",)),
    ):
        with pytest.raises(ValidationError):
            store.diary.add(person.id, bad)
    assert store.diary.between(person.id) == []


def test_range_and_delete(store: Store, sam: tuple[Profile, Medication], clock: FakeClock) -> None:
    person = sam[0]
    start = clock.now()
    ids = []
    for hours in (0, 5, 30):
        ids.append(
            store.diary.add(
                person.id, DiaryDraft(start + timedelta(hours=hours), HOME_TZ, pain=hours % 10)
            ).id
        )
    assert [e.id for e in store.diary.between(person.id, start, start + timedelta(days=1))] == ids[
        :2
    ]
    store.diary.delete(ids[0])
    assert [e.id for e in store.diary.between(person.id)] == ids[1:]
    assert store.diary.history(ids[0])[-1].action == "deleted"


def test_count_matches_between_without_reading_entries(
    store: Store, sam: tuple[Profile, Medication], clock: FakeClock
) -> None:
    person = sam[0]
    for days in (10, 5, 1):
        store.diary.add(person.id, DiaryDraft(clock.now() - timedelta(days=days), HOME_TZ, pain=1))
    gone = store.diary.add(person.id, DiaryDraft(clock.now(), HOME_TZ, pain=2))
    store.diary.delete(gone.id)
    since = clock.now() - timedelta(days=6)
    assert store.diary.count(person.id) == 3
    assert store.diary.count(person.id, last=since) == 1
    assert store.diary.count(person.id, since) == len(store.diary.between(person.id, since)) == 2
