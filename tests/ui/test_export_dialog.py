"""File → Export…: a person chooses what, whose, which dates and where, and gets the file."""

from __future__ import annotations

import csv
import errno
import tempfile
import threading
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.diary import DiaryDraft
from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.core.schedule import local_to_utc
from baclofen_companion.store import Store
from baclofen_companion.ui.files.export_dialog import ExportDialog, suggested_name
from baclofen_companion.ui.shell.i18n import ui_settings
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import BACLOFEN, DAY, HOME_TZ, LABEL_START, FakeClock
from tests.store.test_backups import log_days
from tests.ui.helpers import (
    button,
    combo,
    field,
    label,
    record_threads,
    type_into,
    when_dialog_opens,
)


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def write_entry(store: Store, person: Profile, day: date, note: str) -> None:
    at = local_to_utc(day, time(20), HOME_TZ)
    store.diary.add(person.id, DiaryDraft(at, HOME_TZ, pain=3, note=note))


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def diary(store: Store, sam: tuple[Profile, Medication]) -> Profile:
    person = sam[0]
    write_entry(store, person, DAY - timedelta(days=200), "long ago")
    write_entry(store, person, DAY - timedelta(days=89), "first day of the range")
    write_entry(store, person, DAY - timedelta(days=1), '=HYPERLINK("x")')
    log_days(store, person, DAY - timedelta(days=1), 2)
    return person


