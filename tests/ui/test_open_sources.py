"""File ▸ Open URL… and Edit ▸ Paste as Article, driven through the real actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ui.open_sources import OpenUrlDialog
from ui.settings import RECENT_FILES
from ui.window import MainWindow

if TYPE_CHECKING:
    from conftest import LocalSite

PARAGRAPH = (
    "Every evening at half past nine, the old ferry leaves the quay with its lights reflected "
    "in the black water of the harbour. Most passengers are regulars who know the crew by name."
)
PAGE = f"""<!doctype html>
<html lang="en"><head><title>The Night Ferry - Coastal Review</title>
<script>document.title = "script ran";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>The Night Ferry</h1><p class="byline">By Ruth Okafor</p>
<p>{PARAGRAPH}</p><h2>A crossing that almost ended</h2><p>{PARAGRAPH}</p></article>
<footer>Copyright The Coastal Review</footer></body></html>"""


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Catch the window's error dialogs, so that none blocks a test."""
    messages: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: messages.append(message))
    return messages


@pytest.fixture
def window(qtbot: QtBot, errors: list[str]) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def set_clipboard(text: str = "", html: str = "", image: bool = False) -> None:
    mime = QMimeData()
    if text:
        mime.setText(text)
    if html:
        mime.setHtml(html)
    if image:
        mime.setImageData(QImage(4, 4, QImage.Format.Format_RGB32))
    QApplication.clipboard().setMimeData(mime)


def open_dialog(qtbot: QtBot, window: MainWindow) -> OpenUrlDialog:
    window.open_sources.open_url_action.trigger()
    dialog = window.open_sources.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def click_open(dialog: OpenUrlDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Open).click()


def status_widgets_shown(window: MainWindow) -> bool:
    sources = window.open_sources
    return sources.progress_bar.isVisible() and sources.cancel_button.isVisible()


# --- Open URL ---------------------------------------------------------------------------


def test_menu_entries_and_shortcuts(window: MainWindow) -> None:
    sources = window.open_sources
    assert sources.open_url_action.shortcut() == QKeySequence("Ctrl+L")
    assert sources.paste_action.shortcut() == QKeySequence("Ctrl+Shift+V")
    assert sources.open_url_action in window.file_menu.actions()
    assert sources.paste_action in window.edit_menu.actions()
    file_entries = [a.text().replace("&", "") for a in window.file_menu.actions()]
    assert file_entries.index("Open URL…") == file_entries.index("Open…") + 1


def test_open_url_shows_the_page_and_remembers_it(
    qtbot: QtBot, window: MainWindow, local_site: LocalSite, errors: list[str]
) -> None:
    url = local_site.add("/ferry", PAGE)
    set_clipboard(text=url)
    dialog = open_dialog(qtbot, window)
    assert dialog.field.text() == url  # filled from the clipboard
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        click_open(dialog)
    shown = window.reading_view.document().toPlainText()
    assert "The Night Ferry" in shown
    assert PARAGRAPH in window.reading_view.plain_text()
    assert "script ran" not in shown and "Home" not in window.reading_view.plain_text()
    assert window.windowTitle() == "The Night Ferry — Lisible"
    assert window.article is not None and window.article.source == url
    assert window.settings.get(RECENT_FILES)[0] == url
    assert not status_widgets_shown(window)
    assert errors == []


def test_the_dialog_is_empty_unless_the_clipboard_holds_an_address(
    qtbot: QtBot, window: MainWindow
) -> None:
    set_clipboard(text="not an address")
    dialog = open_dialog(qtbot, window)
    assert dialog.field.text() == ""
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()


def test_a_typed_address_without_scheme_is_completed(qtbot: QtBot, window: MainWindow) -> None:
    dialog = OpenUrlDialog(window)  # alone: accepting it fetches nothing
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.field.setText("  news.example/ferry ")
    QTest.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.url() == "https://news.example/ferry"


