"""The quick cases of bench/hostile.py, run as CI runs them.

Real processes of the CLI against generated hostile pages, model packages and
a hostile server on 127.0.0.1: each must end in an article or a one-line
error, within its limit, printing no raw control character and no image
address that leaves the page's folder.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from hostile import Row, Runner, http_rows, model_rows, page_rows  # noqa: E402
from hostile_inputs import write_models, write_pages  # noqa: E402
from hostile_server import HostileServer  # noqa: E402

#: Pages that try to leak into exports, and pages that try to reach the terminal.
EXPORT_PAGES = {"md-quote-inject.html", "md-code-fence.html", "page.html", "lead-dotdot.html"}
TERMINAL_PAGES = {"jsonld-ansi.html", "jsonld-surrogate.html", "entity-esc.html", "hostile.md"}
#: The server's cases CI runs: bombs, escapes, odd redirects, a hostile index.
HTTP = {
    "/gzip-gzip", "/deflate-bomb", "/status-ansi", "/redirect-js", "/redirect-weird",
    "/enc-unknown", "/cl-1gb", "/index-deep", "/index-gzip-bomb", "/index-weird",
    "download en fr", "download it fr",
}  # fmt: skip
MODELS = {
    "corrupt-crc.argosmodel",
    "meta-deep.argosmodel",
    "meta-name-ansi.argosmodel",
    "meta-surrogate.argosmodel",
    "fifo-file.argosmodel",
}


def assert_all_well(rows: list[Row]) -> None:
    bad = [f"{r.input} | {r.command} | {r.outcome} | {r.problems}" for r in rows if r.failed]
    assert not bad, "\n".join(bad)


@pytest.fixture
def runner(tmp_path: Path) -> Runner:
    return Runner(tmp_path / "home", jobs=2)


def test_hostile_pages_through_the_formats_and_the_library(runner: Runner, tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "pages", small=True)
    exports = [p for p in pages if p.name in EXPORT_PAGES]
    terminal = [p for p in pages if p.name in TERMINAL_PAGES]
    assert len(exports) + len(terminal) == len(EXPORT_PAGES | TERMINAL_PAGES)
    rows = page_rows(runner, exports, formats=("markdown", "html"), library=False)
    rows += page_rows(runner, terminal, formats=("text", "json"))
    assert_all_well(rows)
    assert {r.outcome for r in rows} == {"article"}


def test_hostile_packages_through_install_and_list(runner: Runner, tmp_path: Path) -> None:
    source = ROOT / "tests" / "data" / "models" / "translate-fr_en-tiny.argosmodel"
    models = [m for m in write_models(tmp_path / "models", source, small=True) if m.name in MODELS]
    assert_all_well(model_rows(runner, models))


def test_hostile_server_answers(runner: Runner) -> None:
    server = HostileServer(bomb_megabytes=128)
    try:
        rows = http_rows(runner, server, small=True, only=HTTP)
    finally:
        server.close()
    assert_all_well(rows)
    assert len(rows) == len(HTTP)
