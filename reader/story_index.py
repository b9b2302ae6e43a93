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
import re
from itertools import islice
from urllib.parse import urlsplit

import lxml.html
from lxml.html import HtmlElement as Element

from reader.extraction_measures import (
    DIGITS,
    HEADINGS,
    class_words,
    plain_text,
    prose_blocks,
    text_length,
)
from reader.extraction_metadata import is_site_name

#: A story's card is a headline and a summary of a sentence or two: longer is an article.
MAX_CARD_CHARS = 600
#: Fewer cards than this are an article's "read next" box, not a list of stories.
MIN_CARDS = 6
#: The cards hold at least this share of the page's prose.
MIN_CARDS_SHARE = 0.5
#: A list of stories sets its cards side by side: each has this many peers at least.
MIN_PEERS = 2
#: How far up a card's shape is read (its story box, the list's item, the list).
_PEER_DEPTH = 3
#: Class words of what is shown to screen readers only.
_SCREEN_READER_ONLY = re.compile(
    r"(?:^|[-_\s])(?:sr-only|visually-?hidden|screen-?reader(?:-text|-only)?|a11y-hidden)(?:$|[-_\s])",
    re.IGNORECASE,
)
#: A card's headline: any heading but the page's own (<h1>).
_CARD_HEADINGS = tuple(tag for tag in HEADINGS if tag != "h1")
#: A headline is its link: at least this share of its text.
_MIN_HEADLINE_LINK_SHARE = 0.8


def is_card_sized(content: Element) -> bool:
    """Tell whether the content found is short enough to be one story's card."""
    return text_length(content) <= MAX_CARD_CHARS


def story_list(page: Element, content: Element, site_names: tuple[str, ...] = ()) -> Element | None:
    """Return the list of stories of a page whose `content` is one of them (else None).

    `page` is the prepared page; `content` is what was found as its article
    (from the same page or a fresh parse of it); `site_names` are the site's
    names (folded, as `page_metadata` gives them). The list is a new element
    holding, in the page's order, each card's headline and its summary.
    A page with a headline of its own (an <h1> outside the cards that is not
    the site's masthead) is an article, and so is a card alone of its shape
    (a post whose title links to itself, beside a column of others): None.
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
    for heading in page.iter("h1"):
        if (
            plain_text(heading)
            and not _in_card(heading, cards)
            and not _is_masthead(heading, site_names)
        ):
            return None
    found = plain_text(content)
    held = [card for card in cards if (words := plain_text(card)) in found or found in words]
    if len(held) != 1 or _peers(held[0], cards) < MIN_PEERS:
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

    # What holds prose, found once from the paragraphs up, not by searching
    # each headline's ancestors (a page of empty paragraphs would be quadratic).
    holders = {ancestor for paragraph in prose for ancestor in paragraph.iterancestors()}
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
            if ancestor in holders:
                cards.setdefault(ancestor, heading)
                break
    return {
        card: headline
        for card, headline in cards.items()
        if sum(1 for heading in card.iter(*_CARD_HEADINGS) if heading in headlines) == 1
    }


def _peers(card: Element, cards: dict[Element, Element]) -> int:
    """Count the other cards of the same shape as `card`: the other items of its lists.

    The shape is the tag and classes of the card and of its ancestors
    `_PEER_DEPTH` levels up ("ol > li.story > article > div"), a modifier
    aside ("card card--lead"), and the card's own numbers ("post-11"): a
    post beside a column of excerpts differs by a class of its own
    ("post single") or of its column ("col-md-8", "col-md-4").
    """
    mine = _shape(card)
    return sum(1 for other in cards if other is not card and _shape(other) == mine)


def _shape(element: Element) -> tuple[tuple[str, frozenset[str]], ...]:
    nodes = (element, *islice(element.iterancestors(), _PEER_DEPTH))
    return tuple(
        (
            str(node.tag),
            frozenset(
                DIGITS.sub("", name) if node is element else name
                for name in (node.get("class") or "").split()
                if "--" not in name
            ),
        )
        for node in nodes
    )


def _is_masthead(heading: Element, site_names: tuple[str, ...]) -> bool:
    """Tell an <h1> that is the site's masthead, not a story's headline.

    It is the site's name, its logo linked to the home page, or a heading
    for screen readers only: a story's headline is there to be seen.
    """
    if is_site_name(plain_text(heading), list(site_names)):
        return True
    if _SCREEN_READER_ONLY.search(class_words(heading)):
        return True
    # "/" and "https://site/" are the home page; "#" and "/?p=12" are not.
    links = [urlsplit(link.get("href") or "#") for link in heading.iter("a")]
    return bool(links) and all(
        link.path in ("", "/")
        and not link.query
        and not link.fragment
        and (link.path or link.netloc)
        for link in links
    )


def _in_card(paragraph: Element, cards: dict[Element, Element]) -> bool:
    return any(ancestor in cards for ancestor in paragraph.iterancestors())


def _copy(element: Element) -> Element:
    """Return a copy of `element` without the text that follows it in its parent."""
    copied = copy.deepcopy(element)
    copied.tail = None
    return copied
