"""The reminder scheduler: one single-shot timer to the next thing that matters, never trusted.

QTimer stops counting while the machine sleeps and knows nothing of clock or time-zone changes,
so every wake re-reads the wall clock and recomputes everything from the store. The timer is
capped at a minute, which bounds both how late a jump is noticed and how often an idle app wakes.
"""

from __future__ import annotations

import math
import time as _time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.day import person_doses, still_open
from baclofen_companion.core.errors import StorageError, StoreError
from baclofen_companion.core.model import DoseStatus, Medication, PlannedDose, SlotKey
from baclofen_companion.core.plans import (
    NOTICE_TIME,
    change_notice,
    changed_today_notice,
    is_baclofen,
)
from baclofen_companion.core.reminders import (
    OpenDose,
    ReminderState,
    after_reminding,
    compose,
    decide,
    is_late,
    snoozed,
)
from baclofen_companion.core.safety import withdrawal_alert_body, withdrawal_concern
from baclofen_companion.core.schedule import (
    PersonPlan,
    active_version,
    local_date,
)
from baclofen_companion.core.text import QT_TRANSLATE_NOOP
from baclofen_companion.core.units import format_mg
from baclofen_companion.ops import doses as dose_ops
from baclofen_companion.ops.days import person_plan
from baclofen_companion.services.care_watch import CareWatch
from baclofen_companion.services.logbook import log
from baclofen_companion.services.pump_watch import PumpWatch
from baclofen_companion.store import Store

WAKE_CAP = timedelta(seconds=60)
"""Longest the timer sleeps; QTimer accepts at most 2**31 - 1 ms, far above this."""
MIN_WAKE_MS = 50
JUMP_TOLERANCE_S = 30.0
FORWARD_JUMP_S = 15 * 60.0
"""A forward jump of the wall clock this far beyond elapsed time is not believed at once."""
JUMP_HOLD = timedelta(minutes=5)
"""How long a jumped clock (or the clock at start) must hold before doses are marked missed."""
RETRY_FIRST = timedelta(seconds=2)
"""After a failed wake the next comes this soon, doubling each time up to WAKE_CAP."""
BUSY_NOTICE = QT_TRANSLATE_NOOP(
    "ReminderScheduler", "Reminders may be late: the data file is busy."
)
SUPPLY_ALERT_TIME = time(9, 0)
"""Low-supply reminders wait for the morning, not the first minute after midnight."""
RUNNING_OUT_ADVICE = QT_TRANSLATE_NOOP(
    "ReminderScheduler",
    "Running out means stopping baclofen suddenly, which can be dangerous: ask your pharmacy"
    " or prescriber for a refill today.",
)
SUPERSEDED_NOTE = QT_TRANSLATE_NOOP(
    "ReminderScheduler",
    "Not taken: on the trip the clock moved ahead and the next dose was due within 2 hours;"
    " never two doses at once.",
)
CLOCK_GAP_NOTE = QT_TRANSLATE_NOOP(
    "ReminderScheduler",
    "Not taken: the clocks went forward and skipped its time, which fell on the next dose;"
    " never two doses at once.",
)
LOOK_BACK_DAYS = 400
"""However long the app was closed, doses older than this are not marked missed one by one."""
AUTO_MISSED_NOTE = QT_TRANSLATE_NOOP(
    "ReminderScheduler", "Marked missed automatically: its next dose was due within 2 hours."
)
"""The notes are written into the dose log in the app's language of the moment."""


@dataclass(frozen=True)
class WithdrawalConcern:
    profile_id: int
    person: str
    medication: Medication
    reason: str
    episode: str
    """Same until a dose is taken again, so one run of missed doses alerts once."""


@dataclass(frozen=True)
class ReminderBatch:
    """One grouped reminder: its text and the doses it is about."""

    title: str
    body: str
    doses: tuple[OpenDose, ...]
    late: bool
    at: datetime
    final: bool = False
    """The last repeat: nothing more comes for these doses before their deadline."""


