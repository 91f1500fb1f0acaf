"""A real desktop for end-to-end tests: Xvfb, a D-Bus session bus and a notification daemon."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest

from tests.conftest import private_dbus, require


@pytest.fixture
def display() -> Iterator[str]:
    require(shutil.which("Xvfb") is not None, "Xvfb is not installed (apt-get install xvfb)")
    require(shutil.which("xwininfo") is not None, "xwininfo is missing (apt-get install x11-utils)")
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
        assert number, "Xvfb did not report a display number"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def gui_env(display: str) -> dict[str, str]:
    # Never reach the developer's own desktop: no inherited bus, our own display.
    dropped = ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY")
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env


@pytest.fixture
def session_bus(display: str) -> Iterator[str]:
    with private_dbus() as address:
        yield address


def desktop_env(display: str, bus: str) -> dict[str, str]:
    env = gui_env(display)
    env["DBUS_SESSION_BUS_ADDRESS"] = bus
    return env


@pytest.fixture
def dunst(display: str, session_bus: str) -> Iterator[dict[str, str]]:
    """A running dunst on the session bus; yields the environment that reaches it."""
    for tool, package in (
        ("dunst", "dunst"),
        ("dunstctl", "dunst"),
        ("notify-send", "libnotify-bin"),
    ):
        require(shutil.which(tool) is not None, f"{tool} is missing (apt-get install {package})")
    env = desktop_env(display, session_bus)
    daemon = subprocess.Popen(
        ["dunst"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            check = subprocess.run(
                ["dunstctl", "is-paused"], env=env, capture_output=True, text=True, check=False
            )
            if check.returncode == 0:
                break
            time.sleep(0.2)
        else:
            pytest.fail("dunst did not come up on the session bus")
        yield env
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
