"""Start at login on Linux: an XDG autostart entry that starts this copy in the tray."""

from __future__ import annotations

from pathlib import Path

import pytest

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
