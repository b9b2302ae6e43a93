"""The bundled sample in each theme, in a real window: pixel facts, and PNGs when asked.

Set LISIBLE_SCREENSHOTS to a folder to keep the pictures (`make screenshots`
runs this under xvfb-run, into artifacts/screenshots). The checks run either way.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from reader.paths import sample_article
from reader.pipeline import article_from_path
from ui.comfort import THEMES
from ui.settings import THEME, Settings
from ui.window import MainWindow

#: Channels within this distance of the page colour count as page (antialiasing
#: of the margin, rounding in the platform's colour conversion).
PAGE_TOLERANCE = 6
#: A page of prose is ink on 5 to 15 % of its pixels; under 2 % the text is missing.
MIN_INK = 0.02
#: Text must differ from its page by this much in luminance (0 to 1) at its darkest
#: (or brightest) pixels: readable, not a faint grey on grey.
MIN_TEXT_CONTRAST = 0.5


def luminance(colour: QColor) -> float:
    return 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()


def near(a: QColor, b: QColor, tolerance: int = PAGE_TOLERANCE) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def ink_pixels(image: QImage, area: QRect, page: QColor) -> list[QColor]:
    """Return the colours in an area that are not the page (every other pixel, for speed)."""
    found = []
    for y in range(area.top(), area.bottom(), 2):
        for x in range(area.left(), area.right(), 2):
            colour = image.pixelColor(x, y)
            if not near(colour, page, 24):
                found.append(colour)
    return found


@pytest.mark.parametrize("theme", list(THEMES))
def test_the_sample_in_each_theme(
    qtbot: QtBot, theme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: None)
    settings = Settings()
    settings.set(THEME, theme)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1100, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_article(article_from_path(str(sample_article())))
    view = window.reading_view

    image = view.viewport().grab().toImage()
    page = QColor(THEMES[theme]["page"])
    # The margin beside the column is the page colour.
    assert near(image.pixelColor(4, image.height() // 2), page)
    column = QRect(
        (image.width() - view.column_width) // 2,
        0,
        view.column_width,
        image.height(),
    )
    ink = ink_pixels(image, column, page)
    assert len(ink) / (column.width() * column.height() / 4) > MIN_INK
    page_light = luminance(page)
    if page_light >= 0.5:
        # Dark text on a light page.
        assert page_light - min(luminance(c) for c in ink) > MIN_TEXT_CONTRAST
    else:
        assert max(luminance(c) for c in ink) - page_light > MIN_TEXT_CONTRAST

    # Toolbar buttons show their whole text once the article names the
    # direction ("Translate FR→EN"), not an elided "Tra…→EN".
    button = window.translation.toolbar.widgetForAction(window.translation.translate_action)
    assert "→" in button.text()
    assert button.width() >= button.sizeHint().width()

    folder = os.environ.get("LISIBLE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        target = Path(folder) / f"sample-{theme}.png"
        assert window.grab().save(str(target))
        assert target.stat().st_size > 10_000
