"""An article's metadata from its page: OpenGraph, JSON-LD, meta tags and links.

Read from the parsed page before the content is looked for (that search
changes the tree). Nothing here is fetched: URLs are only read and resolved.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html

_ASCII_SPACE = re.compile(r"[ \t\n\r\f\v]+")
#: Separators sites put between the headline and their name in <title>.
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»/]\s+")
#: Separators that file a title under a tag or a section.
_TAG_SEPARATORS = re.compile(r"\s+[|\-–—·•»/]\s+")
#: A byline or site name is a few words; a longer "author" field is a bio.
_MAX_NAME_CHARS = 100


@dataclass
class Metadata:
    """What a page says about its article, each field None when it says nothing."""

    title: str | None = None
    byline: str | None = None
    date: str | None = None
    site: str | None = None
    language: str | None = None
    lead_image: str | None = None
    canonical_url: str | None = None
    #: The site's names as the page gives them (folded): never the title.
    site_names: tuple[str, ...] = ()
    #: The title is the <title>'s, and a link elsewhere on the page has that
    #: text: it names a section or a tag, and the article's heading is better.
    title_is_section: bool = False


def page_metadata(tree: lxml.html.HtmlElement, url: str | None = None) -> Metadata:
    """Read the metadata of a parsed page; `url` resolves relative links."""
    meta = Metadata()
    props = _meta_properties(tree)
    ld = _json_ld(tree)
    meta.language = _language_attribute(tree)
    meta.site = (
        clean_inline(props.get("og:site_name") or _ld_text(ld.get("publisher")) or "") or None
    )
    meta.site_names = tuple(_site_names(tree, props, meta.site))
    meta.title = _headline(tree, props, ld, meta.site, list(meta.site_names))
    meta.title_is_section = bool(meta.title) and _names_a_link(tree, meta.title or "", props)
    if meta.title and not meta.title_is_section:
        meta.title = _drop_tag_parts(tree, meta.title, props)
    meta.byline = (
        clean_inline(
            _ld_text(ld.get("author"))
            or props.get("author")
            or props.get("article:author")
            or props.get("dc.creator")
            or _rel_author(tree)
            or ""
        )
        or None
    )
    if meta.byline and (
        meta.byline.startswith(("http://", "https://")) or len(meta.byline) > _MAX_NAME_CHARS
    ):
        meta.byline = None
    meta.date = (
        props.get("article:published_time")
        or _ld_text(ld.get("datePublished"))
        or props.get("date")
        or props.get("dc.date")
        or _time_element(tree)
        or None
    )
    base = _base_url(tree, url)
    meta.canonical_url = _web_url(
        _canonical_link(tree)
        or props.get("og:url")
        or _ld_url(ld.get("mainEntityOfPage"))
        or _ld_url(ld.get("url")),
        base,
    )
    meta.lead_image = _web_url(
        props.get("og:image")
        or props.get("og:image:url")
        or props.get("og:image:secure_url")
        or _ld_url(ld.get("image"))
        or props.get("twitter:image")
        or props.get("twitter:image:src"),
        base,
        local=True,
    )
    return meta


def _headline(
    tree: lxml.html.HtmlElement,
    props: dict[str, str],
    ld: dict[str, Any],
    site: str | None,
    names: list[str],
) -> str | None:
    """Return the article's headline, without the site's name.

    Title meta tags a site writes for the article are trusted, Dublin Core's
    first (a document's declared title), then OpenGraph's, a plain
    `<meta name="title">` and Parse.ly's, unless such a title words the story
    otherwise than a <title> that the JSON-LD headline repeats (a title
    written for sharing). JSON-LD, Twitter and a lone <h1>
    follow in that order, but only when they agree with the page's <title>:
    a JSON-LD "headline" that is a schema type ("Wikimedia list article"), an
    <h1> that is a section ("Allergies Health Center") or a greeting does
    not, and the <title> less the site's name is then the headline. No
    candidate that is only the site's name is taken.
    """
    page_title = clean_inline(_title_text(tree) or "")
    names += _title_site_parts(page_title, props, names)
    stripped: str | None = _strip_site_parts(page_title, names)
    if stripped == page_title:
        stripped = _strip_site(page_title, site) if page_title else None
    # A <title> that is only the site's name says nothing about the headline.
    judge = page_title if stripped and not is_site_name(stripped, names) else ""
    headline = _ld_text(ld.get("headline"))
    for key in _TRUSTED_TITLES:
        text = clean_inline(props.get(key) or "")
        if text and not is_site_name(text, names):
            # A title written for sharing ("og:title") may word the story
            # otherwise than the article's headline: when the <title> (less
            # the site's name) and the JSON-LD headline are the same words,
            # and the shared title does not agree, that is the headline. An
            # <h1> is no such witness: a logo's <h1> and a <title> that is
            # only the site's name agree with each other too.
            if (
                judge
                and stripped
                and headline
                and not _agrees(text, judge)
                and _same_words(headline, stripped)
            ):
                text = clean_inline(headline)
            return _strip_site_parts(text, names)
    candidates = (headline, props.get("twitter:title"), _h1_text(tree))
    for candidate in candidates:
        text = clean_inline(candidate or "")
        if text and not is_site_name(text, names) and (not judge or _agrees(text, judge)):
            return _strip_site_parts(text, names)
    if judge:
        return stripped
    first = next(
        (
            clean_inline(c)
            for c in candidates
            if c and clean_inline(c) and not is_site_name(clean_inline(c), names)
        ),
        None,
    )
    return first or (stripped if stripped and not is_site_name(stripped, names) else None)


#: Title meta tags written for the article, most trusted first.
_TRUSTED_TITLES = ("dc:title", "dc.title", "dcterms.title", "og:title", "title", "parsely-title")
#: Meta tags that name the site (an app's name is the site's short name).
_SITE_NAME_TAGS = ("og:site_name", "application-name", "apple-mobile-web-app-title")
#: A site's name is a few words; a longer end part of a title is a headline.
_MAX_SITE_WORDS = 5
#: Host labels that say nothing about which site it is.
_HOST_NOISE = frozenset({"www", "m", "amp", "blog", "blogs", "news", "com", "org", "net"})


def _fold(text: str) -> str:
    """Return a text's words, case and accents folded, one space between them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD.findall(bare))


def _site_names(tree: lxml.html.HtmlElement, props: dict[str, str], site: str | None) -> list[str]:
    """Return the folded names the page gives its site: meta tags, host, home link."""
    names = [site or ""] + [props.get(key) or "" for key in _SITE_NAME_TAGS]
    address = _canonical_link(tree) or props.get("og:url") or ""
    host = urlsplit(address.strip()).hostname or ""
    labels = [label for label in host.split(".")[:-1] if label not in _HOST_NOISE]
    if labels:
        names.append(labels[-1])
    # The link back to the site's home ("/") is the site's name or its logo.
    for link in tree.iter("a"):
        href = urlsplit((link.get("href") or "").strip())
        home = href.path == "/" or (href.netloc and href.path == "")
        if not home or href.query or href.fragment or (href.netloc and href.hostname != host):
            continue
        text = clean_inline(link.text_content())
        if text and len(text.split()) <= _MAX_SITE_WORDS:
            names.append(text)
    return [folded for folded in (_fold(name) for name in names) if len(folded) >= 2]


def _title_site_parts(page_title: str, props: dict[str, str], names: list[str]) -> list[str]:
    """Return the folded end parts of <title> that no title meta tag holds.

    "Headline | Aktuálně.cz" next to og:title "Headline": the part the
    article's own title leaves out is the site's name, whatever it is.
    """
    parts = _TITLE_SEPARATORS.split(page_title)
    if len(parts) < 2:
        return []
    titles = [_fold(props.get(key) or "") for key in (*_TRUSTED_TITLES, "twitter:title")]
    titles = [t for t in titles if t]
    found = []
    for part in (parts[0], parts[-1]):
        folded = _fold(part)
        others = [_fold(p) for p in parts if p is not part]
        # A meta title that keeps the other parts but leaves this one out.
        if (
            folded
            and len(part.split()) <= _MAX_SITE_WORDS
            and any(folded not in t and any(o and o in t for o in others) for t in titles)
        ):
            found.append(folded)
    return found


def is_site_name(text: str, names: list[str], exact: bool = False) -> bool:
    """Tell whether a title candidate is only the site's name.

    Unless `exact`, a name with a tag added ("Archive of Our Own beta") or
    dropped ("Archive" for a logo link "Archive beta") is the site's name
    too. A text in several parts ("Yahoo News - Latest headlines") is the
    site's name only if each part is.
    """
    parts = _TITLE_SEPARATORS.split(text)
    if len(parts) > 1:
        return all(is_site_name(part, names, exact) for part in parts)
    folded = _fold(text)
    if not folded or len(text.split()) > _MAX_SITE_WORDS:
        return False
    if folded in names:
        return True
    return not exact and any(
        len(name) >= 4 and (folded.startswith(name + " ") or name.startswith(folded + " "))
        for name in names
    )


def _strip_site_parts(title: str, names: list[str]) -> str:
    """Drop the first or last part of a title that is the site's name.

    The last part may also be the name in brackets: "Headline [LWN.net]".
    """
    bracketed = _BRACKETED_END.search(title)
    if bracketed and bracketed.start() and is_site_name(bracketed.group(1), names):
        title = title[: bracketed.start()]
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if not separators:
        return title
    # The other parts keep their separators: "Critique : Film | Site".
    if is_site_name(title[separators[-1].end() :], names):
        return title[: separators[-1].start()]
    # A leading part must be the name itself: "Yahoo News - Latest News" is a title.
    if is_site_name(title[: separators[0].start()], names, exact=True):
        return title[separators[0].end() :]
    return title


#: A last part of a title in square brackets.
_BRACKETED_END = re.compile(r"\s*\[([^\[\]]+)\]\s*$")
_WORD = re.compile(r"\w+")
#: A headline and the page's <title> name the same article when the <title>
#: repeats more than this share of the headline's words.
_TITLE_AGREEMENT = 0.5


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _same_words(a: str, b: str) -> bool:
    return _words(a) == _words(b)


def _agrees(headline: str, page_title: str) -> bool:
    """Tell whether a headline and the page's <title> name the same article."""
    words, title = _words(headline), _words(page_title)
    if not words:
        return False
    joined, title_joined = " ".join(words), " ".join(title)
    if joined in title_joined or title_joined in joined:
        return True
    shared = sum(1 for word in words if word in set(title))
    return shared > len(words) * _TITLE_AGREEMENT


def _strip_known_site(title: str, site: str | None) -> str:
    """Drop the site's name from a headline only when the page names its site so."""
    if not site:
        return title
    parts = _TITLE_SEPARATORS.split(title)
    kept = [p for p in parts if not _same_words(p, site)]
    return " - ".join(kept) if kept and len(kept) < len(parts) else title


def clean_inline(text: str) -> str:
    """Collapse ASCII white space to single spaces (no-break spaces stay)."""
    return _ASCII_SPACE.sub(" ", text).strip()


def _meta_properties(tree: lxml.html.HtmlElement) -> dict[str, str]:
    props: dict[str, str] = {}
    for element in tree.iter("meta"):
        keys = (element.get("property") or element.get("name") or "").lower().split()
        value = (element.get("content") or "").strip()
        for key in keys:
            if value and key not in props:
                props[key] = value
    return props


def _json_ld(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """Return the first JSON-LD object that describes an article, or {}."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(_CDATA.sub("", script.text or ""))
        except (ValueError, RecursionError):
            continue
        for item in _ld_items(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and ("Article" in k or k == "BlogPosting") for k in kinds):
                return item
    return {}


#: Pages written as XHTML wrap their JSON-LD in a CDATA section, maybe
#: behind a script comment ("//<![CDATA[ … //]]>").
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


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


def _ld_url(value: object) -> str | None:
    """Return the first URL of a JSON-LD value (a string, an ImageObject, a list)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _ld_url(value.get("url") or value.get("@id") or value.get("contentUrl"))
    if isinstance(value, list):
        return next((url for url in map(_ld_url, value) if url), None)
    return None


def _canonical_link(tree: lxml.html.HtmlElement) -> str | None:
    for element in tree.iter("link"):
        rels = (element.get("rel") or "").lower().split()
        href = (element.get("href") or "").strip()
        if "canonical" in rels and href:
            return href
    return None


def _base_url(tree: lxml.html.HtmlElement, url: str | None) -> str | None:
    base = tree.find(".//base[@href]")
    href = base.get("href", "").strip() if base is not None else ""
    if href:
        return urljoin(url, href) if url else href
    return url


def _web_url(value: str | None, base: str | None, local: bool = False) -> str | None:
    """Return `value` resolved against `base` if it is an http(s) URL.

    With `local`, a relative reference with no base is kept as written: it
    names a file saved next to the page. Anything else (javascript:, data:)
    is refused.
    """
    if not value:
        return None
    value = value.strip()
    resolved = urljoin(base, value) if base else value
    scheme = urlsplit(resolved).scheme.lower()
    if scheme in ("http", "https"):
        return resolved
    if local and not scheme and not base:
        return value
    return None


def _language_attribute(tree: lxml.html.HtmlElement) -> str | None:
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        return None
    code = lang.strip().split("-")[0].split("_")[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def _names_a_link(tree: lxml.html.HtmlElement, title: str, props: dict[str, str]) -> bool:
    """Tell whether a title taken from <title> alone is the text of a link to another page.

    A <title> that reads like a menu entry, a breadcrumb or a tag ("Allergies
    Health Center", a fandom's name) names the section the article is filed
    under. A title meta tag written for the article, or a link inside a
    heading (a post's headline linking to itself), does not count.
    """
    if any(props.get(key) for key in _TRUSTED_TITLES):
        return False
    folded = _fold(title)
    if not folded:
        return False
    for link in tree.iter("a"):
        if (
            not (link.get("href") or "").strip()
            or next(link.iterancestors(*_HEADING_TAGS), None) is not None
        ):
            continue
        if _fold(link.text_content()) == folded:
            return True
    return False


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _drop_tag_parts(tree: lxml.html.HtmlElement, title: str, props: dict[str, str]) -> str:
    """Drop the last parts of a title no title meta gave that are links elsewhere on the page.

    "Work - Chapter 1 | Fandom": a last part that is the text of a link (a
    tag, a section in the menu) files the article, it is not its headline.
    A part after a colon is the headline's own ("Review: <a film's name>").
    """
    while True:
        ends = list(_TAG_SEPARATORS.finditer(title))
        if not ends or not _names_a_link(tree, title[ends[-1].end() :], props):
            return title
        title = title[: ends[-1].start()]


def _h1_text(tree: lxml.html.HtmlElement) -> str | None:
    headings = tree.findall(".//h1")
    # Several <h1> usually means the site name is one of them: not reliable.
    if len(headings) != 1:
        return None
    return clean_inline(headings[0].text_content()) or None


def _title_text(tree: lxml.html.HtmlElement) -> str | None:
    """Return the page's <title>: the first with text, outside pictures (SVG titles)."""
    for element in tree.iter("title"):
        text = clean_inline(element.text_content())
        if text and next(element.iterancestors("svg"), None) is None:
            return text
    return None


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
            text = clean_inline(element.text_content())
            if text and len(text) < _MAX_NAME_CHARS:
                return text
    return None


def _time_element(tree: lxml.html.HtmlElement) -> str | None:
    element = tree.find(".//time[@datetime]")
    return element.get("datetime") if element is not None else None
