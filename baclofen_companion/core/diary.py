"""The symptom and side-effect diary: what an entry holds, what is valid, and the red flags.

The lists and the advice come from DOMAIN.md (tablet label, NHS): the app says when to contact
the prescriber or get urgent care; it never says what dose to take.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from baclofen_companion.core.errors import ValidationError

SCALES = ("stiffness", "pain", "spasms", "sleep", "mood")
"""0-10 scales. Stiffness, pain and spasms: 0 = none, 10 = worst. Sleep and mood: 0 = very
poor, 10 = very good."""
SCALE_LABELS = {
    "stiffness": "Stiffness",
    "pain": "Pain",
    "spasms": "Spasms",
    "sleep": "Sleep",
    "mood": "Mood",
}
SEVERITY_SCALES = ("drowsiness", "dizziness", "weakness")
SEVERITY_LABELS = {"drowsiness": "Drowsiness", "dizziness": "Dizziness", "weakness": "Weakness"}
MAX_NOTE = 4000
MAX_DRINKS = 50


class Severity(StrEnum):
    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


SIDE_EFFECTS: dict[str, str] = {
    "fatigue": "Tiredness (fatigue)",
    "nausea": "Feeling sick (nausea)",
    "headache": "Headache",
    "insomnia": "Trouble sleeping",
    "dry_mouth": "Dry mouth",
    "constipation": "Constipation",
    "urinary_frequency": "Passing urine more often",
    "low_blood_pressure": "Light-headed on standing (low blood pressure)",
}
"""Common side effects from the tablet label (DOMAIN.md), often fading after 1-2 weeks."""

RED_FLAGS: dict[str, str] = {
    "confusion": "Confusion",
    "hallucinations": "Hallucinations (seeing or hearing things)",
    "trouble_breathing": "Trouble breathing",
    "allergic_reaction": "Allergic reaction (rash, swelling)",
    "seizure": "Seizure (fit)",
    "low_mood": "Low mood or depression",
    "hyperactivity": "Child: hyperactivity",
    "behaviour_change": "Child: big change in behaviour",
}
"""Serious symptoms: the label says to call the prescriber (DOMAIN.md)."""

URGENT_FLAGS = frozenset({"trouble_breathing", "allergic_reaction", "seizure"})
"""These need urgent medical help at once."""
WITHDRAWAL_FLAGS = frozenset({"hallucinations", "confusion", "seizure"})
"""Withdrawal signs (DOMAIN.md): after missed doses or stopping they need urgent care."""

CONTACT_PRESCRIBER = "Contact your prescriber today and tell them what happened."
URGENT_CARE = "Get urgent medical help now (call your emergency number)."
WITHDRAWAL_CARE = (
    "If doses were missed or stopped, this can be baclofen withdrawal: get urgent medical help now."
)


def red_flag_advice(flags: Iterable[str]) -> str:
    """What to do for these serious symptoms, plainly; '' when there are none."""
    chosen = set(flags)
    if not chosen:
        return ""
    names = ", ".join(RED_FLAGS[f].split(" (")[0].lower() for f in RED_FLAGS if f in chosen)
    lines = [f"Serious symptom noted: {names}."]
    if chosen & URGENT_FLAGS:
        lines.append(URGENT_CARE)
    elif chosen & WITHDRAWAL_FLAGS:
        lines.append(WITHDRAWAL_CARE)
    lines.append(CONTACT_PRESCRIBER)
    return " ".join(lines)


@dataclass(frozen=True)
class DiaryDraft:
    """What the person filled in; every field may be left empty."""

    at: datetime
    """When the entry describes (aware)."""
    tz: str
    stiffness: int | None = None
    pain: int | None = None
    spasms: int | None = None
    sleep: int | None = None
    mood: int | None = None
    drowsiness: Severity | None = None
    dizziness: Severity | None = None
    weakness: Severity | None = None
    side_effects: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()
    alcohol: bool | None = None
    drinks: float | None = None
    note: str = ""

    @property
    def is_empty(self) -> bool:
        return (
            all(getattr(self, s) is None for s in SCALES + SEVERITY_SCALES)
            and not self.side_effects
            and not self.red_flags
            and self.alcohol is None
            and self.drinks is None
            and not self.note.strip()
        )


@dataclass(frozen=True)
class DiaryEntry(DiaryDraft):
    id: int = 0
    profile_id: int = 0
    created_utc: datetime | None = None
    edited: bool = False

    @property
    def has_red_flag(self) -> bool:
        return bool(self.red_flags)

    @property
    def advice(self) -> str:
        return red_flag_advice(self.red_flags)


def clean_diary(draft: DiaryDraft) -> DiaryDraft:
    """A valid draft (sorted, de-duplicated lists; tidy note) or ValidationError saying why."""
    if draft.at.tzinfo is None or draft.at.utcoffset() is None:
        raise ValidationError("time", "The entry time needs a time zone.")
    for name in SCALES:
        value = getattr(draft, name)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10
        ):
            raise ValidationError(name, f"{SCALE_LABELS[name]} must be a whole number 0 to 10.")
    for name in SEVERITY_SCALES:
        value = getattr(draft, name)
        if value is not None and not isinstance(value, Severity):
            raise ValidationError(
                name, f"{SEVERITY_LABELS[name]}: choose none, mild, moderate or severe."
            )
    unknown = [s for s in draft.side_effects if s not in SIDE_EFFECTS]
    unknown += [f for f in draft.red_flags if f not in RED_FLAGS]
    if unknown:
        raise ValidationError("symptoms", f"Unknown symptom: {', '.join(unknown)}.")
    drinks = draft.drinks
    if drinks is not None:
        if not math.isfinite(drinks) or not 0 <= drinks <= MAX_DRINKS:
            raise ValidationError("drinks", f"Drinks must be between 0 and {MAX_DRINKS}.")
        if draft.alcohol is False and drinks > 0:
            raise ValidationError("drinks", "Drinks are counted only when alcohol was taken.")
    note = draft.note.strip()
    if len(note) > MAX_NOTE:
        raise ValidationError("note", f"The note is too long (over {MAX_NOTE} characters).")
    if draft.is_empty:
        raise ValidationError("entry", "The entry is empty: fill in at least one thing.")
    return DiaryDraft(
        at=draft.at,
        tz=draft.tz,
        stiffness=draft.stiffness,
        pain=draft.pain,
        spasms=draft.spasms,
        sleep=draft.sleep,
        mood=draft.mood,
        drowsiness=draft.drowsiness,
        dizziness=draft.dizziness,
        weakness=draft.weakness,
        side_effects=tuple(s for s in SIDE_EFFECTS if s in draft.side_effects),
        red_flags=tuple(f for f in RED_FLAGS if f in draft.red_flags),
        alcohol=draft.alcohol if draft.alcohol is not None or drinks is None else drinks > 0,
        drinks=drinks,
        note=note,
    )
