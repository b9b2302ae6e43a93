"""The HTML cleaning quality gate: our own annotated pages, with floors that only go up.

Each page in tests/data/html has an `.expected.json` written by hand: its
metadata, the headings, paragraphs, list items, quotes, code, table rows and
figures a reader expects, and phrases of page furniture that must not appear.
Token-level F1 of the main text (the article-extraction benchmark's measure)
is kept above the floors in floors.json.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from reader import extraction, scanning
from reader.article import Article, BlockKind
from reader.html_cleaning import clean_html, main_text

DATA = Path(__file__).parent.parent / "data" / "html"
PAGES = sorted(DATA.glob("*.html"))
FLOORS = json.loads((DATA / "floors.json").read_text(encoding="utf-8"))
_TOKEN = re.compile(r"\w+")


def expected(page: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        page.with_name(page.name + ".expected.json").read_text(encoding="utf-8")
    )
    return data


def clean(page: Path) -> Article:
    return clean_html(page.read_text(encoding="utf-8"), str(page))


def shingles(texts: list[str]) -> Counter[tuple[str, ...]]:
    """Return the 4-token shingles of each text, counted together."""
    found: Counter[tuple[str, ...]] = Counter()
    for text in texts:
        tokens = _TOKEN.findall(text)
        if 0 < len(tokens) < 4:
            found[tuple(tokens)] += 1
        found.update(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))
    return found


def expected_main_texts(want: dict[str, Any]) -> list[str]:
    texts = [text for _, text in want.get("headings", [])]
    texts += want.get("paragraphs", []) + want.get("quotes", []) + want.get("code", [])
    texts += [text for _, text in want.get("list_items", [])] + want.get("table_rows", [])
    return texts


def f1(article: Article, want: dict[str, Any]) -> float:
    got = shingles(main_text(article).split("\n\n"))
    truth = shingles(expected_main_texts(want))
    common = sum((got & truth).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(truth.values())
    return 2 * precision * recall / (precision + recall)


def texts_of(article: Article, kind: BlockKind) -> list[str]:
    return [article.block_text(b) for b in article.blocks if b.kind is kind]


def test_there_are_enough_pages_in_both_languages() -> None:
    languages = Counter(expected(page)["written_in"] for page in PAGES)
    assert len(PAGES) >= 8
    assert languages["fr"] >= 3 and languages["en"] >= 3


def test_main_text_f1_stays_above_the_floors() -> None:
    scores = {page.name: f1(clean(page), expected(page)) for page in PAGES}
    mean = sum(scores.values()) / len(scores)
    assert mean >= FLOORS["mean_f1"], scores
    worst = min(scores, key=scores.__getitem__)
    assert scores[worst] >= FLOORS["min_page_f1"], (worst, scores[worst])


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_metadata(page: Path) -> None:
    want = expected(page)
    article = clean(page)
    for name in ("title", "byline", "date", "site", "language", "lead_image", "canonical_url"):
        assert getattr(article, name) == want[name], name


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_structure(page: Path) -> None:
    want = expected(page)
    article = clean(page)
    headings = [
        (b.level, article.block_text(b)) for b in article.blocks if b.kind is BlockKind.HEADING
    ]
    assert headings == [tuple(h) for h in want.get("headings", [])]
    items = [
        (b.level, article.block_text(b)) for b in article.blocks if b.kind is BlockKind.LIST_ITEM
    ]
    assert items == [tuple(i) for i in want.get("list_items", [])]
    paragraphs = texts_of(article, BlockKind.PARAGRAPH)
    for paragraph in want.get("paragraphs", []):
        assert paragraph in paragraphs
    assert texts_of(article, BlockKind.QUOTE) == want.get("quotes", [])
    assert texts_of(article, BlockKind.CODE) == want.get("code", [])
    assert texts_of(article, BlockKind.TABLE_ROW) == want.get("table_rows", [])
    assert texts_of(article, BlockKind.FIGURE) == want.get("figures", [])
    assert [[i.src, i.alt] for i in article.images] == want.get("images", [])
    for image in article.images:
        assert article.blocks[image.block_index].kind is BlockKind.FIGURE


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_furniture_is_gone(page: Path) -> None:
    article = clean(page)
    for phrase in expected(page)["absent"]:
        assert phrase.casefold() not in article.text.casefold(), phrase


def test_link_density_is_readabilitys_even_cleaned_in_slices(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Long texts are cleaned a slice at a time (the window keeps breathing);
    # readability's scores, hence what is kept, must not change.
    import lxml.html
    from readability import Document
    from readability.readability import text_length

    monkeypatch.setattr(scanning, "SLICE", 7)
    reference = Document("")
    for page in sorted(DATA.glob("*.html")):
        tree = lxml.html.fromstring(page.read_bytes())
        for element in tree.iter("body", "div", "p", "td", "article", "section"):
            assert extraction._readability_length(element) == text_length(element)
            ours = extraction._readability_link_density(element)
            assert ours == reference.get_link_density(element), page.name
