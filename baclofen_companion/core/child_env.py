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
from collections.abc import Mapping

# The variables PyInstaller's bootloader sets for itself: LD_LIBRARY_PATH on Linux and the BSDs,
# DYLD_LIBRARY_PATH on macOS.
BUNDLE_VARIABLES = ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH")


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
