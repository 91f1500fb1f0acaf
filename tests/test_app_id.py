"""What a distribution or Flathub reads about the app: one reverse-DNS id everywhere, the licence
in the installed metadata, and AppStream metainfo that agrees with the code and the changelog."""

from __future__ import annotations

import ast
import re
import struct
import sys
import tomllib
import xml.etree.ElementTree as ET
from importlib import metadata
from pathlib import Path

import pytest

from baclofen_companion import APP_ID, LICENSE, __version__
from baclofen_companion.services import autostart, desktop_entry
from tests.self_test import self_test_then_print

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
SPEC = ROOT / "packaging" / "pyinstaller" / "baclofen-companion.spec"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
# The ids before there was one; only the lists of old names that are cleaned up may hold them.
OLD_IDS = ("io.github.baclofen_companion", "org.baclofen-companion.app")


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def desktop_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("=", 1) for line in lines if "=" in line)


def spec_bundle_identifier() -> str:
    """The expression the spec passes as BUNDLE(bundle_identifier=...), resolved if a name."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    imported = {
        alias.name: node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    [value] = [
        kw.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for kw in node.keywords
        if kw.arg == "bundle_identifier"
    ]
    if isinstance(value, ast.Constant):
        return str(value.value)
    assert isinstance(value, ast.Name) and imported.get(value.id) == "baclofen_companion"
    return str(getattr(sys.modules["baclofen_companion"], value.id))


def test_the_id_is_one_reverse_dns_name() -> None:
    # AppStream's rules: at least three parts, none starting with a digit, no "-" (D-Bus).
    assert re.fullmatch(r"[a-z][a-z0-9]*(\.[a-z_][a-z0-9_]*){2,}", APP_ID)


def test_every_packaged_file_names_the_same_id() -> None:
    assert sorted(p.name for p in LINUX.iterdir()) == [
        f"{APP_ID}.desktop",
        f"{APP_ID}.metainfo.xml",
    ]
    assert desktop_keys(LINUX / f"{APP_ID}.desktop")["Icon"] == APP_ID
    root = metainfo()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert root.findtext("icon[@type='stock']") == APP_ID
    assert spec_bundle_identifier() == APP_ID
    assert autostart.ENTRY_NAME == autostart.MAC_LABEL == APP_ID


def test_the_installed_menu_entry_and_icons_are_named_by_the_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    entry, *icons = desktop_entry.install(["/opt/app/baclofen-companion"])
    assert entry.name == f"{APP_ID}.desktop"
    assert desktop_keys(entry)["Icon"] == APP_ID
    assert {icon.stem for icon in icons} == {APP_ID}


def test_the_running_app_gives_the_id_as_its_desktop_file_name(tmp_path: Path) -> None:
    # The Wayland app id, by which a compositor finds the menu entry and its icon.
    line, errors = self_test_then_print(
        tmp_path, "from PySide6.QtGui import QGuiApplication", "QGuiApplication.desktopFileName()"
    )
    assert line == f"0 {APP_ID}", errors


def test_no_old_id_is_left_outside_the_lists_of_names_to_remove() -> None:
    cleanup = {
        ROOT / "baclofen_companion" / "services" / "autostart.py",
        ROOT / "baclofen_companion" / "services" / "desktop_entry.py",
    }
    files = [
        *(ROOT / "baclofen_companion").rglob("*.py"),
        *(ROOT / "packaging").rglob("*"),
        ROOT / "pyproject.toml",
    ]
    for path in files:
        if (
            path.is_file()
            and path not in cleanup
            and path.suffix in {"", ".py", ".spec", ".sh", ".xml", ".desktop", ".toml"}
        ):
            text = path.read_text(encoding="utf-8")
            for old in OLD_IDS:
                assert old not in text, f"{path.relative_to(ROOT)} still names {old}"


def test_the_licence_is_in_the_installed_metadata() -> None:
    meta = metadata.metadata("baclofen-companion")
    assert meta["License-Expression"] == LICENSE == "GPL-3.0-or-later"
    assert meta.get_all("License-File") == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert metainfo().findtext("project_license") == LICENSE
    assert meta["Author"] == "Baclofen Companion contributors"


def test_the_project_urls_agree_with_the_metainfo() -> None:
    urls = dict(
        u.split(", ", 1)
        for u in metadata.metadata("baclofen-companion").get_all("Project-URL") or []
    )
    root = metainfo()
    assert root.findtext("url[@type='homepage']") == urls["Homepage"]
    assert root.findtext("url[@type='bugtracker']") == urls["Issues"]
    # The homepage is the GitHub account and repository the id is made of.
    account, repository = APP_ID.split(".")[2:]
    assert urls["Homepage"] == f"https://github.com/{account}/{repository.replace('_', '-')}"


def test_the_releases_are_the_changelogs_and_the_newest_is_this_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    logged = re.findall(r"^## (\S+) — (\d{4}-\d{2}-\d{2})$", changelog, flags=re.MULTILINE)
    releases = [(r.get("version"), r.get("date")) for r in metainfo().iterfind("releases/release")]
    assert releases == logged
    assert releases[0][0] == __version__


def test_the_screenshots_are_the_ones_in_docs_at_their_real_size() -> None:
    images = metainfo().findall("screenshots/screenshot/image")
    assert images
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    homepage = pyproject["project"]["urls"]["Homepage"]
    raw = homepage.replace("https://github.com/", "https://raw.githubusercontent.com/")
    for image in images:
        url = image.text or ""
        # The tagged release's copy, so a screenshot never shows a newer app than described.
        assert url.startswith(f"{raw}/v{__version__}/docs/"), url
        png = ROOT / "docs" / url.rsplit("/", 1)[1]
        size = struct.unpack(">II", png.read_bytes()[16:24])
        assert size == (int(image.get("width", 0)), int(image.get("height", 0))), png.name
