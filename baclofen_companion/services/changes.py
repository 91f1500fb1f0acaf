"""The app-wide change bus: use cases announce what they changed; each view refreshes itself.

Anki's ``operation_did_execute`` in Qt form. The announcer passes itself as ``origin`` so a
listener can ignore its own echo (the scheduler does not re-poll after logging a missed dose).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from baclofen_companion.ops.changes import Changed


class ChangeBus(QObject):
    changed = Signal(object, object)  # Changed, origin (the announcer, or None)

    def announce(self, what: Changed, origin: object | None = None) -> None:
        if what:
            self.changed.emit(what, origin)
