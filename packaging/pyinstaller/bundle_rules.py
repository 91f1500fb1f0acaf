"""What goes into the PyInstaller bundle and what stays out, in one place that the spec reads and
tests/test_packaging.py checks against the code (PyInstaller itself is not needed to import it)."""

from __future__ import annotations

# Every Qt module the app imports, at the top of a module or inside a function (Travel → Print
# loads QtPrintSupport only when someone prints, where PyInstaller's own analysis still sees
# it, but an exclude would win). tests/test_packaging.py fails when the code imports one that
# is not listed here.
QT_MODULES = (
    "PySide6.QtCore",
    "PySide6.QtDBus",
    "PySide6.QtGui",
    "PySide6.QtNetwork",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
    "PySide6.QtWidgets",
)

# Qt modules the app never imports; some are pulled in through plugins otherwise.
QT_EXCLUDES = (
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
)

# The programs in the bundle, as (name, console). The same names as pyproject's gui-scripts and
# scripts: the windowed app, and on Windows a console twin so that report, export, backup and
# --version print where they were started (a windowed .exe has no console to print to).
PROGRAMS = (
    ("baclofen-companion", False),
    ("baclofen-companion-cli", True),
)


def programs_for(platform: str) -> list[tuple[str, bool]]:
    """PROGRAMS for ``sys.platform``: on macOS the windowed one only, since an .app has one
    program and its Contents/MacOS/baclofen-companion prints in a terminal as it is."""
    return [(name, console) for name, console in PROGRAMS if not (console and platform == "darwin")]


# Libraries PyInstaller copies from the build machine that the bundle must take from the system
# it runs on instead. Debian 12's copies need glibc 2.35 or newer, while PySide6's wheels need
# only 2.34, so they would lock out RHEL 9 and its kin; the system's own copy always runs on
# that system's glibc.
SYSTEM_LIBRARIES = (
    # The C++ runtime and XML parser every desktop has (Qt, fontconfig and Mesa link them).
    "libstdc++.so.6",
    "libgcc_s.so.1",
    "libexpat.so.1",
    # CUPS, which Qt's printing plugin links, and what only it needs: it must be the system's
    # to talk to the system's printing service. Where there is no CUPS, the plugin does not
    # load and Print… still prints to a PDF file.
    "libcups.so.2",
    "libavahi-client.so.3",
    "libavahi-common.so.3",
    "libgnutls.so.30",
    "libgmp.so.10",
    "libhogweed.so.6",
    "libidn2.so.0",
    "libnettle.so.8",
    "libp11-kit.so.0",
    "libtasn1.so.6",
    "libunistring.so.2",
)

# The oldest glibc the Linux bundle runs on: PySide6 6.11's manylinux_2_34 wheels. build_bundle.py
# fails on any symbol version above it in the bundle's ELF files.
GLIBC_FLOOR = (2, 34)

# The one exception, which cannot be dropped: the interpreter itself. A Python built against
# glibc 2.35 or newer (Debian 12's, or pyenv's on Debian 12, as on CI) takes hypot() at
# GLIBC_2.35. build_bundle.py names it on every build; a release for RHEL 9 and older needs a
# Python built on glibc 2.34 (see packaging/README.md). Any other symbol still fails.
INTERPRETER = "libpython"
INTERPRETER_SYMBOLS = frozenset({"hypot"})


def keep_binary(entry: tuple[str, str, str]) -> bool:
    """False for a build machine's copy of a library in SYSTEM_LIBRARIES (PyInstaller's TOC
    entries are (name in the bundle, source path, kind))."""
    name = entry[0].replace("\\", "/").rsplit("/", 1)[-1]
    return name not in SYSTEM_LIBRARIES
