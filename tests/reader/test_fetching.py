"""Tests for reader.fetching and reader.pipeline.article_from_url, against a real local server."""

from __future__ import annotations

import contextlib
import errno
import gzip
import shutil
import socket
import ssl
import subprocess
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from reader.article import SourceFormat
from reader.errors import EmptyInput, LisibleError, Phrase
from reader.fetching import (
    BrokenResponse,
    ConnectionRefused,
    FetchCancelled,
    FetchTimeout,
    HostNotFound,
    HTTPStatusError,
    InvalidURL,
    Offline,
    PageTooLarge,
    SecureConnectionFailed,
    TooManyRedirects,
    UnsupportedContentType,
    fetch,
    fetch_source,
    is_url,
    normalise_url,
)
from reader.pipeline import article_from_url

if TYPE_CHECKING:
    from conftest import LocalSite

PARAGRAPH = (
    "Every evening at half past nine, the old ferry leaves the quay with its lights reflected "
    "in the black water of the harbour. Most passengers are regulars who know the crew by name."
)
PAGE = f"""<!doctype html>
<html lang="en"><head><title>The Night Ferry - Coastal Review</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>The Night Ferry</h1>
<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p><a href="/more">More about the ferry</a> is online.</p>
</article></body></html>"""

FRENCH = (
    "Le café du port ouvre à l’aube, quand les pêcheurs rentrent. On y boit un crème brûlant "
    "en écoutant la météo marine, et l’été les touristes découvrent ce rituel très matinal."
)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- Success --------------------------------------------------------------------------


def test_a_page_becomes_an_article_named_by_its_url(local_site: LocalSite) -> None:
    url = local_site.add("/ferry.html", PAGE)
    article = article_from_url(url)
    assert article.title == "The Night Ferry"
    assert article.source == url
    assert article.source_format is SourceFormat.HTML
    assert article.text.startswith("Every evening at half past nine")
    assert "Home" not in article.text
    assert article.language == "en"


def test_redirects_are_followed_and_the_final_url_is_the_source(local_site: LocalSite) -> None:
    final = local_site.add("/2025/ferry", PAGE)
    local_site.add("/f", status=301, headers={"Location": "/ferry-old"}, content_type=None)
    start = local_site.add("/ferry-old", status=302, headers={"Location": final})
    # An address that redirects through two hops to the article.
    article = article_from_url(local_site.url("/f"))
    assert article.source == final
    assert start != final
    assert [path for path, _ in local_site.requests] == ["/f", "/ferry-old", "/2025/ferry"]


def test_charset_comes_from_the_header_when_the_page_has_none(local_site: LocalSite) -> None:
    html = f"<html><body><h1>Au café</h1><p>{FRENCH}</p><p>{FRENCH}</p></body></html>"
    url = local_site.add(
        "/cp1252", html.encode("cp1252"), content_type="text/html; charset=windows-1252"
    )
    assert FRENCH in article_from_url(url).text


def test_the_header_charset_wins_over_guessing(local_site: LocalSite) -> None:
    # Mac Roman bytes also read as (wrong) windows-1252 text: only the header
    # says which one they are.
    data = f"Au café\n\n{FRENCH}\n".encode("mac_roman")
    url = local_site.add("/mac.txt", data, content_type="text/plain; charset=macintosh")
    source = fetch_source(url)
    assert source.encoding == "mac-roman"
    assert FRENCH in source.text


@pytest.mark.parametrize(
    ("path", "content_type", "expected"),
    [
        ("/notes.md", "text/markdown", SourceFormat.MARKDOWN),
        ("/notes.md", "text/plain; charset=utf-8", SourceFormat.MARKDOWN),
        ("/notes", "text/plain", SourceFormat.TEXT),
        ("/notes", None, SourceFormat.TEXT),
        ("/page", "application/xhtml+xml", SourceFormat.HTML),
    ],
)
def test_text_and_markdown_are_accepted(
    local_site: LocalSite, path: str, content_type: str | None, expected: SourceFormat
) -> None:
    text = f"# Au café\n\n{FRENCH}\n\n- un point\n- un autre\n"
    if expected is SourceFormat.HTML:
        text = f"<html><body><h1>Au café</h1><p>{FRENCH}</p></body></html>"
    url = local_site.add(path, text, content_type=content_type)
    source = fetch_source(url)
    assert source.format is expected
    assert FRENCH in source.text


