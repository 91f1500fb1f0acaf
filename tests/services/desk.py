"""The window, the scheduler and a notifier chain wired as app.py wires them, for the tests of
each notification path."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import time, timedelta
from pathlib import Path

from baclofen_companion.core.model import DoseStatus, Profile
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.services.logbook import LOG_FILE_NAME, close_log, open_log
from baclofen_companion.services.notifier import NotificationPath, NotifierChain, follow
from baclofen_companion.services.scheduler import ReminderScheduler
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import DAY, HOME_TZ, FakeClock


@dataclass
class Desk:
    window: MainWindow
    scheduler: ReminderScheduler
    chain: NotifierChain
    log: Path
    clock: FakeClock

    def at(self, hh: int, mm: int) -> None:
        """The clock reaches HH:MM on DAY and the scheduler wakes."""
        self.clock.set_local(DAY, time(hh, mm))
        self.scheduler.poll()


@contextmanager
def desk_with(
    paths: Sequence[NotificationPath],
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    profile: Profile,
) -> Iterator[Desk]:
    open_log(data_dir)
    take_yesterday(store, profile)
    scheduler = ReminderScheduler(store, clock, lambda: HOME_TZ)
    window = MainWindow(store, clock, data_dir, scheduler)
    chain = NotifierChain(paths)
    follow(chain, scheduler, window.show_from_tray)
    window.show()
    try:
        yield Desk(window, scheduler, chain, data_dir / LOG_FILE_NAME, clock)
    finally:
        scheduler.stop()
        chain.close()
        window.quitting = True
        window.close()
        window.deleteLater()
        close_log()


def take_yesterday(store: Store, profile: Profile) -> None:
    """Yesterday went well: no withdrawal alert joins today's reminders."""
    meds = store.medications(profile.id)
    versions = store.schedule_versions(m.id for m in meds)
    for dose in planned_doses(DAY - timedelta(days=1), profile.id, HOME_TZ, meds, versions):
        store.record_dose(dose, DoseStatus.TAKEN, dose.due)
