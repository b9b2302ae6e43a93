"""Output formats: what `lisible clean --format …` prints."""

from __future__ import annotations

import json
from dataclasses import replace

from reader.article import Article, ArticleBuilder, BlockKind, Image, SourceFormat
from reader.formats import render


def sample() -> Article:
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, "Un paragraphe avec des *astérisques* et <balises>.")
    builder.add(BlockKind.HEADING, "Une section", level=2)
    builder.add(BlockKind.LIST_ITEM, "premier", level=1, ordered=True)
    builder.add(BlockKind.LIST_ITEM, "second", level=1, ordered=True)
    builder.add(BlockKind.QUOTE, "Une citation.")
    builder.add(BlockKind.CODE, "x = 1\ny = 2")
    return Article(
        title="Titre & co",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source="a.html",
        source_format=SourceFormat.HTML,
        byline="Jeanne Martin",
        language="fr",
    )


def test_json_offsets_index_the_text() -> None:
    data = json.loads(render(sample(), "json"))
    assert data["title"] == "Titre & co"
    assert data["byline"] == "Jeanne Martin"
    assert data["language"] == "fr"
    assert data["source"] == "a.html"
    for block in data["blocks"]:
        assert data["text"][block["start"] : block["end"]] == block["text"]
    assert [b["kind"] for b in data["blocks"]] == [
        "paragraph", "heading", "list_item", "list_item", "quote", "code",
    ]  # fmt: skip


def test_markdown_escapes_prose_and_keeps_structure() -> None:
    markdown = render(sample(), "markdown")
    assert markdown.startswith("# Titre & co\n\n*Jeanne Martin*\n\n")
    assert "\\*astérisques\\*" in markdown
    assert "## Une section" in markdown
    assert "1. premier\n2. second" in markdown
    assert "> Une citation." in markdown
    assert "```\nx = 1\ny = 2\n```" in markdown


def test_html_is_escaped_and_structured() -> None:
    page = render(sample(), "html")
    assert "&lt;balises&gt;" in page and "<balises>" not in page
    assert "<title>Titre &amp; co</title>" in page
    assert "<ol>\n<li>premier</li>\n<li>second</li>\n</ol>" in page
    assert "<script" not in page


def test_text_has_title_byline_and_items() -> None:
    text = render(sample(), "text")
    assert text.startswith("Titre & co\n\nJeanne Martin\n\nUn paragraphe")
    assert "- premier" in text


def with_figure() -> Article:
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, "Le texte.")
    builder.add(BlockKind.FIGURE, "La rue en fête.")
    return Article(
        title="Titre",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source="page.html",
        source_format=SourceFormat.HTML,
        lead_image="https://img.example/lead.jpg",
        canonical_url="https://news.example/a?b=1&c=<2>",
        images=(Image(1, "page_files/rue (1).jpg", 'La "rue"'),),
    )


def test_json_has_lead_image_canonical_url_and_images() -> None:
    data = json.loads(render(with_figure(), "json"))
    assert data["lead_image"] == "https://img.example/lead.jpg"
    assert data["canonical_url"] == "https://news.example/a?b=1&c=<2>"
    assert data["images"] == [{"block": 1, "src": "page_files/rue (1).jpg", "alt": 'La "rue"'}]
    assert data["blocks"][1]["kind"] == "figure"


def test_markdown_links_the_page_and_shows_images() -> None:
    markdown = render(with_figure(), "markdown")
    assert "<https://news.example/a?b=1&c=%3C2%3E>" in markdown
    assert '![La "rue"](page_files/rue%20%281%29.jpg)\n\n*La rue en fête.*' in markdown


def test_exports_never_embed_remote_pictures() -> None:
    article = replace(with_figure(), images=(Image(1, "https://img.example/rue.jpg", "La rue"),))
    for fmt in ("markdown", "html"):
        page = render(article, fmt)
        assert "img.example" not in page
        assert "La rue en fête." in page
    assert "https://img.example/rue.jpg" in render(article, "json")


def test_html_escapes_image_addresses() -> None:
    page = render(with_figure(), "html")
    assert 'href="https://news.example/a?b=1&amp;c=&lt;2&gt;"' in page
    assert '<img src="page_files/rue (1).jpg" alt="La &quot;rue&quot;">' in page
    assert "<figcaption>La rue en fête.</figcaption>" in page
