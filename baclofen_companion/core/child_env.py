"""The environment for a program the app starts (notify-send, a file opener): the person's own,
not the bundle's.

A PyInstaller bundle on Linux starts with LD_LIBRARY_PATH pointing into its own folder, so that
its Qt is found; a child started with it would load the bundle's libraries instead of the
system's (notify-send linking the bundle's GLib) and may fail or crash. The bootloader keeps
what the variable was before in LD_LIBRARY_PATH_ORIG (PyInstaller's "Ensuring proper
environment for subprocesses"); this restores it, or removes the variable where there was none.
Outside a bundle the environment is passed on unchanged.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

# The variables PyInstaller's bootloader sets for itself: LD_LIBRARY_PATH (Linux, the BSDs) and
# LIBPATH (AIX). On macOS and Windows it sets none, and DYLD_LIBRARY_PATH is left alone.
BUNDLE_VARIABLES = ("LD_LIBRARY_PATH", "LIBPATH")


def child_environment(
    environ: Mapping[str, str] | None = None, frozen: bool | None = None
) -> dict[str, str]:
    """A copy of ``environ`` (default: this process's) fit for a child process; ``frozen``
    (default: whether this process is a bundle) says whether the bundle's paths are in it."""
    env = dict(os.environ if environ is None else environ)
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    if not frozen:
        return env
    for name in BUNDLE_VARIABLES:
        original = env.pop(f"{name}_ORIG", None)
        if original is not None:
            env[name] = original
        else:
            env.pop(name, None)
    return env


@contextmanager
def children_environment(frozen: bool | None = None) -> Iterator[None]:
    """Within it, this process's environment is ``child_environment()``: for a library that
    starts a program without taking an environment (plyer runs notify-send so). Only the
    variables that differ are touched, and they are put back afterwards, even on an error."""
    saved = {name: os.environ.get(name) for name in BUNDLE_VARIABLES}
    saved |= {f"{name}_ORIG": os.environ.get(f"{name}_ORIG") for name in BUNDLE_VARIABLES}
    wanted = child_environment(frozen=frozen)
    for name in saved:
        if name in wanted:
            os.environ[name] = wanted[name]
        else:
            os.environ.pop(name, None)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
