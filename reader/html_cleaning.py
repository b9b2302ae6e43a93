"""HTML to a clean `Article`: readability-lxml finds the content, we keep its structure.

The page is parsed by lxml only; nothing in it is run or fetched. The walk over
the extracted content below is also where unsafe elements are dropped, so that
what reaches `Article.text` is plain text whatever the page contained.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import lxml.etree
import lxml.html

from reader.article import Article, ArticleBuilder, BlockKind, SourceFormat
from reader.errors import UnsupportedInput

log = logging.getLogger(__name__)

#: Elements whose content is never article text: code, embedded objects,
#: forms and navigation. Dropped with everything inside them.
_DROPPED = frozenset(
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset",
        "object", "embed", "applet", "form", "button", "input", "select", "option",
        "textarea", "svg", "math", "canvas", "audio", "video", "source", "track",
        "nav", "link", "meta", "base", "head", "title", "dialog", "menu",
    }
)  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LISTS = frozenset({"ul", "ol", "dl"})
#: Elements that start a new block when met inside a paragraph-like element.
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside",
        "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody",
        "tfoot", "tr", "td", "th", "caption", "ul", "ol", "dl", "li", "dt", "dd",
        "hr", "address", "details", "summary", "center",
        *_HEADINGS,
    }
)  # fmt: skip
#: Class or id words of page furniture that readability keeps when it sits
#: inside the article element: share bars, bylines, tag lists, promos.
_FURNITURE = re.compile(
    r"(?:^|[-_\s])(?:share|sharing|social|byline|author|breadcrumbs?|tags?|related|"
    r"newsletter|subscribe|subscription|promo|advert|ads?|cookies?|comments?|meta|dateline)"
    r"(?:$|[-_\s])",
    re.IGNORECASE,
)
#: Furniture is short; a long element with such a class (a "post-meta" that
#: wraps the whole story on some themes) is content and stays.
_FURNITURE_MAX_CHARS = 300
#: Stands for <br> while white space is collapsed; no page text contains it
#: after lxml's parse because it is a private-use code point we strip first.
_LINE_BREAK = "\ue000"
_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")
#: Separators sites put between the headline and their name in <title>.
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»/]\s+")


@dataclass
class _Metadata:
    title: str | None = None
    byline: str | None = None
    date: str | None = None
    site: str | None = None
    language: str | None = None


def clean_html(html: str, source: str, url: str | None = None) -> Article:
    """Return the main content of a page as an `Article`.

    Args:
        html: the decoded page.
        source: where it came from, as shown to the user (a path or URL).
        url: the page's address, if known, to resolve its relative links.
    """
    from readability import Document  # lazy: not needed for text articles

    html = html.replace(_LINE_BREAK, "")
    tree = _parse(html)
    meta = _metadata(tree)
    try:
        summary = Document(html, url=url).summary(html_partial=True)
    except Exception as error:  # readability raises bare Exceptions on odd trees
        log.warning("readability failed on %s: %s", source, error)
        summary = ""
    builder = ArticleBuilder()
    if summary.strip():
        _walk(_parse_fragment(summary), builder)
    if not builder.drafts:
        body = tree.find(".//body")
        _walk(body if body is not None else tree, builder)
    title = meta.title or _first_heading(builder) or ""
    _drop_title_heading(builder, title)
    return Article(
        title=title,
        text=builder.text,
        blocks=tuple(builder.blocks),
        source=source,
        source_format=SourceFormat.HTML,
        byline=meta.byline,
        date=meta.date,
        site=meta.site,
        language=meta.language,
    )


def _parse(html: str) -> lxml.html.HtmlElement:
    # lxml refuses str input that declares an encoding; the text is decoded already.
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html, count=1)
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as error:
        raise UnsupportedInput(f"The page cannot be read as HTML: {error}.") from None


def _parse_fragment(html: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(html, create_parent="div")


def _metadata(tree: lxml.html.HtmlElement) -> _Metadata:
    meta = _Metadata()
    props = _meta_properties(tree)
    ld = _json_ld(tree)
    meta.language = _language_attribute(tree)
    meta.site = props.get("og:site_name") or _ld_text(ld.get("publisher")) or None
    meta.title = (
        _clean_inline(
            props.get("og:title")
            or _ld_text(ld.get("headline"))
            or props.get("twitter:title")
            or _h1_text(tree)
            or _strip_site(_title_text(tree), meta.site)
            or ""
        )
        or None
    )
    meta.byline = (
        _clean_inline(
            _ld_text(ld.get("author"))
            or props.get("author")
            or props.get("article:author")
            or props.get("dc.creator")
            or _rel_author(tree)
            or ""
        )
        or None
    )
    if meta.byline and meta.byline.startswith(("http://", "https://")):
        meta.byline = None
    meta.date = (
        props.get("article:published_time")
        or _ld_text(ld.get("datePublished"))
        or props.get("date")
        or props.get("dc.date")
        or _time_element(tree)
        or None
    )
    return meta


def _meta_properties(tree: lxml.html.HtmlElement) -> dict[str, str]:
    props: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        value = (element.get("content") or "").strip()
        if key and value and key not in props:
            props[key] = value
    return props


def _json_ld(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """Return the first JSON-LD object that describes an article, or {}."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for item in _ld_items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and ("Article" in k or k == "BlogPosting") for k in kinds):
                return item
    return {}


