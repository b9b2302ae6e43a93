"""The library in the window, driven as a reader would: keep, find, reopen, remove."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

import ui.library_view
from reader.article import Article
from reader.library import Library, ReadingPosition
from reader.paths import library_path
from ui.library_view import (
    ADDED,
    COLUMNS,
    EXCERPT,
    LANGUAGE,
    RESTORE_MARGIN,
    SITE,
    TITLE,
    LibraryDialog,
)
from ui.settings import LIBRARY_KEEP, Settings
from ui.window import MainWindow

WAIT = 10_000


@pytest.fixture
def long_article(tmp_path: Path) -> Path:
    """Return a French article far longer than a screen, with accents to search."""
    paragraphs = [
        f"Paragraphe {n} : les États membres débattent encore du budget des régions,"
        " des écoles et des hôpitaux, sans trouver d’accord avant l’été."
        for n in range(1, 121)
    ]
    path = tmp_path / "etats.txt"
    path.write_text("Le long débat des États\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    return path


def open_and_keep(qtbot: QtBot, window: MainWindow, path: Path) -> int:
    """Open a file and wait until it is kept in the library; return its id."""

    def on_show(article_id: int) -> bool:
        # Not the late answer for an article shown before.
        return window.library.current_id == article_id

    with qtbot.waitSignal(
        window.library.article_kept, timeout=WAIT, check_params_cb=on_show
    ) as kept:
        window.open_path(path)
    return int(kept.args[0])


def show_library(qtbot: QtBot, window: MainWindow) -> LibraryDialog:
    action = next(a for a in window.file_menu.actions() if a.text().replace("&", "") == "Library…")
    assert action.shortcut() == QKeySequence("Ctrl+Shift+O")
    action.trigger()
    dialog = window.library.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.model.rowCount() > 0, timeout=WAIT)
    return dialog


def rows(dialog: LibraryDialog, column: int = TITLE) -> list[str]:
    return [dialog.proxy.index(row, column).data() for row in range(dialog.proxy.rowCount())]


def search(qtbot: QtBot, dialog: LibraryDialog, text: str) -> list[str]:
    """Type a query as a reader does and return the titles listed."""
    with qtbot.waitSignal(dialog.populated, timeout=WAIT):
        dialog.search_field.clear()
        qtbot.keyClicks(dialog.search_field, text)
    return rows(dialog)


def test_an_opened_article_is_listed(
    qtbot: QtBot, window: MainWindow, html_article: Path, long_article: Path
) -> None:
    ferry = open_and_keep(qtbot, window, html_article)
    assert window.library.current_id == ferry
    open_and_keep(qtbot, window, long_article)
    dialog = show_library(qtbot, window)
    # Last read first, by default.
    assert rows(dialog) == ["Le long débat des États", "The Night Ferry to Harwick"]
    assert rows(dialog, LANGUAGE) == ["French", "English"]
    assert dialog.status_label.text() == "2 articles"
    assert dialog.table.isColumnHidden(EXCERPT)
    # Sorting by a column header, as a click does.
    dialog.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert rows(dialog) == ["Le long débat des États", "The Night Ferry to Harwick"]
    dialog.table.sortByColumn(TITLE, Qt.SortOrder.DescendingOrder)
    assert rows(dialog)[0] == "The Night Ferry to Harwick"
    dialog.table.sortByColumn(ADDED, Qt.SortOrder.AscendingOrder)
    assert rows(dialog)[0] == "The Night Ferry to Harwick"
    assert len(COLUMNS) == dialog.model.columnCount()
    with Library.open() as library:
        assert {e.title for e in library.entries()} == set(rows(dialog))
        assert library.entry(ferry).opened is not None


def test_the_same_file_twice_is_one_entry(
    qtbot: QtBot, window: MainWindow, html_article: Path, text_article: Path
) -> None:
    first = open_and_keep(qtbot, window, html_article)
    open_and_keep(qtbot, window, text_article)
    assert open_and_keep(qtbot, window, html_article) == first
    with Library.open() as library:
        assert len(library) == 2


def test_search_as_you_type_ignores_accents(
    qtbot: QtBot, window: MainWindow, html_article: Path, long_article: Path
) -> None:
    open_and_keep(qtbot, window, html_article)
    open_and_keep(qtbot, window, long_article)
    dialog = show_library(qtbot, window)
    assert search(qtbot, dialog, "etats") == ["Le long débat des États"]
    assert not dialog.table.isColumnHidden(EXCERPT)
    excerpt = rows(dialog, EXCERPT)[0]
    assert "États" in excerpt
    assert search(qtbot, dialog, "FERR") == ["The Night Ferry to Harwick"]
    assert search(qtbot, dialog, "crossing islanders") == ["The Night Ferry to Harwick"]
    assert search(qtbot, dialog, 'zzq "- OR (') == []
    assert dialog.status_label.text().startswith("No article matches")
    with qtbot.waitSignal(dialog.populated, timeout=WAIT):
        dialog.search_field.clear()
    assert len(rows(dialog)) == 2
    assert dialog.table.isColumnHidden(EXCERPT)


def test_open_from_the_library_with_the_source_gone(
    qtbot: QtBot, window: MainWindow, html_article: Path, text_article: Path
) -> None:
    ferry = open_and_keep(qtbot, window, html_article)
    open_and_keep(qtbot, window, text_article)
    html_article.unlink()
    dialog = show_library(qtbot, window)
    dialog.select_id(ferry)
    dialog.table.setFocus()
    with qtbot.waitSignal(window.library.article_kept, timeout=WAIT) as kept:
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert kept.args[0] == ferry
    assert window.article is not None
    assert window.article.title == "The Night Ferry to Harwick"
    assert "the wind still decides when they arrive" in window.reading_view.plain_text()
    assert not dialog.isVisible()


def test_enter_in_the_search_field_opens_the_best_match(
    qtbot: QtBot, window: MainWindow, html_article: Path, text_article: Path
) -> None:
    open_and_keep(qtbot, window, html_article)
    open_and_keep(qtbot, window, text_article)
    dialog = show_library(qtbot, window)
    assert search(qtbot, dialog, "ferry") == ["The Night Ferry to Harwick"]
    with qtbot.waitSignal(window.article_shown, timeout=WAIT):
        qtbot.keyClick(dialog.search_field, Qt.Key.Key_Return)
    assert window.article is not None
    assert window.article.title == "The Night Ferry to Harwick"


def test_remove_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    html_article: Path,
    text_article: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ferry = open_and_keep(qtbot, window, html_article)
    open_and_keep(qtbot, window, text_article)
    dialog = show_library(qtbot, window)
    asked: list[list[str]] = []
    answer = {"yes": False}

    def confirm(titles: list[str]) -> bool:
        asked.append(titles)
        return answer["yes"]

    monkeypatch.setattr(dialog, "confirm_remove", confirm)
    dialog.select_id(ferry)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert asked == [["The Night Ferry to Harwick"]]
    assert len(rows(dialog)) == 2

    answer["yes"] = True
    with qtbot.waitSignal(dialog.populated, timeout=WAIT):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert rows(dialog) == ["Notes from a small orchard"]
    with Library.open() as library:
        assert [e.title for e in library.entries()] == ["Notes from a small orchard"]


def test_delete_in_the_search_field_edits_the_text(
    qtbot: QtBot, window: MainWindow, html_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_and_keep(qtbot, window, html_article)
    dialog = show_library(qtbot, window)
    monkeypatch.setattr(dialog, "confirm_remove", lambda titles: pytest.fail("asked to remove"))
    dialog.select_id(dialog.shown_ids()[0])
    qtbot.keyClicks(dialog.search_field, "ab")
    qtbot.keyClick(dialog.search_field, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.search_field, Qt.Key.Key_Delete)
    assert dialog.search_field.text() == "b"


def scroll_to_middle(qtbot: QtBot, window: MainWindow) -> int:
    view = window.reading_view
    # A reader scrolls a text that is all there: Qt lays long ones out lazily.
    view.document().documentLayout().documentSize()
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000, timeout=WAIT)
    bar.setValue(bar.maximum() // 2)
    return bar.value()


def first_visible_paragraph(window: MainWindow) -> str:
    """Return the paragraph at the top of the view, where the library keeps the place.

    At the top, not the middle: the library brings the line read back to the
    top, within a few pixels; in a narrower window (800 px, the test screen's
    width) a paragraph break sat that close to the middle.
    """
    view = window.reading_view
    cursor = view.cursorForPosition(QPoint(view.viewport().width() // 2, RESTORE_MARGIN))
    cursor.movePosition(cursor.MoveOperation.StartOfBlock)
    return cursor.block().text().split(":")[0]


def test_reading_position_is_restored(
    qtbot: QtBot, window: MainWindow, long_article: Path, text_article: Path
) -> None:
    etats = open_and_keep(qtbot, window, long_article)
    assert window.reading_view.verticalScrollBar().value() == 0
    middle = scroll_to_middle(qtbot, window)
    where = first_visible_paragraph(window)
    assert where.startswith("Paragraphe ") and where != "Paragraphe 1"
    open_and_keep(qtbot, window, text_article)
    with Library.open() as library:
        position = library.position(etats)
    assert 0.4 < position.fraction < 0.6
    assert position.offset > 1000

    with qtbot.waitSignal(window.library.position_restored, timeout=WAIT):
        window.open_path(long_article)
    bar = window.reading_view.verticalScrollBar()
    assert abs(bar.value() - middle) < 60
    assert first_visible_paragraph(window) == where


def test_position_kept_when_the_window_closes(
    qtbot: QtBot, make_window: Callable[[], MainWindow], long_article: Path
) -> None:
    first = make_window()
    etats = open_and_keep(qtbot, first, long_article)
    scroll_to_middle(qtbot, first)
    where = first_visible_paragraph(first)
    first.close()
    with Library.open() as library:
        assert library.position(etats).offset > 1000

    second = make_window()
    with qtbot.waitSignal(second.library.position_restored, timeout=WAIT):
        second.open_path(long_article)
    assert first_visible_paragraph(second) == where


def test_position_saved_while_reading(qtbot: QtBot, window: MainWindow, long_article: Path) -> None:
    etats = open_and_keep(qtbot, window, long_article)
    scroll_to_middle(qtbot, window)

    def saved() -> bool:
        with Library.open() as library:
            return library.position(etats).fraction > 0.4

    # Without leaving the article: a crash now would keep the place.
    qtbot.waitUntil(saved, timeout=WAIT)


def test_a_new_article_starts_at_the_top(
    qtbot: QtBot, window: MainWindow, long_article: Path, text_article: Path
) -> None:
    open_and_keep(qtbot, window, text_article)
    open_and_keep(qtbot, window, long_article)
    assert window.reading_view.verticalScrollBar().value() == 0


def test_a_damaged_library_is_reported_and_replaced(
    qtbot: QtBot, window: MainWindow, errors: list[str], html_article: Path
) -> None:
    library_path().parent.mkdir(parents=True, exist_ok=True)
    library_path().write_bytes(b"not a database " * 500)
    open_and_keep(qtbot, window, html_article)
    (message,) = errors
    assert message.startswith("The library was damaged")
    assert "library.sqlite3.corrupt-" in message
    dialog = show_library(qtbot, window)
    assert rows(dialog) == ["The Night Ferry to Harwick"]


def test_keeping_can_be_turned_off(
    qtbot: QtBot, make_window: Callable[[], MainWindow], html_article: Path, text_article: Path
) -> None:
    Settings().set(LIBRARY_KEEP, False)
    window = make_window()
    with qtbot.waitSignal(window.article_shown, timeout=WAIT):
        window.open_path(html_article)
    with qtbot.waitSignal(window.article_shown, timeout=WAIT):
        window.open_path(text_article)
    window.library.show_dialog()
    dialog = window.library.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.status_label.text().startswith("No articles yet"))
    assert rows(dialog) == []


def test_site_column_and_tooltip(qtbot: QtBot, window: MainWindow, html_article: Path) -> None:
    open_and_keep(qtbot, window, html_article)
    dialog = show_library(qtbot, window)
    index = dialog.proxy.index(0, TITLE)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == str(html_article)
    assert window.article is not None
    assert rows(dialog, SITE) == [window.article.site or ""]


def test_position_followed_after_the_article_is_laid_out_again(
    qtbot: QtBot, window: MainWindow, long_article: Path, text_article: Path
) -> None:
    etats = open_and_keep(qtbot, window, long_article)
    view = window.reading_view
    old_document = view.document()
    # A bigger font: the same article in a new document.
    with qtbot.waitSignal(view.relaid_out, timeout=WAIT):
        window.comfort.zoom(2)
    assert view.document() is not old_document
    scroll_to_middle(qtbot, window)
    where = first_visible_paragraph(window)
    open_and_keep(qtbot, window, text_article)
    with Library.open() as library:
        assert library.position(etats).fraction > 0.4
    with qtbot.waitSignal(window.library.position_restored, timeout=WAIT):
        window.open_path(long_article)
    assert first_visible_paragraph(window) == where


def test_place_kept_through_a_new_theme(
    qtbot: QtBot, window: MainWindow, long_article: Path, text_article: Path
) -> None:
    """Read to the middle, change the theme, read on a little, leave: that place is kept."""
    etats = open_and_keep(qtbot, window, long_article)
    scroll_to_middle(qtbot, window)
    theme = "dark" if window.comfort.theme != "dark" else "light"
    with qtbot.waitSignal(window.reading_view.relaid_out, timeout=WAIT):
        window.comfort.set_theme(theme)
    bar = window.reading_view.verticalScrollBar()
    bar.setValue(bar.value() + bar.pageStep())
    where = first_visible_paragraph(window)
    open_and_keep(qtbot, window, text_article)
    with qtbot.waitSignal(window.library.position_restored, timeout=WAIT):
        window.open_path(long_article)
    assert first_visible_paragraph(window) == where
    with Library.open() as library:
        assert library.position(etats).fraction > 0.5


def test_scrolling_before_the_article_is_kept_is_saved_without_leaving(
    qtbot: QtBot, window: MainWindow, long_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The place read before the library answers is written as soon as it does."""
    gate = threading.Event()
    real_keep = ui.library_view._keep

    def slow_keep(library: Library, article: Article) -> tuple[int, ReadingPosition]:
        assert gate.wait(WAIT / 1000)
        return real_keep(library, article)

    monkeypatch.setattr(ui.library_view, "_keep", slow_keep)
    with qtbot.waitSignal(window.article_shown, timeout=WAIT):
        window.open_path(long_article)
    scroll_to_middle(qtbot, window)
    with qtbot.waitSignal(window.library.article_kept, timeout=WAIT) as kept:
        gate.set()
    # Still reading the same article: no leaving, no save delay to wait for.
    with Library.open() as library:
        assert library.position(kept.args[0]).fraction > 0.4


