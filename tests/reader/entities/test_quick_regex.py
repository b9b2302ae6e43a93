"""French spaCy's token matcher, compiled factored, matches exactly what the stock one matches."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.entities import ner
from reader.entities.quick_regex import HUGE, factor_alternation, quick_huge_patterns

DATA = Path(__file__).parents[2] / "data"

#: spaCy's French hyphens and apostrophes, what its exceptions hinge on.
JOINERS = "-–—‐‑'’"

#: Pieces of French compounds, elisions and place names, with letters whose case
#: folding is unusual (long s, Kelvin sign, dotted and dotless i, sharp s, final sigma).
_PIECES = (
    "anti aéro aero porte après apres sous contre grand grande grands entr réentr r saint "
    "sainte saints néo ex vice Jean Marie Pierre Val Vaux Fontaine La Chapelle Le Mesnil de "
    "des du la le les l en sur aux au à et près black burn out New York yorkais États Etats "
    "Unis unien droits homme hommes prud hom hip hop zig zag yo fox trott mi ni mini bas "
    "basse haute bien vidéo vill ville villeneuve villers tra traîne ſuper K İle ıl straße "
    "ΣΟΦΟΣ ς Ελλάδα Москва ǅemal ﬁn Œuvre œuvre ÉCO éco qu n c s d j t m jusqu lorsqu puisqu "
    "aujourd hui peut être celle-ci est il elle on t ce a-t-il"
)
PIECES = _PIECES.split()


def _corpus() -> str:
    from reader.html_cleaning import extract_article

    texts = [path.read_text(encoding="utf-8") for path in sorted((DATA / "text").glob("*.*"))]
    texts = [text for text in texts if not text.lstrip().startswith("{")]
    texts += [
        extract_article(path.read_text(encoding="utf-8")).text
        for path in sorted((DATA / "html").glob("fr-*.html"))
    ]
    texts += [(DATA / "entities" / f"{name}.txt").read_text() for name in ("fr", "fr-heldout")]
    return "\n\n".join(texts)


def _compounds(words: list[str], count: int) -> Iterator[str]:
    """Yield hyphenated and elided words built from `words`, in every case, fixed seed."""
    chooser = random.Random(18)
    for _ in range(count):
        parts = [chooser.choice(words) for _ in range(chooser.randint(2, 4))]
        word = parts[0]
        for part in parts[1:]:
            word += chooser.choice(JOINERS) + part
        yield chooser.choice((str.lower, str.upper, str.title, str))(word)


@pytest.fixture(scope="module")
def stock_pattern() -> str:
    """Return spaCy's French token-matching pattern as its saved tokenizer holds it."""
    import srsly  # type: ignore[import-untyped]
    from spacy.util import get_package_path

    saved = get_package_path("fr_core_news_sm")
    tokenizer = next(saved.glob("*/tokenizer"), saved / "tokenizer")
    pattern: str = srsly.msgpack_loads(tokenizer.read_bytes())["token_match"]
    assert len(pattern) > HUGE
    return pattern


@pytest.fixture(scope="module")
def stock(stock_pattern: str) -> re.Pattern[str]:
    """Compile the pattern as spaCy does, outside the quick path (seconds)."""
    return re.compile(stock_pattern)


@pytest.fixture(scope="module")
def quick(stock_pattern: str) -> re.Pattern[str]:
    with quick_huge_patterns():
        return re.compile(stock_pattern)


@pytest.fixture(scope="module")
def corpus() -> str:
    return _corpus()


def test_the_quick_pattern_is_small_and_compiles_fast(stock_pattern: str) -> None:
    started = time.perf_counter()
    factored = factor_alternation(stock_pattern)
    assert factored is not None
    re.compile(factored + "(?#not cached)")
    # Stock: 3 s or more on a 2-core machine.
    assert time.perf_counter() - started < 1.0
    assert len(factored) < len(stock_pattern) / 20


def test_it_matches_what_the_stock_pattern_matches(
    stock: re.Pattern[str], quick: re.Pattern[str], corpus: str
) -> None:
    words = re.findall(r"\w+", corpus)
    candidates = set(corpus.split())
    candidates |= {chunk.strip('.,;:!?()«»"“”') for chunk in candidates}
    candidates |= set(_compounds(words + PIECES, 20_000))
    candidates |= set(_compounds(PIECES, 20_000))
    candidates |= {word + "\n" for word in list(candidates)[:2000]}
    matched = [word for word in candidates if stock.match(word)]
    assert len(matched) > 1000  # the corpus reaches the exceptions, not only plain words
    differing = [word for word in candidates if bool(stock.match(word)) != bool(quick.match(word))]
    assert differing == []


@settings(max_examples=1500, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(sorted(set("".join(PIECES) + JOINERS + "aeilnorstuAEU "))),
        max_size=24,
    )
)
def test_any_string_of_its_letters_matches_alike(
    stock: re.Pattern[str], quick: re.Pattern[str], text: str
) -> None:
    assert bool(stock.match(text)) == bool(quick.match(text))


def test_lisible_tokenizes_french_as_stock_spacy_does(
    french: str, stock: re.Pattern[str], corpus: str
) -> None:
    import spacy

    # Outside the quick path spaCy compiles the saved pattern itself: the stock tokenizer.
    stock_nlp = spacy.load("fr_core_news_sm", exclude=[*ner._UNUSED, "ner"])
    assert stock_nlp.tokenizer.token_match.__self__.pattern == stock.pattern
    lisible = ner._pipeline(french).tokenizer
    # Loaded through the quick path, not the 1.45 MB pattern.
    assert len(lisible.token_match.__self__.pattern) < HUGE
    words = re.findall(r"\w+", corpus)
    generated = " ".join(_compounds(words + PIECES, 20_000))
    for text in (corpus, ner.model_text(corpus), generated):
        expected = [token.text for token in stock_nlp.tokenizer(text)]
        assert [token.text for token in lisible(text)] == expected


def test_patterns_it_cannot_regroup_compile_as_they_are() -> None:
    # A numbered group would change number if alternatives were regrouped.
    numbered = "|".join(f"(a{i})[{'b' * 300}]" for i in range(10))
    assert factor_alternation(numbered) is None
    with quick_huge_patterns():
        assert re.compile("(?i)x|y").pattern == "(?i)x|y"
