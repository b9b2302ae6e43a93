"""Fetch a web page (or a text or Markdown file) by its URL, with bounds on everything.

One `fetch` call makes one GET with a real HTTP client (httpx): connect and
read timeouts, a total deadline, a size cap enforced while streaming, bounded
redirects, the charset of the Content-Type header handed to the decoder, and
a content-type check that turns images, PDFs and other binaries away before
their body is read. Every failure a user can meet (offline, unknown host,
refused, timeout, HTTP 404 or 500…) is a `FetchError` with a one-line message.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from reader import __version__, decoding, errors
from reader.byte_sizes import byte_size
from reader.errors import (
    InputTooLarge,
    LisibleError,
    LoadError,
    Phrase,
    UnsupportedInput,
    os_reason,
)
from reader.http_reasons import http_reason
from reader.loading import MAX_BYTES, Source, decode_source

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

#: A page is abandoned after this many seconds in all, however it trickles in:
#: a minute covers a multi-megabyte page on a slow mobile link.
DEFAULT_DEADLINE = 60.0

#: Longest wait for one step (connecting, or the next bytes of the answer).
#: Servers that are up answer within a few seconds; 15 s rides out a slow
#: one without leaving a reader staring at a dead link for long.
STEP_TIMEOUT = 15.0

#: Redirects followed before giving up: real sites use two or three
#: (http → https → www → canonical path); ten only stops loops.
MAX_REDIRECTS = 10

#: Identifies Lisible honestly while looking enough like a browser that news
#: sites serve their normal article page rather than a bot wall.
USER_AGENT = f"Mozilla/5.0 (X11; Linux x86_64) Lisible/{__version__} (article reader)"

_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/markdown;q=0.9,text/plain;q=0.8,*/*;q=0.1"
_ACCEPT_LANGUAGE = "fr,en;q=0.9,*;q=0.5"

#: Media types Lisible reads, and the file suffix that tells the decoder what
#: they are. An absent or generic type is judged by the bytes themselves.
_ARTICLE_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/markdown": ".md",
    "text/x-markdown": ".md",
    "text/plain": ".txt",
}
_SNIFFED_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})

#: What the refused media types are to a user.
_KIND_NAMES = {
    "application/pdf": Phrase("a PDF document"),
    "application/zip": Phrase("a ZIP archive"),
    "application/json": Phrase("JSON data"),
    "application/xml": Phrase("XML data"),
    "text/xml": Phrase("XML data"),
    "application/rss+xml": Phrase("a news feed"),
    "application/atom+xml": Phrase("a news feed"),
    "text/css": Phrase("a style sheet"),
    "text/javascript": Phrase("a script"),
    "application/javascript": Phrase("a script"),
    "text/csv": Phrase("a spreadsheet (CSV)"),
}
_KIND_PREFIXES = {
    "image/": Phrase("an image"),
    "audio/": Phrase("a sound file"),
    "video/": Phrase("a video"),
}

# Socket errors that mean this machine has no way out, rather than that the
# host is wrong.
_OFFLINE_ERRNOS = frozenset({errno.ENETUNREACH, errno.ENETDOWN, errno.EHOSTUNREACH})
_LOOKUP_FAILED = frozenset(
    {getattr(socket, name) for name in ("EAI_NONAME", "EAI_NODATA") if hasattr(socket, name)}
)

#: How often the watchdog looks at the cancel callback and the clock: a
#: tenth of a second feels immediate to someone pressing Cancel.
WATCH_INTERVAL = 0.1

Progress = Callable[[int, int | None], object]
Cancelled = Callable[[], bool]


class FetchError(LoadError):
    """A page could not be fetched."""


class InvalidURL(FetchError):
    """The address is not an http or https URL Lisible can fetch."""


class Offline(FetchError):
    """This computer has no network connection (or no working name server)."""


class HostNotFound(FetchError):
    """No server has the address's host name."""


class ConnectionRefused(FetchError):
    """The server is there but nothing answers on its port."""


class SecureConnectionFailed(FetchError):
    """The HTTPS connection failed: a bad certificate or an incompatible server."""


class FetchTimeout(FetchError):
    """The server took too long to connect, answer or send the page."""


class TooManyRedirects(FetchError):
    """The page redirects in a loop or too many times."""


