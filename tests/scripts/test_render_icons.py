"""The shipped PNG icons are the SVG drawn at their sizes, not a stale older drawing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from scripts.render_icons import render
from ui.desktop import ICON_SIZES, png_icon, svg_icon

#: Channel difference allowed per pixel: antialiasing may differ by a step or
#: two between Qt builds, a changed drawing differs by far more.
TOLERANCE = 8


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_is_the_svg_rendered_at_its_size(qtbot: QtBot, size: int) -> None:
    shipped = QImage.fromData(png_icon(size).read_bytes()).convertToFormat(
        QImage.Format.Format_ARGB32
    )
    assert (shipped.width(), shipped.height()) == (size, size)
    drawn = render(svg_icon().read_bytes(), size).convertToFormat(QImage.Format.Format_ARGB32)
    worst = max(
        abs(a - b)
        for y in range(size)
        for x in range(size)
        for a, b in zip(
            shipped.pixelColor(x, y).getRgb(), drawn.pixelColor(x, y).getRgb(), strict=True
        )
    )
    assert worst <= TOLERANCE, "run `python -m scripts.render_icons` after changing the SVG"
