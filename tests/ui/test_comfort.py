"""Reading comfort in the window: themes, font, zoom, line width and spacing, full screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QTextEdit
from pytestqt.qtbot import QtBot

import ui.comfort
from reader.article import Article
from reader.paths import sample_article
from reader.pipeline import article_from_path
from ui.comfort import THEMES, effective_theme
from ui.reading_view import ReadingView
from ui.settings import FONT_FAMILY, FONT_SIZE, LINE_SPACING, LINE_WIDTH, THEME, Settings
from ui.window import MainWindow
from ui.window_theme import CHROME


@pytest.fixture
def make_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Callable[[], MainWindow]:
    """Return a factory of shown windows (error dialogs recorded, not shown)."""
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: None)

    def make() -> MainWindow:
        window = MainWindow(Settings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # As the reader gets it: the features are built once it has painted.
        qtbot.waitUntil(lambda: window.features_built)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    return make_window()


@pytest.fixture(scope="module")
def sample() -> Article:
    return article_from_path(str(sample_article()))


@pytest.fixture
def shown(window: MainWindow, sample: Article) -> MainWindow:
    """The window with the bundled sample on show."""
    window.show_article(sample)
    return window


def page_colour(view: ReadingView) -> QColor:
    """Return the colour painted in the view's top-left corner (margin, no text)."""
    return view.viewport().grab().toImage().pixelColor(3, 3)


def test_each_theme_paints_its_page_and_text(shown: MainWindow) -> None:
    view = shown.reading_view
    for name, colours in THEMES.items():
        shown.comfort.set_theme(name)
        assert shown.settings.get(THEME) == name
        assert page_colour(view) == QColor(colours["page"])
        assert view.palette().color(QPalette.ColorRole.Text) == QColor(colours["text"])
    assert shown.comfort.theme == "dark"


def test_the_theme_menu_switches_and_shows_the_choice(shown: MainWindow) -> None:
    sepia = next(a for a in shown.comfort.theme_actions.actions() if a.data() == "sepia")
    sepia.trigger()
    assert page_colour(shown.reading_view) == QColor(THEMES["sepia"]["page"])
    assert sepia.isChecked()


def test_following_the_system_follows_its_colour_scheme(
    shown: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The offscreen platform has no colour scheme to change: the desktop is played here.
    assert shown.settings.get(THEME) == "system"
    assert page_colour(shown.reading_view) == QColor(THEMES["light"]["page"])
    monkeypatch.setattr(ui.comfort, "system_is_dark", lambda: True)
    assert effective_theme("system") == "dark"
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert page_colour(shown.reading_view) == QColor(THEMES["dark"]["page"])
    # The whole window, not only the page: its menus, panels and dialogs.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(CHROME["dark"]["window"])
    monkeypatch.setattr(ui.comfort, "system_is_dark", lambda: False)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(CHROME["light"]["window"])
    assert effective_theme("sepia") == "sepia"


def test_zoom_keys_change_the_body_font_and_are_remembered(qtbot: QtBot, shown: MainWindow) -> None:
    view = shown.reading_view
    default = FONT_SIZE.default
    assert view.document().defaultFont().pointSizeF() == default
    with qtbot.waitActive(shown):
        shown.activateWindow()
    qtbot.keyClick(shown, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(shown, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.document().defaultFont().pointSizeF() == default + 2
    assert shown.settings.get(FONT_SIZE) == default + 2
    qtbot.keyClick(shown, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.document().defaultFont().pointSizeF() == default + 1
    qtbot.keyClick(shown, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.document().defaultFont().pointSizeF() == default
    assert shown.settings.get(FONT_SIZE) == default


def test_zoom_stops_at_the_bounds(shown: MainWindow) -> None:
    shown.comfort.zoom(100)
    assert shown.reading_view.typography[1] == FONT_SIZE.maximum
    shown.comfort.zoom(-100)
    assert shown.reading_view.typography[1] == FONT_SIZE.minimum


def test_a_bigger_font_makes_taller_headings_too(shown: MainWindow) -> None:
    view = shown.reading_view
    before = view.document().size().height()
    shown.comfort.zoom(4)
    assert view.document().size().height() > before * 1.15


def test_line_width_changes_the_column(shown: MainWindow) -> None:
    view = shown.reading_view
    shown.resize(1600, 900)
    narrow = view.column_width
    shown.settings.set(LINE_WIDTH, 100)
    shown.settings_changed.emit(LINE_WIDTH.name)
    assert view.column_width == pytest.approx(narrow * 100 / 70, rel=0.02)
    margin = view.document().rootFrame().frameFormat().leftMargin()
    assert margin == pytest.approx((view.viewport().width() - view.column_width) / 2, abs=1)


def test_line_spacing_changes_the_height_of_lines(shown: MainWindow) -> None:
    view = shown.reading_view
    block = view.document().findBlock(view.block_positions[0][1])
    assert block.blockFormat().lineHeight() == 150
    before = view.document().size().height()
    shown.settings.set(LINE_SPACING, 2.0)
    shown.settings_changed.emit(LINE_SPACING.name)
    block = view.document().findBlock(view.block_positions[0][1])
    assert block.blockFormat().lineHeight() == 200
    assert view.document().size().height() > before * 1.15


def test_a_sans_font_or_a_named_one(shown: MainWindow) -> None:
    view = shown.reading_view
    shown.settings.set(FONT_FAMILY, "sans")
    shown.settings_changed.emit(FONT_FAMILY.name)
    assert view.document().defaultFont().families()[0] in {"Source Sans 3", "Inter", "Noto Sans"}
    assert "DejaVu Sans" in view.document().defaultFont().families()
    shown.settings.set(FONT_FAMILY, "DejaVu Sans Mono")
    shown.settings_changed.emit(FONT_FAMILY.name)
    assert view.document().defaultFont().families()[0] == "DejaVu Sans Mono"


def test_settings_persist_in_a_new_window(make_window: Callable[[], MainWindow]) -> None:
    first = make_window()
    first.comfort.set_theme("sepia")
    first.comfort.zoom(3)
    first.settings.set(LINE_WIDTH, 55)
    first.settings_changed.emit(LINE_WIDTH.name)
    first.close()
    second = make_window()
    view = second.reading_view
    assert second.comfort.theme == "sepia"
    assert view.palette().color(QPalette.ColorRole.Base) == QColor(THEMES["sepia"]["page"])
    assert view.typography[1:3] == (FONT_SIZE.default + 3, 55)


def test_both_views_follow_side_by_side(shown: MainWindow) -> None:
    translation_view = shown.translation.translation_view
    shown.comfort.set_theme("dark")
    shown.comfort.zoom(2)
    assert translation_view.palette().color(QPalette.ColorRole.Base) == QColor(
        THEMES["dark"]["page"]
    )
    assert translation_view.typography == shown.reading_view.typography


def test_laying_out_again_keeps_the_place_and_the_highlights(
    qtbot: QtBot, shown: MainWindow, sample: Article
) -> None:
    view = shown.reading_view
    shown.resize(900, 500)
    heading = next(i for i, b in enumerate(sample.blocks) if b.kind.value == "heading" and i > 5)
    start = sample.blocks[heading].start
    selection = QTextEdit.ExtraSelection()
    selection.cursor = view.text_cursor(start, start + 5)
    selection.format.setBackground(QColor("red"))
    view.set_highlights("test", [selection])
    view.document().documentLayout().documentSize()
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + view.cursorRect(view.text_cursor(start, start)).top())
    with qtbot.waitSignal(view.relaid_out):
        shown.comfort.zoom(3)
    # The heading read is still at the top, and still highlighted where it was.
    top = view.cursorRect(view.text_cursor(start, start)).top()
    assert abs(top) < view.fontMetrics().height() * 2
    kept = view.highlights("test")
    assert len(kept) == 1
    assert kept[0].cursor.document() is view.document()
    assert kept[0].cursor.selectedText() == sample.text[start : start + 5]
    assert kept[0].format.background().color() == QColor("red")


def test_the_status_bar_shows_how_far_the_reader_is(shown: MainWindow) -> None:
    shown.resize(900, 400)
    bar = shown.reading_view.verticalScrollBar()
    label = shown.comfort.progress_label
    assert bar.maximum() > 0
    bar.setValue(0)
    assert label.text() == "0 %"
    bar.setValue(bar.maximum() // 2)
    assert label.text() in {"49 %", "50 %", "51 %"}
    bar.setValue(bar.maximum())
    assert label.text() == "100 %"
    assert label.accessibleName() == "Reading progress"


def test_no_progress_without_an_article(window: MainWindow) -> None:
    assert not window.comfort.progress_label.isVisible()


def test_f11_toggles_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    action = window.comfort.full_screen_action
    assert QKeySequence("F11") in action.shortcuts()
    action.trigger()
    qtbot.waitUntil(window.isFullScreen)
    assert action.isChecked()
    action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not action.isChecked()


def test_main_widgets_have_accessible_names(window: MainWindow) -> None:
    assert window.reading_view.accessibleName() == "Article"
    assert window.translation.translation_view.accessibleName() == "Translation"
    assert window.summary_label.accessibleName()


def test_bad_stored_values_fall_back_to_readable_ones(
    make_window: Callable[[], MainWindow],
) -> None:
    settings = Settings()
    settings.set(FONT_SIZE, 400.0)
    settings.set(LINE_SPACING, 0.1)
    settings.set(THEME, "neon")
    settings.set(FONT_FAMILY, "No Such Font At All")
    settings.sync()
    # A line width written by hand, that is no number.
    raw = QSettings(str(settings.path), QSettings.Format.IniFormat)
    raw.setValue(LINE_WIDTH.name, "wide")
    raw.sync()
    window = make_window()
    family, size, width, spacing = window.reading_view.typography
    assert size == FONT_SIZE.maximum
    assert spacing == round(LINE_SPACING.minimum * 100)
    assert width == LINE_WIDTH.default
    assert window.comfort.theme in {"light", "dark"}
    # An unknown font falls back to the serif list.
    assert "DejaVu Serif" in window.reading_view.document().defaultFont().families()
    assert family == "No Such Font At All"


def test_no_two_actions_share_a_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    # Two actions with one shortcut make Qt ignore both ("ambiguous shortcut").
    with qtbot.waitActive(window):
        window.activateWindow()
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            text = keys.toString()
            assert text not in seen, f"{text}: {seen[text]} and {action.text()}"
            seen[text] = action.text()
    for keys in ("Ctrl+F", "F3", "Shift+F3", "Ctrl+,", "Ctrl+P", "F11", "Ctrl+Shift+C"):
        assert keys in seen


def test_side_by_side_stays_aligned_after_a_new_size(
    qtbot: QtBot, shown: MainWindow, sample: Article
) -> None:
    from reader.article import ArticleBuilder
    from reader.translation import Translation
    from ui.translation import ViewMode
    from ui.translation_views import block_top

    builder = ArticleBuilder()
    for number, block in enumerate(sample.blocks):
        # Longer than the French, so that padding is needed to line paragraphs up.
        builder.add(block.kind, f"English block {number}. " * (3 + number % 5), level=block.level)
    target = Article(
        "English", builder.text, tuple(builder.blocks), sample.source, sample.source_format
    )
    controller = shown.translation
    controller.show_translation(Translation(sample, target, (), "hand-made", True))
    controller.set_mode(ViewMode.SIDE_BY_SIDE)
    left, right = controller.original_view, controller.translation_view

    def aligned() -> bool:
        return all(
            abs(block_top(left, i) - block_top(right, i)) < 1 for i in range(len(sample.blocks))
        )

    qtbot.waitUntil(aligned)
    shown.comfort.zoom(4)
    assert right.typography == left.typography
    qtbot.waitUntil(aligned)
