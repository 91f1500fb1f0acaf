"""Keyboard and screen-reader use: every control has a name, and Tab alone reaches each one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.store import Store
from baclofen_companion.ui.shell.main_window import MainWindow
from tests.conftest import DAY, FakeClock

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QSlider,
    QTextEdit,
    QPlainTextEdit,
)


def is_part_of_another(widget: QWidget) -> bool:
    """The line edit inside a combo or spin box, a tab bar's scroll arrows: not controls of
    their own for the person."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    found = [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisibleTo(root)
        and w.isVisible()
        and not is_part_of_another(w)
    ]
    return found


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
    parent = type(widget.parentWidget()).__name__
    return f"{type(widget).__name__}({widget.objectName()!r}, text={text!r}) in {parent}"


def tab_pages(window: MainWindow) -> list[int]:
    return list(range(window.tabs.count()))


def test_every_control_in_every_tab_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow, sam: tuple[Profile, Medication]
) -> None:
    missing: list[str] = []
    for index in tab_pages(window):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        for widget in controls(window):
            if not accessible_name(widget):
                missing.append(f"{window.tabs.tabText(index)}: {describe(widget)}")
    assert not missing, "controls without an accessible name:\n" + "\n".join(missing)


def walk_with_tab(qtbot: QtBot, window: MainWindow, limit: int = 400) -> list[QWidget]:
    """Press Tab from the tab bar until focus comes back to it; the widgets that had focus."""
    window.activateWindow()
    window.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    start = QApplication.focusWidget()
    assert start is not None
    seen: list[QWidget] = [start]
    for _ in range(limit):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start or now is None:
            break
        seen.append(now)
    return seen


def reached(widget: QWidget, seen: list[QWidget]) -> bool:
    if widget in seen:
        return True
    if isinstance(widget, QRadioButton) and widget.group() is not None:
        # An exclusive group is one Tab stop; the arrow keys move inside it.
        return any(b in seen for b in widget.group().buttons())
    proxy = widget.focusProxy()
    return proxy is not None and proxy in seen


def test_tab_alone_reaches_every_control_on_every_tab(
    qtbot: QtBot, window: MainWindow, sam: tuple[Profile, Medication]
) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    unreachable: list[str] = []
    for index in tab_pages(window):
        window.tabs.setCurrentIndex(index)
        seen = walk_with_tab(qtbot, window)
        for widget in controls(window):
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                if not reached(widget, seen):
                    unreachable.append(f"{window.tabs.tabText(index)}: {describe(widget)}")
            elif widget.isEnabled() and isinstance(widget, QAbstractButton):
                unreachable.append(
                    f"{window.tabs.tabText(index)}: no focus at all: {describe(widget)}"
                )
    assert not unreachable, "not reachable with Tab:\n" + "\n".join(unreachable)


def test_every_menu_action_has_a_keyboard_path(window: MainWindow) -> None:
    """Each menu title has an Alt mnemonic, and every item in it has one too (or a shortcut)."""
    problems = []
    for top in window.menuBar().actions():
        if "&" not in top.text():
            problems.append(f"menu {top.text()!r} has no Alt key")
        menu = top.menu()
        letters = set()
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = action.text()
            if "&" not in text and action.shortcut().isEmpty():
                problems.append(f"{top.text()} → {text!r} has no mnemonic or shortcut")
            if "&" in text:
                letter = text[text.index("&") + 1].lower()
                if letter in letters:
                    problems.append(f"{top.text()} → {text!r} repeats the Alt letter {letter!r}")
                letters.add(letter)
    assert not problems, "\n".join(problems)


