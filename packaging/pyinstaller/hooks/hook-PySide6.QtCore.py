"""PyInstaller's QtCore hook minus Qt's translations for languages the app does not speak."""

from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Qt's own words (Cancel, Yes, No…) in the languages the app ships a translation for.
I18N = Path(__file__).resolve().parents[3] / "resources" / "i18n"
KEEP = {f"qtbase_{p.stem.removeprefix('baclofen_companion_')}.qm" for p in I18N.glob("*.qm")}


def used(entry: tuple[str, str]) -> bool:
    source = entry[0].replace("\\", "/")
    return "/translations/" not in source or source.rsplit("/", 1)[-1] in KEEP


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = [entry for entry in datas if used(entry)]
