"""HTML cleaning: the article's text and structure survive; page furniture and scripts do not."""

from __future__ import annotations

import pytest

from reader import boilerplate
from reader.article import Article, BlockKind
from reader.html_cleaning import clean_html, extract_article, main_text

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


ENGLISH = (
    "The council voted on Tuesday to keep the library open on Sundays, after a petition "
    "signed by more than four thousand residents and a long evening of public comments."
)


def test_nested_lists_keep_their_levels() -> None:
    html = page(
        f"""<article><p>{PARAGRAPH}</p>
        <ul><li>Fruits<ul><li>Pommes<ol><li>reinette</li><li>boskoop</li></ol></li>
        <li>Poires</li></ul></li><li>Légumes</li></ul><p>{PARAGRAPH}</p></article>"""
    )
    article = clean_html(html, "p.html")
    items = [
        (b.level, b.ordered, article.block_text(b))
        for b in article.blocks
        if b.kind is BlockKind.LIST_ITEM
    ]
    assert items == [
        (1, False, "Fruits"),
        (2, False, "Pommes"),
        (3, True, "reinette"),
        (3, True, "boskoop"),
        (2, False, "Poires"),
        (1, False, "Légumes"),
    ]


def test_text_written_in_a_list_outside_its_items_is_a_paragraph() -> None:
    # Old pages indent a passage with a bare <ul>; its words, links and
    # italics included, read as one paragraph, and items beside it stay items.
    aside = (
        "(Nous voulions surtout <i>voir</i> le chantier avant de <a href='/v'>voter</a>, "
        "et non le découvrir une fois terminé.)"
    )
    html = page(
        f"<article><p>{PARAGRAPH}</p><ul> {aside} </ul><p>{PARAGRAPH}</p>"
        "<ul>Deux questions : <li>le coût</li><li>la durée</li> restent ouvertes.</ul></article>"
    )
    assert kinds(clean_html(html, "p.html")) == [
        ("paragraph", PARAGRAPH),
        (
            "paragraph",
            "(Nous voulions surtout voir le chantier avant de voter, "
            "et non le découvrir une fois terminé.)",
        ),
        ("paragraph", PARAGRAPH),
        ("paragraph", "Deux questions :"),
        ("list_item", "le coût"),
        ("list_item", "la durée"),
        ("paragraph", "restent ouvertes."),
    ]


def test_small_tables_are_kept_as_rows() -> None:
    html = page(
        f"<article><p>{PARAGRAPH}</p><table><tr><th>Ville</th><th>Km</th></tr>"
        f"<tr><td>Lyon</td><td>4</td></tr></table><p>{PARAGRAPH}</p></article>"
    )
    article = clean_html(html, "p.html")
    assert [article.block_text(b) for b in article.blocks if b.kind is BlockKind.TABLE_ROW] == [
        "Ville\tKm",
        "Lyon\t4",
    ]


def test_a_tables_header_row_stays_whatever_its_cells_class() -> None:
    # A cell's class names its column ("header_cell", "footer-total"), not the
    # page's header or footer; a layout table's side column still goes.
    html = page(
        f"<table><tr><td class='sidebar'><div><a href='/'>Accueil</a></div></td><td>"
        f"<p>{PARAGRAPH}</p><table><tr><td class='header_cell'>Ville</td>"
        "<td class='header_cell'>Km</td></tr><tr><td>Lyon</td><td>4</td></tr>"
        "<tr><td class='footer-total'>Total</td><td>4</td></tr></table>"
        f"<p>{PARAGRAPH}</p></td></tr></table>"
    )
    article = clean_html(html, "p.html")
    assert [article.block_text(b) for b in article.blocks if b.kind is BlockKind.TABLE_ROW] == [
        "Ville\tKm",
        "Lyon\t4",
        "Total\t4",
    ]
    assert "Accueil" not in article.text