def test_a_compressed_page_is_decompressed(local_site: LocalSite) -> None:
    url = local_site.add("/gz", gzip.compress(PAGE.encode()), headers={"Content-Encoding": "gzip"})
    assert fetch(url).data == PAGE.encode()


def zeros_gzip(megabytes: int) -> bytes:
    """Gzip of `megabytes` MB of zero bytes: about a thousandth of the size."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    return b"".join([*(packer.compress(block) for _ in range(megabytes)), packer.flush()])


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", zeros_gzip(64)),
        ("gzip, gzip", gzip.compress(zeros_gzip(64))),
        ("deflate", zlib.compress(bytes(64 << 20), 9)),
    ],
    ids=["gzip", "gzip-gzip", "deflate"],
)
def test_a_compression_bomb_stops_at_the_cap_without_inflating_it(
    local_site: LocalSite, encoding: str, body: bytes
) -> None:
    url = local_site.add("/bomb", body, headers={"Content-Encoding": encoding})
    tracemalloc.start()
    try:
        with pytest.raises(PageTooLarge):
            fetch(url, max_bytes=4 << 20)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The cap and one piece of each layer: never the 64 MB the body inflates to.
    assert peak < 16 << 20


def test_an_unknown_or_broken_compression_is_one_line(local_site: LocalSite) -> None:
    unknown = local_site.add("/evil", PAGE, headers={"Content-Encoding": "x-evil"})
    with pytest.raises(BrokenResponse, match="compressed as 'x-evil'"):
        fetch(unknown)
    broken = local_site.add(
        "/broken", b"\x1f\x8b" + b"junk" * 30, headers={"Content-Encoding": "gzip"}
    )
    with pytest.raises(BrokenResponse, match="compression is broken"):
        fetch(broken)


def test_raw_deflate_and_gzip_members_are_read(local_site: LocalSite) -> None:
    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    url = local_site.add(
        "/raw", raw.compress(PAGE.encode()) + raw.flush(), headers={"Content-Encoding": "deflate"}
    )
    assert fetch(url).data == PAGE.encode()
    half = len(PAGE) // 2
    members = gzip.compress(PAGE[:half].encode()) + gzip.compress(PAGE[half:].encode())
    url = local_site.add("/members", members, headers={"Content-Encoding": "gzip"})
    assert fetch(url).data == PAGE.encode()


def test_a_real_user_agent_is_sent(local_site: LocalSite) -> None:
    fetch(local_site.add("/ua", PAGE))
    headers = {name.lower(): value for name, value in local_site.requests[0][1].items()}
    assert "Lisible/" in headers["user-agent"]
    assert "python-httpx" not in headers["user-agent"]
    assert "text/html" in headers["accept"]


def test_progress_reports_bytes_and_total(local_site: LocalSite) -> None:
    body = b"<html><body>" + b"<p>" + b"word " * 60_000 + b"</p></body></html>"
    url = local_site.add("/big", body, headers={"Content-Length": str(len(body))})
    reports: list[tuple[int, int | None]] = []
    fetch(url, progress=lambda done, total: reports.append((done, total)))
    assert reports[0] == (0, len(body))
    assert reports[-1] == (len(body), len(body))
    assert len(reports) > 3  # several steps, so a progress bar moves
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


# --- Refusals and failures ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_class", "words"),
    [
        (404, HTTPStatusError, "HTTP 404: not found"),
        (410, HTTPStatusError, "HTTP 410"),
        (403, HTTPStatusError, "refuses to show this page (HTTP 403)"),
        (500, HTTPStatusError, "has a problem (HTTP 500: internal server error)"),
        (503, HTTPStatusError, "(HTTP 503: service unavailable); try again later"),
        (400, HTTPStatusError, "answered HTTP 400 (bad request) instead of the page"),
        # A status without a wording of ours keeps the server's reason phrase.
        (418, HTTPStatusError, "answered HTTP 418 (I'm a Teapot) instead of the page"),
    ],
)
def test_http_errors_have_one_line_each(
    local_site: LocalSite, status: int, error_class: type[LisibleError], words: str
) -> None:
    url = local_site.add("/x", "<h1>Oops</h1>", status=status)
    with pytest.raises(error_class) as caught:
        article_from_url(url)
    assert words in str(caught.value)
    assert isinstance(caught.value, HTTPStatusError)
    assert caught.value.status == status
    assert "\n" not in str(caught.value)


def test_a_missing_page_names_its_url(local_site: LocalSite) -> None:
    url = local_site.url("/nowhere")
    with pytest.raises(HTTPStatusError, match=r"There is no page at .*/nowhere"):
        fetch(url)


def test_a_declared_size_over_the_cap_is_refused_before_reading(local_site: LocalSite) -> None:
    url = local_site.add("/huge", b"<p>tiny</p>", headers={"Content-Length": str(80 * 2**20)})
    with pytest.raises(PageTooLarge, match="over 50 MB"):
        fetch(url)


def test_an_undeclared_size_is_capped_while_streaming(local_site: LocalSite) -> None:
    body = b"<p>" + b"x" * (3 * 2**20) + b"</p>"  # no Content-Length: read until closed
    url = local_site.add("/stream", body)
    reports: list[int] = []
    with pytest.raises(PageTooLarge, match="over 1 MB"):
        fetch(url, max_bytes=2**20, progress=lambda done, _total: reports.append(done))
    assert max(reports) <= 2**20  # it stopped at the cap, not after the whole body


def test_a_server_that_never_answers_times_out(local_site: LocalSite) -> None:
    url = local_site.add("/slow", PAGE, delay=True)
    started = time.monotonic()
    with pytest.raises(FetchTimeout, match=r"did not answer within 0.5 s"):
        fetch(url, deadline=0.5)
    assert time.monotonic() - started < 5


@contextlib.contextmanager
def one_connection(answer: Callable[[socket.socket], None]) -> Iterator[int]:
    """Accept one connection on 127.0.0.1 and let `answer` serve it, in a thread; yield the port."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            answer(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()
        thread.join(5)


