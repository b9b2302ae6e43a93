"""From a path, a URL or a pasted text to a cleaned article with its language.

What every client (the CLI, the window) calls.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import replace

from reader import input_limits
from reader.article import Article, SourceFormat
from reader.errors import EmptyInput
from reader.html_cleaning import clean_html
from reader.language import detect_language
from reader.loading import Source, decode_source, load_path, sniff_format

# `reader.fetching` (the network) and `reader.text_cleaning` (plain text and
# Markdown) are imported by the calls that need them: a web page opened from
# a file needs neither, and the window waits for this module to show it.

#: A suffix no format claims, so that content without a file name is judged by
#: its content alone: HTML tags or Markdown syntax, else plain text.
_UNNAMED = ".unnamed"

#: A whole page, as opposed to a fragment, has a body (or a frameset) near its start.
_WHOLE_PAGE = re.compile(r"<(?:body|frameset)\b", re.IGNORECASE)
_HEAD_CHARS = 100_000


def article_from_path(path: str | os.PathLike[str], *, detect: bool = True) -> Article:
    """Load, clean and detect the language of an article file.

    With `detect` false the language is the one the file declares, if any:
    the window shows the article first and calls `with_language` after
    (loading the language profiles takes longer than the rest).

    Raises:
        LisibleError: a subclass saying, in one line, why the file cannot be shown.
    """
    return article_from_source(load_path(path), detect=detect)


def article_from_url(
    url: str,
    *,
    deadline: float | None = None,
    progress: Callable[[int, int | None], object] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Article:
    """Fetch, clean and detect the language of the article at a URL.

    The article's `source` is the final URL, after redirects. `deadline` is
    in seconds (`reader.fetching.DEFAULT_DEADLINE` if None); `progress` gets
    (bytes received, total or None); `cancelled` is polled during the download
    (see `reader.fetching.fetch`).

    Raises:
        LisibleError: a subclass saying, in one line, why the page cannot be shown.
    """
    from reader.fetching import DEFAULT_DEADLINE, fetch_source

    if deadline is None:
        deadline = DEFAULT_DEADLINE
    source = fetch_source(url, deadline=deadline, progress=progress, cancelled=cancelled)
    return article_from_source(source, url=source.name)


def article_from_pasted(text: str, html: bool = False, name: str = "clipboard") -> Article:
    """Clean pasted content: HTML from a browser, or text (plain or Markdown).

    Raises:
        EmptyInput: there is nothing to read in it.
    """
    if not text.strip():
        if name == "clipboard":
            raise EmptyInput("The clipboard holds no text.")
        raise EmptyInput("The {name} holds no text.", name=name)
    source_format = SourceFormat.HTML if html else sniff_format(text, _UNNAMED)
    if source_format is SourceFormat.HTML and not _WHOLE_PAGE.search(text[:_HEAD_CHARS]):
        # A fragment a browser put on the clipboard is, all of it, what the
        # user chose to read: say so to the extractor, which otherwise reads
        # a body of loose blocks as one paragraph.
        text = f"<!doctype html><html><body><article>{text}</article></body></html>"
    return article_from_source(Source(text=text, format=source_format, name=name, encoding="utf-8"))


def article_from_bytes(data: bytes, name: str) -> Article:
    """Decode and clean content that came without a file name (standard input).

    Raises:
        LisibleError: a subclass saying, in one line, why it cannot be shown.
    """
    return article_from_source(decode_source(data, name, suffix=_UNNAMED))


def article_from_source(source: Source, url: str | None = None, *, detect: bool = True) -> Article:
    """Clean a decoded source and detect its language (unless `detect` is false)."""
    text = input_limits.without_giant_words(source.text)
    if source.format is SourceFormat.HTML:
        html = input_limits.bounded_html(text, os.path.basename(source.name) or source.name)
        article = clean_html(html, source.name, url=url)
    else:
        from reader.text_cleaning import clean_text

        markdown = source.format is SourceFormat.MARKDOWN
        article = clean_text(text, source.name, markdown=markdown)
    if not article.blocks:
        raise EmptyInput(
            "{name} has no readable text.", name=os.path.basename(source.name) or source.name
        )
    article = replace(
        article,
        title=_shortened(article.title),
        byline=_shortened_optional(article.byline),
        site=_shortened_optional(article.site),
        date=_shortened_optional(article.date),
    )
    article = _without_surrogates(article)
    return with_language(article) if detect else article


def with_language(article: Article) -> Article:
    """Return the article with the language its text is in (else the one it declares)."""
    # The text decides: pages often keep a template's lang attribute when
    # they publish an article in another language.
    language = detect_language(article.text) or article.language
    return replace(article, language=language)


#: Longest title, byline, site or date kept. The longest real headlines run
#: to about 200 characters; a megabyte <title> (a page built to hurt) froze
#: the window's layout for minutes, and nobody reads past this anyway.
MAX_METADATA_CHARS = 1000


def _shortened(text: str) -> str:
    if len(text) <= MAX_METADATA_CHARS:
        return text
    cut = text[:MAX_METADATA_CHARS]
    space = cut.rfind(" ", MAX_METADATA_CHARS // 2)
    return (cut[:space] if space > 0 else cut).rstrip() + "…"


def _shortened_optional(text: str | None) -> str | None:
    return None if text is None else _shortened(text)


def _without_surrogates(article: Article) -> Article:
    """Replace lone surrogates (a JSON-LD "\\ud800" escape, a broken UTF-16 page) by U+FFFD.

    No encoding can write them: they would break printing, the library's
    database and the window. One code point for another keeps every offset.
    The source stays as it is: a file name that is not UTF-8 is held that way.
    """
    values = (
        article.title,
        article.text,
        article.byline,
        article.date,
        article.site,
        article.lead_image,
        article.canonical_url,
        *article.removed,
        *(f"{image.src}{image.alt}" for image in article.images),
    )
    if not any(value and _SURROGATE.search(value) for value in values):
        return article
    return replace(
        article,
        title=_fix(article.title),
        text=_fix(article.text),
        byline=_fix_optional(article.byline),
        date=_fix_optional(article.date),
        site=_fix_optional(article.site),
        lead_image=_fix_optional(article.lead_image),
        canonical_url=_fix_optional(article.canonical_url),
        removed=tuple(_fix(text) for text in article.removed),
        images=tuple(
            replace(image, src=_fix(image.src), alt=_fix(image.alt)) for image in article.images
        ),
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def _fix(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text)


def _fix_optional(text: str | None) -> str | None:
    return None if text is None else _fix(text)