def _ld_items(data: object) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from _ld_items(graph)


def _ld_text(value: object) -> str | None:
    """Return the readable text of a JSON-LD value (a string, a Person, a list)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    if isinstance(value, list):
        names = [name for name in (_ld_text(v) for v in value) if name]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _language_attribute(tree: lxml.html.HtmlElement) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        return None
    code = lang.strip().split("-")[0].split("_")[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def _h1_text(tree: lxml.html.HtmlElement) -> str | None:
    headings = tree.findall(".//h1")
    # Several <h1> usually means the site name is one of them: not reliable.
    if len(headings) != 1:
        return None
    return _element_text(headings[0]) or None


def _title_text(tree: lxml.html.HtmlElement) -> str | None:
    element = tree.find(".//title")
    return _element_text(element) if element is not None else None


def _strip_site(title: str | None, site: str | None) -> str | None:
    """Drop the site's name that pages add around the headline in <title>."""
    if not title:
        return None
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    if site:
        kept = [p for p in parts if p.strip().lower() != site.strip().lower()]
        if kept and len(kept) < len(parts):
            return " - ".join(kept)
    # Without a known site name, the longest part is the headline.
    return max(parts, key=len)


def _rel_author(tree: lxml.html.HtmlElement) -> str | None:
    for element in tree.iter("a", "span", "div", "p"):
        if element.get("rel") == "author" or "author" in (element.get("itemprop") or ""):
            text = _element_text(element)
            if text and len(text) < 100:
                return text
    return None


def _time_element(tree: lxml.html.HtmlElement) -> str | None:
    element = tree.find(".//time[@datetime]")
    return element.get("datetime") if element is not None else None


def _walk(root: lxml.html.HtmlElement, builder: ArticleBuilder) -> None:
    _Walker(builder).block(root, list_depth=0)


