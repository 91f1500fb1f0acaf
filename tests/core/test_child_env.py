"""A child of the bundle gets the person's library path back, not the bundle's."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from baclofen_companion.core.child_env import child_environment, children_environment

BUNDLE = "/opt/baclofen-companion/_internal"


def test_a_bundle_child_gets_the_library_path_from_before_the_bundle() -> None:
    env = child_environment(
        {"LD_LIBRARY_PATH": BUNDLE, "LD_LIBRARY_PATH_ORIG": "/usr/local/lib", "HOME": "/h"},
        frozen=True,
    )
    assert env == {"LD_LIBRARY_PATH": "/usr/local/lib", "HOME": "/h"}


def test_a_bundle_child_gets_no_library_path_where_there_was_none() -> None:
    env = child_environment({"LD_LIBRARY_PATH": BUNDLE, "PATH": "/usr/bin"}, frozen=True)
    assert env == {"PATH": "/usr/bin"}


def test_a_macos_library_path_of_the_persons_own_is_kept() -> None:
    # The bootloader never sets DYLD_LIBRARY_PATH: one there is the person's.
    given = {"DYLD_LIBRARY_PATH": "/opt/homebrew/lib"}
    assert child_environment(given, frozen=True) == given


def test_outside_a_bundle_the_environment_is_passed_on_as_it_is() -> None:
    given = {"LD_LIBRARY_PATH": "/usr/local/lib", "LD_LIBRARY_PATH_ORIG": "/x", "LANG": "de_DE"}
    assert child_environment(given, frozen=False) == given


def test_the_processes_own_environment_is_never_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", BUNDLE)
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    env = child_environment(frozen=True)
    assert env["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert os.environ["LD_LIBRARY_PATH"] == BUNDLE


def test_a_program_started_inside_the_block_sees_the_persons_path_and_ours_is_restored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", BUNDLE)
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    show = "import os; print(os.environ.get('LD_LIBRARY_PATH'))"
    with children_environment(frozen=True):
        # Started as a library would start it, with no env argument.
        seen = subprocess.run(
            [sys.executable, "-c", show], capture_output=True, text=True, check=True
        ).stdout.strip()
    assert seen == "/usr/local/lib"
    assert os.environ["LD_LIBRARY_PATH"] == BUNDLE
    assert os.environ["LD_LIBRARY_PATH_ORIG"] == "/usr/local/lib"
