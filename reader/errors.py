"""Errors the core raises; every message is one line a user can read."""

from __future__ import annotations


class LisibleError(Exception):
    """Base of every error the core reports to a user."""


class LoadError(LisibleError):
    """A source could not be read (missing, unreadable, a folder)."""


class UnsupportedInput(LisibleError):
    """A source is not something Lisible can show (binary, unknown type)."""


class InputTooLarge(LisibleError):
    """A source is over the size Lisible accepts."""


class EmptyInput(LisibleError):
    """A source has no readable text."""


class Cancelled(LisibleError):
    """Work was stopped because whoever asked for it no longer wants it.

    The one cancellation every layer raises and catches: the core when its
    `cancelled()` token turns true, a task's `progress` once it is cancelled.
    """

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)
