"""Errors the core raises; every message is one line a user can read."""

from __future__ import annotations

import errno


class Phrase:
    """A sentence for a reader: an English template and the fields it names.

    `str()` gives the English sentence (what the command line prints). The
    window looks the template up in its catalogue (context "Errors") and fills
    in the fields, a field that is itself a `Phrase` translated the same way.
    `scripts.update_translations` collects every template written as a literal
    in `reader/`, so the French catalogue must translate each one.
    """

    __slots__ = ("fields", "template")

    def __init__(self, template: str, /, **fields: object) -> None:
        self.template = template
        self.fields = fields

    def __str__(self) -> str:
        # No fields: the template is the message, braces and all (a URL may hold some).
        return self.template.format(**self.fields) if self.fields else self.template

    def __repr__(self) -> str:
        return f"Phrase({self.template!r}, **{self.fields!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.template, self.fields) == (
            other.template,
            other.fields,
        )

    def __hash__(self) -> int:
        return hash(self.template)


#: The system's reasons a reader may meet, worded for a reader (the OS's text is
#: English, and sometimes cryptic: "Not a directory" for a file where a folder
#: should be). Lower case, no full stop: a reason ends another sentence.
_OS_REASONS = {
    "ENOENT": Phrase("no such file or folder"),
    "EACCES": Phrase("permission denied"),
    "EPERM": Phrase("not permitted by the system"),
    "EISDIR": Phrase("it is a folder"),
    "ENOTDIR": Phrase("part of the path is not a folder"),
    "ENOSPC": Phrase("no space left on the disk"),
    "EDQUOT": Phrase("your disk quota is used up"),
    "EROFS": Phrase("the disk is read-only"),
    "ENAMETOOLONG": Phrase("the name is too long"),
    "EMFILE": Phrase("too many files are open"),
    "ENFILE": Phrase("too many files are open"),
    "EIO": Phrase("input/output error (a failing or removed disk?)"),
    "EFBIG": Phrase("the file is too large"),
    "EBUSY": Phrase("the file is in use"),
    "ETXTBSY": Phrase("the file is in use"),
    "EEXIST": Phrase("it already exists"),
    "ENOTEMPTY": Phrase("the folder is not empty"),
    "ELOOP": Phrase("too many symbolic links (a loop?)"),
    "ENOMEM": Phrase("not enough memory"),
    "ECONNRESET": Phrase("the connection was reset"),
    "ECONNABORTED": Phrase("the connection was aborted"),
    "ETIMEDOUT": Phrase("the connection timed out"),
}
# Some names are missing on some systems (EDQUOT, ETXTBSY on Windows).
_REASONS_BY_ERRNO = {
    getattr(errno, name): phrase for name, phrase in _OS_REASONS.items() if hasattr(errno, name)
}


def errno_reason(number: int | None) -> Phrase | None:
    """Return the reader's wording of the system error `number`, or None if it has none."""
    return _REASONS_BY_ERRNO.get(number) if number is not None else None


def os_reason(error: OSError) -> Phrase | str:
    """Say why `error` happened, for the end of a message: "… cannot be read: {reason}".

    A common reason (no space left, permission denied, a folder where a file
    should be…) is a `Phrase` the window translates; any other is the
    system's own text (English), or the error's when it has none.
    """
    return errno_reason(error.errno) or error.strerror or str(error)


class LisibleError(Exception):
    """Base of every error the core reports to a user.

    Raised as `LoadError("{name} does not exist.", name=...)`: the message is a
    `Phrase`, so the window can show it in its own language while `str(error)`
    stays the English sentence.
    """

    def __init__(self, template: str | Phrase = "", /, **fields: object) -> None:
        # A phrase made beforehand (by a helper that words several cases) is taken whole.
        self.phrase = template if isinstance(template, Phrase) else Phrase(template, **fields)
        super().__init__(str(self.phrase))

    def __reduce__(self) -> tuple[object, ...]:
        # Across processes too, the window gets the template and its fields.
        return (_restore, (type(self), self.phrase, self.__dict__))


def _restore(kind: type[LisibleError], phrase: Phrase, state: dict[str, object]) -> LisibleError:
    error = kind.__new__(kind)
    Exception.__init__(error, str(phrase))
    error.__dict__.update(state)
    return error


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
