"""From a path, a URL or a pasted text to a cleaned article with its language.

What every client (the CLI, the window) calls.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import replace

from reader.article import Article, SourceFormat
from reader.errors import EmptyInput
from reader.fetching import DEFAULT_DEADLINE, fetch_source
from reader.html_cleaning import clean_html
from reader.language import detect_language
from reader.loading import Source, decode_source, load_path, sniff_format
from reader.text_cleaning import clean_text

#: A suffix no format claims, so that content without a file name is judged by
#: its content alone: HTML tags or Markdown syntax, else plain text.
_UNNAMED = ".unnamed"

#: A whole page, as opposed to a fragment, has a body (or a frameset) near its start.
_WHOLE_PAGE = re.compile(r"<(?:body|frameset)\b", re.IGNORECASE)
_HEAD_CHARS = 100_000


def article_from_path(path: str | os.PathLike[str]) -> Article:
    """Load, clean and detect the language of an article file.

    Raises:
        LisibleError: a subclass saying, in one line, why the file cannot be shown.
    """
    return article_from_source(load_path(path))


def article_from_url(
    url: str,
    *,
    deadline: float = DEFAULT_DEADLINE,
    progress: Callable[[int, int | None], object] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Article:
    """Fetch, clean and detect the language of the article at a URL.

    The article's `source` is the final URL, after redirects. `progress` gets
    (bytes received, total or None); `cancelled` is polled during the download
    (see `reader.fetching.fetch`).

    Raises:
        LisibleError: a subclass saying, in one line, why the page cannot be shown.
    """
    source = fetch_source(url, deadline=deadline, progress=progress, cancelled=cancelled)
    return article_from_source(source, url=source.name)


def article_from_pasted(text: str, html: bool = False, name: str = "clipboard") -> Article:
    """Clean pasted content: HTML from a browser, or text (plain or Markdown).

    Raises:
        EmptyInput: there is nothing to read in it.
    """
    if not text.strip():
        raise EmptyInput(f"The {name} holds no text.")
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


def article_from_source(source: Source, url: str | None = None) -> Article:
    """Clean a decoded source and detect its language."""
    if source.format is SourceFormat.HTML:
        article = clean_html(source.text, source.name, url=url)
    else:
        markdown = source.format is SourceFormat.MARKDOWN
        article = clean_text(source.text, source.name, markdown=markdown)
    if not article.blocks:
        raise EmptyInput(f"{os.path.basename(source.name) or source.name} has no readable text.")
    # The text decides: pages often keep a template's lang attribute when
    # they publish an article in another language.
    language = detect_language(article.text) or article.language
    return replace(article, language=language)
