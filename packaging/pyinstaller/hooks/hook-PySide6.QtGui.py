"""PyInstaller's QtGui hook minus the Qt plugins the app never loads, and so their libraries."""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Matched against each file's source path. Dropped here, in the hook, because PyInstaller
# collects the libraries a plugin links to right after the hooks run.
UNUSED = (
    # Framebuffer, VNC and KMS platforms; the desktop needs xcb and wayland, CI offscreen.
    "/platforms/libqeglfs",
    "/platforms/libqlinuxfb",
    "/platforms/libqminimalegl",
    "/platforms/libqvkkhrdisplay",
    "/platforms/libqvnc",
    "/egldeviceintegrations/",
    "/generic/",  # evdev, libinput and tslib input for those framebuffer platforms
    # It would bundle the build machine's GTK, which clashes with the user's; Qt falls back
    # to its own Fusion style and the portal theme.
    "/platformthemes/libqgtk3",
    # Icons are PNG (built into QtGui) and SVG; no other image format is ever read.
    "/imageformats/libqgif",
    "/imageformats/libqicns",
    "/imageformats/libqico",
    "/imageformats/libqjpeg",
    "/imageformats/libqpdf",
    "/imageformats/libqtga",
    "/imageformats/libqtiff",
    "/imageformats/libqwbmp",
    "/imageformats/libqwebp",
    "/imageformats/qgif",
    "/imageformats/qicns",
    "/imageformats/qico",
    "/imageformats/qjpeg",
    "/imageformats/qpdf",
    "/imageformats/qtga",
    "/imageformats/qtiff",
    "/imageformats/qwbmp",
    "/imageformats/qwebp",
    # Qt translations come with QtCore (hook-PySide6.QtCore.py keeps the languages we ship).
    "/translations/",
)


def used(entry: tuple[str, str]) -> bool:
    source = entry[0].replace("\\", "/")
    return not any(part in source for part in UNUSED)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if used(entry)]
datas = [entry for entry in datas if used(entry)]
