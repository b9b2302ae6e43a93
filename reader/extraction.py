"""Find an article's main content in a parsed page.

readability-lxml scores the page and picks the element that holds the article;
we drive its steps ourselves on the tree the page was parsed into once, and
replace its final clean-up (which serialises HTML, drops nested lists and small
tables, and keeps captions, teasers and share bars) with `reader.pruning.prune`.

The steps are readability-lxml 0.9's own methods (pinned in pyproject.toml);
its page parse and lxml Cleaner pass, half its time, are not needed: the page
is parsed once by the caller, and unsafe elements never reach the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import lxml.etree
from lxml.html import HtmlElement as Element

from reader import scanning
from reader.extraction_measures import (
    DIGITS,
    END_MATTER_MARK,
    HEADINGS,
    LAYOUT_BLOCKS,
    MAX_LINK_DENSITY,
    MIN_TEXT_CHARS,
    POINTER_MARK,
    POPUP,
    Candidates,
    class_weight,
    class_words,
    is_notes,
    link_density,
    prose_blocks,
    prose_length,
    text_length,
)

#: Elements whose text is never article text and that readability would
#: otherwise count when scoring.
_INVISIBLE = ("script", "style", "noscript", "template", "link", "meta", "head")
#: A <noscript> holding paragraphs is the page's text for readers without
#: scripts (some blogs put the whole post there); others hold tracking pixels
#: and "enable JavaScript" notices.
_NOSCRIPT_BLOCKS = ("p", "h1", "h2", "h3", "li", "blockquote", "pre")
_VOID = ("embed", "param", "source", "track", "wbr", "area", "col", "keygen", "img", "input")
_HIDDEN_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)",
    re.IGNORECASE,
)
#: readability's "unlikely candidate" test, applied by `_drop_unlikely`.
_UNLIKELY = re.compile(
    r"combx|comment|community|disqus|extra|foot|header|menu|remark|rss|shoutbox|sidebar|"
    r"sponsor|ad-break|agegate|pagination|pager|popup|tweet|twitter",
    re.IGNORECASE,
)
#: ARIA roles of what is never the article: menus, side columns, dialogs
#: (readability.js drops them too).
_UNLIKELY_ROLES = frozenset(
    {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"}
)
_MAYBE_CANDIDATE = re.compile(r"and|article|body|column|content|main|shadow", re.IGNORECASE)
#: Embedded posts (tweets, Instagram) are quoted in the article: a blockquote
#: is never an unlikely candidate, whatever its class says. Nor is a link: its
#: class names the link ("header-link" on a heading's text), not a region.
_NEVER_UNLIKELY = frozenset({"html", "body", "blockquote", "pre", "code", "main", "article", "a"})
#: Elements that hold a few words of the text they sit in (HTML's phrasing content).
_PHRASING = frozenset(
    {"span", "b", "i", "em", "strong", "dfn", "abbr", "sup", "sub", "mark", "cite", "q", "small",
     "time", "code", "font", "u", "s", "bdi", "bdo", "kbd", "var", "samp", "data"}
)  # fmt: skip
#: A data table's parts: their class names a column ("header_cell"), not a page region.
_TABLE_PARTS = ("tr", "td", "th", "thead", "tbody", "tfoot")
#: Class words of the sentence or two under a headline that sums the story up.
_STANDFIRST = re.compile(
    r"(?:^|[-_\s])(?:dek|standfirst|chapo|chapeau|chapô|lede|sapo|strapline|subhead|subtitle|"
    r"article-?summary|article-?intro)(?:$|[-_\s])",
    re.IGNORECASE,
)
#: Class words of a story's lead, in the header above the body ("perex", "intro").
_LEAD = re.compile(
    _STANDFIRST.pattern.replace("(?:dek|", "(?:dek|perex|intro|lead|excerpt|summary|"),
    re.IGNORECASE,
)
#: Class words of the columns beside the story.
_SIDE_COLUMN = re.compile(r"sidebar|side-?bar|rail|widget|aside", re.IGNORECASE)
#: How far up from the article's element the story header is looked for.
_LEAD_DEPTH = 3
#: A standfirst is a sentence or two: longer is a section, shorter a label.
_MIN_STANDFIRST_CHARS = 40
_MAX_STANDFIRST_CHARS = 600
#: readability retries without its "unlikely candidates" pass when the content
#: it found is shorter than this many characters (its own default, 250).
RETRY_CHARS = 250
#: We retry too when the content holds less than this share of the page's prose.
RETRY_SHARE = 0.5
#: The article's container holds this share of the page's prose at least.
WIDEN_SHARE = 0.7
#: Each step up while widening adds mostly prose: this share of its text at least.
ADDED_PROSE_SHARE = 0.5
#: Past `WIDEN_SHARE`, a step up must add at least this share of prose, all
#: above the article: a review's opening paragraph sits beside a score box
#: and a gallery's label, a third of what the step adds.
EXTRA_PROSE_SHARE = 0.5
#: A wrapper adding at most this much text besides prose ("Read more") is climbed.
BUTTON_CHARS = 30
#: What a step over a button, or past `WIDEN_SHARE`, adds is at most this share links.
MAX_ADDED_LINKS = 0.2
#: A picture's caption is a few lines at most.
MAX_CAPTION_CHARS = 400


def prepare(tree: Element) -> None:
    """Remove what is never read: scripts, styles, comments and hidden elements.

    The marks pruning leaves for the text walker are its own: a page's go.
    """
    lxml.etree.strip_attributes(tree, END_MATTER_MARK, POINTER_MARK)
    # libxml2 lets some void elements (<embed>) swallow the rest of their
    # parent; their children are the page's, not theirs.
    for element in list(tree.iter(*_VOID)):
        if len(element) or (element.text or "").strip():
            element.drop_tag()
    for noscript in list(tree.iter("noscript")):
        if any(text_length(block) >= MIN_TEXT_CHARS for block in noscript.iter(*_NOSCRIPT_BLOCKS)):
            noscript.drop_tag()
    lxml.etree.strip_elements(tree, *_INVISIBLE, with_tail=False)
    lxml.etree.strip_elements(
        tree, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False
    )
    hidden = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str)
        and (
            element.get("hidden") is not None
            or _HIDDEN_STYLE.search(element.get("style") or "") is not None
        )
    ]
    for element in hidden:
        if element.getparent() is not None:
            element.drop_tree()


def find_content(
    tree: Element, reparse: Callable[[], Element]
) -> tuple[Element | None, Candidates]:
    """Return the element holding the article (or None) and readability's scores.

    `tree` is changed in place. `reparse` gives a fresh, prepared copy of the
    page for readability's second, gentler pass, run whenever the first found
    less than `RETRY_SHARE` of the page's prose (a small wrong block, such as a
    disclosure box, when the article sits in a wrapper whose class says "footer").
    """
    from readability import Document

    page_prose = prose_length(tree)
    found, candidates = _find(Document(""), tree, ruthless=True)
    found_prose = prose_length(found) if found is not None else 0
    if found is None or text_length(found) < RETRY_CHARS or found_prose < page_prose * RETRY_SHARE:
        retry, retry_candidates = _find(Document(""), reparse(), ruthless=False)
        if retry is not None and (
            found is None
            or prose_length(retry) > found_prose
            or (found_prose == 0 and text_length(retry) > text_length(found))
        ):
            return retry, retry_candidates
    return found, candidates


def _find(document: Any, tree: Element, ruthless: bool) -> tuple[Element | None, Candidates]:
    document.html = tree
    document.get_link_density = _readability_link_density
    body = tree.find("body")
    if body is not None:
        body.set("id", "readabilityBody")
    if ruthless:
        _drop_unlikely(tree)
    document.transform_misused_divs_into_paragraphs()
    candidates: Candidates = document.score_paragraphs()
    best = document.select_best_candidate(candidates)
    if not best:
        return None, candidates
    best = document.get_semantic_article_candidate(candidates, best)
    best = document.get_semantic_main_candidate(candidates, best)
    original = best["elem"]
    best = _widen(best, candidates, tree)
    _keep_figures_beside(best, candidates)
    if not _move_lead(best["elem"]) and best["elem"] is not original:
        # The widening took in the story header the lead sits in, where prune
        # would drop it with the header: it goes to the top all the same.
        _move_lead(best["elem"], original)
    article: Element = document.get_article(candidates, best, html_partial=True)
    return article, candidates


def _widen(best: dict[str, Any], candidates: Candidates, tree: Element) -> dict[str, Any]:
    """Widen readability's best element to the container that holds the article.

    readability keeps one block and the siblings that score well beside it;
    an article split over cousin containers (doubly wrapped sections, one card
    per paragraph, a gallery's captions, a live blog's entries) loses all but
    one part. The container is the nearest ancestor holding `WIDEN_SHARE` of
    the page's prose; `prune` then drops the furniture inside it.
    """
    element: Element = best["elem"]
    blocks = prose_blocks(tree)
    total = sum(blocks.values())
    if not total:
        return best
    held: dict[Element, int] = {}
    for block, length in blocks.items():
        for ancestor in block.iterancestors():
            held[ancestor] = held.get(ancestor, 0) + length
    chosen, length, prose = element, text_length(element), held.get(element, 0)
    order = {node: index for index, node in enumerate(tree.iter())}
    notes = _notes(tree)
    skipped = False
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        wider, wider_prose = text_length(ancestor), held.get(ancestor, 0)
        added, added_prose = wider - length, wider_prose - prose
        if not added:
            continue  # a wrapper around the same text: look further up
        if prose >= total * WIDEN_SHARE:
            # Past the share, only a step adding mostly prose, and that
            # above the article, is taken: a lead or an opening paragraph left
            # beside the article's wrapper; never what follows its end (an
            # author's notice, "originally published at", the comments).
            # Or the article's other parts: sections of the same shape as the
            # one held, split by rules (<hr>), none after it opening a new story;
            # or its notes, with at most a button besides.
            taken = (
                added_prose > 0
                and (
                    _prose_before(blocks, ancestor, chosen, order) >= added * EXTRA_PROSE_SHARE
                    or (
                        added_prose >= added * ADDED_PROSE_SHARE
                        and _is_split_into_sections(ancestor, chosen)
                    )
                )
                and _added_links(ancestor, chosen) <= added * MAX_ADDED_LINKS
            ) or (bool(notes) and added - _added_notes(notes, ancestor, chosen) <= BUTTON_CHARS)
        else:
            # What a step adds must be mostly prose, not players, menus, teasers.
            taken = added_prose >= added * ADDED_PROSE_SHARE and (
                not skipped or _added_links(ancestor, chosen) <= added * MAX_ADDED_LINKS
            )
        if not taken:
            if skipped or added - added_prose > BUTTON_CHARS:
                break
            # A wrapper adding only a button ("Read more"): judge one level up.
            skipped = True
            continue
        chosen, length, prose, skipped = ancestor, wider, wider_prose, False
    if chosen is element or prose < total * WIDEN_SHARE:
        return best
    ancestor = chosen
    widened = candidates.setdefault(ancestor, {"content_score": 0.0, "elem": ancestor})
    widened["content_score"] = max(widened["content_score"], best["content_score"])
    return widened


def _is_split_into_sections(wider: Element, inner: Element) -> bool:
    """Tell whether `wider` holds `inner`'s part and its sibling parts, all of one shape.

    Rules (<hr>) split `wider`'s children, and every child with text has the
    tag and class (numbers aside) of the child holding `inner`: parts of one
    text, where a notice after the article ("About the company") has the
    same shape but no rule before it. The parts after `inner`'s hold no
    <h1>, which would open another story (the next article loaded below).
    """
    part = next(a for a in (inner, *inner.iterancestors()) if a.getparent() is wider)
    shape = (part.tag, DIGITS.sub("", part.get("class") or ""))
    after = False
    siblings = 0
    for child in wider:
        if child is part:
            after = True
            continue
        if not isinstance(child.tag, str) or not text_length(child):
            continue
        if (child.tag, DIGITS.sub("", child.get("class") or "")) != shape:
            return False
        if after and next(child.iter("h1"), None) is not None:
            return False
        siblings += 1
    return siblings > 0 and wider.find("hr") is not None


def _notes(tree: Element) -> list[Element]:
    """Return the page's footnotes and endnotes blocks, outermost only."""
    found: list[Element] = []
    for element in tree.iter():
        if (
            isinstance(element.tag, str)
            and is_notes(element)
            and not any(outer in element.iterancestors() for outer in found)
        ):
            found.append(element)
    return found


