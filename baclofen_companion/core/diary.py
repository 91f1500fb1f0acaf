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
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, translate

SCALES = ("stiffness", "pain", "spasms", "sleep", "mood")
"""0-10 scales. Stiffness, pain and spasms: 0 = none, 10 = worst. Sleep and mood: 0 = very
poor, 10 = very good."""
SCALE_LABELS = {
    "stiffness": QT_TRANSLATE_NOOP("core.diary", "Stiffness"),
    "pain": QT_TRANSLATE_NOOP("core.diary", "Pain"),
    "spasms": QT_TRANSLATE_NOOP("core.diary", "Spasms"),
    "sleep": QT_TRANSLATE_NOOP("core.diary", "Sleep"),
    "mood": QT_TRANSLATE_NOOP("core.diary", "Mood"),
}
SEVERITY_SCALES = ("drowsiness", "dizziness", "weakness")
SEVERITY_LABELS = {
    "drowsiness": QT_TRANSLATE_NOOP("core.diary", "Drowsiness"),
    "dizziness": QT_TRANSLATE_NOOP("core.diary", "Dizziness"),
    "weakness": QT_TRANSLATE_NOOP("core.diary", "Weakness"),
}
MAX_NOTE = 4000
MAX_DRINKS = 50


class Severity(StrEnum):
    NONE = "none"
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


SIDE_EFFECTS: dict[str, str] = {
    "fatigue": QT_TRANSLATE_NOOP("core.diary", "Tiredness (fatigue)"),
    "nausea": QT_TRANSLATE_NOOP("core.diary", "Feeling sick (nausea)"),
    "headache": QT_TRANSLATE_NOOP("core.diary", "Headache"),
    "insomnia": QT_TRANSLATE_NOOP("core.diary", "Trouble sleeping"),
    "dry_mouth": QT_TRANSLATE_NOOP("core.diary", "Dry mouth"),
    "constipation": QT_TRANSLATE_NOOP("core.diary", "Constipation"),
    "urinary_frequency": QT_TRANSLATE_NOOP("core.diary", "Passing urine more often"),
    "low_blood_pressure": QT_TRANSLATE_NOOP(
        "core.diary", "Light-headed on standing (low blood pressure)"
    ),
}
"""Common side effects from the tablet label (DOMAIN.md), often fading after 1-2 weeks."""

RED_FLAGS: dict[str, str] = {
    "confusion": QT_TRANSLATE_NOOP("core.diary", "Confusion"),
    "hallucinations": QT_TRANSLATE_NOOP("core.diary", "Hallucinations (seeing or hearing things)"),
    "trouble_breathing": QT_TRANSLATE_NOOP("core.diary", "Trouble breathing"),
    "allergic_reaction": QT_TRANSLATE_NOOP("core.diary", "Allergic reaction (rash, swelling)"),
    "seizure": QT_TRANSLATE_NOOP("core.diary", "Seizure (fit)"),
    "low_mood": QT_TRANSLATE_NOOP("core.diary", "Low mood or depression"),
    "hyperactivity": QT_TRANSLATE_NOOP("core.diary", "Child: hyperactivity"),
    "behaviour_change": QT_TRANSLATE_NOOP("core.diary", "Child: big change in behaviour"),
}
"""Serious symptoms: the label says to call the prescriber (DOMAIN.md)."""
RED_FLAG_NAMES: dict[str, str] = {
    "confusion": QT_TRANSLATE_NOOP("core.diary", "confusion"),
    "hallucinations": QT_TRANSLATE_NOOP("core.diary", "hallucinations"),
    "trouble_breathing": QT_TRANSLATE_NOOP("core.diary", "trouble breathing"),
    "allergic_reaction": QT_TRANSLATE_NOOP("core.diary", "allergic reaction"),
    "seizure": QT_TRANSLATE_NOOP("core.diary", "seizure"),
    "low_mood": QT_TRANSLATE_NOOP("core.diary", "low mood or depression"),
    "hyperactivity": QT_TRANSLATE_NOOP("core.diary", "child: hyperactivity"),
    "behaviour_change": QT_TRANSLATE_NOOP("core.diary", "child: big change in behaviour"),
}
"""The same, as a short name inside a sentence ("Serious symptom noted: confusion.")."""

