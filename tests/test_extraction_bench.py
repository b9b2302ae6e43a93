"""bench/extraction.py's scoring and its second-opinion experiment, on pages written here.

Lisible's blocks are given as the test's own texts, so each case says which
paragraph Lisible "left out"; the other extractor is a stub returning a fixed
text. What is checked is the experiment's rule: only a hole in the article is
filled, only with long prose the other extractor also found, in its place.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from extraction import (  # noqa: E402
    Blocks,
    Opinions,
    Output,
    Page,
    Score,
    extractors,
    holes,
    with_second_opinion,
)

OPENING = (
    "The river rose through the night and by morning the lower town was under a metre of "
    "water, the mayor said."
)
MIDDLE = (
    "Volunteers carried sandbags from the school gym to the quays until the current became too "
    "strong, and the fire brigade took over with boats borrowed from the rowing club upstream "
    "at dawn."
)
CLOSING = (
    "The prefecture expects the water to fall slowly over the week and asks people to keep off "
    "the embankments until engineers have checked them."
)
TEASER = (
    "Another town on the same river counts the cost of last winter's flood, and asks who "
    "will pay for the new dyke that the council voted for without a single public meeting."
)


def page(*paragraphs: str) -> str:
    """Return a page holding the given paragraphs (already marked up) in one article."""
    return "<html><body><article>" + "".join(paragraphs) + "</article></body></html>"


def test_a_paragraph_left_out_between_two_kept_ones_is_a_hole_after_the_first() -> None:
    html = page(f"<p>{OPENING}</p>", f"<div class='box'><p>{MIDDLE}</p></div>", f"<p>{CLOSING}</p>")

    found = holes(html, ["Flood", OPENING, CLOSING])

    assert [(after, text) for after, text, _ in found] == [(1, MIDDLE)]


def test_what_lies_after_the_last_kept_paragraph_is_not_a_hole() -> None:
    # The article ended: what follows is a bio, a teaser, the comments.
    html = page(f"<p>{OPENING}</p>", f"<p>{CLOSING}</p>", f"<p>{MIDDLE}</p>")

    assert holes(html, [OPENING, CLOSING]) == []


def test_short_linked_or_captioned_paragraphs_are_no_holes() -> None:
    short = "Subscribe to our newsletter for the latest flood warnings in your area now."
    linked = f"<p>{MIDDLE[:150]} <a href='/more'>{MIDDLE[150:]}</a></p>"
    caption = f"<figure><img src='a.jpg'><figcaption><p>{MIDDLE}</p></figcaption></figure>"
    named = f"<div class='photo-credit'><p>{MIDDLE}</p></div>"
    for left_out in (f"<p>{short}</p>", linked, caption, named):
        html = page(f"<p>{OPENING}</p>", left_out, f"<p>{CLOSING}</p>")

        assert holes(html, [OPENING, CLOSING]) == [], left_out


def test_three_paragraphs_of_one_shape_in_three_boxes_are_a_teaser_grid() -> None:
    cards = "".join(
        f"<div class='card'><p class='blurb'>{n}: {TEASER}</p></div>" for n in ("1", "2", "3")
    )
    html = page(f"<p>{OPENING}</p>", cards, f"<p>{CLOSING}</p>")

    assert holes(html, [OPENING, CLOSING]) == []
    # Two such boxes are not a grid yet: each is a hole.
    two = "".join(f"<div class='card'><p class='blurb'>{n}: {TEASER}</p></div>" for n in "AB")
    assert len(holes(page(f"<p>{OPENING}</p>", two, f"<p>{CLOSING}</p>"), [OPENING, CLOSING])) == 2


def fixed(text: str, calls: list[str]) -> object:
    def other(html: str, url: str | None) -> Output:
        calls.append(html)
        return Output(text)

    return other


def lisible(*texts: str) -> object:
    def blocks(html: str, url: str | None) -> Blocks:
        return Blocks(Output("", "Flood", "A. Writer"), list(texts), set(), set())

    return blocks


def test_a_hole_the_other_extractor_also_found_goes_in_its_place() -> None:
    html = page(f"<p>{OPENING}</p>", f"<aside><p>{MIDDLE}</p></aside>", f"<p>{CLOSING}</p>")
    calls: list[str] = []
    opinions = Opinions()
    run = with_second_opinion(
        lisible(OPENING, CLOSING), fixed(f"{OPENING}\n{MIDDLE}", calls), opinions
    )

    got = run(html, None)

    assert got.text.split("\n\n") == [OPENING, MIDDLE, CLOSING]
    assert (got.title, got.byline) == ("Flood", "A. Writer")
    assert (opinions.asked, opinions.merged, len(calls)) == (1, 1, 1)


def test_a_hole_the_other_extractor_left_out_stays_out() -> None:
    html = page(f"<p>{OPENING}</p>", f"<aside><p>{MIDDLE}</p></aside>", f"<p>{CLOSING}</p>")
    calls: list[str] = []
    run = with_second_opinion(lisible(OPENING, CLOSING), fixed(OPENING, calls), Opinions())

    assert run(html, None).text.split("\n\n") == [OPENING, CLOSING]
    assert len(calls) == 1


def test_without_a_hole_the_other_extractor_is_not_asked() -> None:
    html = page(f"<p>{OPENING}</p>", f"<p>{MIDDLE}</p>", f"<p>{CLOSING}</p>")
    calls: list[str] = []
    opinions = Opinions()
    run = with_second_opinion(lisible(OPENING, MIDDLE, CLOSING), fixed(TEASER, calls), opinions)

    assert run(html, None).text.split("\n\n") == [OPENING, MIDDLE, CLOSING]
    assert (calls, opinions.asked) == ([], 0)


def test_the_bench_scores_lisible_with_readability_lxml_as_second_opinion() -> None:
    html = page(f"<p>{OPENING}</p>", f"<p>{MIDDLE}</p>", f"<p>{CLOSING}</p>")

    run = extractors(second_opinion=True)["Lisible + readability-lxml"]

    assert run(html, None).text.split("\n\n") == [OPENING, MIDDLE, CLOSING]


def test_a_caption_copied_into_the_alt_text_counts_as_shown_text() -> None:
    """A figure whose text is only its alt stands in for the picture; a caption is shown."""
    caption = "The quays at dawn, after the water fell back into the river bed overnight."
    stand_in = "A flooded street seen from a bridge, with two boats moored by a lamp post"
    html = page(
        f"<p>{OPENING}</p>",
        f"<figure><img src='q.jpg' alt='{caption}'><figcaption>{caption}</figcaption></figure>",
        f"<img src='s.jpg' alt='{stand_in}'>",
        f"<p>{CLOSING}</p>",
    )
    got = extractors()["Lisible"](html, None)
    assert got.shown_blocks == (
        (OPENING, False),
        (caption, True),
        (stand_in, True),
        (CLOSING, False),
    )

    score = Score("Lisible")
    score.add(Page("p", html, None, f"{OPENING} {caption} {CLOSING}"), got, 0.0, shown=True)
    assert (score.precision, score.recall) == (1.0, 1.0)