class ReminderScheduler(QObject):
    reminded = Signal(object)  # ReminderBatch
    alerted = Signal(object)  # ReminderBatch with no doses: withdrawal watch, tomorrow's change
    doses_changed = Signal()  # the scheduler itself logged doses (missed, or answered here)
    state_changed = Signal()  # which doses are open or due may have changed
    clock_jumped = Signal(float)  # seconds the wall clock moved beyond elapsed time
    zone_changed = Signal(str, str)
    trouble_changed = Signal(str)  # the window's notice while wakes fail; "" when they work

    def __init__(
        self,
        store: Store,
        clock: Clock,
        zone_name: Callable[[], str],
        monotonic: Callable[[], float] = _time.monotonic,
        parent: QObject | None = None,
        jump_hold: timedelta = JUMP_HOLD,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self._zone_name = zone_name
        self._monotonic = monotonic
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._wake)
        self._last: tuple[datetime, float] | None = None
        self._zone = zone_name()
        self.open: list[OpenDose] = []
        self.withdrawal: list[WithdrawalConcern] = []
        self._snoozed: set[object] = set()
        # Reminders sent while the data file could not be written (held by another program,
        # the disk full): kept here, so they are not sent again at every wake, until saved.
        self._unsaved: dict[SlotKey, ReminderState] = {}
        self.wakes = 0
        self.armed_ms = 0
        self._supply_seen: dict[int, tuple[str, Fraction | None, int, tuple[int, ...]]] = {}
        self.trouble = ""
        self._failed_wakes = 0
        self._jump_hold = jump_hold
        self._hold_until: float | None = None
        self._held_said = False

    # -- the loop -------------------------------------------------------------------------

    def start(self) -> None:
        # A clock hours ahead at start (a dual-boot machine before NTP) looks like any other:
        # nothing is marked missed until it has held for a while.
        self._distrust("at start")
        self.poll()

    def stop(self) -> None:
        self.timer.stop()

    def _collect(self, now: datetime, plans: Sequence[PersonPlan]) -> list[OpenDose]:
        """Every unanswered dose still in question, for every person, from the day after the
        last one whose doses were all answered to tomorrow (core.day): however long the
        machine slept or however far west a trip went, no dose's deadline passes unseen."""
        found: list[OpenDose] = []
        settled = self._settled()
        for plan in plans:
            profile = plan.profile
            if not plan.medications:
                continue
            today = local_date(now, profile.home_tz)
            # Tomorrow is a candidate too: on a trip east that follows local time, tomorrow's
            # first dose (home date) can fall due before midnight at home.
            last = today + timedelta(days=1)
            first = settled.get(profile.id, today - timedelta(days=2)) + timedelta(days=1)
            first = min(max(first, today - timedelta(days=LOOK_BACK_DAYS)), today - timedelta(1))
            events = self.store.events_between(profile.id, first, last)
            found += [
                d.open() for d in still_open(person_doses(plan, events, {}, now, first, last))
            ]
        return found

    def _settled(self) -> dict[int, date]:
        """Per person, the last home date whose doses were all answered or missed."""
        saved: dict[str, str] = self.store.setting("doses_settled_through", {})
        return {int(k): date.fromisoformat(v) for k, v in saved.items()}

    def _settle(self, now: datetime, undecided: Sequence[OpenDose]) -> None:
        """Remember, per person, the day before their oldest dose still open (at most
        yesterday: a later change can still add doses to today), so the next wakes start there."""
        oldest: dict[int, date] = {}
        for item in undecided:
            pid = item.dose.profile_id
            oldest[pid] = min(oldest.get(pid, item.dose.slot_date), item.dose.slot_date)
        settled = {}
        for profile in self.store.profiles():
            yesterday = local_date(now, profile.home_tz) - timedelta(days=1)
            through = oldest.get(profile.id, yesterday + timedelta(days=1)) - timedelta(days=1)
            settled[str(profile.id)] = min(through, yesterday).isoformat()
        if settled != self.store.setting("doses_settled_through", {}):
            try:
                self.store.set_setting("doses_settled_through", settled)
            except StorageError as err:
                log().warning("could not note which days are settled yet: %s", err)

    def _notice_jumps(self, now: datetime, mono: float) -> None:
        if self._last is not None:
            wall_then, mono_then = self._last
            drift = (now - wall_then).total_seconds() - (mono - mono_then)
            if abs(drift) > JUMP_TOLERANCE_S:
                log().info("wall clock moved %+.0f s beyond elapsed time; recomputing", drift)
                if drift > FORWARD_JUMP_S:
                    self._distrust("after a jump ahead")
                self.clock_jumped.emit(drift)
        self._last = (now, mono)
        zone = self._zone_name()
        if zone != self._zone:
            log().info("system time zone changed from %s to %s", self._zone, zone)
            old, self._zone = self._zone, zone
            self.zone_changed.emit(old, zone)

    def poll(self) -> int:
        """Do whatever is due now and arm the timer for the next wake. Returns the delay in ms."""
        self.wakes += 1
        delay = WAKE_CAP
        try:
            now = self.clock.now()
            self._notice_jumps(now, self._monotonic())
            # Each person's plan is read once a wake, for the doses and both watches.
            plans = [person_plan(self.store, p) for p in self.store.profiles()]
            doses = self._collect(now, plans)
            states = self.store.reminder_states(since=(now - timedelta(days=3)).date())
            states.update(self._unsaved)
            settings = self.store.reminder_settings()
            decision = decide(now, doses, states, settings)

            to_miss, held = self._trusted(decision.to_miss)
            missed = {item.key for item in to_miss}
            for item in to_miss:
                try:
                    self.store.record_dose(
                        item.dose,
                        DoseStatus.MISSED,
                        note=self.tr(self._missed_note(item.dose)),
                        home_tz=self._zone,
                    )
                except StorageError as err:
                    # Not written: still open, so the next wake decides it again.
                    log().warning("could not mark missed yet (%s): %s", err, self._describe(item))
                    missed.discard(item.key)
                    continue
                except StoreError:
                    continue  # answered meanwhile by someone else: their answer stands
                log().info("marked missed: %s", self._describe(item))
            self.open = [item for item in doses if item.key not in missed | held]
            # Held doses are still undecided: the days they belong to are not settled yet.
            self._settle(now, [item for item in doses if item.key not in missed])
            reminded = {item.key for item in decision.to_remind}
            self._snoozed = {
                key
                for key, state in states.items()
                if state.snoozed_until and state.snoozed_until > now and key not in reminded
            }

            sent = {
                item.key: after_reminding(states.get(item.key), now) for item in decision.to_remind
            }
            self._unsaved.update(sent)
            self._save_reminder_states()
            if decision.to_remind:
                title, body = compose(decision.to_remind, now)
                late = any(is_late(item.dose, now) for item in decision.to_remind)
                reminding = "; ".join(self._describe(i) for i in decision.to_remind)
                log().info("reminding: %s", reminding)
                final = any(state.count > settings.max_repeats for state in sent.values())
                batch = ReminderBatch(title, body, decision.to_remind, late, now, final)
                self.reminded.emit(batch)
            if missed:
                self.doses_changed.emit()
            self._watch(now, plans)
            self._supply_watch(now, plans)

            if decision.next_wake is not None:
                delay = min(WAKE_CAP, max(decision.next_wake - now, timedelta(0)))
            self._wakes_work()
        finally:
            # Armed whatever happened above: one failed write must not end the reminders.
            self.armed_ms = max(MIN_WAKE_MS, math.ceil(delay.total_seconds() * 1000))
            self.timer.start(self.armed_ms)
        self.state_changed.emit()
        return self.armed_ms

    @staticmethod
    def _missed_note(dose: PlannedDose) -> str:
        if dose.clock_gap:
            return CLOCK_GAP_NOTE
        return SUPERSEDED_NOTE if dose.superseded else AUTO_MISSED_NOTE

    def _save_reminder_states(self) -> None:
        """Write down what was reminded. A reminder is sent even when this fails: a dose must
        not go unreminded because the file is held; what was sent is kept in memory until a
        later wake can write it."""
        if not self._unsaved:
            return
        try:
            self.store.save_reminder_states(self._unsaved)
        except StorageError as err:
            log().warning("reminded, but could not write it down yet: %s", err)
            return
        self._unsaved = {}

    def _wake(self) -> None:
        """The timer's wake. A storage failure here (the file held, the disk full) is logged
        once and shown once in the window, and the wake is retried soon, then less often
        (never less often than WAKE_CAP) until one works, which clears the notice."""
        try:
            self.poll()
        except StorageError as err:
            self._wake_failed(err)

    def wake_now(self) -> None:
        """An early wake (the computer woke from sleep): as the timer's, failures included."""
        self._wake()

    # -- clock trust (issue #15) ----------------------------------------------------------

    def _distrust(self, why: str) -> None:
        if self._jump_hold <= timedelta(0):
            return
        self._hold_until = self._monotonic() + self._jump_hold.total_seconds()
        self._held_said = False
        log().info("the wall clock is not trusted to mark doses missed %s, for now", why)

    def _trusted(self, to_miss: tuple[OpenDose, ...]) -> tuple[tuple[OpenDose, ...], set[SlotKey]]:
        """The doses to mark missed now, and those held back (neither missed nor shown as due)
        while the clock has not yet held for JUMP_HOLD: if it is corrected meanwhile, they
        are due again and reminded."""
        if self._hold_until is None or not to_miss:
            return to_miss, set()
        if self._monotonic() >= self._hold_until:
            log().info("the wall clock held; doses past their deadline are marked missed")
            self._hold_until = None
            return to_miss, set()
        if not self._held_said:
            self._held_said = True
            held = "; ".join(self._describe(i) for i in to_miss)
            log().info("not marked missed until the clock has held: %s", held)
        return (), {item.key for item in to_miss}

    # -- wakes that fail (issue #15) ------------------------------------------------------

    def _wake_failed(self, err: StorageError) -> None:
        self._failed_wakes += 1
        if self._failed_wakes == 1:
            log().warning("reminder wake failed (%s); retrying with back-off", err, exc_info=True)
            self.trouble = self.tr(BUSY_NOTICE)
            self.trouble_changed.emit(self.trouble)
        retry = min(WAKE_CAP, RETRY_FIRST * 2 ** min(self._failed_wakes - 1, 10))
        self.armed_ms = max(MIN_WAKE_MS, math.ceil(retry.total_seconds() * 1000))
        self.timer.start(self.armed_ms)

    def _wakes_work(self) -> None:
        if not self._failed_wakes:
            return
        log().info("reminder wakes work again after %d failed", self._failed_wakes)
        self._failed_wakes = 0
        self.trouble = ""
        self.trouble_changed.emit("")

    def _watch(self, now: datetime, plans: Sequence[PersonPlan]) -> None:
        """Withdrawal watch and the evening-before notice of a dose change."""
        settings = self.store.withdrawal_settings()
        alerted: list[str] = self.store.setting("withdrawal_alerted", [])
        checked: list[str] = self.store.setting("withdrawal_checked_in", [])
        notices: list[int] = self.store.setting("change_notices_sent", [])
        concerns: list[WithdrawalConcern] = []
        for plan in plans:
            profile = plan.profile
            today = local_date(now, profile.home_tz)
            meds, versions = plan.medications, plan.versions
            evening = now.astimezone(ZoneInfo(profile.home_tz)).time() >= NOTICE_TIME
            for med in meds:
                mine = versions.get(med.id, [])
                tomorrow = active_version(mine, today + timedelta(days=1))
                if evening and tomorrow is not None and tomorrow.id not in notices:
                    text = change_notice(med, mine, today)
                    if text is not None:
                        notices.append(tomorrow.id)
                        self.store.set_setting("change_notices_sent", notices[-200:])
                        log().info("dose change notice: %s", text)
                        title = self.tr("{person} — {medicine} changes tomorrow").format(
                            person=profile.name, medicine=med.name
                        )
                        self.alerted.emit(ReminderBatch(title, text, (), False, now))
                current = active_version(mine, today)
                if current is not None and current.id not in notices:
                    # The evening before was slept through: say it on waking.
                    text = changed_today_notice(med, mine, today, profile.home_tz)
                    if text is not None:
                        notices.append(current.id)
                        self.store.set_setting("change_notices_sent", notices[-200:])
                        log().info("dose change notice (on the day): %s", text)
                        title = self.tr("{person} — {medicine} changes today").format(
                            person=profile.name, medicine=med.name
                        )
                        self.alerted.emit(ReminderBatch(title, text, (), False, now))
                if not is_baclofen(med) or current is None or not current.slots:
                    continue
                last = self.store.last_taken(med.id)
                recent = self.store.recent_scheduled(med.id, settings.missed_in_row)
                since = plan.watched.get(med.id)
                reason = withdrawal_concern(
                    recent, last.taken_at if last else None, now, settings, since
                )
                if reason is not None:
                    episode = f"{med.id}:{last.id if last else 0}"
                    concerns.append(
                        WithdrawalConcern(profile.id, profile.name, med, reason, episode)
                    )
        for concern in concerns:
            if concern.episode in alerted:
                continue
            alerted.append(concern.episode)
            self.store.set_setting("withdrawal_alerted", alerted[-200:])
            log().info("withdrawal watch: %s %s", concern.person, concern.reason)
            body = withdrawal_alert_body(concern.reason)
            title = self.tr("{person} — baclofen withdrawal watch").format(person=concern.person)
            self.alerted.emit(ReminderBatch(title, body, (), True, now))
        self.withdrawal = [c for c in concerns if c.episode not in checked]
        CareWatch(self.store).run(
            now, lambda t, b: self.alerted.emit(ReminderBatch(t, b, (), False, now))
        )
        PumpWatch(self.store).check(
            now, lambda t, b, u: self.alerted.emit(ReminderBatch(t, b, (), u, now))
        )

    def _supply_watch(self, now: datetime, plans: Sequence[PersonPlan]) -> None:
        """Once a day, from SUPPLY_ALERT_TIME, a reminder for each medicine due for a refill."""
        sent: list[str] = self.store.setting("supply_alerted", [])
        lead_days = self.store.stock.lead_days
        for plan in plans:
            profile = plan.profile
            local_now = now.astimezone(ZoneInfo(profile.home_tz))
            if local_now.time() < SUPPLY_ALERT_TIME:
                continue
            meds, all_versions = plan.medications, plan.versions
            for med in meds:
                key = f"{med.id}:{local_now.date().isoformat()}"
                if key in sent:
                    continue
                # The forecast walks the plan day by day: redo it only when the day, the
                # stock, the lead time or the doses changed, not on every wake.
                versions = all_versions.get(med.id, [])
                stock = self.store.stock.on_hand(med)
                seen = (key, stock, lead_days, tuple(v.id for v in versions))
                if self._supply_seen.get(med.id) == seen:
                    continue
                self._supply_seen[med.id] = seen
                outlook = self.store.stock.forecast(
                    med, now, versions, profile.home_tz, stock, lead_days
                )
                if outlook is None or not outlook.refill_now:
                    continue
                sent.append(key)
                self.store.set_setting("supply_alerted", sent[-200:])
                title = self.tr("{person} — {medicine} {strength}: refill now").format(
                    person=profile.name, medicine=med.name, strength=format_mg(med.strength_mg)
                )
                body = f"{outlook.text}. {self.tr(RUNNING_OUT_ADVICE)}"
                log().info("low supply: %s", title)
                self.alerted.emit(ReminderBatch(title, body, (), False, now))

    def check_in(self, concern: WithdrawalConcern, feeling: str) -> None:
        """The one-tap answer to the withdrawal watch; kept for the diary and the doctor."""
        profile = self.store.profile(concern.profile_id)
        self.store.add_checkin(
            profile.id, "withdrawal watch", feeling, [], profile.home_tz, concern.reason
        )
        checked: list[str] = self.store.setting("withdrawal_checked_in", [])
        self.store.set_setting("withdrawal_checked_in", [*checked, concern.episode][-200:])
        log().info("withdrawal check-in: %s %s", concern.person, feeling)
        self.poll()

    @staticmethod
    def _describe(item: OpenDose) -> str:
        dose = item.dose
        return (
            f"{item.person} {dose.medication.name} {dose.amount_mg:g} mg "
            f"{dose.slot_date.isoformat()} {dose.slot_time:%H:%M}"
        )

    # -- what is open ---------------------------------------------------------------------

    def due_now(self) -> list[OpenDose]:
        """Open doses whose time has come and that are not snoozed, oldest first."""
        now = self.clock.now()
        due = [i for i in self.open if i.dose.due <= now and i.key not in self._snoozed]
        return sorted(due, key=lambda i: i.dose.due)

    def next_upcoming(self) -> OpenDose | None:
        now = self.clock.now()
        upcoming = [i for i in self.open if i.dose.due > now]
        return min(upcoming, key=lambda i: i.dose.due, default=None)

    # -- answering from a reminder ---------------------------------------------------------

    def _tz_of(self, dose: PlannedDose) -> str:
        return self.store.profile(dose.profile_id).home_tz

    def take(self, dose: PlannedDose) -> None:
        """From the reminder banner or the tray: the same use case as Today's Taken."""
        dose_ops.take(self.store, dose, self._tz_of(dose))
        log().info("taken from a reminder: %s", dose.key)
        self.doses_changed.emit()
        self.poll()

    def skip(self, dose: PlannedDose) -> None:
        dose_ops.skip(self.store, dose, self._tz_of(dose))
        log().info("skipped from a reminder: %s", dose.key)
        self.doses_changed.emit()
        self.poll()

    def snooze(self, dose: PlannedDose) -> None:
        now = self.clock.now()
        settings = self.store.reminder_settings()
        states = self.store.reminder_states(since=dose.slot_date)
        self.store.save_reminder_states({dose.key: snoozed(states.get(dose.key), now, settings)})
        log().info("snoozed %d min: %s", settings.snooze_minutes, dose.key)
        self.poll()