def test_figures_keep_their_image_reference_and_caption() -> None:
    html = page(
        f"""<article><p>{PARAGRAPH}</p>
        <figure><img src="page_files/rue.jpg" alt="La rue pavoisée">
        <figcaption>La rue en fête, samedi.</figcaption></figure>
        <p>{PARAGRAPH}</p>
        <div class="wp-caption"><img data-src="https://cdn.example/b.jpg"
        src="data:image/gif;base64,R0l" alt="Le marché couvert">
        <p class="wp-caption-text">Le marché couvert.</p></div>
        <img src="https://cdn.example/c.jpg" alt="Les enfants devant la fontaine">
        <img src="https://cdn.example/icon.png" alt="icône">
        </article>"""
    )
    article = clean_html(html, "p.html")
    figures = [
        (i, article.block_text(b))
        for i, b in enumerate(article.blocks)
        if b.kind is BlockKind.FIGURE
    ]
    assert [text for _, text in figures] == [
        "La rue en fête, samedi.",
        "Le marché couvert.",
        "Les enfants devant la fontaine",
    ]
    assert [(i.block_index, i.src, i.alt) for i in article.images] == [
        (figures[0][0], "page_files/rue.jpg", "La rue pavoisée"),
        (figures[1][0], "https://cdn.example/b.jpg", "Le marché couvert"),
        (figures[2][0], "https://cdn.example/c.jpg", "Les enfants devant la fontaine"),
    ]


def test_a_gallery_slide_does_not_show_its_thumbnails_caption_again() -> None:
    caption = (
        "Le maire et la présidente de l'association inaugurent le jardin partagé, "
        "mercredi, devant une centaine d'habitants."
    )
    html = page(
        f"<article><div class='gallery'><figure><img src='/a.jpg' alt=''><figcaption>{caption}"
        "</figcaption></figure><figure><img src='/b.jpg' alt=''><figcaption>Les premiers semis."
        "</figcaption></figure><figure><img src='/c.jpg' alt=''><figcaption>Les premiers semis."
        f"</figcaption></figure><figure><img src='/a-big.jpg' alt=''><figcaption>{caption}"
        f"</figcaption></figure></div><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"
    )
    article = clean_html(html, "p.html")
    figures = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.FIGURE]
    assert figures == [caption, "Les premiers semis."]


def test_a_captions_credit_shows_as_the_page_writes_it() -> None:
    """A caption keeps its credit, as Reader View shows it; the picture's description
    completes a caption that is only a credit."""
    html = page(
        f"""<article><p>{PARAGRAPH}</p>
        <figure><img src="a.jpg" alt="Protesters">
        <figcaption><span>Protesters outside the Élysée palace in Paris on Tuesday.</span>
        <span class="credit">Photograph: AFP via Getty Images</span></figcaption></figure>
        <p>{PARAGRAPH}</p>
        <figure><img src="b.jpg" alt="La foule">
        <figcaption>La foule devant la mairie (Photo : Jean Dupont / AFP)</figcaption></figure>
        <figure><img src="c.jpg" alt="Le port de Marseille au matin">
        <figcaption>Photograph: Tom Jamieson/The Guardian</figcaption></figure>
        <figure><img src="d.jpg" alt="">
        <figcaption>Photo : la foule a attendu toute la nuit devant la mairie.</figcaption>
        </figure>
        </article>"""
    )
    article = clean_html(html, "p.html")
    figures = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.FIGURE]
    assert figures == [
        "Protesters outside the Élysée palace in Paris on Tuesday. "
        "Photograph: AFP via Getty Images",
        "La foule devant la mairie (Photo : Jean Dupont / AFP)",
        "Le port de Marseille au matin. Photograph: Tom Jamieson/The Guardian",
        "Photo : la foule a attendu toute la nuit devant la mairie.",
    ]


