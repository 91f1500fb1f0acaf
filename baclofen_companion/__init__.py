"""Baclofen Companion: take every dose on time, change doses safely, keep a diary for the doctor."""

__version__ = "0.1.0"
APP_NAME = "Baclofen Companion"
# The one reverse-DNS id (AppStream, Flathub): the desktop file, its icons, the metainfo, Qt's
# desktop file name (the Wayland app id), the login entry, the macOS bundle and LaunchAgent.
# Flathub's form for a GitHub project, io.github.<account>.<repository> with the repository's "-"
# as "_" (a D-Bus name cannot hold "-"), all lowercase (appstreamcli --pedantic flags capitals).
APP_ID = "io.github.baclofencompanion.baclofen_companion"
LICENSE = "GPL-3.0-or-later"
