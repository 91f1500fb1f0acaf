"""Every benchmark figure in one run, printed as a table against its goal (see BENCHMARKS.md).

Run through benchmarks/run. Cold start and memory are measured in fresh subprocesses (median of
several runs, a bare PySide6 window and the app alternating); the view and scheduler figures in
this process, on an offscreen QApplication, over generated histories. Each figure is taken on the
schema as it is and on a copy with the indexes BENCHMARKS.md proposes; where the schema as it is
takes minutes, the figure stops at a deadline and says so.
"""

from __future__ import annotations

import argparse
import faulthandler
import inspect
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
faulthandler.enable()  # a crash in Qt then says where, instead of ending the run silently
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate_history  # noqa: E402

# Indexes BENCHMARKS.md proposes (schema v4 has the first two; an older schema is measured
# with and without them): the per-row "edited" lookup, "last dose taken", and a partial index
# of live doses that counting the dose log reads alone.
PROPOSED_INDEXES = (
    "CREATE INDEX IF NOT EXISTS dose_event_audit_by_event ON dose_event_audit (event_id)",
    "CREATE INDEX IF NOT EXISTS dose_events_taken_by_med ON dose_events (medication_id, taken_utc)"
    " WHERE status = 'taken' AND voided_utc IS NULL",
    "CREATE INDEX IF NOT EXISTS dose_events_live_by_day"
    " ON dose_events (profile_id, slot_date, slot_time) WHERE voided_utc IS NULL",
)
AS_IS = "schema as is"
INDEXED = "with the proposed indexes"
SLOW = "schema as is (no audit index)"
SLOW_LIMIT_S = 30.0


@dataclass
class Figure:
    name: str
    value: str
    goal: str = ""
    met: bool | None = None
    note: str = ""


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)

    def add(self, figure: Figure) -> None:
        self.figures.append(figure)
        verdict = {True: "ok", False: "MISSED", None: ""}[figure.met]
        print(f"  {figure.name:<62} {figure.value:>26}  {figure.goal:<8} {verdict}", flush=True)
        if figure.note:
            print(f"      {figure.note}", flush=True)

    def markdown(self) -> str:
        lines = ["| Figure | Measured | Goal | Met |", "|---|---:|---|---|"]
        for f in self.figures:
            verdict = {True: "yes", False: "**no**", None: "—"}[f.met]
            note = f" <br>*{f.note}*" if f.note else ""
            lines.append(f"| {f.name}{note} | {f.value} | {f.goal or '—'} | {verdict} |")
        return "\n".join(lines)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def spread(samples: list[float]) -> str:
    return f"median {ms(statistics.median(samples))}, max {ms(max(samples))}"


class TooSlowError(Exception):
    """A measurement stopped at its deadline."""


