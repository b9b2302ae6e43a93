"""Which of an article's images may be shown: only files saved next to the page.

A page saved as "Web page, complete" keeps its pictures in a folder beside it
(`name_files/`) and refers to them by relative paths. Those are shown; anything
else (a URL, an absolute path, a path that climbs out of the page's folder) is
not, so opening an article reads no file outside its folder and contacts nobody.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

from reader.article import Article, Image, SourceFormat

#: Larger files are not pictures of an article (or would stall the view).
MAX_IMAGE_BYTES = 20 * 1024 * 1024


def local_image_path(article: Article, image: Image) -> Path | None:
    """Return the saved file an image of `article` refers to, or None.

    None when the article is not a saved HTML file, when the reference is a
    URL or an absolute path, or when the file is missing, too large, or
    outside the page's folder (symbolic links are followed before checking).
    """
    if article.source_format is not SourceFormat.HTML or not article.source:
        return None
    if urlsplit(article.source).scheme in ("http", "https"):
        return None
    parts = urlsplit(image.src)
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    folder = Path(article.source).resolve().parent
    try:
        path = (folder / unquote(parts.path)).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if os.path.commonpath([folder, path]) != str(folder) or not path.is_file():
        return None
    try:
        if path.stat().st_size > MAX_IMAGE_BYTES:
            return None
    except OSError:
        return None
    return path
