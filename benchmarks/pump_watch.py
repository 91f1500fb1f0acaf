"""What the pump watch and the driving caution add to every scheduler wake, on a generated
10-year history (prints figures; asserts nothing).

    python benchmarks/pump_watch.py [years] [people]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate_history  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from baclofen_companion.core.driving import driving_cautions  # noqa: E402
from baclofen_companion.core.pump import Pump  # noqa: E402
from baclofen_companion.core.schedule import local_date  # noqa: E402
from baclofen_companion.ops import pump as pump_ops  # noqa: E402
from baclofen_companion.ops.days import person_plan  # noqa: E402
from baclofen_companion.services.pump_watch import PumpWatch  # noqa: E402
from baclofen_companion.store import open_store  # noqa: E402
from baclofen_companion.ui.shell.pump_banner import PumpWithdrawalBanner  # noqa: E402


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


def median_ms(work: object, runs: int = 30) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    years = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    people = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        generate_history.generate(data, years, people, 7)
        clock = Clock(datetime.now(UTC))
        store = open_store(data, clock, lambda: "Europe/London")
        profiles = store.profiles()
        for profile in profiles:
            today = local_date(clock.now(), profile.home_tz)
            pump_ops.save(
                store,
                Pump(
                    profile.id,
                    "Clinic",
                    "0161",
                    "500 mcg/mL",
                    "150 mcg/day",
                    today - timedelta(days=1),
                ),
            )
            for months in range(years * 12):
                when = clock.now() - timedelta(days=30 * (months + 1))
                pump_ops.record_refill(store, profile.id, when, None)
        watch = PumpWatch(store)
        sent: list[str] = []
        watch.check(clock.now(), lambda t, b, u: sent.append(t))
        banner = PumpWithdrawalBanner(store, lambda: None)

        def driving() -> None:
            for profile in profiles:
                plan = person_plan(store, profile)
                driving_cautions(plan.medications, plan.versions, local_date(clock.now(), "UTC"))

        print(f"{years} years, {len(profiles)} people, {years * 12} refills each")

        def quiet_wake() -> None:
            watch.check(clock.now(), lambda t, b, u: None)

        print(f"pump watch per wake (nothing new to send): {median_ms(quiet_wake):.2f} ms")
        print(
            f"pump withdrawal banner reload: {median_ms(lambda: banner.reload(clock.now())):.2f} ms"
        )
        print(f"driving caution, every person: {median_ms(driving):.2f} ms")
        store.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
