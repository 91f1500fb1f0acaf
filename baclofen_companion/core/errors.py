"""Typed errors raised by core and store; the UI turns them into messages."""

from __future__ import annotations

from baclofen_companion.core.text import translate


class CompanionError(Exception):
    """Base class for every error the app explains to the person."""


class ValidationError(CompanionError):
    """Bad input. ``field`` names the form field the message is about."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class StoreError(CompanionError):
    """The data file cannot be used as it is."""


class SchemaTooNewError(StoreError):
    """The data file was written by a newer version of the app."""


class ForeignFileError(StoreError):
    """The data file is a SQLite file of another program (not our application_id): refused,
    left byte for byte as it is, and never taken for damage."""


class NotFoundError(CompanionError):
    """A record the caller referred to does not exist."""


class StorageError(CompanionError):
    """Reading or writing the data file failed; nothing of the failed step was written.

    ``what`` says what happened; ``then`` is "Nothing was saved." when a write failed
    (``saving``) and ``advice``, what to do (either may be empty). The message (``str()``) is
    both. ``code`` is SQLite's name for the failure (``"SQLITE_FULL"``), for the log.
    """

    def __init__(self, what: str, advice: str, code: str, saving: bool) -> None:
        nothing = translate("core.errors", "Nothing was saved.") if saving else ""
        self.what = what
        self.advice = advice
        self.then = " ".join(p for p in (nothing, advice) if p)
        super().__init__(" ".join(p for p in (what, self.then) if p))
        self.code = code
        self.saving = saving


class StorageUnavailableError(StorageError):
    """The data file cannot be used just now, through no fault of its own or of the app: the
    disk is full, another program holds the file, it is read-only, the disk failed. The file is
    untouched; once the cause is gone the same step can simply be tried again.

    ``reason`` is the plain cause ("the disk is full").
    """

    def __init__(self, reason: str, advice: str, code: str = "", saving: bool = True) -> None:
        if saving:
            what = translate("core.errors", "Baclofen Companion could not save: {reason}.")
        else:
            what = translate("core.errors", "Baclofen Companion could not read its data: {reason}.")
        super().__init__(what.format(reason=reason), advice, code, saving)
        self.reason = reason


class StorageDamagedError(StorageError):
    """SQLite finds the data file damaged, or not a database at all. Never deleted: at the next
    start the app sets it aside and offers the newest good backup."""

    def __init__(self, code: str = "", saving: bool = True) -> None:
        super().__init__(
            translate(
                "core.errors", "Baclofen Companion could not use its data file: it is damaged."
            ),
            translate(
                "core.errors",
                "Quit Baclofen Companion and start it again: it keeps the damaged file aside "
                "and offers your newest good backup.",
            ),
            code,
            saving,
        )


class StorageBugError(StorageError):
    """SQLite refused a statement the app made: a fault in the app, not in the file or disk.

    ``detail`` is SQLite's own message, for the log only."""

    def __init__(self, detail: str, code: str = "", saving: bool = True) -> None:
        if saving:
            what = translate(
                "core.errors", "Baclofen Companion could not save because of a fault in the app."
            )
        else:
            what = translate(
                "core.errors",
                "Baclofen Companion could not read its data because of a fault in the app.",
            )
        super().__init__(what, "", code, saving)
        self.detail = detail
