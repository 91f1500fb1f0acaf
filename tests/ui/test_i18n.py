"""The window in German: menus, tabs, buttons, dates, numbers and core's sentences.

Other tests run without a translator, in English; the ``german`` fixture installs the shipped
catalogue and takes it away again afterwards.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.core.reminders import OpenDose, compose
from baclofen_companion.core.schedule import planned_doses
from baclofen_companion.core.text import ENGLISH, current
from baclofen_companion.core.units import format_mg
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.i18n import (
    Installed,
    Language,
    install_language,
    resolve,
    stored_language,
    ui_settings,
    uninstall_language,
)
from baclofen_companion.ui.shell.main_window import MainWindow
from baclofen_companion.ui.shell.settings_dialog import SettingsDialog
from tests.conftest import DAY, HOME_TZ, FakeClock
from tests.self_test import self_test_then_print
from tests.ui.helpers import button, combo

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "baclofen_companion_de.ts"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[Installed]:
    installed = install_language(qapp, "de")
    yield installed
    uninstall_language(qapp, installed)


def english_sources() -> set[str]:
    """Every English text the German catalogue says differently (shortcut marks removed)."""
    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source", "").replace("&", "")
        translation = message.findtext("translation", "").replace("&", "")
        if source != translation:
            found.add(source)
    return found


def shown_texts(window: MainWindow) -> list[str]:
    """What a person reads: menus, tabs, and every visible label, button and box title."""
    texts = [a.text() for a in window.menuBar().actions()]
    for menu_action in window.menuBar().actions():
        texts += [a.text() for a in menu_action.menu().actions() if a.text()]
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        texts.append(window.tabs.tabText(index))
        page = window.tabs.widget(index)
        for widget in page.findChildren(QWidget):
            if not widget.isVisibleTo(window):
                continue
            if isinstance(widget, QAbstractButton | QLabel):
                texts.append(widget.text())
            elif isinstance(widget, QGroupBox):
                texts.append(widget.title())
    model = window.log.model
    texts += [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    return [t.replace("&", "") for t in texts if t]


def test_the_main_window_speaks_german(
    qtbot: QtBot,
    german: Installed,
    store: Store,
    clock: FakeClock,
    data_dir: Path,
    sam: tuple[Profile, Medication],
) -> None:
    _profile, med = sam
    store.stock.count(med, 23)
    window = MainWindow(store, clock, data_dir)
    qtbot.addWidget(window)
    window.show()

    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Datei", "Personen", "Gehe zu", "Hilfe"]
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs == [
        "Heute",
        "Protokoll",
        "Medikamente",
        "Reisen",
        "Tagebuch",
        "Diagramme",
        "Arzttermine",
        "Pumpe",
    ]
    english = english_sources()
    left_in_english = [text for text in shown_texts(window) if text in english]
    assert left_in_english == []

    window.tabs.setCurrentIndex(0)
    today = window.today
    assert "Dienstag, 10. März 2026" in today.day_label.text()
    assert today.summary.text() == "0 von 3 Dosen heute eingenommen"
    assert button(today, "Zurück zu heute").isEnabled() is False
    morning = [b.title() for b in today.findChildren(QGroupBox)]
    assert morning == ["Morgens", "Mittags", "Abends"]
    # A core sentence (core/supply.py) with a German date, through the hook app.py installs.
    assert re.fullmatch(
        r"Baclofen — Vorrat: \d+ Tage — Nachschub bis \d+\. (März|Apr\.)", today.supply.text()
    ), today.supply.text()
    model = window.log.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Tag", "Einnahmezeit", "Medikament"]
    assert "Hilft Ihnen, Baclofen pünktlich zu nehmen" in window.about_text()


def test_numbers_notifications_and_qt_own_buttons_in_german(
    qtbot: QtBot, german: Installed, store: Store, sam: tuple[Profile, Medication]
) -> None:
    profile, med = sam
    assert format_mg(2.5) == "2,5 mg"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    dose = planned_doses(DAY, profile.id, HOME_TZ, [med], store.schedule_versions([med.id]))[0]
    title, body = compose([OpenDose(dose, "Sam", None)], dose.due)
    assert title == "Sam — Baclofen 5 mg"
    assert body.startswith("5 mg — ½ Tablette, fällig um 08:00.")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def test_english_again_once_the_translator_is_gone(qapp: QApplication) -> None:
    installed = install_language(qapp, "de")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    uninstall_language(qapp, installed)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert current() is ENGLISH
    assert format_mg(2.5) == "2.5 mg"


def test_settings_choose_the_language_for_the_next_start(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    settings = QSettings(str(data_dir / "ui-settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(window.store, None, window, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    language = combo(dialog, "Language")
    assert [language.itemText(i) for i in range(language.count())] == [
        "System default",
        "English",
        "Deutsch",
    ]
    assert language.currentText() == "System default"
    assert not dialog.language_note.isVisible()
    language.setCurrentIndex(language.findText("Deutsch"))
    assert dialog.language_note.isVisible()
    assert dialog.language_note.text() == "Takes effect when you restart the app."
    button(dialog, "Save").click()
    assert stored_language(ui_settings(data_dir)) is Language.GERMAN
    # The window itself stays English until the app starts again.
    assert window.menuBar().actions()[0].text() == "&File"


def test_system_default_picks_a_language_we_have() -> None:
    assert resolve(Language.SYSTEM, QLocale("de_AT")) == "de"
    assert resolve(Language.SYSTEM, QLocale("fr_FR")) == "en"
    assert resolve(Language.ENGLISH, QLocale("de_DE")) == "en"
    assert resolve(Language.GERMAN, QLocale("en_GB")) == "de"


@pytest.mark.parametrize(("stored", "menu"), [("de", "&Datei"), ("en", "&File")])
def test_the_app_starts_in_the_stored_language(tmp_path: Path, stored: str, menu: str) -> None:
    """app.main reads ui-settings.ini before anything else and installs that language."""
    settings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", stored)
    settings.sync()
    line, errors = self_test_then_print(
        tmp_path,
        "from PySide6.QtCore import QCoreApplication",
        "QCoreApplication.translate('MainWindow', '&File')",
    )
    assert line == f"0 {menu}", errors


def test_self_test_needs_the_german_catalogue(monkeypatch: pytest.MonkeyPatch) -> None:
    from baclofen_companion.ui.shell import i18n

    assert i18n.check_catalogues() == []
    monkeypatch.setattr(i18n, "catalogue", lambda code: None)
    assert i18n.check_catalogues() == ["the de translation (baclofen_companion_de.qm) is missing"]