@pytest.fixture
def trickling_server() -> Iterator[str]:
    """Serve a page one byte every 0.2 s: each read is quick, the whole is endless."""
    stop = threading.Event()

    def trickle(connection: socket.socket) -> None:
        connection.recv(65536)
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>")
        with contextlib.suppress(OSError):
            while not stop.wait(0.2):
                connection.sendall(b"a")

    with one_connection(trickle) as port:
        try:
            yield f"http://127.0.0.1:{port}/trickle"
        finally:
            stop.set()


def test_a_trickling_page_stops_at_the_deadline(trickling_server: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchTimeout, match=r"took over 1 s to send the page"):
        fetch(trickling_server, deadline=1)
    assert time.monotonic() - started < 3


def test_a_silent_server_is_cut_as_soon_as_the_user_cancels(local_site: LocalSite) -> None:
    # The server holds its answer for 30 s, the read timeout is 15 s: only
    # the watchdog can stop this download quickly.
    url = local_site.add("/slow", PAGE, delay=True)
    started = time.monotonic()
    with pytest.raises(FetchCancelled):
        fetch(url, cancelled=lambda: len(local_site.requests) > 0)
    assert time.monotonic() - started < 3


def test_a_mock_transport_still_works_without_sockets() -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers={"Content-Type": "text/plain"}, text="Hi.")
    )
    page = fetch("http://news.example/a", transport=transport)
    assert (page.data, page.media_type, page.url) == (b"Hi.", "text/plain", "http://news.example/a")


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl tool")
def test_an_untrusted_certificate_is_refused(tmp_path: Path) -> None:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
         "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)

    def handshake(connection: socket.socket) -> None:
        with contextlib.suppress(OSError), context.wrap_socket(connection, server_side=True):
            pass  # the client gives up during the handshake

    with one_connection(handshake) as port, pytest.raises(SecureConnectionFailed) as caught:
        fetch(f"https://127.0.0.1:{port}/article")
    assert str(caught.value) == (
        "The secure connection to 127.0.0.1 failed: its certificate cannot be trusted "
        "(it is signed by the site itself, not by an authority)."
    )


