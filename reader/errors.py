"""Errors the core raises; every message is one line a user can read."""

from __future__ import annotations


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
