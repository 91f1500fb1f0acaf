"""What SQLite's checks cost on a 10-year history: the quick check every start runs before
anything is written, the full integrity check each daily backup runs, and the whole open.

Usage: python benchmarks/data_checks.py [--years 10] [--runs 5]
Prints the median of ``runs`` of each (the file is in the page cache after the first).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from baclofen_companion.core.clock import SystemClock
from baclofen_companion.store import open_store


def median_ms(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def pragma(path: Path, name: str) -> Callable[[], object]:
    def run() -> object:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute(f"PRAGMA {name}").fetchall()
        finally:
            conn.close()

    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        generator = Path(__file__).with_name("generate_history.py")
        subprocess.run(
            [sys.executable, str(generator), str(data_dir), "--years", str(args.years)],
            check=True,
            capture_output=True,
        )
        path = data_dir / "companion.db"
        size = path.stat().st_size / 1e6
        print(f"{args.years}-year history, companion.db {size:.1f} MB, median of {args.runs}:")
        quick = median_ms(args.runs, pragma(path, "quick_check"))
        print(f"  PRAGMA quick_check (every start)          {quick:7.0f} ms")
        full = median_ms(args.runs, pragma(path, "integrity_check"))
        print(f"  PRAGMA integrity_check (each backup)      {full:7.0f} ms")
        opened = median_ms(args.runs, lambda: open_store(data_dir, SystemClock()).close())
        print(f"  open_store, quick check included          {opened:7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
