"""The entities process: the same entities as in one process, and a clear error if it dies."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.entities import (
    EntitiesUnavailable,
    ExtractionCancelled,
    extract_entities,
    find_figures,
)
from reader.entities.service import (
    ROWS_PER_LINE,
    TEXT_PIECE,
    UNREADABLE_STATUS,
    EntitiesProcess,
    _plain,
    _Server,
    entities_process,
    framed,
)

GOLD = Path(__file__).parents[2] / "data" / "entities"

SENTENCE = "Emmanuel Macron est à Marseille avec 3 000 personnes."


@pytest.fixture
def service() -> Iterator[EntitiesProcess]:
    """Return a process of its own, ended after the test."""
    own = EntitiesProcess()
    yield own
    own.close()


@pytest.mark.parametrize(
    "gold",
    [
        "fr",
        "fr-heldout",
        "en",
        "en-heldout",
        "fr-news",
        "fr-news-heldout",
        "en-news",
        "en-news-heldout",
    ],
)
def test_the_entities_process_finds_what_one_process_finds(gold: str) -> None:
    text = (GOLD / f"{gold}.txt").read_text(encoding="utf-8")
    language = gold[:2]
    here = extract_entities(text, language)
    figures = entities_process().figures(text, language)
    assert figures == tuple(find_figures(text, language))
    assert entities_process().extract(text, language, figures=figures) == here
    assert entities_process().extract(text, language) == here
    assert len(here.entities) > 20


def test_nothing_of_it_runs_in_the_process_that_asks() -> None:
    # What the window gains: neither spaCy nor the recognisers run in its process.
    code = (
        "import sys\n"
        "from reader.entities.service import entities_process\n"
        f"result = entities_process().extract({SENTENCE!r}, 'fr')\n"
        "print(sorted(e.text for e in result.entities))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('spacy', 'reader.entities.'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    names, imported = done.stdout.splitlines()
    assert "Marseille" in names and "3 000" in names
    assert imported == "['reader.entities.model', 'reader.entities.service']"


def test_a_dead_process_is_a_clear_error_then_starts_afresh(service: EntitiesProcess) -> None:
    assert service.extract(SENTENCE, "fr").entities
    pid = service.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    with pytest.raises(EntitiesUnavailable, match="stopped unexpectedly"):
        service.extract(SENTENCE, "fr")
    result = service.extract(SENTENCE, "fr")
    assert "Marseille" in {e.text for e in result.entities}
    assert service.pid != pid


@pytest.mark.parametrize(
    "decoy",
    [
        # A reader's own script, or an older copy of Lisible, where the window started.
        {"reader.py": "print('my reader')\n"},
        {"reader/__init__.py": "", "reader/entities/__init__.py": ""},
    ],
    ids=["script", "package"],
)
def test_the_child_runs_this_copy_of_lisible_whatever_folder_it_starts_in(
    service: EntitiesProcess,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    decoy: dict[str, str],
) -> None:
    # `python -m` puts the current folder first: a `reader` there was run instead,
    # the child died, or an older Lisible's answered with nothing.
    for name, content in decoy.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    assert service.figures(SENTENCE, "fr") == tuple(find_figures(SENTENCE, "fr"))


def test_a_language_without_a_model_is_unavailable_there_too(service: EntitiesProcess) -> None:
    with pytest.raises(EntitiesUnavailable, match="French or English"):
        service.extract("Angela Merkel war in Berlin.", "de")
    # Figures need no model, and the process stays up for the languages it has.
    assert service.figures("Es kostet 3 Millionen Euro.", "de")
    assert service.extract(SENTENCE, "fr").entities


def test_a_search_stops_when_cancelled_and_the_process_goes_on(
    service: EntitiesProcess,
) -> None:
    paragraphs = "\n\n".join(f"Paragraphe {i} : Anne Hidalgo à Paris." for i in range(400))
    seen: list[int] = []
    with pytest.raises(ExtractionCancelled):
        service.extract(
            paragraphs,
            "fr",
            cancelled=lambda: len(seen) >= 3,
            progress=lambda done, _total: seen.append(done),
        )
    # Stopped long before the 400 paragraphs.
    assert len(seen) < 200
    assert service.extract(SENTENCE, "fr").entities


def test_the_model_loads_ahead_and_is_known_loaded(service: EntitiesProcess) -> None:
    service.start_loading("en")
    assert service.extract("Angela Merkel visited Paris.", "en").entities
    assert service.is_loaded("en")


def test_a_low_priority_process_still_loading_makes_way_when_someone_waits(
    service: EntitiesProcess,
) -> None:
    service.start_loading("fr", background=True)
    niced = service.pid
    assert niced is not None
    assert os.getpriority(os.PRIO_PROCESS, niced) > os.getpriority(os.PRIO_PROCESS, 0)
    # Asked at once: the niced process cannot have loaded French yet.
    assert service.extract(SENTENCE, "fr").entities
    pid = service.pid
    assert pid is not None and pid != niced
    assert os.getpriority(os.PRIO_PROCESS, pid) == os.getpriority(os.PRIO_PROCESS, 0)


def test_closing_ends_the_process(service: EntitiesProcess) -> None:
    service.start_loading("en", background=True)
    pid = service.pid
    assert pid is not None and service.running
    service.close()
    assert not service.running
    # Ended and reaped: no process is left with its id.
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_long_answer_comes_in_lines_the_window_reads_in_a_few_milliseconds() -> None:
    # Each answer line is read with one json.loads that holds the interpreter:
    # a long read's entities in a single line held the window's thread 60 ms+.
    text = " ".join(f"Il y a {n} pommes." for n in range(1, 2 * ROWS_PER_LINE + 500))
    replies = io.StringIO()
    request = framed({"id": 7, "figures": {"language": "fr"}}, text)
    assert _Server(replies).serve(io.BytesIO(b"".join(request)))
    lines = [json.loads(line) for line in replies.getvalue().splitlines()]
    assert [len(line["rows"]) for line in lines[:-1]] == [ROWS_PER_LINE, ROWS_PER_LINE, 499]
    assert "rows" not in lines[-1]
    assert entities_process().figures(text, "fr") == tuple(find_figures(text, "fr"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Émile Zoë à Besançon : 3 000 € — « oui » 🎉 東京 and Ærø.",
        # A character of four UTF-8 bytes astride two pieces of the text.
        "a" * (TEXT_PIECE - 1) + "🎉 Marseille, 12 %",
        # Lone surrogates (a broken page) came through JSON before; they still do.
        "Le 3 mai \ud800 à Lyon \udfff.",
    ],
    ids=["empty", "non-ascii", "astride-pieces", "lone-surrogates"],
)
def test_a_text_reaches_the_child_as_it_is(text: str) -> None:
    replies = io.StringIO()
    figures = find_figures(text, "fr")
    blocks = [(0, len(text))]
    request = framed(
        {"id": 4, "extract": {"language": "fr", "blocks": True, "figures": True}},
        text,
        {
            "blocks": [list(b) for b in blocks],
            "figures": [_plain(f) for f in figures],
        },
    )
    server = _Server(replies)
    seen: list[dict[str, object]] = []
    server._answer = lambda number, asked: seen.append(asked) or {"result": {"language": "fr"}}  # type: ignore[method-assign]
    assert server.serve(io.BytesIO(b"".join(request)))
    (asked,) = seen
    extract = asked["extract"]
    assert isinstance(extract, dict)
    assert extract["text"] == text
    assert extract["blocks"] == [list(b) for b in blocks]
    assert len(extract["figures"]) == len(figures)


def test_a_text_of_several_megabytes_goes_in_pieces_and_comes_back_whole(
    service: EntitiesProcess,
) -> None:
    # In pieces: no one call holds the window's interpreter for the whole text.
    text = "Le marché couvert a coûté 4,5 millions d'euros en 2024. " * 60_000
    pieces = framed({"id": 1, "figures": {"language": "fr"}}, text)
    assert len(text.encode()) > 3_000_000
    assert max(len(piece) for piece in pieces) <= 4 * TEXT_PIECE
    assert service.figures(text, "fr") == tuple(find_figures(text, "fr"))


def test_blocks_and_figures_go_ahead_of_the_request_in_short_lines(
    service: EntitiesProcess,
) -> None:
    text = " ".join(f"Le {n} mai, {n} pommes." for n in range(1, 1500))
    figures = find_figures(text, "fr")
    blocks = [(start, start + 10) for start in range(0, 25_000, 10)]
    lines = framed(
        {"id": 2, "extract": {"language": "fr", "blocks": True, "figures": True}},
        text,
        {
            "blocks": [list(b) for b in blocks],
            "figures": [_plain(f) for f in figures],
        },
    )
    ahead = [json.loads(line) for line in lines if line.startswith(b'{"id": 2, "ahead"')]
    assert [len(line["items"]) for line in ahead if line["ahead"] == "blocks"] == [1000, 1000, 500]
    assert all(len(line["items"]) <= ROWS_PER_LINE for line in ahead)
    here = extract_entities(text, "fr", blocks, figures=figures)
    assert service.extract(text, "fr", blocks, figures=figures) == here


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"this is no request\n",
        b'{"id": 1, "figures": {"language": "fr"}, "bytes": 100}\nonly twenty bytes...',
        b'{"id": 1, "figures": {"language": "fr"}, "bytes": 2}\n\xff\xfe',
    ],
    ids=["not-json", "text-cut-short", "not-utf8"],
)
def test_an_unreadable_request_ends_the_child_with_a_clear_status(request_bytes: bytes) -> None:
    replies = io.StringIO()
    assert not _Server(replies).serve(io.BytesIO(request_bytes))
    assert replies.getvalue() == ""
    child = subprocess.run(
        [sys.executable, "-m", "reader.entities.service"],
        input=request_bytes,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == UNREADABLE_STATUS
    assert b"a request could not be read" in child.stderr


def test_a_request_waiting_on_a_child_that_could_not_read_ends_then_all_starts_afresh(
    service: EntitiesProcess,
) -> None:
    assert service.figures(SENTENCE, "fr")
    child = service._child
    assert child is not None and child.process.stdin is not None
    child.process.stdin.write(b"garbage\n")
    _, answers = child.ask({"figures": {"language": "fr"}}, text=SENTENCE)
    # No hang: the waiting request hears that the child ended (`_died` words it).
    assert answers.get(timeout=60) is None
    assert child.process.wait(timeout=60) == UNREADABLE_STATUS
    assert service.figures(SENTENCE, "fr") == tuple(find_figures(SENTENCE, "fr"))