URGENT_FLAGS = frozenset({"trouble_breathing", "allergic_reaction", "seizure"})
"""These need urgent medical help at once."""
WITHDRAWAL_FLAGS = frozenset({"hallucinations", "confusion", "seizure"})
"""Withdrawal signs (DOMAIN.md): after missed doses or stopping they need urgent care."""

CONTACT_PRESCRIBER = QT_TRANSLATE_NOOP(
    "core.diary", "Contact your prescriber today and tell them what happened."
)
URGENT_CARE = QT_TRANSLATE_NOOP(
    "core.diary", "Get urgent medical help now (call your emergency number)."
)
WITHDRAWAL_CARE = QT_TRANSLATE_NOOP(
    "core.diary",
    "If doses were missed or stopped, this can be baclofen withdrawal: "
    "get urgent medical help now.",
)
"""The labels and advice above are English as written (the CSV export uses them so); people
read them through ``translate("core.diary", ...)``, as red_flag_advice() does."""


def red_flag_advice(flags: Iterable[str]) -> str:
    """What to do for these serious symptoms, plainly; '' when there are none."""
    chosen = set(flags)
    if not chosen:
        return ""
    names = ", ".join(red_flag_name(f) for f in RED_FLAGS if f in chosen)
    lines = [translate("core.diary", "Serious symptom noted: {names}.").format(names=names)]
    if chosen & URGENT_FLAGS:
        lines.append(translate("core.diary", URGENT_CARE))
    elif chosen & WITHDRAWAL_FLAGS:
        lines.append(translate("core.diary", WITHDRAWAL_CARE))
    lines.append(translate("core.diary", CONTACT_PRESCRIBER))
    return " ".join(lines)


def red_flag_name(flag: str) -> str:
    """A red flag's short name in a sentence: 'confusion', 'hallucinations', 'child: …'."""
    return translate("core.diary", RED_FLAG_NAMES[flag])


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


@dataclass(frozen=True)
class CheckIn:
    """A one-tap answer to the withdrawal watch ("I feel fine"), kept beside the diary and
    never edited."""

    at: datetime
    tz: str
    kind: str
    feeling: str
    signs: tuple[str, ...] = ()
    note: str = ""
    id: int = 0


def clean_diary(draft: DiaryDraft) -> DiaryDraft:
    """A valid draft (sorted, de-duplicated lists; tidy note) or ValidationError saying why."""
    if draft.at.tzinfo is None or draft.at.utcoffset() is None:
        raise ValidationError("time", translate("core.diary", "The entry time needs a time zone."))
    for name in SCALES:
        value = getattr(draft, name)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10
        ):
            raise ValidationError(
                name,
                translate("core.diary", "{scale} must be a whole number 0 to 10.").format(
                    scale=translate("core.diary", SCALE_LABELS[name])
                ),
            )
    for name in SEVERITY_SCALES:
        value = getattr(draft, name)
        if value is not None and not isinstance(value, Severity):
            raise ValidationError(
                name,
                translate("core.diary", "{scale}: choose none, mild, moderate or severe.").format(
                    scale=translate("core.diary", SEVERITY_LABELS[name])
                ),
            )
    unknown = [s for s in draft.side_effects if s not in SIDE_EFFECTS]
    unknown += [f for f in draft.red_flags if f not in RED_FLAGS]
    if unknown:
        raise ValidationError(
            "symptoms",
            translate("core.diary", "Unknown symptom: {names}.").format(names=", ".join(unknown)),
        )
    drinks = draft.drinks
    if drinks is not None:
        if not math.isfinite(drinks) or not 0 <= drinks <= MAX_DRINKS:
            raise ValidationError(
                "drinks",
                translate("core.diary", "Drinks must be between 0 and {most}.").format(
                    most=MAX_DRINKS
                ),
            )
        if draft.alcohol is False and drinks > 0:
            raise ValidationError(
                "drinks",
                translate("core.diary", "Drinks are counted only when alcohol was taken."),
            )
    note = draft.note.strip()
    if len(note) > MAX_NOTE:
        raise ValidationError(
            "note",
            translate("core.diary", "The note is too long (over {most} characters).").format(
                most=MAX_NOTE
            ),
        )
    if draft.is_empty:
        raise ValidationError(
            "entry", translate("core.diary", "The entry is empty: fill in at least one thing.")
        )
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
