"""The one time-zone field: type a city, a country or a zone name; matches are suggested."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from baclofen_companion.core.errors import ValidationError
from baclofen_companion.core.zones import resolve_zone, zone_names, zone_suggestions
from baclofen_companion.ui.widgets.common import ErrorLabel


class ZoneField(QComboBox):
    """An editable list of zones. While a person types, the zones their words could mean
    ("London", "Germany", "United States" → its zones) pop up under the field; ``zone()``
    reads the one zone meant, or raises a ValidationError naming ``field``."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.suggested = QStringListModel(self)
        completer = QCompleter(self.suggested, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        typed = self.lineEdit()
        if typed is not None:
            typed.textEdited.connect(self._suggest)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.count() == 0:
            # The list fills when first shown: scanning the zone database costs tens of
            # milliseconds that a start should not pay.
            text = self.currentText()
            self.blockSignals(True)
            self.addItems(list(zone_names()))
            self.setCurrentIndex(-1)
            self.setEditText(text)
            self.blockSignals(False)

    def _suggest(self, text: str) -> None:
        found = zone_suggestions(text)
        self.suggested.setStringList(found)
        completer = self.completer()
        if found and found != [text.strip()] and completer is not None:
            completer.complete()

    def zone(self) -> str:
        return resolve_zone(self.currentText(), self.field)

    def is_right(self) -> bool:
        try:
            self.zone()
        except ValidationError:
            return False
        return True

    def clears(self, error: ErrorLabel) -> None:
        """Hide ``error`` once this field names one zone, when the error was about it."""

        def check(_text: str) -> None:
            if error.field == self.field and self.is_right():
                error.clear_error()

        self.currentTextChanged.connect(check)
