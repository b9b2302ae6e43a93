"""Layouts where a readability-style reader keeps too little or too much of a news page.

One small page per layout seen on real sites: an article split over several
containers, a lead in the story header, a live blog, a gallery told by its
captions, a body only in <noscript>, teaser grids, promos, captions in opaque
boxes. Each test checks what a reader must see (every paragraph, in order) and
what it must not (the furniture around it).
"""

from __future__ import annotations

from reader.article import Article, BlockKind
from reader.html_cleaning import extract_article

#: Paragraphs of a made-up story about a harbour ferry, each one distinct.
STORY = [
    "The harbour ferry resumed service on Monday after a winter of repairs to its hull, "
    "its engines and the old wooden gangway that passengers had long complained about.",
    "Dock workers spent three months replacing the rusted plates below the waterline, "
    "a job the operator said could not wait another season without risking a breakdown.",
    "Commuters who had driven around the bay since November welcomed the return, saying "
    "the crossing saved them almost an hour each way on the busiest days of the week.",
    "The operator plans to add a late crossing on Fridays during the summer, when the "
    "island's restaurants and the open-air cinema draw visitors from the mainland.",
    "Ticket prices will stay the same until the autumn, although a review of the fares "
    "is expected once the cost of the repairs has been shared out with the regional council.",
    "Environmental groups asked for the new engines to be tested for noise, pointing out "
    "that a colony of seals rests on the sandbank next to the ferry's northern route.",
    "A second vessel, bought second-hand from a Norwegian company, should join the fleet "
    "next year and allow the timetable to double during the peak of the tourist season.",
]
HEAD = "<head><meta charset='utf-8'><title>Harbour ferry is back - Bay Courier</title></head>"
MENU = "<div class='topbar'><a href='/'>Home</a> <a href='/local'>Local</a></div>"
FOOT = "<div class='site-footer-links'><a href='/about'>About us</a></div>"


def page(body: str) -> str:
    return f"<!DOCTYPE html><html lang='en'>{HEAD}<body>{MENU}{body}{FOOT}</body></html>"


def paragraphs(*indexes: int) -> str:
    return "".join(f"<p>{STORY[i]}</p>" for i in indexes)


def prose(article: Article) -> list[str]:
    return [article.block_text(b) for b in article.blocks if b.kind is not BlockKind.FIGURE]


def captions(article: Article) -> list[str]:
    return [article.block_text(b) for b in article.blocks if b.kind is BlockKind.FIGURE]


def assert_story(article: Article, *indexes: int) -> None:
    """The given paragraphs are all in the prose, whole and in order."""
    text = "\n".join(prose(article))
    positions = [text.find(STORY[i]) for i in indexes]
    assert -1 not in positions, [i for i, p in zip(indexes, positions, strict=True) if p < 0]
    assert positions == sorted(positions)


def test_an_article_split_over_wrapped_sibling_containers_is_kept_whole() -> None:
    body = (
        "<article class='story'><h1>Harbour ferry is back</h1>"
        f"<div class='chunk'><div>{paragraphs(0, 1)}</div></div>"
        f"<div class='chunk'><div>{paragraphs(2, 3, 4)}</div></div>"
        f"<div class='chunk'><div>{paragraphs(5, 6)}</div></div></article>"
    )
    assert_story(extract_article(page(body)), *range(7))


def test_one_paragraph_per_card_keeps_the_card_whose_paragraph_has_a_link() -> None:
    cited = "The survey was published on Friday by <a href='/r'>the port authority</a>."
    cards = [f"<p>{text}</p>" for text in STORY[:5]]
    cards.insert(3, f"<p>{cited}</p>")
    body = "<div class='feed'>" + "".join(
        f"<div class='card item'><div class='card-body'>{card}</div></div>" for card in cards
    ) + "</div>"  # fmt: skip
    article = extract_article(page(body))
    assert_story(article, *range(5))
    assert "The survey was published on Friday by the port authority." in prose(article)


def test_a_lead_in_the_story_header_comes_first() -> None:
    lead = "After a winter in dry dock, the bay's only ferry is carrying passengers again."
    body = (
        f"<main><header class='art-head'><h1>Harbour ferry is back</h1><p class='perex'>{lead}</p>"
        f"</header><div class='col-wrap'><div class='art-body'>{paragraphs(*range(6))}</div></div>"
        "</main>"
    )
    article = extract_article(page(body))
    assert prose(article)[0] == lead
    assert_story(article, *range(6))


def test_a_lead_named_in_a_camel_case_class_comes_first() -> None:
    # "storyLead" under the date and the share bar, not right under the headline.
    lead = "After a winter in dry dock, the bay's only ferry is carrying passengers again."
    body = (
        "<main><header class='art-head'><h1>Harbour ferry is back</h1>"
        "<div class='meta'><span>12 March</span></div>"
        "<div class='shareBar'><a href='/share'>Share</a></div>"
        f"<div class='storyLead'><span>{lead}</span></div></header>"
        f"<div class='col-wrap'><div class='art-body'>{paragraphs(*range(6))}</div></div></main>"
    )
    article = extract_article(page(body))
    assert prose(article)[0] == lead
    assert_story(article, *range(6))


def test_the_sentence_under_the_headline_is_the_lead_and_a_caption_is_not() -> None:
    # The story header gives no class word: the standfirst is the sentence
    # set right under the headline's box. The header's picture has a caption
    # that schema.org marks as its description: a caption, not the lead.
    lead = "After a winter in dry dock, the bay's only ferry is carrying passengers again."
    caption = "The ferry leaving the dry dock on Sunday, its hull freshly painted."
    body = (
        f"<article><header class='css-q7vr1p'><div class='css-1rk3'><h1>Harbour ferry is back"
        f"</h1></div><p class='css-z6dj7x'>{lead}</p><div class='css-79el'><figure>"
        f"<img src='f.jpg'><figcaption itemprop='caption description'>{caption}</figcaption>"
        "</figure></div><div class='css-xt80'><p>By Ann Reed</p></div></header>"
        f"<section class='css-1i2y'>{paragraphs(*range(6))}</section></article>"
    )
    article = extract_article(page(body))
    assert prose(article)[0] == lead
    assert caption not in prose(article)
    assert_story(article, *range(6))