def test_a_secure_address_for_a_plain_http_site_says_so(local_site: LocalSite) -> None:
    url = local_site.add("/article", PAGE).replace("http://", "https://")
    with pytest.raises(SecureConnectionFailed) as caught:
        fetch(url)
    assert str(caught.value) == (
        "The secure connection to 127.0.0.1 failed: the server does not offer a secure "
        "connection there; the page may be on http://."
    )


def test_a_proxy_asking_for_a_login_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(connection: socket.socket) -> None:
        connection.recv(4096)  # CONNECT news.example:443
        connection.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n")

    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    with one_connection(refuse) as port, pytest.raises(BrokenResponse) as caught:
        monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{port}")
        fetch("https://news.example/article")
    assert str(caught.value) == (
        "The proxy refused the request for news.example: the proxy asks for a login."
    )


@pytest.mark.parametrize(
    ("content_type", "words"),
    [
        ("image/png", "an image (image/png)"),
        ("application/pdf", "a PDF document (application/pdf)"),
        ("video/mp4", "a video"),
        ("application/json", "JSON data"),
        ("application/x-tar", "of type application/x-tar"),
    ],
)
def test_wrong_content_types_are_refused_clearly(
    local_site: LocalSite, content_type: str, words: str
) -> None:
    url = local_site.add("/file", b"\x89PNG\r\n\x1a\n" + bytes(100), content_type=content_type)
    with pytest.raises(UnsupportedContentType) as caught:
        fetch(url)
    assert words in str(caught.value)
    assert "not an article" in str(caught.value)


def test_binary_bytes_without_a_type_are_refused(local_site: LocalSite) -> None:
    url = local_site.add(
        "/blob", b"%PDF-1.7\n" + bytes(200), content_type="application/octet-stream"
    )
    with pytest.raises(LisibleError, match="a PDF document, not an article"):
        fetch_source(url)


def test_an_empty_page_is_reported(local_site: LocalSite) -> None:
    with pytest.raises(EmptyInput, match="is empty"):
        fetch_source(local_site.add("/empty", b""))


def test_a_server_that_is_down_refuses(local_site: LocalSite) -> None:
    with pytest.raises(ConnectionRefused, match=r"127.0.0.1 refused the connection"):
        fetch(f"http://127.0.0.1:{closed_port()}/article")


