"""What the Diary tab lists: entries and withdrawal-watch check-ins, each as readable lines.

The text is the same a person reads in the list and a screen reader says for a row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from baclofen_companion.core.diary import (
    RED_FLAGS,
    SCALE_LABELS,
    SCALES,
    SEVERITY_LABELS,
    SEVERITY_SCALES,
    SIDE_EFFECTS,
    CheckIn,
    DiaryEntry,
    Severity,
    red_flag_name,
)
from baclofen_companion.core.text import QT_TRANSLATE_NOOP, date_text, hhmm
from baclofen_companion.core.units import format_number
from baclofen_companion.ui.diary.dialog import core_text
from baclofen_companion.ui.shell.theme import is_dark
from baclofen_companion.ui.widgets.common import local

NOTE_PREVIEW = 160


def red_flag_colour() -> QColor:
    """Dark red on a light list, light red on a dark one."""
    return QColor("#ff8a80" if is_dark() else "#8e0000")


SIGNS_FEELING = "I have some of these signs"
"""The withdrawal banner's answer that reports signs (ui/withdrawal_banner.py FEELINGS)."""


def _t(text: str) -> str:
    return QCoreApplication.translate("DiaryView", text)


# Words kept in English in the data file and shown through _t(): severities, the check-in kind
# and the withdrawal banner's answers (ui/withdrawal_banner.py FEELINGS).
_STORED_WORDS = (
    QT_TRANSLATE_NOOP("DiaryView", "none"),
    QT_TRANSLATE_NOOP("DiaryView", "mild"),
    QT_TRANSLATE_NOOP("DiaryView", "moderate"),
    QT_TRANSLATE_NOOP("DiaryView", "severe"),
    QT_TRANSLATE_NOOP("DiaryView", "withdrawal watch"),
    QT_TRANSLATE_NOOP("DiaryView", "I feel fine"),
    QT_TRANSLATE_NOOP("DiaryView", "I have some of these signs"),
)


DiaryItem = DiaryEntry | CheckIn


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def when_text(at: datetime, tz: str, home_tz: str) -> str:
    """'Tue 10 Mar 2026 · 09:30', with the zone when it was written away from home."""
    there = local(at, tz)
    pattern = QCoreApplication.translate("DiaryView", "ddd d MMM yyyy")
    text = f"{date_text(there, pattern)} · {hhmm(there)}"
    if tz != home_tz:
        text += QCoreApplication.translate("DiaryView", " ({zone} time)").format(zone=tz)
    return text


def flag_names(flags: Sequence[str]) -> str:
    return ", ".join(red_flag_name(f) for f in flags if f in RED_FLAGS)


def entry_summary(entry: DiaryEntry) -> str:
    """One readable line: 'Stiffness 6/10 · Pain 3/10 · Drowsiness mild · Headache'."""
    parts = []
    for name in SCALES:
        value = getattr(entry, name)
        if value is not None:
            parts.append(f"{core_text(SCALE_LABELS[name])} {value}/10")
    for name in SEVERITY_SCALES:
        severity: Severity | None = getattr(entry, name)
        if severity is not None:
            parts.append(f"{core_text(SEVERITY_LABELS[name])} {_t(severity.value)}")
    parts += [core_text(SIDE_EFFECTS[s]) for s in entry.side_effects]
    if entry.alcohol is False:
        parts.append(QCoreApplication.translate("DiaryView", "No alcohol"))
    elif entry.alcohol:
        if entry.drinks is None:
            parts.append(QCoreApplication.translate("DiaryView", "Alcohol"))
        else:
            if entry.drinks == 1:
                noun = QCoreApplication.translate("DiaryView", "drink")
            else:
                noun = QCoreApplication.translate("DiaryView", "drinks")
            parts.append(
                QCoreApplication.translate("DiaryView", "Alcohol {count} {noun}").format(
                    count=format_number(entry.drinks), noun=noun
                )
            )
    return " · ".join(parts)


def item_text(item: DiaryItem, home_tz: str) -> str:
    """What one row of the list says, over a few lines."""
    head = when_text(item.at, item.tz, home_tz)
    if isinstance(item, CheckIn):
        mark = "⚠ " if item.feeling == SIGNS_FEELING else "✓ "
        lines = [
            f"{head} · "
            + QCoreApplication.translate("DiaryView", "Check-in ({kind})").format(
                kind=_t(item.kind)
            ),
            mark + _t(item.feeling),
        ]
        if item.note:
            lines.append(item.note)
        return "\n".join(lines)
    if item.edited:
        head += " · " + QCoreApplication.translate("DiaryView", "edited")
    lines = [head]
    if item.red_flags:
        lines.append(
            "⚠ "
            + QCoreApplication.translate("DiaryView", "Red flag: {names}").format(
                names=flag_names(item.red_flags)
            )
        )
    summary = entry_summary(item)
    if summary:
        lines.append(summary)
    if item.note:
        note = " ".join(item.note.split())
        if len(note) > NOTE_PREVIEW:
            note = note[: NOTE_PREVIEW - 1] + "…"
        lines.append(QCoreApplication.translate("DiaryView", "Note: {note}").format(note=note))
    return "\n".join(lines)


class DiaryModel(QAbstractListModel):
    """Diary entries and check-ins, newest first, as rows of text."""

    ItemRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[DiaryItem] = []
        self._texts: list[str] = []

    def set_items(self, items: Sequence[DiaryItem], home_tz: str) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda i: (i.at, isinstance(i, DiaryEntry), i.id))[::-1]
        self._texts = [item_text(i, home_tz) for i in self._items]
        self.endResetModel()

    def item(self, row: int) -> DiaryItem:
        return self._items[row]

    def row_of(self, kind: type, item_id: int) -> int | None:
        for row, item in enumerate(self._items):
            if isinstance(item, kind) and item.id == item_id:
                return row
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        if parent is not None and parent.isValid():
            return 0
        return len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        flagged = isinstance(item, DiaryEntry) and item.has_red_flag
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QBrush(red_flag_colour())
        if role == Qt.ItemDataRole.FontRole and flagged:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.ItemRole:
            return item
        return None
