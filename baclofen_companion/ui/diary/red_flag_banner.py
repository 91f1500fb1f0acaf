"""The red-flag banner: a diary entry noted a serious symptom; says what to do until dismissed.

Which entries still need the banner is kept in the store's settings, so a restart does not
quietly drop the advice before the person has read and dismissed it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from baclofen_companion.core.diary import DiaryEntry
from baclofen_companion.core.errors import NotFoundError
from baclofen_companion.core.text import date_text
from baclofen_companion.ops.diary import keep_red_flags_open, open_red_flags
from baclofen_companion.ops.session import Session
from baclofen_companion.ui.widgets.common import local

MAX_ROWS = 3


class RedFlagBanner(QFrame):
    """Shown above the tabs while any red-flag entry is waiting to be dismissed."""

    changed = Signal()

    def __init__(self, store: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("redFlagBanner")
        self.setAccessibleName(self.tr("Serious symptom warning"))
        self.setStyleSheet(
            "QFrame#redFlagBanner { background: #fde8e8; border: 3px solid #b71c1c;"
            " border-radius: 6px; } QFrame#redFlagBanner QLabel { color: #4a0000; }"
        )
        self._layout = QVBoxLayout(self)
        self.hide()

    def open_ids(self) -> list[int]:
        return open_red_flags(self.store)

    def add(self, entry: DiaryEntry) -> None:
        """Show the advice for this entry (it stays until dismissed)."""
        ids = [i for i in self.open_ids() if i != entry.id]
        keep_red_flags_open(self.store, [*ids, entry.id])
        self.reload()

    def dismiss(self, entry_id: int) -> None:
        keep_red_flags_open(self.store, [i for i in self.open_ids() if i != entry_id])
        self.reload()

    def reload(self) -> None:
        """Rebuild from the store: deleted entries, or ones edited to no flag, drop out."""
        while self._layout.count():
            old = self._layout.takeAt(0)
            widget = old.widget() if old is not None else None
            if widget is not None:
                widget.deleteLater()
        ids = self.open_ids()
        entries = []
        for entry_id in ids:
            try:
                entry = self.store.diary.get(entry_id)
            except NotFoundError:
                continue
            if entry.has_red_flag:
                entries.append(entry)
        if len(entries) != len(ids):
            keep_red_flags_open(self.store, [e.id for e in entries])
        newest = entries[::-1]
        for entry in newest[:MAX_ROWS]:
            self._layout.addWidget(self._row(entry))
        if len(newest) > MAX_ROWS:
            more = QLabel(
                self.tr("…and {count} more serious symptoms noted in the diary.").format(
                    count=len(newest) - MAX_ROWS
                )
            )
            self._layout.addWidget(more)
        self.setVisible(bool(entries))
        self.changed.emit()

    def _row(self, entry: DiaryEntry) -> QWidget:
        person = self.store.profile(entry.profile_id).name
        there = local(entry.at, entry.tz)
        when = html.escape(date_text(there, self.tr("ddd d MMM HH:mm")))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QLabel(
            "<b>"
            + self.tr("⚠ Serious symptom — {person}, diary entry of {when}").format(
                person=html.escape(person), when=when
            )
            + "</b><br>"
            + html.escape(entry.advice)
        )
        text.setWordWrap(True)
        text.setAccessibleName(self.tr("Serious symptom advice for {person}").format(person=person))
        layout.addWidget(text, 1)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setAccessibleName(
            self.tr("Dismiss serious symptom warning ({person}, {when})").format(
                person=person, when=when
            )
        )
        dismiss.setToolTip(self.tr("The entry stays marked in the diary."))
        dismiss.clicked.connect(lambda: self.dismiss(entry.id))
        layout.addWidget(dismiss)
        return row
