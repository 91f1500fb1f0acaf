"""The start-up recovery dialog: what it says, what the person picks, and the files afterwards."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from baclofen_companion.core.errors import SchemaTooNewError, StoreError
from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.store import DATA_FILE_NAME, Store, open_store
from baclofen_companion.store import backups as bk
from baclofen_companion.store.recovery import Damage, assess
from baclofen_companion.ui.files.recovery_dialog import (
    RecoveryChoice,
    RecoveryDialog,
    RecoveryOutcome,
    offer_recovery,
)
from tests.conftest import DAY, HOME_TZ, FakeClock
from tests.storage_faults import file_modes_apply, fill, small_disk
from tests.store.test_backups import live_doses, log_days
from tests.store.test_database import make_newer_file
from tests.store.test_recovery import logged_history
from tests.ui.helpers import button, find, label, texts, when_dialog_opens


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def radio(root: QWidget, name: str) -> QRadioButton:
    found = find(root, QRadioButton, name)
    assert isinstance(found, QRadioButton)
    return found


def choose(qtbot: QtBot, option: QRadioButton) -> None:
    """Click on the option's circle, where a person clicks (its centre may be empty space)."""
    qtbot.mouseClick(option, Qt.MouseButton.LeftButton, pos=QPoint(8, option.height() // 2))
    assert option.isChecked()


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def broken(store: Store, sam: tuple[Profile, Medication], data_dir: Path, clock: FakeClock) -> int:
    """Six doses backed up, three more after; then the data file's header is wrecked."""
    logged = log_days(store, sam[0], DAY - timedelta(days=2), 2)
    bk.make_backup(store, data_dir, clock, bk.DAILY)
    log_days(store, sam[0], DAY, 1)
    store.close()
    clock.advance(timedelta(hours=3))
    live = data_dir / DATA_FILE_NAME
    data = bytearray(live.read_bytes())
    data[0:16] = b"\x00" * 16
    live.write_bytes(bytes(data))
    return logged


def the_error(data_dir: Path, clock: FakeClock) -> StoreError:
    with pytest.raises(StoreError) as err:
        open_store(data_dir, clock, lambda: HOME_TZ)
    return err.value


def damage_of(data_dir: Path, clock: FakeClock) -> Damage:
    damage = assess(data_dir, the_error(data_dir, clock))
    assert damage is not None
    return damage


def show(qtbot: QtBot, damage: Damage, parent: QWidget) -> RecoveryDialog:
    dialog = RecoveryDialog(damage, parent, "UTC")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_it_explains_and_offers_the_newest_good_backup(
    qtbot: QtBot, broken: int, data_dir: Path, clock: FakeClock, parent: QWidget
) -> None:
    damage = damage_of(data_dir, clock)
    dialog = show(qtbot, damage, parent)
    shown = texts(dialog)
    assert "Your data file could not be opened." in shown
    assert "damaged" in shown
    assert "Nothing will be deleted" in shown and str(data_dir) in shown
    restore = radio(dialog, "Restore the newest good backup")
    assert restore.isChecked()
    assert label(dialog, "Backup details").text() == (
        "Made Tue 10 Mar 2026, 07:00, with 6 logged doses. "
        "Doses logged after it was made will need entering again."
    )
    qtbot.mouseClick(button(dialog, "Continue"), Qt.MouseButton.LeftButton)
    assert dialog.choice is RecoveryChoice.RESTORE
    assert damage.newest_good is not None
    assert dialog.backup_path() == damage.newest_good.path


def test_the_person_may_start_fresh_instead(
    qtbot: QtBot, broken: int, data_dir: Path, clock: FakeClock, parent: QWidget
) -> None:
    dialog = show(qtbot, damage_of(data_dir, clock), parent)
    choose(qtbot, radio(dialog, "Start fresh"))
    qtbot.mouseClick(button(dialog, "Continue"), Qt.MouseButton.LeftButton)
    assert dialog.choice is RecoveryChoice.START_FRESH
    assert dialog.backup_path() is None


def test_without_a_backup_only_a_fresh_start_is_offered(
    qtbot: QtBot, data_dir: Path, clock: FakeClock, parent: QWidget
) -> None:
    data_dir.mkdir()
    (data_dir / DATA_FILE_NAME).write_bytes(b"\x00" * 8192)
    dialog = show(qtbot, damage_of(data_dir, clock), parent)
    assert label(dialog, "No good backup").text() == "There is no backup that can be restored."
    assert radio(dialog, "Start fresh").isChecked()
    assert not [b for b in dialog.findChildren(QRadioButton) if "backup" in b.text()]


def test_quit_changes_nothing(
    qtbot: QtBot, broken: int, data_dir: Path, clock: FakeClock, parent: QWidget
) -> None:
    live = data_dir / DATA_FILE_NAME
    before = digest(live)
    error = the_error(data_dir, clock)
    when_dialog_opens(
        qtbot, lambda d: qtbot.mouseClick(button(d, "Quit"), Qt.MouseButton.LeftButton)
    )
    assert offer_recovery(data_dir, clock, error, parent, "UTC") is RecoveryOutcome.DECLINED
    assert digest(live) == before
    assert not list(data_dir.glob("companion-damaged-*"))


def test_choosing_the_backup_restores_it_and_keeps_the_bad_file_byte_for_byte(
    qtbot: QtBot, broken: int, data_dir: Path, clock: FakeClock, parent: QWidget
) -> None:
    live = data_dir / DATA_FILE_NAME
    before = digest(live)
    error = the_error(data_dir, clock)
    when_dialog_opens(
        qtbot, lambda d: qtbot.mouseClick(button(d, "Continue"), Qt.MouseButton.LeftButton)
    )
    assert offer_recovery(data_dir, clock, error, parent, "UTC") is RecoveryOutcome.RECOVERED
    [kept] = data_dir.glob("companion-damaged-*.db")
    assert kept.name == "companion-damaged-20260310T100000Z.db"
    assert digest(kept) == before
    reopened = open_store(data_dir, clock, lambda: HOME_TZ)
    try:
        assert reopened.integrity_check() == "ok"
        assert live_doses(live) == broken
    finally:
        reopened.close()


def test_starting_fresh_opens_an_empty_file_and_keeps_the_bad_one(
    qtbot: QtBot, broken: int, data_dir: Path, clock: FakeClock, parent: QWidget
) -> None:
    before = digest(data_dir / DATA_FILE_NAME)
    error = the_error(data_dir, clock)

    def start_fresh(dialog: QWidget) -> None:
        choose(qtbot, radio(dialog, "Start fresh"))
        qtbot.mouseClick(button(dialog, "Continue"), Qt.MouseButton.LeftButton)

    when_dialog_opens(qtbot, start_fresh)
    assert offer_recovery(data_dir, clock, error, parent, "UTC") is RecoveryOutcome.RECOVERED
    [kept] = data_dir.glob("companion-damaged-*.db")
    assert digest(kept) == before
    fresh = open_store(data_dir, clock, lambda: HOME_TZ)
    try:
        assert fresh.profiles() == []
    finally:
        fresh.close()


def test_a_file_from_a_newer_app_gets_no_recovery_dialog(
    qtbot: QtBot, data_dir: Path, clock: FakeClock, parent: QWidget
) -> None:
    make_newer_file(data_dir / DATA_FILE_NAME)
    with pytest.raises(SchemaTooNewError) as err:
        open_store(data_dir, clock)
    assert offer_recovery(data_dir, clock, err.value, parent) is RecoveryOutcome.NOT_APPLICABLE
    assert not list(data_dir.glob("companion-damaged-*"))


def answer(qtbot: QtBot, name: str, shown: list[str]) -> None:
    """At the next dialog: note what it says, then click ``name`` (or close it, where there is
    no such button: the test fails on what it noted rather than hanging on the dialog)."""

    def act(dialog: QWidget) -> None:
        shown.append(texts(dialog))
        found = [b for b in dialog.findChildren(QAbstractButton) if b.text() == name]
        if found:
            qtbot.mouseClick(found[0], Qt.MouseButton.LeftButton)
        else:
            dialog.close()

    when_dialog_opens(qtbot, act)


def test_a_full_disk_at_start_says_so_offers_try_again_and_leaves_the_file(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, parent: QWidget
) -> None:
    with small_disk(tmp_path / "disk") as disk:
        data_dir = disk / "data"
        logged = logged_history(data_dir, clock)
        live = data_dir / DATA_FILE_NAME
        before = digest(live)
        filler = fill(disk)
        error = the_error(data_dir, clock)
        shown: list[str] = []
        answer(qtbot, "Try again", shown)
        assert offer_recovery(data_dir, clock, error, parent, "UTC") is RecoveryOutcome.RETRY
        assert "Your data file cannot be used just now." in shown[0]
        assert "The disk is full. Free some space on the disk, then try again." in shown[0]
        assert f"Nothing has been changed or moved: your data stays in <code>{live}" in shown[0]
        assert digest(live) == before
        assert not list(data_dir.glob("companion-damaged-*"))
        filler.unlink()
        reopened = open_store(data_dir, clock, lambda: HOME_TZ)
        reopened.close()
        assert live_doses(live) == logged


def test_quit_on_a_file_you_may_not_read_changes_nothing(
    qtbot: QtBot, data_dir: Path, clock: FakeClock, parent: QWidget
) -> None:
    logged = logged_history(data_dir, clock)
    live = data_dir / DATA_FILE_NAME
    before = digest(live)
    live.chmod(0)
    shown: list[str] = []
    try:
        with file_modes_apply():
            error = the_error(data_dir, clock)
            answer(qtbot, "Quit", shown)
            outcome = offer_recovery(data_dir, clock, error, parent, "UTC")
    finally:
        live.chmod(0o600)
    assert outcome is RecoveryOutcome.DECLINED
    assert "The system does not let you read or change the data file." in shown[0]
    assert digest(live) == before and live_doses(live) == logged
    assert not list(data_dir.glob("companion-damaged-*"))