def test_a_bad_address_keeps_the_dialog_open(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.field.setText("ftp://files.example/a.txt")
    click_open(dialog)
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert "http and https" in dialog.problem.text()
    dialog.field.setText("https://")
    assert not dialog.problem.isVisible()  # editing clears the complaint


def test_a_missing_page_goes_through_the_error_path(
    qtbot: QtBot, window: MainWindow, local_site: LocalSite, errors: list[str]
) -> None:
    url = local_site.url("/gone")
    with qtbot.waitSignal(window.load_failed, timeout=10_000) as failed:
        window.open_sources.open_url(url)
    assert "HTTP 404" in failed.args[0]
    assert errors == [failed.args[0]]
    assert window.article is None
    assert not status_widgets_shown(window)
    assert url not in window.settings.get(RECENT_FILES)


def test_progress_follows_the_download(
    qtbot: QtBot, window: MainWindow, local_site: LocalSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = PAGE.replace(PARAGRAPH, PARAGRAPH * 2000).encode()  # about 400 KB
    url = local_site.add("/long", body, headers={"Content-Length": str(len(body))})
    sources = window.open_sources
    seen: list[tuple[int, int, int]] = []
    show = sources._show_progress

    def record(done: int, total: int) -> None:
        show(done, total)
        seen.append((done, sources.progress_bar.value(), sources.progress_bar.maximum()))
        assert status_widgets_shown(window)

    monkeypatch.setattr(sources, "_show_progress", record)
    with qtbot.waitSignal(window.article_shown, timeout=20_000):
        sources.open_url(url)
    assert seen[0] == (0, -1, 0)  # busy (no value) until the size is known
    assert seen[-1] == (len(body), len(body), len(body))
    assert "Reading the article from 127.0.0.1" in sources.progress_label.text()
    assert not status_widgets_shown(window)


def test_cancel_stops_a_slow_download(
    qtbot: QtBot, window: MainWindow, local_site: LocalSite, errors: list[str]
) -> None:
    url = local_site.add("/slow", PAGE, delay=True)
    shown: list[object] = []
    window.article_shown.connect(shown.append)
    window.open_sources.open_url(url)
    assert status_widgets_shown(window)
    assert "Downloading 127.0.0.1" in window.open_sources.progress_label.text()
    qtbot.waitUntil(lambda: len(local_site.requests) == 1)
    window.open_sources.cancel_button.click()
    assert not status_widgets_shown(window)
    assert not window.open_sources.fetching
    assert window.statusBar().currentMessage() == "Download cancelled."
    # The server still holds its answer (30 s) and the read timeout is 15 s:
    # the worker is free within moments only because cancelling cut the line.
    assert QThreadPool.globalInstance().waitForDone(5_000)
    QApplication.sendPostedEvents()  # deliver whatever the worker sent back
    assert shown == [] and errors == []
    assert window.article is None


def test_a_recent_url_is_fetched_again(
    qtbot: QtBot, window: MainWindow, local_site: LocalSite
) -> None:
    url = local_site.add("/ferry", PAGE)
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_sources.open_url(url)
    entry = next(action for action in window.recent_menu.actions() if action.data() == url)
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        entry.trigger()
    assert [path for path, _ in local_site.requests] == ["/ferry", "/ferry"]
    assert window.settings.get(RECENT_FILES).count(url) == 1


# --- Paste as Article -----------------------------------------------------------------------


def test_paste_html_is_cleaned_as_html(qtbot: QtBot, window: MainWindow) -> None:
    fragment = (
        '<meta charset="utf-8"><h2>Le bac de nuit</h2>'
        "<p>Chaque soir, le vieux bac quitte le quai, ses lumières reflétées dans l’eau noire "
        "du port, et la plupart des passagers connaissent l’équipage par son nom.</p>"
        "<p>Le capitaine, qui mène le même bateau depuis vingt-deux ans, dit que la traversée "
        "a moins changé que les gens qui la font : seul le vent décide de l’heure.</p>"
        "<ul><li>Départ à 21 h 30</li><li>Billets à bord</li></ul>"
        "<script>alert('never')</script>"
    )
    set_clipboard(text="Le bac de nuit (plain version)", html=fragment)
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_sources.paste_action.trigger()
    article = window.article
    assert article is not None
    assert article.title == "Le bac de nuit"
    assert [block.kind.value for block in article.blocks] == [
        "paragraph",
        "paragraph",
        "list_item",
        "list_item",
    ]
    assert article.language == "fr"
    shown = window.reading_view.document().toPlainText()
    assert "Départ à 21 h 30" in shown
    assert "alert" not in shown and "plain version" not in shown
    assert article.source == "clipboard"
    assert "clipboard" not in window.settings.get(RECENT_FILES)


def test_paste_text_goes_through_the_text_cleaner(qtbot: QtBot, window: MainWindow) -> None:
    text = (
        "Accueil › Société\n"
        "Le bac de nuit, un rituel\n"
        "Par Jeanne Dupont\n\n"
        "Chaque soir, le vieux bac quitte le quai, ses lumières reflétées dans l’eau noire du "
        "port, et la plupart des passagers connaissent l’équipage par son nom.\n\n"
        "Abonnez-vous à notre newsletter\n"
    )
    set_clipboard(text=text)
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_sources.paste_action.trigger()
    article = window.article
    assert article is not None
    assert (article.title, article.byline) == ("Le bac de nuit, un rituel", "Jeanne Dupont")
    assert article.text.startswith("Chaque soir, le vieux bac")
    assert "Abonnez" not in window.reading_view.plain_text()
    assert window.windowTitle() == "Le bac de nuit, un rituel — Lisible"


def test_paste_an_empty_clipboard_says_so(window: MainWindow, errors: list[str]) -> None:
    set_clipboard()
    window.open_sources.paste_action.trigger()
    assert errors == ["The clipboard is empty: copy an article's text or web page first."]
    assert window.article is None


def test_paste_an_image_says_so(window: MainWindow, errors: list[str]) -> None:
    set_clipboard(image=True)
    window.open_sources.paste_action.trigger()
    assert errors == ["The clipboard holds an image; copy the article's text instead."]


def test_paste_a_bare_url_offers_to_open_it(
    qtbot: QtBot, window: MainWindow, errors: list[str]
) -> None:
    set_clipboard(text="  https://news.example/ferry \n")
    window.open_sources.paste_action.trigger()
    dialog = window.open_sources.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.field.text() == "https://news.example/ferry"
    dialog.reject()
    assert errors == [] and window.article is None


def test_paste_html_without_text_falls_back_to_the_plain_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    words = "A plain note copied from a word processor, long enough to read as a paragraph."
    set_clipboard(text=words, html='<img src="x.png">')
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_sources.paste_action.trigger()
    assert window.reading_view.plain_text().strip().endswith(words)


def test_open_path_with_a_url_fetches_it(
    qtbot: QtBot, window: MainWindow, local_site: LocalSite
) -> None:
    # What `lisible https://…` does: the command line hands the window its argument.
    url = local_site.add("/ferry", PAGE)
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_path(url)
    assert window.article is not None and window.article.source == url


def test_closing_the_window_stops_the_download(
    qtbot: QtBot, window: MainWindow, local_site: LocalSite
) -> None:
    # Quitting waits for the workers: a download on a silent server must not hold it.
    url = local_site.add("/slow", PAGE, delay=True)
    window.open_sources.open_url(url)
    qtbot.waitUntil(lambda: len(local_site.requests) == 1)
    window.close()
    assert not window.open_sources.fetching
    assert QThreadPool.globalInstance().waitForDone(5_000)


def drag(kind: type[QDragEnterEvent] | type[QDropEvent], mime: QMimeData) -> QDropEvent:
    return kind(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def test_a_link_dropped_from_a_browser_is_opened(
    qtbot: QtBot, window: MainWindow, local_site: LocalSite
) -> None:
    url = local_site.add("/ferry", PAGE)
    mime = QMimeData()
    mime.setUrls([QUrl(url)])
    mime.setText(url)
    target = window.reading_view.viewport()  # where the user drops it
    enter = drag(QDragEnterEvent, mime)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = drag(QDropEvent, mime)
    with qtbot.waitSignal(window.article_shown, timeout=10_000) as shown:
        QApplication.sendEvent(target, drop)
    assert shown.args[0].source == url


def test_a_dropped_link_of_another_kind_is_refused(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("ftp://files.example/a.txt")])
    enter = drag(QDragEnterEvent, mime)
    QApplication.sendEvent(window.reading_view.viewport(), enter)
    assert not enter.isAccepted()
