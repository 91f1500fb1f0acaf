"""Render the main window at a fixed moment and save PNGs for the README.

Run under a real X display so fonts and styles match a desktop:
    Xvfb :99 -screen 0 1280x900x24 & DISPLAY=:99 QT_QPA_PLATFORM=xcb python tools/screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from baclofen_companion.core.model import DoseForm, DoseSlot, DoseStatus, TravelMode
from baclofen_companion.core.plans import PlanKind, build_titration
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.services.scheduler import ReminderScheduler
from baclofen_companion.store import open_store
from baclofen_companion.ui.shell.i18n import install_language, uninstall_language
from baclofen_companion.ui.shell.main_window import MainWindow
from baclofen_companion.ui.shell.theme import Theme, apply_theme

TZ = "Europe/London"
DAY = date(2026, 11, 26)


class FixedClock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Baclofen Companion")
    clock = FixedClock(datetime.combine(DAY, time(15, 10), ZoneInfo(TZ)).astimezone(UTC))
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp), clock, lambda: TZ)
        draft = MedicationDraft(
            "Baclofen", DoseForm.TABLET, 10.0, True, "May be taken with food", max_daily_mg=80.0
        )
        slots = (DoseSlot(time(8), 5.0), DoseSlot(time(14), 5.0), DoseSlot(time(20), 5.0))
        profile, med = store.add_person_with_medicine("Sam", TZ, draft, slots, DAY - timedelta(7))
        # The label's titration, started three days ago: today is day 4, step 2.
        steps = build_titration(
            medication=med,
            start=DAY - timedelta(days=3),
            slot_times=[s.time for s in slots],
            start_per_dose_mg=5,
            target_per_dose_mg=20,
            max_daily_mg=80,
        )
        store.save_plan(med.id, PlanKind.TITRATION, steps, {"label default": True})
        versions = store.schedule_versions([med.id])
        for offset in range(1, 4):
            for dose in planned_doses(DAY - timedelta(offset), profile.id, TZ, [med], versions):
                store.record_dose(dose, DoseStatus.TAKEN, dose.due + timedelta(minutes=7))
        morning = planned_doses(DAY, profile.id, TZ, [med], versions)[0]
        store.record_dose(morning, DoseStatus.TAKEN, morning.due + timedelta(minutes=12))
        store.stock.count(med, 42)
        store.trips.save(
            profile.id,
            clock.now() + timedelta(days=4),
            clock.now() + timedelta(days=14),
            "Asia/Tokyo",
            TravelMode.LOCAL_TIME,
            3,
        )
        scheduler = ReminderScheduler(store, clock, lambda: TZ)
        window = MainWindow(store, clock, Path(tmp), scheduler)
        window.resize(820, 640)
        window.show()
        scheduler.poll()  # the 14:00 dose is overdue: the banner shows it
        scheduler.stop()
        app.processEvents()
        window.grab().save(str(out / "today.png"))
        window.tabs.setCurrentWidget(window.log_page)
        app.processEvents()
        window.grab().save(str(out / "dose-log.png"))
        window.tabs.setCurrentWidget(window.medicines_page)
        app.processEvents()
        window.grab().save(str(out / "medicines.png"))
        window.tabs.setCurrentWidget(window.travel_page)  # the saved trip fills the form
        window.travel.calculate()
        window.resize(820, 760)
        app.processEvents()
        window.grab().save(str(out / "travel.png"))
        window.resize(820, 640)
        window.tabs.setCurrentWidget(window.today)
        apply_theme(app, Theme.DARK)
        app.processEvents()
        window.grab().save(str(out / "today-dark.png"))
        apply_theme(app, Theme.SYSTEM)
        window.quitting = True
        window.close()
        # Large text as a person sets it: before the window is built, not while it shows.
        original = QFont(app.font())
        font = QFont(original)
        font.setPointSizeF(font.pointSizeF() * 2)
        app.setFont(font)
        window = MainWindow(store, clock, Path(tmp))
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        window.grab().save(str(out / "today-200.png"))
        window.quitting = True
        window.close()
        app.setFont(original)
        # The German translation, as Settings → Language → Deutsch gives after a restart.
        german = install_language(app, "de")
        window = MainWindow(store, clock, Path(tmp))
        window.resize(820, 640)
        window.show()
        app.processEvents()
        window.grab().save(str(out / "today-de.png"))
        uninstall_language(app, german)
        window.quitting = True
        window.close()
        store.close()
    print(f"saved screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