def _added_notes(notes: list[Element], wider: Element, inner: Element) -> int:
    """Return the text of the article's notes that `wider` holds outside `inner`."""
    return sum(
        text_length(element)
        for element in notes
        if wider in element.iterancestors()
        and inner not in element.iterancestors()
        and element not in inner.iterancestors()
        and element is not inner
    )


def _added_links(wider: Element, inner: Element) -> int:
    """Return the link text `wider` holds outside `inner`."""
    return sum(text_length(a) for a in wider.iter("a")) - sum(
        text_length(a) for a in inner.iter("a")
    )


def _prose_before(
    blocks: dict[Element, int], ancestor: Element, inner: Element, order: dict[Element, int]
) -> int:
    """Return the prose under `ancestor` that comes before `inner` (not inside it).

    `order` numbers the page's elements in document order: an element outside
    `inner` with a smaller number starts before it.
    """
    found = 0
    for block, length in blocks.items():
        if order[block] < order[inner] and ancestor in block.iterancestors():
            found += length
    return found


#: readability's `clean`, but for its final strip: one slice of a long text.
_LONG_SPACE = re.compile(r"\s{255,}")
_LINE_SPACE = re.compile(r"\s*\n\s*")
_RUN_OF_SPACES = re.compile(r"\t|[ \t]{2,}")


