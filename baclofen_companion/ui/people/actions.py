"""Several people in one app: the switcher, and adding, renaming, archiving and bringing back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import Profile
from baclofen_companion.ops.people import archive, bring_back, rename
from baclofen_companion.ops.session import Session
from baclofen_companion.ui.people.first_run import FirstRunDialog


class PersonSwitcher(QWidget):
    """'Person: [Sam ▾]' at the top right of the tabs: whose medicines every tab shows."""

    chosen = Signal(object)  # Profile

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Person shown"))
        self.combo.setAccessibleDescription(
            self.tr("Whose doses, medicines, diary and supply the tabs show")
        )
        self.combo.setMinimumContentsLength(10)
        label = QLabel(self.tr("Pe&rson:"))
        label.setBuddy(self.combo)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self._people: list[Profile] = []
        self.combo.currentIndexChanged.connect(self._changed)

    def set_people(self, people: list[Profile], current: Profile | None) -> None:
        self._people = list(people)
        self.combo.blockSignals(True)
        self.combo.clear()
        for person in people:
            self.combo.addItem(person.name, person.id)
        if current is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(current.id)))
        self.combo.blockSignals(False)
        self.setVisible(bool(people))

    def _changed(self, index: int) -> None:
        if 0 <= index < len(self._people):
            self.chosen.emit(self._people[index])


def add_person(store: Session, today: date, parent: QWidget) -> Profile | None:
    """The first-run form again: a person with their medicine and dose times."""
    dialog = FirstRunDialog(store, today, parent, adding=True)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return dialog.profile if accepted else None


def rename_person(
    store: Session,
    person: Profile,
    parent: QWidget,
    ask: Callable[..., tuple[str, bool]] | None = None,
) -> Profile | None:
    ask = ask or QInputDialog.getText
    title = QCoreApplication.translate("People", "Rename")
    prompt = QCoreApplication.translate("People", "New name for {person}:").format(
        person=person.name
    )
    text, ok = ask(parent, title, prompt, text=person.name)
    while ok:
        try:
            return rename(store, person, text)[0]
        except ValidationError as err:
            text, ok = ask(parent, title, f"{err.message}\n{prompt}", text=text)
    return None


def archive_person(store: Session, person: Profile, parent: QWidget) -> bool:
    """Ask first: archiving stops the person's reminders; nothing of theirs is deleted."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("People", "Archive this person?"))
    box.setText(
        QCoreApplication.translate(
            "People",
            "Archive {person}? Their reminders stop and they leave the person list. "
            "Nothing is deleted: their doses, diary and plans stay, and People → Bring back… "
            "returns them.",
        ).format(person=person.name)
    )
    yes = box.addButton(
        QCoreApplication.translate("People", "Archive {person}").format(person=person.name),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not yes:
        return False
    archive(store, person)
    return True


def bring_back_person(
    store: Session, parent: QWidget, ask: Callable[..., tuple[str, bool]] | None = None
) -> Profile | None:
    archived = store.archived_profiles()
    title = QCoreApplication.translate("People", "Bring back a person")
    if not archived:
        QMessageBox.information(
            parent, title, QCoreApplication.translate("People", "No one is archived.")
        )
        return None
    ask = ask or QInputDialog.getItem
    plain = [p.name for p in archived]
    # Two archived people may share a name (a Sam archived, a new Sam archived later): each
    # entry must lead to its own person.
    names = [f"{p.name} (#{p.id})" if plain.count(p.name) > 1 else p.name for p in archived]
    name, ok = ask(parent, title, QCoreApplication.translate("People", "Person:"), names, 0, False)
    if not ok or name not in names:
        return None
    person = archived[names.index(name)]
    try:
        back, _ = bring_back(store, person)
    except ValidationError as err:
        QMessageBox.warning(parent, title, err.message)
        return None
    return back
