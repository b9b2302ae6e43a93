"""Render the PNG sizes of Lisible's icon from its SVG, with Qt's own SVG renderer.

Run from the repository root after changing ``resources/icons/lisible.svg``::

    .venv/bin/python -m scripts.render_icons

``tests/scripts/test_render_icons.py`` fails while a PNG differs from what this
renders, so the shipped sizes cannot drift from the drawing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from ui.desktop import ICON_SIZES

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(svg: bytes, size: int) -> QImage:
    """Return the icon drawn at `size` pixels square on a transparent background."""
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        raise ValueError("the icon's SVG cannot be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    """Write lisible-SIZE.png beside the SVG for every shipped size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = (ICONS / "lisible.svg").read_bytes()
    for size in ICON_SIZES:
        target = ICONS / f"lisible-{size}.png"
        if not render(svg, size).save(str(target), "PNG"):
            print(f"render_icons: cannot write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(Path.cwd()) if target.is_relative_to(Path.cwd()) else target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
