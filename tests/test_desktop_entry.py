"""The Linux menu entry: files under XDG_DATA_HOME, an Exec that starts this installation."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

from baclofen_companion import APP_ID
from baclofen_companion.app import COMMAND
from baclofen_companion.services import desktop_entry
from tests.conftest import require

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
PACKAGED_ENTRY = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
# What versions before the one app id installed: the entry and its icons under "baclofen-companion".
OLD = "baclofen-companion"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

TRICKY_COMMANDS = [
    ["/opt/baclofen-companion/baclofen-companion"],
    ["/home/sam/Baclofen Companion/baclofen-companion"],
    ["/usr/bin/python3", "-m", "baclofen_companion", "--data-dir", "/home/sam/100% sure"],
    ["/home/o'neil/app/baclofen-companion", "--data-dir", '/tmp/say "hi"'],
    ["/srv/a$HOME/b`id`/c\\d/baclofen-companion"],
    ["/tmp/tab\there/baclofen-companion", "--data-dir", "/tmp/semi;colon & (paren) #~*?<>|"],
    ["/tmp/x/baclofen-companion", "--data-dir", ""],
]


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    return tmp_path / "share"


def read_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    pairs = [line.split("=", 1) for line in lines[1:] if line and not line.startswith("#")]
    return {key: value for key, value in pairs}


def parse_exec(value: str) -> list[str]:
    """Split an Exec value as a launcher does (Desktop Entry spec 1.4), independently."""
    string_escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    unescaped = re.sub(r"\\(.)", lambda m: string_escapes[m[1]], value)
    args: list[str] = []
    current: str | None = None
    chars = iter(unescaped)
    for char in chars:
        if char == " ":
            if current is not None:
                args.append(current)
            current = None
        elif char == '"':
            current = current or ""
            for inner in chars:
                if inner == '"':
                    break
                if inner == "\\":
                    escaped = next(chars)
                    assert escaped in '"`$\\', f"bad escape \\{escaped}"
                    current += escaped
                else:
                    current += inner
            else:
                raise AssertionError("unterminated quote")
        else:
            assert char not in "\t\n\"'\\><~|&;$*?#()`", f"reserved {char!r} outside quotes"
            current = (current or "") + char
    if current is not None:
        args.append(current)
    fields = [re.sub(r"%(.)", lambda m: "%" if m[1] == "%" else "<field>", a) for a in args]
    assert "<field>" not in "".join(fields), "a field code crept in"
    return fields


def validate_desktop(path: Path) -> None:
    require(
        shutil.which("desktop-file-validate") is not None,
        "desktop-file-validate is missing (apt-get install desktop-file-utils)",
    )
    result = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    # It exits 0 on mere hints, so any output at all counts as a failure here.
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_install_puts_the_entry_and_every_icon_under_xdg_data_home(share: Path) -> None:
    command = ["/opt/Baclofen Companion/baclofen-companion"]
    written = desktop_entry.install(command)

    entry = share / "applications" / f"{APP_ID}.desktop"
    assert written[0] == entry
    fields = read_entry(entry)
    assert fields["Exec"] == '"/opt/Baclofen Companion/baclofen-companion"'
    assert fields["TryExec"] == "/opt/Baclofen Companion/baclofen-companion"
    assert fields["Icon"] == APP_ID
    for size in SIZES:
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png in written
        assert struct.unpack(">II", png.read_bytes()[16:24]) == (size, size)
    svg = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg in written
    shipped = resources.files("baclofen_companion.resources") / "baclofen-companion.svg"
    assert svg.read_bytes() == shipped.read_bytes()
    assert sorted(p for p in share.rglob("*") if p.is_file()) == sorted(written)


@pytest.mark.parametrize("command", TRICKY_COMMANDS)
def test_exec_runs_exactly_the_command_given(share: Path, command: list[str]) -> None:
    desktop_entry.install(command)
    fields = read_entry(share / "applications" / f"{APP_ID}.desktop")
    assert parse_exec(fields["Exec"]) == command


@pytest.mark.parametrize("command", TRICKY_COMMANDS)
def test_the_installed_entry_passes_desktop_file_validate(share: Path, command: list[str]) -> None:
    desktop_entry.install(command)
    validate_desktop(share / "applications" / f"{APP_ID}.desktop")


def test_without_xdg_data_home_it_uses_local_share(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    # The spec says a relative XDG_DATA_HOME is invalid and is to be ignored.
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    desktop_entry.install(["/opt/app/baclofen-companion"])
    assert (tmp_path / f".local/share/applications/{APP_ID}.desktop").is_file()
    assert (tmp_path / f".local/share/icons/hicolor/48x48/apps/{APP_ID}.png").is_file()


def test_an_empty_command_is_refused_before_anything_is_written(share: Path) -> None:
    with pytest.raises(ValueError, match="empty"):
        desktop_entry.install([])
    assert not share.exists()


def test_installing_twice_replaces_the_entry(share: Path) -> None:
    desktop_entry.install(["/old/baclofen-companion"])
    desktop_entry.install(["/new/baclofen-companion"])
    entry = share / "applications" / f"{APP_ID}.desktop"
    assert read_entry(entry)["Exec"] == "/new/baclofen-companion"
    assert [p.name for p in entry.parent.iterdir()] == [f"{APP_ID}.desktop"]


def test_uninstall_removes_what_install_wrote_and_nothing_else(share: Path) -> None:
    neighbour = share / "applications" / "other.desktop"
    neighbour_icon = share / "icons" / "hicolor" / "48x48" / "apps" / "other.png"
    for path in (neighbour, neighbour_icon):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("someone else's")
    written = desktop_entry.install(["/opt/app/baclofen-companion"])

    removed = desktop_entry.uninstall()

    assert sorted(removed) == sorted(written)
    assert not any(path.exists() for path in written)
    assert neighbour.read_text() == "someone else's"
    assert neighbour_icon.read_text() == "someone else's"
    assert desktop_entry.uninstall() == []


def test_launch_command_starts_this_installation_with_its_data_dir(tmp_path: Path) -> None:
    command = desktop_entry.launch_command(tmp_path / "data")
    assert "--minimized" not in command
    assert command[-2:] == ["--data-dir", str((tmp_path / "data").resolve())]
    assert Path(command[0]).is_absolute() and Path(command[0]).exists()
    result = subprocess.run(
        [*command[:-2], "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("baclofen-companion ")
    assert desktop_entry.launch_command()[0] in {command[0], sys.executable}


def test_the_packaged_entry_matches_the_one_install_writes(share: Path) -> None:
    packaged = read_entry(PACKAGED_ENTRY)
    installed = read_entry(desktop_entry.install(["/opt/app/baclofen-companion"])[0])
    for key in ("Exec", "TryExec"):
        assert packaged.pop(key) == COMMAND
        installed.pop(key)
    assert packaged == installed


def test_the_packaged_entry_passes_desktop_file_validate() -> None:
    validate_desktop(PACKAGED_ENTRY)


def test_the_metainfo_names_the_desktop_entry_and_the_app_id() -> None:
    root = ET.parse(METAINFO).getroot()
    component_id = root.findtext("id")
    assert METAINFO.name == f"{component_id}.metainfo.xml"
    assert root.findtext("launchable") == PACKAGED_ENTRY.name == f"{APP_ID}.desktop"
    assert root.findtext("name") == read_entry(PACKAGED_ENTRY)["Name"]
    assert root.findtext("provides/binary") == COMMAND


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    require(
        shutil.which("appstreamcli") is not None,
        "appstreamcli is missing (apt-get install appstream)",
    )
    result = subprocess.run(
        ["appstreamcli", "validate", "--pedantic", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # It exits 0 on pedantic and info notes ("P: ...", "I: ..."); none are allowed here.
    notes = [line for line in result.stdout.splitlines() if re.match(r"[EWIP]: ", line)]
    assert notes == [], result.stdout


def plant_old_install(share: Path) -> list[Path]:
    """The menu entry and icons an older version's --install-desktop-entry left behind."""
    planted = [share / "applications" / f"{OLD}.desktop"]
    hicolor = share / "icons" / "hicolor"
    planted += [hicolor / f"{size}x{size}" / "apps" / f"{OLD}.png" for size in SIZES]
    planted.append(hicolor / "scalable" / "apps" / f"{OLD}.svg")
    for path in planted:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"old")
    return planted


def test_installing_over_an_old_version_leaves_one_menu_entry(share: Path) -> None:
    old = plant_old_install(share)
    written = desktop_entry.install(["/opt/app/baclofen-companion"])
    assert not any(path.exists() for path in old)
    assert [p.name for p in (share / "applications").iterdir()] == [f"{APP_ID}.desktop"]
    assert sorted(p for p in share.rglob("*") if p.is_file()) == sorted(written)


def test_uninstall_also_removes_an_old_versions_entry(share: Path) -> None:
    old = plant_old_install(share)
    written = desktop_entry.install(["/opt/app/baclofen-companion"])
    plant_old_install(share)  # say, an older copy's --install-desktop-entry run again since
    removed = desktop_entry.uninstall()
    assert sorted(removed) == sorted([*written, *old])
    assert not any(p.is_file() for p in share.rglob("*"))
