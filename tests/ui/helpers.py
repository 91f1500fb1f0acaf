"""Find widgets the way a person does: by what they say or their accessible name."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton | QLabel):
        return widget.text().replace("&", "")
    return ""


def find(root: QWidget, kind: type, name: str, visible_only: bool = True) -> QWidget:
    """The one widget of ``kind`` whose accessible name or visible text is ``name``."""
    matches = [
        w
        for w in root.findChildren(kind)
        if name in (w.accessibleName(), _visible_text(w))
        and (w.isVisibleTo(root) or not visible_only)
    ]
    assert len(matches) == 1, f"expected one {kind.__name__} called {name!r}, got {len(matches)}"
    return matches[0]


def button(root: QWidget, name: str) -> QAbstractButton:
    found = find(root, QAbstractButton, name)
    assert isinstance(found, QAbstractButton)
    return found


def field(root: QWidget, name: str) -> QLineEdit:
    found = find(root, QLineEdit, name)
    assert isinstance(found, QLineEdit)
    return found


def label(root: QWidget, name: str, visible_only: bool = True) -> QLabel:
    found = find(root, QLabel, name, visible_only)
    assert isinstance(found, QLabel)
    return found


def combo(root: QWidget, name: str) -> QComboBox:
    found = find(root, QComboBox, name)
    assert isinstance(found, QComboBox)
    return found


def card_text(root: QWidget, name: str) -> str:
    """All the text of one dose card on Today, e.g. name='Baclofen at 08:00'."""
    return texts(find(root, QWidget, f"{name} dose"))


def texts(root: QWidget) -> str:
    """Everything the labels under ``root`` show, one per line."""
    return "\n".join(w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root))


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def when_dialog_opens(
    qtbot: QtBot, act: Callable[[QWidget], None], kind: type[QWidget] | None = None
) -> None:
    """Run ``act`` on the next modal dialog (of ``kind``, if given) as soon as it is shown."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or (kind is not None and not isinstance(dialog, kind)):
            QTimer.singleShot(10, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)


def record_threads(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[int]:
    """Wrap ``owner.name`` so that every call notes the thread it ran on; returns those."""
    threads: list[int] = []
    real = getattr(owner, name)

    def recorded(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, recorded)
    return threads
