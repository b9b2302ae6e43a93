"""A saved page's own pictures, decoded at the column's width, on any thread.

Decoding a photo takes tens of milliseconds, a large one over a hundred: a page
saved with dozens of them froze the window while it was laid out. `decode`
runs in the prepare-for-display step (`ui.display.prepare`), off the UI
thread (a `QImage`, unlike a `QPixmap`, may be made on any thread); the
reading view decodes on the spot only what is missing (a new column width).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader

from reader.article import Article

#: Decoded pictures: (file, column width) → picture.
Pictures = Mapping[tuple[str, int], QImage]


def decode(article: Article, width: int) -> dict[tuple[str, int], QImage]:
    """Return the saved pictures of `article`, decoded for a column `width` pixels wide."""
    from reader.extraction_images import local_image_path

    found = {}
    for image in article.images:
        path = local_image_path(article, image)
        if path is not None:
            found[(str(path), width)] = read(path, width)
    return found


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