def test_a_credit_set_apart_only_by_style_reads_apart() -> None:
    """A screen readers' label glued to the name, a credit span glued to the caption."""
    html = page(
        f"""<article><p>{PARAGRAPH}</p>
        <figure><img src="a.jpg" alt=""><figcaption><span>Le marché couvert, samedi.</span><span
        itemprop="copyrightHolder"><span class="x1">Crédit</span><span>Léa Roux/Le Courrier</span>
        </span></figcaption></figure>
        <figure><img src="b.jpg" alt="Le port au matin"><figcaption><span class="y2"><span
        class="x1"><b>Credit</b></span>Tom Jamieson for The Bay Courier</span></figcaption></figure>
        <figure><img src="c.jpg" alt=""><figcaption>Le quai.<span><span class="shown">Credit</span>
        <span><span class="sr-only">Credit</span>Kim Lee</span></span></figcaption></figure>
        <p>{PARAGRAPH}</p></article>"""
    )
    article = clean_html(html, "p.html")
    figures = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.FIGURE]
    assert figures == [
        "Le marché couvert, samedi. Crédit: Léa Roux/Le Courrier",
        "Le port au matin. Credit: Tom Jamieson for The Bay Courier",
        # One label to be seen, one for screen readers: said once.
        "Le quai. Credit: Kim Lee",
    ]


@pytest.mark.parametrize(
    ("caption", "kept"),
    [
        (
            "Emmanuel Macron on Monday. Photograph: Ludovic Marin/AFP/Getty Images",
            "Emmanuel Macron on Monday.",
        ),
        ("The ratio: one in three. Illustration: Guardian Design", "The ratio: one in three."),
        ("A still from the film. © Warner Bros", "A still from the film."),
        ("La foule à Lyon. Crédit photo : Jean-Philippe Ksiazek / AFP", "La foule à Lyon."),
        ("Credit card debt: a growing problem", "Credit card debt: a growing problem"),
        ("Le port au matin (Photo : © AFP)", "Le port au matin"),
        ("The launch pad at dawn. (Image credit: NASA)", "The launch pad at dawn."),
        (
            "Image: a satellite view of the storm, taken on Sunday.",
            "Image: a satellite view of the storm, taken on Sunday.",
        ),
    ],
)
def test_caption_credits(caption: str, kept: str) -> None:
    assert boilerplate.caption_without_credit(caption) == kept


def test_captions_are_not_main_text() -> None:
    html = page(
        f"""<article><p>{PARAGRAPH}</p>
        <figure><img src="a.jpg" alt=""><figcaption>Légende de la photo.</figcaption></figure>
        <p>Fin de l'article, avec une dernière phrase.</p></article>"""
    )
    article = extract_article(html)
    assert "Légende de la photo." in article.text
    assert main_text(article) == PARAGRAPH + "\n\nFin de l'article, avec une dernière phrase."


def test_related_links_teasers_and_promos_are_dropped() -> None:
    html = page(
        f"""<article>
        <p>{ENGLISH}</p>
        <p><strong>Read more:</strong> <a href="/a">Why libraries matter more than ever</a></p>
        <p>{ENGLISH} Supporters said the decision was overdue.</p>
        <div class="teaser-list"><h3>Trending</h3><a href="/b">Mayor resigns</a></div>
        <p>You may also like...</p>
        <p><a href="/c">The best reading rooms in the county</a></p>
        <p><a href="/d">Ten books our librarians love</a></p>
        <p><strong><a href="/app">GET OUR APP BY CLICKING HERE</a></strong></p>
        <p>{ENGLISH} Opening hours will be announced next week.</p>
        </article>""".replace("lang='fr'", "lang='en'")
    )
    text = clean_html(html, "p.html").text
    for gone in ("Read more", "Why libraries", "Trending", "Mayor resigns", "You may also like",
                 "reading rooms", "Ten books", "CLICKING HERE"):  # fmt: skip
        assert gone not in text
    assert "Opening hours will be announced next week." in text
    assert "Supporters said the decision was overdue." in text


def test_embedded_posts_are_quoted_and_name_cards_are_not() -> None:
    html = page(
        f"""<article><p>{ENGLISH}</p>
        <p>The motion was tabled by <span class="rollover-people"><a
        class="rollover-people-link">Ann Lee</a>
        <span class="rollover-block">Ann Lee: councillor since 2019, all her articles</span></span>
        on Monday, seconded by <span class="tooltip">Tom Reyes<span class="tooltip-text">Tom
        Reyes, deputy mayor</span></span>.</p>
        <blockquote class="twitter-tweet"><p>Sundays are saved!</p>— Library Friends
        (@libfriends) <a href="https://x.example/1">May 2, 2025</a></blockquote>
        <p>{ENGLISH}</p></article>"""
    )
    article = clean_html(html, "p.html")
    assert "councillor since 2019" not in article.text
    assert "deputy mayor" not in article.text
    # The card goes, the name the sentence needs stays.
    assert "tabled by Ann Lee on Monday, seconded by Tom Reyes." in article.text
    quotes = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.QUOTE]
    assert quotes == ["Sundays are saved!", "— Library Friends (@libfriends) May 2, 2025"]


