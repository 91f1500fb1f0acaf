"""Use cases on the diary: entries (edited with history, deleted by hiding) and which red-flag
warnings are still waiting to be dismissed."""

from __future__ import annotations

from baclofen_companion.core.diary import DiaryDraft, DiaryEntry
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.session import Session, store_of

OPEN_RED_FLAGS = "diary_red_flags_open"
"""Setting: ids of diary entries whose red-flag banner has not been dismissed yet."""


def add_entry(session: Session, profile_id: int, draft: DiaryDraft) -> tuple[DiaryEntry, Changed]:
    return store_of(session).diary.add(profile_id, draft), Changed.DIARY


def edit_entry(session: Session, entry_id: int, draft: DiaryDraft) -> tuple[DiaryEntry, Changed]:
    return store_of(session).diary.edit(entry_id, draft), Changed.DIARY


def delete_entry(session: Session, entry_id: int) -> Changed:
    store_of(session).diary.delete(entry_id)
    return Changed.DIARY


def open_red_flags(session: Session) -> list[int]:
    return [int(i) for i in session.setting(OPEN_RED_FLAGS, [])]


def keep_red_flags_open(session: Session, entry_ids: list[int]) -> Changed:
    """Which red-flag entries the banner still shows (until each is dismissed)."""
    store_of(session).set_setting(OPEN_RED_FLAGS, entry_ids)
    return Changed.DIARY
