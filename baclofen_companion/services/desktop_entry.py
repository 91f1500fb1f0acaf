"""Add the app to a Linux desktop's menu for this user: a .desktop entry and hicolor icons
under $XDG_DATA_HOME (default ~/.local/share). No root, no Qt."""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path

from baclofen_companion import APP_ID

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# The command, Qt's application name and so X11's WM_CLASS; also the stem of the icon files
# in the package's resources.
COMMAND = "baclofen-companion"
# What versions before the one app id installed under; install and uninstall remove them, so an
# upgrade leaves one menu entry, not two.
OLD_NAMES = ("baclofen-companion",)

# Keep in step with packaging/linux/<APP_ID>.desktop (tests compare the two); only
# Exec and TryExec differ, because this entry starts one particular installation.
ENTRY_KEYS = (
    ("Type", "Application"),
    ("Version", "1.4"),
    ("Name", "Baclofen Companion"),
    ("GenericName", "Medication Reminder"),
    ("GenericName[de]", "Erinnerung an Medikamente"),
    ("Comment", "Take every baclofen dose on time and keep a diary for the doctor"),
    # The menu's own words in the languages the app speaks (translations/), as the spec allows.
    (
        "Comment[de]",
        "Jede Baclofen-Dosis pünktlich nehmen und ein Tagebuch für die Ärztin oder den Arzt führen",
    ),
    ("Icon", APP_ID),
)
ENTRY_TAIL = (
    ("Terminal", "false"),
    ("Categories", "Utility;"),
    ("Keywords", "medicine;medication;dose;reminder;pill;tablet;baclofen;diary;"),
    ("Keywords[de]", "Medikament;Arznei;Dosis;Erinnerung;Tablette;Baclofen;Tagebuch;"),
    ("StartupNotify", "true"),
    ("StartupWMClass", COMMAND),
    # It reminds through the system's notifications; GNOME lists it under Notifications.
    ("X-GNOME-UsesNotifications", "true"),
)

# Desktop Entry spec, "The Exec key": an argument holding any of these must be double-quoted.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    # XDG Base Directory spec: unset, empty or relative values all mean the default.
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def desktop_file(name: str = APP_ID) -> Path:
    return data_home() / "applications" / f"{name}.desktop"


def icon_files(name: str = APP_ID) -> dict[Path, str]:
    """Where each icon goes in the hicolor theme -> its file in the package's resources."""
    hicolor = data_home() / "icons" / "hicolor"
    files = {
        hicolor / f"{size}x{size}" / "apps" / f"{name}.png": f"{COMMAND}-{size}.png"
        for size in ICON_SIZES
    }
    files[hicolor / "scalable" / "apps" / f"{name}.svg"] = f"{COMMAND}.svg"
    return files


def _old_files() -> list[Path]:
    return [path for name in OLD_NAMES for path in (desktop_file(name), *icon_files(name))]


def _remove(paths: list[Path]) -> list[Path]:
    removed = []
    for path in paths:
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def _escape_string(value: str) -> str:
    """The spec's escapes for values of type string (applied after the Exec quoting)."""
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def _quote_arg(arg: str) -> str:
    if arg and not _RESERVED.intersection(arg):
        quoted = arg
    else:
        quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
    # '%' starts a field code (%f, %u...) anywhere in Exec, so a literal one is doubled.
    return quoted.replace("%", "%%")


def exec_value(command: list[str]) -> str:
    r"""The Exec value that runs `command` verbatim, quoted and escaped per the spec.

    The string escapes apply on top of the quoting, as the spec says: a literal backslash in an
    argument ends up as \\\\ in the file, a '$' as \\$.
    """
    if not command or not command[0]:
        raise ValueError("the command to start the app is empty")
    return _escape_string(" ".join(_quote_arg(arg) for arg in command))


def entry_text(command: list[str]) -> str:
    keys = [
        *ENTRY_KEYS,
        ("Exec", exec_value(command)),
        # TryExec hides the entry once the program is gone, e.g. a deleted bundle folder.
        ("TryExec", _escape_string(command[0])),
        *ENTRY_TAIL,
    ]
    return "[Desktop Entry]\n" + "".join(f"{key}={value}\n" for key, value in keys)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Menus watch these folders; a rename means they never read a half-written file.
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)


def _refresh_icon_theme() -> None:
    # GTK trusts an icon-theme.cache only while it is newer than the theme folder; touching the
    # folder makes it rescan instead of missing (or keeping) our icons.
    hicolor = data_home() / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)


def install(exe_command: list[str]) -> list[Path]:
    """Add the menu entry that runs `exe_command`; returns the files written, entry first.

    An entry under an old name goes (with its icons) once the new one is in place.
    """
    text = entry_text(exe_command)
    package = resources.files("baclofen_companion.resources")
    icons = icon_files()
    for target, name in icons.items():
        _write(target, package.joinpath(name).read_bytes())
    # The entry last, so a menu never lists it before its icon is there.
    entry = desktop_file()
    _write(entry, text.encode("utf-8"))
    _remove(_old_files())
    _refresh_icon_theme()
    return [entry, *icons]


def uninstall() -> list[Path]:
    """Remove the menu entry and its icons, under old names too; returns the files that were
    there. Data stays."""
    removed = _remove([desktop_file(), *icon_files(), *_old_files()])
    _refresh_icon_theme()
    return removed


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How the menu should start this installation: the bundle, the pip script or python -m."""
    # Same discovery as the login entry, which adds --minimized; a menu start shows the window.
    from baclofen_companion.services.autostart import launch_command as login_command

    command = login_command(data_dir.expanduser().resolve() if data_dir else None)
    command.remove("--minimized")
    return command
