"""The main window, driven as a reader would: open files, menus, drops, errors."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

import ui.window
from reader.article import Article
from reader.paths import sample_article
from ui.reading_view import ReadingView
from ui.settings import LAST_FOLDER, SPLITTER_STATE, WINDOW_GEOMETRY, Settings
from ui.window import MainWindow


def open_and_wait(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """Open a file and wait until its article is on screen."""
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_path(path)


def fail_and_wait(qtbot: QtBot, window: MainWindow, path: Path) -> str:
    """Open a file that cannot be shown and return the error message."""
    with qtbot.waitSignal(window.load_failed, timeout=10_000) as blocker:
        window.open_path(path)
    return str(blocker.args[0])


def recent_paths(window: MainWindow) -> list[str]:
    """Return the files listed in File ▸ Open Recent, in order."""
    return [a.data() for a in window.recent_menu.actions() if a.data()]


def menu_action(window: MainWindow, text: str) -> QAction:
    """Return a menu action by its text, without ampersands."""
    menus = [a.menu() for a in window.menuBar().actions()] + [window.recent_menu]
    for menu in menus:
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if action.text().replace("&", "") == text:
                return action
    raise LookupError(text)


def test_starts_with_an_invitation_to_open_a_file(window: MainWindow) -> None:
    assert window.article is None
    assert window.windowTitle() == "Lisible"
    shown = window.reading_view.document().toPlainText()
    assert "Ctrl+O" in shown and "drop" in shown


def test_html_article_is_shown_clean(qtbot: QtBot, window: MainWindow, html_article: Path) -> None:
    open_and_wait(qtbot, window, html_article)
    shown = window.reading_view.document().toPlainText()
    assert "The Night Ferry to Harwick" in shown
    assert "the wind still decides when they arrive" in window.reading_view.plain_text()
    assert "Departures every evening" in shown
    for script_text in ("tracking pixel", "injected script", "alert(", "color: red"):
        assert script_text not in shown
    assert window.windowTitle() == "The Night Ferry to Harwick — Lisible"
    article = window.article
    assert article is not None
    assert window.summary_label.text() == (
        f"English · {article.word_count} words · {article.reading_minutes} min read"
    )


def test_text_article_is_shown(qtbot: QtBot, window: MainWindow, text_article: Path) -> None:
    open_and_wait(qtbot, window, text_article)
    body = window.reading_view.plain_text()
    assert "The apple blossom opens within a few days" in body
    assert window.summary_label.text().startswith("English · ")
    assert window.statusBar().currentMessage() == ""


def test_sample_article_opens(qtbot: QtBot, window: MainWindow) -> None:
    open_and_wait(qtbot, window, sample_article())
    assert window.article is not None
    assert window.article.language == "fr"
    assert window.summary_label.text().startswith("French · ")


def test_status_bar_says_opening_while_loading(
    qtbot: QtBot, window: MainWindow, html_article: Path
) -> None:
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_path(html_article)
        assert window.statusBar().currentMessage() == "Opening night-ferry.html…"
    assert window.statusBar().currentMessage() == ""


def test_headings_are_bigger_and_bold(qtbot: QtBot, window: MainWindow, html_article: Path) -> None:
    open_and_wait(qtbot, window, html_article)
    article = window.article
    assert article is not None
    kinds = [block.kind.value for block in article.blocks]
    view = window.reading_view
    heading = _first_char_font(view, kinds.index("heading"))
    paragraph = _first_char_font(view, kinds.index("paragraph"))
    assert heading.pointSizeF() > paragraph.pointSizeF()
    assert heading.bold() and not paragraph.bold()


def _first_char_font(view: ReadingView, index: int) -> QFont:
    block = view.document().findBlock(view.block_positions[index][1])
    return block.begin().fragment().charFormat().font()


def test_recent_files_are_listed_and_kept_across_windows(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    html_article: Path,
    text_article: Path,
) -> None:
    first = make_window()
    open_and_wait(qtbot, first, html_article)
    open_and_wait(qtbot, first, text_article)
    open_and_wait(qtbot, first, html_article)
    assert recent_paths(first) == [str(html_article), str(text_article)]
    label = first.recent_menu.actions()[0].text()
    assert label.startswith("&1 ") and label.endswith("night-ferry.html")
    assert first.recent_menu.isEnabled()
    assert Settings().get(LAST_FOLDER) == str(html_article.parent)
    second = make_window()
    assert recent_paths(second) == [str(html_article), str(text_article)]


def test_open_recent_entry_opens_it(
    qtbot: QtBot, window: MainWindow, html_article: Path, text_article: Path
) -> None:
    open_and_wait(qtbot, window, html_article)
    open_and_wait(qtbot, window, text_article)
    with qtbot.waitSignal(window.article_shown, timeout=10_000) as blocker:
        window.recent_menu.actions()[1].trigger()
    assert blocker.args[0].title == "The Night Ferry to Harwick"


def test_missing_recent_file_is_removed_with_a_message(
    qtbot: QtBot, window: MainWindow, errors: list[str], html_article: Path, text_article: Path
) -> None:
    open_and_wait(qtbot, window, html_article)
    open_and_wait(qtbot, window, text_article)
    html_article.unlink()
    window.recent_menu.actions()[1].trigger()
    assert errors == ["night-ferry.html is no longer there; it was removed from Open Recent."]
    assert recent_paths(window) == [str(text_article)]


def test_clear_recent_files(qtbot: QtBot, window: MainWindow, html_article: Path) -> None:
    open_and_wait(qtbot, window, html_article)
    menu_action(window, "Clear Menu").trigger()
    assert recent_paths(window) == []
    assert not window.recent_menu.isEnabled()
    assert recent_paths(MainWindow()) == []


BAD_FILES = {
    "empty": ("empty.txt", b"", "empty.txt is empty."),
    "binary": ("photo.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "photo.html is a PNG"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_file_shows_one_line_and_keeps_the_article(
    qtbot: QtBot, window: MainWindow, errors: list[str], html_article: Path, case: str
) -> None:
    name, content, expected = BAD_FILES[case]
    open_and_wait(qtbot, window, html_article)
    shown = window.article
    bad = html_article.parent / name
    bad.write_bytes(content)
    message = fail_and_wait(qtbot, window, bad)
    assert errors == [message]
    assert message.startswith(expected)
    assert "\n" not in message
    assert window.article is shown
    assert window.windowTitle() == "The Night Ferry to Harwick — Lisible"
    assert recent_paths(window) == [str(html_article)]


def test_missing_file_shows_an_error(
    qtbot: QtBot, window: MainWindow, errors: list[str], tmp_path: Path
) -> None:
    message = fail_and_wait(qtbot, window, tmp_path / "gone.html")
    assert message == "gone.html does not exist."
    assert window.article is None


def test_unexpected_error_gets_a_short_generic_message(
    qtbot: QtBot, window: MainWindow, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: str, column_width: int) -> None:
        raise RuntimeError("parser exploded\nwith a long traceback")

    monkeypatch.setattr(ui.window, "_load_article", broken)
    message = fail_and_wait(qtbot, window, Path("whatever.html"))
    assert "RuntimeError" in message
    assert "exploded" not in message
    assert errors == [message]


def test_opening_another_file_abandons_the_first(
    qtbot: QtBot, window: MainWindow, html_article: Path, text_article: Path
) -> None:
    with qtbot.waitSignal(window.article_shown, timeout=10_000) as blocker:
        window.open_path(html_article)
        window.open_path(text_article)
    assert blocker.args[0].source_format.value == "text"


def test_open_action_asks_for_a_file(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, text_article: Path
) -> None:
    monkeypatch.setattr(window, "ask_open_path", lambda: str(text_article))
    action = menu_action(window, "Open…")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        action.trigger()


def test_cancelling_the_open_dialog_opens_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window, "ask_open_path", lambda: None)
    menu_action(window, "Open…").trigger()
    assert window.statusBar().currentMessage() == ""


def test_quit_closes_the_window(window: MainWindow) -> None:
    action = menu_action(window, "Quit")
    assert action.shortcut() == QKeySequence("Ctrl+Q")
    action.trigger()
    assert not window.isVisible()


DragEvent = TypeVar("DragEvent", QDragEnterEvent, QDropEvent)


def drag_event(kind: type[DragEvent], mime: QMimeData) -> DragEvent:
    """Return a drag-enter or drop event carrying `mime`, as a file manager sends."""
    return kind(
        # QPoint: both event types take it on every PySide6 6.x.
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def test_file_dropped_on_the_text_is_opened(
    qtbot: QtBot, window: MainWindow, text_article: Path
) -> None:
    # Sent where the user drops it; Qt passes it up to the window.
    target = window.reading_view.viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text_article))])
    enter = drag_event(QDragEnterEvent, mime)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = drag_event(QDropEvent, mime)
    with qtbot.waitSignal(window.article_shown, timeout=10_000) as blocker:
        QApplication.sendEvent(target, drop)
    assert drop.isAccepted()
    assert blocker.args[0].title == "Notes from a small orchard"


def test_dragged_text_without_a_file_is_refused(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("just some words")
    enter = drag_event(QDragEnterEvent, mime)
    QApplication.sendEvent(window.reading_view.viewport(), enter)
    assert not enter.isAccepted()


def test_geometry_and_splitter_are_restored(make_window: Callable[[], MainWindow]) -> None:
    first = make_window()
    # Smaller than the 800×600 offscreen screen, which restoreGeometry keeps windows inside.
    first.resize(712, 511)
    first.splitter.setHandleWidth(9)
    first.close()
    settings = Settings()
    assert settings.get(WINDOW_GEOMETRY)
    assert settings.get(SPLITTER_STATE) == bytes(first.splitter.saveState().data())
    second = make_window()
    assert (second.width(), second.height()) == (712, 511)
    assert second.splitter.handleWidth() == 9
    assert isinstance(second.splitter.widget(0), ReadingView)


def test_reading_view_sits_in_a_splitter(window: MainWindow) -> None:
    assert window.centralWidget() is window.splitter
    assert window.splitter.indexOf(window.reading_view) == 0


def edit_action(window: MainWindow, text: str) -> QAction:
    return next(a for a in window.edit_menu.actions() if a.text() == text)


def test_copy_and_select_all_act_on_the_view_the_reader_is_in(
    qtbot: QtBot, window: MainWindow, text_article: Path, html_article: Path
) -> None:
    open_and_wait(qtbot, window, text_article)
    original = window.reading_view.article
    assert original is not None
    # A second view, as the translation shows beside the original.
    other = window.translation.translation_view
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_path(html_article)
    shown = window.reading_view.article
    assert shown is not None
    other.show_article(original)
    other.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    edit_action(window, "Select &All").trigger()
    edit_action(window, "&Copy").trigger()
    copied = QApplication.clipboard().text()
    assert original.block_text(original.blocks[0]) in copied
    assert shown.block_text(shown.blocks[0]) not in copied
    # Back in the original, Copy copies from it.
    window.reading_view.setFocus()
    qtbot.waitUntil(window.reading_view.hasFocus)
    edit_action(window, "Select &All").trigger()
    edit_action(window, "&Copy").trigger()
    assert shown.block_text(shown.blocks[0]) in QApplication.clipboard().text()


def test_the_article_is_painted_before_its_language_is_found(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Loading the language profiles took longer than the rest of opening a file:
    # the text shows first, and the features hear of it once its language is known.
    gate = threading.Event()
    find_language = ui.window._with_language

    def held_back(article: Article) -> Article:
        assert gate.wait(10)
        return find_language(article)

    monkeypatch.setattr(ui.window, "_with_language", held_back)
    paragraphs = [
        f"Paragraphe {n} : les États membres débattent encore du budget des régions."
        for n in range(1, 40)
    ]
    path = tmp_path / "etats.txt"
    path.write_text("Le long débat des États\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    announced: list[Article] = []
    window.article_shown.connect(announced.append)
    with qtbot.waitSignal(window.reading_view.article_laid_out, timeout=20_000):
        window.open_path(path)
    shown = window.reading_view.article
    assert shown is not None and shown.language is None
    assert announced == []
    with qtbot.waitSignal(window.article_shown, timeout=20_000) as done:
        gate.set()
    article = done.args[0]
    assert article.language == "fr"
    assert window.article is article
    assert "French · " in window.reading_view.toPlainText()
    assert window.summary_label.text().startswith("French · ")
    # The blocks below the longer summary moved with it: offsets still find their text.
    block = article.blocks[5]
    cursor = window.reading_view.text_cursor(block.start, block.end)
    assert cursor.selectedText() == article.block_text(block)


def test_a_long_article_is_shown_with_its_language(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Writing the language into a long article on show would lay it all out
    # again (2.5 s for 10 MB): its language is found before it is shown.
    monkeypatch.setattr(ui.window, "_with_language", lambda _article: pytest.fail("too late"))
    paragraph = "Les États membres débattent encore du budget des régions."
    path = tmp_path / "long.txt"
    path.write_text("Le long débat\n\n" + "\n\n".join([paragraph] * 700), encoding="utf-8")
    with qtbot.waitSignal(window.reading_view.article_laid_out, timeout=60_000) as laid_out:
        window.open_path(path)
    assert laid_out.args[0].language == "fr"


def test_no_entry_is_twice_in_the_menus_and_no_menu_is_empty(window: MainWindow) -> None:
    """Translation Models… was in both Translate and Tools, the only entry of Tools."""
    seen: dict[str, str] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert menu is not None
        entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        # A menu the reader can open leads somewhere.
        assert bool(entries) == top.isVisible(), top.text()
        for action in entries:
            name = action.text().replace("&", "")
            assert name not in seen, f"{name} in {seen.get(name)} and {top.text()}"
            seen[name] = top.text()
    assert seen["Translation Models…"] == "T&ranslate"
