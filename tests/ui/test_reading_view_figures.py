"""The reading view shows a saved page's own pictures, never a remote one, and its address."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QImage, QTextBlock, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from reader.article import Article, BlockKind
from reader.pipeline import article_from_path
from ui import pictures
from ui.reading_view import ReadingView
from ui.window import MainWindow

DATA = Path(__file__).parent.parent / "data" / "html"
PAGE = "en-coral-reef-survey"


def saved_page(folder: Path) -> Path:
    """Copy the saved page and its `_files` folder, as a browser would have written them."""
    shutil.copy(DATA / f"{PAGE}.html", folder)
    shutil.copytree(DATA / f"{PAGE}_files", folder / f"{PAGE}_files")
    return folder / f"{PAGE}.html"


def image_names(view: ReadingView) -> list[str]:
    names = []
    block = view.document().begin()
    while block.isValid():
        for fragment in (it.fragment() for it in block):
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                names.append(fragment.charFormat().toImageFormat().name())
        block = block.next()
    return names


def show(qtbot: QtBot, article: Article) -> ReadingView:
    view = ReadingView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show_article(article)
    return view


def figure_index(article: Article) -> int:
    return next(i for i, b in enumerate(article.blocks) if b.kind is BlockKind.FIGURE)


def test_a_saved_picture_is_shown_above_its_caption(qtbot: QtBot, tmp_path: Path) -> None:
    article = article_from_path(saved_page(tmp_path))
    view = show(qtbot, article)
    assert len(image_names(view)) == 1
    index = figure_index(article)
    block = article.blocks[index]
    caption = article.block_text(block)
    # Offsets still land on the caption's text, not on the picture before it.
    assert view.text_cursor(block.start, block.end).selectedText() == caption
    assert view.offset_at(view.doc_position(block.start)) == block.start


def test_no_picture_without_the_saved_folder(qtbot: QtBot, tmp_path: Path) -> None:
    shutil.copy(DATA / f"{PAGE}.html", tmp_path)
    article = article_from_path(tmp_path / f"{PAGE}.html")
    view = show(qtbot, article)
    assert image_names(view) == []
    block = article.blocks[figure_index(article)]
    assert view.text_cursor(block.start, block.end).selectedText() == article.block_text(block)


def test_remote_pictures_are_never_loaded(qtbot: QtBot) -> None:
    article = article_from_path(DATA / "en-night-train-journal.html")
    assert all(image.src.startswith("https://") for image in article.images)
    view = show(qtbot, article)
    assert image_names(view) == []
    figures = [article.block_text(b) for b in article.blocks if b.kind is BlockKind.FIGURE]
    assert "The couchette compartment, made up for the night." in figures
    assert "The couchette compartment, made up for the night." in view.toPlainText()


def test_header_shows_site_and_canonical_address_as_plain_text(
    qtbot: QtBot, tmp_path: Path
) -> None:
    article = article_from_path(saved_page(tmp_path))
    view = show(qtbot, article)
    header = view.toPlainText().split("\n")[:4]
    assert any("The Coastal Tribune" in line for line in header)
    # On one line, cut in the middle when longer than the column (this one is).
    address = next(b for b in _blocks(view) if b.text().startswith("https://www.coastal-tribune"))
    assert address.text() in header and address.layout().lineCount() == 1
    assert address.text().endswith("/coral-reef-survey.html")
    assert next(it.fragment() for it in address).charFormat().toolTip() == article.canonical_url
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    assert "<a " not in cursor.selection().toHtml()
    assert not any(
        fragment.charFormat().isAnchor()
        for block in _blocks(view)
        for fragment in (it.fragment() for it in block)
        if fragment.isValid()
    )


def _blocks(view: ReadingView) -> list[QTextBlock]:
    found = []
    block = view.document().begin()
    while block.isValid():
        found.append(block)
        block = block.next()
    return found


def test_a_saved_pages_pictures_are_decoded_off_the_ui_thread(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Dozens of photos decoded while the page is laid out froze the window.
    threads: list[bool] = []
    read = pictures.read

    def watched(path: Path, width: int) -> QImage:
        threads.append(threading.current_thread() is threading.main_thread())
        return read(path, width)

    monkeypatch.setattr(pictures, "read", watched)
    window = make_window()
    with qtbot.waitSignal(window.article_shown, timeout=20_000):
        window.open_path(saved_page(tmp_path))
    assert len(image_names(window.reading_view)) == 1
    assert threads == [False]


def test_an_article_reopened_from_the_library_has_its_pictures_decoded_off_the_ui_thread(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every source goes through the same prepare step, the library's too.
    window = make_window()
    with qtbot.waitSignal(window.library.article_kept, timeout=20_000) as kept:
        window.open_path(saved_page(tmp_path))
    threads: list[bool] = []
    read = pictures.read

    def watched(path: Path, width: int) -> QImage:
        threads.append(threading.current_thread() is threading.main_thread())
        return read(path, width)

    monkeypatch.setattr(pictures, "read", watched)
    with qtbot.waitSignal(window.article_shown, timeout=20_000):
        window.library.open_entry(kept.args[0])
    assert len(image_names(window.reading_view)) == 1
    assert threads == [False]


def test_a_wide_picture_is_decoded_at_the_column_width(tmp_path: Path) -> None:
    wide = QImage(3000, 300, QImage.Format.Format_RGB32)
    wide.fill(0x3366AA)
    path = tmp_path / "wide.png"
    assert wide.save(str(path))
    picture = pictures.read(path, 600)
    assert (picture.width(), picture.height()) == (600, 60)
    narrow = pictures.read(path, 4000)
    assert (narrow.width(), narrow.height()) == (3000, 300)
    assert pictures.read(tmp_path / "missing.png", 600).isNull()


# A tooltip raises its window, which the offscreen test platform cannot do, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_long_address_takes_one_line_whole_in_its_tooltip(qtbot: QtBot, tmp_path: Path) -> None:
    """A newspaper's canonical address wrapped over two to five lines of the header."""
    url = (
        "https://www.theguardian.com/world/2026/dec/06/"
        "france-protests-pension-reform-paris-strikes-unions-government-live-updates"
        "?utm_source=newsletter&utm_medium=email&utm_campaign=morning-briefing"
    )
    article = replace(article_from_path(saved_page(tmp_path)), canonical_url=url)
    view = show(qtbot, article)
    shown = next(b for b in _blocks(view) if b.text().startswith("https://www.theguardian"))
    assert shown.layout().lineCount() == 1
    assert "…" in shown.text() and shown.text().endswith("morning-briefing")
    fragment = next(it.fragment() for it in shown)
    assert fragment.charFormat().toolTip() == url
    # Hovered, the whole address shows.
    view.show()
    qtbot.waitExposed(view)
    cursor = QTextCursor(shown)
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=5)
    point = view.cursorRect(cursor).center()
    QApplication.sendEvent(
        view.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point)),
    )
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == url
    QToolTip.hideText()
