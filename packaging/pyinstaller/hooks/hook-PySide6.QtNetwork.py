"""PyInstaller's QtNetwork hook minus TLS and network-status plugins and the OpenSSL they load.
The app uses QtNetwork for one local socket only (a second launch knocks on the first)."""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED = ("/tls/", "/networkinformation/", "/translations/")

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [e for e in binaries if not any(p in e[0].replace("\\", "/") for p in UNUSED)]
datas = [e for e in datas if not any(p in e[0].replace("\\", "/") for p in UNUSED)]
