"""The names of form fields that error messages start with ("⚠ Amount in row 2: …"), translated.

Core and store name the field a ValidationError is about in English (tests and dialogs match on
it); the error line shows it through field_label(). A test checks that every field name used
in the code is listed here.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from baclofen_companion.core.text import QT_TRANSLATE_NOOP

FIELD_NAMES = (
    QT_TRANSLATE_NOOP("fields", "amount"),
    QT_TRANSLATE_NOOP("fields", "applies from"),
    QT_TRANSLATE_NOOP("fields", "backup kind"),
    QT_TRANSLATE_NOOP("fields", "backup name"),
    QT_TRANSLATE_NOOP("fields", "bottle size"),
    QT_TRANSLATE_NOOP("fields", "buffer days"),
    QT_TRANSLATE_NOOP("fields", "concentration"),
    QT_TRANSLATE_NOOP("fields", "count"),
    QT_TRANSLATE_NOOP("fields", "daily total"),
    QT_TRANSLATE_NOOP("fields", "data folder"),
    QT_TRANSLATE_NOOP("fields", "date"),
    QT_TRANSLATE_NOOP("fields", "date of the test"),
    QT_TRANSLATE_NOOP("fields", "dates"),
    QT_TRANSLATE_NOOP("fields", "days per step"),
    QT_TRANSLATE_NOOP("fields", "destination"),
    QT_TRANSLATE_NOOP("fields", "dizziness"),
    QT_TRANSLATE_NOOP("fields", "dose times"),
    QT_TRANSLATE_NOOP("fields", "doses"),
    QT_TRANSLATE_NOOP("fields", "drinks"),
    QT_TRANSLATE_NOOP("fields", "drowsiness"),
    QT_TRANSLATE_NOOP("fields", "entry"),
    QT_TRANSLATE_NOOP("fields", "extra doses"),
    QT_TRANSLATE_NOOP("fields", "file"),
    QT_TRANSLATE_NOOP("fields", "home time zone"),
    QT_TRANSLATE_NOOP("fields", "hours without"),
    QT_TRANSLATE_NOOP("fields", "lead time"),
    QT_TRANSLATE_NOOP("fields", "leave"),
    QT_TRANSLATE_NOOP("fields", "maximum a day"),
    QT_TRANSLATE_NOOP("fields", "medicine name"),
    QT_TRANSLATE_NOOP("fields", "medicines"),
    QT_TRANSLATE_NOOP("fields", "missed in a row"),
    QT_TRANSLATE_NOOP("fields", "mood"),
    QT_TRANSLATE_NOOP("fields", "name"),
    QT_TRANSLATE_NOOP("fields", "note"),
    QT_TRANSLATE_NOOP("fields", "now"),
    QT_TRANSLATE_NOOP("fields", "pain"),
    QT_TRANSLATE_NOOP("fields", "person"),
    QT_TRANSLATE_NOOP("fields", "person's name"),
    QT_TRANSLATE_NOOP("fields", "quantity"),
    QT_TRANSLATE_NOOP("fields", "question"),
    QT_TRANSLATE_NOOP("fields", "questions"),
    QT_TRANSLATE_NOOP("fields", "reason"),
    QT_TRANSLATE_NOOP("fields", "reduce by"),
    QT_TRANSLATE_NOOP("fields", "refill"),
    QT_TRANSLATE_NOOP("fields", "refill margin"),
    QT_TRANSLATE_NOOP("fields", "repeat every"),
    QT_TRANSLATE_NOOP("fields", "repeat limit"),
    QT_TRANSLATE_NOOP("fields", "return"),
    QT_TRANSLATE_NOOP("fields", "sleep"),
    QT_TRANSLATE_NOOP("fields", "snooze"),
    QT_TRANSLATE_NOOP("fields", "spasms"),
    QT_TRANSLATE_NOOP("fields", "start dose"),
    QT_TRANSLATE_NOOP("fields", "step"),
    QT_TRANSLATE_NOOP("fields", "steps"),
    QT_TRANSLATE_NOOP("fields", "stiffness"),
    QT_TRANSLATE_NOOP("fields", "stock"),
    QT_TRANSLATE_NOOP("fields", "strength"),
    QT_TRANSLATE_NOOP("fields", "strength again"),
    QT_TRANSLATE_NOOP("fields", "symptoms"),
    QT_TRANSLATE_NOOP("fields", "taken at"),
    QT_TRANSLATE_NOOP("fields", "taper length"),
    QT_TRANSLATE_NOOP("fields", "target"),
    QT_TRANSLATE_NOOP("fields", "test"),
    QT_TRANSLATE_NOOP("fields", "time"),
    QT_TRANSLATE_NOOP("fields", "time taken"),
    QT_TRANSLATE_NOOP("fields", "time zone"),
    QT_TRANSLATE_NOOP("fields", "unit"),
    QT_TRANSLATE_NOOP("fields", "value"),
    QT_TRANSLATE_NOOP("fields", "weakness"),
    QT_TRANSLATE_NOOP("fields", "what to bring"),
    QT_TRANSLATE_NOOP("fields", "where"),
    QT_TRANSLATE_NOOP("fields", "with whom"),
)

_NUMBERED = (
    (re.compile(r"time in row (\d+)"), QT_TRANSLATE_NOOP("fields", "time in row {n}")),
    (re.compile(r"amount in row (\d+)"), QT_TRANSLATE_NOOP("fields", "amount in row {n}")),
    (re.compile(r"step (\d+)"), QT_TRANSLATE_NOOP("fields", "step {n}")),
    (
        re.compile(r"step (\d+) at (\d\d:\d\d)"),
        QT_TRANSLATE_NOOP("fields", "step {n} at {time}"),
    ),
)


def field_label(field: str) -> str:
    """The field's name in the person's language, capitalised: 'amount in row 2' -> 'Menge in
    Zeile 2'. Names not listed are shown as they are."""
    label = QCoreApplication.translate("fields", field)
    for pattern, template in _NUMBERED:
        match = pattern.fullmatch(field)
        if match:
            groups = match.groups()
            label = QCoreApplication.translate("fields", template).format(
                n=groups[0], time=groups[1] if len(groups) > 1 else ""
            )
    return label[:1].upper() + label[1:]
