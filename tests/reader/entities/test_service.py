"""spaCy in the names process: the same entities as in one process, and a clear error if it dies."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reader.entities import EntitiesUnavailable, ExtractionCancelled, extract_entities, ner
from reader.entities.service import NamesProcess, names_process

GOLD = Path(__file__).parents[2] / "data" / "entities"


@pytest.mark.parametrize("gold", ["fr", "fr-heldout", "en", "en-heldout"])
def test_the_names_process_finds_what_one_process_finds(
    gold: str, french: str, english: str
) -> None:
    text = (GOLD / f"{gold}.txt").read_text(encoding="utf-8")
    language = gold[:2]
    here = extract_entities(text, language)
    with ner.in_worker_process():
        there = extract_entities(text, language)
    assert there == here
    assert len(there.entities) > 20


def test_spacy_stays_out_of_the_process_that_asks() -> None:
    # What the window gains: spaCy is never imported, loaded or run in its process.
    code = (
        "import sys\n"
        "from reader.entities import extract_entities, ner\n"
        "with ner.in_worker_process():\n"
        "    result = extract_entities('Emmanuel Macron est à Marseille.', 'fr')\n"
        "print(sorted(e.text for e in result.entities))\n"
        "print('spacy' in sys.modules, ner.is_loaded('fr'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    names, imported = done.stdout.splitlines()
    assert "Marseille" in names
    assert imported == "False False"


def test_a_dead_names_process_is_a_clear_error_then_starts_afresh(french: str) -> None:
    service = names_process()
    with ner.in_worker_process():
        ner.preload("fr")
        pid = service.pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        with pytest.raises(EntitiesUnavailable, match="stopped unexpectedly"):
            extract_entities("Emmanuel Macron est à Marseille.", "fr")
        result = extract_entities("Emmanuel Macron est à Marseille.", "fr")
    assert "Marseille" in {e.text for e in result.entities}
    assert service.pid != pid


def test_a_language_without_a_model_is_unavailable_there_too() -> None:
    service = NamesProcess()
    try:
        service.start_loading("de", background=True)
        with pytest.raises(EntitiesUnavailable, match="French or English"):
            service.stop_words("de")
        # The process stays up for the languages it has.
        assert service.stop_words("fr")
        assert service.is_loaded("fr")
    finally:
        service.close()


def test_a_search_stops_between_two_batches(french: str) -> None:
    paragraphs = "\n\n".join(f"Paragraphe {i} : Anne Hidalgo à Paris." for i in range(200))
    seen: list[int] = []

    def cancelled() -> bool:
        return len(seen) >= 3

    with ner.in_worker_process(), pytest.raises(ExtractionCancelled):
        extract_entities(
            paragraphs, "fr", cancelled=cancelled, progress=lambda done, _: seen.append(done)
        )
    # Stopped within the first batch, not after all 200 paragraphs.
    assert len(seen) < ner.PIPE_BATCH


def test_closing_ends_the_process() -> None:
    service = NamesProcess()
    service.start_loading("en", background=True)
    pid = service.pid
    assert pid is not None and service.running
    service.close()
    assert not service.running
    # Ended and reaped: no process is left with its id.
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_low_priority_process_still_loading_makes_way_when_someone_waits() -> None:
    service = NamesProcess()
    try:
        service.start_loading("fr", background=True)
        niced = service.pid
        assert niced is not None
        assert os.getpriority(os.PRIO_PROCESS, niced) > os.getpriority(os.PRIO_PROCESS, 0)
        # Asked at once: the niced child cannot have loaded French yet.
        assert service.stop_words("fr")
        pid = service.pid
        assert pid is not None and pid != niced
        assert os.getpriority(os.PRIO_PROCESS, pid) == os.getpriority(os.PRIO_PROCESS, 0)
        assert not _alive(niced)
    finally:
        service.close()
