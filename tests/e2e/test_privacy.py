"""Privacy: a whole session of the app, traced by strace, connects to nothing off this computer."""

from __future__ import annotations

import ipaddress
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from baclofen_companion.core.model import DoseSlot
from baclofen_companion.services.instance import server_name
from baclofen_companion.store import open_store
from tests.conftest import BACLOFEN, FakeClock, private_dbus, require

pytestmark = pytest.mark.e2e

SESSION_S = 5.0
TRACED = "connect,sendto,sendmsg"
# strace prints an address as {sa_family=AF_INET, sin_port=htons(443),
# sin_addr=inet_addr("1.2.3.4")} or {sa_family=AF_INET6, ..., inet_pton(AF_INET6, "::1", ...)}.
_INET = re.compile(r'sa_family=AF_INET6?\b.*?(?:inet_addr|inet_pton)\((?:AF_INET6?, )?"([^"]+)"')


def outside_addresses(trace: str) -> list[str]:
    """Every traced line that sends to, or connects to, an IP address not on this computer."""
    found = []
    for line in trace.splitlines():
        if not any(f"{call}(" in line for call in TRACED.split(",")):
            continue
        for address in _INET.findall(line):
            ip = ipaddress.ip_address(address)
            mapped = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) else None
            if not (ip.is_loopback or (mapped is not None and mapped.is_loopback)):
                found.append(line.strip())
    return found


def strace_works(tmp_path: Path) -> bool:
    """ptrace can be forbidden (containers, Yama); then the trace would be empty, not clean."""
    probe = subprocess.run(
        ["strace", "-f", "-qq", "-o", str(tmp_path / "probe"), "true"],
        capture_output=True,
        check=False,
        timeout=30,
    )
    return probe.returncode == 0


