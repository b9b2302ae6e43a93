"""Property tests: any text, any markup, the cleaners give a well-formed article or a clear error.

Hypothesis throws lines of prose, boilerplate, Markdown and HTML at the
cleaners; whatever comes in, no exception other than the typed errors escapes,
every block is a span inside the text in order, and a input takes bounded time.
"""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.article import BLOCK_SEPARATOR, Article
from reader.errors import LisibleError
from reader.html_cleaning import clean_html
from reader.text_cleaning import clean_text

#: Far above what a few kilobytes take; a quadratic regex would blow through it.
SECONDS_PER_INPUT = 5.0

LINES = st.sampled_from(
    [
        "Le marché couvert rouvre ses portes après deux ans de travaux.",
        "The council voted on Tuesday to reopen the river to swimmers.",
        "Par Jeanne Martin",
        "By John Smith and Ann Lee",
        "Publié le 12 mars 2025 à 10h30",
        "À lire aussi : nos autres articles",
        "Subscribe to our newsletter",
        "Photo : Jean Dupont / AFP",
        "# Un titre",
        "## Why it matters?",
        "- un point",
        "1. first",
        "> une citation",
        "```",
        "![image](photo.jpg)",
        "",
        "   ",
        "…",
        "«\u00a0Bonjour\u00a0»",
        "\t\tindented code",
        "Copyright © 2025",
        "Quel avenir pour les écoles rurales ?",
    ]
)
NOISE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=80,
)
DOCUMENTS = st.lists(st.one_of(LINES, NOISE), max_size=40).map("\n".join)

TAGS = st.sampled_from(
    ["p", "div", "h1", "h2", "li", "ul", "ol", "blockquote", "pre", "table", "td", "tr",
     "figure", "figcaption", "nav", "aside", "script", "style", "span", "a", "br", "img",
     "article", "section", "header", "footer", "form", "svg", "embed", "iframe"]
)  # fmt: skip
FRAGMENTS = st.one_of(
    TAGS.map(lambda tag: f"<{tag}>"),
    TAGS.map(lambda tag: f"</{tag}>"),
    LINES,
    NOISE.map(lambda text: text.replace("<", " ")),
)
PAGES = st.lists(FRAGMENTS, max_size=60).map("".join)


def check(article: Article) -> None:
    previous_end = -len(BLOCK_SEPARATOR)
    for block in article.blocks:
        assert previous_end + len(BLOCK_SEPARATOR) <= block.start < block.end <= len(article.text)
        assert article.block_text(block).strip() == article.block_text(block)
        previous_end = block.end
    assert "\x00" not in article.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DOCUMENTS, markdown=st.booleans())
def test_text_cleaner_never_breaks(text: str, markdown: bool) -> None:
    started = time.monotonic()
    try:
        article = clean_text(text, "typed.txt", markdown=markdown)
    except LisibleError:
        return
    finally:
        assert time.monotonic() - started < SECONDS_PER_INPUT
    check(article)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=PAGES)
def test_html_cleaner_never_breaks(page: str) -> None:
    started = time.monotonic()
    try:
        article = clean_html(f"<html><body>{page}</body></html>", "page.html")
    except LisibleError:
        return
    finally:
        assert time.monotonic() - started < SECONDS_PER_INPUT
    check(article)
