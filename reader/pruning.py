"""Prune the article's container: drop the page furniture readability keeps around its text.

Furniture is told by structure first (link density, teaser runs, menus,
labels of link lists, notes pointing to other pages, boxes whose class says
furniture), the article's own link lists by their place (a reference
article's end matter, the shops closing each section of a buyer's guide, a
list between paragraphs, a line of one link between paragraphs pointing to a
related story), and its lists of paragraphs by their prose.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

import lxml.etree
from lxml.html import HtmlElement as Element

from reader.extraction_measures import (
    DIGITS,
    END_MATTER_MARK,
    HEADINGS,
    LAYOUT_BLOCKS,
    MAX_LINK_DENSITY,
    MIN_PROSE_CHARS,
    MIN_TEXT_CHARS,
    POINTER_MARK,
    Candidates,
    class_weight,
    class_words,
    is_notes,
    is_prose_paragraph,
    link_density,
    plain_text,
    prose_blocks,
    text_length,
)

_CONTAINERS = ("div", "section", "aside", "header", "footer", "ul", "ol", "dl", "table", "form")
#: Tags of the items of a teaser grid, and how many make a grid. A list of
#: links closing an article (its contents, its sources) is read as a list.
_TEASER_TAGS = frozenset({"div", "article", "section", "aside"})
MIN_TEASER_RUN = 3
#: How many siblings, and levels up, are looked at around a short block.
_NEIGHBOURS = 3
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
ARTICLE_PARAGRAPH_CHARS = 200
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
#: What an end-matter section holds: lists and notes, not tables or menus.
_END_MATTER_BLOCKS = ("ul", "ol", "dl", "p", "div", "section", "blockquote")


def prune(article: Element, candidates: Candidates, home: str | None = None) -> None:
    """Drop the page furniture readability keeps around the article's text.

    `home` is the page's own address (its URL or canonical link), if known:
    a card linking to another of its pages is another story's.
    """
    _drop_recirculation(article)
    _drop_teaser_runs(article)
    _drop_teaser_cards(article, home)
    kept = _end_matter(article) | _section_lists(article)
    _drop_labelled_lists(article, kept)
    _drop_pointer_notes(article)
    pointers = _drop_link_lines(article, kept, home)
    for heading in list(article.iter(*HEADINGS)):
        if heading in kept:
            continue
        if class_weight(heading) < 0 or (
            link_density(heading) > MAX_HEADING_LINK_DENSITY and not _heads_prose(heading)
        ):
            _drop(heading)
    total = text_length(article)
    for element in reversed(list(article.iter(*_CONTAINERS, "td"))):
        if element is article or element.getparent() is None or element in kept:
            continue
        if text_length(element) > total * _CONTENT_SHARE:
            continue  # what holds most of the content is the content, whatever its class
        if element.tag == "td" and next(element.iter(*LAYOUT_BLOCKS), None) is None:
            continue  # a data cell: short by nature, pruned only with its table
        if _is_furniture_container(element, candidates) and not _is_introduced_list(element):
            _drop(element)
    _restore_pointers(article, pointers)


class _Pointer(NamedTuple):
    """A line dropped as links that may be a pointer set in the text, and its neighbours then."""

    line: Element
    previous: Element | None
    following: Element | None


def _drop_link_lines(article: Element, kept: set[Element], home: str | None) -> list[_Pointer]:
    """Drop the short paragraphs that are mostly link; return those that may be pointers.

    A pointer ("Read: …") is dropped too while the rest of the article is
    pruned, so that its link does not make the box it stands in read as a
    box of links; `_restore_pointers` puts back those whose place is left.
    """
    lines = []
    for paragraph in article.iter("p"):
        if paragraph in kept:
            continue
        length = text_length(paragraph)
        if link_density(paragraph, length) > LINK_LINE_DENSITY and (
            length < MAX_LINK_LINE_CHARS or _is_lines_of_links(paragraph)
        ):
            lines.append(paragraph)
    found = set(lines)
    listed = _in_lists(lines, found)
    addresses = Counter(_address_key(a.get("href") or "", home) for a in article.iter("a"))
    kept_aside = {
        line for line in lines if line not in listed and _is_pointer(line, home, addresses)
    }
    pointers = []
    for line in lines:
        if line in kept_aside:
            # Its place: the sibling before that stays or is put back, the one after that stays.
            before = line.itersiblings(preceding=True)
            previous = next((e for e in before if e not in found or e in kept_aside), None)
            following = next((e for e in line.itersiblings() if e not in found), None)
            pointers.append(_Pointer(line, previous, following))
    for line in lines:
        _drop(line)
    return pointers


def _in_lists(lines: list[Element], found: set[Element]) -> set[Element]:
    """Return the link `lines` (`found`, as a set) in runs of `MIN_TEASER_RUN` or more.

    One or two lines between paragraphs point to related stories ("Read: …");
    three in a row are a list of other stories' headlines, like a teaser run,
    also with empty paragraphs, rules, pictures or dates between them.
    """
    listed: set[Element] = set()
    seen: set[Element] = set()
    for line in lines:
        if line in seen:
            continue
        run = [line]
        for sibling in line.itersiblings():
            if sibling in found:
                run.append(sibling)
            elif text_length(sibling) >= MIN_TEXT_CHARS:
                break
        seen.update(run)
        if len(run) >= MIN_TEASER_RUN:
            listed.update(run)
    return listed


def _is_pointer(line: Element, home: str | None, addresses: Counter[tuple[str, str]]) -> bool:
    """Tell a line that is one link to another page, set in the text: "Read: …", "Comments (3)".

    A row of links is a toolbar, a line in capitals a promotion shouted
    ("GET OUR APP BY CLICKING HERE"), a link to the page itself a skip link,
    words without a letter a page number, and a line linking where another
    link goes a card's title under its picture. `addresses` counts the
    article's links by `_address_key`.
    """
    links = [a for a in line.iter("a") if a.text_content().strip() or a.find(".//img") is not None]
    if len(links) != 1:
        return False
    address = (links[0].get("href") or "").strip()
    if not address or address.startswith(_NOT_PAGES):
        return False
    key = _address_key(address, home)
    if addresses[key] > 1 or (home is not None and key[0] == _address_key(home, None)[0]):
        return False
    text = line.text_content()
    return not text.isupper() and any(character.isalpha() for character in text)


def _address_key(address: str, home: str | None) -> tuple[str, str]:
    """Return the page a link goes to, written one way, and the place in it (its fragment).

    The page is written without scheme, "www." or end slash; a relative
    address is read from `home` (the page's own), when known.
    """
    try:
        target = urlsplit(urljoin(home or "", address.strip()))
    except ValueError:  # a malformed address ("http://[")
        return address.strip(), ""
    path = target.path.rstrip("/")
    query = f"?{target.query}" if target.query else ""
    return f"{_bare_host(target.hostname)}{path}{query}", target.fragment


def _restore_pointers(article: Element, pointers: list[_Pointer]) -> None:
    """Put back the pointers that stand between the article's paragraphs of prose.

    There a pointer is the writer's, kept as Reader View keeps it; before the
    story or after it, it is furniture. One whose neighbours were both
    pruned went with them.
    """
    restored = []
    for line, previous, following in pointers:
        tail, line.tail = line.tail, None
        if previous is not None and _holds(article, previous):
            if tail and (previous.tail or "").endswith(tail):
                previous.tail = previous.tail[: -len(tail)] or None  # dropping joined them
                line.tail = tail
            previous.addnext(line)
        elif following is not None and _holds(article, following):
            following.addprevious(line)
        else:
            continue
        restored.append(line)
    if not restored:
        return
    order = {element: index for index, element in enumerate(article.iter())}
    prose = sorted(order[paragraph] for paragraph in prose_blocks(article))
    for line in restored:
        if prose and prose[0] < order[line] < prose[-1]:
            line.set(POINTER_MARK, "")
        else:
            _drop(line)


def _holds(article: Element, element: Element) -> bool:
    """Tell whether `element` is still inside `article`."""
    return any(ancestor is article for ancestor in element.iterancestors())


def _is_lines_of_links(paragraph: Element) -> bool:
    """Tell a paragraph cut by line breaks into lines that each hold a link.

    Other stories' headlines set one under the other in one paragraph are a
    list of links, however long together. Blank lines do not count.
    """
    lines: list[list[bool]] = [[False, False]]  # per line: has text, has a link
    for event, element in lxml.etree.iterwalk(paragraph, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if event == "start":
            if element.tag == "br":
                lines.append([False, False])
            text = (element.text or "").strip()
        else:
            text = (element.tail or "").strip() if element is not paragraph else ""
        if text:
            lines[-1][0] = True
            in_link = event == "start" and element.tag == "a"
            if in_link or next(element.iterancestors("a"), None) is not None:
                lines[-1][1] = True
    lines = [line for line in lines if line[0]]
    return len(lines) >= 2 and all(link for _, link in lines)


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
        length = text_length(note)
        if length <= MAX_POINTER_NOTE_CHARS and link_density(note, length) >= POINTER_LINKS:
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
        if not _END_MATTER.fullmatch(plain_text(heading)):
            sections[heading.tag] = sections[heading.tag] or _opens_prose(heading)
            continue
        if not sections[heading.tag] or any(class_weight(e) < 0 for e in _up_to(heading, article)):
            continue
        heading.set(END_MATTER_MARK, "")
        kept.update(heading.iter())
        rank = HEADINGS.index(heading.tag)
        started = False
        for sibling in heading.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if any(HEADINGS.index(h.tag) <= rank for h in sibling.iter(*HEADINGS)):
                break  # the next section
            if sibling.tag == "nav" or sibling.get("role") == "navigation":
                if started:
                    break  # the site's menus under the article
                continue  # a box of links floated beside the section's start
            if sibling.tag in _END_MATTER_BLOCKS and class_weight(sibling) >= 0:
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
                if sibling.tag in HEADINGS:
                    break
                last = sibling
            if (
                last is not None
                and last.tag in ("ul", "ol")
                and len(last) <= MAX_SECTION_LIST_ITEMS
                and text_length(last) <= MAX_LINK_LINE_CHARS
            ):
                closing.append(last)
        if len(closing) >= MIN_SECTION_LISTS and len(closing) * 2 > len(headings):
            for element in closing:
                kept.update(element.iter())
    return kept


def _opens_prose(heading: Element) -> bool:
    """Tell a section heading: a paragraph of prose is among its next siblings."""
    return any(
        sibling.tag == "p" and is_prose_paragraph(sibling)
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
    headings = list(element.iter(*HEADINGS))
    if len(headings) != 1 or text_length(headings[0]) != text_length(element):
        return False
    for level, relative in enumerate((element, *element.iterancestors())):
        if level > _NEIGHBOURS or relative.tag in ("article", "main", "body"):
            return False
        for sibling in islice(relative.itersiblings(), _NEIGHBOURS):
            if not isinstance(sibling.tag, str) or not text_length(sibling):
                continue
            first = sibling if sibling.tag == "p" else next(sibling.iter("p"), None)
            return first is not None and is_prose_paragraph(first)
    return False


def _prose_among(siblings: Iterator[Element]) -> bool:
    for sibling in islice(siblings, _NEIGHBOURS):
        if sibling.tag == "p" and text_length(sibling) >= MIN_PROSE_CHARS:
            return True
    return False


def _heads_prose(heading: Element) -> bool:
    """Tell a linked sub-heading of the article: a paragraph of prose comes next.

    A picture or a player without text may stand between them, or a short
    line without links (a byline, a date).
    """
    for following in islice(heading.itersiblings(), _NEIGHBOURS):
        length = text_length(following)
        if following.tag == "p" and length >= MIN_PROSE_CHARS:
            return link_density(following, length) <= MAX_LINK_DENSITY
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
            shape = DIGITS.sub("", child.get("class") or "") if isinstance(child.tag, str) else ""
            if child.tag in _TEASER_TAGS or (child.tag == "p" and shape):
                groups.setdefault((child.tag, shape), []).append(child)
        for members in groups.values():
            if len(members) >= MIN_TEASER_RUN and all(map(_opens_with_link, members)):
                runs.append(members)
    if not runs:
        return
    order = {element: index for index, element in enumerate(article.iter())}
    prose = sorted(prose_blocks(article), key=order.__getitem__, reverse=True)
    for members in runs:
        inside = {id(e) for member in members for e in member.iter()}
        last = max(order[member] for member in members)
        after = next((p for p in prose if order[p] <= last or id(p) not in inside), None)
        if after is None or order[after] <= last:
            for member in members:
                _drop(member)


#: Link targets that are no other page: a script's button, a spot on this page, an address.
_NOT_PAGES = ("#", "javascript:", "mailto:", "tel:")


def _drop_teaser_cards(article: Element, home: str | None) -> None:
    """Drop boxes that open and close with links to one page of the site: another story's card.

    A linked headline, a line of summary, "Read more" to the same page: the
    card of a story set inside the article. A box holding prose (a long
    paragraph, or two in a row) is the article's, whatever its links, and so
    is a card linking to another site (a product at a shop, a place's own
    website): the article's own picks.
    """
    total = text_length(article)
    for box in list(article.iterdescendants(*_TEASER_TAGS)):
        first = _edge_link(box)
        if first is None or box.getparent() is None:
            continue  # most boxes open with text outside a link: looked at no further
        address = (first.get("href") or "").strip()
        if not address or address.startswith(_NOT_PAGES) or not _on_site(address, home):
            continue
        last = _edge_link(box, last=True)
        if (
            last is not None
            and last is not first
            and (last.get("href") or "").strip() == address
            and text_length(box) <= total * _CONTENT_SHARE
            and not _holds_prose(box)
        ):
            _drop(box)


def _on_site(address: str, home: str | None) -> bool:
    """Tell a link to another page of the site: relative, or on the host of `home`."""
    try:
        target = urlsplit(address)
        host = urlsplit(home).hostname if home else None
    except ValueError:  # a malformed address ("http://[")
        return False
    if not target.netloc:
        return target.scheme in ("", "http", "https")
    return host is not None and _bare_host(target.hostname) == _bare_host(host)


def _bare_host(host: str | None) -> str:
    return (host or "").lower().removeprefix("www.")


def _edge_link(box: Element, last: bool = False) -> Element | None:
    """Return the link holding the first (or last) text of a box, None if it is in none."""
    edge: Element | None = None
    for event, node in lxml.etree.iterwalk(box, events=("start", "end")):
        if not isinstance(node.tag, str):
            continue
        if event == "start" and (node.text or "").strip():
            edge = node
        elif event == "end" and node is not box and (node.tail or "").strip():
            edge = node.getparent()
        if edge is not None and not last:
            break
    while edge is not None and edge is not box and edge.tag != "a":
        edge = edge.getparent()
    return edge if edge is not None and edge.tag == "a" else None


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
    total = text_length(article)
    found = [
        element
        for element in article.iterdescendants()
        if isinstance(element.tag, str) and _RECIRCULATION.search(class_words(element))
    ]
    for element in found:
        if text_length(element) <= total * _RECIRCULATION_MAX_SHARE:
            _drop(element)


def _drop_labelled_lists(article: Element, kept: set[Element]) -> None:
    """Drop "Related" / "Most read" labels with the links or teasers they head.

    The article's own end matter (`kept`: a "See also" section) stays.
    """
    from reader.boilerplate import boilerplate_kind, is_standalone_boilerplate

    for label in list(article.iter("p", *HEADINGS)):
        if label.getparent() is None or label in kept:
            continue
        text = plain_text(label)
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
            and text_length(parent) <= MAX_TEASER_SECTION_CHARS
            and not _holds_prose(parent)
        ):
            section, parent = parent, parent.getparent()
        for sibling in list(section.itersiblings()):
            length = text_length(sibling)
            if length and link_density(sibling, length) <= LINK_LINE_DENSITY:
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
        length = text_length(block)
        if length >= ARTICLE_PARAGRAPH_CHARS and link_density(block, length) <= MAX_LINK_DENSITY:
            return True
        if block.tag == "p" and is_prose_paragraph(block, length):
            following = block.getnext()
            if following is not None and following.tag == "p" and is_prose_paragraph(following):
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
    if next(element.iter("blockquote"), None) is not None and link_density(element) < 0.5:
        return False  # an embedded post, whatever its "social-media" class says
    if is_notes(element) and link_density(element) <= MAX_LINK_DENSITY:
        return False  # the article's notes, not a footer
    weight = class_weight(element)
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
    density = link_density(element, length)
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
        any(is_prose_paragraph(paragraph) for paragraph in item.iter("p")) for item in items
    )


def _is_one_sentence(element: Element, length: int) -> bool:
    paragraphs = element.findall(".//p")
    return (
        len(paragraphs) == 1
        and text_length(paragraphs[0]) >= length - 1
        and length >= MIN_PROSE_CHARS
        and paragraphs[0].text_content().rstrip().endswith((".", "!", "?", "…"))
    )


def _drop(element: Element) -> None:
    if element.getparent() is not None:
        element.drop_tree()