class _Walker:
    """Turn an element tree into blocks, keeping only text."""

    def __init__(self, builder: ArticleBuilder) -> None:
        self.builder = builder

    def block(self, element: lxml.html.HtmlElement, list_depth: int) -> None:
        """Emit the blocks of `element` and its children."""
        tag = _tag(element)
        if tag in _DROPPED or _is_hidden(element) or _is_furniture(element):
            return
        if tag in _HEADINGS:
            self.builder.add(BlockKind.HEADING, _element_text(element), level=_HEADINGS[tag])
        elif tag in _LISTS:
            self.list(element, list_depth + 1, ordered=tag == "ol")
        elif tag == "blockquote":
            self.quote(element)
        elif tag == "pre":
            self.builder.add(BlockKind.CODE, _preformatted_text(element))
        elif tag == "figure":
            self.figure(element)
        elif tag == "img":
            self.image(element)
        elif tag == "table":
            self.table(element)
        elif tag == "hr":
            return
        else:
            self.mixed(element, list_depth)

    def mixed(self, element: lxml.html.HtmlElement, list_depth: int) -> None:
        """Emit inline runs of `element` as paragraphs and its block children as blocks."""
        run: list[str] = [element.text or ""]
        for child in element:
            if not isinstance(child.tag, str):  # comments, processing instructions
                run.append(child.tail or "")
                continue
            if _tag(child) in _BLOCK_TAGS or _tag(child) == "img":
                self.builder.add(BlockKind.PARAGRAPH, _clean_inline("".join(run)))
                run = []
                self.block(child, list_depth)
            else:
                run.append(_inline_text(child))
            run.append(child.tail or "")
        self.builder.add(BlockKind.PARAGRAPH, _clean_inline("".join(run)))

    def list(self, element: lxml.html.HtmlElement, depth: int, ordered: bool) -> None:
        """Emit each item of a list, nested lists one level deeper."""
        for item in element:
            tag = _tag(item)
            if tag not in {"li", "dt", "dd"}:
                if isinstance(item.tag, str):
                    self.block(item, depth)
                continue
            nested = [c for c in item if _tag(c) in _LISTS]
            own = _element_text(item, skip=set(map(id, nested)))
            self.builder.add(BlockKind.LIST_ITEM, own, level=depth, ordered=ordered)
            for child in nested:
                self.list(child, depth + 1, ordered=_tag(child) == "ol")

    def quote(self, element: lxml.html.HtmlElement) -> None:
        """Emit a block quote, one quote block per paragraph inside it."""
        paragraphs = [c for c in element if _tag(c) in {"p", "div"}]
        if not paragraphs:
            self.builder.add(BlockKind.QUOTE, _element_text(element))
            return
        for paragraph in paragraphs:
            self.builder.add(BlockKind.QUOTE, _element_text(paragraph))

    def figure(self, element: lxml.html.HtmlElement) -> None:
        """Emit a figure as its caption, or its image's description."""
        caption = element.find(".//figcaption")
        text = _element_text(caption) if caption is not None else ""
        if not text:
            image = element.find(".//img")
            text = _clean_inline(image.get("alt") or "") if image is not None else ""
        self.builder.add(BlockKind.FIGURE, text)

    def image(self, element: lxml.html.HtmlElement) -> None:
        """Emit a lone image with a description as a figure."""
        alt = _clean_inline(element.get("alt") or "")
        # Short alt texts are icons and spacer names ("logo", "icon"), not figures.
        if len(alt.split()) >= 3:
            self.builder.add(BlockKind.FIGURE, alt)

    def table(self, element: lxml.html.HtmlElement) -> None:
        """Emit each row of a table, its cells separated by tabs."""
        for row in element.iter("tr"):
            cells = [_element_text(cell) for cell in row if _tag(cell) in {"td", "th"}]
            self.builder.add(BlockKind.TABLE_ROW, "\t".join(c for c in cells if c))


def _tag(element: lxml.html.HtmlElement) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


def _is_hidden(element: lxml.html.HtmlElement) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def _is_furniture(element: lxml.html.HtmlElement) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    if not _FURNITURE.search(names):
        return False
    return len(element.text_content()) <= _FURNITURE_MAX_CHARS


def _inline_text(element: lxml.html.HtmlElement) -> str:
    tag = _tag(element)
    if tag in _DROPPED or _is_hidden(element):
        return ""
    if tag == "br":
        return _LINE_BREAK
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _element_text(element: lxml.html.HtmlElement, skip: set[int] | None = None) -> str:
    """Return the readable text of an element, blocks inside it joined by spaces."""
    parts = [element.text or ""]
    for child in element:
        if skip and id(child) in skip:
            parts.append(child.tail or "")
            continue
        if isinstance(child.tag, str):
            text = _inline_text(child)
            parts.append(f" {text} " if _tag(child) in _BLOCK_TAGS else text)
        parts.append(child.tail or "")
    return _clean_inline("".join(parts))


def _preformatted_text(element: lxml.html.HtmlElement) -> str:
    text = "".join(_inline_text(child) + (child.tail or "") for child in element)
    return ((element.text or "") + text).replace(_LINE_BREAK, "\n").strip("\n")


def _clean_inline(text: str) -> str:
    """Collapse ASCII white space; <br> breaks and no-break spaces stay."""
    lines = [_ASCII_SPACE.sub(" ", line).strip() for line in text.split(_LINE_BREAK)]
    return "\n".join(line for line in lines if line)


def _first_heading(builder: ArticleBuilder) -> str | None:
    for draft in builder.drafts:
        if draft.kind is BlockKind.HEADING:
            return draft.text
    return None


def _drop_title_heading(builder: ArticleBuilder, title: str) -> None:
    """Remove a heading that repeats the title at the top of the body."""
    for index, draft in enumerate(builder.drafts[:3]):
        if draft.kind is not BlockKind.HEADING:
            continue
        if _same_text(draft.text, title):
            builder.remove(index)
        return


def _same_text(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()

    return norm(a) == norm(b)
