"""The Diary tab: one person's entries and withdrawal-watch check-ins, newest first.

Entries can be added, edited (the store keeps the earlier version) and deleted; check-ins are
shown as they were answered. An entry with a serious symptom is marked in words and a glyph.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.diary import CheckIn, DiaryEntry
from baclofen_companion.ops.changes import Changed
from baclofen_companion.ops.diary import delete_entry
from baclofen_companion.ui.care.dialogs import QuestionDialog
from baclofen_companion.ui.diary.dialog import DiaryDialog
from baclofen_companion.ui.diary.model import DiaryItem, DiaryModel, plural, when_text
from baclofen_companion.ui.widgets.common import PersonView
from baclofen_companion.ui.widgets.context import ViewContext

WINDOW_DAYS = 90
"""The list first shows this many days back; "Show earlier entries" adds EARLIER_DAYS."""
EARLIER_DAYS = 365


class DiaryList(QListView):
    """Enter edits the chosen entry, Delete deletes it (after asking)."""

    edit_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class DiaryView(PersonView):
    """The Diary tab of the person shown now."""

    red_flag = Signal(object)
    """A saved entry (DiaryEntry) has a serious symptom that was not there before."""

    RELOAD_ON = Changed.DIARY | Changed.PEOPLE

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "How you feel, side effects and anything to tell your doctor. Write as often "
                "as you like; withdrawal-watch check-ins are listed too."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New entry…"))
        self.new_button.setAccessibleName(self.tr("New diary entry"))
        self.new_button.setToolTip(self.tr("Add how you feel now (Ctrl+D)"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit diary entry"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.setAccessibleName(self.tr("Delete diary entry"))
        # Gathered for the next appointment (the Care tab lists them; the report prints them).
        self.question_button = QPushButton(self.tr("A &question for the doctor…"))
        self.question_button.setAccessibleName(self.tr("A question for the doctor"))
        self.question_button.clicked.connect(self.ask_doctor)
        for button in (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.question_button,
        ):
            row.addWidget(button)
        row.addStretch()
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Diary count"))
        row.addWidget(self.count)
        layout.addLayout(row)
        self.model = DiaryModel(self)
        self.list = DiaryList()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Diary entries"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(4)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Diary status"))
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        # Years of entries would take seconds to lay out: recent ones first, more on request.
        self.earlier_button = QPushButton()
        self.earlier_button.setAccessibleName(self.tr("Show earlier entries"))
        self.earlier_button.clicked.connect(self.show_earlier)
        bottom.addWidget(self.earlier_button)
        layout.addLayout(bottom)
        self._shown_profile: int | None = None
        self._days = WINDOW_DAYS

        self.new_button.clicked.connect(self.new_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.list.doubleClicked.connect(lambda _index: self.edit_entry())
        self.list.edit_requested.connect(self.edit_entry)
        self.list.delete_requested.connect(self.delete_entry)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    # -- content --------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        """Read the list again; ``select`` is a diary entry id to show, else keep the choice."""
        kept = self.current()
        profile = self._profile()
        self.new_button.setEnabled(profile is not None)
        if profile is None:
            self.model.set_items([], "UTC")
            self.count.setText("")
            self.status.setText(self.tr("No one is set up yet."))
            self.status.show()
            self.earlier_button.hide()
            self._update_buttons()
            return
        if profile.id != self._shown_profile:
            self._shown_profile, self._days = profile.id, WINDOW_DAYS
        since: datetime | None = self.clock.now() - timedelta(days=self._days)
        if select is not None and since is not None:
            chosen = self.store.diary.get(select)
            if chosen.at < since:  # an entry moved back in time by an edit stays in view
                self._days = (self.clock.now() - chosen.at).days + 1
                since = self.clock.now() - timedelta(days=self._days)
        entries = self.store.diary.between(profile.id, since)
        checkins = self.store.checkins(profile.id)
        earlier = 0
        if since is not None:
            earlier = self.store.diary.count(profile.id, last=since)
            earlier += sum(1 for c in checkins if c.at < since)
            checkins = [c for c in checkins if c.at >= since]
        self.model.set_items([*entries, *checkins], profile.home_tz)
        counted = self.tr("{entries}, {checkins}").format(
            entries=plural(len(entries), self.tr("entry"), self.tr("entries")),
            checkins=plural(len(checkins), self.tr("check-in"), self.tr("check-ins")),
        )
        if since is not None and earlier:
            counted = self.tr("Last {days} days: {counted}").format(
                days=self._days, counted=counted
            )
        self.count.setText(counted)
        self.earlier_button.setText(
            self.tr("Show earlier entries ({count} more)").format(count=earlier)
        )
        self.earlier_button.setVisible(bool(earlier))
        empty = not (entries or checkins or earlier)
        self.status.setText(
            self.tr("Nothing written yet. Press New entry… (Ctrl+D) to note how you feel.")
            if empty
            else ""
        )
        self.status.setVisible(empty)
        if select is not None:
            row = self.model.row_of(DiaryEntry, select)
        elif kept is not None:
            row = self.model.row_of(type(kept), kept.id)
        else:
            row = None
        if row is not None:
            index = self.model.index(row, 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
        self._update_buttons()

    def show_earlier(self) -> None:
        self._days += EARLIER_DAYS
        self.reload()

    def text(self) -> str:
        """Everything the list shows, one row after another (what a person reads)."""
        return "\n".join(
            self.model.data(self.model.index(r, 0)) for r in range(self.model.rowCount())
        )

    def current(self) -> DiaryItem | None:
        index = self.list.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.current()
        is_entry = isinstance(chosen, DiaryEntry)
        self.edit_button.setEnabled(is_entry)
        self.delete_button.setEnabled(is_entry)
        tip = (
            self.tr("Check-ins are kept exactly as they were answered.")
            if isinstance(chosen, CheckIn)
            else ""
        )
        self.edit_button.setToolTip(tip)
        self.delete_button.setToolTip(tip)

    # -- actions --------------------------------------------------------------------------

    def new_entry(self) -> None:
        profile = self._profile()
        if profile is None:
            return
        dialog = DiaryDialog(self.store, profile, self.clock.now(), None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        self._saved(dialog.saved, ())

    def ask_doctor(self) -> None:
        profile = self._profile()
        if profile is None:
            return
        dialog = QuestionDialog(self.store, profile, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.announce(dialog.changed)

    def edit_entry(self) -> None:
        profile = self._profile()
        chosen = self.current()
        if profile is None or not isinstance(chosen, DiaryEntry):
            return
        dialog = DiaryDialog(self.store, profile, self.clock.now(), chosen, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved is None:
            return
        self._saved(dialog.saved, chosen.red_flags)

    def _saved(self, entry: DiaryEntry, flags_before: Sequence[str]) -> None:
        self.reload(select=entry.id)
        self.announce(Changed.DIARY)
        if set(entry.red_flags) - set(flags_before):
            self.red_flag.emit(entry)

    def delete_entry(self) -> None:
        chosen = self.current()
        if not isinstance(chosen, DiaryEntry):
            return
        profile = self._profile()
        home = profile.home_tz if profile else chosen.tz
        answer = QMessageBox.question(
            self,
            self.tr("Delete this diary entry?"),
            self.tr(
                "Delete the entry of {when}?\n\nIt leaves the diary and reports; "
                "a record that it was deleted is kept."
            ).format(when=when_text(chosen.at, chosen.tz, home)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.list.currentIndex().row()
        delete_entry(self.store, chosen.id)
        self.reload()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        self._update_buttons()
        self.announce(Changed.DIARY)