def test_a_lead_heading_marked_as_the_description_comes_first_as_a_paragraph() -> None:
    # The standfirst is a heading under the headline, marked by schema.org's
    # itemprop as the article's description; a sub-heading that is not stays out.
    lead = "After a winter in dry dock, the bay's only ferry is carrying passengers again."
    body = (
        f"<article><header class='art-head'><h1>Harbour ferry is back</h1>"
        f"<h2 itemprop='description'>{lead}</h2><h3>Our coverage of the bay's transport</h3>"
        f"</header><section class='art-guts'>{paragraphs(*range(6))}</section></article>"
    )
    article = extract_article(page(body))
    assert prose(article)[0] == lead
    assert article.blocks[0].kind is BlockKind.PARAGRAPH
    assert "Our coverage" not in article.text
    assert_story(article, *range(6))


def test_link_dense_content_inside_the_article_stays() -> None:
    body = (
        f"<article><div class='entry'>{paragraphs(0, 1)}<p>Sources for this report:</p>"
        "<ul><li><a href='/a'>Port authority annual report</a></li>"
        "<li><a href='/b'>Minutes of the harbour committee</a></li></ul>"
        f"{paragraphs(2)}<p><a href='mailto:news@courier.example'>news@courier.example</a></p>"
        f"<h2><a href='/fares'>What the new timetable means for fares</a></h2>{paragraphs(3)}"
        "</div></article>"
    )
    text = "\n".join(prose(extract_article(page(body))))
    for line in (
        "Port authority annual report",
        "Minutes of the harbour committee",
        "news@courier.example",
        "What the new timetable means for fares",
    ):
        assert line in text
    assert_story(extract_article(page(body)), 0, 1, 2, 3)


def test_short_blocks_in_small_containers_stay() -> None:
    body = (
        f"<article><div class='entry'>{paragraphs(0)}"
        "<div class='step'><p><strong>1. Buy a ticket at the kiosk</strong></p></div>"
        f"{paragraphs(1)}<div class='snippet'><pre><code>ferry --next</code></pre></div>"
        "<div class='row'><div class='col-6'><p>+44 20 7946 0958</p></div>"
        f"<div class='col-6'><p>Open 6am-11pm</p></div></div>{paragraphs(2, 3)}</div></article>"
    )
    article = extract_article(page(body))
    text = "\n".join(prose(article))
    for line in ("1. Buy a ticket at the kiosk", "ferry --next", "+44 20 7946 0958"):
        assert line in text
    assert_story(article, 0, 1, 2, 3)


