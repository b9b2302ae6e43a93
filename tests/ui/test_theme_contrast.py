"""Every colour the themes put behind text, measured as WCAG does: text must stay readable."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QScrollBar
from pytestqt.qtbot import QtBot

from reader.entities import GROUP_ORDER
from ui.comfort import THEMES, theme_palette
from ui.entity_colors import HUES, contrast, group_colors
from ui.translation import SelectionDialog
from ui.translation_views import pair_colour
from ui.window import MainWindow
from ui.window_theme import CHROME, apply_window_theme, window_palette

#: WCAG AA for body text, and for controls and large marks.
AA_TEXT = 4.5
AA_CONTROL = 3.0
THEME_NAMES = list(THEMES)


@pytest.mark.parametrize("theme", THEME_NAMES)
@pytest.mark.parametrize("hue", list(HUES))
def test_every_label_keeps_its_text_readable(theme: str, hue: str) -> None:
    """Each group in each colour a reader may choose: the tint, the selected item's, the current."""
    palette = theme_palette(theme)
    text = palette.color(QPalette.ColorRole.Text)
    page = palette.color(QPalette.ColorRole.Base)
    colours = group_colors(palette, dict.fromkeys(GROUP_ORDER, HUES[hue]))
    for group in GROUP_ORDER:
        mark = colours[group]
        assert contrast(text, mark.mention) >= AA_TEXT, (group, mark.mention.name())
        assert contrast(text, mark.focus) >= AA_TEXT, (group, mark.focus.name())
        assert contrast(mark.current_text, mark.current) >= AA_TEXT, (group, mark.current.name())
        # A tint is seen on its page.
        assert contrast(mark.mention, page) >= 1.15


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_the_default_labels_are_told_apart(theme: str) -> None:
    colours = group_colors(theme_palette(theme))
    assert len({colours[group].mention.name() for group in GROUP_ORDER}) == len(GROUP_ORDER)


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_a_hovered_sentence_pair_is_seen_and_read(theme: str) -> None:
    palette = theme_palette(theme)
    colour = pair_colour(palette)
    page = palette.color(QPalette.ColorRole.Base)
    assert contrast(colour, page) >= 1.3
    assert contrast(colour, palette.color(QPalette.ColorRole.Text)) >= AA_TEXT
    # Not a selection: the reader would think the sentence selected.
    assert contrast(colour, palette.color(QPalette.ColorRole.Highlight)) > 1.05 or (
        colour.hslHueF() != palette.color(QPalette.ColorRole.Highlight).hslHueF()
    )


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_the_window_around_the_page_reads_in_each_theme(theme: str) -> None:
    palette = window_palette(theme)
    role = QPalette.ColorRole
    pairs = [
        (role.WindowText, role.Window),
        (role.Text, role.Base),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
        (role.Link, role.Base),
    ]
    for text, background in pairs:
        assert contrast(palette.color(text), palette.color(background)) >= AA_TEXT, text
    disabled = palette.color(QPalette.ColorGroup.Disabled, role.WindowText)
    assert contrast(disabled, palette.color(role.Window)) >= AA_CONTROL
    # The window is of the theme's lightness: dark menus around a dark page.
    page_dark = QColor(THEMES[theme]["page"]).lightnessF() < 0.5
    assert (palette.color(role.Window).lightnessF() < 0.5) == page_dark


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_the_application_takes_the_theme(
    qtbot: QtBot, make_window: Callable[[], MainWindow], theme: str
) -> None:
    window = make_window()
    window.comfort.set_theme(theme)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    expected = QColor(CHROME[theme]["window"])
    assert app.palette().color(QPalette.ColorRole.Window) == expected
    dialog = window.preferences.show_dialog()
    for widget in (window.menuBar(), window.statusBar(), window.entities.dock, dialog):
        # Qt hands the application's palette to its widgets in events of their own.
        qtbot.waitUntil(lambda w=widget: w.palette().color(QPalette.ColorRole.Window) == expected)


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_the_scroll_bar_handle_stands_out(qtbot: QtBot, theme: str) -> None:
    apply_window_theme(theme)
    bar = QScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    bar.setRange(0, 1000)
    bar.setPageStep(200)
    bar.resize(16, 400)
    bar.show()
    qtbot.waitExposed(bar)
    image = bar.grab().toImage()
    x = image.width() // 2
    # The handle is at the top (value 0); the groove under it, halfway down.
    handle = image.pixelColor(x, image.height() // 8)
    groove = image.pixelColor(x, image.height() * 3 // 4)
    assert contrast(handle, groove) >= AA_CONTROL, (handle.name(), groove.name())


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_translate_selections_source_line_reads(qtbot: QtBot, theme: str) -> None:
    apply_window_theme(theme)
    dialog = SelectionDialog("Le chien dort.", "fr", "en")
    qtbot.addWidget(dialog)
    palette = dialog.source.palette()
    shown = palette.color(dialog.source.foregroundRole())
    if not dialog.source.isEnabled():
        shown = palette.color(QPalette.ColorGroup.Disabled, dialog.source.foregroundRole())
    assert contrast(shown, palette.color(QPalette.ColorRole.Window)) >= AA_TEXT
    # Still secondary to the translation's text.
    assert shown != dialog.palette().color(QPalette.ColorRole.WindowText)
