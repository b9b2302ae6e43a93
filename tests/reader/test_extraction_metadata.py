"""Page metadata: lead image and canonical URL from OpenGraph, JSON-LD and links."""

from __future__ import annotations

import lxml.html

from reader.extraction_metadata import page_metadata
from reader.html_cleaning import extract_article


def tree(head: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>")


def test_canonical_link_wins_over_og_url() -> None:
    meta = page_metadata(
        tree(
            '<meta property="og:url" content="https://a.example/p?utm=x">'
            '<link rel="canonical" href="https://a.example/p">'
        )
    )
    assert meta.canonical_url == "https://a.example/p"


def test_relative_addresses_resolve_against_the_page_url_or_base() -> None:
    head = '<link rel="Canonical" href="/news/1"><meta property="og:image" content="img/1.jpg">'
    meta = page_metadata(tree(head), url="https://a.example/news/1?ref=home")
    assert meta.canonical_url == "https://a.example/news/1"
    assert meta.lead_image == "https://a.example/news/img/1.jpg"
    meta = page_metadata(tree('<base href="https://b.example/x/">' + head))
    assert meta.canonical_url == "https://b.example/news/1"
    assert meta.lead_image == "https://b.example/x/img/1.jpg"


def test_json_ld_image_and_page_are_read() -> None:
    head = """<script type="application/ld+json">{"@type": "NewsArticle",
      "image": [{"@type": "ImageObject", "url": "https://c.example/lead.jpg"}],
      "mainEntityOfPage": {"@id": "https://c.example/story"}}</script>"""
    meta = page_metadata(tree(head))
    assert meta.lead_image == "https://c.example/lead.jpg"
    assert meta.canonical_url == "https://c.example/story"


def test_unsafe_or_meaningless_addresses_are_refused() -> None:
    head = (
        '<link rel="canonical" href="javascript:alert(1)">'
        '<meta property="og:image" content="data:image/png;base64,AAAA">'
    )
    meta = page_metadata(tree(head), url="https://a.example/p")
    assert meta.canonical_url is None
    assert meta.lead_image is None


def test_a_saved_page_keeps_its_relative_lead_image() -> None:
    meta = page_metadata(tree('<meta property="og:image" content="page_files/lead.jpg">'))
    assert meta.lead_image == "page_files/lead.jpg"
    assert meta.canonical_url is None


def test_a_long_author_field_is_a_bio_not_a_byline() -> None:
    bio = "Jeanne Martin est journaliste " + "et écrit sur les villes " * 10
    meta = page_metadata(tree(f'<meta name="author" content="{bio}">'))
    assert meta.byline is None


def page(head: str, body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_a_section_heading_is_not_the_title() -> None:
    meta = page_metadata(
        page(
            "<title>Toddlers who eat eggs early may avoid allergy</title>",
            "<h1>Allergies Health Center</h1><p>Text.</p>",
        )
    )
    assert meta.title == "Toddlers who eat eggs early may avoid allergy"


def test_a_greeting_heading_is_not_the_title() -> None:
    meta = page_metadata(
        page(
            "<title>Testing your front-end code | Notes | Ana Silva</title>",
            "<h1>Hi, I'm Ana.</h1><p>Text.</p>",
        )
    )
    assert meta.title == "Testing your front-end code"


def test_a_json_ld_headline_that_is_a_schema_type_is_not_the_title() -> None:
    ld = '{"@type": "Article", "name": "List of rivers of Portugal", "headline": "list article"}'
    meta = page_metadata(
        page(
            f"<title>List of rivers of Portugal - Encyclopedia</title>"
            f"<script type='application/ld+json'>{ld}</script>",
            "<p>Text.</p>",
        )
    )
    assert meta.title == "List of rivers of Portugal"


def test_a_heading_that_agrees_with_the_page_title_is_the_title() -> None:
    meta = page_metadata(
        page(
            "<title>Ferry back in service | Bay Courier</title>",
            "<h1>Ferry back in service after winter repairs</h1><p>Text.</p>",
        )
    )
    assert meta.title == "Ferry back in service after winter repairs"


def test_the_site_name_is_dropped_from_the_shared_title() -> None:
    meta = page_metadata(
        page(
            "<meta property='og:site_name' content='Bay Courier'>"
            "<meta property='og:title' content='Ferry back in service - Bay Courier'>",
            "<p>Text.</p>",
        )
    )
    assert meta.title == "Ferry back in service"


def test_space_separated_meta_properties_each_count() -> None:
    meta = page_metadata(page("<meta property='og:title twitter:title' content='A title'>", ""))
    assert meta.title == "A title"


def test_dublin_core_title_wins_and_plain_and_parsely_title_metas_are_read() -> None:
    dc = "<meta name='DC.title' content='Ferry back in service'>"
    og = "<meta property='og:title' content='Ferry news'>"
    assert page_metadata(page(og + dc, "")).title == "Ferry back in service"
    plain = "<title>Bay Courier</title><meta name='title' content='Ferry back in service'>"
    assert page_metadata(page(plain, "")).title == "Ferry back in service"
    parsely = "<title>Bay Courier</title><meta name='parsely-title' content='Night ferry returns'>"
    assert page_metadata(page(parsely, "")).title == "Night ferry returns"


def test_a_site_suffix_unlike_og_site_name_is_dropped_by_the_host_name() -> None:
    head = (
        "<meta property='og:site_name' content='Courier'>"
        "<link rel='canonical' href='https://www.baycourier.example/news/ferry'>"
        "<meta property='og:title' content='Ferry back in service | BayCourier.example'>"
    )
    assert page_metadata(page(head, "<p>Text.</p>")).title == "Ferry back in service"


def test_a_title_suffix_the_shared_title_leaves_out_is_the_site() -> None:
    head = (
        "<title>Ferry back in service - Harbourworks</title>"
        "<meta name='twitter:title' content='Ferry back in service'>"
        "<meta property='og:title' content='Ferry back in service - Harbourworks'>"
    )
    assert page_metadata(page(head, "<p>Text.</p>")).title == "Ferry back in service"


def test_a_site_prefix_must_be_the_name_itself() -> None:
    head = (
        "<link rel='canonical' href='https://news.courier.example/'>"
        "<meta property='og:title' content='Courier News - Latest headlines'>"
    )
    assert page_metadata(page(head, "")).title == "Courier News - Latest headlines"
    head = head.replace("Courier News", "Courier")
    assert page_metadata(page(head, "")).title == "Latest headlines"


def test_a_heading_that_is_the_site_name_is_never_the_title() -> None:
    logo = "<h1><a href='/'>Harbour Archive <sup>beta</sup></a></h1>"
    meta = page_metadata(page("<title>Harbour Archive</title>", logo + "<p>Text.</p>"))
    assert meta.title is None
    story = "<h2>Works by Ana Silva</h2>" + "<p>Ana Silva writes about the harbour ferries.</p>" * 5
    article = extract_article(
        f"<html><head><title>Harbour Archive</title></head><body>{logo}{story}</body></html>"
    )
    assert article.title == "Works by Ana Silva"


def test_a_site_name_in_brackets_ending_the_title_is_dropped() -> None:
    head = "<title>Weekly edition for March 26 [Bay Courier]</title>"
    head += "<meta property='og:site_name' content='Bay Courier'>"
    assert page_metadata(page(head, "")).title == "Weekly edition for March 26"
    # Brackets that are not the site's name are part of the headline.
    head = head.replace("[Bay Courier]", "[updated]")
    assert page_metadata(page(head, "")).title == "Weekly edition for March 26 [updated]"


def test_a_page_title_that_is_a_tag_linked_on_the_page_gives_way_to_the_works_heading() -> None:
    # A fiction archive's <title> names the fandom the work is filed under,
    # the same text as the tag link in the work's header; the work's own
    # title is the heading the text opens with.
    logo = "<h1><a href='/'>Harbour Archive <sup>beta</sup></a></h1>"
    tags = "<ul class='tags'><li><a href='/tags/sea-stories'>Sea Stories</a></li></ul>"
    story = "<p>The ferry left the harbour at dawn, its deck wet with spray and gulls.</p>" * 6
    html = (
        "<html><head><title>Sea Stories [Harbour Archive]</title></head><body>"
        f"{logo}{tags}<div class='work'><h2>The Night Crossing</h2>{story}</div></body></html>"
    )
    article = extract_article(html)
    assert article.title == "The Night Crossing"
    assert article.text.count("The Night Crossing") == 0  # not repeated as the body's heading
    # Without the tag link, the <title> is the title (less the site).
    assert extract_article(html.replace(tags, "")).title == "Sea Stories"


def test_a_last_title_part_that_is_a_tag_or_section_linked_on_the_page_is_dropped() -> None:
    # A chapter page's <title> ends with the fandom it is filed under (the
    # tag linked in the work's header); a news page's with its menu section.
    tags = "<ul class='tags'><li><a href='/tags/sea-stories'>Sea Stories</a></li></ul>"
    head = (
        "<title>The Night Crossing - Chapter 1 - Ann Reed - Sea Stories [Harbour Archive]</title>"
    )
    logo = "<h1><a href='/'>Harbour Archive</a></h1>"
    assert (
        page_metadata(page(head, logo + tags)).title == "The Night Crossing - Chapter 1 - Ann Reed"
    )
    menu = "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
    head = "<title>Ferry returns after repairs | Local | Bay Courier</title>"
    assert page_metadata(page(head, menu)).title == "Ferry returns after repairs"
    # Not linked, the part stays; nor goes a part after a colon.
    head = (
        "<title>The Night Crossing - Chapter 1 - Ann Reed - Sea Stories [Harbour Archive]</title>"
    )
    title = "The Night Crossing - Chapter 1 - Ann Reed - Sea Stories"
    assert page_metadata(page(head, logo)).title == title
    head = "<title>Critique : La Traversée de nuit | Bay Courier</title>"
    head += "<meta property='og:site_name' content='Bay Courier'>"
    link = "<a href='/oeuvres/1'>La Traversée de nuit</a>"
    assert page_metadata(page(head, link)).title == "Critique : La Traversée de nuit"


def test_the_headline_the_page_shows_wins_over_a_title_worded_for_sharing() -> None:
    ld = '{"@type": "NewsArticle", "headline": "The ferry that kept the islands alive"}'
    meta = page_metadata(
        page(
            "<title>The ferry that kept the islands alive - Bay Courier</title>"
            "<meta property='og:title' content=\"You won't believe who still rides this boat\">"
            f"<script type='application/ld+json'>{ld}</script>",
            "<p>Text.</p>",
        )
    )
    assert meta.title == "The ferry that kept the islands alive"
    # A <title> and an <h1> that are the site's logo are no headline.
    meta = page_metadata(
        page(
            "<title>Harbour Gazette</title>"
            "<meta property='og:title' content='Council votes on the new sea wall'>",
            "<h1>Harbour Gazette</h1><p>Text.</p>",
        )
    )
    assert meta.title == "Council votes on the new sea wall"
    # Only another wording is set aside: a shared title that agrees stays.
    meta = page_metadata(
        page(
            "<title>Ferry back in service | Bay Courier</title>"
            "<meta property='og:title' content='Ferry back in service after winter repairs'>",
            "<h1>Ferry back in service</h1><p>Text.</p>",
        )
    )
    assert meta.title == "Ferry back in service after winter repairs"


def test_json_ld_in_a_cdata_section_and_a_title_after_an_empty_one_are_read() -> None:
    ld = '{"@type": "NewsArticle", "headline": "Ferry back in service", "author": "Ana Silva"}'
    meta = page_metadata(
        page(
            f"<title></title><title>Ferry back in service - Bay Courier</title>"
            f"<script type='application/ld+json'>\n//<![CDATA[\n{ld}\n//]]>\n</script>",
            "<svg><title>Menu</title></svg><p>Text.</p>",
        )
    )
    assert (meta.title, meta.byline) == ("Ferry back in service", "Ana Silva")