def test_leaving_before_the_article_is_kept_keeps_its_position(
    qtbot: QtBot,
    window: MainWindow,
    long_article: Path,
    text_article: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A reader who scrolls and moves on before the library answers still finds their place."""
    gate = threading.Event()
    real_keep = ui.library_view._keep

    def slow_keep(library: Library, article: Article) -> tuple[int, ReadingPosition]:
        if article.title == "Le long débat des États":
            assert gate.wait(WAIT / 1000)
        return real_keep(library, article)

    monkeypatch.setattr(ui.library_view, "_keep", slow_keep)
    with qtbot.waitSignal(window.article_shown, timeout=WAIT):
        window.open_path(long_article)
    scroll_to_middle(qtbot, window)
    # The next article waits its turn in the library's lane behind the first.
    with qtbot.waitSignal(window.article_shown, timeout=WAIT):
        window.open_path(text_article)
    assert window.library.current_id is None
    with qtbot.waitSignal(
        window.library.article_kept,
        timeout=WAIT,
        check_params_cb=lambda article_id: window.library.current_id == article_id,
    ) as kept:
        gate.set()
    assert kept.args[0] == 2
    with Library.open() as library:
        assert library.position(1).fraction > 0.4
        assert library.position(2).fraction == 0


def test_sort_order_is_remembered(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    html_article: Path,
    text_article: Path,
) -> None:
    first = make_window()
    open_and_keep(qtbot, first, html_article)
    open_and_keep(qtbot, first, text_article)
    dialog = show_library(qtbot, first)
    dialog.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    second = make_window()
    reopened = show_library(qtbot, second)
    header = reopened.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        TITLE,
        Qt.SortOrder.AscendingOrder,
    )
    assert rows(reopened) == ["Notes from a small orchard", "The Night Ferry to Harwick"]


def test_the_search_excerpt_has_room_to_be_read(
    qtbot: QtBot, window: MainWindow, html_article: Path, long_article: Path
) -> None:
    open_and_keep(qtbot, window, html_article)
    open_and_keep(qtbot, window, long_article)
    dialog = show_library(qtbot, window)
    dialog.resize(900, 500)
    assert search(qtbot, dialog, "etats") == ["Le long débat des États"]
    table = dialog.table
    qtbot.waitUntil(lambda: table.columnWidth(EXCERPT) > 0)
    # As wide as the title: a few words of context, not a 100 px sliver.
    assert table.columnWidth(EXCERPT) >= table.viewport().width() // 4
    assert abs(table.columnWidth(EXCERPT) - table.columnWidth(TITLE)) <= 1
