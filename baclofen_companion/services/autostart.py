"""Start at login: the platform's own autostart entry (XDG .desktop, Run key, LaunchAgent)."""

from __future__ import annotations

import contextlib
import os
import plistlib
import sys
from pathlib import Path

from baclofen_companion.services.desktop_entry import exec_value

ENTRY_NAME = "baclofen-companion"
WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
MAC_LABEL = "org.baclofen-companion.app"


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


def _xdg_entry() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / f"{ENTRY_NAME}.desktop"


def _mac_agent() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{MAC_LABEL}.plist"


def is_enabled() -> bool:
    if sys.platform == "win32":
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
                winreg.QueryValueEx(key, "Baclofen Companion")
            return True
        except OSError:
            return False
    if sys.platform == "darwin":
        return _mac_agent().exists()
    return _xdg_entry().exists()


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
            "Icon=baclofen-companion\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n",
            encoding="utf-8",
        )
    else:
        path.unlink(missing_ok=True)
    return str(path)
