"""Output formats: what `lisible clean --format …` prints."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

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
    assert "<balises\\>" in markdown
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


@pytest.fixture
def saved_page(tmp_path: Path) -> Path:
    """A page saved "complete": its picture in page_files/ beside it."""
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "rue (1).jpg").write_bytes(b"\xff\xd8\xff picture")
    page = tmp_path / "page.html"
    page.write_text("<p>saved</p>", encoding="utf-8")
    return page


def with_figure(page: Path) -> Article:
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, "Le texte.")
    builder.add(BlockKind.FIGURE, "La rue en fête.")
    return Article(
        title="Titre",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source=str(page),
        source_format=SourceFormat.HTML,
        lead_image="https://img.example/lead.jpg",
        canonical_url="https://news.example/a?b=1&c=<2>",
        images=(Image(1, "page_files/rue (1).jpg", 'La "rue"'),),
    )


def test_json_has_lead_image_canonical_url_and_images(saved_page: Path) -> None:
    data = json.loads(render(with_figure(saved_page), "json"))
    assert data["lead_image"] == "https://img.example/lead.jpg"
    assert data["canonical_url"] == "https://news.example/a?b=1&c=<2>"
    assert data["images"] == [{"block": 1, "src": "page_files/rue (1).jpg", "alt": 'La "rue"'}]
    assert data["blocks"][1]["kind"] == "figure"


def test_markdown_links_the_page_and_shows_images(saved_page: Path) -> None:
    markdown = render(with_figure(saved_page), "markdown")
    assert "<https://news.example/a?b=1&c=%3C2%3E>" in markdown
    assert '![La "rue"](page_files/rue%20%281%29.jpg)\n\n*La rue en fête.*' in markdown


def test_a_lead_picture_that_a_figure_shows_is_written_once(saved_page: Path) -> None:
    article = replace(with_figure(saved_page), lead_image="./page_files/rue (1).jpg")
    for fmt in ("markdown", "html"):
        assert render(article, fmt).count("rue%20%281%29.jpg") == 1
    alone = replace(article, images=())
    for fmt in ("markdown", "html"):
        assert render(alone, fmt).count("rue%20%281%29.jpg") == 1


def test_exports_never_embed_remote_pictures(saved_page: Path) -> None:
    article = replace(
        with_figure(saved_page), images=(Image(1, "https://img.example/rue.jpg", "La rue"),)
    )
    for fmt in ("markdown", "html"):
        page = render(article, fmt)
        assert "img.example" not in page
        assert "La rue en fête." in page
    assert "https://img.example/rue.jpg" in render(article, "json")


def test_html_escapes_image_addresses(saved_page: Path) -> None:
    page = render(with_figure(saved_page), "html")
    assert 'href="https://news.example/a?b=1&amp;c=&lt;2&gt;"' in page
    assert '<img src="page_files/rue%20%281%29.jpg" alt="La &quot;rue&quot;">' in page
    assert "<figcaption>La rue en fête.</figcaption>" in page


def rendered(markdown: str) -> str:
    """Return what a CommonMark viewer makes of `markdown`, as HTML."""
    return MarkdownIt("commonmark").render(markdown)


def hostile_article(source: str = "a.html") -> Article:
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, "<script>alert(1)</script> and &lt;b&gt; as written")
    builder.add(
        BlockKind.QUOTE,
        "![tracker](https://evil.example/q.png) and <img src=x onerror=alert(1)>\n"
        "[click](javascript:alert(1))\n# not a heading\n<script>alert(2)</script>",
    )
    builder.add(BlockKind.CODE, "harmless\n````\n<img src=https://evil.example/f.png>\n```")
    builder.add(BlockKind.FIGURE, "A caption\n<iframe src=https://evil.example/>\n===")
    builder.add(BlockKind.LIST_ITEM, "![i](https://evil.example/li.png)", level=1)
    builder.add(BlockKind.TABLE_ROW, "a | b\t<img src=https://evil.example/t.png>")
    return Article(
        title="<img src=https://evil.example/title.png>\n# Title",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source=source,
        source_format=SourceFormat.HTML,
        byline="[me](javascript:alert(3))",
        canonical_url="javascript:alert(4)",
    )


def test_markdown_never_renders_live_content() -> None:
    article = hostile_article()
    page = rendered(render(article, "markdown"))
    # Only the tags Markdown itself writes: no raw HTML, image, link or script.
    tags = set(re.findall(r"<([a-z0-9]+)", page))
    assert tags <= {"h1", "p", "em", "blockquote", "br", "pre", "code", "ul", "li"}
    for block in article.blocks:
        for line in re.split(r"[\n\t]", article.block_text(block)):
            # Every line (and cell) is shown as written, none lost or reinterpreted.
            assert " ".join(line.split()) in _html_text(page), line


def _html_text(html_text: str) -> str:
    import html

    plain = html.unescape(re.sub(r"<[^>]+>", " ", html_text))
    return " ".join(plain.split())


def test_code_fence_outlasts_every_backtick_run_inside() -> None:
    page = rendered(render(hostile_article(), "markdown"))
    code = re.findall(r"<pre><code>(.*?)</code></pre>", page, re.S)
    assert code == ["harmless\n````\n&lt;img src=https://evil.example/f.png&gt;\n```\n"]


def test_exports_drop_images_that_leave_the_page_folder(tmp_path: Path) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"\x89PNG secret")
    folder = tmp_path / "site"
    (folder / "page_files").mkdir(parents=True)
    (folder / "page_files" / "ok.png").write_bytes(b"\x89PNG fine")
    (folder / "page_files" / "link-out.png").symlink_to(outside)
    page = folder / "page.html"
    page.write_text("<p>saved</p>", encoding="utf-8")
    sources = [
        "../secret.png",
        "%2e%2e/secret.png",
        "page_files/../../secret.png",
        "\\\\evil.example\\share\\unc.png",
        "\\//evil.example/bs.png",
        "//evil.example/proto.png",
        "https:evil.example/x.png",
        "file:///etc/passwd",
        str(outside),
        "page_files/link-out.png",
        "page_files/ok.png",
    ]
    builder = ArticleBuilder()
    for n in range(len(sources)):
        builder.add(BlockKind.FIGURE, f"caption {n}")
    article = Article(
        title="T",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source=str(page),
        source_format=SourceFormat.HTML,
        lead_image="../../../../root/.ssh/id_rsa",
        images=tuple(Image(n, src, "alt") for n, src in enumerate(sources)),
    )
    markdown = render(article, "markdown")
    html_page = render(article, "html")
    assert re.findall(r"!\[[^\]]*\]\(([^)]*)\)", markdown) == ["page_files/ok.png"]
    assert re.findall(r'<img[^>]* src="([^"]*)"', html_page) == ["page_files/ok.png"]
    for n in range(len(sources)):
        assert f"caption {n}" in markdown and f"caption {n}" in html_page
