"""What an HTTP status means, as the window can translate it."""

from __future__ import annotations

import pytest

from reader.errors import Phrase
from reader.http_reasons import http_reason


@pytest.mark.parametrize(
    ("status", "server_phrase", "meaning"),
    [
        (404, "Not Found", "not found"),
        (503, "Service Unavailable", "service unavailable"),
        # A server's jargon gives way to what the status means.
        (503, "Backend fetch failed", "service unavailable"),
        (502, "", "bad gateway"),
    ],
)
def test_a_common_status_is_a_phrase_of_ours(status: int, server_phrase: str, meaning: str) -> None:
    assert http_reason(status, server_phrase) == Phrase(meaning)


def test_another_status_keeps_the_servers_words_or_says_there_are_none() -> None:
    assert http_reason(418, "I'm a Teapot") == "I'm a Teapot"
    assert http_reason(599, " ") == Phrase("no reason given")
