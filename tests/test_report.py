"""The appointment report: the PDF of the 90-day demo, File → Appointment report…, and
`baclofen-companion report` run as a person runs it, headless."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QAction, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.cli.report import needs_offscreen, report_command
from baclofen_companion.core.model import DoseSlot, Profile
from baclofen_companion.ops.days import person_plan
from baclofen_companion.ops.doses import take
from baclofen_companion.ops.history import load_history
from baclofen_companion.render.chart_kit import print_palette
from baclofen_companion.render.report import ReportRequest, write_report
from baclofen_companion.render.trend_chart import paint_trend
from baclofen_companion.store import Store, open_store
from baclofen_companion.ui.files.report_dialog import ReportDialog
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import BACLOFEN, DAY, HOME_TZ, FakeClock, require
from tests.storage_faults import fill, small_disk
from tests.ui.helpers import button, combo, field, label, record_threads, when_dialog_opens
from tools.demo_history import build_demo, local

NOW = time(15, 10)
FIRST = DAY - timedelta(days=89)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 90-day demo history ending on DAY at 15:10 (built once: it takes a few seconds)."""
    folder = tmp_path_factory.mktemp("demo")
    assert build_demo(folder, DAY, NOW) == "Robin"
    return folder


@pytest.fixture
def demo_clock() -> FakeClock:
    return FakeClock(local(DAY, NOW))


@pytest.fixture
def demo_store(demo: Path, demo_clock: FakeClock) -> Iterator[Store]:
    opened = open_store(demo, demo_clock, lambda: HOME_TZ)
    yield opened
    opened.close()


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def pdf_text(path: Path) -> str:
    require(shutil.which("pdftotext") is not None, "pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_the_demo_report(
    qapp: QApplication, demo_store: Store, demo_clock: FakeClock, tmp_path: Path
) -> None:
    robin = demo_store.profiles()[0]
    questions = "Is the drowsiness likely to fade?\nCan the evening dose move to 21:00?"
    result = write_report(
        demo_store,
        ReportRequest(robin, FIRST, DAY, questions),
        tmp_path / "robin",  # .pdf is added
        demo_clock.now(),
    )
    assert result.path == tmp_path / "robin.pdf"
    data = result.path.read_bytes()
    assert data.startswith(b"%PDF")
    assert page_count(data) == result.pages >= 2
    assert not list(tmp_path.glob(".*partial"))  # written to a temporary name, then renamed
    text = pdf_text(result.path)
    for expected in (
        "Appointment report: Robin",
        "Current plan",
        "15 + 15 + 20 mg a day",
        "10 mg three times a day → 15 mg three times a day (step 2 of 3)",
        "20 mg three times a day → 15 + 15 + 20 mg a day",
        "Stiffness, pain and baclofen",
        "doses taken (",
        "on time",
        "not answered",
        "RED FLAG",
        "Confusion",
        "get urgent medical help now",
        "Tiredness (fatigue)",
        "Night-time spasms woke me up",  # the extra dose and its reason
        "tablets on hand",
        "Supply:",
        "Questions for my doctor",
        "Can the evening dose move to 21:00?",
        f"page 1 of {result.pages}",
    ):
        assert expected in " ".join(text.split()) or expected in text, expected


def test_a_report_with_nothing_in_it(
    qapp: QApplication, store: Store, clock: FakeClock, tmp_path: Path
) -> None:
    sam = store.add_profile("Sam", HOME_TZ)
    result = write_report(store, ReportRequest(sam, DAY, DAY), tmp_path / "a.pdf", clock.now())
    assert result.pages == 1
    text = " ".join(pdf_text(result.path).split())
    assert "No entries in this range" in text
    assert "No doses were due in this range." in text
    assert "No medicines are set up." in text


