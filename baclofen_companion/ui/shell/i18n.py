"""The app's language: the setting, Qt's translators for it, and how dates and numbers read.

The choice lives in ui-settings.ini beside the data file (not in the database), so it is known
before the data file is opened: even the "cannot open your data" dialog speaks it. It applies
at start; the Settings dialog says a restart is needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from baclofen_companion.core import text
from baclofen_companion.core.whole_file import private_file

LANGUAGE_KEY = "language"
SETTINGS_FILE = "ui-settings.ini"
"""Beside companion.db; the main window keeps its size there too."""
CATALOGUE = "baclofen_companion_{code}.qm"
"""Compiled translations, shipped in baclofen_companion.resources/i18n (see tools/)."""
TRANSLATED = ("de",)
"""Languages with a full translation; English is the source text and needs none."""


class Language(StrEnum):
    SYSTEM = "system"
    ENGLISH = "en"
    GERMAN = "de"


def language_labels() -> dict[Language, str]:
    """What the Settings list shows. A language's own name is never translated: a person who
    cannot read the current language must still find theirs."""
    return {
        Language.SYSTEM: QCoreApplication.translate("Language", "System default"),
        Language.ENGLISH: "English",
        Language.GERMAN: "Deutsch",
    }


def ui_settings(data_dir: Path) -> QSettings:
    """ui-settings.ini, readable by its owner only whatever the umask."""
    path = data_dir / SETTINGS_FILE
    private_file(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def stored_language(settings: QSettings) -> Language:
    try:
        return Language(str(settings.value(LANGUAGE_KEY, Language.SYSTEM.value)))
    except ValueError:
        return Language.SYSTEM


def store_language(settings: QSettings, language: Language) -> None:
    settings.setValue(LANGUAGE_KEY, language.value)
    settings.sync()


def resolve(choice: Language, system: QLocale | None = None) -> str:
    """The language code to use: the choice, or the first of the system's languages we have."""
    if choice is not Language.SYSTEM:
        return choice.value
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code == "en" or code in TRANSLATED:
            return code
    return "en"


def catalogue(code: str) -> bytes | None:
    """The compiled translation shipped in the package, or None if there is none."""
    try:
        folder = resources.files("baclofen_companion.resources").joinpath("i18n")
        return folder.joinpath(CATALOGUE.format(code=code)).read_bytes()
    except (OSError, ModuleNotFoundError):
        return None


class _Catalogue(QTranslator):
    """A translator loaded from bytes: QTranslator keeps a pointer into them, not a copy."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.data = data


def load_catalogue(code: str) -> QTranslator | None:
    data = catalogue(code)
    if data is None:
        return None
    translator = _Catalogue(data)
    if not translator.load(data) or translator.isEmpty():
        return None
    return translator


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The system's own locale when it speaks this language (de_AT stays Austrian), else the
    language's main one (de_DE, en_GB: the app's English is British)."""
    here = system or QLocale.system()
    wanted = QLocale(code)
    if here.language() == wanted.language():
        return here
    if code == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return wanted


def _qt_translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def text_language(locale: QLocale) -> text.Language:
    """Core's text hook for this locale: Qt's translators, the locale's names and decimals."""
    long_, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    return text.Language(
        _qt_translate,
        tuple(locale.monthName(m, long_) for m in range(1, 13)),
        tuple(locale.monthName(m, short) for m in range(1, 13)),
        tuple(locale.dayName(d, long_) for d in range(1, 8)),
        tuple(locale.dayName(d, short) for d in range(1, 8)),
        locale.decimalPoint() or ".",
    )


@dataclass
class Installed:
    """What install_language() changed, so tests can take it back."""

    code: str
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)


_in_use: list[Installed] = []
"""Installed translators stay referenced here: Qt does not own them, Python would free them."""


def install_language(app: QCoreApplication, code: str) -> Installed:
    """Speak ``code`` from now on: our catalogue, Qt's own (Cancel, Yes…), dates and numbers.

    English installs no translator (it is the source text) but still sets the locale, so that
    calendars and weekday names in date fields agree with the rest of the window.
    """
    installed = Installed(code, previous_locale=QLocale())
    if code != "en":
        ours = load_catalogue(code)
        if ours is not None:
            installed.translators.append(ours)
        qt_own = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{code}", folder):
            installed.translators.append(qt_own)
    for translator in installed.translators:
        app.installTranslator(translator)
    _in_use.append(installed)
    locale = locale_for(code)
    QLocale.setDefault(locale)
    if code == "en":
        text.reset()
    else:
        text.install(text_language(locale))
    return installed


def uninstall_language(app: QCoreApplication, installed: Installed) -> None:
    for translator in installed.translators:
        app.removeTranslator(translator)
    if installed in _in_use:
        _in_use.remove(installed)
    QLocale.setDefault(installed.previous_locale)
    text.reset()


def check_catalogues() -> list[str]:
    """Problems with the shipped translations, for --self-test: a wheel built without them."""
    problems = []
    for code in TRANSLATED:
        translator = load_catalogue(code)
        if translator is None:
            problems.append(f"the {code} translation ({CATALOGUE.format(code=code)}) is missing")
        elif translator.translate("MainWindow", "&File") in ("", "&File"):
            problems.append(f"the {code} translation does not translate the menus")
    return problems
