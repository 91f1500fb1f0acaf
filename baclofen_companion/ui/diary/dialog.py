"""The diary entry form: how the day is going, side effects, serious symptoms, alcohol, a note.

Built to be filled in well under a minute: every question is one click (or one key) and may be
left not rated. Nothing is saved unless core's clean_diary accepts the whole entry.
"""

from __future__ import annotations

import itertools
import math
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from baclofen_companion.core.diary import (
    RED_FLAGS,
    SCALE_LABELS,
    SCALES,
    SEVERITY_LABELS,
    SEVERITY_SCALES,
    SIDE_EFFECTS,
    DiaryDraft,
    DiaryEntry,
    Severity,
    clean_diary,
    red_flag_advice,
)
from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.model import Profile
from baclofen_companion.core.units import format_number
from baclofen_companion.core.validation import is_still_to_come
from baclofen_companion.ops.diary import add_entry, edit_entry
from baclofen_companion.ops.session import Session
from baclofen_companion.ui.diary.choice_row import ChoiceRow
from baclofen_companion.ui.shell.theme import is_dark
from baclofen_companion.ui.widgets.common import ErrorLabel, from_qdatetime, to_qdatetime
from baclofen_companion.ui.widgets.date_fields import DateTimeField

GOOD_WHEN_HIGH = frozenset({"sleep", "mood"})
RED_FLAG_STYLE = (
    "QGroupBox#redFlags {{ border: 2px solid {border}; border-radius: 6px; margin-top: 1.4em;"
    " background: {back}; }} QGroupBox#redFlags::title {{ subcontrol-origin: margin; left: 8px;"
    " padding: 0 4px; color: {title}; font-weight: bold; }}"
)


def red_flag_style() -> str:
    """A red-bordered group that reads in light and dark palettes: the serious symptoms must
    never be the part of the form someone cannot read."""
    if is_dark():
        return RED_FLAG_STYLE.format(border="#ef5350", back="#3a1616", title="#ff8a80")
    return RED_FLAG_STYLE.format(border="#b71c1c", back="#fff5f5", title="#7f0000")


def core_text(text: str) -> str:
    """Labels that come from core (Qt-free) go through translation here, in the UI layer."""
    return QCoreApplication.translate("core.diary", text)


def severity_text(value: Severity) -> str:
    return {
        Severity.NONE: QCoreApplication.translate("DiaryDialog", "None"),
        Severity.MILD: QCoreApplication.translate("DiaryDialog", "Mild"),
        Severity.MODERATE: QCoreApplication.translate("DiaryDialog", "Moderate"),
        Severity.SEVERE: QCoreApplication.translate("DiaryDialog", "Severe"),
    }[value]


