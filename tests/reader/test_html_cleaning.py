"""HTML cleaning: the article's text and structure survive; page furniture and scripts do not."""

from __future__ import annotations

from reader.article import Article, BlockKind
from reader.html_cleaning import clean_html

PARAGRAPH = (
    "Les habitants du quartier se retrouvent chaque semaine pour discuter des travaux, "
    "partager des nouvelles et organiser les fêtes de la rue, qui attirent des centaines "
    "de visiteurs venus de toute la ville."
)


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html lang='fr'><head>{head}</head><body>{body}</body></html>"


def kinds(article: Article) -> list[tuple[str, str]]:
    return [(b.kind.value, article.block_text(b)) for b in article.blocks]


def test_structure_is_kept() -> None:
    html = page(
        f"""<nav><a href="/">Accueil</a> <a href="/a">Actualités</a></nav>
        <article>
          <h1>Le titre de l'article</h1>
          <p>{PARAGRAPH}</p>
          <h2>Une section</h2>
          <p>{PARAGRAPH} Deuxième paragraphe.</p>
          <ol><li>premier point</li><li>second point</li></ol>
          <blockquote><p>Une citation marquante du maire.</p></blockquote>
          <pre>code  garde   ses espaces</pre>
          <figure><img src="a.jpg" alt="photo"><figcaption>La rue en fête.</figcaption></figure>
        </article>"""
    )
    article = clean_html(html, "page.html")
    assert article.title == "Le titre de l'article"
    assert kinds(article) == [
        ("paragraph", PARAGRAPH),
        ("heading", "Une section"),
        ("paragraph", PARAGRAPH + " Deuxième paragraphe."),
        ("list_item", "premier point"),
        ("list_item", "second point"),
        ("quote", "Une citation marquante du maire."),
        ("code", "code  garde   ses espaces"),
        ("figure", "La rue en fête."),
    ]
    items = [b for b in article.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [(b.level, b.ordered) for b in items] == [(1, True), (1, True)]
    assert "Accueil" not in article.text


def test_blocks_are_spans_over_the_text() -> None:
    html = page(f"<article><h2>Titre</h2><p>{PARAGRAPH}</p><p>Fin de l'article.</p></article>")
    article = clean_html(html, "page.html")
    pieces = [article.text[b.start : b.end] for b in article.blocks]
    assert "\n\n".join(pieces) == article.text
    assert all(b.start < b.end for b in article.blocks)


def test_nothing_active_survives() -> None:
    html = page(
        f"""<article>
        <p onclick="steal()">{PARAGRAPH}</p>
        <script>alert('script text')</script>
        <style>p {{ color: red }}</style>
        <iframe src="https://evil.example/frame">iframe text</iframe>
        <object data="x.swf">object text</object>
        <form><input value="form text"><button>Envoyer</button></form>
        <svg><script>alert('svg')</script><text>svg text</text></svg>
        <p>Un <a href="javascript:alert(1)">lien piégé</a> et du texte.</p>
        <noscript>noscript text</noscript>
        </article>""",
        head="<script>var inHead = 1;</script><meta http-equiv='refresh' content='0;url=https://x'>",
    )
    article = clean_html(html, "page.html")
    for leftover in ("alert", "color: red", "iframe text", "object text", "form text",
                     "Envoyer", "svg", "noscript", "inHead", "steal"):  # fmt: skip
        assert leftover not in article.text
    assert "Un lien piégé et du texte." in article.text
    assert PARAGRAPH in article.text


def test_hidden_elements_are_dropped() -> None:
    html = page(
        f"<article><p>{PARAGRAPH}</p><p hidden>caché</p>"
        "<p style='display: none'>invisible</p><p aria-hidden='true'>masqué</p></article>"
    )
    text = clean_html(html, "p.html").text
    assert "caché" not in text and "invisible" not in text and "masqué" not in text


def test_metadata_from_open_graph_and_meta_tags() -> None:
    head = """<title>Le vrai titre | Le Journal</title>
      <meta property="og:site_name" content="Le Journal">
      <meta name="author" content="Jeanne Martin">
      <meta property="article:published_time" content="2025-02-12T10:00:00Z">"""
    article = clean_html(page(f"<article><p>{PARAGRAPH}</p></article>", head), "p.html")
    assert article.title == "Le vrai titre"
    assert article.byline == "Jeanne Martin"
    assert article.date == "2025-02-12T10:00:00Z"
    assert article.site == "Le Journal"
    assert article.language == "fr"


def test_metadata_from_json_ld() -> None:
    head = """<script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Site"},
        {"@type": "NewsArticle", "headline": "Titre JSON-LD",
         "author": [{"@type": "Person", "name": "Ana Lopez"}, {"name": "Tom Li"}],
         "datePublished": "2024-11-02", "publisher": {"name": "Gazette"}}]}
    </script>"""
    article = clean_html(page(f"<article><p>{PARAGRAPH}</p></article>", head), "p.html")
    assert article.title == "Titre JSON-LD"
    assert article.byline == "Ana Lopez, Tom Li"
    assert article.date == "2024-11-02"
    assert article.site == "Gazette"


def test_broken_json_ld_is_ignored() -> None:
    head = '<script type="application/ld+json">{"headline": </script><title>Repli</title>'
    article = clean_html(page(f"<article><p>{PARAGRAPH}</p></article>", head), "p.html")
    assert article.title == "Repli"


def test_share_bar_and_byline_line_inside_the_article_are_dropped() -> None:
    html = page(
        f"""<article><h1>Titre</h1>
        <p class="byline">Par Jeanne Martin · 12 février 2025</p>
        <div class="share-buttons"><a>Partager sur Facebook</a> <a>Tweeter</a></div>
        <p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"""
    )
    text = clean_html(html, "p.html").text
    assert "Partager" not in text and "Jeanne Martin" not in text
    assert text.startswith("Les habitants")


def test_line_breaks_inside_a_paragraph_are_kept() -> None:
    html = page(f"<article><p>{PARAGRAPH}</p><p>Première ligne<br>seconde ligne</p></article>")
    assert "Première ligne\nseconde ligne" in clean_html(html, "p.html").text


def test_no_break_spaces_stay_other_white_space_collapses() -> None:
    html = page(
        f"<article><p>{PARAGRAPH}</p><p>Il a payé 1\u00a0000\u202f€  \n  hier.</p></article>"
    )
    assert "Il a payé 1\u00a0000\u202f€ hier." in clean_html(html, "p.html").text


def test_page_without_article_markup_falls_back_to_body_text() -> None:
    article = clean_html("<html><body>Juste quelques mots.</body></html>", "p.html")
    assert article.text == "Juste quelques mots."


def test_broken_html_is_read() -> None:
    html = f"<html><body><div><p>{PARAGRAPH}<p>Deux<b>gras<i>italique</div></body>"
    article = clean_html(html, "p.html")
    assert PARAGRAPH in article.text
    assert "Deuxgrasitalique" in article.text