def traced(
    command: list[str], trace: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """Run ``command`` and all it starts (-f) under strace, network calls only."""
    strace = ["strace", "-f", "-qq", "-e", f"trace={TRACED}", "-e", "signal=none"]
    return subprocess.Popen(
        [*strace, "-o", str(trace), *command],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def stop(tracer: subprocess.Popen[bytes]) -> None:
    """SIGTERM the traced app (strace's child), as a logout would; strace then exits."""
    children = Path(f"/proc/{tracer.pid}/task/{tracer.pid}/children")
    pids = children.read_text().split() if children.exists() else []
    for pid in pids:
        os.kill(int(pid), signal.SIGTERM)
    try:
        tracer.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        tracer.kill()
        tracer.communicate(timeout=10)


@pytest.fixture
def private_bus() -> Iterator[str | None]:
    """A session bus of our own, so the session talks D-Bus as on a desktop (None: no daemon)."""
    if shutil.which("dbus-daemon") is None:
        yield None
        return
    with private_dbus() as address:
        yield address


@pytest.fixture
def strace(tmp_path: Path) -> None:
    require(shutil.which("strace") is not None, "strace is not installed (apt-get install strace)")
    require(sys.platform.startswith("linux"), "strace is Linux-only")
    require(strace_works(tmp_path), "strace cannot trace here (ptrace is not permitted)")


def test_the_trace_check_sees_a_grandchild_reaching_out(strace: None, tmp_path: Path) -> None:
    """The control: a UDP 'connect' (which sends nothing) to a documentation address."""
    trace = tmp_path / "control.trace"
    code = (
        "import socket, subprocess, sys\n"
        "inner = 'import socket; socket.socket(socket.AF_INET, socket.SOCK_DGRAM)"
        '.connect(("192.0.2.1", 9))\'\n'
        "subprocess.run([sys.executable, '-c', inner], check=True)\n"
        "socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).connect(('::1', 9))\n"
    )
    tracer = traced([sys.executable, "-c", code], trace)
    _, errors = tracer.communicate(timeout=60)
    assert tracer.returncode == 0, errors
    text = trace.read_text()
    assert outside_addresses(text) == [
        line.strip() for line in text.splitlines() if "192.0.2.1" in line
    ]
    assert len(outside_addresses(text)) == 1
    assert "::1" in text  # loopback was traced too, and allowed


def test_addresses_are_sorted_into_loopback_and_outside() -> None:
    lines = [
        '12 connect(3, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.0.0.1")}, 16)'
        " = 0",
        "12 connect(3, {sa_family=AF_INET, sin_port=htons(9),"
        ' sin_addr=inet_addr("127.0.0.53")}, 16) = 0',
        "13 connect(4, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0),"
        ' inet_pton(AF_INET6, "2001:db8::1", &sin6_addr), sin6_scope_id=0}, 28) = -1',
        "13 connect(4, {sa_family=AF_INET6, sin6_port=htons(9), sin6_flowinfo=htonl(0),"
        ' inet_pton(AF_INET6, "::ffff:127.0.0.1", &sin6_addr), sin6_scope_id=0}, 28) = 0',
        '14 connect(5, {sa_family=AF_UNIX, sun_path="/run/user/0/bus"}, 110) = 0',
        '15 sendto(6, "q", 1, 0, {sa_family=AF_INET, sin_port=htons(53),'
        ' sin_addr=inet_addr("8.8.8.8")}, 16) = 1',
    ]
    found = outside_addresses("\n".join(lines))
    assert [re.search(r'"([0-9a-f:.]+)"', f).group(1) for f in found] == [  # type: ignore[union-attr]
        "10.0.0.1",
        "2001:db8::1",
        "8.8.8.8",
    ]


def test_a_whole_session_connects_to_nothing_beyond_this_computer(
    strace: None, private_bus: str | None, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    now = datetime.now(UTC)
    # A dose due two minutes ago, so the session also reminds (notifier chain, tray) and logs.
    due = (now - timedelta(minutes=2)).time().replace(second=0, microsecond=0)
    later = (now + timedelta(hours=6)).time().replace(second=0, microsecond=0)
    # Set up an hour ago: a dose due before the app knew of it would be nobody's question.
    store = open_store(data_dir, FakeClock(now - timedelta(hours=1)))
    slots = sorted({DoseSlot(due, 5.0), DoseSlot(later, 5.0)}, key=lambda s: s.time)
    store.add_person_with_medicine("Sam", "UTC", BACLOFEN, slots, (now - timedelta(days=3)).date())
    store.close()

    trace = tmp_path / "session.trace"
    dropped = ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(QT_QPA_PLATFORM="offscreen", TZ="UTC")
    if private_bus is not None:
        env["DBUS_SESSION_BUS_ADDRESS"] = private_bus
    tracer = traced(
        [sys.executable, "-m", "baclofen_companion", "--data-dir", str(data_dir)],
        trace,
        env,
    )
    log = data_dir / "companion.log"
    try:
        deadline = time.monotonic() + 60
        while not (log.exists() and "started" in log.read_text(errors="replace")):
            assert tracer.poll() is None, "the app exited before it started"
            assert time.monotonic() < deadline, "the app did not start within a minute"
            time.sleep(0.1)
        # A real session: the window is up, the scheduler runs, reminders go out. Only wall
        # time can show what a running app does on its own, so this one test waits.
        time.sleep(SESSION_S)
        assert tracer.poll() is None, "the app quit during the session"
    finally:
        stop(tracer)
        # SIGTERM skips the app's clean-up: its single-instance socket would stay in /tmp.
        QLocalServer.removeServer(server_name(data_dir))
    text = trace.read_text()
    # Shown with -s, or on failure: every connection the session made.
    print("\n".join(line for line in text.splitlines() if "connect(" in line))
    assert "reminding" in log.read_text(), "the session should have sent a reminder"
    assert outside_addresses(text) == []
    if private_bus is not None:
        # The trace did watch the app: its D-Bus connection (a local socket) is in it.
        assert "sa_family=AF_UNIX" in text