class HTTPStatusError(FetchError):
    """The server answered with an HTTP error status."""

    def __init__(self, template: str, status: int, /, **fields: object) -> None:
        super().__init__(template, **fields)
        self.status = status


class BrokenResponse(FetchError):
    """The connection broke, or the server sent something that is not HTTP."""


#: The user stopped the download: the one cancellation.
FetchCancelled = errors.Cancelled


class PageTooLarge(InputTooLarge):
    """The page is over the size Lisible accepts."""


class UnsupportedContentType(UnsupportedInput):
    """The URL holds an image, a PDF or other data, not an article."""


@dataclass(frozen=True)
class Page:
    """What a fetch brought back."""

    url: str  # the final address, after redirects
    data: bytes
    media_type: str  # "text/html"; "" when the server named none
    charset: str | None  # from the Content-Type header


def is_url(text: str) -> bool:
    """Tell whether text is an http or https address (not a file path)."""
    try:
        parts = urlsplit(text.strip())
    except ValueError:  # "http://[::1": an unclosed IPv6 bracket
        return False
    return parts.scheme.lower() in {"http", "https"} and bool(parts.netloc)


def normalise_url(text: str) -> str:
    """Complete what a user typed into an address: "example.org/a" → "https://example.org/a".

    Raises:
        InvalidURL: the text is no web address.
    """
    text = text.strip()
    if not text:
        raise InvalidURL(
            "Type the address of a web page, e.g. {example}.", example="https://example.org/article"
        )
    if "://" not in text and not text.lower().startswith(("mailto:", "javascript:", "data:")):
        text = "https://" + text.lstrip("/")
    _check_url(text)
    return text