def _readability_link_density(element: Element) -> float:
    """Return readability's link density of an element, as readability-lxml 0.9 reckons it.

    Its text is cleaned a slice at a time: readability runs its regexes over
    the whole text of every candidate, the whole article for the outer ones,
    and one such call over a long read held the GIL (a frozen window) for
    tens of milliseconds.
    """
    links = sum(_readability_length(link) for link in element.findall(".//a"))
    return links / max(_readability_length(element), 1)


def _readability_length(element: Element) -> int:
    def clean(text: str) -> str:
        text = _LONG_SPACE.sub(" " * 255, text)
        text = _LINE_SPACE.sub("\n", text)
        return _RUN_OF_SPACES.sub(" ", text)

    return len(scanning.in_slices(element.text_content() or "", clean).strip())


def _keep_figures_beside(best: dict[str, Any], candidates: Candidates) -> None:
    """Make readability keep the figures next to the article's element (a lead photo).

    It keeps a sibling of the best element when the sibling's score reaches a
    threshold; figures have no text to score, so they get that threshold: a
    <figure>, or a box before the article holding a picture and its caption
    (a "featured image" above the story).
    """
    element: Element = best["elem"]
    parent = element.getparent()
    if parent is None:
        return
    threshold = max(10, best["content_score"] * 0.2)
    before = True
    for sibling in parent:
        if sibling is element:
            before = False
        elif sibling.tag == "figure" and sibling not in candidates:
            candidates[sibling] = {"content_score": threshold, "elem": sibling}
        elif before and _is_picture_box(sibling):
            # Its caption, read as a short paragraph, may have scored it low.
            score = candidates.get(sibling, {}).get("content_score", 0)
            candidates[sibling] = {"content_score": max(score, threshold), "elem": sibling}


