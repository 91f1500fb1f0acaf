"""Typed errors raised by core and store; the UI turns them into messages."""

from __future__ import annotations


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


class NotFoundError(CompanionError):
    """A record the caller referred to does not exist."""
