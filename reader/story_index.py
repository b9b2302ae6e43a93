"""Pages that list stories, a site's front page or a section's: shown as their list.

Such a page has no article. Its prose is the summaries of the stories it
links to, one per card (a linked headline, a sentence or two under it), and
readability picks the card that scores best: the reader would see one
story's summary as if it were the page. When the content found is one card
and the cards hold most of the page's prose, the page is shown as its list
instead: each card's headline and its summary, in the page's order.
"""

from __future__ import annotations

import copy

import lxml.html
from lxml.html import HtmlElement as Element

from reader.extraction_measures import HEADINGS, prose_blocks, text_length

#: A story's card is a headline and a summary of a sentence or two: longer is an article.
MAX_CARD_CHARS = 600
#: Fewer cards than this are an article's "read next" box, not a list of stories.
MIN_CARDS = 6
#: The cards hold at least this share of the page's prose.
MIN_CARDS_SHARE = 0.5
#: A card's headline: any heading but the page's own (<h1>).
_CARD_HEADINGS = tuple(tag for tag in HEADINGS if tag != "h1")
#: A headline is its link: at least this share of its text.
_MIN_HEADLINE_LINK_SHARE = 0.8


def is_card_sized(content: Element) -> bool:
    """Tell whether the content found is short enough to be one story's card."""
    return text_length(content) <= MAX_CARD_CHARS


def story_list(page: Element, content: Element) -> Element | None:
    """Return the list of stories of a page whose `content` is one of them (else None).

    `page` is the prepared page; `content` is what was found as its article
    (from the same page or a fresh parse of it). The list is a new element
    holding, in the page's order, each card's headline and its summary.
    """
    if not is_card_sized(content):
        return None
    prose = prose_blocks(page)
    cards = _story_cards(page, prose)
    if len(cards) < MIN_CARDS:
        return None
    in_cards = sum(length for paragraph, length in prose.items() if _in_card(paragraph, cards))
    if in_cards < sum(prose.values()) * MIN_CARDS_SHARE:
        return None
    found = _words(content)
    held = [words for words in map(_words, cards) if words in found or found in words]
    if len(held) != 1:
        return None  # the content is not a card: a short post beside a list of others
    listing = lxml.html.Element("div")
    for card, headline in cards.items():
        listing.append(_copy(headline))
        for paragraph in card.iter("p"):
            if paragraph in prose:  # the summary, not the byline or the time
                listing.append(_copy(paragraph))
    return listing


def _story_cards(page: Element, prose: dict[Element, int]) -> dict[Element, Element]:
    """Return the story cards of a page, in order, each with its linked headline.

    A card is the smallest element around a linked headline that also holds a
    paragraph of prose, short as a summary, and no other headline. An <h1> is
    the page's own headline, never a card's.
    """
    lengths: dict[Element, int] = {}

    def length_of(element: Element) -> int:
        # Measured once each: the first ancestor too long for a card may be
        # the whole page, shared by all its headlines.
        if element not in lengths:
            lengths[element] = text_length(element)
        return lengths[element]

    cards: dict[Element, Element] = {}
    headlines = set()
    for heading in page.iter(*_CARD_HEADINGS):
        links = [link for link in heading.iter("a") if link.get("href")]
        linked = sum(text_length(link) for link in links)
        if not linked or linked < text_length(heading) * _MIN_HEADLINE_LINK_SHARE:
            continue
        headlines.add(heading)
        for ancestor in heading.iterancestors():
            if length_of(ancestor) > MAX_CARD_CHARS:
                break
            if any(paragraph in prose for paragraph in ancestor.iter("p")):
                cards.setdefault(ancestor, heading)
                break
    return {
        card: headline
        for card, headline in cards.items()
        if sum(1 for heading in card.iter(*_CARD_HEADINGS) if heading in headlines) == 1
    }


def _in_card(paragraph: Element, cards: dict[Element, Element]) -> bool:
    return any(ancestor in cards for ancestor in paragraph.iterancestors())


def _words(element: Element) -> str:
    return " ".join(element.text_content().split())


def _copy(element: Element) -> Element:
    """Return a copy of `element` without the text that follows it in its parent."""
    copied = copy.deepcopy(element)
    copied.tail = None
    return copied