def _is_picture_box(element: Element) -> bool:
    """Tell a box holding one picture and at most a caption: a few lines, no link away."""
    if element.tag not in ("div", "section") or class_weight(element) < 0:
        return False
    if len(element.findall(".//img")) != 1:
        return False
    if any(not a.get("href", "#").startswith(("#", "javascript:")) for a in element.iter("a")):
        return False  # a link to another page: a teaser (an "Enlarge" button stays)
    return text_length(element) <= MAX_CAPTION_CHARS


def _move_lead(element: Element, inner: Element | None = None) -> bool:
    """Put the lead (standfirst, chapô) found in the story's header at the top of the article.

    Only a paragraph-like element counts, outside side columns: a subtitle
    heading in a sidebar is not the story's lead. A heading counts when the
    page marks it as the article's description (schema.org's itemprop).
    The header's captioned picture, if any, follows the lead (`_header_picture`).
    The header is looked for above `element`, or, given the `inner` block
    the article was widened from, inside `element` before it. Return whether
    a lead was moved.
    """
    if inner is not None:
        areas = [element]
        holders = {element, *(a for a in inner.iterancestors() if element in a.iterancestors())}
        stop = inner
    else:
        areas = [a for a in element.iterancestors() if a.tag not in ("body", "html")]
        holders = set(areas)
        areas, stop = areas[:_LEAD_DEPTH], element
    for area in areas:
        found = _lead_in(area, stop, holders)
        if found is not None:
            if found.tag in HEADINGS:
                found.tag = "p"  # the lead reads as the article's first paragraph
            picture = _header_picture(area, stop, holders)
            element.insert(0, found)
            if picture is not None:
                element.insert(1, picture)
            return True
    return False


