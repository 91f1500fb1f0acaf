"""Start at login: the platform's own autostart entry (XDG .desktop, Run key, LaunchAgent)."""

from __future__ import annotations

import contextlib
import os
import plistlib
import sys
from pathlib import Path

from baclofen_companion import APP_ID
from baclofen_companion.services.desktop_entry import exec_value

ENTRY_NAME = APP_ID
WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
MAC_LABEL = APP_ID
# The names versions before the one app id used. Turning login start on or off removes them,
# and migrate() renames them at start-up, so an upgrade never starts the app twice at login.
OLD_ENTRY_NAMES = ("baclofen-companion",)
OLD_MAC_LABELS = ("org.baclofen-companion.app",)


def launch_command(data_dir: Path | None) -> list[str]:
    """How the login session should start this same installation, minimized to the tray."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        script = Path(sys.executable).with_name(
            "baclofen-companion.exe" if sys.platform == "win32" else "baclofen-companion"
        )
        command = [str(script)] if script.exists() else [sys.executable, "-m", "baclofen_companion"]
    command.append("--minimized")
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def _xdg_entry(name: str = ENTRY_NAME) -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / f"{name}.desktop"


def _mac_agent(label: str = MAC_LABEL) -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{label}.plist"


def _old_entries() -> list[Path]:
    if sys.platform == "darwin":
        return [_mac_agent(label) for label in OLD_MAC_LABELS]
    return [_xdg_entry(name) for name in OLD_ENTRY_NAMES]


def migrate() -> list[Path]:
    """Move a login entry written under an old name to the app id, keeping its command (and so
    its data folder); returns the old files removed. Nothing happens on Windows, whose Run value
    never had an id in it."""
    if sys.platform == "win32":
        return []
    old = [path for path in _old_entries() if path.exists()]
    if not old:
        return []
    if sys.platform == "darwin":
        new = _mac_agent()
        if not new.exists():
            plist = plistlib.loads(old[0].read_bytes())
            plist["Label"] = MAC_LABEL
            new.write_bytes(plistlib.dumps(plist))
    else:
        new = _xdg_entry()
        if not new.exists():
            lines = old[0].read_text(encoding="utf-8").splitlines()
            text = "".join(
                f"Icon={APP_ID}\n" if line.startswith("Icon=") else f"{line}\n" for line in lines
            )
            new.write_text(text, encoding="utf-8")
    _remove_old_entries()
    return old


def _remove_old_entries() -> None:
    # After the new entry is written, so a failed write never leaves no login entry at all.
    for path in _old_entries():
        path.unlink(missing_ok=True)


def is_enabled() -> bool:
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
                winreg.QueryValueEx(key, "Baclofen Companion")
            return True
        except OSError:
            return False
    return any(
        path.exists()
        for path in [_mac_agent() if sys.platform == "darwin" else _xdg_entry(), *_old_entries()]
    )


def set_enabled(enabled: bool, data_dir: Path | None = None) -> str:
    """Add or remove the login entry; returns where it lives, for the log."""
    command = launch_command(data_dir)
    if sys.platform == "win32":
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
            if enabled:
                line = " ".join(f'"{a}"' if " " in a else a for a in command)
                winreg.SetValueEx(key, "Baclofen Companion", 0, winreg.REG_SZ, line)
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, "Baclofen Companion")
        return f"HKCU\\{WINDOWS_RUN_KEY}"
    if sys.platform == "darwin":
        path = _mac_agent()
        if enabled:
            path.parent.mkdir(parents=True, exist_ok=True)
            plist = {"Label": MAC_LABEL, "ProgramArguments": command, "RunAtLoad": True}
            path.write_bytes(plistlib.dumps(plist))
        else:
            path.unlink(missing_ok=True)
        _remove_old_entries()
        return str(path)
    path = _xdg_entry()
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=Baclofen Companion\n"
            "Comment=Dose reminders for baclofen\n"
            "Comment[de]=Erinnerungen an Baclofen-Dosen\n"
            f"Exec={exec_value(command)}\n"
            f"Icon={APP_ID}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n",
            encoding="utf-8",
        )
    else:
        path.unlink(missing_ok=True)
    _remove_old_entries()
    return str(path)