def test_a_pop_up_wrapped_around_several_words_keeps_them_all() -> None:
    html = page(
        f"""<article><p>{ENGLISH}</p>
        <p>The <span class="tooltip">mayor <b>Jane Roe</b> said<span class="tooltip-card">Jane
        Roe, mayor since 2020</span></span> the vote would wait. It was seconded by <span
        class="hovercard"><b>Tom Reyes</b><span class="hovercard-body">Tom Reyes, deputy
        mayor</span></span>.</p>
        <p>{ENGLISH}</p></article>"""
    )
    text = clean_html(html, "p.html").text
    assert "The mayor Jane Roe said the vote would wait." in text
    assert "It was seconded by Tom Reyes." in text
    assert "since 2020" not in text and "deputy mayor" not in text


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        (  # The card before the word.
            'The <span class="tooltip"><span class="tooltiptext">Jane Roe, mayor since 2020'
            "</span>mayor</span> said the vote would wait.",
            "The mayor said the vote would wait.",
        ),
        (  # A card of its own after the name's link, in parts.
            'The mayor <a href="/jr">Jane Roe</a><span class="popover"><b class="popover-title">'
            'Mayor of Bayville</b><span class="popover-content">since 2020</span></span> said '
            "the vote would wait.",
            "The mayor Jane Roe said the vote would wait.",
        ),
        (  # The name's link has a pop-up class too, after the wrapper's first word.
            'The <span class="tooltip">mayor <a class="tooltip-trigger" href="/jr">Jane Roe</a>'
            '<span class="tooltip-content">since 2020</span></span> said the vote would wait.',
            "The mayor Jane Roe said the vote would wait.",
        ),
        (  # A wrapper inside a wrapper: each card goes, every word stays.
            'The <span class="tooltip">mayor <span class="popover">Jane Roe<span '
            'class="popover-body">since 2020</span></span><span class="tooltip-card">Mayor of '
            '<b class="tooltip-card-title">Bayville</b></span></span> said the vote would wait.',
            "The mayor Jane Roe said the vote would wait.",
        ),
        (  # A trigger told by its class, then its card; BEM names.
            'The <span class="tooltip"><span class="tooltip__trigger">mayor</span><span '
            'class="tooltip__content">since 2020</span></span> <span class="c-tooltip"><dfn '
            'class="c-tooltip-term">Jane Roe</dfn><span class="c-tooltip-definition">Mayor of '
            "Bayville</span></span> said the vote would wait.",
            "The mayor Jane Roe said the vote would wait.",
        ),
        (  # Cards with an arrow, a close button: nothing of them in the sentence.
            'The <span class="tooltip">mayor<span class="tooltip-bubble"><span '
            'class="tooltip-arrow"></span>since 2020</span></span> <a href="/jr">Jane Roe</a>'
            '<span class="hovercard">Mayor of Bayville<button class="hovercard-close">x</button>'
            "</span> said the vote would wait.",
            "The mayor Jane Roe said the vote would wait.",
        ),
        (  # A card set as a block, as a browser renders it.
            'The mayor <a href="/jr">Jane Roe</a> said the vote would wait.<div class="popover" '
            'role="tooltip"><h3 class="popover-header">Mayor of Bayville</h3><div '
            'class="popover-body">since 2020</div></div>',
            "The mayor Jane Roe said the vote would wait.",
        ),
        (  # The words' class says "popup" (readability's unlikely word): they stay.
            'The <span class="popup-text" data-popup="Jane Roe, since 2020">mayor</span> <span '
            'class="tooltipster" data-tooltip-content="#card">Jane Roe</span> said the vote would '
            'wait.<span class="tooltip_templates"><span id="card">Bayville</span></span>',
            "The mayor Jane Roe said the vote would wait.",
        ),
        (  # Pop-up words and no card anywhere (a script fetches it): the words stay.
            'The <span class="tooltip">mayor</span> <span class="tooltipped" aria-label="Jane Roe">'
            'Jane</span> <span class="tooltip"><a class="tooltip-trigger popup-text" href="/jr">'
            "Roe</a></span> said the vote would wait.",
            "The mayor Jane Roe said the vote would wait.",
        ),
        (  # Pop-up words with no card inside: the card is elsewhere, or in an attribute.
            'The <span class="tooltip" title="Jane Roe, since 2020">mayor</span> <a '
            'class="popup-link" href="/jr">Jane Roe</a> said the vote would wait.',
            "The mayor Jane Roe said the vote would wait.",
        ),
    ],
)
def test_a_pop_up_card_goes_and_the_words_it_opens_over_stay(sentence: str, shown: str) -> None:
    html = page(f"<article><p>{ENGLISH}</p><p>{sentence}</p><p>{ENGLISH}</p></article>")
    text = clean_html(html, "p.html").text
    assert shown in text
    assert "since 2020" not in text and "Bayville" not in text  # the cards' words


