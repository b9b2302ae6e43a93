"""Prepare an article for display, off the UI thread: the one step every source takes.

    def _load(path: str, width: int) -> Prepared:   # run by a Task, on a worker
        return prepare(article_from_path(path), width)

A file, a web page, the clipboard, the library and a translation all hand the
reading view a `Prepared` value made on a worker: the article with its words
counted (the status bar's summary: a long read's count took tens of ms) and
its saved pictures decoded at the column's width (a page with 30 photos froze
the window 1.4 s). The view then only lays the document out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.article import Article
from ui import pictures
from ui.pictures import Pictures


@dataclass(frozen=True)
class Prepared:
    """An article ready for the reading view, with what was worked out for it."""

    article: Article
    #: Its saved pictures, decoded for the column width it was prepared for.
    pictures: Pictures = field(default_factory=dict)


def prepare(article: Article, column_width: int) -> Prepared:
    """Do the slow part of showing an article; safe (and meant) to call on a worker."""
    # Counted here: `word_count` is cached on the article, the summary reads it.
    _ = article.word_count
    return Prepared(article, pictures.decode(article, column_width))
