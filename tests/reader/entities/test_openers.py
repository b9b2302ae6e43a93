"""A capitalised participle or adjective opening a sentence is no name, a name stays one."""

from __future__ import annotations

import pytest

from reader.entities.names import _sentence_initial
from reader.entities.ner import split_blocks
from reader.entities.openers import is_common_opener


def _opener(text: str, word: str, language: str, *, participles_only: bool = False) -> bool:
    start = text.index(word)
    blocks = split_blocks(text)
    return is_common_opener(
        text,
        start,
        start + len(word),
        language,
        lambda position: _sentence_initial(text, position, blocks),
        participles_only=participles_only,
    )


@pytest.mark.usefixtures("french", "english")
@pytest.mark.parametrize(
    ("language", "text", "word", "common"),
    [
        ("fr", "Interrogés par la presse, ils ont refusé.", "Interrogés", True),
        ("fr", "Il pleuvait. Inquiète, la présidente a appelé.", "Inquiète", True),
        ("fr", "Bénévole depuis vingt ans, il répare des vélos.", "Bénévole", True),
        ("en", "Asked about the cuts, she declined to comment.", "Asked", True),
        # Names: the dictionaries list "paris" and "Toronto"; a city before its state.
        ("fr", "Paris, la capitale, a voté.", "Paris", False),
        ("fr", "Paris en été se vide.", "Paris", False),
        ("en", "Toronto in winter is cold.", "Toronto", False),
        ("en", "Seattle, WA hosts the show.", "Seattle", False),
        # A name's verb follows it, not a preposition; capitals are a dateline.
        ("fr", "Saluée a fermé ses portes.", "Saluée", False),
        ("fr", "SALUÉE par tous, elle part.", "SALUÉE", False),
        # Written capitalised inside a sentence too: a name.
        (
            "fr",
            "Confrontés à la crise, ils jouent. Le groupe Confrontés joue samedi.",
            "Confrontés",
            False,
        ),
        # A quoted title.
        ("fr", "Il a lu « Saluée par tous », son roman.", "Saluée", False),
    ],
)
def test_common_words_opening_sentences(language: str, text: str, word: str, common: bool) -> None:
    assert _opener(text, word, language) is common


@pytest.mark.usefixtures("french")
def test_a_place_starting_with_a_listed_word_is_not_cut() -> None:
    # "Côte" is a listed French noun, and starts places' names.
    assert not _opener("Côte d'Ivoire et Ghana ont signé.", "Côte", "fr", participles_only=True)
    assert _opener("Côte d'Ivoire et Ghana ont signé.", "Côte", "fr")
    assert _opener("Retraitée de l'Éducation, elle lit.", "Retraitée", "fr", participles_only=True)
