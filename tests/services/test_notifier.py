"""The notifier chain: each path checked before use, failures hand over to the next, all logged."""

from __future__ import annotations

import inspect
import os
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from baclofen_companion.services import notifier
from baclofen_companion.services.logbook import LOG_FILE_NAME, close_log, open_log
from baclofen_companion.services.notifier import (
    Note,
    NotifierChain,
    NotifySendPath,
    PlainPath,
    PlyerPath,
    TrayPath,
    child_env,
)
from baclofen_companion.services.scheduler import ReminderBatch

BATCH = ReminderBatch(
    "Sam — Baclofen 5 mg",
    "5 mg — ½ tablet, due at 08:00.",
    (),
    False,
    datetime(2026, 3, 10, 8, tzinfo=UTC),
)


class FakePath(PlainPath):
    def __init__(self, name: str, available: bool = True, error: Exception | None = None):
        self.name = name
        self._available = available
        self._error = error
        self.sent: list[tuple[str, str]] = []

    def available(self) -> bool:
        return self._available

    def send(self, note: Note) -> None:
        if self._error is not None:
            raise self._error
        self.sent.append((note.title, note.body))


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
    assert "delivered by tray (+ window banner) after plyer: NotImplementedError" in log


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


def test_notify_send_is_not_tried_without_the_program(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notifier.shutil, "which", lambda _name: None)
    assert NotifySendPath(service_check=lambda: True).available() is False


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


def fake_notify_send(folder: Path, code: int) -> Path:
    """A notify-send on PATH that writes down its arguments and exits with ``code``."""
    folder.mkdir(parents=True, exist_ok=True)
    record = folder / "args"
    script = folder / "notify-send"
    script.write_text(
        "#!/bin/sh\n"
        f'for a in "$@"; do printf "%s\\n" "$a"; done > "{record}"\n'
        f'echo "$LD_LIBRARY_PATH" > "{folder / "env"}"\n'
        f"echo 'cannot reach the daemon' >&2\nexit {code}\n"
    )
    script.chmod(0o755)
    return record


def test_notify_send_gets_an_icon_an_expiry_and_the_desktop_entry(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, logfile: Path
) -> None:
    record = fake_notify_send(tmp_path / "bin", 0)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    path = NotifySendPath(service_check=lambda: True)
    assert NotifierChain([path]).deliver(BATCH) == "notify-send"
    args = record.read_text().splitlines()
    icon = args[args.index("--icon") + 1]
    assert icon.endswith(".png") and Path(icon).is_file()
    assert 0 < int(args[args.index("--expire-time") + 1]) <= 15 * 60 * 1000
    assert "string:desktop-entry:io.github.baclofencompanion.baclofen_companion" in args
    assert args[-2:] == [BATCH.title, BATCH.body]


def test_a_failing_notify_send_hands_over_to_the_next_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, logfile: Path
) -> None:
    fake_notify_send(tmp_path / "bin", 1)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    tray = FakePath("tray")
    chain = NotifierChain([NotifySendPath(service_check=lambda: True), tray])
    assert chain.deliver(BATCH) == "tray"
    assert tray.sent
    log = logfile.read_text()
    assert "notify-send exited with 1: cannot reach the daemon" in log
    assert "reminder delivered by tray" in log


def test_a_bundle_does_not_hand_its_libraries_to_notify_send(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", "/tmp/_MEIbundle")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/opt/system/lib")
    env = child_env()
    assert env["LD_LIBRARY_PATH"] == "/opt/system/lib" and "LD_LIBRARY_PATH_ORIG" not in env
    fake_notify_send(tmp_path / "bin", 0)
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    NotifySendPath(service_check=lambda: True).send(Note("k", "t", "b"))
    assert (tmp_path / "bin" / "env").read_text().strip() == "/opt/system/lib"


def test_plyer_is_called_with_the_names_its_facade_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from plyer import notification
        from plyer.facades import Notification
    calls: list[dict[str, object]] = []

    def record(**kwargs: object) -> None:
        inspect.signature(Notification.notify).bind(None, **kwargs)  # TypeError if misnamed
        calls.append(kwargs)

    monkeypatch.setattr(notification, "notify", record)
    PlyerPath(service_check=lambda: True).send(Note("k", BATCH.title, BATCH.body, expire_s=60))
    [call] = calls
    assert call["timeout"] == 60
    assert str(call["app_icon"]).endswith((".png", ".ico"))