def make_dialog(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    parent: QWidget,
    folder: Path,
    profile: Profile | None = None,
    answers: list[str] | None = None,
) -> ExportDialog:
    asked = answers if answers is not None else []

    def ask_path(_parent: QWidget, _suggested: str) -> str:
        return asked.pop(0)

    dialog = ExportDialog(store, clock, parent, profile, folder=folder, ask_path=ask_path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def export_now(qtbot: QtBot, dialog: ExportDialog) -> None:
    """Click Export as a person does and wait for the file (when the export started at all)."""
    button(dialog, "Export").click()
    task = dialog.task
    if task is not None:
        assert not button(dialog, "Export").isEnabled()
        assert label(dialog, "Export progress").text() == "Writing the file…"
        with qtbot.waitSignal(task.finished, timeout=10_000):
            pass
    assert button(dialog, "Export").isEnabled()
    assert not label(dialog, "Export progress", visible_only=False).isVisible()


def test_exports_the_last_90_days_of_the_diary_by_default(
    qtbot: QtBot, store: Store, clock: FakeClock, parent: QWidget, diary: Profile, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, store, clock, parent, tmp_path, diary)
    assert dialog.first_day.date().toString("yyyy-MM-dd") == "2025-12-11"
    assert dialog.last_day.date().toString("yyyy-MM-dd") == "2026-03-10"
    expected = tmp_path / "sam-diary-2026-03-10.csv"
    assert field(dialog, "Export file").text() == str(expected)
    export_now(qtbot, dialog)
    assert label(dialog, "Export result").text() == (
        f"✔ Wrote 2 diary entries for Sam to {expected}"
    )
    rows = read_rows(expected)
    assert [r["Note"] for r in rows] == ["first day of the range", '\'=HYPERLINK("x")']
    assert expected.read_bytes().startswith(b"\xef\xbb\xbf")


def test_doses_of_a_chosen_person_and_dates_to_a_chosen_file(
    qtbot: QtBot, store: Store, clock: FakeClock, parent: QWidget, diary: Profile, tmp_path: Path
) -> None:
    alex, _ = store.add_person_with_medicine("Alex", HOME_TZ, BACLOFEN, LABEL_START, DAY)
    log_days(store, alex, DAY, 1)
    chosen = tmp_path / "for the clinic"
    dialog = make_dialog(qtbot, store, clock, parent, tmp_path, diary, [str(chosen)])
    button(dialog, "Doses").click()
    assert field(dialog, "Export file").text().endswith("sam-doses-2026-03-10.csv")
    people = combo(dialog, "Person")
    assert [people.itemText(i) for i in range(people.count())] == ["Sam", "Alex"]
    people.setCurrentIndex(1)
    assert field(dialog, "Export file").text().endswith("alex-doses-2026-03-10.csv")
    button(dialog, "Choose the export file").click()
    assert field(dialog, "Export file").text() == str(chosen) + ".csv"
    export_now(qtbot, dialog)
    assert "Wrote 3 doses for Alex" in label(dialog, "Export result").text()
    rows = read_rows(chosen.with_suffix(".csv"))
    assert {r["Person"] for r in rows} == {"Alex"} and len(rows) == 3

    # Sam's doses of yesterday only.
    people.setCurrentIndex(0)
    dialog.first_day.setDate(dialog.last_day.date().addDays(-1))
    dialog.last_day.setDate(dialog.last_day.date().addDays(-1))
    out = tmp_path / "sam.csv"
    type_into(qtbot, field(dialog, "Export file"), str(out))
    export_now(qtbot, dialog)
    assert [(r["Person"], r["Slot date"]) for r in read_rows(out)] == [("Sam", "2026-03-09")] * 3


def test_dates_the_wrong_way_round_are_refused(
    qtbot: QtBot, store: Store, clock: FakeClock, parent: QWidget, diary: Profile, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, store, clock, parent, tmp_path, diary)
    dialog.first_day.setDate(dialog.last_day.date().addDays(1))
    export_now(qtbot, dialog)
    assert "first day comes after the last day" in label(dialog, "Form error").text()
    assert not Path(field(dialog, "Export file").text()).exists()


def test_a_failed_export_says_why_and_keeps_the_old_file(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    parent: QWidget,
    diary: Profile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = tmp_path / "old.csv"
    old.write_bytes(b"keep me")
    dialog = make_dialog(qtbot, store, clock, parent, tmp_path, diary, [str(old)])
    button(dialog, "Choose the export file").click()  # the file dialog asked about replacing

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    export_now(qtbot, dialog)
    assert label(dialog, "Form error").text() == (f"⚠ Cannot write to {old}: permission denied.")
    assert not label(dialog, "Export result", visible_only=False).isVisible()
    assert old.read_bytes() == b"keep me"

    type_into(qtbot, field(dialog, "Export file"), str(tmp_path))
    export_now(qtbot, dialog)
    assert "it is a folder, not a file" in label(dialog, "Form error").text()


def test_the_live_data_file_is_refused(
    qtbot: QtBot, store: Store, clock: FakeClock, parent: QWidget, diary: Profile, tmp_path: Path
) -> None:
    before = store.path.read_bytes()
    dialog = make_dialog(qtbot, store, clock, parent, tmp_path, diary, [str(store.path)])
    button(dialog, "Choose the export file").click()
    export_now(qtbot, dialog)
    assert "is the app's data file; choose another name" in label(dialog, "Form error").text()
    assert store.path.read_bytes() == before
    assert store.diary.between(diary.id)  # the store still reads


@pytest.mark.parametrize("answer", ["No", "Yes"])
def test_a_typed_name_of_an_existing_file_asks_before_replacing(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    parent: QWidget,
    diary: Profile,
    tmp_path: Path,
    answer: str,
) -> None:
    old = tmp_path / "old.csv"
    old.write_bytes(b"keep me")
    dialog = make_dialog(qtbot, store, clock, parent, tmp_path, diary)
    type_into(qtbot, field(dialog, "Export file"), str(old))
    asked: list[str] = []

    def reply(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        choice = box.button(getattr(QMessageBox.StandardButton, answer))
        assert isinstance(choice, QAbstractButton)
        choice.click()

    when_dialog_opens(qtbot, reply, QMessageBox)
    export_now(qtbot, dialog)
    assert asked == [f"{old} already exists. Replace it?"]
    if answer == "No":
        assert old.read_bytes() == b"keep me"
    else:
        assert len(read_rows(old)) == 2


def test_every_control_has_a_name(
    qtbot: QtBot, store: Store, clock: FakeClock, parent: QWidget, diary: Profile, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, store, clock, parent, tmp_path, diary)
    controls = [
        w
        for w in dialog.findChildren(QWidget)
        if w.isVisibleTo(dialog)
        and any(w.inherits(k) for k in ("QAbstractButton", "QComboBox", "QDateEdit", "QLineEdit"))
        # A date edit's own line edit is named through the date edit.
        and not (w.inherits("QLineEdit") and isinstance(w.parent(), QAbstractSpinBox))
    ]
    assert len(controls) == 10  # three kinds: diary, doses, care
    assert [w for w in controls if not w.accessibleName()] == []


def test_suggested_names_are_safe_file_names() -> None:
    from baclofen_companion.ops.export import ExportKind

    assert suggested_name("Sam", ExportKind.DIARY, DAY) == "sam-diary-2026-03-10.csv"
    assert suggested_name("../Zoë O'Neil", ExportKind.DOSES, DAY) == (
        "zoë-o-neil-doses-2026-03-10.csv"
    )
    assert suggested_name("///", ExportKind.DIARY, DAY) == "export-diary-2026-03-10.csv"


def test_file_menu_opens_export(qtbot: QtBot, window: MainWindow) -> None:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == "Export…")
    seen: list[str] = []

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportDialog)
        seen.append(combo(dialog, "Person").currentText())
        dialog.reject()

    when_dialog_opens(qtbot, close, ExportDialog)
    action.trigger()
    assert seen == ["Sam"]


def test_the_file_is_written_off_the_gui_thread(
    qtbot: QtBot,
    store: Store,
    clock: FakeClock,
    parent: QWidget,
    diary: Profile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from baclofen_companion.ui.files import export_dialog

    threads = record_threads(monkeypatch, export_dialog, "export")
    dialog = make_dialog(qtbot, store, clock, parent, tmp_path, diary)
    button(dialog, "Doses").click()
    export_now(qtbot, dialog)
    assert threads and threads[0] != threading.get_ident()
    out = Path(field(dialog, "Export file").text())
    assert label(dialog, "Export result").text() == f"✔ Wrote 6 doses for Sam to {out}"
    assert [(r["Slot date"], r["Slot time"]) for r in read_rows(out)] == [
        ("2026-03-09", "08:00"),
        ("2026-03-09", "14:00"),
        ("2026-03-09", "20:00"),
        ("2026-03-10", "08:00"),
        ("2026-03-10", "14:00"),
        ("2026-03-10", "20:00"),
    ]


def test_a_folder_that_cannot_be_written_is_named(
    qtbot: QtBot, store: Store, clock: FakeClock, parent: QWidget, diary: Profile, tmp_path: Path
) -> None:
    in_the_way = tmp_path / "notes.txt"
    in_the_way.write_text("a file, not a folder")
    out = in_the_way / "doses.csv"  # fails for root too
    dialog = make_dialog(qtbot, store, clock, parent, tmp_path, diary)
    type_into(qtbot, field(dialog, "Export file"), str(out))
    export_now(qtbot, dialog)
    assert label(dialog, "Form error").text() == (
        f"⚠ Cannot write to {out}: part of the path is not a folder."
    )
    assert not label(dialog, "Export result", visible_only=False).isVisible()
    assert in_the_way.read_text() == "a file, not a folder"


def test_files_are_offered_in_documents_or_else_home(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Found in the QA walk: a fresh account had no Documents folder, so the first export
    failed with 'the folder … Documents does not exist'."""
    from baclofen_companion.ui.widgets.common import documents_folder

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    assert documents_folder() == tmp_path
    (tmp_path / "Documents").mkdir()
    assert documents_folder() == tmp_path / "Documents"


def test_the_offered_name_follows_the_kind_until_one_is_typed(
    qtbot: QtBot, store: Store, clock: FakeClock, parent: QWidget, diary: Profile, tmp_path: Path
) -> None:
    other = tmp_path / "usb"
    other.mkdir()
    offered = f"sam-diary-{DAY.isoformat()}.csv"
    # Choose… keeps the offered name in another folder: the name still follows the kind.
    dialog = make_dialog(qtbot, store, clock, parent, tmp_path, diary, [str(other / offered)])
    button(dialog, "Choose the export file").click()
    button(dialog, "Doses").click()
    assert field(dialog, "Export file").text() == str(other / f"sam-doses-{DAY.isoformat()}.csv")
    type_into(qtbot, field(dialog, "Export file"), str(other / "mine.csv"))
    button(dialog, "Diary").click()
    assert field(dialog, "Export file").text() == str(other / "mine.csv")


def test_another_kind_into_a_chosen_file_asks_before_replacing_it(
    qtbot: QtBot, store: Store, clock: FakeClock, parent: QWidget, diary: Profile, tmp_path: Path
) -> None:
    """Seen on main: gui-diary.csv chosen and exported, then Doses overwrote it unasked."""
    chosen = tmp_path / "gui-diary.csv"
    dialog = make_dialog(qtbot, store, clock, parent, tmp_path, diary, [str(chosen)])
    button(dialog, "Choose the export file").click()
    export_now(qtbot, dialog)
    diary_rows = read_rows(chosen)
    button(dialog, "Doses").click()
    assert field(dialog, "Export file").text() == str(chosen)  # a name of one's own stays
    asked: list[str] = []

    def refuse(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        no = box.button(QMessageBox.StandardButton.No)
        assert isinstance(no, QAbstractButton)
        no.click()

    when_dialog_opens(qtbot, refuse, QMessageBox)
    export_now(qtbot, dialog)
    assert asked == [f"{chosen} already exists. Replace it?"]
    assert read_rows(chosen) == diary_rows


def test_the_last_folder_is_remembered(
    qtbot: QtBot, store: Store, clock: FakeClock, parent: QWidget, diary: Profile, tmp_path: Path
) -> None:
    settings = ui_settings(tmp_path)
    folder = tmp_path / "for the clinic"
    folder.mkdir()
    first = ExportDialog(
        store,
        clock,
        parent,
        diary,
        ask_path=lambda _p, _s: str(folder / "a.csv"),
        settings=settings,
    )
    qtbot.addWidget(first)
    first.show()
    button(first, "Choose the export file").click()
    export_now(qtbot, first)
    first.close()
    again = ExportDialog(store, clock, parent, diary, settings=ui_settings(tmp_path))
    qtbot.addWidget(again)
    assert Path(field(again, "Export file").text()).parent == folder
