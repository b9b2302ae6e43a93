"""The File ▸ Open filter, from the suffixes the loader reads, so the two agree."""

from __future__ import annotations

from ui.i18n import translate


def article_patterns() -> list[str]:
    """Return the file patterns of articles Lisible opens, gzipped ones too."""
    # Imported when the dialog opens, not with the window.
    from reader.loading import HTML_SUFFIXES, MARKDOWN_SUFFIXES, TEXT_SUFFIXES

    suffixes = sorted(
        suffix for suffix in HTML_SUFFIXES | MARKDOWN_SUFFIXES | TEXT_SUFFIXES if suffix
    )
    # The loader unpacks a gzipped page (.html.gz, as wget and some archives save them).
    return [f"*{suffix}" for suffix in suffixes] + [f"*{suffix}.gz" for suffix in suffixes]


def open_filter() -> str:
    """Return the Open dialog's filter: articles first, then every file."""
    articles = translate("Window", "Articles ({patterns})").format(
        patterns=" ".join(article_patterns())
    )
    everything = translate("Window", "All files (*)")
    return f"{articles};;{everything}"
