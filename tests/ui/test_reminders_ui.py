"""Reminders in the window and the tray, with no notification daemon and no tray present."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion import APP_ID
from baclofen_companion.core.model import DoseSlot, DoseStatus, Medication, Profile
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.services.notifier import NotifierChain, PlyerPath, TrayPath
from baclofen_companion.services.scheduler import ReminderBatch, ReminderScheduler
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from baclofen_companion.ui.shell.settings_dialog import SettingsDialog
from baclofen_companion.ui.shell.tray import Tray
from tests.conftest import DAY, FakeClock
from tests.ui.helpers import button, card_text, label, texts, when_dialog_opens

LEFT = Qt.MouseButton.LeftButton


class Reminders:
    def __init__(self, window: MainWindow, scheduler: ReminderScheduler) -> None:
        self.window = window
        self.scheduler = scheduler
        self.batches: list[ReminderBatch] = []
        self.paths: list[str] = []
        chain = NotifierChain([PlyerPath(service_check=lambda: False), TrayPath(lambda: None)])
        scheduler.reminded.connect(self.batches.append)
        scheduler.reminded.connect(lambda b: self.paths.append(chain.deliver(b)))


@pytest.fixture
def live(
    qtbot: QtBot, store: Store, clock: FakeClock, data_dir: Path, sam: tuple[Profile, Medication]
) -> Iterator[Reminders]:
    # Time passes as the fake clock moves: no jump, so nothing waits for the clock to hold.
    elapsed = lambda: clock.now().timestamp()  # noqa: E731
    scheduler = ReminderScheduler(store, clock, lambda: "Europe/London", elapsed)
    window = MainWindow(store, clock, data_dir, scheduler)
    # Not qtbot.addWidget: pytest-qt closes its widgets before fixtures end, and this window
    # (with reminders running and no tray) would ask whether to close.
    window.show()
    yield Reminders(window, scheduler)
    scheduler.stop()
    window.quitting = True
    window.close()
    window.deleteLater()


def at(clock: FakeClock, live: Reminders, hh: int, mm: int) -> None:
    clock.set_local(DAY, time(hh, mm))
    live.scheduler.poll()


def test_a_due_dose_shows_the_banner_without_daemon_or_tray(
    live: Reminders, clock: FakeClock
) -> None:
    banner = live.window.banner
    at(clock, live, 7, 59)
    assert not banner.isVisible()
    at(clock, live, 8, 0)
    assert banner.isVisible()
    assert live.paths == ["window only"]
    assert "Sam — Baclofen 5 mg — ½ tablet" in texts(banner)
    assert "due now" in texts(banner)


def test_taken_in_the_banner_logs_it_and_stops_the_repeats(
    qtbot: QtBot, live: Reminders, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    at(clock, live, 8, 3)
    qtbot.mouseClick(button(live.window, "Taken (reminder): Sam Baclofen at 08:00"), LEFT)
    [event] = store.events_between(sam[0].id, DAY, DAY)
    assert (event.slot_time, event.status) == (time(8), DoseStatus.TAKEN)
    assert not live.window.banner.isVisible()
    assert "✔ Taken at 08:03" in card_text(live.window.today, "Baclofen at 08:00")
    at(clock, live, 8, 30)
    assert len(live.batches) == 1


def test_taken_on_today_also_stops_the_repeats(
    qtbot: QtBot, live: Reminders, clock: FakeClock
) -> None:
    at(clock, live, 8, 5)
    assert live.window.banner.isVisible()
    qtbot.mouseClick(button(live.window.today, "Taken: Baclofen at 08:00"), LEFT)
    assert not live.window.banner.isVisible()
    at(clock, live, 8, 40)
    assert len(live.batches) == 1


def test_late_reminders_state_the_missed_dose_rule(live: Reminders, clock: FakeClock) -> None:
    at(clock, live, 9, 10)
    advice = label(live.window.banner, "Missed-dose advice").text()
    assert "unless your next dose is due within 2 hours" in advice
    assert "Never take two doses at once" in advice
    assert "overdue" in texts(live.window.banner)


def test_snooze_in_the_banner_hides_it_until_later(
    qtbot: QtBot, live: Reminders, clock: FakeClock
) -> None:
    at(clock, live, 8, 1)
    qtbot.mouseClick(button(live.window, "Snooze (reminder): Sam Baclofen at 08:00"), LEFT)
    assert not live.window.banner.isVisible()
    at(clock, live, 8, 12)
    assert live.window.banner.isVisible()
    assert len(live.batches) == 2


def test_tray_menu_names_the_dose_and_answers_it(
    qtbot: QtBot, live: Reminders, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    shown: list[bool] = []
    tray = Tray(live.scheduler, lambda: shown.append(True), lambda: None)
    at(clock, live, 7, 0)
    assert tray.next_action.text() == "Next: Sam — Baclofen 5 mg at 08:00"
    assert not tray.take_action.isEnabled()
    at(clock, live, 8, 45)
    assert tray.next_action.text() == "Overdue: Sam — Baclofen 5 mg at 08:00"
    assert "Overdue: Sam — Baclofen 5 mg at 08:00" in tray.icon.toolTip()
    assert tray.icon.icon().cacheKey() != live.window.windowIcon().cacheKey()
    tray.take_action.trigger()
    [event] = store.events_between(sam[0].id, DAY, DAY)
    assert event.status is DoseStatus.TAKEN
    assert tray.next_action.text() == "Next: Sam — Baclofen 5 mg at 14:00"
    assert not live.window.banner.isVisible()
    tray.open_action.trigger()
    assert shown == [True]


def test_closing_without_a_tray_warns_that_reminders_stop(qtbot: QtBot, live: Reminders) -> None:
    seen: list[str] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        qtbot.mouseClick(dialog.button(QMessageBox.StandardButton.Cancel), LEFT)

    when_dialog_opens(qtbot, cancel)
    live.window.close()
    assert "reminders stop while the app is closed" in seen[0]
    assert live.window.isVisible()

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        qtbot.mouseClick(dialog.button(QMessageBox.StandardButton.Close), LEFT)

    when_dialog_opens(qtbot, close)
    with qtbot.waitSignal(live.window.closed, timeout=2000):
        live.window.close()
    assert not live.window.isVisible()


def test_settings_change_the_reminders_and_start_at_login(
    qtbot: QtBot,
    live: Reminders,
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dialog = SettingsDialog(store, None, live.window)
    dialog.repeat.setValue(20)
    dialog.limit.setValue(1)
    dialog.snooze.setValue(5)
    dialog.login.setChecked(True)
    dialog.missed.setValue(3)
    dialog.hours.setValue(36)
    assert dialog.lead.value() == 7
    dialog.lead.setValue(10)
    dialog._save()
    assert store.stock.lead_days == 10
    watch = store.withdrawal_settings()
    assert (watch.missed_in_row, watch.hours_without) == (3, 36)
    settings = store.reminder_settings()
    assert (settings.repeat_minutes, settings.max_repeats, settings.snooze_minutes) == (20, 1, 5)
    entry = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert "--minimized" in entry.read_text()
    # The new repeat rules take effect at once.
    for hh, mm in ((8, 0), (8, 10), (8, 20), (8, 40)):
        at(clock, live, hh, mm)
    assert [f"{b.at.astimezone().strftime('%M')}" for b in live.batches] == ["00", "20"]
    again = SettingsDialog(store, None, live.window)
    assert again.login.isChecked()
    again.login.setChecked(False)
    again._save()
    assert not entry.exists()
    assert timedelta(minutes=settings.snooze_minutes) == timedelta(minutes=5)


def take_yesterday(store: Store, profile: Profile, clock: FakeClock) -> None:
    meds = store.medications(profile.id)
    versions = store.schedule_versions(m.id for m in meds)
    for dose in planned_doses(DAY - timedelta(days=1), profile.id, "Europe/London", meds, versions):
        store.record_dose(dose, DoseStatus.TAKEN, dose.due)


def test_two_missed_doses_raise_the_withdrawal_banner_and_a_check_in_clears_it(
    qtbot: QtBot, live: Reminders, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    profile, _ = sam
    take_yesterday(store, profile, clock)
    alerts: list[ReminderBatch] = []
    live.scheduler.alerted.connect(alerts.append)
    banner = live.window.withdrawal_banner
    at(clock, live, 12, 5)  # 08:00 is missed: one in a row
    assert not banner.isVisible()
    at(clock, live, 18, 5)  # 14:00 is missed too: two in a row
    assert banner.isVisible()
    shown = texts(banner)
    assert "2 baclofen doses in a row have not been taken." in shown
    assert "hallucinations" in shown and "seizures" in shown
    assert "contact your prescriber today" in shown
    assert "urgent care now for hallucinations, fever, confusion or seizures" in shown
    assert [a.title for a in alerts] == ["Sam — baclofen withdrawal watch"]
    qtbot.mouseClick(button(banner, "I feel fine (Sam)"), LEFT)
    assert not banner.isVisible()
    [checkin] = store.checkins(profile.id)
    assert (checkin.kind, checkin.feeling) == ("withdrawal watch", "I feel fine")
    at(clock, live, 18, 30)
    assert not banner.isVisible() and len(alerts) == 1  # one alert per run of missed doses


def test_the_evening_before_a_step_says_what_changes_tomorrow(
    live: Reminders, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    profile, med = sam
    take_yesterday(store, profile, clock)
    store.add_schedule_version(
        med.id,
        DAY + timedelta(days=1),
        tuple(DoseSlot(t, 10.0) for t in (time(8), time(14), time(20))),
    )
    alerts: list[ReminderBatch] = []
    live.scheduler.alerted.connect(alerts.append)
    at(clock, live, 17, 55)
    assert alerts == []
    at(clock, live, 18, 0)
    at(clock, live, 18, 30)
    notices = [a for a in alerts if "changes tomorrow" in a.title]
    assert [a.title for a in notices] == ["Sam — Baclofen changes tomorrow"]
    assert notices[0].body == (
        "From tomorrow, Wednesday 11 March, Baclofen changes from 5 mg three times a day "
        "to 10 mg three times a day."
    )
    # Seen on main: the log said "delivered by window only", but the window said nothing.
    live.window.today.reload()
    shown = label(live.window.today, "Plan progress").text()
    assert "From tomorrow, Wednesday 11 March, Baclofen changes" in shown


def test_a_change_notice_whose_evening_was_slept_through_comes_on_waking(
    live: Reminders, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    """Seen on main: a machine asleep the evening before a step never got the notice."""
    _, med = sam
    store.add_schedule_version(
        med.id,
        DAY + timedelta(days=1),
        tuple(DoseSlot(t, 10.0) for t in (time(8), time(14), time(20))),
    )
    alerts: list[ReminderBatch] = []
    live.scheduler.alerted.connect(alerts.append)
    at(clock, live, 17, 0)
    clock.set_local(DAY + timedelta(days=1), time(7, 30))  # asleep all evening and night
    live.scheduler.poll()
    notices = [a for a in alerts if "changes" in a.title]
    assert [a.title for a in notices] == ["Sam — Baclofen changes today"]
    assert notices[0].body.startswith("From today, Wednesday 11 March, Baclofen changes from")
    live.window.today.go_to_today()
    assert "From today, Wednesday 11 March" in label(live.window.today, "Plan progress").text()
    live.scheduler.poll()
    assert len([a for a in alerts if "changes" in a.title]) == 1