def test_datelines_and_credit_lines_at_the_top_are_dropped() -> None:
    html = page(
        f"""<article><h1>Library stays open</h1>
        <p>Updated 5:27 pm GMT, Tuesday, May 6, 2025</p>
        <p>By Ann Carter and Tom Reyes</p>
        <p>{ENGLISH}</p><p>{ENGLISH}</p></article>"""
    )
    assert clean_html(html, "p.html").text.startswith("The council voted")


def test_the_lead_photo_beside_the_story_is_kept() -> None:
    body = "".join(f"<p>{PARAGRAPH} ({n})</p>" for n in range(4))
    html = page(
        f"""<div class="story"><figure><img src="lead.jpg" alt="La place du marché">
        <figcaption>La place, un samedi matin.</figcaption></figure>
        <div class="story-body">{body}</div></div>"""
    )
    article = clean_html(html, "p.html")
    assert article.block_text(article.blocks[0]) == "La place, un samedi matin."
    assert article.images[0].src == "lead.jpg"


def test_a_short_article_is_found_by_the_second_pass() -> None:
    html = page(
        """<div class="header-promo"><p>Une brève, mais une vraie : le marché de Noël ouvre
        vendredi place Carnot.</p></div><div id="footer"><a href="/">Accueil</a></div>"""
    )
    article = clean_html(html, "p.html")
    assert "le marché de Noël ouvre vendredi place Carnot." in article.text
    assert "Accueil" not in article.text


def test_extract_article_takes_the_page_url() -> None:
    head = '<link rel="canonical" href="/article/42"><meta property="og:image" content="/i/42.jpg">'
    article = extract_article(
        page(f"<article><p>{PARAGRAPH}</p></article>", head), "https://ex.example/a?x=1"
    )
    assert article.source == "https://ex.example/a?x=1"
    assert article.canonical_url == "https://ex.example/article/42"
    assert article.lead_image == "https://ex.example/i/42.jpg"


def test_a_sentence_that_starts_like_a_credit_stays() -> None:
    html = page(f"<article><p>Par Lyon, le TGV passe à 300 km/h.</p><p>{PARAGRAPH}</p></article>")
    assert clean_html(html, "p.html").text.startswith("Par Lyon, le TGV")


def test_a_page_nested_deeper_than_the_parser_reads_keeps_its_text() -> None:
    depth = 5000
    html = page("<div>" * depth + f"<p>{PARAGRAPH}</p>" + "</div>" * depth)
    assert PARAGRAPH in clean_html(html, "p.html").text


def test_an_embed_does_not_swallow_the_text_after_it() -> None:
    html = page(
        f'<article><p>{PARAGRAPH}</p><embed src="x.bin"><p>La suite de l\'article, '
        "après le lecteur intégré, reste à lire.</p></article>"
    )
    assert "La suite de l'article" in clean_html(html, "p.html").text


