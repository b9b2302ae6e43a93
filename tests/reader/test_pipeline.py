"""Tests for reader.pipeline's entry points for content without a file: pasted text, stdin."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reader.article import BlockKind, SourceFormat
from reader.errors import EmptyInput, UnsupportedInput
from reader.input_limits import GIANT_WORD_KEPT, MAX_TAGS
from reader.pipeline import (
    MAX_METADATA_CHARS,
    article_from_bytes,
    article_from_pasted,
    article_from_path,
)

PARAGRAPH = (
    "Chaque soir, le vieux bac quitte le quai, ses lumières reflétées dans l’eau noire du "
    "port, et la plupart des passagers connaissent l’équipage par son nom."
)


def test_a_pasted_html_fragment_keeps_its_structure() -> None:
    # What a browser puts on the clipboard: loose blocks, no <html> or <body>.
    fragment = (
        f"<meta charset='utf-8'><h2>Le bac de nuit</h2><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"
        "<ul><li>Départ à 21 h 30</li><li>Billets à bord</li></ul>"
    )
    article = article_from_pasted(fragment, html=True)
    assert article.title == "Le bac de nuit"
    assert [block.kind for block in article.blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
    ]
    assert article.source == "clipboard"
    assert article.language == "fr"


def test_pasted_text_goes_through_the_text_cleaner() -> None:
    article = article_from_pasted(f"Le bac de nuit\nPar Jeanne Dupont\n\n{PARAGRAPH}\n")
    assert (article.title, article.byline) == ("Le bac de nuit", "Jeanne Dupont")
    assert article.source_format is SourceFormat.TEXT
    assert article.text == PARAGRAPH


def test_pasted_markdown_is_read_as_markdown() -> None:
    text = f"# Le bac\n\nChaque soir,\nle vieux bac part.\n\n## Le quai\n\n{PARAGRAPH}\n"
    article = article_from_pasted(text)
    assert article.source_format is SourceFormat.MARKDOWN
    assert article.text.startswith("Chaque soir, le vieux bac part.")  # one paragraph


@pytest.mark.parametrize("text", ["", "  \n\t"])
def test_an_empty_paste_is_refused(text: str) -> None:
    with pytest.raises(EmptyInput, match="The clipboard holds no text"):
        article_from_pasted(text)


def test_bytes_without_a_name_are_judged_by_their_content() -> None:
    html = f"<!doctype html><html><body><article><h1>Le bac</h1><p>{PARAGRAPH}</p></article>"
    assert article_from_bytes(html.encode(), "stdin").source_format is SourceFormat.HTML
    text = f"Le bac\n\n{PARAGRAPH}\n".encode("cp1252")
    article = article_from_bytes(text, "stdin")
    assert article.source_format is SourceFormat.TEXT
    assert article.text == PARAGRAPH


def test_binary_bytes_are_refused() -> None:
    with pytest.raises(UnsupportedInput, match="stdin is a PDF document"):
        article_from_bytes(b"%PDF-1.7\n" + bytes(300), "stdin")


def test_a_huge_title_is_shortened(tmp_path: Path) -> None:
    paragraph = "<p>The covered market reopened this morning after two years of work.</p>" * 3
    for title in ("T" * (1 << 20), "word " * 200_000):
        page = tmp_path / "page.html"
        page.write_text(
            f"<html><head><title>{title}</title></head><body><article>{paragraph}</article>"
            "</body></html>",
            encoding="utf-8",
        )
        article = article_from_path(page)
        assert len(article.title) <= MAX_METADATA_CHARS + 1
        assert article.title.endswith("…") and article.title.startswith(title[:100])
        assert "covered market" in article.text


def test_a_doctype_internal_subset_leaves_no_trace(tmp_path: Path) -> None:
    page = tmp_path / "subset.xhtml"
    page.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY e "x"><!ENTITY f "y">]>'
        "<html><body><article><h1>Subset heading</h1><p>The covered market reopened this "
        "morning after two years of building work.</p></article></body></html>",
        encoding="utf-8",
    )
    article = article_from_path(page)
    assert "]>" not in article.text and "ENTITY" not in article.text
    assert "The covered market reopened" in article.text


@pytest.mark.parametrize(
    "huge",
    ["<p>" + "x" * (12 << 20) + "</p>", '<p title="' + "A" * (12 << 20) + '">Huge attribute.</p>'],
    ids=["word", "attribute"],
)
def test_a_giant_word_or_attribute_does_not_empty_the_page(tmp_path: Path, huge: str) -> None:
    # Over libxml2's 10 MB limit on a text node or attribute value.
    paragraph = "<p>The covered market reopened this morning after two years of work.</p>"
    page = tmp_path / "giant.html"
    page.write_text(
        f"<html><body><article>{huge}{paragraph * 3}</article></body></html>", encoding="utf-8"
    )
    article = article_from_path(page)
    assert "The covered market reopened" in article.text
    assert max(len(word) for word in article.text.split()) <= GIANT_WORD_KEPT + 1


def test_a_page_of_countless_tags_is_refused_at_once(tmp_path: Path) -> None:
    page = tmp_path / "tags.html"
    page.write_text(
        "<html><body><article><dl>"
        + "<dt>t</dt><dd>d</dd>" * (MAX_TAGS // 4 + 1)
        + "</dl></article></body></html>",
        encoding="utf-8",
    )
    started = time.monotonic()
    with pytest.raises(UnsupportedInput, match="tags, far more than any article"):
        article_from_path(page)
    assert time.monotonic() - started < 2


def test_a_tag_of_countless_attributes_keeps_its_text(tmp_path: Path) -> None:
    attributes = " ".join(f"a{n}=x" for n in range(80_000))
    page = tmp_path / "attributes.html"
    page.write_text(
        f"<html><body><article><p {attributes}>Many attributes here.</p>"
        + "<p>The covered market reopened this morning after two years of work.</p>" * 3
        + "</article></body></html>",
        encoding="utf-8",
    )
    started = time.monotonic()
    article = article_from_path(page)
    assert time.monotonic() - started < 10  # 13 s in libxml2 alone before
    assert "Many attributes here." in article.text
