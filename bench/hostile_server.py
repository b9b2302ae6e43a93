"""A hostile web server on 127.0.0.1 for bench/hostile.py.

Slow and endless bodies, compression bombs, lying headers, broken chunking,
odd redirects, escape codes in the reason phrase, and a package index and
packages that are deep, bombed, trickling or lying. Raw sockets, so that it
can send what no well-behaved server library would.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import json
import socket
import threading
import time
import zlib
from collections.abc import Callable

ARTICLE = (
    b"<html><head><title>Served</title></head><body><article><h1>Served article</h1>"
    + b"<p>The covered market reopened this morning after two years of building work. "
    b"Stallholders were back at their usual places.</p>" * 5 + b"</article></body></html>"
)
#: How long a trickling or silent endpoint keeps its connection: longer than
#: any limit Lisible documents, so that a hang shows as one.
HOLD_SECONDS = 120.0


@functools.cache
def zeros_gzip(megabytes: int) -> bytes:
    """Gzip of `megabytes` MB of zeros, starting like a page (about 1 KB per MB)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    parts = [packer.compress(b"<html><body><p>")]
    parts.extend(packer.compress(block) for _ in range(megabytes))
    parts.append(packer.flush())
    return b"".join(parts)


@functools.cache
def zeros_deflate(megabytes: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 15)
    block = b"a" * (1 << 20)
    return b"".join(
        [
            packer.compress(b"<p>"),
            *(packer.compress(block) for _ in range(megabytes)),
            packer.flush(),
        ]
    )