def test_a_related_link_at_the_top_of_a_short_story_takes_only_itself() -> None:
    html = page(
        f"""<article><h1>Titre</h1><div class="story-body">
        <p><strong>Lire aussi :</strong> <a href="/x">Les jardins partagés en ville</a></p>
        <p>{PARAGRAPH}</p><p>{PARAGRAPH} Encore une phrase.</p></div></article>
        <div class="comments"><p>Super article, merci pour ce reportage sur le quartier !</p>
        <p>Et les places de parking dans tout ça, qui en parle vraiment ?</p></div>"""
    )
    text = clean_html(html, "p.html").text
    assert "Lire aussi" not in text and "jardins partagés" not in text
    assert PARAGRAPH + " Encore une phrase." in text
    assert "Super article" not in text


def test_control_characters_do_not_break_the_cleaning() -> None:
    html = page(f"<embed>{PARAGRAPH}\x1f<div>Deux\x00 mots\x0b de plus.</div>")
    text = clean_html(html, "p.html").text
    assert PARAGRAPH in text
    assert "Deux mots de plus." in text


def test_a_layout_table_is_read_as_the_page_it_lays_out() -> None:
    html = page(
        f"<table><tr><td><p>{PARAGRAPH}</p><p>Deuxième paragraphe de l'article, plus court.</p>"
        "</td></tr></table>"
    )
    article = clean_html(html, "p.html")
    assert [b.kind for b in article.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_a_reworded_repeat_of_the_title_is_not_the_first_heading() -> None:
    html = page(
        f"<article><h1>The Guardian view on night trains | Editorial</h1><p>{PARAGRAPH}</p>"
        f"<h2>Une section</h2><p>{PARAGRAPH}</p></article>",
        head="<meta property='og:title' content='The Guardian view on night trains'>",
    )
    article = clean_html(html, "page.html")
    assert article.title == "The Guardian view on night trains"
    assert kinds(article)[0] == ("paragraph", PARAGRAPH)
    assert ("heading", "Une section") in kinds(article)


@pytest.mark.parametrize(
    ("heading", "repeat"),
    [
        ("High School Roundup: Viera beats Rockledge to stay unbeaten", True),  # "HS" spelled out
        ("Roundup: Viera beats Rockledge to stay unbeaten, with scores", True),
        ("Viera beats Rockledge", False),  # a part of the title's words, not the title
        ("How Rockledge lost the derby", False),
    ],
)
def test_a_title_reworded_at_one_end_is_not_the_first_heading(heading: str, repeat: bool) -> None:
    html = page(
        f"<article><h1>{heading}</h1><p>{PARAGRAPH}</p><h2>Une section</h2><p>{PARAGRAPH}</p>"
        "</article>",
        head="<meta property='og:title' content='HS Roundup: Viera beats Rockledge to stay "
        "unbeaten'>",
    )
    article = clean_html(html, "page.html")
    assert (("heading", heading) not in kinds(article)) is repeat
    assert ("heading", "Une section") in kinds(article)


def test_a_formula_in_a_sentence_keeps_its_symbols() -> None:
    formula = (
        "<math><semantics><mrow><mi>a</mi><mo>≠</mo><mn>0</mn></mrow>"
        "<annotation encoding='application/x-tex'>a \\neq 0</annotation></semantics></math>"
    )
    html = page(
        f"<article><p>{PARAGRAPH}</p><p>Quand {formula}, il y a deux solutions.</p></article>"
    )
    article = clean_html(html, "page.html")
    assert "Quand a ≠ 0 , il y a deux solutions." in article.text
    assert "neq" not in article.text


def test_short_numbered_lines_are_header_meta_only_above_a_sentence() -> None:
    lines = "".join(f"<div><p>Étape {n}</p></div>" for n in range(12))
    article = clean_html(page(f"<article>{lines}</article>"), "page.html")
    assert [article.block_text(b) for b in article.blocks] == [f"Étape {n}" for n in range(12)]
    meta = "<p>12 février 2024 - 09:41</p><p>Temps de lecture : 4 min</p>"
    article = clean_html(page(f"<article>{meta}<p>{PARAGRAPH}</p></article>"), "page.html")
    assert [article.block_text(b) for b in article.blocks] == [PARAGRAPH]


def test_a_page_with_no_container_keeps_its_blocks_apart() -> None:
    # Headings and paragraphs straight in <body> came out as one run-on paragraph
    # ("Le titreUn seul paragraphe…").
    article = extract_article(
        page(
            "<h2>Une section courte</h2><p>Un seul paragraphe assez court ici.</p>"
            "<p>Et un autre.</p>",
            head="<title>Le carnet du quartier</title>",
        )
    )
    assert kinds(article) == [
        ("heading", "Une section courte"),
        ("paragraph", "Un seul paragraphe assez court ici."),
        ("paragraph", "Et un autre."),
    ]


def test_a_credit_above_the_caption_in_its_own_element_leaves_the_caption() -> None:
    """Some sites set the credit first, in its own line of the caption box: it is no
    caption of its own, so the picture's description does not replace the caption."""
    html = page(
        f"""<article><p>{PARAGRAPH}</p>
        <figure><img src="a.jpg" alt="">
        <figcaption><span>© Agence Rhône Presse</span>
        <span>Les vendanges à Tain-l'Hermitage.</span></figcaption></figure>
        <p>{PARAGRAPH}</p></article>"""
    )
    article = clean_html(html, "p.html")
    figures = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.FIGURE]
    assert figures == ["© Agence Rhône Presse Les vendanges à Tain-l'Hermitage."]


