"""Tests for reader.text_cleaning: the articles in tests/data/text, then edge cases."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import scanning
from reader.article import BLOCK_SEPARATOR, Article, BlockKind, SourceFormat
from reader.markdown import clean_inline, collapse_spaces
from reader.text_cleaning import clean_text, title_from_source

TEXT_DATA = Path(__file__).parents[1] / "data" / "text"
EXPECTED_SUFFIX = ".expected.json"
ARTICLES = sorted(path for path in TEXT_DATA.iterdir() if not path.name.endswith(EXPECTED_SUFFIX))

# Expected files quote short blocks whole, and long ones by their two ends.
WHOLE_BLOCK_CHARS = 80
START_CHARS = 60
END_CHARS = 40

LONG_PARAGRAPH = (
    "The council met for the third time this month to discuss the new cycle lanes, and this "
    "time the debate lasted well past midnight, with residents queuing at the microphone to "
    "describe their commute in more detail than anyone had asked for."
)
LONG_PARAGRAPH_FR = (
    "Le conseil municipal s’est réuni pour la troisième fois ce mois-ci afin de discuter des "
    "nouvelles pistes cyclables, et le débat s’est prolongé bien après minuit, les habitants "
    "se succédant au micro pour décrire leurs trajets quotidiens."
)


def clean_file(path: Path) -> Article:
    return clean_text(path.read_text(encoding="utf-8"), path.name, markdown=path.suffix == ".md")


def describe_blocks(article: Article) -> list[dict[str, Any]]:
    """Describe blocks the way the expected files do."""
    described = []
    for block in article.blocks:
        text = article.block_text(block)
        entry: dict[str, Any] = {"kind": block.kind.value}
        if block.level:
            entry["level"] = block.level
        if block.ordered:
            entry["ordered"] = True
        if len(text) <= WHOLE_BLOCK_CHARS:
            entry["text"] = text
        else:
            entry["start"] = text[:START_CHARS]
            entry["end"] = text[-END_CHARS:]
        described.append(entry)
    return described


def texts(article: Article, kind: BlockKind | None = None) -> list[str]:
    return [
        article.block_text(block) for block in article.blocks if kind is None or block.kind is kind
    ]


def test_there_are_enough_articles() -> None:
    assert len(ARTICLES) >= 10
    assert {path.suffix for path in ARTICLES} == {".txt", ".md"}


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_article_matches_expected(path: Path) -> None:
    expected = json.loads(path.with_name(path.name + EXPECTED_SUFFIX).read_text("utf-8"))
    article = clean_file(path)
    assert article.title == expected["title"]
    assert article.byline == expected["byline"]
    assert article.date == expected["date"]
    assert describe_blocks(article) == expected["blocks"]
    assert list(article.removed) == expected["removed"]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.name)
def test_article_text_is_its_blocks(path: Path) -> None:
    article = clean_file(path)
    assert article.text == BLOCK_SEPARATOR.join(texts(article))
    assert article.source == path.name
    expected_format = SourceFormat.MARKDOWN if path.suffix == ".md" else SourceFormat.TEXT
    assert article.source_format is expected_format
    assert article.title not in texts(article)
    for line in article.removed:
        assert line not in article.text


# --- Details the expected files do not show -------------------------------------------


def test_hard_wrapped_paragraphs_are_joined_with_spaces() -> None:
    article = clean_file(TEXT_DATA / "le-retour-des-trains-de-nuit.txt")
    first = texts(article)[0]
    assert "\n" not in first
    assert "hôtel un peu désordonné. Des familles" in first


def test_wrapped_list_item_continues_on_indented_line() -> None:
    article = clean_file(TEXT_DATA / "notes-from-a-year-of-repairs.txt")
    items = texts(article, BlockKind.LIST_ITEM)
    assert items[0] == (
        "check whether spare parts are sold, and for how long, before looking at the price "
        "or the colour;"
    )


def test_markdown_links_and_emphasis_become_plain_text() -> None:
    article = clean_file(TEXT_DATA / "recette-pain-au-levain.md")
    paragraph = next(text for text in texts(article) if text.startswith("Cette phrase"))
    assert "dans notre guide des farines et sur le site de l’Observatoire du pain." in paragraph
    assert "](" not in article.text
    assert "**" not in article.text


def test_fenced_code_is_kept_verbatim() -> None:
    article = clean_file(TEXT_DATA / "python-generators-guide.md")
    code = texts(article, BlockKind.CODE)
    assert code[0].splitlines()[0] == "def read_records(path, **options):"
    assert "            _private_counter = 0  # stays verbatim: **not bold**" in code[0]
    assert code[1].splitlines() == [
        'records = read_records("access.log")',
        'errors = (r for r in records if " 500 " in r)',
        "first_ten = itertools.islice(errors, 10)",
    ]


def test_snake_case_and_inline_code_keep_their_underscores() -> None:
    article = clean_file(TEXT_DATA / "python-generators-guide.md")
    assert "Keep snake_case_names for your generator functions" in article.text
    assert "The official tutorial has a short section" in article.text


# --- Edge cases -------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\ufeff", "1234 5678\n---\n***\n... !"])
def test_text_without_letters_gives_no_blocks(text: str) -> None:
    article = clean_text(text, "vide.txt")
    assert article.blocks == ()
    assert article.text == ""


def test_empty_text_is_named_after_its_file() -> None:
    assert clean_text("", "mon-article_2024.txt").title == "Mon article 2024"
    assert clean_text("", "clipboard").title == ""


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_endings_read_like_unix(newline: str) -> None:
    unix = f"Un titre court\n\n{LONG_PARAGRAPH_FR}\n\nUne section\n\n{LONG_PARAGRAPH_FR}\n"
    assert clean_text(unix.replace("\n", newline), "a.txt") == clean_text(unix, "a.txt")


def test_byte_order_mark_and_control_characters_are_dropped() -> None:
    article = clean_text(f"\ufeffLe titre\n{LONG_PARAGRAPH_FR}\x00\x07", "a.txt")
    assert article.title == "Le titre"
    assert texts(article) == [LONG_PARAGRAPH_FR]


def test_spaces_collapse_but_no_break_spaces_stay() -> None:
    article = clean_text("Il  a \t dit\u00a0: « oui\u202f» ,   vraiment.", "a.txt")
    assert article.text == "Il a dit\u00a0: « oui\u202f» , vraiment."


def test_a_five_megabyte_line_is_cleaned_quickly() -> None:
    # Guards against quadratic or worse patterns, not a benchmark: the real
    # figure is about ten times lower.
    line = ("Lorem ipsum *dolor* sit [amet](x), consectetur_adipiscing elit. " * 80_000)[:5_000_000]
    started = time.perf_counter()
    article = clean_text(line, "long.md", markdown=True)
    assert time.perf_counter() - started < 5
    assert len(article.blocks) == 1


def test_a_hundred_thousand_lines_are_cleaned_quickly() -> None:
    lines = [f"Ligne {index} d’un texte sans fin, avec quelques mots." for index in range(100_000)]
    started = time.perf_counter()
    article = clean_text("\n".join(lines), "long.txt")
    assert time.perf_counter() - started < 10
    assert len(article.blocks) == 100_000


@pytest.mark.parametrize("unit", ["**[", "*_`<!--[![", "[a](", "_a_b ", "> > ", "\\*"])
def test_pathological_markup_is_linear(unit: str) -> None:
    started = time.perf_counter()
    clean_text(unit * 300_000, "x.md", markdown=True)
    assert time.perf_counter() - started < 5


# Pieces of markup that the cleaner reads, to mix into random text.
MARKUP_PIECES = st.sampled_from(
    [
        "\n", "\n\n", "\r\n", "\t", "    ", "# ", "## ", "- ", "* ", "1. ", "> ", "```", "---",
        "===", "|", "![", "](", "[", "]", "*", "**", "_", "`", "\\", "<b>", "&amp;", "«", "»",
        "Par ", "By ", "Lire aussi : ", "Newsletter", "Publié le 3 mars 2025", "\ufeff",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=20), MARKUP_PIECES), max_size=40), st.booleans())
def test_any_text_gives_a_consistent_article(pieces: list[str], markdown: bool) -> None:
    article = clean_text("".join(pieces), "f.txt", markdown=markdown)
    assert article.text == BLOCK_SEPARATOR.join(texts(article))
    for text in texts(article):
        assert text
        assert text == text.strip()


# --- Paragraphs and layout ------------------------------------------------------------


def test_lines_without_blank_lines_are_one_paragraph_each() -> None:
    text = "Première phrase courte.\nDeuxième phrase courte.\nTroisième phrase courte."
    assert texts(clean_text(text, "a.txt")) == text.splitlines()


def test_long_lines_between_blank_lines_are_not_joined() -> None:
    text = f"{LONG_PARAGRAPH}\n{LONG_PARAGRAPH_FR}\n\n{LONG_PARAGRAPH}"
    assert texts(clean_text(text, "a.txt")) == [LONG_PARAGRAPH, LONG_PARAGRAPH_FR, LONG_PARAGRAPH]


def test_markdown_joins_the_lines_of_a_paragraph() -> None:
    text = "Une phrase\nqui continue\nici.\n\nUn autre paragraphe."
    assert texts(clean_text(text, "a.md", markdown=True)) == [
        "Une phrase qui continue ici.",
        "Un autre paragraphe.",
    ]


def test_markdown_headings_take_their_level() -> None:
    text = "# Titre\n\nIntro.\n\n## Partie\n\nTexte.\n\n### Détail ###\n\nFin.\n"
    article = clean_text(text, "a.md", markdown=True)
    headings = [block for block in article.blocks if block.kind is BlockKind.HEADING]
    assert article.title == "Titre"
    assert [(article.block_text(b), b.level) for b in headings] == [("Partie", 2), ("Détail", 3)]


def test_nested_and_ordered_lists() -> None:
    text = "Intro :\n\n1) un\n2) deux\n   - deux a\n     - deux a i\n   - deux b\n3) trois\n"
    article = clean_text(text, "a.md", markdown=True)
    items = [b for b in article.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [(article.block_text(b), b.level, b.ordered) for b in items] == [
        ("un", 1, True),
        ("deux", 1, True),
        ("deux a", 2, False),
        ("deux a i", 3, False),
        ("deux b", 2, False),
        ("trois", 1, True),
    ]


def test_quote_lines_in_guillemets_or_quotation_marks_are_quotes() -> None:
    text = (
        f"{LONG_PARAGRAPH_FR}\n« Nous irons jusqu’au bout. »\n“We will not stop.”\n"
        f"« Oui », dit-elle, « mais pas tout de suite ».\n{LONG_PARAGRAPH_FR}"
    )
    article = clean_text(text, "a.txt")
    assert texts(article, BlockKind.QUOTE) == [
        "« Nous irons jusqu’au bout. »",
        "“We will not stop.”",
    ]
    assert "« Oui », dit-elle, « mais pas tout de suite »." in texts(article, BlockKind.PARAGRAPH)


def test_inline_markdown_is_removed_but_words_keep_underscores() -> None:
    assert clean_inline("Un **gras**, un *italique*, un _autre_ et ~~barré~~.") == (
        "Un gras, un italique, un autre et barré."
    )
    assert clean_inline('Voir [le site](https://a.b/c "titre") et ![logo](l.png).') == (
        "Voir le site et logo."
    )
    assert clean_inline("Use `my_var * 2` with snake_case and 5 * 3 * 2.") == (
        "Use my_var * 2 with snake_case and 5 * 3 * 2."
    )


def test_markdown_escapes_entities_and_tags() -> None:
    text = r"Un \*astérisque\* &amp; un <b>mot</b> <!-- note --> et <https://a.b>."
    assert clean_inline(text, markdown=True) == "Un *astérisque* & un mot et https://a.b."


def test_image_lines_become_figures_or_go() -> None:
    text = f"{LONG_PARAGRAPH}\n![A ferry at dawn](ferry.jpg)\n![](spacer.gif)\n{LONG_PARAGRAPH}"
    article = clean_text(text, "a.txt")
    assert texts(article, BlockKind.FIGURE) == ["A ferry at dawn"]
    assert article.removed == ("![](spacer.gif)",)


def test_setext_underlines_make_headings_and_rules_go() -> None:
    text = f"Le titre\n========\n\n{LONG_PARAGRAPH_FR}\n\nUne partie\n----------\n\n"
    text += f"{LONG_PARAGRAPH_FR}\n\n* * *\n\n{LONG_PARAGRAPH_FR}\n"
    article = clean_text(text, "a.txt")
    assert article.title == "Le titre"
    assert [block.kind for block in article.blocks] == [
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.PARAGRAPH,
    ]


def test_markdown_tables_become_rows() -> None:
    text = "Intro.\n\n| Ville | Lignes |\n|---|:---:|\n| Brest | 2 |\n"
    article = clean_text(text, "a.md", markdown=True)
    assert texts(article, BlockKind.TABLE_ROW) == ["Ville | Lignes", "Brest | 2"]


# --- Headings ---------------------------------------------------------------------------


def test_short_lines_between_paragraphs_are_headings() -> None:
    text = f"{LONG_PARAGRAPH}\nA quieter kind of meeting\n{LONG_PARAGRAPH}\n"
    text += f"Why did it take so long?\n{LONG_PARAGRAPH}\nAnd then, nothing!\n{LONG_PARAGRAPH}"
    article = clean_text(text, "a.txt")
    headings = [b for b in article.blocks if b.kind is BlockKind.HEADING]
    assert [article.block_text(b) for b in headings] == [
        "A quieter kind of meeting",
        "Why did it take so long?",
        "And then, nothing!",
    ]
    assert {b.level for b in headings} == {2}


@pytest.mark.parametrize(
    "line",
    [
        "Non !",  # a one-word exclamation is dialogue
        "it starts in lower case",
        "It ends like a clause:",
        "Two sentences here. Then another one",
        "- A list item",
    ],
)
def test_lines_that_are_not_headings(line: str) -> None:
    article = clean_text(f"{LONG_PARAGRAPH}\n{line}\n{LONG_PARAGRAPH}", "a.txt")
    assert [block.kind for block in article.blocks if block.kind is BlockKind.HEADING] == []


def test_two_short_lines_in_a_row_are_not_headings() -> None:
    text = f"{LONG_PARAGRAPH}\nJeanne Martin\n12 rue des Lilas\n{LONG_PARAGRAPH}"
    kinds = [block.kind for block in clean_text(text, "a.txt").blocks]
    assert BlockKind.HEADING not in kinds


def test_a_short_last_line_is_not_a_heading() -> None:
    article = clean_text(f"{LONG_PARAGRAPH}\nThe end", "a.txt")
    assert [block.kind for block in article.blocks] == [BlockKind.PARAGRAPH] * 2


# --- Title ------------------------------------------------------------------------------


def test_a_short_first_line_is_the_title() -> None:
    article = clean_text(f"Cycle lanes, at last\n{LONG_PARAGRAPH}", "notes.txt")
    assert article.title == "Cycle lanes, at last"
    assert texts(article) == [LONG_PARAGRAPH]


def test_a_section_label_over_the_title_is_dropped() -> None:
    article = clean_text(f"SOCIÉTÉ\nLes pistes cyclables, enfin\n{LONG_PARAGRAPH_FR}", "a.txt")
    assert article.title == "Les pistes cyclables, enfin"
    assert article.removed == ("SOCIÉTÉ",)


def test_without_a_title_line_the_first_sentence_names_the_article() -> None:
    article = clean_text(LONG_PARAGRAPH + " Second sentence.", "clipboard")
    assert article.title.startswith("The council met for the third time")
    assert article.title.endswith("…")
    assert len(article.title) <= 81
    short = clean_text("It rained. Then it stopped raining for good.", "3f9a0c1e2b7d4e5f.txt")
    assert short.title == "It rained"


@pytest.mark.parametrize(
    ("source", "title"),
    [
        ("mon-article_2024.txt", "Mon article 2024"),
        ("/home/jeanne/Documents/le.jardin+partagé.md", "Le jardin partagé"),
        ("C:\\Users\\jeanne\\notes-de-lecture.txt", "Notes de lecture"),
        ("https://example.org/2024/02/le-retour-du-tram.html", "Le retour du tram"),
        ("https://example.org/2024/%C3%A9t%C3%A9-chaud/", "Été chaud"),
        ("untitled.txt", None),
        ("Sans titre.txt", None),
        ("clipboard", None),
        ("3f9a0c1e2b7d4e5f.txt", None),
        ("IMG_20240211_123456.txt", None),
        ("", None),
    ],
)
def test_title_from_source(source: str, title: str | None) -> None:
    assert title_from_source(source) == title


def test_front_matter_gives_title_author_and_date() -> None:
    front = '---\ntitle: "Un titre"\nauthor: Léa Fontaine\ndate: 2024-09-18\n---\n'
    text = front + "\n# Un titre\n\nTexte."
    article = clean_text(text, "a.md", markdown=True)
    assert (article.title, article.byline, article.date) == (
        "Un titre",
        "Léa Fontaine",
        "2024-09-18",
    )
    assert texts(article) == ["Texte."]


def test_a_made_up_title_leaves_the_body_whole() -> None:
    article = clean_text("Hello world", "clipboard")
    assert article.title == "Hello world"
    assert texts(article) == ["Hello world"]


def test_a_url_source_names_the_site() -> None:
    assert clean_text("Texte.", "https://www.example.org/a.txt").site == "example.org"
    assert clean_text("Texte.", "a.txt").site is None


# --- Bylines and dates --------------------------------------------------------------------


def test_byline_and_dateline_under_the_title() -> None:
    text = (
        "Les pistes cyclables, enfin\nPar Jeanne Dupont et Marc Petit\n"
        f"Publié le 12 février 2025 à 10h30\nMis à jour le 13 février 2025\n{LONG_PARAGRAPH_FR}"
    )
    article = clean_text(text, "a.txt")
    assert article.byline == "Jeanne Dupont et Marc Petit"
    assert article.date == "12 février 2025 à 10h30"
    assert article.removed == ("Mis à jour le 13 février 2025",)
    assert texts(article) == [LONG_PARAGRAPH_FR]


def test_credit_and_date_on_one_line() -> None:
    text = f"Cycle lanes\nMay 3, 2025 · By Ana Ruiz · 4 min read\n{LONG_PARAGRAPH}"
    article = clean_text(text, "a.txt")
    assert (article.byline, article.date) == ("Ana Ruiz", "May 3, 2025")


def test_byline_under_the_standfirst() -> None:
    standfirst = "Les ventes ont doublé en cinq ans, portées par l’électrique."
    text = f"Le grand retour du vélo\n{standfirst}\nPar JEAN MARTIN, AFP\n{LONG_PARAGRAPH_FR}"
    article = clean_text(text, "a.txt")
    assert article.byline == "JEAN MARTIN"
    assert texts(article) == [standfirst, LONG_PARAGRAPH_FR]


def test_closing_credit_is_the_byline() -> None:
    text = f"{LONG_PARAGRAPH_FR}\n{LONG_PARAGRAPH_FR}\nPropos recueillis par Hélène Garnier"
    article = clean_text(text, "a.txt")
    assert article.byline == "Hélène Garnier"
    assert texts(article) == [LONG_PARAGRAPH_FR] * 2


def test_byline_like_lines_mid_body_stay() -> None:
    middle = ["Par Jeanne Dupont", "By 2030, most buses will be electric.", "Par ailleurs, rien."]
    lines = [LONG_PARAGRAPH] * 5 + middle + [LONG_PARAGRAPH] * 5
    article = clean_text("\n".join(lines), "a.txt")
    assert article.byline is None
    assert all(line in texts(article) for line in middle)


# --- Boilerplate --------------------------------------------------------------------------


def test_trailing_promos_go_in_order() -> None:
    promo = [
        "Read more: The bridge that nobody wanted",
        "Subscribe to our newsletter",
        "![](badge.png)",
        "and get every week:",
        "- our best stories,",
        "- invitations to events.",
        "© 2025 City Press",
    ]
    article = clean_text("\n".join([LONG_PARAGRAPH, LONG_PARAGRAPH, *promo]), "a.txt")
    assert texts(article) == [LONG_PARAGRAPH] * 2
    assert article.removed == tuple(promo)


def test_a_list_inside_the_body_stays() -> None:
    items = ["- the first point,", "- the second point."]
    lines = [LONG_PARAGRAPH, "They listed two reasons:", *items, LONG_PARAGRAPH]
    article = clean_text("\n".join([*lines, "Share this article"]), "a.txt")
    assert texts(article, BlockKind.LIST_ITEM) == ["the first point,", "the second point."]
    assert article.removed == ("Share this article",)


def test_last_paragraph_mentioning_a_newsletter_stays() -> None:
    long_end = (
        "Today she writes a newsletter for the neighbourhood, and anyone who wants to subscribe "
        "can simply knock on her door, which is how she has met most of her readers so far, "
        "one cup of tea at a time."
    )
    short_end = "Her newsletter now reaches four thousand homes."
    for last in (long_end, short_end):
        article = clean_text(f"{LONG_PARAGRAPH}\n{last}", "a.txt")
        assert texts(article) == [LONG_PARAGRAPH, last]
        assert article.removed == ()


def test_short_closing_paragraphs_before_the_promos_stay() -> None:
    closing = ["It was not.", "Nobody knows what comes next"]
    lines = [LONG_PARAGRAPH, *closing, "Follow us on Mastodon"]
    article = clean_text("\n".join(lines), "a.txt")
    assert texts(article) == [LONG_PARAGRAPH, *closing]


def test_a_promo_phrase_followed_by_many_sentences_is_not_a_footer() -> None:
    sentences = [f"Short sentence number {n}." for n in range(1, 6)]
    lines = [LONG_PARAGRAPH, "Sign up for the lottery, the mayor said.", *sentences]
    article = clean_text("\n".join(lines), "a.txt")
    assert article.removed == ()


def test_a_promo_phrase_among_the_first_sentences_stays() -> None:
    lines = [
        "The Senate voted on Tuesday to pass the bill.",
        "Sign up for the program by March 3, officials said.",
        "Several members were absent.",
        "The White House did not comment.",
        "Aides said a vote could come next week.",
        "Lawmakers expect a close vote.",
    ]
    article = clean_text("\n".join(lines), "a.txt")
    assert texts(article) == lines
    assert article.removed == ()


def test_leading_furniture_goes_but_the_title_stays() -> None:
    lines = [
        "Accueil › Société › Transports",
        "Les pistes cyclables, enfin",
        "Par Jeanne Dupont",
        "5 min de lecture",
        "Partager",
        LONG_PARAGRAPH_FR,
    ]
    article = clean_text("\n".join(lines), "a.txt")
    assert article.title == "Les pistes cyclables, enfin"
    assert article.byline == "Jeanne Dupont"
    assert article.removed == ("Accueil › Société › Transports", "5 min de lecture", "Partager")
    assert texts(article) == [LONG_PARAGRAPH_FR]


def test_related_links_and_ads_inside_the_body_go() -> None:
    lines = [LONG_PARAGRAPH_FR, "À lire aussi : Le tram de Brest", "PUBLICITÉ", LONG_PARAGRAPH_FR]
    article = clean_text("\n".join(lines), "a.txt")
    assert texts(article) == [LONG_PARAGRAPH_FR] * 2
    assert article.removed == ("À lire aussi : Le tram de Brest", "PUBLICITÉ")


# --- Titles, captions, credits and banners (generalised cleaner) --------------------------


@pytest.mark.parametrize(
    "first_line",
    [
        "eBay sellers brace for a new fee",
        "iPhone 16 : ce qui change vraiment",
        "Et si on ralentissait un peu…",
        "Why do trams keep coming back?",
        "« Nous irons jusqu’au bout »",
        "10 things to know about night trains",
    ],
)
def test_a_plausible_first_line_beats_the_file_name(first_line: str) -> None:
    article = clean_text(f"{first_line}\n\n{LONG_PARAGRAPH}\n", "night-trains-draft.txt")
    assert article.title == first_line
    assert texts(article) == [LONG_PARAGRAPH]


@pytest.mark.parametrize(
    "first_line",
    [
        "It rained all day in the valley.",  # a sentence, not a title
        "the council met again:",
        "Photo : Le quai au lever du jour",
        "Crédit : Camille Roux",
    ],
)
def test_without_a_title_line_the_file_name_names_the_article(first_line: str) -> None:
    article = clean_text(f"{first_line}\n\n{LONG_PARAGRAPH}\n", "night-trains-draft.txt")
    assert article.title == "Night trains draft"


def test_a_cookie_banner_above_the_title_goes() -> None:
    lines = [
        "We use cookies to personalise content and ads and to analyse our traffic. You can "
        "change your preferences at any time in the settings at the bottom of every page.",
        "Accept all",
        "Reject all",
        "Cookie settings",
        "Subscribe",
        "Cycle lanes, at last",
        "By Ana Ruiz",
        LONG_PARAGRAPH,
    ]
    article = clean_text("\n".join(lines), "a.txt")
    assert (article.title, article.byline) == ("Cycle lanes, at last", "Ana Ruiz")
    assert texts(article) == [LONG_PARAGRAPH]
    assert article.removed == tuple(lines[:5])


def test_banner_buttons_do_not_join_a_wrapped_paragraph() -> None:
    text = (
        "We use cookies to personalise content and ads and to analyse our traffic for the\n"
        "people who read this site every day.\n"
        "Accept all cookies\n"
        "Cycle lanes, at last\n\n"
        "The council met for the third time this month to discuss the new cycle lanes,\n"
        "and this time the debate lasted well past midnight, with residents queuing to\n"
        "speak.\n"
    )
    article = clean_text(text, "a.txt")
    assert article.title == "Cycle lanes, at last"
    assert "Accept all cookies" in article.removed
    assert texts(article)[0].startswith("The council met")


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Photo : Un livreur charge son vélo-cargo.", "Un livreur charge son vélo-cargo."),
        ("Image: Swimmers at the weir. Photo: Avon Swimmers", "Swimmers at the weir."),
        ("Image: A coach near Lyon. Credit: Flixbus", "A coach near Lyon."),
        ("Photo: A label on a cereal box. (Getty Images)", "A label on a cereal box."),
        ("Légende : Le port de Brest en 1950 (© Archives municipales)", "Le port de Brest en 1950"),
        ("Illustration : « La ville lente », par Ana Ruiz", "« La ville lente », par Ana Ruiz"),
    ],
)
def test_image_lines_become_captioned_figures(line: str, caption: str) -> None:
    article = clean_text(f"{LONG_PARAGRAPH}\n{line}\n{LONG_PARAGRAPH}", "a.txt")
    assert texts(article, BlockKind.FIGURE) == [caption]
    assert article.removed == ()


def test_a_caption_under_a_picture_captions_it() -> None:
    text = (
        f"{LONG_PARAGRAPH}\n\n![a bus](bus.jpg)\n\n*Image: A sleeper coach near Lyon.*\n\n"
        f"Photo: The berths, seen from the aisle.\n\n{LONG_PARAGRAPH}\n"
    )
    article = clean_text(text, "a.md", markdown=True)
    assert texts(article, BlockKind.FIGURE) == [
        "A sleeper coach near Lyon.",
        "The berths, seen from the aisle.",
    ]
    assert article.removed == ()


def test_picture_credits_go_even_mid_body() -> None:
    lines = [LONG_PARAGRAPH, "![Le quai](quai.jpg)", "Crédit : Camille Roux", LONG_PARAGRAPH]
    article = clean_text("\n".join(lines), "a.txt")
    assert texts(article, BlockKind.FIGURE) == ["Le quai"]
    assert article.removed == ("Crédit : Camille Roux",)


def test_photo_credit_under_the_byline_is_not_a_heading() -> None:
    text = f"MUSIC\nOld violins\nWords by Kate Ross\nPhotos by Daniel Wu\n{LONG_PARAGRAPH}"
    article = clean_text(text, "a.txt")
    assert (article.title, article.byline) == ("Old violins", "Kate Ross")
    assert article.removed == ("MUSIC", "Photos by Daniel Wu")
    assert texts(article) == [LONG_PARAGRAPH]


def test_a_dateline_mid_body_is_not_a_heading() -> None:
    text = f"{LONG_PARAGRAPH}\nMis à jour le 4 mars 2025 à 9h12\n{LONG_PARAGRAPH_FR}"
    article = clean_text(text, "a.txt")
    assert BlockKind.HEADING not in [block.kind for block in article.blocks]


@pytest.mark.parametrize(
    "credit",
    [
        "Reporting by Tom Bradley; Editing by Anna Lee",
        "Propos recueillis par Tom Bradley",
        "Written by Tom Bradley",
        "Une contribution de Tom Bradley, économiste",
    ],
)
def test_closing_credits_in_many_forms(credit: str) -> None:
    article = clean_text(f"A title\n{LONG_PARAGRAPH}\n{LONG_PARAGRAPH}\n{credit}", "a.txt")
    assert article.byline == "Tom Bradley"
    assert texts(article) == [LONG_PARAGRAPH] * 2


def test_a_closing_bio_of_the_author_goes() -> None:
    bio = "*Ana Ruiz is a dietitian; Lee Park is our health editor.*"
    text = f"# A title\n\nBy Dr. Ana Ruiz and Lee Park\n\n{LONG_PARAGRAPH}\n\n{bio}\n"
    article = clean_text(text, "a.md", markdown=True)
    assert texts(article) == [LONG_PARAGRAPH]
    assert article.removed == (bio,)


def test_a_closing_line_about_someone_else_stays() -> None:
    last = "Matteo Ferri is a luthier in Cremona."
    article = clean_text(f"A title\nBy Kate Ross\n{LONG_PARAGRAPH}\n{last}", "a.txt")
    assert texts(article) == [LONG_PARAGRAPH, last]


def test_a_picture_above_the_title_does_not_hide_it() -> None:
    text = f"Image: Cyclists on the new lane. Photo: City\nCycle lanes, at last\n{LONG_PARAGRAPH}"
    article = clean_text(text, "cycle-notes.txt")
    assert article.title == "Cycle lanes, at last"
    assert texts(article) == ["Cyclists on the new lane.", LONG_PARAGRAPH]
    assert article.blocks[0].kind is BlockKind.FIGURE


def test_spaces_collapse_the_same_across_slices_of_a_huge_line() -> None:
    # Runs of spaces and tabs of every length fall on both sides of every cut.
    text = "".join(f"mot{n}" + " \t "[: n % 4] + " " * (n % 7) for n in range(60_000))
    assert collapse_spaces(text) == re.sub(r"[ \t]+", " ", text)
    assert "  " not in collapse_spaces(text)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab é.\t\r\n\u0301\u00ad\u200b\u2028\x0c\ufeffE")),
        max_size=120,
    )
)
def test_long_texts_clean_the_same_whole_or_in_slices(text: str) -> None:
    # Long texts are normalised a slice at a time (so the window keeps
    # breathing); cuts must never split a "\r\n", a run of spaces or an accent
    # from its letter.
    whole = clean_text(text, "a.txt")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(scanning, "SLICE", 2)
        sliced = clean_text(text, "a.txt")
    assert sliced == whole
