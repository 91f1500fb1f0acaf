"""PyInstaller's QtCore hook minus Qt's translations: the interface is English only."""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = [entry for entry in datas if "/translations/" not in entry[0].replace("\\", "/")]
