"""Frozen dataclasses to JSON and back: what the library stores articles with."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field

import pytest

from reader.article import Article
from reader.dataclass_json import from_json, from_plain, to_json, to_plain
from reader.paths import sample_article
from reader.pipeline import article_from_path


class Mood(enum.Enum):
    CALM = "calm"
    LOUD = "loud"


@dataclass(frozen=True)
class Picture:
    src: str
    size: tuple[int, int] | None = None


@dataclass(frozen=True)
class Future:
    """Field types others may add to Article: nested dataclasses, enums, maps."""

    pictures: tuple[Picture, ...]
    mood: Mood | None
    scores: dict[str, float] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    ratio: float = 0.5


def test_generic_encoding_rebuilds_nested_values() -> None:
    value = Future(
        pictures=(Picture("a.png", (640, 480)), Picture("b.jpg")),
        mood=Mood.LOUD,
        scores={"fr": 1.0, "en": 0.25},
        tags=["x"],
        ratio=2,
    )
    plain = json.loads(json.dumps(to_plain(value)))
    back = from_plain(Future, plain)
    assert back == value
    assert isinstance(back.pictures[0].size, tuple)
    assert back.mood is Mood.LOUD
    assert from_plain(Future, {"pictures": [], "mood": None}) == Future((), None)
    with pytest.raises(KeyError):
        from_plain(Future, {"mood": "calm"})
    with pytest.raises((TypeError, ValueError)):
        from_plain(Future, {"pictures": [], "mood": "sad"})


def test_an_article_comes_back_equal() -> None:
    article = article_from_path(sample_article())
    assert from_json(Article, to_json(article)) == article


def test_text_that_is_not_the_kind_asked_for_is_an_error() -> None:
    with pytest.raises(TypeError):
        from_json(Article, "[1, 2]")
    with pytest.raises(ValueError):
        from_json(Article, "{not json")