def test_a_sidebar_subtitle_is_not_moved_into_the_article() -> None:
    body = (
        "<div class='grid'><div class='cell sidebar'><div class='post-info'>"
        "<h2 class='subtitle'>Night shift at the dry dock, in pictures</h2>"
        "<p>Written by our harbour desk</p></div></div>"
        f"<div class='cell main-col'><div class='article-text'>{paragraphs(*range(6))}</div></div>"
        "</div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(6))
    assert "Night shift" not in article.text and "harbour desk" not in article.text


def test_promo_lines_after_the_last_paragraph_go() -> None:
    promos = [
        "Let the morning briefing land in your inbox before breakfast, every weekday.",
        "Enjoyed this story? Pass it on to a friend!",
        "Get the Bay Courier app for iPhone and Android to read the latest stories.",
        "Tell us what you think of this article: write a letter to the editor.",
        "Please log in as a member to read the full story.",
    ]
    body = (
        f"<article><div class='body'>{paragraphs(*range(5))}"
        + "".join(f"<p>{p}</p>" for p in promos)
        + "<h3>More Great Courier Stories</h3></div></article>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(5))
    assert prose(article)[-1] == STORY[4]


def test_a_teaser_grid_under_a_label_in_another_language_goes() -> None:
    teasers = "".join(
        f"<div class='tmb'><a href='/t{i}'>Another headline {i}</a> A line about story {i},"
        " with a detail or two for the curious.</div>"
        for i in range(8)
    )
    body = (
        f"<div id='ct'><h1>Harbour ferry is back</h1>{paragraphs(*range(6))}"
        f"<div id='tb'><h2>Najczęściej czytane</h2>{teasers}</div></div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(6))
    assert "Another headline" not in article.text and "A line about story" not in article.text


def test_captions_in_opaque_boxes_are_figures_not_prose() -> None:
    body = (
        f"<article><section class='articlebody'>{paragraphs(0)}"
        "<p><span class='storyimage'><img src='/a.jpg' alt='x'><span class='caption'>"
        "<span class='attribution'>© A. Smith</span> The ferry leaves the dry dock.</span>"
        f"</span></p>{paragraphs(1)}"
        "<div class='pic'><img src='/b.jpg'><div class='txt'>The rusted gangway, removed.</div>"
        f"</div>{paragraphs(2)}<div class='gallery-overlay-title'>Harbour ferry is back</div>"
        f"{paragraphs(3)}</section></article>"
    )
    article = extract_article(page(body))
    assert_story(article, 0, 1, 2, 3)
    text = "\n".join(prose(article))
    assert "dry dock." not in text
    assert "The rusted gangway, removed." not in text
    assert "Harbour ferry is back" not in text


def test_header_meta_in_other_languages_goes() -> None:
    body = (
        "<article><div class='post'><p>lunes, 12 de febrero de 2024 a las 9:41</p>"
        "<p>Tempo de leitura: 4 minutos</p>"
        "<div class='article_date'>12 февраля 2024 - 09:41</div>"
        "<p>12/02/2024 - Publicado por: Rui Costa - Categoria: Porto - Tags: ferry barcos</p>"
        f"{paragraphs(*range(5))}</div></article>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(5))
    assert prose(article)[0] == STORY[0]


def test_contributor_lines_do_not_cut_the_article() -> None:
    body = (
        f"<article><div class='body'>{paragraphs(*range(5))}"
        "<p>Sam Lee contributed reporting from the island.</p>"
        "<p>Write to Ana Ruiz at ana.ruiz@courier.example</p>"
        "<p>Copyright 2024 Bay Courier. All rights reserved.</p></div></article>"
    )
    assert_story(extract_article(page(body)), *range(5))


def test_a_short_post_beside_a_container_of_teaser_articles_is_the_article() -> None:
    teasers = "".join(
        f"<article class='post post-{10 + i}'><h2><a href='/p{i}'>Earlier post {i}</a></h2>"
        f"<p>{STORY[(i + 3) % 7]}</p><p>{STORY[(i + 5) % 7]}</p></article>"
        for i in range(8)
    )
    body = (
        "<div id='primary'><article class='post post-1 single'><h1>Harbour ferry is back</h1>"
        f"<div class='entry'>{paragraphs(0, 1, 2)}</div></article>"
        f"<article class='post post-1 more-posts'>{teasers}</article></div>"
    )
    article = extract_article(page(body))
    assert_story(article, 0, 1, 2)
    assert "Earlier post" not in article.text
    assert len(prose(article)) == 3


#: A front page's stories, by section: headline and author; each summary is one of STORY's.
FRONT_PAGE = {
    "Local": [
        ("Ferry back on the bay", "Ana Ruiz"),
        ("Hull plates replaced below the waterline", "Sam Lee"),
        ("An hour saved each way", "Ana Ruiz"),
    ],
    "Travel": [
        ("A late crossing on summer Fridays", "Tom Berg"),
        ("Fares frozen until the autumn", "Sam Lee"),
    ],
    "Opinion": [
        ("Seals and the new engines", "Eva Holm"),
        ("A Norwegian ferry joins the fleet", "Tom Berg"),
    ],
}
HEADLINES = [headline for stories in FRONT_PAGE.values() for headline, _ in stories]


def front_page() -> str:
    """A news site's front page: sections of story cards, each a few lines besides its summary."""
    sections = ""
    for section, stories in FRONT_PAGE.items():
        cards = ""
        for headline, author in stories:
            i = HEADLINES.index(headline)
            cards += (
                f"<li><article><figure><a href='/story/{i}'><img src='/i{i}.jpg' alt=''></a>"
                "<figcaption><span>Credit</span>Kim Lee for the Bay Courier</figcaption></figure>"
                f"<div><h3>{section}</h3><h2><a href='/story/{i}'>{headline}</a></h2>"
                f"<p>{STORY[i]}</p><p>By {author}</p></div></article></li>"
            )
        sections += (
            f"<section class='section section--{section.lower()}'><header><h2><a "
            f"href='/{section}'>{section}</a></h2><a href='/{section}'>More in {section} ›</a>"
            f"</header><ol>{cards}</ol></section>"
        )
    masthead = "<header><h1><a href='/'>Bay Courier</a></h1></header>"
    return page(f"{masthead}<main>{sections}</main>")


def test_a_front_page_of_story_cards_lists_every_story_not_one() -> None:
    # The page has no article: readability picks the card that scores best,
    # which read as if it were the page, the other six stories gone. The
    # site's logo is its <h1>; each section's class has a modifier.
    article = extract_article(front_page())
    headings = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.HEADING]
    assert headings == HEADLINES
    summaries = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.PARAGRAPH]
    assert summaries == STORY[: len(HEADLINES)]
    assert "Home" not in article.text and "About us" not in article.text


def excerpts(title: str) -> str:
    """A column of six other stories beside an article, each a linked headline and a summary."""
    items = "".join(
        f"<article class='excerpt'><h3><a href='/story/{i}'>{HEADLINES[i]}</a></h3>"
        f"<p>{STORY[i]}</p></article>"
        for i in range(6)
    )
    return f"<aside><h2>{title}</h2>{items}</aside>"


def test_a_post_whose_title_links_to_itself_beside_excerpts_is_the_article() -> None:
    # The post is shaped like a card (a linked headline over a paragraph), but
    # not like the column's: it is the page's article, whole.
    post = (
        "<main><article class='post single'><h2><a href='/notes'>Notes from the crossing</a></h2>"
        "<div class='entry'><p>I took the first ferry back across the bay this morning; the deck "
        "still smelled of fresh paint.</p><p>More pictures soon.</p></div></article></main>"
    )
    article = extract_article(page(post + excerpts("Recent posts")))
    assert prose(article)[-2:] == [
        "I took the first ferry back across the bay this morning; the deck still smelled of "
        "fresh paint.",
        "More pictures soon.",
    ]
    assert "Hull plates" not in article.text


def test_a_post_in_a_grid_column_beside_excerpts_is_the_article() -> None:
    # Shaped like a card, and its column differs from the excerpts' by a number
    # only ("col-md-8", "col-md-4"): its own class ("single") tells it apart.
    note = (
        "I took the first ferry back across the bay this morning; the deck still smelled of "
        "fresh paint and the coffee was as bad as ever."
    )
    post = (
        "<div class='row'><div class='col-md-8'><article class='post single'><h2><a "
        f"href='/notes'>Notes from the crossing</a></h2><div class='entry'><p>{note}</p></div>"
        "</article></div><div class='col-md-4'><h2>Recent posts</h2>"
    )
    items = "".join(
        f"<article class='post'><h2><a href='/p/{i}'>{HEADLINES[i]}</a></h2><p>{STORY[i]}</p>"
        "</article>"
        for i in range(6)
    )
    article = extract_article(page(f"{post}{items}</div></div>"))
    assert note in prose(article)
    assert "Hull plates" not in article.text


def test_a_brief_listed_among_the_latest_stories_is_the_article() -> None:
    # Its one paragraph is also its summary in the list beside it: the page
    # has a headline of its own (an <h1>), so it is an article.
    brief = f"<main><article><h1>{HEADLINES[0]}</h1><p>{STORY[0]}</p></article></main>"
    article = extract_article(page(brief + excerpts("Latest")))
    assert prose(article) == [STORY[0]]


def test_an_article_in_a_wrapper_named_footer_is_found() -> None:
    disclosure = (
        "Some of the offers on this site come from partners who pay us, which may change how "
        "and where their products appear, including the order in which they are listed. We do "
        "not list every offer on the market and we try to be fair to all of them."
    )
    body = (
        f"<section class='disclosure'><p>{disclosure}</p></section>"
        f"<div class='above-footer'><div class='article-body-content'>{paragraphs(*range(6))}"
        "</div></div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(6))
    assert "partners who pay us" not in article.text


def test_a_live_blog_keeps_its_lead_and_every_entry() -> None:
    lead = "Follow the first crossings of the season here, as they happen."
    entries = "".join(
        f"<div class='entry-{i} post'><time>{9 + i}:00</time><div class='txt'>"
        f"<p>{STORY[i]}</p></div></div>"
        for i in range(5)
    )
    body = (
        f"<article><div class='live-body'><div class='live-lead'><p>{lead}</p></div>"
        f"<div class='entries'>{entries}</div></div></article>"
    )
    article = extract_article(page(body))
    assert prose(article)[0] == lead
    assert_story(article, *range(5))


def test_a_body_only_in_noscript_is_read() -> None:
    body = (
        "<div class='post'><h3 class='post-title'>Harbour ferry is back</h3>"
        "<div class='post-body'><script>draw()</script>"
        f"<noscript>{paragraphs(0, 1, 2, 3)}</noscript></div></div>"
    )
    article = extract_article(page(body))
    assert_story(article, 0, 1, 2, 3)
    assert "About us" not in article.text


def test_a_gallery_told_by_its_captions_keeps_every_caption() -> None:
    slides = "".join(
        f"<figure class='slide'><img src='/s{i}.jpg'><figcaption><p>{STORY[i]}</p></figcaption>"
        "</figure>"
        for i in range(6)
    )
    body = (
        "<article class='gallery'><h1>The ferry's winter</h1>"
        f"<div class='slides'>{slides}</div></article>"
    )
    article = extract_article(page(body))
    shown = "\n".join(article.block_text(b) for b in article.blocks)
    assert all(text in shown for text in STORY[:6])


def test_a_list_of_linked_items_closing_the_article_stays() -> None:
    items = "".join(
        f"<li><a href='/s{i}'>Section {i}</a>: what the issue says about ferries, part {i}.</li>"
        for i in range(5)
    )
    body = f"<article><div class='body'>{paragraphs(*range(5))}<ul>{items}</ul></div></article>"
    text = "\n".join(prose(extract_article(page(body))))
    assert all(f"Section {i}: what the issue says" in text for i in range(5))


def test_linked_sub_headings_over_a_picture_and_a_paragraph_stay() -> None:
    sections = "".join(
        f"<h3><a href='/g{i}'>Crossing number {i}</a></h3>"
        f"<div class='player-wrap'><iframe src='/v{i}'></iframe></div><p>{STORY[i]}</p>"
        for i in range(4)
    )
    body = f"<article><div class='body'>{paragraphs(5)}{sections}{paragraphs(6)}</div></article>"
    article = extract_article(page(body))
    assert_story(article, 5, 0, 1, 2, 3, 6)
    headings = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.HEADING]
    assert headings == [f"Crossing number {i}" for i in range(4)]


def test_linked_headlines_of_a_weekly_edition_over_their_bylines_stay() -> None:
    # An edition of several stories: each linked headline, then its byline
    # and date, then the story; a headline followed by links is a teaser's.
    sections = "".join(
        f"<h2><a href='/s{i}'>Crossing number {i}</a></h2>"
        f"<div class='byline'>By <b>Ana Silva</b><br>March {i + 2}</div><p>{STORY[i]}</p>"
        for i in range(4)
    )
    teaser = (
        "<h2><a href='/t'>Elsewhere</a></h2>"
        "<ul><li><a href='/m'>Market hall</a></li><li><a href='/b'>Bridge</a></li></ul>"
    )
    body = f"<div class='edition'>{sections}{teaser}{paragraphs(4, 5)}</div>"
    article = extract_article(page(body))
    assert_story(article, 0, 1, 2, 3, 4, 5)
    headings = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.HEADING]
    assert headings == [f"Crossing number {i}" for i in range(4)]


def test_an_opening_paragraph_beside_a_read_more_wrapper_is_kept() -> None:
    # The story's first paragraph sits in the story body; the rest is behind a
    # "Read more" wrapper that holds most of the page's prose: the widening
    # stopped there, the button being no prose, and the opening was lost.
    notice = (
        "<div class='author-notice'><p>Your account is not approved yet: an approved author "
        "has two complete articles ready to be published in the account.</p></div>"
    )
    body = (
        f"<div class='story-body'><p>{STORY[0]}</p>"
        "<div class='continued'><div class='continued-link'><a href=''>Read more</a></div>"
        f"<div class='continued-text'><p>{STORY[1]} {STORY[2]}</p>{paragraphs(3, 4, 5, 6)}</div>"
        "</div></div>"
        f"<div class='wrap'>{notice}</div>"
    )
    article = extract_article(page(f"<div class='page'><div class='main'>{body}</div></div>"))
    assert_story(article, 0, 1, 2, 3, 4, 5, 6)
    assert "not approved" not in article.text


def test_an_opening_paragraph_in_a_block_beside_a_buy_box_is_kept() -> None:
    # A review opens in a block of its own above the body, among a score box
    # and a gallery's label: the step up to their wrapper adds only about two
    # thirds prose, and the opening was lost.
    score = (
        "<div class='score-box'><p>Harbour ferry pass, from $12.00 "
        "<a href='/buy'>Buy now</a></p><p>Score 87</p></div>"
    )
    gallery = "<div class='gallery-label'><h4>Gallery: the ferry | 14 photos</h4></div>"
    body = (
        f"<article><div class='review'><div class='block'>{score}</div>"
        f"<div class='block'>{paragraphs(0)}</div><div class='block'>{gallery}</div>"
        f"<div class='review-body'>{paragraphs(*range(1, 7))}</div></div></article>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(7))


def test_a_story_continued_under_a_read_more_label_keeps_its_end() -> None:
    # A "Read more" label opens the box that holds the rest of the story, in
    # short paragraphs: the label heads the story's end, not a list of links.
    body = (
        f"<div class='story'>{paragraphs(0, 1, 2)}"
        f"<div class='more'><p>Read more</p>{paragraphs(3, 4, 5, 6)}</div></div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(7))
    assert "Read more" not in article.text


def test_an_article_in_sections_split_by_rules_keeps_every_section() -> None:
    # A blog platform puts each part of a post in its own section, with a rule
    # between them; one part holds most of the prose, and the widening stopped
    # there, so a short part between two others (a list it introduces) was lost.
    def part(inner: str) -> str:
        wrapped = f"<div class='frame'><div class='col'>{inner}</div></div>"
        return f"<section class='sect'>{wrapped}</section>"

    steps = "".join(f"<li>Step {n}: the crew checks the {what}.</li>" for n, what in (
        (1, "hull plates"), (2, "engine mounts"), (3, "gangway hinges")))  # fmt: skip
    body = "<article><div class='post'>" + "<hr>".join([
        part(f"<h1>Harbour ferry is back</h1>{paragraphs(0)}"),
        part(f"<p>{STORY[1]} The checks before each crossing are:</p><ol>{steps}</ol>"),
        part(paragraphs(2, 3, 4, 5) + paragraphs(2, 3, 4, 5).replace("<p>", "<p>Again: ")),
        part(paragraphs(6)),
    ]) + "</div></article>"  # fmt: skip
    article = extract_article(page(body))
    assert_story(article, 0, 1, 2, 6)
    assert "Step 2: the crew checks the engine mounts." in prose(article)


def test_a_notice_after_the_article_in_a_box_of_the_same_shape_is_left_out() -> None:
    # A press release's "About the company" box has the shape of the text box
    # above it; with no rule between them it is not a part of the article.
    about = (
        "Bay Ferries is a transport company that runs four crossings in the bay and has "
        "a staff of two hundred people in its offices in three harbours of the region."
    )
    body = (
        f"<div class='release'><div class='par block'>{paragraphs(*range(7))}</div>"
        f"<div class='par block'><p>{about}</p></div></div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(7))
    assert about not in article.text


def test_the_next_story_loaded_below_the_article_is_left_out() -> None:
    # A site loads the next story under the article, in a box of the same
    # shape after a rule; its own headline (<h1>) tells it is another story.
    nxt = (
        "The town council voted on Tuesday to close the old market hall for a year of work "
        "on its roof, its heating and the stalls that the traders rent by the week."
    )
    body = (
        f"<div class='stream'><div class='unit box'><h1>Harbour ferry is back</h1>"
        f"{paragraphs(*range(7))}</div><hr>"
        f"<div class='unit box'><h1>Market hall to close</h1><p>{nxt}</p></div></div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(7))
    assert nxt not in article.text


def test_the_articles_footnotes_are_kept_and_the_page_footer_is_not() -> None:
    # "foot" in a class names a page footer, to readability as to us; notes
    # the article cites are its text all the same.
    notes = [
        "Figures from the operator's annual report, published in March.",
        "The council's share of the repairs is still being discussed.",
    ]
    body = (
        f"<article><div class='post-text'>{paragraphs(*range(7))}</div>"
        "<div class='footnotes'><ol>"
        + "".join(
            f"<li id='fn{i}'><p>{n} <a href='#ref{i}'>↩</a></p></li>" for i, n in enumerate(notes)
        )
        + "</ol></div></article>"
        "<div class='footer'><p>Copyright Bay Courier, all rights reserved, 2024.</p></div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(7))
    assert all(note in article.text for note in notes)
    assert "all rights reserved" not in article.text


def test_sub_headings_in_boxes_of_their_own_are_kept() -> None:
    # Each section's heading sits alone in a box, its paragraphs in the next.
    # A box heading links, not prose, is no sub-heading of the article.
    def box(title: str, inner: str) -> str:
        return (
            f"<div class='grid-cell'><div class='sec-title'><h2>{title}</h2></div></div>"
            f"<div class='grid-cell'><div class='sec-text'>{inner}</div></div>"
        )

    links = "<p><a href='/a'>Market hall to close</a></p><p><a href='/b'>Bridge delayed</a></p>"
    body = (
        f"<div class='post'>{box('Repairs', paragraphs(0, 1, 2))}{box('Elsewhere', links)}"
        f"{box('Timetable', paragraphs(3, 4))}{box('What next', paragraphs(5, 6))}</div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(7))
    headings = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.HEADING]
    assert headings == ["Repairs", "Timetable", "What next"]


def test_a_reference_articles_see_also_and_references_are_kept() -> None:
    # A sectioned article closes with its own "See also", references and
    # further reading: link lists, but the article's text (a portal box may
    # float beside a section's start; the site's menus follow the last). A
    # "See also" box of other stories, with no sections of its own, stays out.
    see_also = ["Ferry", "Harbour master", "Sandbank seals"]
    works = [
        "Harbour Board (2019). <i>Annual report on the fleet</i>. Bay Press. p. 12.",
        "Marsh, Ellen (2021). <i>Hulls and gangways: a century of crossings</i>.",
    ]
    body = (
        "<div class='entry'><h1>Bay ferry</h1>"
        f"<h2>History</h2>{paragraphs(0, 1, 2)}<h2>Service</h2>{paragraphs(3, 4)}"
        "<h2>See also<span>[<a href='/edit/3'>edit</a>]</span></h2>"
        "<div role='navigation' class='portal'><ul><li><a href='/p'>Ships portal</a></li>"
        "</ul></div><ul>"
        + "".join(f"<li><a href='/wiki/{i}'>{name}</a></li>" for i, name in enumerate(see_also))
        + "</ul><h2>References</h2><div class='reflist'><ol class='references'>"
        + "".join(
            f"<li><a href='/w/{i}'>^</a> <a href='/b/{i}'>{w}</a></li>" for i, w in enumerate(works)
        )
        + "</ol></div><h2>Further reading</h2><ul><li><a href='/c'>Crossing the bay, "
        "an oral history</a></li></ul><div role='navigation' class='navbox'><a href='/f'>Ferries"
        "</a> <a href='/g'>Bay transport</a> <a href='/h'>Harbours of the coast</a></div></div>"
        "<div class='related'><h3>See also</h3><ul><li><a href='/x'>Market hall to close"
        "</a></li><li><a href='/y'>Bridge delayed again</a></li></ul></div>"
    )
    article = extract_article(page(body))
    assert_story(article, 0, 1, 2, 3, 4)
    headings = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.HEADING]
    assert headings[-3:] == ["See also[edit]", "References", "Further reading"]
    text = article.text
    assert all(name in text for name in see_also)
    assert "Annual report on the fleet" in text and "Hulls and gangways" in text
    assert "Crossing the bay, an oral history" in text
    assert "Market hall" not in text and "Bridge delayed" not in text
    assert "Ships portal" not in text and "Harbours of the coast" not in text


def test_a_see_also_list_closing_a_story_without_sections_stays_out() -> None:
    # On a news story with no sections, "See also" heads other stories.
    body = (
        f"<div class='story'>{paragraphs(*range(7))}<h3>See also</h3><ul>"
        "<li><a href='/x'>Market hall to close for the summer</a></li>"
        "<li><a href='/y'>Bridge repairs delayed again</a></li></ul></div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(7))
    assert "See also" not in article.text and "Market hall" not in article.text


def test_a_source_cited_as_its_address_stays_and_a_linked_promo_does_not() -> None:
    # A story may close each section with its source, written out as the
    # link's own address: the reader copies it, it is the article's text.
    # A one-line link with words ("Read our guide to the bay") is a promo.
    sources = [
        "https://www.baycourier.example/2019/02/fleet-report.html",
        "harbour.example/notes/12",
    ]
    body = (
        f"<div class='story'><h2>Repairs</h2>{paragraphs(0, 1)}"
        f"<p><a href='{sources[0]}'>{sources[0]}</a></p><h2>Timetable</h2>{paragraphs(2, 3)}"
        f"<p><a href='https://{sources[1]}/'>{sources[1]}</a></p>{paragraphs(4, 5)}"
        "<p><a href='/guide'>Read our guide to the bay's crossings</a></p></div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(6))
    assert all(source in prose(article) for source in sources)
    assert "Read our guide" not in article.text


def test_a_linked_line_between_the_storys_paragraphs_stays_as_reader_view_keeps_it() -> None:
    # A writer points to a related story between two paragraphs ("Read: …"),
    # or two; Firefox Reader View shows the lines, and so does Lisible, in
    # their place, also when one shares a box with a short paragraph (its
    # link must not make the box read as a box of links).
    pointers = [
        "Read: Why the old ferry was retired after forty years",
        "Read: The island's school gets a boat of its own",
        "Read: How the gangway became a local landmark",
    ]
    short = "The crossing takes twenty minutes in calm weather."
    link = "<p><a href='/2019/story-{}'>{}</a></p>"
    body = (
        f"<div class='story'><p><a href='/ferries'>More ferry news</a></p>{paragraphs(0, 1)}"
        f"{link.format(0, pointers[0])}{link.format(1, pointers[1])}{paragraphs(2, 3)}"
        f"<div class='chunk'><p>{short}</p>{link.format(2, pointers[2])}</div>"
        f"{paragraphs(4, 5)}</div>"
    )
    shown = prose(extract_article(page(body)))
    assert shown[:2] == [STORY[0], STORY[1]]  # the line before the story went
    assert shown[2:4] == pointers[:2]
    assert shown[shown.index(STORY[3]) + 1 :] == [short, pointers[2], STORY[4], STORY[5]]


def test_linked_lines_of_furniture_go_even_between_the_storys_paragraphs() -> None:
    # A line in capitals is a promotion, a row of links a toolbar, a link to
    # the page itself a skip link, a bare number a page, three linked lines
    # in a row a list of other stories; and a link line after the story is a
    # promo.
    furniture = [
        "<p><a href='/app'>GET THE BAY COURIER APP BY CLICKING HERE</a></p>",
        "<p><a href='https://x.example/share?u=1'>Post</a> <a href='/print/1'>Print</a></p>",
        "<p><a href='#after-ad'>Skip advertisement</a></p>",
        "<p><a href='?page=2'>2</a></p>",
        "<p><a href='/a'>Island school wins robotics prize</a></p>"
        "<p><a href='/b'>Council approves new marina</a></p>"
        "<p><a href='/c'>Storm warning for the weekend</a></p>",
    ]
    body = "".join(f"{paragraphs(i)}{box}" for i, box in enumerate(furniture))
    body += f"{paragraphs(5, 6)}<p><a href='/guide'>Read our guide to the bay's crossings</a></p>"
    article = extract_article(page(f"<div class='story'>{body}</div>"))
    assert prose(article) == STORY


def test_a_linked_line_keeps_its_place_beside_a_pruned_box_and_goes_if_it_ends_the_story() -> None:
    # A pointer whose box before it is pruned (share buttons) stays where it
    # was; one that only a closing note about the author kept inside the
    # story goes with the note.
    pointer = "Read: Why the old ferry was retired after forty years"
    share = "<li><a href='https://{0}.example/share?u=1'>{0}</a></li>"
    ad = f"<div class='tools'><ul>{share.format('Facebook')}{share.format('Mastodon')}</ul></div>"
    bio = (
        "<div class='author-bio'><p>Ines Moreau has covered the bay and its ferries for the "
        "Courier since 2015, after ten years at the harbour office.</p></div>"
    )
    body = (
        f"<div class='story'>{paragraphs(0, 1)}{ad}<p><a href='/2019/old'>{pointer}</a></p>"
        f"{paragraphs(2, 3)}<p><a href='/tag/ferries'>More about the bay's ferries</a></p>{bio}"
        "</div>"
    )
    assert prose(extract_article(page(body))) == [STORY[0], STORY[1], pointer, STORY[2], STORY[3]]


def test_a_linked_line_comes_back_before_the_words_that_followed_it() -> None:
    # Old table layouts write text straight in the cell: the words after a
    # pointer stay after it.
    pointer = "Read: Why the old ferry was retired after forty years"
    loose = "Words set straight in the cell, after the pointer and before the next paragraph."
    body = (
        f"<table><tr><td>{paragraphs(0, 1)}<p><a href='/x'>{pointer}</a></p>{loose}"
        f"{paragraphs(2, 3)}</td></tr></table>"
    )
    assert prose(extract_article(page(body))) == [*STORY[:2], pointer, loose, *STORY[2:4]]


def test_a_linked_line_does_not_shield_the_promo_or_the_mark_a_page_sets() -> None:
    # Promos closing the article go even with a pointer among them; a page
    # cannot mark its own paragraphs as Lisible's pointers to have them go.
    promo = (
        "Letters to the editor about the ferry can be sent to the Bay Courier at 12 Harbour Street."
    )
    login = "Log in to leave a comment on this story and join the discussion with other readers."
    body = (
        f"<div class='story'>{paragraphs(0, 1, 2)}<p data-lisible-pointer>{STORY[3]}</p>"
        f"<p>{promo}</p><p><a href='/2019/old'>Read: Why the old ferry was retired</a></p>"
        f"<p>{login}</p></div>"
    )
    assert prose(extract_article(page(body))) == STORY[:4]


def test_linked_headlines_apart_or_under_their_pictures_are_no_pointers() -> None:
    # Three linked headlines with empty paragraphs or rules between them are
    # a list; a headline under its linked picture is a card, whether the
    # picture links to the same page or not; a skip link may name the page.
    home = "https://baycourier.example/2019/ferry"
    headlines = ["Island school wins robotics prize", "New marina approved", "Storm warning"]
    listed = [
        "<p><a href='/a'>{}</a></p><p>&nbsp;</p>",
        "<p><a href='/b'>{}</a></p><hr>",
        "<p><a href='/c'>{}</a></p>",
    ]
    cards = [
        "<p><a href='/d'><img src='/d.jpg'></a> <a href='/e'>Market hall closes for summer</a></p>",
        "<div><a href='https://www.baycourier.example/f/'><img src='/f.jpg' alt='The new lamp'>"
        "</a></div><p><a href='/f'>The lighthouse gets a new lamp</a></p>",
        "<p><a href='/2019/ferry/#after-ad'>Skip advertisement</a></p>",
    ]
    blocks = ["".join(x.format(h) for x, h in zip(listed, headlines, strict=True)), *cards]
    body = "".join(f"{paragraphs(i)}{box}" for i, box in enumerate(blocks)) + paragraphs(4, 5)
    article = extract_article(page(f"<div class='story'>{body}</div>"), url=home)
    assert prose(article) == STORY[:6]


def test_a_photo_essays_captions_written_as_list_paragraphs_stay() -> None:
    # Some sites set a picture's caption as a one-item list of a paragraph
    # under the picture; readability scores such a list below zero. A list of
    # linked headlines in paragraphs is still other stories.
    caption = (
        "Clockwise from top: the old gangway; a hull plate eaten through by rust; "
        "the new engines waiting on the quay before being lowered into the hold."
    )
    photo = "<figure><img src='/hull.jpg' alt='The ferry in dry dock'></figure>"
    body = (
        f"<div class='article-body'>{paragraphs(0, 1)}{photo}<ul><li><p>{caption}</p></li></ul>"
        f"<h2>Timetable</h2>{paragraphs(2, 3, 4)}<ul>"
        "<li><p><a href='/a'>Market hall to close for the whole of the summer season</a></p></li>"
        "<li><p><a href='/b'>Bridge repairs delayed again as the council waits for steel</a></p>"
        "</li></ul></div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(5))
    assert caption in article.text
    assert "Market hall" not in article.text and "Bridge repairs" not in article.text


def test_a_featured_picture_above_the_story_keeps_its_caption() -> None:
    # The header box holds the headline, a picture in a box of its own with
    # its caption and an "Enlarge" button, then the story; a picture box
    # linking to another story beside it is a teaser.
    caption = "The ferry back at its berth on Monday morning"
    body = (
        "<div class='article-header'><h1>Harbour ferry is back</h1>"
        "<div id='featured-image-wrapper'><a href='#' class='modal'>Enlarge</a>"
        f"<div><img src='/ferry.jpg' alt='The ferry'></div><div class='txt'>{caption}</div></div>"
        "<div class='box'><img src='/m.jpg' alt=''><a href='/market'>Market hall "
        f"closes</a></div><div class='entry-content'>{paragraphs(*range(7))}</div></div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(7))
    assert captions(article) == [caption]
    assert "Market hall" not in article.text and "Enlarge" not in article.text


def test_the_story_headers_picture_follows_its_lead() -> None:
    # The header holds the headline, the lead and the story's picture; both
    # come to the article, the picture after the lead. A picture in the
    # header's side column stays out.
    lead = "After a winter in dry dock, the bay's only ferry is carrying passengers again."
    caption = "Passengers boarding the ferry on Monday morning."
    body = (
        f"<main><header class='art-head'><h1>Harbour ferry is back</h1><p class='perex'>{lead}</p>"
        f"<div class='media'><div><figure><img src='/f.jpg' alt=''><figcaption>{caption}"
        "</figcaption></figure></div></div><div class='sidebar'><figure><img src='/ad.jpg' alt=''>"
        "<figcaption>Visit the island this summer</figcaption></figure></div></header>"
        f"<div class='col-wrap'><div class='art-body'>{paragraphs(*range(6))}</div></div></main>"
    )
    article = extract_article(page(body))
    assert prose(article)[0] == lead
    assert [article.block_text(b) for b in article.blocks[:2]] == [lead, caption]
    assert_story(article, *range(6))
    assert "Visit the island" not in article.text


def test_notes_pointing_to_other_pages_go_and_an_editors_note_stays() -> None:
    editors = (
        "Editor's note: this article was updated on Tuesday with the operator's new timetable."
    )
    body = (
        f"<div class='entry'><h1>Bay ferry</h1><div role='note'>{editors}</div>"
        "<h2>History</h2><div role='note' class='hatnote'>Main article: "
        f"<a href='/wiki/Ferry'>History of the bay ferry</a></div>{paragraphs(0, 1, 2)}"
        "<h2>Service</h2><div role='note'>For the island's buses, see "
        f"<a href='/wiki/Buses'>Island buses</a>.</div>{paragraphs(3, 4)}</div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(5))
    assert editors in prose(article)
    assert "Main article" not in article.text and "Island buses" not in article.text


def test_a_box_of_links_marked_as_navigation_goes_with_its_row_labels() -> None:
    # A reference site closes its articles with a table of links to related
    # articles, labelled by row; its links go as menus do, and its labels too.
    rows = "".join(
        f"<tr><th>{label}</th><td><ul><li><a href='/{label}/1'>{label} one</a></li>"
        f"<li><a href='/{label}/2'>{label} two</a></li></ul></td></tr>"
        for label in ("Vessels of the bay", "Harbours and piers", "Operators")
    )
    body = (
        f"<div class='entry'><h1>Bay ferry</h1>{paragraphs(*range(5))}"
        f"<div role='navigation' class='box'><table>{rows}</table></div></div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(5))
    assert "Vessels" not in article.text and "Harbours" not in article.text


def test_a_list_between_the_storys_paragraphs_stays_unless_it_is_all_links() -> None:
    # A buyer's guide gives each product's shop under its heading, "Buy it
    # at: <a>shop</a>", a third of it a link; a list of other stories' linked
    # headlines set between two paragraphs still goes.
    body = (
        f"<div class='story'>{paragraphs(0, 1)}<h3>Season pass for $35</h3>"
        "<ul><li><strong>Buy it at:</strong> <a href='https://shop.example/p'>Bay Ferries</a>"
        f"</li></ul>{paragraphs(2, 3)}<ul><li><a href='/x'>Market hall to close for the summer"
        f"</a></li></ul>{paragraphs(4, 5)}</div>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(6))
    assert "Buy it at: Bay Ferries" in article.text
    assert "Market hall" not in article.text


def test_a_heading_whose_text_is_a_link_named_header_stays() -> None:
    # Site generators link each heading to itself, the link named for it
    # ("header-link"); a header or menu class on a link is no page region.
    body = (
        f"<article>{paragraphs(0, 1)}<h2><a class='header-link' href='#timetable'>Timetable</a>"
        f"</h2>{paragraphs(2, 3)}<h2><a class='header-link' href='#fares'>Fares</a></h2>"
        f"{paragraphs(4, 5)}</article>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(6))
    headings = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.HEADING]
    assert headings == ["Timetable", "Fares"]


def test_shop_links_closing_each_section_of_a_buyers_guide_stay() -> None:
    # Each product's section ends with a one-line list of where to buy it;
    # a list of other stories closing one section of a story still goes.
    products = ["Season pass", "Bicycle ticket", "Family card", "Night crossing"]
    guide = "".join(
        f"<h2>{name}</h2>{paragraphs(i)}<ul><li><a href='https://shop.example/{i}'>Get it at "
        f"the Harbour Shop for ${20 + i}</a></li></ul>"
        for i, name in enumerate(products)
    )
    article = extract_article(page(f"<div class='guide'>{guide}</div>"))
    assert_story(article, *range(4))
    assert all(f"Get it at the Harbour Shop for ${20 + i}" in article.text for i in range(4))
    story = (
        f"<div class='story'><h2>Repairs</h2>{paragraphs(0, 1)}<h2>Timetable</h2>"
        f"{paragraphs(2, 3)}<ul><li><a href='/x'>Market hall to close for the summer</a></li>"
        f"</ul><h2>Fares</h2>{paragraphs(4, 5)}</div>"
    )
    article = extract_article(page(story))
    assert_story(article, *range(6))
    assert "Market hall" not in article.text


def test_other_stories_headlines_set_as_lines_of_one_paragraph_go() -> None:
    # Three linked headlines one under the other in one <p>, each with its
    # tag, are a list of other stories however long together; a paragraph
    # whose every line holds a link but whose words are mostly not links stays.
    links = "<br>".join(
        f"<a href='/news/{i}'>{title}</a> [{tag}]"
        for i, (title, tag) in enumerate(
            [
                ("Island council votes to rebuild the old pier before the summer", "INSIGHT"),
                ("Coastguard warns sailors about the sandbank after two groundings", "VIDEO"),
                ("Seal colony counted from the air for the first time in ten years", "REVEAL"),
            ]
        )
    )
    addresses = (
        "Tickets are sold at the <a href='/kiosk'>kiosk</a> by the slipway every morning "
        "from seven.<br>Season passes can be bought from the <a href='/office'>office</a> "
        "on the quay, next to the fish market."
    )
    body = (
        f"<article>{paragraphs(0, 1, 2)}<p>{links}</p><p>{addresses}</p>"
        f"{paragraphs(3, 4)}</article>"
    )
    article = extract_article(page(body))
    assert_story(article, *range(5))
    assert "Island council" not in article.text
    assert "Coastguard" not in article.text
    assert "bought from the office on the quay" in article.text


def test_another_storys_card_inside_the_article_goes() -> None:
    # A box set between two paragraphs: another story's linked headline, a
    # line of its summary and "Read more" to the same page. A box that opens
    # and closes with links to two pages is the article's, as is a box of prose.
    card = (
        "<div class='inset'><a href='/news/pier'><h6>Island pier to be rebuilt</h6></a>"
        "<p>The council has found the money to rebuild the old pier before the </p>"
        "<a href='/news/pier'>Read more</a></div>"
    )
    sources = (
        "<div class='box'><a href='https://port.example/report'>The port's report</a> and "
        "the operator's own figures agree on the cost; <a href='https://ferry.example/'>"
        "Bay Ferries</a></div>"
    )
    prose = f"<div class='box'><a href='/ferry'>The ferry</a>{paragraphs(5, 6)}<a href='/ferry'>"
    prose += "timetable</a></div>"
    # The same card with the site's full address goes too; a product at a shop,
    # laid out alike, is the article's own pick.
    ours = card.replace("/news/pier", "https://www.bay.example/news/dune").replace("pier", "dune")
    shop = (
        "<div class='inset'><a href='https://shop.example/lamp'><h6>Storm lantern</h6></a>"
        "<p>Our pick for the crossing: it ran all night on one charge.</p>"
        "<a href='https://shop.example/lamp'>$29 at Shop</a></div>"
    )
    body = f"<article>{paragraphs(0, 1)}{card}{paragraphs(2)}{ours}{shop}{sources}"
    body += f"{paragraphs(3, 4)}{prose}</article>"
    canonical = "<link rel='canonical' href='https://bay.example/news/ferry'>"
    article = extract_article(page(body).replace("</head>", f"{canonical}</head>"))
    assert_story(article, *range(7))
    assert "Island pier" not in article.text
    assert "found the money" not in article.text
    assert "Island dune" not in article.text
    assert "agree on the cost" in article.text
    assert "Our pick for the crossing" in article.text