def test_markup_written_into_an_alt_text_is_not_shown() -> None:
    html = page(
        f"""<article><p>{PARAGRAPH}</p>
        <img src="a.jpg" alt="&lt;span style=&quot;font-size:13px;&quot;&gt;La gare de Lyon
        sous la neige&lt;/span&gt;">
        <p>{PARAGRAPH}</p></article>"""
    )
    article = clean_html(html, "p.html")
    figures = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.FIGURE]
    assert figures == ["La gare de Lyon sous la neige"]
    assert [image.alt for image in article.images] == ["La gare de Lyon sous la neige"]


def test_a_picture_given_only_in_a_source_set_keeps_its_widest_file() -> None:
    """Lazy-loading pages put a blank GIF in src and the picture in data-srcset."""
    blank = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="
    sources = "page_files/c_fill,w_80/viaduc.jpg 80w, page_files/c_fill,w_800/viaduc.jpg 800w"
    html = page(
        f"""<article><p>{PARAGRAPH}</p>
        <img src="{blank}" alt="Le viaduc de Millau dans la brume du matin"
        data-srcset="{sources}">
        <img srcset="page_files/pont.jpg 1x, page_files/pont@2x.jpg 2x"
        alt="Le pont de Normandie vu du port">
        <p>{PARAGRAPH}</p></article>"""
    )
    article = clean_html(html, "p.html")
    assert [(i.src, i.alt) for i in article.images] == [
        ("page_files/c_fill,w_800/viaduc.jpg", "Le viaduc de Millau dans la brume du matin"),
        ("page_files/pont@2x.jpg", "Le pont de Normandie vu du port"),
    ]


@pytest.mark.parametrize("descriptor", ["²w", "9" * 5000 + "w", "w", "-3w", "1e400x", ""])
def test_a_source_set_with_odd_descriptors_gives_its_first_picture(descriptor: str) -> None:
    html = page(
        f"""<article><p>{PARAGRAPH}</p>
        <img srcset="page_files/a.jpg {descriptor}, page_files/b.jpg"
        alt="Le pont de Normandie vu du port"><p>{PARAGRAPH}</p></article>"""
    )
    article = clean_html(html, "p.html")
    assert [i.src for i in article.images] == ["page_files/a.jpg"]