def _dialogs(
    store: Store, clock: FakeClock, sam: tuple[Profile, Medication], parent: QWidget
) -> dict[str, Callable[[], QDialog]]:
    from baclofen_companion.core.model import DoseStatus
    from baclofen_companion.core.plans import PlanKind
    from baclofen_companion.core.schedule import planned_doses
    from baclofen_companion.ui.diary.dialog import DiaryDialog
    from baclofen_companion.ui.doses.correct import EditDoseDialog
    from baclofen_companion.ui.files.export_dialog import ExportDialog
    from baclofen_companion.ui.medicines.plan_dialog import PlanDialog
    from baclofen_companion.ui.medicines.stock_dialog import StockDialog
    from baclofen_companion.ui.medicines.view import ChangeDosesDialog, MedicineDialog
    from baclofen_companion.ui.people.first_run import FirstRunDialog
    from baclofen_companion.ui.shell.settings_dialog import SettingsDialog
    from baclofen_companion.ui.today.extra_dose import ExtraDoseDialog
    from baclofen_companion.ui.today.view import TakenAtDialog

    person, med = sam
    dose = planned_doses(DAY, person.id, person.home_tz, [med], store.schedule_versions([med.id]))[
        0
    ]
    now = clock.now()

    def edit_dose() -> QDialog:
        event = store.record_dose(dose, DoseStatus.TAKEN, dose.due, "", person.home_tz)
        return EditDoseDialog(store, event, med.name, person.home_tz, now, parent)

    version = store.schedule_versions([med.id])[med.id][-1]
    return {
        "settings": lambda: SettingsDialog(store, None, parent),
        "stock": lambda: StockDialog(store, clock, med, parent),
        "add person": lambda: FirstRunDialog(store, DAY, parent, adding=True),
        "add medicine": lambda: MedicineDialog(store, person, DAY, None, parent),
        "edit medicine": lambda: MedicineDialog(store, person, DAY, med, parent),
        "change doses": lambda: ChangeDosesDialog(store, med, version, DAY, parent),
        "titration": lambda: PlanDialog(store, med, DAY, PlanKind.TITRATION, parent),
        "taper": lambda: PlanDialog(store, med, DAY, PlanKind.TAPER, parent),
        "extra dose": lambda: ExtraDoseDialog(store, person, [med], now, parent),
        "taken at": lambda: TakenAtDialog(dose, person.home_tz, now, parent),
        "edit dose": edit_dose,
        "diary entry": lambda: DiaryDialog(store, person, now, None, parent),
        "export": lambda: ExportDialog(store, clock, parent, person),
    }


DIALOGS = [
    "settings", "stock", "add person", "add medicine", "edit medicine", "change doses",
    "titration", "taper", "extra dose", "taken at", "edit dose", "diary entry", "export",
]  # fmt: skip


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_control_has_an_accessible_name_and_tab_reaches_it(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    clock: FakeClock,
    sam: tuple[Profile, Medication],
    name: str,
) -> None:
    dialog = _dialogs(store, clock, sam, window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    if QApplication.focusWidget() is None or not dialog.isAncestorOf(QApplication.focusWidget()):
        dialog.focusNextChild()
    missing = [describe(w) for w in controls(dialog) if not accessible_name(w)]
    assert not missing, f"{name}: controls without an accessible name:\n" + "\n".join(missing)
    first = QApplication.focusWidget()
    seen: list[QWidget] = [first] if first is not None else []
    for _ in range(300):
        focus = QApplication.focusWidget()
        if focus is None:
            break
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        # A date edit keeps focus while Tab moves through its sections: the walk is over only
        # when focus comes back to the first control from another one.
        if now is first and focus is not first:
            break
        if now is not None:
            seen.append(now)
    unreachable = [
        describe(w)
        for w in controls(dialog)
        if w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not reached(w, seen)
    ]
    assert not unreachable, f"{name}: not reachable with Tab:\n" + "\n".join(unreachable)


def test_the_windows_alt_letters_are_all_different(window: MainWindow) -> None:
    """Found in the QA walk: Alt+P went to the Person: box instead of opening People."""
    from PySide6.QtWidgets import QLabel

    def letter(text: str) -> str | None:
        at = text.replace("&&", "").find("&")
        return text.replace("&&", "")[at + 1].lower() if at >= 0 else None

    texts_with_keys = [a.text() for a in window.menuBar().actions()]
    texts_with_keys += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts_with_keys += [label.text() for label in window.switcher.findChildren(QLabel)]
    letters = [k for k in (letter(t) for t in texts_with_keys) if k]
    repeated = sorted({k for k in letters if letters.count(k) > 1})
    assert repeated == [], f"Alt letters used twice: {repeated} in {texts_with_keys}"