def test_the_dialog_saves_the_report(
    qtbot: QtBot,
    demo_store: Store,
    demo_clock: FakeClock,
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from baclofen_companion.ui.files import report_dialog

    threads = record_threads(monkeypatch, report_dialog, "write_report")
    window = MainWindow(demo_store, demo_clock, data_dir)
    qtbot.addWidget(window)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    action = next(a for a in file_menu.actions() if a.text() == "Appointment re&port…")
    assert isinstance(action, QAction)
    target = tmp_path / "for-the-doctor.pdf"
    seen: list[str] = []
    progress: list[str] = []

    def save(dialog: ReportDialog) -> None:
        with qtbot.waitSignal(dialog.tasks.finished, timeout=30_000):
            button(dialog, "Save report").click()
            # Under way: the words say so, and Save waits for this report to be written.
            progress.append(label(dialog, "Report progress").text())
            assert not button(dialog, "Save report").isEnabled()
            task = dialog.task
            assert task is not None
            task.progressed.connect(
                lambda *_: progress.append(label(dialog, "Report progress").text())
            )
        assert button(dialog, "Save report").isEnabled()
        assert not label(dialog, "Report progress", visible_only=False).isVisible()

    def fill(dialog: object) -> None:
        assert isinstance(dialog, ReportDialog)
        assert combo(dialog, "Person").currentText() == "Robin"
        assert dialog.first.date().toPython() == FIRST
        assert dialog.last.date().toPython() == DAY
        assert "appointment-report-Robin-" in field(dialog, "Save to").text()
        dialog.findChild(QPlainTextEdit).setPlainText("Why am I so sleepy?")
        dialog.last.setDate(dialog.first.date().addDays(-1))
        save(dialog)
        seen.append(label(dialog, "Form error").text())
        dialog.last.setDate(dialog.first.date().addDays(89))
        field(dialog, "Save to").setText(str(target))
        save(dialog)
        seen.append(label(dialog, "Report status").text())
        dialog.reject()

    when_dialog_opens(qtbot, fill, ReportDialog)
    action.trigger()
    assert seen[0] == "⚠ Dates: The first day must not be after the last day."
    assert seen[1].startswith("✔ Saved the report (")
    assert str(target) in seen[1]
    assert target.read_bytes().startswith(b"%PDF")
    assert "Why am I so sleepy?" in pdf_text(target)
    assert len(threads) == 2 and threading.get_ident() not in threads
    pages = page_count(target.read_bytes())
    assert progress[0] == "Writing the report…"
    assert f"Writing the report… page {pages} of {pages}" in progress
    window.close()


def test_a_report_into_a_folder_that_cannot_be_written_says_why(
    qtbot: QtBot, demo_store: Store, demo_clock: FakeClock, tmp_path: Path
) -> None:
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_text("a file, not a folder")
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ReportDialog(demo_store, demo_clock, None, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    field(dialog, "Save to").setText(str(in_the_way / "report.pdf"))  # fails for root too
    with qtbot.waitSignal(dialog.tasks.finished, timeout=30_000):
        button(dialog, "Save report").click()
    assert label(dialog, "Form error").text() == (f"⚠ File: {in_the_way} is a file, not a folder.")
    assert not label(dialog, "Report status", visible_only=False).isVisible()
    assert button(dialog, "Save report").isEnabled()
    assert list(tmp_path.iterdir()) == [in_the_way]


def test_the_cli_in_process(
    qapp: QApplication, demo: Path, demo_clock: FakeClock, tmp_path: Path
) -> None:
    import io

    out, err = io.StringIO(), io.StringIO()
    code = report_command(
        demo, tmp_path / "r.pdf", date(2026, 2, 1), DAY, "robin", "", demo_clock, out, err
    )
    assert code == 0, err.getvalue()
    assert out.getvalue().startswith("Wrote the appointment report for Robin, 1 Feb 2026 to")
    code = report_command(demo, tmp_path / "r.pdf", None, None, "Alex", "", demo_clock, out, err)
    assert code == 2  # as export: an unknown name is a bad argument, and the names are listed
    assert "No person called 'Alex'. The people in the data file: Robin." in err.getvalue()
    code = report_command(tmp_path / "empty", tmp_path / "r.pdf", clock=demo_clock, stderr=err)
    assert code == 1 and "there is no data file" in err.getvalue()


def test_offscreen_only_without_a_display() -> None:
    assert needs_offscreen({}, "linux")
    assert not needs_offscreen({"DISPLAY": ":0"}, "linux")
    assert not needs_offscreen({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not needs_offscreen({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not needs_offscreen({}, "win32")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    # As on a server or in a cron job: no display, no platform chosen.
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [sys.executable, "-m", "baclofen_companion", "report", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_cli_headless(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = run_cli(
        "--out",
        str(out),
        "--from",
        FIRST.isoformat(),
        "--to",
        DAY.isoformat(),
        "--profile",
        "Robin",
        "--data-dir",
        str(demo),
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "Wrote the appointment report for Robin" in result.stdout
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and page_count(data) >= 1
    assert "RED FLAG" in pdf_text(out)

    bad = run_cli("--out", str(out), "--from", "2026-02-30", "--data-dir", str(demo))
    assert bad.returncode == 2
    assert "'2026-02-30' is not a date" in bad.stderr
    missing = run_cli("--out", str(tmp_path / "no" / "r.pdf"), "--data-dir", str(demo))
    assert missing.returncode == 1
    assert "does not exist" in missing.stderr


@pytest.mark.parametrize("umask", [0o000, 0o022])
def test_the_report_is_owner_only_whatever_the_umask(
    qapp: QApplication, demo_store: Store, demo_clock: FakeClock, tmp_path: Path, umask: int
) -> None:
    robin = demo_store.profiles()[0]
    request = ReportRequest(robin, DAY - timedelta(days=13), DAY, "")
    previous = os.umask(umask)
    try:
        result = write_report(demo_store, request, tmp_path / "report.pdf", demo_clock.now())
    finally:
        os.umask(previous)
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_on_a_full_disk_the_last_report_stays_and_the_command_says_why(
    demo: Path, tmp_path: Path
) -> None:
    with small_disk(tmp_path / "disk") as disk:
        out = disk / "report.pdf"
        first = run_cli("--out", str(out), "--data-dir", str(demo))
        assert first.returncode == 0, first.stderr
        before = out.read_bytes()
        fill(disk)
        again = run_cli("--out", str(out), "--data-dir", str(demo))
        assert again.returncode == 1
        assert again.stdout == ""
        assert again.stderr == f"report failed: {out} cannot be written: the disk is full.\n"
        assert out.read_bytes() == before
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "report.pdf"]


@pytest.fixture
def one_day(store: Store, clock: FakeClock) -> Profile:
    """Sam, set up this morning at 07:00, took the 08:00 dose (15 mg) and an extra dose
    after its warning; nothing else is in the file."""
    slots = (DoseSlot(time(8), 15.0), DoseSlot(time(20), 15.0))
    sam, _med = store.add_person_with_medicine("Sam", HOME_TZ, BACLOFEN, slots, DAY)
    clock.set_local(DAY, time(8, 5))
    [first, *_] = person_plan(store, sam).doses_on(DAY)
    take(store, first, HOME_TZ)
    store.log_safety(sam.id, None, "extra dose warning", "The last dose was taken only 1 h.")
    clock.set_local(DAY, time(15))
    return sam


def test_a_new_persons_report_starts_when_care_began(
    qtbot: QtBot, store: Store, clock: FakeClock, one_day: Profile, tmp_path: Path
) -> None:
    """Seen on main: 90 days offered to a one-day user, the one day squeezed to the right."""
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ReportDialog(store, clock, one_day, parent)
    qtbot.addWidget(dialog)
    assert dialog.first.date().toPython() == DAY
    result = write_report(store, ReportRequest(one_day, DAY, DAY), tmp_path / "r", clock.now())
    text = " ".join(pdf_text(result.path).split())
    assert "Warnings shown and what was chosen" in text
    assert "The last dose was taken only 1 h. Chosen: log the extra dose anyway." in text
    assert "Doses by time of day" in text  # every chart has a title
    assert "10 Mar 2026 (1 day)" in text


def test_a_long_users_report_offers_the_last_90_days(
    qtbot: QtBot, demo_store: Store, demo_clock: FakeClock
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = ReportDialog(demo_store, demo_clock, demo_store.profiles()[0], parent)
    qtbot.addWidget(dialog)
    assert dialog.first.date().toPython() == FIRST


class RecordingPainter(QPainter):
    """Notes where each text is drawn, as the box its letters take."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.drawn: list[tuple[str, QRectF]] = []

    def drawText(self, *args: Any) -> None:  # type: ignore[override]
        if len(args) == 3 and isinstance(args[0], QRectF):
            box, flags, words = args
            inked = QFontMetricsF(self.font()).boundingRect(box, flags, words)
            self.drawn.append((words, inked))
        super().drawText(*args)


def test_no_chart_label_overlaps_another(
    qapp: QApplication, store: Store, clock: FakeClock, one_day: Profile
) -> None:
    """Seen on main: "15 mg/day" (the plan's start) drawn over "15 mg" on the mg axis."""
    for first in (DAY - timedelta(days=89), DAY - timedelta(days=6), DAY):
        history = load_history(store, one_day, first, DAY, clock.now())
        image = QImage(900, 300, QImage.Format.Format_ARGB32)
        painter = RecordingPainter(image)
        try:
            paint_trend(painter, QRectF(0, 0, 900, 300), history.trend, print_palette())
        finally:
            painter.end()
        drawn = [(w, r) for w, r in painter.drawn if w.strip()]
        assert any("mg/day" in w for w, _ in drawn)
        for i, (words, box) in enumerate(drawn):
            for other, other_box in drawn[i + 1 :]:
                assert not box.intersects(other_box), f"{words!r} over {other!r} from {first}"
