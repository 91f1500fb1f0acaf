"""The notifier chain: each path checked before use, failures hand over to the next, all logged."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from baclofen_companion.services import notifier
from baclofen_companion.services.logbook import LOG_FILE_NAME, close_log, open_log
from baclofen_companion.services.notifier import NotifierChain, PlyerPath, TrayPath
from baclofen_companion.services.scheduler import ReminderBatch

BATCH = ReminderBatch(
    "Sam — Baclofen 5 mg",
    "5 mg — ½ tablet, due at 08:00.",
    (),
    False,
    datetime(2026, 3, 10, 8, tzinfo=UTC),
)


class FakePath:
    def __init__(self, name: str, available: bool = True, error: Exception | None = None):
        self.name = name
        self._available = available
        self._error = error
        self.sent: list[tuple[str, str]] = []

    def available(self) -> bool:
        return self._available

    def send(self, title: str, body: str) -> None:
        if self._error is not None:
            raise self._error
        self.sent.append((title, body))


@pytest.fixture
def logfile(data_dir: Path) -> Iterator[Path]:
    data_dir.mkdir(parents=True, exist_ok=True)
    open_log(data_dir)
    yield data_dir / LOG_FILE_NAME
    close_log()


def test_first_available_path_delivers_and_the_window_always_hears(logfile: Path) -> None:
    first, second = FakePath("plyer"), FakePath("tray")
    shown: list[ReminderBatch] = []
    chain = NotifierChain([first, second], window=shown.append)
    assert chain.deliver(BATCH) == "plyer"
    assert first.sent == [(BATCH.title, BATCH.body)] and second.sent == []
    assert shown == [BATCH]
    assert (
        "reminder delivered by plyer (+ window banner): Sam — Baclofen 5 mg" in logfile.read_text()
    )


def test_a_path_that_raises_hands_over_to_the_next(logfile: Path) -> None:
    broken = FakePath("plyer", error=NotImplementedError("no backend"))
    tray = FakePath("tray")
    chain = NotifierChain([broken, tray])
    assert chain.deliver(BATCH) == "tray"
    assert tray.sent
    log = logfile.read_text()
    assert "reminder path plyer failed (NotImplementedError('no backend'))" in log
    assert "delivered by tray" in log


def test_with_nothing_available_the_window_banner_still_gets_it(logfile: Path) -> None:
    shown: list[ReminderBatch] = []
    chain = NotifierChain([FakePath("plyer", False), FakePath("tray", False)], shown.append)
    assert chain.deliver(BATCH) == "window only"
    assert shown == [BATCH]
    assert "reminder path tray unavailable" in logfile.read_text()


def test_plyer_is_not_trusted_on_linux_without_a_session_bus(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(notifier.sys, "platform", "linux")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert notifier.linux_notification_service_present() is False
    assert PlyerPath().available() is False


def test_plyer_is_not_trusted_without_notify_send_or_dbus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notifier.sys, "platform", "linux")
    monkeypatch.setattr(notifier.shutil, "which", lambda _name: None)
    assert PlyerPath(service_check=lambda: True).available() is False


def test_plyer_errors_become_the_next_paths_job(
    monkeypatch: pytest.MonkeyPatch, logfile: Path
) -> None:
    def fail(**_kwargs: object) -> None:
        raise NotImplementedError("No usable implementation found!")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # plyer warns while it picks a backend
        from plyer import notification

        monkeypatch.setattr(notification, "notify", fail)
    plyer_path = PlyerPath(service_check=lambda: True)
    monkeypatch.setattr(plyer_path, "available", lambda: True)
    tray = FakePath("tray")
    assert NotifierChain([plyer_path, tray]).deliver(BATCH) == "tray"


def test_tray_path_needs_a_system_tray(qapp: object) -> None:
    # The offscreen platform has no tray, as a desktop without one would.
    assert TrayPath(lambda: None).available() is False