def test_camel_case_class_names_are_read_word_by_word() -> None:
    """'articleShareBtn' names a share button, 'trendingNow' a list of other articles."""
    teaser = (
        "Un autre quartier de la ville prépare sa fête de rue et cherche des bénévoles pour "
        "tenir la buvette, monter la scène et ranger les chaises le dimanche soir."
    )
    html = page(
        f"""<article><div class="articleSharePic"><div class="articleShareBtn">
        <span>Partager sur le réseau</span></div><img src="rue.jpg" alt="La rue en fête"></div>
        <p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>
        <div class="trendingNow"><p>{teaser}</p><p>{teaser}</p></div>
        <div class="mostRead"><p>{teaser.replace("buvette", "tombola")}</p></div>
        <p>{PARAGRAPH}</p></article>"""
    )
    article = clean_html(html, "p.html")
    assert "Partager" not in article.text
    assert "buvette" not in article.text
    assert "tombola" not in article.text
    assert article.text.count(PARAGRAPH) == 4


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("Ann Lee has covered the council for the Courier since 2019.", False),
        ("Ann is our deals editor and spends too much on what she posts.", False),
        ("Ann Lee Park reopens on Monday with a new playground.", True),  # a name, not a verb
        ("Tom Reyes has covered the council for the Courier since 2019.", True),  # not the author
        # The first name alone, with nothing of a writer's work: someone else called Ann.
        ("Ann said the council would vote again in June.", True),
    ],
)
def test_a_note_about_the_author_closing_the_article_goes(note: str, kept: bool) -> None:
    html = page(
        f"<article><p>{ENGLISH}</p><p>{ENGLISH} Again.</p><p>{note}</p></article>",
        head="<meta name='author' content='Ann Lee'>",
    ).replace("lang='fr'", "lang='en'")
    article = clean_html(html, "p.html")
    assert article.byline == "Ann Lee"
    assert (note in article.text) is kept
    assert article.text.startswith(ENGLISH)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Medically reviewed by Ann Carter, MD", False),
        ("Fact checked by Tom Reyes", False),
        ("Relu par Jeanne Martin", False),
        ("Reviewed by the council in May", True),  # no names: a phrase of the story
    ],
)
def test_a_reviewer_credit_at_the_top_is_dropped_without_becoming_the_byline(
    line: str, kept: bool
) -> None:
    html = page(f"<article><h1>Library stays open</h1><p>{line}</p><p>{ENGLISH}</p></article>")
    article = clean_html(html.replace("lang='fr'", "lang='en'"), "p.html")
    assert (line in article.text) is kept
    assert ENGLISH in article.text
    assert article.byline is None


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Updated at 1:23 p.m.", False),
        ("Updated 10:05 ET", False),
        ("Mis à jour à 14h32", False),
        ("Updated at 1:23 p.m. after the vote, the council said.", True),  # a sentence
    ],
)
def test_an_update_time_closing_the_article_is_dropped(line: str, kept: bool) -> None:
    html = page(f"<article><p>{ENGLISH}</p><p>{ENGLISH} Again.</p><p>{line}</p></article>")
    article = clean_html(html.replace("lang='fr'", "lang='en'"), "p.html")
    assert (line in article.text) is kept
    assert article.text.startswith(ENGLISH)


def test_the_newsrooms_own_closing_line_is_no_note_about_an_author() -> None:
    # The author field names the site itself: its last line is the story's.
    note = "Harbour News has asked the council for a comment."
    html = page(
        f"<article><p>{ENGLISH}</p><p>{ENGLISH} Again.</p><p>{note}</p></article>",
        head="<meta name='author' content='Harbour News'>"
        "<meta property='og:site_name' content='Harbour News'>",
    ).replace("lang='fr'", "lang='en'")
    article = clean_html(html, "p.html")
    assert article.byline == "Harbour News"
    assert note in article.text


def test_the_closing_note_goes_not_an_earlier_paragraph_with_its_words() -> None:
    note = "Ann Lee has covered the council for the Courier since 2019."
    html = page(
        f"<article><p>{ENGLISH}</p><p>{note}</p><p>{ENGLISH} Again.</p><p>{note}</p></article>",
        head="<meta name='author' content='Ann Lee'>",
    ).replace("lang='fr'", "lang='en'")
    article = clean_html(html, "p.html")
    texts = [article.block_text(b) for b in article.blocks]
    assert texts == [ENGLISH, note, f"{ENGLISH} Again."]