def parse_drinks(text: str) -> float | None:
    """'' -> None, '2' or '1,5' -> a number; anything else is a ValidationError for drinks."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise ValidationError(
            "drinks",
            QCoreApplication.translate("DiaryDialog", "Drinks must be a number, like 2 or 1.5."),
        ) from None
    return value if math.isfinite(value) else math.nan


class DiaryDialog(QDialog):
    """A new diary entry (``entry`` None) or an edit of one; ``saved`` holds the result."""

    def __init__(
        self,
        store: Session,
        profile: Profile,
        now: datetime,
        entry: DiaryEntry | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.profile = profile
        self.now = now
        self.entry = entry
        self.saved: DiaryEntry | None = None
        if entry is not None:
            self.tz = entry.tz
        else:
            self.tz = store.zone_name() if store.zone_name else profile.home_tz
        title = self.tr("Edit diary entry — {name}") if entry else self.tr("Diary entry — {name}")
        self.setWindowTitle(title.format(name=profile.name))

        outer = QVBoxLayout(self)
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.when = DateTimeField(to_qdatetime(entry.at if entry else now, self.tz))
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Time of the entry"))
        when_label = QLabel(self.tr("&Time:"))
        when_label.setBuddy(self.when)
        top.addWidget(when_label)
        top.addWidget(self.when)
        hint = QLabel(self.tr("Leave anything you don't want to rate as “Not rated”."))
        hint.setWordWrap(True)
        top.addSpacing(12)
        top.addWidget(hint, 1)
        body.addLayout(top)

        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        body.addLayout(columns)

        self.scales: dict[str, ChoiceRow] = {}
        scale_box = QGroupBox(self.tr("How are things? (0 to 10)"))
        scale_grid = QGridLayout(scale_box)
        scale_grid.setVerticalSpacing(0)
        ends = {
            False: (self.tr("none"), self.tr("worst")),
            True: (self.tr("very poor"), self.tr("very good")),
        }
        end_width = max(self.fontMetrics().horizontalAdvance(low) for low, _ in ends.values())
        for name in SCALES:
            label = core_text(SCALE_LABELS[name])
            low, high = ends[name in GOOD_WHEN_HIGH]
            row = ChoiceRow(label, [(n, str(n)) for n in range(11)], low, high, end_width)
            self.scales[name] = row
            self._add_row(scale_grid, label, row)
        left.addWidget(scale_box)

        severity_box = QGroupBox(self.tr("Common side effects"))
        severity_grid = QGridLayout(severity_box)
        severity_grid.setVerticalSpacing(0)
        for name in SEVERITY_SCALES:
            label = core_text(SEVERITY_LABELS[name])
            row = ChoiceRow(label, [(s, severity_text(s)) for s in Severity])
            self.scales[name] = row
            self._add_row(severity_grid, label, row)
        left.addWidget(severity_box)

        left.addWidget(self._alcohol_row())

        self.side_effects: dict[str, QCheckBox] = {}
        others = QGroupBox(self.tr("Other side effects"))
        others_layout = QVBoxLayout(others)
        for key, text in SIDE_EFFECTS.items():
            box = QCheckBox(core_text(text))
            box.setAccessibleName(core_text(text))
            self.side_effects[key] = box
            others_layout.addWidget(box)
        right.addWidget(others)

        self.red_flags: dict[str, QCheckBox] = {}
        serious = QGroupBox(self.tr("⚠ Serious symptoms — tell your prescriber"))
        serious.setObjectName("redFlags")
        serious.setStyleSheet(red_flag_style())
        serious.setAccessibleName(self.tr("Serious symptoms"))
        serious_layout = QVBoxLayout(serious)
        warning = QLabel(self.tr("Tick any you have had; the app will say what to do."))
        warning.setWordWrap(True)
        serious_layout.addWidget(warning)
        for key, text in RED_FLAGS.items():
            box = QCheckBox(core_text(text))
            box.setAccessibleName(self.tr("Serious: {symptom}").format(symptom=core_text(text)))
            self.red_flags[key] = box
            serious_layout.addWidget(box)
            box.toggled.connect(self._show_advice)
        right.addWidget(serious)
        right.addStretch()

        note_label = QLabel(self.tr("N&ote:"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(
            self.tr("Anything else for your doctor: what helped, what happened…")
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 14)
        note_label.setBuddy(self.note)
        left.addWidget(note_label)
        left.addWidget(self.note)
        left.addStretch()

        self.scroll_area = scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll, 1)
        # What to do is said at once, not only after saving, and outside the scrolling part
        # so that it is seen whatever the screen size.
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(self.tr("What to do"))
        self.advice.setObjectName("redFlagAdvice")
        self.advice.setStyleSheet(
            "QLabel#redFlagAdvice { color: #4a0000; background: #fde8e8; font-weight: bold;"
            " border: 2px solid #b71c1c; border-radius: 4px; padding: 4px; }"
        )
        self.advice.hide()
        outer.addWidget(self.advice)
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setToolTip(self.tr("Save (Enter or Ctrl+Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        # Ctrl+Enter saves from anywhere, the note included (where Enter starts a new line).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        if entry is not None:
            self._fill(entry)
        self._tab_order()
        self._fit(content, scroll)
        self.when.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _add_row(grid: QGridLayout, label: str, row: ChoiceRow) -> None:
        """A label that names the row (its buddy, for screen readers), centred beside it."""
        text = QLabel(f"{label}:")
        text.setBuddy(row)
        line = grid.rowCount()
        grid.addWidget(text, line, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(row, line, 1)

    def _alcohol_row(self) -> QWidget:
        holder = QGroupBox(self.tr("Alcohol"))
        row = QHBoxLayout(holder)
        self.alcohol_group = QButtonGroup(self)
        self.alcohol: dict[bool | None, QRadioButton] = {}
        answers = ((None, self.tr("Not said")), (False, self.tr("No")), (True, self.tr("Yes")))
        for value, text in answers:
            button = QRadioButton(text)
            button.setAccessibleName(self.tr("Alcohol: {answer}").format(answer=text))
            self.alcohol_group.addButton(button)
            self.alcohol[value] = button
            row.addWidget(button)
        self.alcohol[None].setChecked(True)
        row.addSpacing(16)
        drinks_label = QLabel(self.tr("&Drinks:"))
        self.drinks = QLineEdit()
        self.drinks.setAccessibleName(self.tr("Number of drinks"))
        self.drinks.setPlaceholderText(self.tr("e.g. 2"))
        self.drinks.setMaximumWidth(self.drinks.fontMetrics().horizontalAdvance("0" * 8) + 16)
        drinks_label.setBuddy(self.drinks)
        row.addWidget(drinks_label)
        row.addWidget(self.drinks)
        row.addStretch()
        return holder

    def _tab_order(self) -> None:
        chain: list[QWidget] = [self.when, *self.scales.values()]
        chain += [*self.alcohol.values(), self.drinks, self.note]
        chain += [*self.side_effects.values(), *self.red_flags.values()]
        chain += list(self.buttons.buttons())
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fit(self, content: QWidget, scroll: QScrollArea) -> None:
        """As big as the form needs, but never bigger than the screen.

        On a narrow screen the checklists go under the scales rather than beside them, so the
        form only scrolls down: serious symptoms are never cut off at the right-hand edge.
        """
        screen = self.screen().availableGeometry() if self.screen() else None
        extra = scroll.verticalScrollBar().sizeHint().width() + 24
        if screen is not None and content.sizeHint().width() + extra > screen.width() - 40:
            self.columns.setDirection(QBoxLayout.Direction.TopToBottom)
            content.adjustSize()
        hint = content.sizeHint()
        width = hint.width() + extra
        height = hint.height() + self.buttons.sizeHint().height() + 48
        if not self.advice.isHidden():
            height += self.advice.heightForWidth(width) + 8
        if screen is not None:
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(width, height)

    def _show_advice(self) -> None:
        chosen = [k for k, b in self.red_flags.items() if b.isChecked()]
        self.advice.setText("⚠ " + red_flag_advice(chosen))
        self.advice.setVisible(bool(chosen))

    def _fill(self, entry: DiaryEntry) -> None:
        for name, row in self.scales.items():
            row.set_value(getattr(entry, name))
        for key, box in self.side_effects.items():
            box.setChecked(key in entry.side_effects)
        for key, box in self.red_flags.items():
            box.setChecked(key in entry.red_flags)
        self.alcohol[entry.alcohol].setChecked(True)
        if entry.drinks is not None:
            self.drinks.setText(format_number(entry.drinks))
        self.note.setPlainText(entry.note)

    # -- saving ---------------------------------------------------------------------------

    def draft(self) -> DiaryDraft:
        """What the form says now; ValidationError when a field cannot be read."""
        at = from_qdatetime(self.when.dateTime(), self.tz)
        if is_still_to_come(at, self.now):
            raise ValidationError("time", self.tr("The entry time is still to come."))
        values: dict[str, Any] = {name: row.value() for name, row in self.scales.items()}
        alcohol = next(v for v, b in self.alcohol.items() if b.isChecked())
        drinks = parse_drinks(self.drinks.text())
        if alcohol is None and drinks:
            alcohol = True  # a number of drinks answers the question by itself
        return DiaryDraft(
            at=at,
            tz=self.tz,
            side_effects=tuple(k for k, b in self.side_effects.items() if b.isChecked()),
            red_flags=tuple(k for k, b in self.red_flags.items() if b.isChecked()),
            alcohol=alcohol,
            drinks=drinks,
            note=self.note.toPlainText(),
            **values,
        )

    def _field(self, name: str) -> QWidget | None:
        fields: dict[str, QWidget] = {
            "time": self.when,
            "drinks": self.drinks,
            "note": self.note,
            **self.scales,
        }
        return fields.get(name)

    def save(self) -> None:
        self.error.clear_error()
        try:
            draft = clean_diary(self.draft())
            if self.entry is None:
                self.saved, _ = add_entry(self.store, self.profile.id, draft)
            else:
                self.saved, _ = edit_entry(self.store, self.entry.id, draft)
        except ValidationError as err:
            self.error.show_message(err.message)
            widget = self._field(err.field)
            if widget is not None:
                self.scroll_area.ensureWidgetVisible(widget)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
