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
from collections.abc import Callable
from typing import Any

import lxml.etree
from lxml.html import HtmlElement as Element

from reader import scanning

Candidates = dict[Element, dict[str, Any]]

#: Elements whose text is never article text and that readability would
#: otherwise count when scoring.
_INVISIBLE = ("script", "style", "noscript", "template", "link", "meta", "head")
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
_MAYBE_CANDIDATE = re.compile(r"and|article|body|column|content|main|shadow", re.IGNORECASE)
#: Embedded posts (tweets, Instagram) are quoted in the article: a blockquote
#: is never an unlikely candidate, whatever its class says.
_NEVER_UNLIKELY = frozenset({"html", "body", "blockquote", "pre", "code", "main", "article"})
#: Class words of the sentence or two under a headline that sums the story up.
_STANDFIRST = re.compile(
    r"(?:^|[-_\s])(?:dek|standfirst|chapo|chapeau|chapô|lede|sapo|strapline|subhead|subtitle|"
    r"article-?summary|article-?intro)(?:$|[-_\s])",
    re.IGNORECASE,
)
#: How far up from the article's element the story header is looked for.
_STANDFIRST_DEPTH = 2
#: A standfirst is a sentence or two: longer is a section, shorter a label.
_MIN_STANDFIRST_CHARS = 40
_MAX_STANDFIRST_CHARS = 600
#: readability retries without its "unlikely candidates" pass when the content
#: it found is shorter than this many characters (its own default, 250).
RETRY_CHARS = 250


def prepare(tree: Element) -> None:
    """Remove what is never read: scripts, styles, comments and hidden elements."""
    # libxml2 lets some void elements (<embed>) swallow the rest of their
    # parent; their children are the page's, not theirs.
    for element in list(tree.iter(*_VOID)):
        if len(element) or (element.text or "").strip():
            element.drop_tag()
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
    page for readability's second, gentler pass.
    """
    from readability import Document

    found, candidates = _find(Document(""), tree, ruthless=True)
    if found is None or _text_length(found) < RETRY_CHARS:
        retry, retry_candidates = _find(Document(""), reparse(), ruthless=False)
        if retry is not None and (found is None or _text_length(retry) > _text_length(found)):
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
    _keep_figures_beside(best, candidates)
    _move_standfirst(best["elem"])
    article: Element = document.get_article(candidates, best, html_partial=True)
    return article, candidates


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
    threshold; figures have no text to score, so they get that threshold.
    """
    element: Element = best["elem"]
    parent = element.getparent()
    if parent is None:
        return
    threshold = max(10, best["content_score"] * 0.2)
    for sibling in parent:
        if sibling.tag == "figure" and sibling not in candidates:
            candidates[sibling] = {"content_score": threshold, "elem": sibling}


def _move_standfirst(element: Element) -> None:
    """Put the standfirst (dek, chapô) found in the story's header at the top of the article."""
    ancestors = [a for a in element.iterancestors() if a.tag not in ("body", "html")]
    for ancestor in ancestors[:_STANDFIRST_DEPTH]:
        found = None
        for candidate in ancestor.iterdescendants():
            if candidate is element:
                break
            if not isinstance(candidate.tag, str) or not _STANDFIRST.search(
                f"{candidate.get('class') or ''} {candidate.get('id') or ''}"
            ):
                continue
            length = _text_length(candidate)
            if (
                _MIN_STANDFIRST_CHARS <= length <= _MAX_STANDFIRST_CHARS
                and _link_density(candidate, length) < MAX_LINK_DENSITY
                and next(candidate.iter("img", "picture", "figure"), None) is None
            ):
                found = candidate
        if found is not None:
            element.insert(0, found)
            return


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
        if _STANDFIRST.search(names):
            kept.update(element.iterancestors())
    unlikely = []
    for element, names in named:
        if element.tag in _NEVER_UNLIKELY or element in kept:
            continue
        if not _UNLIKELY.search(names) or _MAYBE_CANDIDATE.search(names):
            continue
        if next(element.iterancestors("pre", "code", "blockquote"), None) is not None:
            continue
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
#: Shorter than this, a container with no image holds a label, not prose
#: (readability's minimum paragraph length).
MIN_TEXT_CHARS = 25
#: Share of a block's text that may be link text before it reads as a menu or
#: a list of other articles; content that cites sources stays well below.
MAX_LINK_DENSITY = 0.33
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
#: Labels of link lists ("You may also like…", "Most read in world news").
MAX_LABEL_CHARS = 80
#: A labelled section of teasers is a few headlines with their summaries;
#: past this it is part of the article that begins with such a phrase.
MAX_TEASER_SECTION_CHARS = 2000
#: A teaser's summary is a sentence; a paragraph this long is the article's.
PROSE_CHARS = 200
#: Headings of teasers and link lists are mostly link text.
MAX_HEADING_LINK_DENSITY = 0.33


def prune(article: Element, candidates: Candidates) -> None:
    """Drop the page furniture readability keeps around the article's text."""
    _drop_recirculation(article)
    _drop_labelled_lists(article)
    for paragraph in list(article.iter("p")):
        length = len(" ".join(paragraph.text_content().split()))
        if length < MAX_LINK_LINE_CHARS and _link_density(paragraph, length) > LINK_LINE_DENSITY:
            _drop(paragraph)
    for heading in list(article.iter(*_HEADINGS)):
        if _class_weight(heading) < 0 or _link_density(heading) > MAX_HEADING_LINK_DENSITY:
            _drop(heading)
    total = _text_length(article)
    for element in reversed(list(article.iter(*_CONTAINERS, "td"))):
        if element is article or element.getparent() is None:
            continue
        if _text_length(element) > total * _CONTENT_SHARE:
            continue  # what holds most of the content is the content, whatever its class
        if element.tag == "td" and next(element.iter(*_LAYOUT_BLOCKS), None) is None:
            continue  # a data cell: short by nature, pruned only with its table
        if _is_furniture_container(element, candidates):
            _drop(element)


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


def _drop_labelled_lists(article: Element) -> None:
    """Drop "Related" / "Most read" labels with the links or teasers they head."""
    from reader.boilerplate import boilerplate_kind, is_standalone_boilerplate

    for label in list(article.iter("p", *_HEADINGS)):
        if label.getparent() is None:
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
    """Tell whether an element holds a paragraph of the article, not only teasers."""
    for block in element.iter("p", "li", "blockquote", "pre"):
        length = _text_length(block)
        if length >= PROSE_CHARS and _link_density(block, length) <= MAX_LINK_DENSITY:
            return True
    return False


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
    weight = _class_weight(element)
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
        return element.find(".//img") is None
    return _link_density(element, length) > (0.5 if weight >= 25 else MAX_LINK_DENSITY)


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
    if length is None:
        length = len(" ".join(element.text_content().split()))
    links = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    return links / max(length, 1)


def _drop(element: Element) -> None:
    if element.getparent() is not None:
        element.drop_tree()
