"""A saved page's own pictures, decoded on a worker before the article is shown.

Decoding a photo takes tens of milliseconds, a large one over a hundred: a page
saved with dozens of them froze the window while it was laid out. `decode`
runs where the article is loaded, off the UI thread (a `QImage`, unlike a
`QPixmap`, may be made on any thread); the reading view takes what it finds
here and decodes on the spot only what is missing (an article reopened from
the library, a new column width).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader

from reader.article import Article

_lock = threading.Lock()
#: The pictures of the article loaded last: (file, column width) → picture.
_decoded: dict[tuple[str, int], QImage] = {}


def decode(article: Article, width: int) -> None:
    """Decode the saved pictures of `article` for a column `width` pixels wide.

    They replace those of the article before. Safe to call on a worker thread.
    """
    from reader.extraction_images import local_image_path

    found = {}
    for image in article.images:
        path = local_image_path(article, image)
        if path is not None:
            found[(str(path), width)] = read(path, width)
    with _lock:
        _decoded.clear()
        _decoded.update(found)


def picture(path: Path, width: int) -> QImage:
    """Return the picture in `path` at most `width` pixels wide (null if unreadable)."""
    with _lock:
        known = _decoded.get((str(path), width))
    return known if known is not None else read(path, width)


def read(path: Path, width: int) -> QImage:
    """Decode a picture file, at most `width` pixels wide, upright (null if unreadable).

    A wider picture is decoded at the smaller size directly, not decoded whole
    and then scaled: a JPEG decodes several times faster so.
    """
    reader = QImageReader(str(path))
    # Upright as a browser shows it, whatever way the camera was held.
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() > width > 0:
        reader.setScaledSize(size.scaled(width, size.height(), Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()