def fetch(
    url: str,
    *,
    deadline: float = DEFAULT_DEADLINE,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Page:
    """Download a page.

    Args:
        url: an http or https address.
        deadline: seconds for the whole download, however the server
            trickles; each step (connecting, waiting for bytes) also gives up
            after `STEP_TIMEOUT` or the deadline, whichever is shorter. (Name
            lookup and connecting cannot be cut short; they are bounded by
            the system and by the step timeout.)
        max_bytes: the largest body accepted, after content decoding.
        max_redirects: redirects followed before giving up.
        progress: called with (bytes received, total bytes or None) as the
            body arrives.
        cancelled: polled as bytes arrive and every `WATCH_INTERVAL` from a
            watchdog thread (so it must be thread-safe); once it returns
            True the download stops with `FetchCancelled`, even while the
            server is silent.
        transport: an httpx transport to use instead of the network (tests).

    Raises:
        FetchError: a subclass saying in one line why the page is not here.
        PageTooLarge: the page is over `max_bytes`.
        UnsupportedContentType: the address holds something other than an article.
    """
    import httpx

    _check_url(url)
    host = urlsplit(url).hostname or url
    started = time.monotonic()
    step = min(STEP_TIMEOUT, deadline)
    _check_cancel(cancelled)
    watchdog = _Watchdog(cancelled, started + deadline)
    try:
        with (
            watchdog,
            httpx.Client(
                headers={
                    "User-Agent": USER_AGENT,
                    "Accept": _ACCEPT,
                    "Accept-Language": _ACCEPT_LANGUAGE,
                    "Accept-Encoding": decoding.ACCEPT_ENCODING,
                },
                timeout=httpx.Timeout(step),
                follow_redirects=True,
                max_redirects=max_redirects,
                transport=transport,
            ) as client,
            client.stream("GET", url, extensions={"trace": watchdog.trace}) as response,
        ):
            watchdog.answered = True
            final_url = str(response.url)
            _check_status(response, final_url)
            media_type = _media_type(response)
            total = _content_length(response)
            if total is not None and total > max_bytes:
                raise _too_large(final_url, max_bytes)
            data = _read_body(
                response,
                final_url,
                _Reading(max_bytes, total, started, deadline, progress, cancelled),
            )
            charset = response.charset_encoding
    except httpx.InvalidURL:
        # The address itself passed _check_url: a redirect led somewhere odd
        # (javascript:, an unclosed IPv6 bracket).
        raise InvalidURL(
            "{host} redirects to an address Lisible cannot open (not an http or https page).",
            host=host,
        ) from None
    except httpx.HTTPError as error:
        raise watchdog.error(host, deadline) or _transport_error(
            error, host, step, max_redirects
        ) from None
    # A cut connection can also look like the end of a page sent without a length.
    cut = watchdog.error(host, deadline)
    if cut is not None:
        raise cut
    log.info("fetched %s: %d bytes of %s", final_url, len(data), media_type or "unknown type")
    return Page(url=final_url, data=data, media_type=media_type, charset=charset)


def _transport_error(error: Exception, host: str, step: float, max_redirects: int) -> LisibleError:
    """Say in one line what an httpx error means to the reader."""
    import httpx

    if isinstance(error, httpx.TooManyRedirects):
        return TooManyRedirects(
            "{host} redirects too many times (more than {limit}); the link may loop.",
            host=host,
            limit=max_redirects,
        )
    if isinstance(error, httpx.UnsupportedProtocol):
        target = _request_url(error)
        return InvalidURL(
            "{host} redirects to {target}, which Lisible cannot open.", host=host, target=target
        )
    if isinstance(error, httpx.TimeoutException):
        return _timeout(host, step)
    if isinstance(error, httpx.ConnectError):
        return _connect_error(error, host)
    if isinstance(error, httpx.DecodingError):
        return BrokenResponse("{host} sent a damaged page (its compression is broken).", host=host)
    if isinstance(error, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        return BrokenResponse(
            "The connection to {host} broke off before the page was complete.", host=host
        )
    if isinstance(error, httpx.ProxyError):
        return BrokenResponse(
            "The proxy refused the request for {host}: {reason}.",
            host=host,
            reason=_proxy_reason(error),
        )
    return BrokenResponse(
        "Could not fetch the page from {host}: {reason}.", host=host, reason=error
    )


def _proxy_reason(error: Exception) -> errors.Phrase | str:
    """Say why a proxy refused: its status in words ("407 Proxy Authentication Required")."""
    status, _, phrase = str(error).partition(" ")
    if len(status) == 3 and status.isdigit():
        return http_reason(int(status), phrase)
    return str(error)


def _request_url(error: Exception) -> str:
    """Return the address of the request that failed, or "an address" if unknown."""
    try:
        return str(error.request.url)  # type: ignore[attr-defined]
    except (AttributeError, RuntimeError):
        return "an address"


_CANCELLED = "cancelled"
_DEADLINE = "deadline"


class _Watchdog:
    """Cut the connection once the user cancels or the deadline passes.

    Shutting the socket down wakes a read that is waiting on a silent or
    trickling server at once, where the read timeout alone could keep a
    cancelled download (and its worker thread) alive for `STEP_TIMEOUT`.
    The sockets are learnt from httpcore's documented "trace" extension.
    """

    def __init__(self, cancelled: Cancelled | None, until: float) -> None:
        self._cancelled = cancelled
        self._until = until
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="lisible-fetch", daemon=True)
        self.fired: str | None = None
        self.answered = False  # the server sent its headers

    def __enter__(self) -> _Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._done.set()
        self._thread.join()

    def error(self, host: str, deadline: float) -> LisibleError | None:
        """Return the error that the watchdog's cut means, if it cut."""
        if self.fired == _CANCELLED:
            return FetchCancelled("The download was cancelled.")
        if self.fired == _DEADLINE and not self.answered:
            return _timeout(host, deadline)
        if self.fired == _DEADLINE:
            return FetchTimeout(
                "{host} took over {seconds} s to send the page.", host=host, seconds=f"{deadline:g}"
            )
        return None

    def trace(self, event: str, info: dict[str, object]) -> None:
        """Note the socket of each new connection (an httpcore trace callback)."""
        stream = info.get("return_value")
        if not event.endswith(".complete") or not hasattr(stream, "get_extra_info"):
            return
        sock = stream.get_extra_info("socket")
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            self._sockets.append(sock)
            fired = self.fired
        if fired:
            _cut(sock)

    def _watch(self) -> None:
        while not self._done.wait(WATCH_INTERVAL):
            if self._cancelled is not None and self._cancelled():
                reason = _CANCELLED
            elif time.monotonic() > self._until:
                reason = _DEADLINE
            else:
                continue
            with self._lock:
                self.fired = reason
                sockets = list(self._sockets)
            for sock in sockets:
                _cut(sock)
            return


def _cut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def fetch_source(
    url: str,
    *,
    deadline: float = DEFAULT_DEADLINE,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Source:
    """Fetch a page and decode it; the source's name is the final URL.

    Raises what `fetch` and `decode_source` raise.
    """
    page = fetch(
        url, deadline=deadline, progress=progress, cancelled=cancelled, transport=transport
    )
    suffix = _suffix_for(page.media_type, page.url)
    return decode_source(page.data, page.url, suffix=suffix, declared=page.charset)


# --- Steps ------------------------------------------------------------------------


def _check_url(url: str) -> None:
    try:
        parts = urlsplit(url)
    except ValueError:
        raise InvalidURL("{url} is not a valid web address.", url=url) from None
    if any(ord(char) < 32 or char == "\x7f" for char in url):
        raise InvalidURL(
            "{url} is not a valid web address (it holds control characters).", url=repr(url)
        )
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"}:
        if scheme:
            raise InvalidURL(
                "Lisible opens web pages from http and https addresses, not {scheme}: addresses.",
                scheme=scheme,
            )
        raise InvalidURL("{url} is not a web address.", url=repr(url))
    try:
        host = parts.hostname
        _ = parts.port  # reading it validates the port
    except ValueError:
        raise InvalidURL("{url} is not a valid web address (bad port).", url=url) from None
    if not host:
        raise InvalidURL("{url} has no server name.", url=url)


def _check_cancel(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise FetchCancelled("The download was cancelled.")


def _check_status(response: httpx.Response, url: str) -> None:
    status = response.status_code
    if status < 400:
        return
    host = urlsplit(url).hostname or url
    reason = http_reason(status, response.reason_phrase)
    if status in {404, 410}:
        phrase = Phrase(
            "There is no page at {url} (HTTP {status}: not found).", url=url, status=status
        )
    elif status in {401, 403}:
        phrase = Phrase(
            "{host} refuses to show this page (HTTP {status}); it may need a login.",
            host=host,
            status=status,
        )
    elif status == 429:
        phrase = Phrase(
            "{host} is receiving too many requests (HTTP 429); try again in a while.", host=host
        )
    elif status >= 500:
        phrase = Phrase(
            "The server {host} has a problem (HTTP {status}: {reason}); try again later.",
            host=host,
            status=status,
            reason=reason,
        )
    else:
        phrase = Phrase(
            "{host} answered HTTP {status} ({reason}) instead of the page.",
            host=host,
            status=status,
            reason=reason,
        )
    raise HTTPStatusError(phrase.template, status, **phrase.fields)


def _media_type(response: httpx.Response) -> str:
    header: str = response.headers.get("content-type", "")
    media_type = header.partition(";")[0].strip().lower()
    if media_type in _ARTICLE_TYPES or media_type in _SNIFFED_TYPES:
        return media_type
    kind = _KIND_NAMES.get(media_type) or next(
        (name for prefix, name in _KIND_PREFIXES.items() if media_type.startswith(prefix)), None
    )
    if kind:
        raise UnsupportedContentType(
            "{url} is {kind} ({media_type}), not an article; "
            "Lisible opens web pages, text and Markdown.",
            url=response.url,
            kind=kind,
            media_type=media_type,
        )
    raise UnsupportedContentType(
        "{url} is of type {media_type}, not an article; "
        "Lisible opens web pages, text and Markdown.",
        url=response.url,
        media_type=media_type,
    )


def _suffix_for(media_type: str, url: str) -> str:
    suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
    # Servers send Markdown files as text/plain (or as bytes), their name says more.
    if media_type in _SNIFFED_TYPES or (
        media_type == "text/plain" and suffix in _MARKDOWN_SUFFIXES
    ):
        return suffix
    return _ARTICLE_TYPES[media_type]


def _content_length(response: httpx.Response) -> int | None:
    # A compressed body's length says nothing of its size once decoded.
    if response.headers.get("content-encoding", "identity").lower() != "identity":
        return None
    try:
        length = int(response.headers.get("content-length", ""))
    except ValueError:
        return None
    return length if length >= 0 else None


@dataclass(frozen=True)
class _Reading:
    """What bounds and follows the reading of one response's body."""

    max_bytes: int
    total: int | None
    started: float
    deadline: float
    progress: Progress | None
    cancelled: Cancelled | None


def _read_body(response: httpx.Response, url: str, reading: _Reading) -> bytes:
    if reading.progress is not None:
        reading.progress(0, reading.total)
    # Pieces come as the network delivers them (64 KB at most), so progress,
    # cancelling and the deadline are checked as often as bytes arrive. The
    # body is decoded here rather than by httpx, with the cap on every layer
    # (see reader.decoding).
    host = urlsplit(url).hostname or url
    try:
        applied = decoding.codings(response.headers.get_list("content-encoding"))
    except decoding.UnknownEncoding as unknown:
        raise BrokenResponse(
            "{host} sent the page compressed as {coding}, which Lisible cannot read.",
            host=host,
            coding=repr(unknown.encoding),
        ) from None
    if response.is_stream_consumed:
        # A transport that hands over a whole, already decoded body (tests' mocks).
        raw, applied = iter([response.content]), []
    else:
        raw = response.iter_raw()
    try:
        pieces = decoding.decoded(raw, applied, reading.max_bytes)
        return _collect(pieces, url, host, reading)
    except decoding.DecodedTooLarge:
        raise _too_large(url, reading.max_bytes) from None
    except decoding.DamagedEncoding:
        raise BrokenResponse(
            "{host} sent a damaged page (its compression is broken).", host=host
        ) from None


def _collect(pieces: Iterator[bytes], url: str, host: str, reading: _Reading) -> bytes:
    chunks: list[bytes] = []
    received = 0
    for chunk in pieces:
        received += len(chunk)
        if received > reading.max_bytes:
            raise _too_large(url, reading.max_bytes)
        chunks.append(chunk)
        _check_cancel(reading.cancelled)
        if time.monotonic() - reading.started > reading.deadline:
            raise FetchTimeout(
                "{host} took over {seconds} s to send the page; gave up after {size}.",
                host=host,
                seconds=f"{reading.deadline:g}",
                size=byte_size(received),
            )
        if reading.progress is not None:
            reading.progress(received, reading.total)
    return b"".join(chunks)


# --- Messages -------------------------------------------------------------------------


def _connect_error(error: Exception, host: str) -> FetchError:
    import ssl  # only needed once a connection failed

    from reader.tls_reasons import certificate_reason, tls_reason

    cause = _root_os_error(error)
    if isinstance(cause, ssl.SSLCertVerificationError):
        why = certificate_reason(cause)
        if why is not None:
            return SecureConnectionFailed(
                "The secure connection to {host} failed: its certificate cannot be trusted "
                "({reason}).",
                host=host,
                reason=why,
            )
        return SecureConnectionFailed(
            "The secure connection to {host} failed: its certificate cannot be trusted.", host=host
        )
    if isinstance(cause, ssl.SSLError):
        return SecureConnectionFailed(
            "The secure connection to {host} failed: {reason}.", host=host, reason=tls_reason(cause)
        )
    if isinstance(cause, socket.gaierror):
        if cause.errno in _LOOKUP_FAILED:
            return HostNotFound(
                "Cannot find the server {host}: check the address, "
                "or whether this computer is online.",
                host=host,
            )
        return Offline(
            "Cannot look up {host}: this computer seems to be offline "
            "(no network connection, or no name server answers).",
            host=host,
        )
    if isinstance(cause, ConnectionRefusedError):
        return ConnectionRefused(
            "{host} refused the connection: no web server answers there.", host=host
        )
    if cause is not None and cause.errno in _OFFLINE_ERRNOS:
        return Offline("Cannot reach {host}: this computer seems to be offline.", host=host)
    reason = os_reason(cause) if cause is not None else error
    return BrokenResponse("Cannot connect to {host}: {reason}.", host=host, reason=reason)


def _root_os_error(error: BaseException) -> OSError | None:
    """Find the socket or TLS error under httpx's and httpcore's wrappers."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, OSError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _timeout(host: str, step: float) -> FetchTimeout:
    return FetchTimeout(
        "{host} did not answer within {seconds} s; it may be down or very slow.",
        host=host,
        seconds=f"{step:g}",
    )


def _too_large(url: str, max_bytes: int) -> PageTooLarge:
    return PageTooLarge(
        "{url} is over {limit}, the most Lisible opens.", url=url, limit=byte_size(max_bytes)
    )
