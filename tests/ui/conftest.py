"""UI test setup: article files to open, and no message box that blocks the run."""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui.collector import MainThreadCollector
from ui.window import MainWindow

#: Longer than any worker of the tests takes (loading the French spaCy model on
#: a busy machine takes up to ten seconds).
WORKERS_AT_EXIT_MS = 60_000


@pytest.fixture(autouse=True, scope="session")
def workers_finish_before_exit() -> Iterator[None]:
    """Let the pool's workers (a model loading, a page downloading) end before Python does.

    A worker still running Python while the interpreter shuts down can crash
    the process after the last test, failing a run that passed; the app waits
    the same way when its window closes (ui/app.py).
    """
    yield
    QThreadPool.globalInstance().waitForDone(WORKERS_AT_EXIT_MS)


@pytest.fixture(autouse=True, scope="session")
def garbage_collected_on_the_ui_thread() -> Iterator[None]:
    """Collect cycles only on this thread, as the app does (ui/collector.py).

    Otherwise a worker that allocates (an import, a model) may collect a test's
    dead widgets from its own thread and crash the run.
    """
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def application_palette_restored(qapp: QApplication) -> Iterator[None]:
    """Give the next test the application's palette as this one found it.

    A window applies its theme to the whole application (ui/window_theme.py):
    a test that chose dark must not leave the next one's dialogs dark.
    """
    palette = QPalette(qapp.palette())
    yield
    if qapp.palette() != palette:
        qapp.setPalette(palette)


@pytest.fixture(autouse=True)
def collect_after_each_test() -> Iterator[None]:
    """Collect on this thread, once each test has ended, what Python would have by now."""
    yield
    MainThreadCollector.collect()


@pytest.fixture(autouse=True)
def message_boxes_answer_at_once(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make QMessageBox's static dialogs return at once instead of waiting for a click.

    Offscreen, nobody clicks: a warning a test did not expect (a background
    failure, say) would hang the whole run. Each is logged, and answered with
    its default (or No, for a question), and the list of texts is returned.
    Tests about a dialog replace these with their own.
    """
    shown: list[str] = []

    def answer(kind: str, default: QMessageBox.StandardButton) -> Any:
        def static(parent: object, title: str, text: str, *args: object, **kwargs: object) -> Any:
            logging.getLogger(__name__).warning("%s box answered by the tests: %s", kind, text)
            shown.append(text)
            return default

        return staticmethod(static)

    ok = QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "warning", answer("warning", ok))
    monkeypatch.setattr(QMessageBox, "critical", answer("critical", ok))
    monkeypatch.setattr(QMessageBox, "information", answer("information", ok))
    monkeypatch.setattr(QMessageBox, "question", answer("question", QMessageBox.StandardButton.No))
    return shown


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Catch the error dialogs of every window, so that none blocks a test; return them."""
    messages: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: messages.append(message))
    return messages


@pytest.fixture
def make_window(qtbot: QtBot, errors: list[str]) -> Callable[[], MainWindow]:
    """Return a factory of shown main windows, closed after the test.

    Each as the reader gets it: painted, then every feature built (ui/window.py).
    """

    def make() -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.features_built)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[[], MainWindow]) -> MainWindow:
    """Return a shown main window with no article."""
    return make_window()


ARTICLE_HTML = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>The Night Ferry to Harwick - The Coastal Review</title>
  <script>document.write("tracking pixel loaded"); var adSlot = "buy now";</script>
  <style>body { color: red; }</style>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>The Night Ferry to Harwick</h1>
    <p class="byline">By Ruth Okafor</p>
    <p>Every evening at half past nine, the old ferry leaves the quay with its lights
    reflected in the black water of the harbour. Most passengers are regulars who know
    the crew by name, and who have made the crossing so often that they no longer look
    at the sea at all.</p>
    <p>The captain, a quiet man who has steered the same boat for twenty-two years, says
    the crossing has changed less than the people on it. Lorries have replaced horses,
    and telephones have replaced newspapers, but the wind still decides when they arrive.</p>
    <h2>A crossing that almost ended</h2>
    <p>Three winters ago the council proposed to close the line and build a bridge instead.
    The islanders organised meetings in the church hall, wrote letters to every newspaper
    in the county, and collected more signatures than there are people on the island.</p>
    <script>alert("injected script text should never show");</script>
    <ul>
      <li>Departures every evening, all year round</li>
      <li>Tickets sold on board, cash or card</li>
    </ul>
    <blockquote><p>We are not against bridges, we are for the ferry.</p></blockquote>
    <p>The bridge was never built. The ferry still leaves at half past nine, and on calm
    nights some of the regulars go up on deck again, as if to check that the sea is
    still there.</p>
  </article>
  <footer>Copyright The Coastal Review. All rights reserved.</footer>
</body>
</html>
"""

ARTICLE_TEXT = """Notes from a small orchard

In early spring the orchard looks bare and almost abandoned. The trees stand in
crooked rows, and the grass between them is still brown from the winter frosts.

By May everything has changed. The apple blossom opens within a few days, bees
arrive from the neighbouring farms, and the whole slope smells faintly of honey.

Picking starts in September and lasts until the first cold nights of October.
"""


@pytest.fixture
def html_article(tmp_path: Path) -> Path:
    """Return an HTML article with a script, a heading, a list and a quote."""
    path = tmp_path / "night-ferry.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    return path


@pytest.fixture
def text_article(tmp_path: Path) -> Path:
    """Return a plain-text article."""
    path = tmp_path / "orchard.txt"
    path.write_text(ARTICLE_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def french_interface(qapp: QApplication) -> Iterator[None]:
    """Show the interface in French (Lisible's catalogue and Qt's) for one test."""
    from ui import i18n

    assert i18n.use_language("fr")
    yield
    i18n.reset()
