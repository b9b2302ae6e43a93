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
from reader.entities.service import ROWS_PER_LINE, EntitiesProcess, _Server, entities_process

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
    request = json.dumps({"id": 7, "figures": {"text": text, "language": "fr"}})
    _Server(replies).serve(io.StringIO(request + "\n"))
    lines = [json.loads(line) for line in replies.getvalue().splitlines()]
    assert [len(line["rows"]) for line in lines[:-1]] == [ROWS_PER_LINE, ROWS_PER_LINE, 499]
    assert "rows" not in lines[-1]
    assert entities_process().figures(text, "fr") == tuple(find_figures(text, "fr"))
