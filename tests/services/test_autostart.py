"""Start at login: an XDG autostart entry or a LaunchAgent that starts this copy in the tray,
named by the app id, and the entries older versions wrote gone."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from baclofen_companion import APP_ID
from baclofen_companion.services import autostart
from baclofen_companion.services.desktop_entry import exec_value


def test_entry_round_trip_with_an_awkward_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(autostart.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    data = tmp_path / 'my "data" $dir'
    assert not autostart.is_enabled()
    where = Path(autostart.set_enabled(True, data))
    assert autostart.is_enabled()
    text = where.read_text(encoding="utf-8")
    [line] = [ln for ln in text.splitlines() if ln.startswith("Exec=")]
    command = autostart.launch_command(data)
    assert command[-3:] == ["--minimized", "--data-dir", str(data)]
    assert line == f"Exec={exec_value(command)}"
    assert '\\\\"data\\\\"' in line and "\\\\$dir" in line  # both escaping layers of the spec
    autostart.set_enabled(False)
    assert not where.exists() and not autostart.is_enabled()


OLD_XDG = "baclofen-companion.desktop"
OLD_AGENT = "org.baclofen-companion.app.plist"


@pytest.fixture
def linux(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The XDG autostart folder of a Linux login."""
    monkeypatch.setattr(autostart.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config" / "autostart"


@pytest.fixture
def mac(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The LaunchAgents folder of a macOS login."""
    monkeypatch.setattr(autostart.sys, "platform", "darwin")
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path / "Library" / "LaunchAgents"


def plant_old_xdg(folder: Path, data: Path) -> Path:
    """The login entry an older version wrote, before the one app id."""
    folder.mkdir(parents=True)
    old = folder / OLD_XDG
    old.write_text(
        "[Desktop Entry]\nType=Application\nName=Baclofen Companion\n"
        f"Exec={exec_value(autostart.launch_command(data))}\n"
        "Icon=baclofen-companion\nTerminal=false\nX-GNOME-Autostart-enabled=true\n",
        encoding="utf-8",
    )
    return old


def plant_old_agent(folder: Path, data: Path) -> Path:
    folder.mkdir(parents=True)
    old = folder / OLD_AGENT
    plist = {
        "Label": "org.baclofen-companion.app",
        "ProgramArguments": autostart.launch_command(data),
        "RunAtLoad": True,
    }
    old.write_bytes(plistlib.dumps(plist))
    return old


def test_the_login_entry_is_named_by_the_app_id(linux: Path, tmp_path: Path) -> None:
    where = Path(autostart.set_enabled(True, tmp_path / "data"))
    assert where == linux / f"{APP_ID}.desktop"
    assert f"Icon={APP_ID}" in where.read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("enabled", [True, False])
def test_turning_login_start_on_or_off_removes_the_old_entry(
    linux: Path, tmp_path: Path, enabled: bool
) -> None:
    old = plant_old_xdg(linux, tmp_path / "data")
    assert autostart.is_enabled()  # the old entry still starts the app at login
    autostart.set_enabled(enabled, tmp_path / "data")
    assert not old.exists()
    assert [p.name for p in linux.iterdir()] == ([f"{APP_ID}.desktop"] if enabled else [])
    assert autostart.is_enabled() is enabled


def test_an_old_login_entry_moves_to_the_app_id_with_its_data_folder(
    linux: Path, tmp_path: Path
) -> None:
    data = tmp_path / "my data"
    old = plant_old_xdg(linux, data)
    assert autostart.migrate() == [old]
    [entry] = linux.iterdir()
    assert entry.name == f"{APP_ID}.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f"Exec={exec_value(autostart.launch_command(data))}" in lines
    assert f"Icon={APP_ID}" in lines
    assert autostart.is_enabled()
    assert autostart.migrate() == []


@pytest.mark.parametrize("enabled", [True, False])
def test_on_macos_toggling_removes_the_old_launch_agent(
    mac: Path, tmp_path: Path, enabled: bool
) -> None:
    old = plant_old_agent(mac, tmp_path / "data")
    assert autostart.is_enabled()
    autostart.set_enabled(enabled, tmp_path / "data")
    assert not old.exists()
    agents = [p.name for p in mac.iterdir()]
    assert agents == ([f"{APP_ID}.plist"] if enabled else [])
    if enabled:
        plist = plistlib.loads((mac / f"{APP_ID}.plist").read_bytes())
        assert plist["Label"] == APP_ID


def test_on_macos_an_old_launch_agent_moves_to_the_app_id(mac: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    old = plant_old_agent(mac, data)
    assert autostart.migrate() == [old]
    [agent] = mac.iterdir()
    assert agent.name == f"{APP_ID}.plist"
    plist = plistlib.loads(agent.read_bytes())
    assert plist["Label"] == APP_ID
    assert plist["ProgramArguments"] == autostart.launch_command(data)
