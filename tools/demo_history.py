"""A 90-day demo history for one person, and the README's report picture made from it.

The history: baclofen 5 mg three times a day, a titration to 20 mg, a prescriber's cut to
15 + 15 + 20 mg, mostly punctual doses with some late, skipped, missed and unanswered ones,
an extra dose, diary entries with side effects and one red flag, and stock counted and refilled.
The same seed always gives the same history.

    python tools/demo_history.py docs   # writes docs/report-page1.png and docs/charts.png
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from baclofen_companion.core.diary import DiaryDraft, Severity
from baclofen_companion.core.model import DoseForm, DoseSlot, DoseStatus, PlannedDose, Profile
from baclofen_companion.core.plans import PlanKind, build_titration
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.core.validation import MedicationDraft
from baclofen_companion.services.scheduler import AUTO_MISSED_NOTE
from baclofen_companion.store import Store, open_store

TZ = "Europe/London"
DAYS = 90
DEMO_DAY = date(2026, 11, 26)
DEMO_NOW = time(15, 10)
PERSON = "Robin"
SLOT_TIMES = (time(8), time(14), time(20))


class DemoClock:
    """A clock the generator moves, so every record carries a believable time."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def local(day: date, t: time, tz: str = TZ) -> datetime:
    return datetime.combine(day, t, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def build_demo(data_dir: Path, today: date = DEMO_DAY, now: time = DEMO_NOW, seed: int = 6) -> str:
    """Write the demo history into a new data file in ``data_dir``; returns the person's name.

    Doses run from ``today`` - 89 days up to ``now`` on ``today``.
    """
    rng = random.Random(seed)
    first = today - timedelta(days=DAYS - 1)
    clock = DemoClock(local(first, time(7)))
    store = open_store(data_dir, clock, lambda: TZ)
    try:
        _fill(store, clock, rng, first, today, local(today, now))
    finally:
        store.close()
    return PERSON


def _fill(
    store: Store, clock: DemoClock, rng: random.Random, first: date, today: date, end: datetime
) -> None:
    draft = MedicationDraft(
        "Baclofen", DoseForm.TABLET, 10.0, True, "May be taken with food or milk", max_daily_mg=80
    )
    profile, med = store.add_person_with_medicine(
        PERSON, TZ, draft, tuple(DoseSlot(t, 5.0) for t in SLOT_TIMES), first
    )
    titration_start = first + timedelta(days=20)
    steps = build_titration(
        medication=med,
        start=titration_start,
        slot_times=SLOT_TIMES,
        start_per_dose_mg=10,
        target_per_dose_mg=20,
        days_per_step=7,
        max_daily_mg=80,
    )
    store.save_plan(med.id, PlanKind.TITRATION, steps, {"demo": True})
    cut = first + timedelta(days=50)  # drowsy at 60 mg: the prescriber lowered the day doses
    store.add_schedule_version(
        med.id, cut, (DoseSlot(time(8), 15), DoseSlot(time(14), 15), DoseSlot(time(20), 20))
    )
    versions = store.schedule_versions([med.id])
    missed_pair = first + timedelta(days=55)  # two missed in a row, then confusion next day
    stock_count = first + timedelta(days=60)
    refill = today - timedelta(days=10)

    day = first
    while day <= today:
        for dose in planned_doses(day, profile.id, TZ, [med], versions):
            if dose.due > end:
                break
            _answer(store, clock, rng, dose, missed_pair)
        if day == first + timedelta(days=70):
            clock.at = local(day, time(23, 30))
            store.record_extra_dose(
                profile.id, med, 5.0, clock.at, "Night-time spasms woke me up", TZ
            )
        if day == stock_count:
            clock.at = local(day, time(9))
            store.stock.count(med, 90)
        if day == refill:
            clock.at = local(day, time(11))
            store.stock.refill(med, 150)
        _diary(store, clock, rng, profile, day, titration_start, cut, missed_pair, end)
        day += timedelta(days=1)
    clock.at = end


def _answer(
    store: Store,
    clock: DemoClock,
    rng: random.Random,
    dose: PlannedDose,
    missed_pair: date,
) -> None:
    if dose.slot_date == missed_pair and dose.slot_time >= time(14):
        clock.at = dose.due + timedelta(hours=4)
        store.record_dose(dose, DoseStatus.MISSED, note=AUTO_MISSED_NOTE, home_tz=TZ)
        return
    roll = rng.random()
    if roll < 0.82:
        taken = dose.due + timedelta(minutes=rng.randint(-15, 25))
    elif roll < 0.90:
        taken = dose.due + timedelta(minutes=rng.randint(40, 110))
    elif roll < 0.93:
        clock.at = dose.due + timedelta(minutes=20)
        store.record_dose(dose, DoseStatus.SKIPPED, note="Felt too sleepy", home_tz=TZ)
        return
    elif roll < 0.96:
        clock.at = dose.due + timedelta(hours=4)
        store.record_dose(dose, DoseStatus.MISSED, note=AUTO_MISSED_NOTE, home_tz=TZ)
        return
    else:
        return  # nobody answered (the computer was off)
    clock.at = taken
    store.record_dose(dose, DoseStatus.TAKEN, taken, home_tz=TZ)


def _diary(
    store: Store,
    clock: DemoClock,
    rng: random.Random,
    profile: Profile,
    day: date,
    titration_start: date,
    cut: date,
    missed_pair: date,
    end: datetime,
) -> None:
    at = local(day, time(21))
    if at > end or (rng.random() < 0.3 and day != missed_pair + timedelta(days=1)):
        return
    # Stiffness eases as the dose rises; pain follows more slowly.
    progress = min(1.0, max(0.0, (day - titration_start).days / 35))
    stiffness = round(7.5 - 4 * progress + rng.uniform(-1, 1))
    pain = round(6 - 2.5 * progress + rng.uniform(-1, 1))
    drowsy = None
    side_effects: tuple[str, ...] = ()
    if titration_start + timedelta(days=14) <= day < cut + timedelta(days=4):
        drowsy = Severity.MODERATE if day < cut else Severity.MILD
        side_effects = ("fatigue",) if rng.random() < 0.6 else ("fatigue", "dry_mouth")
    red_flags: tuple[str, ...] = ()
    note = ""
    if day == missed_pair + timedelta(days=1):
        red_flags = ("confusion",)
        stiffness += 2
        note = "Muddled and shaky this afternoon after missing two doses yesterday. Rang the GP."
    elif day == cut:
        note = "Prescriber lowered the morning and midday doses because of the drowsiness."
    clock.at = at
    store.diary.add(
        profile.id,
        DiaryDraft(
            at=at,
            tz=TZ,
            stiffness=max(0, min(10, stiffness)),
            pain=max(0, min(10, pain)),
            sleep=rng.randint(5, 8),
            drowsiness=drowsy,
            side_effects=side_effects,
            red_flags=red_flags,
            note=note,
        ),
    )


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from baclofen_companion.render.report import ReportRequest, write_report

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Baclofen Companion")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_demo(folder)
        clock = DemoClock(local(DEMO_DAY, DEMO_NOW))
        store = open_store(folder, clock, lambda: TZ)
        try:
            profile = store.profiles()[0]
            pdf = folder / "report.pdf"
            write_report(
                store,
                ReportRequest(
                    profile,
                    DEMO_DAY - timedelta(days=DAYS - 1),
                    DEMO_DAY,
                    "Is the drowsiness likely to fade?\nCan the evening dose be taken later?",
                ),
                pdf,
                clock.now(),
            )
            if "--keep-pdf" in sys.argv:
                shutil.copy(pdf, out / "report-demo.pdf")
            if shutil.which("pdftoppm"):
                prefix = folder / "page"
                subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(prefix)], check=True)
                pages = sorted(folder.glob("page*.png"))
                shutil.copy(pages[0], out / "report-page1.png")
                for i, page in enumerate(pages[1:], start=2):
                    if "--all-pages" in sys.argv:
                        shutil.copy(page, out / f"report-page{i}.png")
            else:
                print("pdftoppm not found (Debian: poppler-utils); no PNG made", file=sys.stderr)
            _charts_screenshot(store, clock, folder, out)
        finally:
            store.close()
    del app
    print(f"saved the report picture in {out}")
    return 0


def _charts_screenshot(store: Store, clock: DemoClock, folder: Path, out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from baclofen_companion.ui.shell.main_window import MainWindow

    window = MainWindow(store, clock, folder)
    window.resize(900, 1000)
    window.show()
    window.tabs.setCurrentWidget(window.charts_page)  # built on first show
    window.charts.choose_range(90)
    QApplication.processEvents()
    window.grab().save(str(out / "charts.png"))
    window.quitting = True
    window.close()


if __name__ == "__main__":
    sys.exit(main())
