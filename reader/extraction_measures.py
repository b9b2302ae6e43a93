"""What article extraction measures on an element: text length, link density, class weight.

Finding the article's container (`reader.extraction`) and pruning it
(`reader.pruning`) read the page through these same measures.
"""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement as Element

Candidates = dict[Element, dict[str, Any]]
#: Shorter than this, a container with no image holds a label, not prose
#: (readability's minimum paragraph length).
MIN_TEXT_CHARS = 25
#: A paragraph of prose is a sentence or more.
MIN_PROSE_CHARS = 60
#: Share of a block's text that may be link text before it reads as a menu or
#: a list of other articles; content that cites sources stays well below.
MAX_LINK_DENSITY = 0.33
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: A table cell holding these lays out the page (a menu column, the story
#: column) rather than holding a datum.
LAYOUT_BLOCKS = ("p", "div", "ul", "ol", "table", "br")
#: Numbers in class names tell items apart ("post-11"), not shapes.
DIGITS = re.compile(r"\d+")
#: Class, id or role words of the notes an article cites ("footnotes",
#: "endnotes", role="doc-endnotes"): its text, though "foot" names footers.
_NOTES = re.compile(r"(?:^|[-_\s])(?:doc-)?(?:foot|end)-?notes?(?:$|[-_\s])", re.IGNORECASE)
_NEGATIVE = re.compile(
    r"combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|"
    r"related|scroll|shoutbox|sidebar|sponsor|shopping|tags|tool|widget",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|main|page|pagination|post|text|blog|story",
    re.IGNORECASE,
)
#: Class words of inline pop-ups ("rollover", "tooltip"), whose cards the page's
#: CSS hides and which readability's list calls unlikely ("popup").
POPUP = re.compile(r"tooltip|popover|rollover|hovercard|popup", re.IGNORECASE)
#: Marks a heading of the article's end matter for the text walker, which
#: would otherwise read "See also" as a label of links to other articles.
END_MATTER_MARK = "data-lisible-end-matter"
#: Marks a pointer line for the text walker: what is dropped after pruning (an
#: author's note, a promo) may leave it at the article's end, where it goes.
POINTER_MARK = "data-lisible-pointer"
#: A link showing its own address this long at least is a cited source ("lwn.net").
MIN_ADDRESS_CHARS = 7
#: Where a camel-case name starts a new word: "article|Share|Btn".
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SCHEME = re.compile(r"^(?:https?:)?//(?:www\.)?|^www\.", re.IGNORECASE)


def plain_text(element: Element) -> str:
    """Return an element's text with its runs of white space made one space."""
    return " ".join(element.text_content().split())


def text_length(element: Element) -> int:
    """Return the length of an element's text, its runs of white space counted as one."""
    return len(plain_text(element))


def prose_length(root: Element) -> int:
    """Return how many characters of `root` are in paragraphs of prose."""
    return sum(prose_blocks(root).values())


def prose_blocks(root: Element) -> dict[Element, int]:
    """Return the paragraphs of prose under `root` with their lengths.

    A paragraph of prose is a <p> of a sentence or more that is not mostly
    link text (a teaser's headline, a menu): what a reader came for.
    """
    found = {}
    for paragraph in root.iter("p"):
        if len(paragraph.text_content()) < MIN_PROSE_CHARS:
            continue  # white space only makes the text longer: it is short
        length = text_length(paragraph)
        if is_prose_paragraph(paragraph, length):
            found[paragraph] = length
    return found


def is_prose_paragraph(paragraph: Element, length: int | None = None) -> bool:
    """Tell a paragraph of prose: a sentence or more, not mostly links (`length` if known)."""
    if length is None:
        length = text_length(paragraph)
    return length >= MIN_PROSE_CHARS and link_density(paragraph, length) <= MAX_LINK_DENSITY


def class_words(element: Element) -> str:
    """Return an element's class and id, then again with camel-case names cut into words.

    Class words are matched whole ("share", not "shared"), and a name such
    as "articleShareBtn" holds three of them; the name stays whole too, for
    the words written in one piece or with a dash ("mostRead", "most-read").
    """
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    if names.islower() or names.isspace():
        return names  # most names: nothing to cut, and this runs on every element
    words = _CAMEL_HUMP.sub(" ", names)
    return names if words == names else f"{names} {words}"


def is_notes(element: Element) -> bool:
    """Tell the article's footnotes or endnotes by their class, id or role."""
    names = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"
    return _NOTES.search(names) is not None


def class_weight(element: Element) -> int:
    """Return readability's weight of an element's class and id, -50 to +50."""
    weight = 0
    for name in (element.get("class"), element.get("id")):
        if name:
            if _NEGATIVE.search(name):
                weight -= 25
            if _POSITIVE.search(name):
                weight += 25
    return weight


def link_density(element: Element, length: int | None = None) -> float:
    """Return the share of an element's text in links.

    Addresses are text: one to write to or call, and a link that shows its own
    address (a source cited as its URL), which a reader copies rather than
    follows and which no menu is made of.
    """
    if length is None:
        length = text_length(element)
    links = 0
    for a in element.iter("a"):
        href = a.get("href") or ""
        text = plain_text(a)
        if not href.startswith(("mailto:", "tel:")) and not _shows_address(text, href):
            links += len(text)
    return links / max(length, 1)


def _shows_address(text: str, href: str) -> bool:
    """Tell a link whose text is its own web address, maybe cut short ("example.org/a…")."""
    shown = _SCHEME.sub("", text.rstrip("…").removesuffix("...")).casefold()
    target = _SCHEME.sub("", href).casefold()
    return (
        len(shown) >= MIN_ADDRESS_CHARS
        and " " not in shown
        and "." in shown
        and target.startswith(shown.rstrip("/"))
    )
