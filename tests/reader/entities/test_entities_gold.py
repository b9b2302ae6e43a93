"""Quality gate: Lisible's entities on the hand-annotated gold set, against pinned floors.

The floors in tests/data/entities/floors.json sit slightly below the scores
measured with `bench/entities.py`; raise them when the scores go up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.entities import extract_entities
from reader.entities.scoring import load_gold, score

DATA = Path(__file__).parents[2] / "data" / "entities"
FLOORS = json.loads((DATA / "floors.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_the_floors(name: str, french: str, english: str) -> None:
    gold = load_gold(DATA / f"{name}.json")
    result = extract_entities(gold.text, gold.language, gold.blocks)
    found = {(s, e, entity.label) for entity in result.entities for s, e in entity.mentions}
    scores = score(found, gold.spans)
    for group, floors in FLOORS[name].items():
        measured = scores[group]
        for measure, floor in floors.items():
            value = getattr(measured, measure)
            assert value >= floor, f"{name} {group} {measure}: {value:.3f} < floor {floor}"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_at_least_twenty_paragraphs_per_language(language: str) -> None:
    data = json.loads((DATA / f"{language}.json").read_text(encoding="utf-8"))
    assert data["language"] == language
    assert len(data["paragraphs"]) >= 20


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_news_gold_has_thirty_paragraphs_per_language_half_of_them_held_out(
    language: str,
) -> None:
    tune = json.loads((DATA / f"{language}-news.json").read_text(encoding="utf-8"))
    held_out = json.loads((DATA / f"{language}-news-heldout.json").read_text(encoding="utf-8"))
    assert tune["language"] == held_out["language"] == language
    assert len(held_out["paragraphs"]) >= 16
    assert len(tune["paragraphs"]) + len(held_out["paragraphs"]) >= 30


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_spans_match_their_text(name: str) -> None:
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    for paragraph in data["paragraphs"]:
        for start, end, label in paragraph["entities"]:
            mention = paragraph["text"][start:end]
            assert mention == mention.strip() and mention, (mention, label)
