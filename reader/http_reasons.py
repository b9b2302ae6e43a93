"""What an HTTP status means, in words the window can translate.

A server's reason phrase is English ("Service Unavailable") or its own jargon
("Backend fetch failed"); a French reader should read what the status means.
"""

from __future__ import annotations

from reader.errors import Phrase

#: The statuses a reader may meet when fetching a page or a model.
_REASONS = {
    400: Phrase("bad request"),
    401: Phrase("a login is needed"),
    403: Phrase("access refused"),
    404: Phrase("not found"),
    405: Phrase("method not allowed"),
    406: Phrase("no acceptable form of the page"),
    407: Phrase("the proxy asks for a login"),
    408: Phrase("the request took too long"),
    410: Phrase("gone for good"),
    414: Phrase("the address is too long"),
    429: Phrase("too many requests"),
    451: Phrase("unavailable for legal reasons"),
    500: Phrase("internal server error"),
    501: Phrase("not supported by the server"),
    502: Phrase("bad gateway"),
    503: Phrase("service unavailable"),
    504: Phrase("the gateway did not answer in time"),
}
#: HTTP/1.1 allows an empty reason phrase.
_NO_REASON = Phrase("no reason given")


def http_reason(status: int, server_phrase: str) -> Phrase | str:
    """Return what `status` means; the server's own phrase for a status not listed."""
    return _REASONS.get(status) or server_phrase.strip() or _NO_REASON