def test_an_unknown_host_is_not_found(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_host(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(HostNotFound, match=r"Cannot find the server news.example"):
        fetch("https://news.example/article")


def test_no_name_server_means_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def lookup_fails(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", lookup_fails)
    with pytest.raises(Offline, match="seems to be offline"):
        fetch("https://news.example/article")


def test_an_unreachable_network_means_offline(
    monkeypatch: pytest.MonkeyPatch, local_site: LocalSite
) -> None:
    def unreachable(self: socket.socket, address: object) -> None:
        raise OSError(errno.ENETUNREACH, "Network is unreachable")

    monkeypatch.setattr(socket.socket, "connect", unreachable)
    with pytest.raises(Offline, match=r"Cannot reach 127.0.0.1: this computer seems to be offline"):
        fetch(local_site.add("/a", PAGE))


def test_a_reset_connection_says_why_in_a_readers_words(
    monkeypatch: pytest.MonkeyPatch, local_site: LocalSite
) -> None:
    def reset(self: socket.socket, address: object) -> None:
        raise ConnectionResetError(errno.ECONNRESET, "Connection reset by peer")

    monkeypatch.setattr(socket.socket, "connect", reset)
    with pytest.raises(BrokenResponse) as raised:
        fetch(local_site.add("/a", PAGE))
    assert str(raised.value) == "Cannot connect to 127.0.0.1: the connection was reset."
    assert raised.value.phrase.fields["reason"] == Phrase("the connection was reset")


def test_a_redirect_loop_stops(local_site: LocalSite) -> None:
    local_site.add("/a", status=302, headers={"Location": "/b"})
    local_site.add("/b", status=302, headers={"Location": "/a"})
    with pytest.raises(TooManyRedirects, match="redirects too many times"):
        fetch(local_site.url("/a"), max_redirects=5)
    assert len(local_site.requests) == 6


def test_a_redirect_to_another_scheme_is_refused(local_site: LocalSite) -> None:
    url = local_site.add("/ftp", status=302, headers={"Location": "ftp://files.example/a.txt"})
    with pytest.raises(InvalidURL, match=r"redirects to ftp://files\.example/a\.txt, which"):
        fetch(url)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("ftp://files.example/a.txt", "not ftp: addresses"),
        ("file:///etc/passwd", "not file: addresses"),
        ("javascript:alert(1)", "not javascript: addresses"),
        ("http://", "has no server name"),
        ("news.example/a", "is not a web address"),
        ("http://news.example:99999/", "bad port"),
    ],
)
def test_invalid_urls_are_refused_without_connecting(url: str, words: str) -> None:
    # The autouse network guard would fail the test if any connection were tried.
    with pytest.raises(InvalidURL, match=words):
        fetch(url)


# --- Cancelling ------------------------------------------------------------------------


def test_cancelling_stops_the_download(local_site: LocalSite) -> None:
    body = b"<p>" + b"word " * 200_000 + b"</p>"
    url = local_site.add("/long", body)
    reports: list[int] = []

    def cancelled() -> bool:
        return len(reports) >= 2

    with pytest.raises(FetchCancelled):
        fetch(url, progress=lambda done, _total: reports.append(done), cancelled=cancelled)
    assert max(reports) < len(body)


def test_cancelled_before_starting_never_connects() -> None:
    with pytest.raises(FetchCancelled):
        fetch("http://news.example/", cancelled=lambda: True)


# --- Addresses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("  https://news.example/a  ", "https://news.example/a"),
        ("news.example/a?b=1", "https://news.example/a?b=1"),
        ("http://news.example", "http://news.example"),
        ("//news.example/a", "https://news.example/a"),
    ],
)
def test_normalise_url_completes_what_users_type(typed: str, url: str) -> None:
    assert normalise_url(typed) == url


@pytest.mark.parametrize("typed", ["", "   ", "mailto:a@b.example", "ftp://x.example/"])
def test_normalise_url_refuses_non_web_addresses(typed: str) -> None:
    with pytest.raises(InvalidURL):
        normalise_url(typed)


def test_is_url() -> None:
    assert is_url("https://news.example/a")
    assert is_url("HTTP://news.example")
    assert not is_url("/home/jeanne/article.html")
    assert not is_url("C:\\articles\\a.html")
    assert not is_url("ftp://news.example/a")
    assert not is_url("https://")


def test_an_unclosed_ipv6_bracket_is_no_address() -> None:
    # From the clipboard (Ctrl+L, Paste as Article) as much as typed.
    assert not is_url("http://[::1")
    with pytest.raises(InvalidURL, match="not a valid web address"):
        normalise_url("http://[::1")


def test_a_redirect_to_another_scheme_blames_the_redirect(local_site: LocalSite) -> None:
    for path, target in (("/js", "javascript:alert(1)"), ("/file", "file:///etc/passwd")):
        url = local_site.add(path, "", status=302, headers={"Location": target})
        with pytest.raises(InvalidURL, match=r"127\.0\.0\.1 redirects to") as caught:
            fetch(url)
        assert url not in str(caught.value)
