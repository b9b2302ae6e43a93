"""Bad and hostile input, through the core, the CLI and the window's loader.

Every entry of tests/data/hostile/ (and the large ones generated here) gives a
clear one-line error or a clean article: never a crash, a hang, a traceback,
foreign code run or anything fetched (the network guard of conftest.py fails
any connection).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.errors import LisibleError
from reader.formats import FORMATS, render
from reader.loading import MAX_BYTES
from reader.pipeline import article_from_path

HOSTILE = Path(__file__).parent / "data" / "hostile"
ROOT = Path(__file__).parent.parent

#: Generous bound for the largest inputs on a slow, busy 2-core machine; a hang
#: or a quadratic blow-up takes far longer.
SECONDS_PER_INPUT = 20.0


@dataclass(frozen=True)
class Expect:
    """What a user must see for one input."""

    error: str = ""  # part of the one-line error; empty when an article is expected
    contains: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()


EXPECTED: dict[str, Expect] = {
    "empty.html": Expect(error="is empty"),
    "whitespace-only.txt": Expect(error="is empty"),
    "image.png": Expect(error="PNG image"),
    "image-named-article.html": Expect(error="PNG image"),
    "archive.zip": Expect(error="ZIP archive"),
    "program.elf": Expect(error="program"),
    "null-bytes.txt": Expect(error="binary"),
    "truncated-utf8.txt": Expect(contains=("Un café crème à la terrasse", "Les commerçants")),
    "utf16-bom.txt": Expect(contains=("Élodie au marché", "années de travaux")),
    "utf16le-no-bom.txt": Expect(contains=("Élodie au marché", "années de travaux")),
    "cp1252-declared-utf8.html": Expect(
        contains=("Déjà vu au marché", "Œuvre, « guillemets » et 15 €"), absent=("\ufffd",)
    ),
    "utf8-declared-cp1252.html": Expect(
        contains=("Un été au marché", "Œuvre, « guillemets » et 15 €"), absent=("Ã",)
    ),
    "mixed-line-endings.txt": Expect(
        contains=("The market reopens", "Second paragraph", "Third paragraph"), absent=("\r",)
    ),
    "broken-markup.html": Expect(contains=("covered market reopened", "Third paragraph")),
    "xml-bomb.html": Expect(contains=("covered market reopened",), absent=("lollol",)),
    "scripts-and-trackers.html": Expect(
        contains=(
            "The market reopens",
            "covered market reopened",
            "link with a javascript URL",
            "The mayor cut a ribbon",
            "Prices have not changed",
        ),
        absent=(
            "HOSTILE_SCRIPT_RAN",
            "alert(",
            "evil.example",
            "iframe fallback",
            "form value",
            "@import",
        ),
    ),
}


def generate_large(folder: Path) -> dict[str, Expect]:
    """Write the large hostile inputs into `folder` and return what each must give."""
    paragraph = "<p>The covered market reopened this morning after two years of work.</p>\n"
    with (folder / "over-the-limit.html").open("w", encoding="utf-8") as page:
        page.write("<html><body><article>")
        written = 0
        while written <= MAX_BYTES:
            written += page.write(paragraph * 1000)
        page.write("</article></body></html>")
    depth = 100_000
    (folder / "nested-divs.html").write_text(
        "<html><body>"
        + "<div>" * depth
        + "<p>Deep inside the nesting, a sentence that a reader should still be told about.</p>"
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    sentence = "A long line of text without any line break goes on and on. "
    (folder / "ten-megabyte-line.txt").write_text(
        sentence * (10 * 1024 * 1024 // len(sentence)), encoding="utf-8"
    )
    (folder / "tiny-paragraphs.html").write_text(
        "<html><body><article>"
        + "".join(f"<p>Short paragraph {n}.</p>" for n in range(100_000))
        + "</article></body></html>",
        encoding="utf-8",
    )
    return {
        "over-the-limit.html": Expect(error="opens files up to 50 MB"),
        "nested-divs.html": Expect(contains=("Deep inside the nesting",)),
        "ten-megabyte-line.txt": Expect(contains=("A long line of text",)),
        "tiny-paragraphs.html": Expect(contains=("Short paragraph 0.", "Short paragraph 99999.")),
    }


@pytest.fixture(scope="session")
def large_inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Expect]:
    folder = tmp_path_factory.mktemp("hostile-large")
    return {folder / name: expect for name, expect in generate_large(folder).items()}


def small_inputs() -> Iterator[tuple[Path, Expect]]:
    for path in sorted(HOSTILE.iterdir()):
        if path.name != "README.md":
            yield path, EXPECTED[path.name]


def test_every_corpus_file_has_an_expectation() -> None:
    names = {p.name for p in HOSTILE.iterdir()} - {"README.md"}
    assert names == set(EXPECTED)


def check_core(path: Path, expect: Expect) -> None:
    started = time.monotonic()
    try:
        article = article_from_path(path)
    except LisibleError as error:
        message = str(error)
        assert expect.error, f"{path.name}: unexpected error {message!r}"
        assert expect.error in message
        assert "\n" not in message and path.name in message
    else:
        assert not expect.error, f"{path.name}: expected an error, got an article"
        for part in expect.contains:
            assert part in article.text or part == article.title, f"{path.name}: lost {part!r}"
        for fmt in FORMATS:
            shown = render(article, fmt)
            if fmt == "json":
                # JSON is data: it may name the page's image and canonical
                # addresses (nothing fetches them); its text must stay clean.
                shown = json.loads(shown)["text"]
            for part in expect.absent:
                assert part not in shown, f"{path.name}: {part!r} in {fmt} output"
    assert time.monotonic() - started < SECONDS_PER_INPUT


@pytest.mark.parametrize(
    ("path", "expect"), list(small_inputs()), ids=lambda v: getattr(v, "name", "")
)
def test_core_gives_a_clear_error_or_a_clean_article(path: Path, expect: Expect) -> None:
    check_core(path, expect)


def test_core_survives_the_large_inputs(large_inputs: dict[Path, Expect]) -> None:
    for path, expect in large_inputs.items():
        check_core(path, expect)


def run_cli(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "clean", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )


def check_cli(path: Path, expect: Expect) -> None:
    result = run_cli(path)
    assert "Traceback" not in result.stderr
    if expect.error:
        assert result.returncode == 1
        assert expect.error in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    else:
        assert result.returncode == 0, result.stderr
        assert expect.contains[0] in result.stdout


def test_cli_exits_cleanly_on_every_input(large_inputs: dict[Path, Expect]) -> None:
    for path, expect in [*small_inputs(), *large_inputs.items()]:
        check_cli(path, expect)


def test_window_shows_an_error_or_the_article_and_stays_usable(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.window import MainWindow

    errors: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, message: errors.append(message))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    for path, expect in small_inputs():
        if expect.error:
            with qtbot.waitSignal(window.load_failed, timeout=10_000) as failed:
                window.open_path(path)
            assert expect.error in failed.args[0]
            assert errors[-1] == failed.args[0]
        else:
            with qtbot.waitSignal(window.article_shown, timeout=10_000):
                window.open_path(path)
            shown = window.reading_view.toPlainText()
            assert expect.contains[-1] in shown
            for part in expect.absent:
                assert part not in shown
    # After all that, an ordinary article still opens.
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_path(HOSTILE / "utf16-bom.txt")
    assert window.article is not None
