"""Safety guards around baclofen: abrupt stops, the daily maximum, extra and late doses, withdrawal.

Texts come from ../shared/DOMAIN.md (FDA label, NHS). They warn and explain; the person decides
with their prescriber, and the app records what they chose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import DoseEvent, DoseStatus, Medication, PlannedDose
from baclofen_companion.core.plans import BACLOFEN_MAX_SINGLE_MG, is_baclofen
from baclofen_companion.core.schedule import NEXT_DOSE_WINDOW
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, hhmm, translate
from baclofen_companion.core.units import format_mg

ABRUPT_STOP_RISKS = (
    QT_TRANSLATE_NOOP("core.safety", "hallucinations"),
    QT_TRANSLATE_NOOP("core.safety", "seizures"),
    QT_TRANSLATE_NOOP("core.safety", "high fever"),
    QT_TRANSLATE_NOOP("core.safety", "confusion"),
    QT_TRANSLATE_NOOP("core.safety", "spasms and stiffness coming back strongly"),
    QT_TRANSLATE_NOOP("core.safety", "muscle rigidity"),
    QT_TRANSLATE_NOOP("core.safety", "rarely, muscle breakdown, organ failure or death"),
)
WITHDRAWAL_SIGNS = (
    QT_TRANSLATE_NOOP("core.safety", "vivid dreams or nightmares"),
    QT_TRANSLATE_NOOP("core.safety", "hallucinations"),
    QT_TRANSLATE_NOOP("core.safety", "muscle twitching"),
    QT_TRANSLATE_NOOP("core.safety", "stiffness and spasms coming back"),
    QT_TRANSLATE_NOOP("core.safety", "sweating"),
    QT_TRANSLATE_NOOP("core.safety", "fever"),
    QT_TRANSLATE_NOOP("core.safety", "confusion"),
    QT_TRANSLATE_NOOP("core.safety", "seizures"),
)
WITHDRAWAL_ADVICE = QT_TRANSLATE_NOOP(
    "core.safety",
    "Take your next dose as planned and contact your prescriber today. "
    "Get urgent care now for hallucinations, fever, confusion or seizures.",
)
STOP_CONFIRMATION = QT_TRANSLATE_NOOP("core.safety", "My prescriber told me to stop this way")
"""The constants above are English as written (the data file records STOP_CONFIRMATION so);
people read them through the functions below."""


def withdrawal_signs_text() -> str:
    """'vivid dreams or nightmares, hallucinations, …' in the person's language."""
    return ", ".join(translate("core.safety", sign) for sign in WITHDRAWAL_SIGNS)


def withdrawal_advice() -> str:
    return translate("core.safety", WITHDRAWAL_ADVICE)


def stop_confirmation() -> str:
    return translate("core.safety", STOP_CONFIRMATION)


def withdrawal_alert_body(reason: str) -> str:
    """The withdrawal watch's notification: why, the signs to watch for, what to do."""
    return translate("core.safety", "{reason} Watch for: {signs}. {advice}").format(
        reason=reason, signs=withdrawal_signs_text(), advice=withdrawal_advice()
    )


TAPER_STEP_PER_DOSE_MG = 5.0
EXTRA_DOSE_MIN_INTERVAL = timedelta(hours=4)


def abrupt_stop_text(medication: Medication) -> str:
    return translate(
        "core.safety",
        "Stopping {medicine} suddenly can cause: {risks}. "
        "It is normally reduced slowly, usually over about 1–2 weeks or longer.",
    ).format(
        medicine=medication.name,
        risks=", ".join(translate("core.safety", risk) for risk in ABRUPT_STOP_RISKS),
    )


def one_taper_step_mg(slot_count: int) -> float:
    """The largest cut in a day's total that counts as one ordinary taper step."""
    return TAPER_STEP_PER_DOSE_MG * max(slot_count, 1)


def is_abrupt_cut(
    medication: Medication, old_total_mg: float, new_total_mg: float, old_slot_count: int
) -> bool:
    return (
        is_baclofen(medication)
        and old_total_mg - new_total_mg > one_taper_step_mg(old_slot_count) + 1e-9
    )


def over_daily_maximum(medication: Medication, total_mg: float) -> str | None:
    limit = medication.max_daily_mg
    if limit is None or total_mg <= limit + 1e-9:
        return None
    return translate(
        "core.safety",
        "{total} a day is above the maximum of {limit} a day set for {medicine}. "
        "Doses above the label maximum are for a specialist to decide.",
    ).format(total=format_mg(total_mg), limit=format_mg(limit), medicine=medication.name)


def over_single_dose(medication: Medication, amount_mg: float) -> str | None:
    if not is_baclofen(medication) or amount_mg <= BACLOFEN_MAX_SINGLE_MG + 1e-9:
        return None
    return translate(
        "core.safety", "{amount} in one dose is more than the label's largest usual dose ({most})."
    ).format(amount=format_mg(amount_mg), most=format_mg(BACLOFEN_MAX_SINGLE_MG))


def extra_dose_too_soon(last_taken: datetime | None, when: datetime) -> str | None:
    if last_taken is None or when - last_taken >= EXTRA_DOSE_MIN_INTERVAL:
        return None
    minutes = int((when - last_taken).total_seconds() // 60)
    return translate(
        "core.safety",
        "The last dose was taken only {hours} h {minutes} min before. "
        "Doses are usually at least 4 hours apart; never take two doses at once.",
    ).format(hours=minutes // 60, minutes=f"{minutes % 60:02d}")


def late_dose_warning(
    dose: PlannedDose, next_dose: PlannedDose | None, now: datetime
) -> str | None:
    """The NHS rule, when marking a forgotten dose taken with the next one under 2 hours away."""
    if next_dose is None or now <= dose.due or now < next_dose.due - NEXT_DOSE_WINDOW:
        return None
    return translate(
        "core.safety",
        "The next dose is due at {time}, within 2 hours. The usual advice is to skip a "
        "forgotten dose then and take the next one at its time. Never take two doses at once.",
    ).format(time=hhmm(next_dose.slot_time))


@dataclass(frozen=True)
class SafetyNote:
    """A warning the person saw and what they chose, kept for them and their prescriber.
    A use case saves it with the change it belongs to."""

    profile_id: int | None
    medication_id: int | None
    kind: str
    text: str


@dataclass(frozen=True)
class SafetyLogEntry(SafetyNote):
    """A safety note as the log holds it: when it was saved, and its place in the log."""

    at: datetime
    id: int


@dataclass(frozen=True)
class WithdrawalSettings:
    missed_in_row: int = 2
    hours_without: int = 24

    def __post_init__(self) -> None:
        if not 1 <= self.missed_in_row <= 10:
            raise ValidationError(
                "missed in a row", translate("core.safety", "Choose 1 to 10 doses.")
            )
        if not 6 <= self.hours_without <= 96:
            raise ValidationError(
                "hours without", translate("core.safety", "Choose 6 to 96 hours.")
            )


def withdrawal_concern(
    recent: Sequence[DoseEvent],
    last_taken: datetime | None,
    now: datetime,
    settings: WithdrawalSettings,
    on_schedule_since: datetime | None,
) -> str | None:
    """Why withdrawal is a worry now, or None. ``recent`` is newest slot first."""
    not_taken = 0
    for event in recent:
        if event.status is DoseStatus.TAKEN:
            break
        not_taken += 1
    if not_taken >= settings.missed_in_row:
        return translate("core.safety", "{n} baclofen doses in a row have not been taken.").format(
            n=not_taken
        )
    limit = timedelta(hours=settings.hours_without)
    since = last_taken or on_schedule_since
    if since is not None and now - since > limit:
        hours = int((now - since).total_seconds() // 3600)
        return translate(
            "core.safety", "No baclofen dose has been taken for {hours} hours."
        ).format(hours=hours)
    return None
