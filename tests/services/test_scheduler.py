"""The reminder scheduler under a fake clock: ordinary days, DST, jumps, repeats, missed doses."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from baclofen_companion.core.model import DoseSlot, DoseStatus, Medication, Profile
from baclofen_companion.core.reminders import MISSED_DOSE_ADVICE, ReminderSettings
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.services.scheduler import AUTO_MISSED_NOTE, WAKE_CAP
from baclofen_companion.store import Store
from tests.conftest import DAY, HOME_TZ, FakeClock
from tests.services.conftest import Harness, add_person


def local(day: date, at: time, tz: str = HOME_TZ) -> datetime:
    return datetime.combine(day, at, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def batch_times(h: Harness, tz: str = HOME_TZ) -> list[str]:
    return [f"{b.at.astimezone(ZoneInfo(tz)):%H:%M}" for b in h.batches]


def test_an_ordinary_day_nobody_answers(
    harness: Harness, store: Store, sam: tuple[Profile, Medication]
) -> None:
    harness.run_until(local(DAY, time(21, 0)))
    repeats = [
        f"{h:02d}:{m:02d}" for h, m in ((8, 0), (8, 10), (8, 20), (8, 30), (8, 40), (8, 50), (9, 0))
    ]
    afternoon = [t.replace("08:", "14:").replace("09:", "15:") for t in repeats]
    evening = [t.replace("08:", "20:").replace("09:", "21:") for t in repeats]
    assert batch_times(harness) == repeats + afternoon + evening
    # 08:00 and 14:00 became missed once their next dose was under 2 hours away.
    events = store.events_between(sam[0].id, DAY, DAY)
    assert [(e.slot_time, e.status, e.note) for e in events] == [
        (time(8), DoseStatus.MISSED, AUTO_MISSED_NOTE),
        (time(14), DoseStatus.MISSED, AUTO_MISSED_NOTE),
    ]
    assert MISSED_DOSE_ADVICE in harness.batches[3].body  # 08:30 is late
    assert MISSED_DOSE_ADVICE not in harness.batches[0].body
    assert harness.batches[0].title == "Sam — Baclofen 5 mg"
    assert "5 mg — ½ tablet, due at 08:00." in harness.batches[0].body


def test_idle_wakes_at_most_once_a_minute(
    harness: Harness, sam: tuple[Profile, Medication]
) -> None:
    harness.run_until(local(DAY, time(21, 0)))
    assert max(harness.delays) <= WAKE_CAP.total_seconds() * 1000
    assert max(harness.delays) < 2**31 - 1
    # 14 hours of which about 3 have reminders: no more than ~60 wakes in any idle hour.
    assert len(harness.delays) <= 14 * 61


def test_taken_from_the_tray_stops_the_repeats(
    harness: Harness, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    harness.run_until(local(DAY, time(8, 5)))
    assert batch_times(harness) == ["08:00"]
    [open_dose] = harness.scheduler.due_now()
    harness.scheduler.take(open_dose.dose)  # what the tray's Take now does
    harness.run_until(local(DAY, time(11, 0)))
    assert batch_times(harness) == ["08:00"]
    [event] = store.events_between(sam[0].id, DAY, DAY)
    assert event.status is DoseStatus.TAKEN and event.slot_time == time(8)
    assert harness.scheduler.due_now() == []


def test_the_repeat_limit_and_interval_come_from_settings(
    harness: Harness, store: Store, sam: tuple[Profile, Medication]
) -> None:
    store.set_reminder_settings(ReminderSettings(repeat_minutes=15, max_repeats=2))
    harness.run_until(local(DAY, time(11, 0)))
    assert batch_times(harness) == ["08:00", "08:15", "08:30"]


def test_snooze_holds_the_reminder_and_hides_it(
    harness: Harness, store: Store, sam: tuple[Profile, Medication]
) -> None:
    store.set_reminder_settings(ReminderSettings(repeat_minutes=10, snooze_minutes=25))
    harness.run_until(local(DAY, time(8, 2)))
    harness.scheduler.snooze(harness.scheduler.due_now()[0].dose)
    assert harness.scheduler.due_now() == []
    harness.run_until(local(DAY, time(8, 40)))
    assert batch_times(harness) == ["08:00", "08:27", "08:37"]
    assert len(harness.scheduler.due_now()) == 1


def test_reminders_survive_a_restart(
    store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    first = Harness(store, clock, [HOME_TZ])
    first.run_until(local(DAY, time(8, 3)))
    assert batch_times(first) == ["08:00"]
    clock.set_local(DAY, time(8, 4))
    second = Harness(store, clock, [HOME_TZ])  # a new process: nothing in memory
    second.run_until(local(DAY, time(8, 15)))
    assert batch_times(second) == ["08:10"]


def test_an_eight_hour_jump_gives_one_grouped_catch_up(
    harness: Harness, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    vitamin = store.add_medication(
        profile.id,
        MedicationDraft("Vitamin D", sam[1].form, 10.0, False, ""),
        (DoseSlot(time(12), 10.0),),
        DAY - timedelta(days=3),
    )
    yesterday = DAY - timedelta(days=1)
    versions = store.schedule_versions([vitamin.id])
    [taken] = planned_doses(yesterday, profile.id, HOME_TZ, [vitamin], versions)
    store.record_dose(taken, DoseStatus.TAKEN)
    jumps: list[float] = []
    harness.scheduler.clock_jumped.connect(jumps.append)
    harness.poll()  # 07:00, nothing due
    harness.jump(timedelta(hours=8))  # the lid was shut at 07:00 and opened at 15:00
    harness.poll()
    assert len(harness.batches) == 1
    batch = harness.batches[0]
    assert [(i.dose.medication.name, i.dose.slot_time) for i in batch.doses] == [
        ("Vitamin D", time(12)),
        ("Baclofen", time(14)),
    ]
    assert batch.title == "Sam — 2 doses due"
    assert "Vitamin D 10 mg (1 tablet) at 12:00" in batch.body
    assert MISSED_DOSE_ADVICE in batch.body
    assert jumps and jumps[0] == pytest.approx(8 * 3600 - 60, abs=1)
    # 08:00 could no longer be taken, but a clock that jumped ahead is believed only once it
    # has held for a few minutes (#15): not reminded, not yet marked missed.
    assert [e.slot_time for e in store.events_between(profile.id, DAY, DAY)] == []
    # The next wakes do not repeat the catch-up; once the clock has held, 08:00 is missed.
    harness.run_until(local(DAY, time(15, 6)))
    assert len(harness.batches) == 1
    [missed] = [e for e in store.events_between(profile.id, DAY, DAY) if e.slot_time == time(8)]
    assert missed.status is DoseStatus.MISSED


def test_a_backwards_jump_does_not_repeat_reminders(
    harness: Harness, sam: tuple[Profile, Medication]
) -> None:
    harness.run_until(local(DAY, time(8, 1)))
    harness.jump(timedelta(hours=-1))  # clock set back to 07:01
    harness.run_until(local(DAY, time(8, 5)))
    assert batch_times(harness) == ["08:00"]


def test_a_system_time_zone_change_is_noticed_and_changes_nothing_else(
    harness: Harness, sam: tuple[Profile, Medication]
) -> None:
    changes: list[tuple[str, str]] = []
    harness.scheduler.zone_changed.connect(lambda old, new: changes.append((old, new)))
    harness.run_until(local(DAY, time(7, 30)))
    harness.zone[0] = "America/New_York"  # the laptop's zone setting changed
    harness.run_until(local(DAY, time(8, 5)))
    assert changes == [("Europe/London", "America/New_York")]
    # Doses follow the person's home zone, so 08:00 London is reminded once, on time.
    assert batch_times(harness) == ["08:00"]


@pytest.mark.parametrize(
    ("tz", "day", "night_slot"),
    [
        ("Europe/London", date(2026, 3, 29), time(1, 30)),  # 01:30 does not exist
        ("Europe/London", date(2026, 10, 25), time(1, 30)),  # 01:30 happens twice
        ("America/New_York", date(2026, 3, 8), time(2, 30)),  # does not exist
        ("America/New_York", date(2026, 11, 1), time(1, 30)),  # happens twice
    ],
)
def test_dst_change_days_remind_every_dose_exactly_once(
    store: Store, clock: FakeClock, tz: str, day: date, night_slot: time
) -> None:
    times = [night_slot, time(8), time(20)]
    profile, med = add_person(store, "Robin", tz, times, day - timedelta(days=5))
    store.set_reminder_settings(ReminderSettings(max_repeats=0))
    clock.set_local(day - timedelta(days=1), time(7), tz)
    h = Harness(store, clock, [tz])
    h.run_until(local(day + timedelta(days=1), time(12), tz))
    expected = [
        (day - timedelta(days=1), time(8)),
        (day - timedelta(days=1), time(20)),
        (day, night_slot),
        (day, time(8)),
        (day, time(20)),
        (day + timedelta(days=1), night_slot),
        (day + timedelta(days=1), time(8)),
    ]
    assert [(d, t) for d, t, _ in h.reminded_slots()] == expected
    # Each reminder came at (or just after) its slot's instant.
    versions = store.schedule_versions([med.id])
    for batch in h.batches:
        dose = batch.doses[0].dose
        [planned] = [
            p
            for p in planned_doses(dose.slot_date, profile.id, tz, [med], versions)
            if p.slot_time == dose.slot_time
        ]
        assert timedelta(0) <= batch.at - planned.due < timedelta(seconds=1)


def test_auto_missed_follows_the_two_hour_rule_and_can_be_changed(
    harness: Harness, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    harness.run_until(local(DAY, time(11, 59)))
    assert store.events_between(profile.id, DAY, DAY) == []
    harness.run_until(local(DAY, time(12, 1)))
    [event] = store.events_between(profile.id, DAY, DAY)
    assert (event.slot_time, event.status) == (time(8), DoseStatus.MISSED)
    # The person can still say they took it after all.
    changed = store.edit_dose(
        event.id, DoseStatus.TAKEN, local(DAY, time(9, 30)), "took it, forgot to log"
    )
    assert changed.status is DoseStatus.TAKEN
    harness.run_until(local(DAY, time(12, 30)))
    assert [e.status for e in store.events_between(profile.id, DAY, DAY)] == [DoseStatus.TAKEN]


def test_the_last_dose_of_the_day_stays_open_overnight_then_is_missed(
    harness: Harness, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    clock.set_local(DAY, time(19, 0))
    harness.run_until(local(DAY + timedelta(days=1), time(5, 59)))
    assert [e for e in store.events_between(profile.id, DAY, DAY) if e.slot_time == time(20)] == []
    harness.run_until(local(DAY + timedelta(days=1), time(6, 1)))
    [evening] = [e for e in store.events_between(profile.id, DAY, DAY) if e.slot_time == time(20)]
    assert evening.status is DoseStatus.MISSED


def test_a_local_time_trip_east_reminds_at_tokyo_times_once_each(
    harness: Harness, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    from baclofen_companion.core.model import TravelMode

    person = sam[0]
    leave, back = local(DAY, time(10)), local(DAY + timedelta(days=3), time(12))
    store.trips.save(person.id, leave, back, "Asia/Tokyo", TravelMode.LOCAL_TIME, 3)
    harness.zone[0] = "Asia/Tokyo"
    # Take every dose at its first reminder, as a careful traveller does.
    end = local(DAY + timedelta(days=4), time(0))
    while clock.now() < end:
        harness.poll()
        for item in harness.scheduler.due_now():
            harness.scheduler.take(item.dose)
        clock.advance(timedelta(minutes=1))
        harness.monotonic.value += 60
    harness.scheduler.stop()
    slots = harness.reminded_slots()
    assert len(slots) == len(set(slots)), "a dose was reminded twice"
    events = store.events_between(person.id, DAY, DAY + timedelta(days=3))
    keys = [(e.slot_date, e.slot_time) for e in events]
    assert len(keys) == len(set(keys))
    # Every slot from DAY 14:00 (home date) to the last one before coming home is there.
    expected = {
        (DAY + timedelta(days=d), t)
        for d in range(4)
        for t in (time(8), time(14), time(20))
        if (DAY + timedelta(days=d), t) > (DAY, time(8))
    }
    assert expected <= set(keys)
    # On the trip, each reminder came at the slot's Tokyo wall time (or on departure).
    on_trip = [
        (b.at.astimezone(ZoneInfo("Asia/Tokyo")), item.dose)
        for b in harness.batches
        for item in b.doses
        if leave < b.at < back
    ]
    assert on_trip
    for at, dose in on_trip:
        assert at.time() == dose.slot_time or at == leave.astimezone(at.tzinfo)


def test_low_supply_alerts_once_a_day_until_refilled(
    harness: Harness, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    alerts: list[str] = []
    harness.scheduler.alerted.connect(
        lambda batch: "refill" in batch.title and alerts.append(f"{batch.title} | {batch.body}")
    )
    med = sam[1]
    store.stock.count(med, 6)  # ½ tablet three times a day: 4 days, inside the 7-day lead time
    harness.run_until(local(DAY, time(8, 59)))
    assert alerts == []  # not before 09:00
    harness.run_until(local(DAY, time(23, 0)))
    assert len(alerts) == 1
    assert alerts[0].startswith("Sam — Baclofen 10 mg: refill now | Supply: 4 days — refill now.")
    assert "stopping baclofen suddenly" in alerts[0]
    harness.run_until(local(DAY + timedelta(days=1), time(10)))
    assert len(alerts) == 2  # the next morning again
    store.stock.refill(med, 56)
    harness.run_until(local(DAY + timedelta(days=3), time(10)))
    assert len(alerts) == 2  # refilled: no more


def test_leaving_early_for_the_east_reminds_one_dose_on_departure_not_two(
    harness: Harness, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    from baclofen_companion.core.model import TravelMode
    from baclofen_companion.services.scheduler import SUPERSEDED_NOTE

    person = sam[0]
    tomorrow = DAY + timedelta(days=1)
    leave = local(tomorrow, time(7))  # 16:00 in Tokyo: 08:00 and 14:00 there have passed
    store.trips.save(
        person.id, leave, leave + timedelta(days=5), "Asia/Tokyo", TravelMode.LOCAL_TIME, 3
    )
    clock.set_local(tomorrow, time(6, 50))
    harness.run_until(local(tomorrow, time(7, 5)))
    departure = [
        (item.dose.slot_date, item.dose.slot_time) for b in harness.batches for item in b.doses
        if b.at >= leave
    ]  # fmt: skip
    assert departure == [(tomorrow, time(14))]
    skipped = [e for e in store.events_between(person.id, tomorrow, tomorrow)]
    assert [(e.slot_time, e.status, e.note) for e in skipped] == [
        (time(8), DoseStatus.MISSED, SUPERSEDED_NOTE)
    ]


def test_two_people_each_reminder_names_the_right_person(
    harness: Harness, store: Store, sam: tuple[Profile, Medication]
) -> None:
    add_person(store, "Alex", HOME_TZ, [time(9, 15), time(14)], DAY - timedelta(days=2), 10.0)
    harness.run_until(local(DAY, time(14, 1)))
    firsts = {b.at.astimezone(ZoneInfo(HOME_TZ)).strftime("%H:%M"): b for b in harness.batches}
    assert firsts["09:15"].title == "Alex — Baclofen 10 mg"
    assert firsts["08:00"].title == "Sam — Baclofen 5 mg"
    both = firsts["14:00"]
    assert both.title == "Alex, Sam — 2 doses due"
    assert "Alex: Baclofen 10 mg (1 tablet) at 14:00" in both.body
    assert "Sam: Baclofen 5 mg (½ tablet) at 14:00" in both.body


def test_a_dose_increase_brings_the_refill_reminder_at_once(
    harness: Harness, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    alerts: list[str] = []
    harness.scheduler.alerted.connect(
        lambda batch: "refill" in batch.title and alerts.append(batch.title)
    )
    med = sam[1]
    store.stock.count(med, 16)  # ½ tablet three times a day: 10 days, beyond the 7-day lead
    harness.run_until(local(DAY, time(9, 30)))
    assert alerts == []
    # Raised from today to 20 mg three times a day: 2 tablets a dose, under 3 days left.
    store.add_schedule_version(
        med.id, DAY, tuple(DoseSlot(t, 20.0) for t in (time(8), time(14), time(20)))
    )
    clock.advance(timedelta(minutes=1))
    harness.run_until(local(DAY, time(9, 35)))
    assert len(alerts) == 1