@contextmanager
def deadline(conn: sqlite3.Connection, seconds: float = SLOW_LIMIT_S) -> Iterator[None]:
    """Interrupt SQLite after ``seconds``: the schema as it is needs minutes for some figures."""
    stop = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > stop), 10_000)
    try:
        yield
    except sqlite3.OperationalError as err:
        if "interrupted" not in str(err):
            raise
        raise TooSlowError(f"> {seconds:.0f} s (stopped)") from err
    finally:
        conn.set_progress_handler(None, 0)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6

    return (
        f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
        f"SQLite {sqlite3.sqlite_version}"
    )


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def index_names(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        conn.close()


def proposed_missing(db: Path) -> list[str]:
    names = index_names(db)
    return [
        s.split("EXISTS ")[1].split()[0]
        for s in PROPOSED_INDEXES
        if s.split("EXISTS ")[1].split()[0] not in names
    ]


def with_indexes(source: Path, target: Path) -> Path:
    """A copy of a history with the proposed indexes (what a migration would add)."""
    shutil.copytree(source, target)
    conn = sqlite3.connect(target / "companion.db")
    for statement in PROPOSED_INDEXES:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return target


@dataclass
class FakeClock:
    instant: datetime

    def now(self) -> datetime:
        return self.instant


def open_history(history: Path, clock: FakeClock) -> Any:
    from baclofen_companion.store import open_store

    return open_store(history, clock)


# -- cold start and memory, in subprocesses ----------------------------------------------------


@contextmanager
def xvfb() -> Iterator[str]:
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def probe(args: list[str], env: dict[str, str], limit: float) -> tuple[float, int]:
    """(seconds from spawn to first paint, peak RSS in KB then) of one probe.py run."""
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, str(HERE / "probe.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        out, _ = child.communicate(timeout=limit)
    except subprocess.TimeoutExpired as err:
        child.kill()
        child.communicate()
        raise TooSlowError(f"> {limit:.0f} s (no paint)") from err
    words = out.split()
    if len(words) != 3 or words[0] != "painted":
        raise RuntimeError(f"probe {args} printed {out!r} (exit {child.returncode})")
    return float(words[1]) - started, int(words[2])


def cold_start(
    history: Path, work: Path, env: dict[str, str], runs: int, limit: float
) -> dict[str, list[tuple[float, int]]]:
    """Runs of the bare window and of the app, alternating, after one warm-up run of each."""
    samples: dict[str, list[tuple[float, int]]] = {"bare": [], "app": []}
    for i in range(runs + 1):
        for kind in ("bare", "app"):
            args = ["bare"]
            data = work / f"start-{i}"
            if kind == "app":
                shutil.copytree(history, data)  # the app may write (log, reminders): fresh each run
                args = ["app", str(data)]
            try:
                measured = probe(args, env, limit)
            finally:
                shutil.rmtree(data, ignore_errors=True)
            if i > 0:
                samples[kind].append(measured)
    return samples


def start_figures(
    report: Report,
    label: str,
    history: Path,
    work: Path,
    env: dict[str, str],
    runs: int,
    limit: float = 120.0,
) -> None:
    try:
        samples = cold_start(history, work, env, runs, limit)
    except TooSlowError as slow:
        report.add(Figure(f"Cold start to first paint, {label}", str(slow), "≤ 1.3×", False))
        return
    bare_s = statistics.median(s for s, _ in samples["bare"])
    app_s = statistics.median(s for s, _ in samples["app"])
    bare_mb = statistics.median(kb for _, kb in samples["bare"]) / 1024
    app_mb = statistics.median(kb for _, kb in samples["app"]) / 1024
    ratio = app_s / bare_s
    report.add(
        Figure(
            f"Cold start to first paint, {label}",
            f"{app_s:.3f} s = {ratio:.2f}×",
            "≤ 1.3×",
            ratio <= 1.3,
            f"bare PySide6 QMainWindow {bare_s:.3f} s; medians of {runs} runs each",
        )
    )
    mem = app_mb / bare_mb
    report.add(
        Figure(
            f"Peak memory at first paint, {label}",
            f"{app_mb:.1f} MB = {mem:.2f}×",
            "≤ 1.5×",
            mem <= 1.5,
            f"bare QMainWindow {bare_mb:.1f} MB (VmHWM, the peak RSS ru_maxrss reports)",
        )
    )


# -- views and the scheduler, in this process ------------------------------------------------


def discard(widget: Any) -> None:
    """Close and really delete a widget now (deleteLater alone waits for an event loop)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def settled(action: Callable[[], object]) -> float:
    """Seconds for ``action`` and the layout and paint it causes."""
    from PySide6.QtWidgets import QApplication

    started = time.perf_counter()
    action()
    QApplication.processEvents()
    return time.perf_counter() - started


def today_figures(report: Report, label: str, history: Path) -> None:
    """TodayView: a build (the second in the process) and 60 day switches, with paint."""
    from PySide6.QtWidgets import QApplication

    from baclofen_companion.ui.today.view import TodayView
    from baclofen_companion.ui.widgets.context import ViewContext

    clock = FakeClock(datetime.now(UTC))
    store = open_history(history, clock)
    profile = store.profiles()[0]
    views: list[TodayView] = []

    def build() -> None:
        view = TodayView(ViewContext.alone(store, clock, profile))
        view.resize(800, 600)
        view.show()
        view.go_to_today()
        views.append(view)

    switches: list[float] = []
    try:
        with deadline(store.conn):
            # The first view in a process also pays Qt's one-time style and font set-up (at
            # start-up that falls inside the cold-start figure); the second is what is measured.
            first = settled(build)
            discard(views.pop())  # gone before the one measured is built
            built = settled(build)
            for step in [-1] * 30 + [1] * 30:
                switches.append(settled(lambda s=step: views[-1].shift_day(s)))  # type: ignore[misc]
    except TooSlowError as slow:
        if not switches:
            report.add(Figure(f"Today view: build, {label}", str(slow), "< 16 ms", False))
            return
    finally:
        for view in views:
            view.close()
            view.deleteLater()
        QApplication.processEvents()
        store.close()
    report.add(
        Figure(
            f"Today view: build, {label}",
            ms(built),
            "< 16 ms",
            built < 0.016,
            f"the first in a process: {ms(first)}",
        )
    )
    report.add(
        Figure(
            f"Today view: day switch (shift_day), {label}",
            spread(switches),
            "< 16 ms",
            statistics.median(switches) < 0.016,
            f"{len(switches)} switches, each with its layout and paint",
        )
    )


def log_figures(report: Report, label: str, history: Path, pages: int) -> None:
    """DoseLogView over one person's ~100 000 doses: open, all history, scroll, deep pages."""
    from PySide6.QtWidgets import QApplication

    from baclofen_companion.store import DoseLogFilter
    from baclofen_companion.ui.doses.log import PAGE_SIZE, DoseLogView
    from baclofen_companion.ui.widgets.context import ViewContext

    clock = FakeClock(datetime.now(UTC))
    store = open_history(history, clock)
    profile = store.profiles()[0]
    flt = DoseLogFilter(profile.id)
    rows = store.count_log(flt)
    if label == SLOW:
        # Every page of the log costs seconds here; its queries alone tell the story.
        try:
            with deadline(store.conn):
                started = time.perf_counter()
                store.log_page(flt, 0, PAGE_SIZE)
                first_page = time.perf_counter() - started
            report.add(
                Figure(
                    f"Dose log: fetch one page of {PAGE_SIZE} rows (of {rows:,}), {label}",
                    ms(first_page),
                    "< 50 ms",
                    first_page < 0.05,
                    "opening, showing all history and each scroll step each fetch pages",
                )
            )
        except TooSlowError as slow:
            report.add(Figure(f"Dose log: fetch one page, {label}", str(slow), "< 50 ms", False))
        store.close()
        return

    views: list[DoseLogView] = []

    def open_log() -> None:
        view = DoseLogView(ViewContext.alone(store, clock, profile))
        view.resize(820, 560)
        view.show()
        view.reload_medicines()  # what the main window does when it fills its tabs
        views.append(view)

    first = settled(open_log)
    discard(views.pop())  # gone before the one measured is opened
    opened = settled(open_log)
    view = views[-1]
    default_range = view.range.currentText().lower()
    everything = view.range.findText("All history")
    shown = settled(lambda: view.range.setCurrentIndex(everything))
    bar = view.table.verticalScrollBar()
    scroll = [settled(lambda: bar.setValue(bar.maximum())) for _ in range(pages)]
    fetched = view.model.rowCount()
    deep: dict[int, float] = {}
    keyset: dict[int, float] = {}
    by_key = "after" in inspect.signature(store.log_page).parameters
    for offset in (10_000, 50_000, rows - PAGE_SIZE):
        if 0 <= offset < rows:
            started = time.perf_counter()
            store.log_page(flt, offset, PAGE_SIZE)
            deep[offset] = time.perf_counter() - started
            if by_key:  # what fetchMore asks once the rows before are loaded
                [last] = store.log_page(flt, offset - 1, 1)
                started = time.perf_counter()
                store.log_page(flt, offset, PAGE_SIZE, after=last)
                keyset[offset] = time.perf_counter() - started
    for each in views:
        each.close()
        each.deleteLater()
    QApplication.processEvents()
    store.close()

    report.add(
        Figure(
            f"Dose log: open ({default_range}), {label}",
            ms(opened),
            "< 50 ms",
            opened < 0.05,
            f"build, fill, show and paint; the first in a process: {ms(first)}",
        )
    )
    report.add(
        Figure(
            f"Dose log: show all history ({rows:,} rows), {label}",
            ms(shown),
            "< 50 ms",
            shown < 0.05,
        )
    )
    report.add(
        Figure(
            f"Dose log: scroll on by one page of {PAGE_SIZE} rows, {label}",
            spread(scroll),
            "< 50 ms",
            max(scroll) < 0.05,
            f"{len(scroll)} pages fetched as the table scrolled ({fetched:,} rows loaded)",
        )
    )
    for offset, seconds in deep.items():
        report.add(
            Figure(
                f"Dose log: fetch the page at row {offset:,} (OFFSET paging), {label}",
                ms(seconds),
                "< 50 ms",
                seconds < 0.05,
            )
        )
    for offset, seconds in keyset.items():
        report.add(
            Figure(
                f"Dose log: fetch the page at row {offset:,} (keyset paging), {label}",
                ms(seconds),
                "< 50 ms",
                seconds < 0.05,
                "what scrolling asks for, from the last row shown",
            )
        )


def wake_figures(report: Report, label: str, history: Path) -> None:
    """Timer wakes in one idle hour with nothing due, the scheduler driven by a fake clock
    that steps by the delay the scheduler itself armed (as tests/services' Harness does)."""
    from baclofen_companion.services.scheduler import ReminderScheduler

    tz = "Europe/London"
    today = datetime.now(UTC).astimezone(ZoneInfo(tz)).date()
    # 00:30–01:30 London: every dose of the day before is answered; none is due till 07:00.
    start = datetime.combine(today, datetime.min.time(), ZoneInfo(tz)) + timedelta(minutes=30)
    clock = FakeClock(start.astimezone(UTC))
    mono = [1000.0]
    store = open_history(history, clock)
    scheduler = ReminderScheduler(store, clock, lambda: tz, lambda: mono[0])
    costs: list[float] = []
    try:
        with deadline(store.conn, SLOW_LIMIT_S * 2):
            started = time.perf_counter()
            delay = scheduler.poll()
            costs.append(time.perf_counter() - started)
            first = scheduler.wakes
            end = clock.instant + timedelta(hours=1)
            while clock.instant + timedelta(milliseconds=delay) <= end:
                clock.instant += timedelta(milliseconds=delay)
                mono[0] += delay / 1000
                started = time.perf_counter()
                delay = scheduler.poll()
                costs.append(time.perf_counter() - started)
    except TooSlowError as slow:
        report.add(Figure(f"Timer wake-ups in an idle hour, {label}", f"one wake {slow}"))
        return
    finally:
        scheduler.stop()
        store.close()
    wakes = scheduler.wakes - first
    report.add(
        Figure(
            f"Timer wake-ups in an idle hour, {label}",
            f"{wakes}",
            "≤ 60",
            wakes <= 60,
            f"each wake costs {spread(costs)} of work (CPU)",
        )
    )


def backup_figures(report: Report, history: Path, work: Path) -> None:
    from baclofen_companion.store import backups as bk
    from baclofen_companion.store.recovery import newest_good_backup

    data = work / "backups-data"
    shutil.copytree(history, data)
    clock = FakeClock(datetime.now(UTC))
    store = open_history(data, clock)
    started = time.perf_counter()
    bk.backup_if_due(store, data, clock)
    made = time.perf_counter() - started
    store.close()
    for _ in range(11):  # eleven more days of starts: rotation has work to do
        clock.instant += timedelta(days=1)
        store = open_history(data, clock)
        bk.backup_if_due(store, data, clock)
        store.close()
    started = time.perf_counter()
    listed = bk.list_backups(data)
    listing = time.perf_counter() - started
    started = time.perf_counter()
    good = newest_good_backup(data)
    checking = time.perf_counter() - started
    assert good is not None
    started = time.perf_counter()
    bk.restore_backup(data, listed[-1].path, clock)
    restoring = time.perf_counter() - started
    size = (data / "companion.db").stat().st_size / 1e6
    shutil.rmtree(data)
    report.add(Figure(f"Daily backup (SQLite backup API, {size:.0f} MB file)", ms(made)))
    report.add(Figure(f"List {len(listed)} backups with their counts", ms(listing)))
    report.add(Figure("Find the newest good backup (integrity check)", ms(checking)))
    report.add(Figure("Restore a backup, after saving the current file", ms(restoring)))


def export_figures(report: Report, history: Path, work: Path) -> None:
    """CSV export of one person's whole dose history, and the 90-day appointment report."""
    from baclofen_companion.ops.export import ExportKind, export
    from baclofen_companion.render.report import ReportRequest, write_report

    clock = FakeClock(datetime.now(UTC))
    store = open_history(history, clock)
    profile = store.profiles()[0]
    out = work / "doses.csv"
    runs: list[float] = []
    for _ in range(5):
        started = time.perf_counter()
        table = export(store, ExportKind.DOSES, profile, out)
        runs.append(time.perf_counter() - started)
    exporting = statistics.median(runs)
    rows, size = len(table.rows), out.stat().st_size / 1e6
    today = clock.now().date()
    request = ReportRequest(profile, today - timedelta(days=89), today)
    started = time.perf_counter()
    result = write_report(store, request, work / "report.pdf", clock.now())
    reporting = time.perf_counter() - started
    store.close()
    report.add(
        Figure(
            f"CSV export: all doses of one person ({rows:,} rows, {size:.1f} MB)",
            ms(exporting),
            "< 200 ms",
            exporting < 0.2,
            f"median of {len(runs)}: read, build, encode and write (synced); {spread(runs)}",
        )
    )
    report.add(Figure(f"PDF appointment report, 90 days ({result.pages} pages)", ms(reporting)))


class Watchdog:
    """A timer due every 5 ms on the GUI thread; the longest gap between its firings is the
    longest the event loop (reminders, the tray, repaint) was held up."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._fired)
        self.last = self.worst = 0.0

    def _fired(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def watch(self, start: Callable[[], object], finished: Any, limit_s: float = 300.0) -> float:
        """Longest gap while ``start`` runs from the event loop and until ``finished`` fires."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        finished.connect(loop.quit)
        QTimer.singleShot(int(limit_s * 1000), loop.quit)
        QTimer.singleShot(0, start)
        self.last, self.worst = time.perf_counter(), 0.0
        self.timer.start()
        started = time.perf_counter()
        loop.exec()
        self.timer.stop()
        finished.disconnect(loop.quit)
        self._fired()
        if time.perf_counter() - started >= limit_s:
            raise TooSlowError(f"> {limit_s:.0f} s")
        return self.worst


def stall_figures(report: Report, history: Path, work: Path) -> None:
    """The longest event-loop stall while the slow work runs from its dialog, against the same
    work done on the GUI thread as it was before it moved onto the task runner."""
    from PySide6.QtWidgets import QWidget

    from baclofen_companion.ops.export import ExportKind, export
    from baclofen_companion.render.report import ReportRequest, write_report
    from baclofen_companion.services.tasks import runner
    from baclofen_companion.store import backups as bk
    from baclofen_companion.ui.files.export_dialog import ExportDialog
    from baclofen_companion.ui.files.report_dialog import ReportDialog
    from baclofen_companion.ui.files.restore_dialog import BackupTimer, RestoreDialog
    from baclofen_companion.ui.widgets.common import to_qdate

    data = work / "stall-data"
    shutil.copytree(history, data)
    clock = FakeClock(datetime.now(UTC))
    store = open_history(data, clock)
    profile = store.profiles()[0]
    today = datetime.now(UTC).astimezone(ZoneInfo(profile.home_tz)).date()
    first = today - timedelta(days=3650)
    parent = QWidget()
    watchdog = Watchdog()
    figures: list[tuple[str, float, float]] = []

    # The 10-year report.
    started = time.perf_counter()
    write_report(store, ReportRequest(profile, first, today), work / "sync.pdf", clock.now())
    on_gui = time.perf_counter() - started
    dialog = ReportDialog(store, clock, profile, parent)
    dialog.first.setDate(to_qdate(first))
    dialog.path.setText(str(work / "report.pdf"))
    stall = watchdog.watch(dialog.save_button.click, dialog.tasks.finished)
    assert dialog.saved is not None, dialog.error.text()
    figures.append(("a 10-year appointment report is written", stall, on_gui))

    # The full dose export.
    started = time.perf_counter()
    export(store, ExportKind.DOSES, profile, work / "sync.csv")
    on_gui = time.perf_counter() - started
    exporter = ExportDialog(store, clock, parent, profile, folder=work)
    exporter.doses.setChecked(True)
    exporter.first_day.setDate(exporter.first_day.date().addYears(-40))
    stall = watchdog.watch(exporter.export_button.click, exporter.tasks.finished)
    assert exporter.outcome.text().startswith("✔"), exporter.error.text()
    figures.append(("all of one person's doses are exported", stall, on_gui))

    # The daily backup (a day passes between each, so each is due).
    started = time.perf_counter()
    bk.backup_if_due(store, data, clock)
    on_gui = time.perf_counter() - started
    clock.instant += timedelta(days=1)
    timer = BackupTimer(store, data, clock, parent)
    stall = watchdog.watch(timer.check, timer.tasks.finished)
    figures.append(("the daily backup is made", stall, on_gui))

    # A restore (the window's Store is closed meanwhile and opened again after).
    oldest = bk.list_backups(data)[-1].path
    store.close()
    started = time.perf_counter()
    bk.restore_backup(data, oldest, clock)
    on_gui = time.perf_counter() - started

    class Confirmed(RestoreDialog):
        def confirm(self, backup: Any) -> bool:
            return True

    started = time.perf_counter()
    count = len(bk.list_backups(data))
    listing = time.perf_counter() - started
    opened: list[Any] = []
    holder: list[Any] = []

    def open_dialog() -> None:
        holder.append(
            Confirmed(
                data, clock, lambda: None, lambda: opened.append(open_history(data, clock)), parent
            )
        )

    stall = watchdog.watch(open_dialog, runner().finished)  # the listing's task
    restorer = holder[0]
    figures.append((f"the restore dialog lists {count} backups with their counts", stall, listing))
    restorer.select(oldest)
    stall = watchdog.watch(restorer.restore_selected, restorer.tasks.finished)
    assert restorer.outcome is not None, restorer.error.text()
    figures.append(("a backup is restored (integrity check included)", stall, on_gui))
    for each in opened:
        each.close()
    parent.deleteLater()
    shutil.rmtree(data, ignore_errors=True)

    for what, stall, on_gui in figures:
        report.add(
            Figure(
                f"Longest event-loop stall while {what}",
                f"{ms(stall)} = {stall / on_gui:.2f}×",
                "< 50 ms",
                stall < 0.05,
                f"done on the GUI thread instead (as before): a {ms(on_gui)} stall",
            )
        )


# -- the run ----------------------------------------------------------------------------------


def subprocess_env(work: Path, display: str | None) -> dict[str, str]:
    env = dict(os.environ)
    # Like an installed app, both sides start from cached bytecode (kept out of the checkout).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    if display:
        env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="cold-start runs of each (median)")
    parser.add_argument("--pages", type=int, default=25, help="dose log pages to scroll")
    parser.add_argument("--xvfb", action="store_true", help="also cold-start on a real X server")
    parser.add_argument("--markdown", action="store_true", help="also print a Markdown table")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="baclofen-bench-"))
    report = Report()
    try:
        print(f"Machine: {machine()}")
        print(f"Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; load average {load()}")
        print(f"Command: benchmarks/run {' '.join(argv if argv is not None else sys.argv[1:])}")
        print("Generating histories…", flush=True)
        three = work / "three-people"
        made = generate_history.generate(three, 10, 3, seed=1)
        one = work / "one-person"
        made_one = generate_history.generate(one, 30, 1, seed=2)
        print(
            f"  10 years, 3 people: {made['events']:,.0f} dose events, "
            f"{made['audit_rows']:,.0f} audit rows, {made['megabytes']:.1f} MB, written in "
            f"{made['seconds']:.1f} s. Diary entries: {made['diary']:,.0f}."
        )
        print(
            f"  30 years, 1 person (~100 000 rows in one person's dose log): "
            f"{made_one['events']:,.0f} dose events, {made_one['megabytes']:.1f} MB."
        )
        missing = proposed_missing(three / "companion.db")
        # Without the audit index some figures take minutes: those stop at a deadline.
        slow_schema = "dose_event_audit_by_event" in missing
        variants = [(SLOW if slow_schema else AS_IS, three, one)]
        if missing:
            print(f"  Proposed indexes the schema lacks: {', '.join(missing)}.")
            variants.append(
                (
                    INDEXED,
                    with_indexes(three, work / "three-indexed"),
                    with_indexes(one, work / "one-indexed"),
                )
            )
        else:
            print("  (The schema has every proposed index.)")

        print("Figures:", flush=True)
        env = subprocess_env(work, None)
        for label, history, _ in variants:
            # The schema as it is may not paint within minutes: one run, with a limit.
            slow = label == SLOW
            start_figures(
                report,
                f"offscreen, {label}",
                history,
                work,
                env,
                1 if slow else args.runs,
                60.0 if slow else 120.0,
            )
        if args.xvfb and shutil.which("Xvfb"):
            with xvfb() as display:
                start_figures(
                    report,
                    f"Xvfb, {variants[-1][0]}",
                    variants[-1][1],
                    work,
                    subprocess_env(work, display),
                    args.runs,
                )

        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["benchmarks"])
        for label, history, single in variants:
            today_figures(report, label, history)
            log_figures(report, label, single, args.pages)
            wake_figures(report, label, history)
        backup_figures(report, variants[-1][1], work)
        export_figures(report, variants[-1][1], work)
        stall_figures(report, variants[-1][1], work)
        del app
        if args.markdown:
            print()
            print(report.markdown())
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"Load average at the end: {load()} (other work on the machine skews every figure)")
    missed = [f.name for f in report.figures if f.met is False]
    print(f"{len(missed)} goal(s) missed." if missed else "Every goal met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