class HostileServer:
    """Serve the endpoints of `routes()` on a free port of 127.0.0.1, in threads."""

    def __init__(self, bomb_megabytes: int = 1024) -> None:
        #: What each compression bomb inflates to: far past the 50 MB cap either way.
        self.bomb = bomb_megabytes
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self._stop = threading.Event()
        self._routes = self.routes()
        threading.Thread(target=self._serve, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._socket.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(connection,), daemon=True).start()

    def _handle(self, connection: socket.socket) -> None:
        try:
            request = b""
            while b"\r\n\r\n" not in request:
                data = connection.recv(65536)
                if not data:
                    return
                request += data
            path = request.split(b" ", 2)[1].decode("latin-1")
            handler = self._routes.get(path.split("?")[0], _not_found)
            handler(connection)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                connection.close()

    # --- Endpoints ---------------------------------------------------------------

    def routes(self) -> dict[str, Callable[[socket.socket], None]]:
        url = self.url

        def entry(source: str, link: str, **more: object) -> dict[str, object]:
            return {
                "type": "translate",
                "from_code": source,
                "to_code": "fr",
                "links": [link],
                **more,
            }

        index = [
            {**entry("fr", url("/pkg-trickle"), size="1e999", package_version="\x1b[31mevil",
                     from_name="\x1b]0;pwned\x07"), "to_code": "en"},
            entry("en", url("/pkg-gzip")),
            entry("de", "file:///etc/passwd"),
            entry("es", url("/redirect-file")),
            entry("pt", url("/pkg-cl-lie"), size=10),
            entry("nl", url("/pkg-endless")),
            entry("it", "http://[::1"),
            [1], None, "x", {**entry("fr\n", url("/ok")), "to_code": "en"},
        ]  # fmt: skip
        return {
            "/ok": _respond("200 OK", ARTICLE),
            "/slow-body": _trickle(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>", b"a"),
            "/slow-headers": _trickle(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", b"X"),
            "/silent": lambda c: time.sleep(HOLD_SECONDS),
            "/gzip-bomb": _later(lambda: zeros_gzip(self.bomb), encoding="gzip"),
            "/deflate-bomb": _later(lambda: zeros_deflate(self.bomb // 4), encoding="deflate"),
            "/gzip-gzip": _later(
                lambda: gzip.compress(zeros_gzip(self.bomb)), encoding="gzip, gzip"
            ),
            "/gzip-broken": _respond("200 OK", b"\x1f\x8b" + b"junk" * 24, encoding="gzip"),
            "/enc-unknown": _respond("200 OK", ARTICLE, encoding="x-evil"),
            "/redirect-file": _redirect("file:///etc/passwd"),
            "/redirect-js": _redirect("javascript:alert(1)"),
            "/redirect-weird": _redirect("http://[::1"),
            "/loop": _redirect("/loop"),
            "/ctype-lie-png": _respond("200 OK", b"\x89PNG\r\n\x1a\n" + bytes(1000)),
            "/ctype-image": _headers_then_hold(
                b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: 104857600\r\n\r\n"
            ),
            "/ctype-none": _raw(
                b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(ARTICLE) + ARTICLE
            ),
            "/ctype-weird": _respond("200 OK", ARTICLE, ctype='TEXT/HTML;;;charset==="utf-7"; b'),
            "/charset-huge": _respond("200 OK", ARTICLE, ctype="text/html; charset=" + "x" * 8000),
            "/cl-1gb": _headers_then_hold(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1073741824\r\n\r\n"
                + ARTICLE
            ),
            "/cl-40mb-close": _raw(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 41943040\r\n\r\n"
                + ARTICLE
            ),
            "/cl-negative": _raw(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: -5\r\n\r\n"
                + ARTICLE
            ),
            "/bad-chunked": _raw(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                b"zz\r\nhello\r\n0\r\n\r\n"
            ),
            "/chunked-endless": _endless(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n",
                b"%x\r\n" % 65007 + b"<p>" + b"a" * 65000 + b"</p>\r\n",
            ),
            "/endless": _endless(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n",
                b"<p>" + b"a" * 65000 + b"</p>",
            ),
            "/header-flood": _endless(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", b"X-A: y\r\n"
            ),
            "/garbage": _raw(b"HELLO THIS IS NOT HTTP\r\n\r\n" + ARTICLE),
            "/status-ansi": _raw(
                b"HTTP/1.1 500 \x1b]0;pwned\x07\x1b[2JOops\r\nContent-Length: 0\r\n\r\n"
            ),
            "/status-long": _respond("418 Teapot " + "x" * 5000, b""),
            "/status-999": _respond("999 Weird", b""),
            "/empty": _respond("200 OK", b""),
            "/close-early": _raw(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n"
                b"<p>short"
            ),
            "/md-lies": _respond(
                "200 OK",
                b"# Title\n\n> ![x](https://evil.example/t.png)\n\nThe covered market reopened.\n",
                ctype="text/plain",
            ),
            "/index-deep": _respond(
                "200 OK", b"[" * 100_000 + b"]" * 100_000, ctype="application/json"
            ),
            "/index-gzip-bomb": _later(
                lambda: zeros_gzip(self.bomb), ctype="application/json", encoding="gzip"
            ),
            "/index-slow": _trickle(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[", b" "
            ),
            "/index-endless": _endless(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n", b" " * 65536
            ),
            "/index-weird": _respond(
                "200 OK", json.dumps(index).encode(), ctype="application/json"
            ),
            "/pkg-trickle": _trickle(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\n\r\nPK", b"\0"
            ),
            "/pkg-gzip": _later(
                lambda: zeros_gzip(self.bomb), ctype="application/zip", encoding="gzip"
            ),
            "/pkg-cl-lie": _raw(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: 10\r\n\r\n"
                b"PK\x03\x04" + bytes(100)
            ),
            "/pkg-endless": _endless(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\n\r\n", bytes(65536)
            ),
        }


def _respond(
    status: str, body: bytes, *, ctype: str = "text/html; charset=utf-8", encoding: str = ""
) -> Callable[[socket.socket], None]:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
    if encoding:
        head += f"Content-Encoding: {encoding}\r\n"
    return _raw(head.encode("latin-1") + b"\r\n" + body)


def _later(body: Callable[[], bytes], **options: str) -> Callable[[socket.socket], None]:
    """Respond with a body built on the first request (the bombs take seconds to build)."""

    def send(connection: socket.socket) -> None:
        _respond("200 OK", body(), **options)(connection)

    return send


def _raw(data: bytes) -> Callable[[socket.socket], None]:
    return lambda connection: connection.sendall(data)


def _redirect(location: str) -> Callable[[socket.socket], None]:
    return _raw(f"HTTP/1.1 302 Found\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n".encode())


def _trickle(head: bytes, drip: bytes, pause: float = 2.0) -> Callable[[socket.socket], None]:
    def send(connection: socket.socket) -> None:
        connection.sendall(head)
        until = time.monotonic() + HOLD_SECONDS
        while time.monotonic() < until:
            time.sleep(pause)
            connection.sendall(drip)

    return send


def _headers_then_hold(data: bytes) -> Callable[[socket.socket], None]:
    def send(connection: socket.socket) -> None:
        connection.sendall(data)
        time.sleep(HOLD_SECONDS)

    return send


def _endless(head: bytes, piece: bytes) -> Callable[[socket.socket], None]:
    def send(connection: socket.socket) -> None:
        connection.sendall(head)
        until = time.monotonic() + HOLD_SECONDS
        while time.monotonic() < until:
            connection.sendall(piece)

    return send


def _not_found(connection: socket.socket) -> None:
    connection.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