def _header_picture(area: Element, stop: Element, holders: set[Element]) -> Element | None:
    """Return the captioned picture of the story header (`area`) before `stop`, if any.

    The story's header holds its headline, its lead and its picture; the lead
    moves to the article, and so does the picture, after it.
    """
    for figure in area.iterdescendants("figure"):
        if figure is stop or stop in figure.iterancestors():
            return None
        if (
            figure.find(".//figcaption") is not None
            and figure.find(".//img") is not None
            and not holders.intersection(figure.iter())
            and not _in_side_column(figure, area)
            and stop not in figure.iterdescendants()
        ):
            return figure
    return None


def _lead_in(area: Element, stop: Element, holders: set[Element]) -> Element | None:
    """Return the last lead-like element of `area` before `stop`, outside `holders`."""
    found = None
    for candidate in area.iterdescendants():
        if candidate is stop:
            break
        if (
            not isinstance(candidate.tag, str)
            or candidate in holders
            or _in_side_column(candidate, area)
            or candidate.tag == "figcaption"
            or next(candidate.iterancestors("figure"), None) is not None
        ):
            continue  # a picture's caption describes the picture, not the story
        described = "description" in (candidate.get("itemprop") or "").split()
        named = _LEAD.search(class_words(candidate))
        if not (described or (named and candidate.tag not in HEADINGS)) and not _follows_headline(
            candidate
        ):
            continue
        length = text_length(candidate)
        if (
            _MIN_STANDFIRST_CHARS <= length <= _MAX_STANDFIRST_CHARS
            and link_density(candidate, length) < MAX_LINK_DENSITY
            and next(candidate.iter("img", "picture", "figure"), None) is None
        ):
            found = candidate
    return found


def _follows_headline(paragraph: Element) -> bool:
    """Tell a sentence set right under the headline: a paragraph after the <h1>'s box."""
    if paragraph.tag != "p":
        return False
    previous = paragraph.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return (
        previous is not None
        and (previous.tag == "h1" or previous.find(".//h1") is not None)
        and text_length(previous) == text_length(next(previous.iter("h1")))
        and paragraph.text_content().rstrip().endswith((".", "!", "?", "…"))
    )


def _in_side_column(element: Element, top: Element) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is top:
            return False
        names = class_words(ancestor)
        if ancestor.tag == "aside" or _SIDE_COLUMN.search(names):
            return True
    return False


def _drop_unlikely(tree: Element) -> None:
    """Drop elements whose class or id says they are comments, footers, sidebars.

    Elements whose ARIA role is a menu, navigation, a side column or a dialog
    (`_UNLIKELY_ROLES`) go too; neither goes when it holds the page's <main> or
    <article> or the story's standfirst.
    """
    named = [
        (element, class_words(element))
        for element in tree.iter()
        if isinstance(element.tag, str) and (element.get("class") or element.get("id"))
    ]
    # What holds the main or article element, or a story's standfirst (a
    # "story-header"), is never unlikely: found once, not per element.
    kept: set[Element] = set()
    for element in tree.iter("main", "article", "math"):
        kept.add(element)
        kept.update(element.iterancestors())
    for element, names in named:
        if _STANDFIRST.search(names) and element.tag not in HEADINGS:
            kept.update(element.iterancestors())
    unlikely = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str)
        and element.get("role") in _UNLIKELY_ROLES
        and element.tag not in _NEVER_UNLIKELY
        and element not in kept
    ]
    for element, names in named:
        if element.tag in _NEVER_UNLIKELY or element in kept or is_notes(element):
            continue
        if not _UNLIKELY.search(names) or _MAYBE_CANDIDATE.search(names):
            continue
        if next(element.iterancestors("pre", "code", "blockquote"), None) is not None:
            continue
        if (
            element.tag in _PHRASING
            and POPUP.search(names)
            and next(element.iterancestors("p"), None) is not None
        ):
            # A pop-up's words inside a sentence ("<span class=popup-text>"):
            # its text, or a card reader.html_cleaning drops.
            continue
        if element.tag in _TABLE_PARTS and next(element.iter(*LAYOUT_BLOCKS), None) is None:
            continue  # a data table's cell or row: its class names a column ("header_cell")
        unlikely.append(element)
    for element in unlikely:
        if element.getparent() is not None:
            element.drop_tree()
