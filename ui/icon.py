"""Lisible's icon for its windows, from the packaged PNG sizes."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from ui.desktop import ICON_SIZES, png_icon


def application_icon() -> QIcon:
    """Return the icon with every shipped size, so each place picks a sharp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(png_icon(size).read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon
