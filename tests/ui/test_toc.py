"""The Contents dock: the article's headings, a click goes there, the place read is followed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.article import Article, ArticleBuilder, BlockKind, SourceFormat
from reader.paths import sample_article
from reader.pipeline import article_from_path
from ui.settings import Settings
from ui.toc import headings
from ui.window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: None)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(900, 400)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def sample(window: MainWindow) -> Article:
    article = article_from_path(str(sample_article()))
    window.show_article(article)
    return article


def heading_top(window: MainWindow, article: Article, index: int) -> int:
    view = window.reading_view
    start = article.blocks[index].start
    return view.cursorRect(view.text_cursor(start, start)).top()


def test_ctrl_shift_c_shows_the_headings(qtbot: QtBot, window: MainWindow, sample: Article) -> None:
    contents = window.contents
    assert not contents.dock.isVisible()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert contents.dock.isVisible()
    assert contents.entries == [
        "Un budget modeste, des résultats visibles",
        "Ce que les membres y trouvent",
        "Une liste d’attente qui s’allonge",
    ]
    assert contents.dock.windowTitle() == "Contents (3)"


def test_clicking_a_heading_scrolls_it_to_the_top(
    qtbot: QtBot, window: MainWindow, sample: Article
) -> None:
    contents = window.contents
    contents.dock.show()
    last = contents.tree.topLevelItem(2)
    assert last is not None
    index = last.data(0, Qt.ItemDataRole.UserRole)
    assert sample.blocks[index].kind is BlockKind.HEADING
    assert heading_top(window, sample, index) > window.reading_view.viewport().height()
    with qtbot.waitSignal(contents.jumped):
        rect = contents.tree.visualItemRect(last)
        qtbot.mouseClick(contents.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    top = heading_top(window, sample, index)
    assert 0 <= top < window.reading_view.fontMetrics().height() * 3


def test_the_heading_read_is_selected_as_one_scrolls(window: MainWindow, sample: Article) -> None:
    contents = window.contents
    contents.dock.show()
    second = contents.tree.topLevelItem(1)
    assert second is not None
    contents.go_to(second.data(0, Qt.ItemDataRole.UserRole))
    assert contents.tree.currentItem() is second


def test_enter_on_a_heading_goes_there(qtbot: QtBot, window: MainWindow, sample: Article) -> None:
    contents = window.contents
    contents.dock.show()
    contents.tree.setFocus()
    first = contents.tree.topLevelItem(0)
    assert first is not None
    contents.tree.setCurrentItem(first)
    with qtbot.waitSignal(contents.jumped) as jumped:
        qtbot.keyClick(contents.tree, Qt.Key.Key_Return)
    assert jumped.args == [first.data(0, Qt.ItemDataRole.UserRole)]


def test_an_article_without_headings_says_so(window: MainWindow) -> None:
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, "Just one paragraph.")
    window.show_article(
        Article("T", builder.text, tuple(builder.blocks), "t.txt", SourceFormat.TEXT)
    )
    assert window.contents.entries == ["This article has no headings."]
    assert window.contents.dock.windowTitle() == "Contents"


def test_an_empty_contents_steps_aside_until_headings_come(
    qtbot: QtBot, window: MainWindow, sample: Article
) -> None:
    window.show_article(sample)
    window.contents.toggle_action.trigger()
    qtbot.waitUntil(window.contents.dock.isVisible)
    width = window.reading_view.width()
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, "Just one paragraph.")
    window.show_article(
        Article("T", builder.text, tuple(builder.blocks), "t.txt", SourceFormat.TEXT)
    )
    # The text gets the dock's room; the status bar says why.
    assert not window.contents.dock.isVisible()
    qtbot.waitUntil(lambda: window.reading_view.width() > width)
    assert "no headings" in window.statusBar().currentMessage()
    # Asked for, it shows, saying there is nothing to list.
    window.contents.toggle_action.trigger()
    assert window.contents.dock.isVisible()
    window.contents.toggle_action.trigger()
    window.show_article(sample)
    # Closed by the reader: it stays closed.
    assert not window.contents.dock.isVisible()
    window.contents.toggle_action.trigger()
    window.show_article(
        Article("T", builder.text, tuple(builder.blocks), "t.txt", SourceFormat.TEXT)
    )
    assert not window.contents.dock.isVisible()
    # Hidden by itself, it comes back with the next article that has headings.
    window.show_article(sample)
    assert window.contents.dock.isVisible()


def test_headings_keep_their_levels() -> None:
    builder = ArticleBuilder()
    builder.add(BlockKind.HEADING, "Part", level=2)
    builder.add(BlockKind.HEADING, "Section", level=3)
    builder.add(BlockKind.PARAGRAPH, "Text.")
    article = Article("T", builder.text, tuple(builder.blocks), "t.md", SourceFormat.MARKDOWN)
    assert headings(article) == [(0, 2, "Part"), (1, 3, "Section")]


def test_the_dock_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    window.contents.dock.show()
    window.close()
    again = MainWindow(Settings())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.contents.dock.isVisible()


def test_tab_goes_from_the_contents_to_the_article(
    qtbot: QtBot, window: MainWindow, sample: Article
) -> None:
    window.contents.dock.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.contents.tree.setFocus()
    qtbot.keyClick(window.contents.tree, Qt.Key.Key_Tab)
    assert window.reading_view.hasFocus()
    assert window.contents.tree.accessibleName() == "Contents"


def test_the_translation_alone_lists_its_own_headings(window: MainWindow, sample: Article) -> None:
    from reader.translation import Translation
    from ui.translation import ViewMode

    builder = ArticleBuilder()
    for number, block in enumerate(sample.blocks):
        builder.add(block.kind, f"English {number}", level=block.level)
    target = Article("E", builder.text, tuple(builder.blocks), "t.md", SourceFormat.MARKDOWN)
    window.translation.show_translation(Translation(sample, target, (), "hand-made", True))
    window.translation.set_mode(ViewMode.TRANSLATION)
    assert window.contents.entries == ["English 3", "English 7", "English 14"]
    window.translation.set_mode(ViewMode.ORIGINAL)
    assert window.contents.entries[0] == "Un budget modeste, des résultats visibles"


def test_the_last_heading_chosen_stays_selected_though_it_cannot_reach_the_top(
    qtbot: QtBot, window: MainWindow
) -> None:
    builder = ArticleBuilder()
    for title, paragraphs in (("One", 12), ("Two", 12), ("Three", 1)):
        builder.add(BlockKind.HEADING, title, level=2)
        for number in range(paragraphs):
            builder.add(BlockKind.PARAGRAPH, f"Paragraph {number} of part {title.lower()}.")
    article = Article(
        title="Parts",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source="parts.md",
        source_format=SourceFormat.MARKDOWN,
    )
    with qtbot.waitSignal(window.reading_view.article_laid_out):
        window.show_article(article)
    contents = window.contents
    contents.dock.show()
    last = contents.tree.topLevelItem(2)
    assert last is not None and last.text(0) == "Three"
    with qtbot.waitSignal(contents.jumped):
        rect = contents.tree.visualItemRect(last)
        qtbot.mouseClick(contents.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    bar = window.reading_view.verticalScrollBar()
    # At the end, with "Three" on screen but not at the top.
    assert bar.value() == bar.maximum() > 0
    assert heading_top(window, article, last.data(0, Qt.ItemDataRole.UserRole)) > 0
    assert contents.tree.currentItem() is last
    assert [item.text(0) for item in contents.tree.selectedItems()] == ["Three"]


def test_a_long_heading_wraps_in_the_dock(qtbot: QtBot, window: MainWindow) -> None:
    long_heading = "Why the river that crosses the old town floods every spring, and what to do"
    builder = ArticleBuilder()
    builder.add(BlockKind.HEADING, long_heading, level=2)
    builder.add(BlockKind.PARAGRAPH, "A paragraph.")
    builder.add(BlockKind.HEADING, "Short", level=2)
    builder.add(BlockKind.PARAGRAPH, "Another paragraph.")
    article = Article(
        title="River",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source="river.md",
        source_format=SourceFormat.MARKDOWN,
    )
    contents = window.contents
    contents.dock.show()
    window.resizeDocks([contents.dock], [200], Qt.Orientation.Horizontal)
    with qtbot.waitSignal(window.reading_view.article_laid_out):
        window.show_article(article)
    tree = contents.tree
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert first is not None and second is not None
    qtbot.waitUntil(lambda: tree.visualItemRect(first).height() > 0)
    wide = tree.visualItemRect(first)
    line = tree.visualItemRect(second).height()
    # The whole heading shows, over several lines, within the dock's width.
    assert wide.height() >= 2 * line
    assert wide.right() <= tree.viewport().width()
    assert tree.horizontalScrollBar().maximum() == 0 or not tree.horizontalScrollBar().isVisible()
