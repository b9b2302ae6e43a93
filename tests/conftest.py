"""Test-wide setup: headless Qt, private folders, and no network."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"

#: Modules whose tests load a spaCy or a translation model, start the entities
#: process or the CLI, or search with hypothesis: seconds each. `make check`
#: leaves them (and the CLI's, which start a Python process per test, and the
#: timed ones) to `make test`.
HEAVY_MODULES = {
    "test_entities_gold",
    "test_entity_extraction",
    "test_names",
    "test_trained_models",
    "test_cleaning_properties",
    "test_patterns",
    "test_quick_regex",
    "test_service",
    "test_terminal",
    "test_checked_translation",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the heavy tests `heavy`, for the quick check to leave out."""
    for item in items:
        module = item.path.stem
        # "…quickly" tests time a long input against a budget: seconds each.
        if (
            module in HEAVY_MODULES
            or "cli" in module
            or {"cli", "quickly"} & set(item.name.split("_"))
        ):
            item.add_marker(pytest.mark.heavy)


@pytest.fixture(autouse=True)
def lisible_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give every test its own data, cache, config and models folders."""
    home = tmp_path / "lisible-home"
    monkeypatch.setenv("LISIBLE_HOME", str(home))
    return home


class NetworkBlocked(AssertionError):
    """Raised when code under test tries to reach another machine."""


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        return host in {"localhost", "::1"} or host.startswith("127.")
    # Unix sockets and the like stay on this machine.
    return isinstance(address, (str, bytes))


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test whose code connects anywhere but this machine."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: object) -> None:
        if not _is_loopback(address):
            raise NetworkBlocked(f"test tried to connect to {address!r}")
        real_connect(self, address)  # type: ignore[arg-type]

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        if not _is_loopback(address):
            raise NetworkBlocked(f"test tried to connect to {address!r}")
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    def guarded_getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if host is not None and not _is_loopback((host,)):
            raise NetworkBlocked(f"test tried to resolve {host!r}")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    real_getaddrinfo = socket.getaddrinfo
    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)
    yield


class LocalSite:
    """Web pages served from 127.0.0.1 by a real HTTP server, for fetching tests.

    `add(path, body, ...)` serves a page; `delay=True` holds the answer until the
    test ends (a server that never answers).
    """

    def __init__(self) -> None:
        import contextlib
        import http.server
        import threading

        self.pages: dict[str, tuple[int, dict[str, str], bytes, bool]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []  # (path, headers) of each GET
        self.release = threading.Event()
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append((self.path, dict(self.headers.items())))
                status, headers, body, delay = site.pages.get(
                    self.path, (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>", False)
                )
                if delay:
                    site.release.wait(30)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                # The client may give up (too large, cancelled): what some tests want.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()

    def add(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        content_type: str | None = "text/html; charset=utf-8",
        status: int = 200,
        headers: dict[str, str] | None = None,
        delay: bool = False,
    ) -> str:
        """Serve `body` at `path` and return its URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        all_headers = {"Content-Type": content_type} if content_type else {}
        self.pages[path] = (status, {**all_headers, **(headers or {})}, data, delay)
        return self.url(path)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def local_site(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalSite]:
    """Serve web pages from 127.0.0.1 for the test (bypassing any proxy of the machine)."""
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    site = LocalSite()
    yield site
    site.close()
