"""Fixtures of the translation tests: small real packages and a package server on 127.0.0.1."""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from scripts.argos_model import build_random_package

#: Sentences whose pieces the small random model's sentencepiece learns.
CORPUS = [
    "Le jardin partagé nourrit tout un quartier.",
    "Marie Dubois pousse le portail du jardin.",
    "The garden feeds the whole neighbourhood.",
]


@pytest.fixture(scope="session")
def random_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real fr→en .argosmodel with small random weights: it translates into gibberish
    but goes through every step a real model does (sentencepiece, CTranslate2 int8)."""
    out = tmp_path_factory.mktemp("packages") / "translate-fr_en.argosmodel"
    return build_random_package(
        out, "fr", "en", layers=1, d_model=32, heads=2, ffn=64, vocab=200, sentences=CORPUS
    )


@pytest.fixture(scope="session")
def random_package_en_fr(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The en→fr counterpart of `random_package`."""
    out = tmp_path_factory.mktemp("packages") / "translate-en_fr.argosmodel"
    return build_random_package(
        out, "en", "fr", layers=1, d_model=32, heads=2, ffn=64, vocab=200, sentences=CORPUS
    )


@pytest.fixture(autouse=True)
def greedy_and_fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Decode greedily (fast, deterministic) and drop models loaded by another test."""
    from reader.translation.engine import unload_all

    monkeypatch.setenv("LISIBLE_TRANSLATION_BEAM", "1")
    unload_all()
    yield
    unload_all()


@dataclass
class PackageServer:
    """A folder served over HTTP on 127.0.0.1, with an index of its packages."""

    root: Path
    url: str
    requests: list[str] = field(default_factory=list)

    def add(
        self,
        package: Path,
        from_code: str = "fr",
        to_code: str = "en",
        *,
        sha256: str | None = "auto",
        name: str | None = None,
        size: bool = False,
    ) -> str:
        """Serve a package file and list it in index.json; return its URL."""
        name = name or package.name
        shutil.copyfile(package, self.root / name)
        entry: dict[str, object] = {
            "package_version": "1.0",
            "argos_version": "1.9.0",
            "from_code": from_code,
            "from_name": "French" if from_code == "fr" else "English",
            "to_code": to_code,
            "to_name": "English" if to_code == "en" else "French",
            "links": [f"{self.url}/{name}"],
        }
        if sha256 == "auto":
            entry["sha256"] = hashlib.sha256(package.read_bytes()).hexdigest()
        elif sha256:
            entry["sha256"] = sha256
        if size:
            entry["size"] = package.stat().st_size
        index = self.index()
        index = [e for e in index if (e["from_code"], e["to_code"]) != (from_code, to_code)]
        self.write_index([*index, entry])
        return f"{self.url}/{name}"

    def index(self) -> list[dict[str, object]]:
        path = self.root / "index.json"
        return json.loads(path.read_text()) if path.exists() else []

    def write_index(self, entries: object) -> None:
        (self.root / "index.json").write_text(json.dumps(entries))

    @property
    def index_url(self) -> str:
        return f"{self.url}/index.json"


@pytest.fixture
def package_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PackageServer]:
    """Serve a package index on 127.0.0.1 and point LISIBLE_PACKAGE_INDEX at it."""
    root = tmp_path / "served"
    root.mkdir()
    seen: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            seen.append(self.path)

    handler = functools.partial(Handler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    served = PackageServer(root, f"http://127.0.0.1:{server.server_address[1]}", seen)
    served.write_index([])
    monkeypatch.setenv("LISIBLE_PACKAGE_INDEX", served.index_url)
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def closed_port_url() -> str:
    """Return a URL on 127.0.0.1 where nothing listens (a server that is down)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/index.json"
