"""A child of the bundle gets the person's library path back, not the bundle's."""

from __future__ import annotations

import os

import pytest

from baclofen_companion.core.child_env import child_environment

BUNDLE = "/opt/baclofen-companion/_internal"


def test_a_bundle_child_gets_the_library_path_from_before_the_bundle() -> None:
    env = child_environment(
        {"LD_LIBRARY_PATH": BUNDLE, "LD_LIBRARY_PATH_ORIG": "/usr/local/lib", "HOME": "/h"},
        frozen=True,
    )
    assert env == {"LD_LIBRARY_PATH": "/usr/local/lib", "HOME": "/h"}


def test_a_bundle_child_gets_no_library_path_where_there_was_none() -> None:
    env = child_environment(
        {"LD_LIBRARY_PATH": BUNDLE, "DYLD_LIBRARY_PATH": BUNDLE, "PATH": "/usr/bin"},
        frozen=True,
    )
    assert env == {"PATH": "/usr/bin"}


def test_outside_a_bundle_the_environment_is_passed_on_as_it_is() -> None:
    given = {"LD_LIBRARY_PATH": "/usr/local/lib", "LD_LIBRARY_PATH_ORIG": "/x", "LANG": "de_DE"}
    assert child_environment(given, frozen=False) == given


def test_the_processes_own_environment_is_never_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LD_LIBRARY_PATH", BUNDLE)
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    env = child_environment(frozen=True)
    assert env["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert os.environ["LD_LIBRARY_PATH"] == BUNDLE
