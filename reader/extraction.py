"""Find an article's main content in a parsed page.

readability-lxml scores the page and picks the element that holds the article;
we drive its steps ourselves on the tree the page was parsed into once, and
replace its final clean-up (which serialises HTML, drops nested lists and small
tables, and keeps captions, teasers and share bars) with `prune` below.

The steps are readability-lxml 0.9's own methods (pinned in pyproject.toml);
its page parse and lxml Cleaner pass, half its time, are not needed: the page
is parsed once by the caller, and unsafe elements never reach the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

import lxml.etree
from lxml.html import HtmlElement as Element

from reader import scanning

Candidates = dict[Element, dict[str, Any]]

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
#: Class, id or role words of the notes an article cites ("footnotes",
#: "endnotes", role="doc-endnotes"): its text, though "foot" names footers.
_NOTES = re.compile(r"(?:^|[-_\s])(?:doc-)?(?:foot|end)-?notes?(?:$|[-_\s])", re.IGNORECASE)
_MAYBE_CANDIDATE = re.compile(r"and|article|body|column|content|main|shadow", re.IGNORECASE)
#: Embedded posts (tweets, Instagram) are quoted in the article: a blockquote
#: is never an unlikely candidate, whatever its class says. Nor is a link: its
#: class names the link ("header-link" on a heading's text), not a region.
_NEVER_UNLIKELY = frozenset({"html", "body", "blockquote", "pre", "code", "main", "article", "a"})
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
#: A paragraph of prose is a sentence or more.
MIN_PROSE_CHARS = 60
#: A picture's caption is a few lines at most.
MAX_CAPTION_CHARS = 400


def prepare(tree: Element) -> None:
    """Remove what is never read: scripts, styles, comments and hidden elements."""
    # libxml2 lets some void elements (<embed>) swallow the rest of their
    # parent; their children are the page's, not theirs.
    for element in list(tree.iter(*_VOID)):
        if len(element) or (element.text or "").strip():
            element.drop_tag()
    for noscript in list(tree.iter("noscript")):
        if any(_text_length(block) >= MIN_TEXT_CHARS for block in noscript.iter(*_NOSCRIPT_BLOCKS)):
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
    if found is None or _text_length(found) < RETRY_CHARS or found_prose < page_prose * RETRY_SHARE:
        retry, retry_candidates = _find(Document(""), reparse(), ruthless=False)
        if retry is not None and (
            found is None
            or prose_length(retry) > found_prose
            or (found_prose == 0 and _text_length(retry) > _text_length(found))
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


def prose_length(root: Element) -> int:
    """Return how many characters of `root` are in paragraphs of prose."""
    return sum(_prose_blocks(root).values())


def _prose_blocks(root: Element) -> dict[Element, int]:
    """Return the paragraphs of prose under `root` with their lengths.

    A paragraph of prose is a <p> of a sentence or more that is not mostly
    link text (a teaser's headline, a menu): what a reader came for.
    """
    found = {}
    for paragraph in root.iter("p"):
        if len(paragraph.text_content()) < MIN_PROSE_CHARS:
            continue  # white space only makes the text longer: it is short
        length = _text_length(paragraph)
        if length >= MIN_PROSE_CHARS and _link_density(paragraph, length) <= MAX_LINK_DENSITY:
            found[paragraph] = length
    return found


def _widen(best: dict[str, Any], candidates: Candidates, tree: Element) -> dict[str, Any]:
    """Widen readability's best element to the container that holds the article.

    readability keeps one block and the siblings that score well beside it;
    an article split over cousin containers (doubly wrapped sections, one card
    per paragraph, a gallery's captions, a live blog's entries) loses all but
    one part. The container is the nearest ancestor holding `WIDEN_SHARE` of
    the page's prose; `prune` then drops the furniture inside it.
    """
    element: Element = best["elem"]
    blocks = _prose_blocks(tree)
    total = sum(blocks.values())
    if not total:
        return best
    held: dict[Element, int] = {}
    for block, length in blocks.items():
        for ancestor in block.iterancestors():
            held[ancestor] = held.get(ancestor, 0) + length
    chosen, length, prose = element, _text_length(element), held.get(element, 0)
    order = {node: index for index, node in enumerate(tree.iter())}
    notes = _notes(tree)
    skipped = False
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        wider, wider_prose = _text_length(ancestor), held.get(ancestor, 0)
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
    shape = (part.tag, _DIGITS.sub("", part.get("class") or ""))
    after = False
    siblings = 0
    for child in wider:
        if child is part:
            after = True
            continue
        if not isinstance(child.tag, str) or not _text_length(child):
            continue
        if (child.tag, _DIGITS.sub("", child.get("class") or "")) != shape:
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
            and _is_notes(element)
            and not any(outer in element.iterancestors() for outer in found)
        ):
            found.append(element)
    return found


def _added_notes(notes: list[Element], wider: Element, inner: Element) -> int:
    """Return the text of the article's notes that `wider` holds outside `inner`."""
    return sum(
        _text_length(element)
        for element in notes
        if wider in element.iterancestors()
        and inner not in element.iterancestors()
        and element not in inner.iterancestors()
        and element is not inner
    )


def _added_links(wider: Element, inner: Element) -> int:
    """Return the link text `wider` holds outside `inner`."""
    return sum(_text_length(a) for a in wider.iter("a")) - sum(
        _text_length(a) for a in inner.iter("a")
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
    if element.tag not in ("div", "section") or _class_weight(element) < 0:
        return False
    if len(element.findall(".//img")) != 1:
        return False
    if any(not a.get("href", "#").startswith(("#", "javascript:")) for a in element.iter("a")):
        return False  # a link to another page: a teaser (an "Enlarge" button stays)
    return _text_length(element) <= MAX_CAPTION_CHARS


def _move_lead(element: Element, inner: Element | None = None) -> bool:
    """Put the lead (standfirst, chapô) found in the story's header at the top of the article.

    Only a paragraph-like element counts, outside side columns: a subtitle
    heading in a sidebar is not the story's lead. A heading counts when the
    page marks it as the article's description (schema.org's itemprop).
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
            if found.tag in _HEADINGS:
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
        named = _LEAD.search(f"{candidate.get('class') or ''} {candidate.get('id') or ''}")
        if not (described or (named and candidate.tag not in _HEADINGS)) and not _follows_headline(
            candidate
        ):
            continue
        length = _text_length(candidate)
        if (
            _MIN_STANDFIRST_CHARS <= length <= _MAX_STANDFIRST_CHARS
            and _link_density(candidate, length) < MAX_LINK_DENSITY
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
        and _text_length(previous) == _text_length(next(previous.iter("h1")))
        and paragraph.text_content().rstrip().endswith((".", "!", "?", "…"))
    )


def _in_side_column(element: Element, top: Element) -> bool:
    for ancestor in element.iterancestors():
        if ancestor is top:
            return False
        names = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"
        if ancestor.tag == "aside" or _SIDE_COLUMN.search(names):
            return True
    return False


def _drop_unlikely(tree: Element) -> None:
    """Drop elements whose class or id says they are comments, footers, sidebars."""
    named = [
        (element, f"{element.get('class') or ''} {element.get('id') or ''}")
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
        if _STANDFIRST.search(names) and element.tag not in _HEADINGS:
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
        if element.tag in _NEVER_UNLIKELY or element in kept or _is_notes(element):
            continue
        if not _UNLIKELY.search(names) or _MAYBE_CANDIDATE.search(names):
            continue
        if next(element.iterancestors("pre", "code", "blockquote"), None) is not None:
            continue
        if element.tag in _TABLE_PARTS and next(element.iter(*_LAYOUT_BLOCKS), None) is None:
            continue  # a data table's cell or row: its class names a column ("header_cell")
        unlikely.append(element)
    for element in unlikely:
        if element.getparent() is not None:
            element.drop_tree()


def _text_length(element: Element) -> int:
    return len(" ".join(element.text_content().split()))


_NEGATIVE = re.compile(
    r"combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|"
    r"related|scroll|shoutbox|sidebar|sponsor|shopping|tags|tool|widget",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|main|page|pagination|post|text|blog|story",
    re.IGNORECASE,
)
_CONTAINERS = ("div", "section", "aside", "header", "footer", "ul", "ol", "dl", "table", "form")
#: A table cell holding these lays out the page (a menu column, the story
#: column) rather than holding a datum.
_LAYOUT_BLOCKS = ("p", "div", "ul", "ol", "table", "br")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TABLE_PARTS = ("tr", "td", "th", "thead", "tbody", "tfoot")
#: Shorter than this, a container with no image holds a label, not prose
#: (readability's minimum paragraph length).
MIN_TEXT_CHARS = 25
#: Share of a block's text that may be link text before it reads as a menu or
#: a list of other articles; content that cites sources stays well below.
MAX_LINK_DENSITY = 0.33
#: Tags of the items of a teaser grid, and how many make a grid. A list of
#: links closing an article (its contents, its sources) is read as a list.
_TEASER_TAGS = frozenset({"div", "article", "section", "aside"})
MIN_TEASER_RUN = 3
#: How many siblings, and levels up, are looked at around a short block.
_NEIGHBOURS = 3
#: Numbers in class names tell items apart ("post-11"), not shapes.
_DIGITS = re.compile(r"\d+")
#: Class or id words that only ever name lists of other articles or reader
#: comments: dropped at any length, unless they hold most of the content.
_RECIRCULATION = re.compile(
    r"(?:^|[-_\s])(?:related|teasers?|trending|recirc|recirculation|outbrain|taboola|"
    r"most-?read|most-?popular|more-?stories|read-?next|up-?next|comments?|disqus|rail)"
    r"(?:$|[-_\s])",
    re.IGNORECASE,
)
#: Above this share of the content's text, an element with a recirculation
#: class is the article's own wrapper ("has-comments", "post-related-wrap").
_RECIRCULATION_MAX_SHARE = 0.4
#: An element holding more than this share of the content's text is the content.
_CONTENT_SHARE = 0.5
#: A paragraph that is all link is a teaser or a call to action ("Read more
#: by clicking here") when short; 150 characters is a long headline.
MAX_LINK_LINE_CHARS = 150
LINK_LINE_DENSITY = 0.8
#: A link showing its own address this long at least is a cited source ("lwn.net").
MIN_ADDRESS_CHARS = 7
_SCHEME = re.compile(r"^(?:https?:)?//(?:www\.)?|^www\.", re.IGNORECASE)
#: Short lists closing this many of the article's sections, and most of
#: them, are the article's (a buyer's guide's shop links).
MIN_SECTION_LISTS = 3
MAX_SECTION_LIST_ITEMS = 3
#: A note pointing to other pages is a line, this much of it links at least.
MAX_POINTER_NOTE_CHARS = 200
POINTER_LINKS = 0.2
#: Labels of link lists ("You may also like…", "Most read in world news").
MAX_LABEL_CHARS = 80
#: A labelled section of teasers is a few headlines with their summaries;
#: past this it is part of the article that begins with such a phrase.
MAX_TEASER_SECTION_CHARS = 2000
#: A teaser's summary is a sentence; a paragraph this long is the article's.
PROSE_CHARS = 200
#: Headings of teasers and link lists are mostly link text.
MAX_HEADING_LINK_DENSITY = 0.33
#: Headings of the sections that close a reference article: the works it
#: cites, its notes and the reading it points to are its text, link-dense as
#: they are (Reader View keeps them). An edit link ("[edit]") may follow.
_END_MATTER = re.compile(
    r"(?:see also|references?|notes?|notes and references|bibliography|further reading|"
    r"sources|external links|works cited|citations|voir aussi|r[ée]f[ée]rences?|"
    r"notes et r[ée]f[ée]rences|bibliographie|liens externes|pour aller plus loin)"
    r"\s*:?\s*(?:\[[^\]]{1,12}\])?",
    re.IGNORECASE,
)
#: Marks a heading of the article's end matter for the text walker, which
#: would otherwise read "See also" as a label of links to other articles.
END_MATTER_MARK = "data-lisible-end-matter"
#: What an end-matter section holds: lists and notes, not tables or menus.
_END_MATTER_BLOCKS = ("ul", "ol", "dl", "p", "div", "section", "blockquote")


def prune(article: Element, candidates: Candidates) -> None:
    """Drop the page furniture readability keeps around the article's text."""
    _drop_recirculation(article)
    _drop_teaser_runs(article)
    kept = _end_matter(article) | _section_lists(article)
    _drop_labelled_lists(article, kept)
    _drop_pointer_notes(article)
    for paragraph in list(article.iter("p")):
        if paragraph in kept:
            continue
        length = len(" ".join(paragraph.text_content().split()))
        if length < MAX_LINK_LINE_CHARS and _link_density(paragraph, length) > LINK_LINE_DENSITY:
            _drop(paragraph)
    for heading in list(article.iter(*_HEADINGS)):
        if heading in kept:
            continue
        if _class_weight(heading) < 0 or (
            _link_density(heading) > MAX_HEADING_LINK_DENSITY and not _heads_prose(heading)
        ):
            _drop(heading)
    total = _text_length(article)
    for element in reversed(list(article.iter(*_CONTAINERS, "td"))):
        if element is article or element.getparent() is None or element in kept:
            continue
        if _text_length(element) > total * _CONTENT_SHARE:
            continue  # what holds most of the content is the content, whatever its class
        if element.tag == "td" and next(element.iter(*_LAYOUT_BLOCKS), None) is None:
            continue  # a data cell: short by nature, pruned only with its table
        if _is_furniture_container(element, candidates) and not _is_introduced_list(element):
            _drop(element)


def _drop_pointer_notes(article: Element) -> None:
    """Drop the notes that point to other pages ("Main article: …", "For …, see …").

    A reference site sets them under its section headings as role="note",
    the ARIA role of a remark aside from the content; a note that is a line
    with links in it sends the reader elsewhere. A longer note, or one without
    links (an editor's note), is the article's.
    """
    for note in list(article.iterdescendants()):
        if not isinstance(note.tag, str) or note.get("role") != "note":
            continue
        length = _text_length(note)
        if length <= MAX_POINTER_NOTE_CHARS and _link_density(note, length) >= POINTER_LINKS:
            _drop(note)


def _end_matter(article: Element) -> set[Element]:
    """Return the elements of the sections that close the article: "See also", references.

    Such a section opens with a heading named `_END_MATTER`, on the level of
    the article's own section headings (an earlier heading of the same tag
    heads a paragraph of prose), outside any box whose class says furniture
    ("related", "widget"): a "See also" box of other stories beside a story
    has no sections of its own around it. The section runs over the heading's
    next siblings up to the next heading of its rank or above, or a menu.
    """
    kept: set[Element] = set()
    sections: dict[str, bool] = {}
    for heading in list(article.iter("h2", "h3", "h4")):
        if heading.tag not in sections:
            sections[heading.tag] = False
        if not _END_MATTER.fullmatch(" ".join(heading.text_content().split())):
            sections[heading.tag] = sections[heading.tag] or _opens_prose(heading)
            continue
        if not sections[heading.tag] or any(_class_weight(e) < 0 for e in _up_to(heading, article)):
            continue
        heading.set(END_MATTER_MARK, "")
        kept.update(heading.iter())
        rank = _HEADINGS.index(heading.tag)
        started = False
        for sibling in heading.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if any(_HEADINGS.index(h.tag) <= rank for h in sibling.iter(*_HEADINGS)):
                break  # the next section
            if sibling.tag == "nav" or sibling.get("role") == "navigation":
                if started:
                    break  # the site's menus under the article
                continue  # a box of links floated beside the section's start
            if sibling.tag in _END_MATTER_BLOCKS and _class_weight(sibling) >= 0:
                kept.update(sibling.iter())
                started = True
    return kept


def _section_lists(article: Element) -> set[Element]:
    """Return the short lists that close most of the article's sections, with their insides.

    A buyer's guide ends each product's section with its shops' links ("Get
    it on Amazon for $39.99"): link lists, but the article's own, told by
    their place. A list of other stories closes one section, not most of them.
    """
    kept: set[Element] = set()
    for tag in ("h2", "h3"):
        headings = [h for h in article.iter(tag) if h.getparent() is not None]
        closing = []
        for heading in headings:
            last = None
            for sibling in heading.itersiblings():
                if not isinstance(sibling.tag, str):
                    continue
                if sibling.tag in _HEADINGS:
                    break
                last = sibling
            if (
                last is not None
                and last.tag in ("ul", "ol")
                and len(last) <= MAX_SECTION_LIST_ITEMS
                and _text_length(last) <= MAX_LINK_LINE_CHARS
            ):
                closing.append(last)
        if len(closing) >= MIN_SECTION_LISTS and len(closing) * 2 > len(headings):
            for element in closing:
                kept.update(element.iter())
    return kept


def _opens_prose(heading: Element) -> bool:
    """Tell a section heading: a paragraph of prose is among its next siblings."""
    return any(
        sibling.tag == "p" and _is_prose_paragraph(sibling)
        for sibling in islice(heading.itersiblings(), _NEIGHBOURS)
    )


def _up_to(element: Element, top: Element) -> Iterator[Element]:
    """Yield an element and its ancestors below `top`."""
    yield element
    for ancestor in element.iterancestors():
        if ancestor is top:
            return
        yield ancestor


def _is_inside_prose(element: Element) -> bool:
    """Tell whether paragraphs of prose stand just before and just after an element.

    Only the nearest `_NEIGHBOURS` siblings are looked at, on the element's
    level and a few above it, so that a page of many small blocks costs
    little.
    """
    before = after = False
    for level, relative in enumerate((element, *element.iterancestors())):
        if level > _NEIGHBOURS or relative.tag in ("article", "main", "body"):
            break
        before = before or _prose_among(relative.itersiblings(preceding=True))
        after = after or _prose_among(relative.itersiblings())
        if before and after:
            return True
    return False


def _is_heading_box(element: Element) -> bool:
    """Tell a box holding only a sub-heading of the article: prose comes next.

    Some sites wrap each section's heading in a box of its own, with the
    section's paragraphs in the next box. The first box with text after it,
    on its level or a few above, must open with a paragraph of prose.
    """
    headings = list(element.iter(*_HEADINGS))
    if len(headings) != 1 or _text_length(headings[0]) != _text_length(element):
        return False
    for level, relative in enumerate((element, *element.iterancestors())):
        if level > _NEIGHBOURS or relative.tag in ("article", "main", "body"):
            return False
        for sibling in islice(relative.itersiblings(), _NEIGHBOURS):
            if not isinstance(sibling.tag, str) or not _text_length(sibling):
                continue
            first = sibling if sibling.tag == "p" else next(sibling.iter("p"), None)
            return first is not None and _is_prose_paragraph(first)
    return False


def _prose_among(siblings: Iterator[Element]) -> bool:
    for sibling in islice(siblings, _NEIGHBOURS):
        if sibling.tag == "p" and _text_length(sibling) >= MIN_PROSE_CHARS:
            return True
    return False


def _heads_prose(heading: Element) -> bool:
    """Tell a linked sub-heading of the article: a paragraph of prose comes next.

    A picture or a player without text may stand between them, or a short
    line without links (a byline, a date).
    """
    for following in islice(heading.itersiblings(), _NEIGHBOURS):
        length = _text_length(following)
        if following.tag == "p" and length >= MIN_PROSE_CHARS:
            return _link_density(following, length) <= MAX_LINK_DENSITY
        if length >= MIN_PROSE_CHARS or following.tag == "a" or following.find(".//a") is not None:
            return False
    return False


def _is_introduced_list(element: Element) -> bool:
    """Tell a list the article introduces ("Sources for this report:") from a menu."""
    previous = element.getprevious()
    return (
        element.tag in ("ul", "ol")
        and previous is not None
        and previous.tag == "p"
        and previous.text_content().rstrip().endswith(":")
        and not (previous.tail or "").strip()
    )


def _drop_teaser_runs(article: Element) -> None:
    """Drop runs of teasers: same-shaped siblings that each open with a link, after the prose.

    A grid of other stories is told by its shape, not by its label (which may
    be in any language, or missing): `MIN_TEASER_RUN` siblings or more of the
    same tag and class, each opening with a link (a linked headline), with no
    paragraph of the article after them.
    """
    runs = []
    for parent in article.iter():
        groups: dict[tuple[str, str], list[Element]] = {}
        for child in parent:
            shape = _DIGITS.sub("", child.get("class") or "") if isinstance(child.tag, str) else ""
            if child.tag in _TEASER_TAGS or (child.tag == "p" and shape):
                groups.setdefault((child.tag, shape), []).append(child)
        for members in groups.values():
            if len(members) >= MIN_TEASER_RUN and all(map(_opens_with_link, members)):
                runs.append(members)
    if not runs:
        return
    order = {element: index for index, element in enumerate(article.iter())}
    prose = sorted(_prose_blocks(article), key=order.__getitem__, reverse=True)
    for members in runs:
        inside = {id(e) for member in members for e in member.iter()}
        last = max(order[member] for member in members)
        after = next((p for p in prose if order[p] <= last or id(p) not in inside), None)
        if after is None or order[after] <= last:
            for member in members:
                _drop(member)


def _opens_with_link(element: Element) -> bool:
    """Tell whether the first text of an element is inside a link."""
    if (element.text or "").strip():
        return False
    for child in element.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        if (child.text or "").strip():
            return child.tag == "a" or next(child.iterancestors("a"), None) is not None
        if (child.tail or "").strip():
            return False
    return False


def _drop_recirculation(article: Element) -> None:
    total = _text_length(article)
    found = [
        element
        for element in article.iterdescendants()
        if isinstance(element.tag, str)
        and _RECIRCULATION.search(f"{element.get('class') or ''} {element.get('id') or ''}")
    ]
    for element in found:
        if _text_length(element) <= total * _RECIRCULATION_MAX_SHARE:
            _drop(element)


def _drop_labelled_lists(article: Element, kept: set[Element]) -> None:
    """Drop "Related" / "Most read" labels with the links or teasers they head.

    The article's own end matter (`kept`: a "See also" section) stays.
    """
    from reader.boilerplate import boilerplate_kind, is_standalone_boilerplate

    for label in list(article.iter("p", *_HEADINGS)):
        if label.getparent() is None or label in kept:
            continue
        text = " ".join(label.text_content().split())
        if not text or len(text) > MAX_LABEL_CHARS:
            continue
        if boilerplate_kind(text) != "related" and not is_standalone_boilerplate(text):
            continue
        section = label
        parent = section.getparent()
        while (
            parent is not None
            and parent is not article
            and _first_text_element(parent) is section
            and _text_length(parent) <= MAX_TEASER_SECTION_CHARS
            and not _holds_prose(parent)
        ):
            section, parent = parent, parent.getparent()
        for sibling in list(section.itersiblings()):
            length = _text_length(sibling)
            if length and _link_density(sibling, length) <= LINK_LINE_DENSITY:
                break
            _drop(sibling)
        _drop(section)


def _holds_prose(element: Element) -> bool:
    """Tell whether an element holds the article's text, not only teasers.

    Either one long paragraph, or two paragraphs of prose in a row: a teaser's
    summary stands alone under its linked headline, while a story told in
    short paragraphs runs them one after the other.
    """
    for block in element.iter("p", "li", "blockquote", "pre"):
        length = _text_length(block)
        if length >= PROSE_CHARS and _link_density(block, length) <= MAX_LINK_DENSITY:
            return True
        if block.tag == "p" and _is_prose_paragraph(block, length):
            following = block.getnext()
            if following is not None and following.tag == "p" and _is_prose_paragraph(following):
                return True
    return False


def _is_prose_paragraph(paragraph: Element, length: int | None = None) -> bool:
    if length is None:
        length = _text_length(paragraph)
    return length >= MIN_PROSE_CHARS and _link_density(paragraph, length) <= MAX_LINK_DENSITY


def _first_text_element(element: Element) -> Element | None:
    if (element.text or "").strip():
        return None
    for child in element:
        if isinstance(child.tag, str) and child.text_content().strip():
            return child
        if (child.tail or "").strip():
            return None
    return None


def _is_furniture_container(element: Element, candidates: Candidates) -> bool:
    if next(element.iter("blockquote"), None) is not None and _link_density(element) < 0.5:
        return False  # an embedded post, whatever its "social-media" class says
    if _is_notes(element) and _link_density(element) <= MAX_LINK_DENSITY:
        return False  # the article's notes, not a footer
    weight = _class_weight(element)
    if weight >= 0 and _is_list_of_paragraphs(element):
        return False  # readability scores a list below zero, paragraphs and all
    score = candidates[element]["content_score"] if element in candidates else 0
    if weight + score < 0:
        return True
    text = element.text_content()
    if text.count(",") >= 10:
        return False
    length = len(" ".join(text.split()))
    if length == 0:
        return element.find(".//img") is None
    if length < MIN_TEXT_CHARS and element.tag not in ("ul", "ol", "dl", "table"):
        # A code line, a phone number, a step: short, but not a link or a label.
        if weight >= 0 and element.find(".//a") is None and _is_inside_prose(element):
            return False
        if weight >= 0 and _is_heading_box(element):
            return False
        return element.find(".//img") is None
    density = _link_density(element, length)
    in_list = element.tag in ("ul", "ol") and weight >= 0
    if density <= 0.5 and in_list and _is_inside_prose(element):
        return False  # a list of the story's, between its paragraphs, half words at least
    if density <= 0.5 and _is_one_sentence(element, length):
        return False  # a sentence that cites its source: "published by <a>the port</a>."
    return density > (0.5 if weight >= 25 else MAX_LINK_DENSITY)


def _is_list_of_paragraphs(element: Element) -> bool:
    """Tell a list whose every item is a paragraph of prose (a photo's caption, points made).

    Menus and lists of other stories are links, or a few words an item.
    """
    items = [item for item in element if item.tag == "li"] if element.tag in ("ul", "ol") else []
    return bool(items) and all(
        any(_is_prose_paragraph(paragraph) for paragraph in item.iter("p")) for item in items
    )


def _is_notes(element: Element) -> bool:
    """Tell the article's footnotes or endnotes by their class, id or role."""
    names = f"{element.get('class') or ''} {element.get('id') or ''} {element.get('role') or ''}"
    return _NOTES.search(names) is not None


def _is_one_sentence(element: Element, length: int) -> bool:
    paragraphs = element.findall(".//p")
    return (
        len(paragraphs) == 1
        and _text_length(paragraphs[0]) >= length - 1
        and length >= MIN_PROSE_CHARS
        and paragraphs[0].text_content().rstrip().endswith((".", "!", "?", "…"))
    )


def _class_weight(element: Element) -> int:
    weight = 0
    for name in (element.get("class"), element.get("id")):
        if name:
            if _NEGATIVE.search(name):
                weight -= 25
            if _POSITIVE.search(name):
                weight += 25
    return weight


def _link_density(element: Element, length: int | None = None) -> float:
    """Return the share of an element's text in links.

    Addresses are text: one to write to or call, and a link that shows its own
    address (a source cited as its URL), which a reader copies rather than
    follows and which no menu is made of.
    """
    if length is None:
        length = len(" ".join(element.text_content().split()))
    links = 0
    for a in element.iter("a"):
        href = a.get("href") or ""
        text = " ".join(a.text_content().split())
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


def _drop(element: Element) -> None:
    if element.getparent() is not None:
        element.drop_tree()
