"""From a path (or bytes) to a cleaned article with its language: what every client calls."""

from __future__ import annotations

import os
from dataclasses import replace

from reader.article import Article, SourceFormat
from reader.errors import EmptyInput
from reader.html_cleaning import clean_html
from reader.language import detect_language
from reader.loading import Source, load_path
from reader.text_cleaning import clean_text


def article_from_path(path: str | os.PathLike[str]) -> Article:
    """Load, clean and detect the language of an article file.

    Raises:
        LisibleError: a subclass saying, in one line, why the file cannot be shown.
    """
    return article_from_source(load_path(path))


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
