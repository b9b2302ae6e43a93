"""Core errors carry an English template and its fields; str() is the English line."""

from __future__ import annotations

import pickle

from reader.errors import LoadError, Phrase
from reader.fetching import HTTPStatusError


def test_the_message_is_the_template_filled_in() -> None:
    error = LoadError("{name} is {kind}, not a file.", name="fifo", kind=Phrase("a pipe (FIFO)"))
    assert str(error) == "fifo is a pipe (FIFO), not a file."
    assert error.phrase.template == "{name} is {kind}, not a file."
    assert error.phrase.fields["kind"] == Phrase("a pipe (FIFO)")


def test_a_message_without_fields_keeps_its_braces() -> None:
    assert str(LoadError("https://example.org/{id} is odd.")) == "https://example.org/{id} is odd."


def test_an_error_crosses_processes_with_its_template_and_fields() -> None:
    error = HTTPStatusError("There is no page at {url} (HTTP {status}).", 404, url="x", status=404)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is HTTPStatusError and again.status == 404
    assert str(again) == "There is no page at x (HTTP 404)."
    assert again.phrase == error.phrase
