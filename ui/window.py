"""The main window: the reading view, its menus, and opening article files."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QWidget,
)

from reader.article import Article
from ui import pictures
from ui.comfort import ComfortController
from ui.entities import EntitiesController
from ui.export import ExportController
from ui.file_types import open_filter
from ui.find_bar import FindController
from ui.help import HelpController
from ui.library_view import LibraryController
from ui.open_sources import OpenSourcesController
from ui.preferences import PreferencesController
from ui.reading_view import ReadingView, reading_summary
from ui.settings import (
    FONT_SIZE,
    LAST_FOLDER,
    RECENT_FILES,
    SPLITTER_STATE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)
from ui.tasks import Task, error_message
from ui.toc import ContentsController
from ui.translation import TranslationController

APP_NAME = "Lisible"
#: Wide enough for the reading column and its margins on a laptop screen.
DEFAULT_SIZE = (1100, 800)


def _load_article(path: str, column_width: int) -> Article:
    # Imported here, on the worker, so the window shows while lxml, readability
    # and langdetect load.
    from reader.pipeline import article_from_path

    article = article_from_path(path)
    # Counted and decoded here, on the worker: a long read's count, a saved
    # page's photos would stall the window.
    _ = article.word_count
    pictures.decode(article, column_width)
    return article


class MainWindow(QMainWindow):
    """The reader's window: one article in the reading view, with its features around it."""

    article_shown = Signal(Article)
    load_failed = Signal(str)
    #: A translation is on show: its text as an Article, and the ReadingView showing it.
    translation_shown = Signal(Article, QObject)
    #: A web address is to be opened, from Open Recent or the command line
    #: (ui.open_sources fetches it).
    url_requested = Signal(str)
    #: A setting was changed in the Preferences (its name); it is stored already.
    settings_changed = Signal(str)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self._opening: Task[Article] | None = None

        self.reading_view = ReadingView(point_size=self.settings.get(FONT_SIZE))
        open_keys = QKeySequence(QKeySequence.StandardKey.Open)
        self.reading_view.show_message(
            f"Open an article with {open_keys.toString(QKeySequence.SequenceFormat.NativeText)},"
            " or drop a file here."
        )
        # The reading view sits in a splitter so side panels can join it.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.reading_view)
        self.reading_view.article_laid_out.connect(self._article_laid_out)
        self.setCentralWidget(self.splitter)
        self.summary_label = QLabel()
        self.statusBar().addPermanentWidget(self.summary_label)

        self.recent_menu = QMenu("Open &Recent", self)
        self._build_menus()
        self._show_recent(self.settings.get(RECENT_FILES))
        self.library = LibraryController(self)
        self.entities = EntitiesController(self)
        self.translation = TranslationController(self)
        self.open_sources = OpenSourcesController(self)
        self.comfort = ComfortController(self)
        self.finder = FindController(self)
        self.contents = ContentsController(self)
        self.export = ExportController(self)
        self.preferences = PreferencesController(self)
        self.help = HelpController(self, self.help_menu)
        self.setAcceptDrops(True)
        self.setWindowTitle(APP_NAME)
        self.resize(*DEFAULT_SIZE)
        self._restore_layout()

    @property
    def article(self) -> Article | None:
        """Return the article on show, if any."""
        return self.reading_view.article

    def open_path(self, path: str | os.PathLike[str]) -> None:
        """Open an article file off the UI thread; `article_shown` or `load_failed` follows.

        A file still opening is abandoned: the last one asked for wins. An
        http(s) address goes to `url_requested`.
        """
        if os.fspath(path).startswith(("http://", "https://")):
            self.url_requested.emit(os.fspath(path))
            return
        path = os.path.abspath(os.fspath(path))
        if self._opening:
            self._opening.cancel()
        self.statusBar().showMessage(f"Opening {os.path.basename(path)}…")
        self._opening = (
            Task(_load_article, path, self.reading_view.column_width)
            .success(partial(self._opened, path))
            .failure(self._open_failed)
            .run(self)
        )

    def show_article(self, article: Article) -> None:
        """Display an article and announce it with `article_shown` once laid out."""
        self.reading_view.show_article(article)

    def _article_laid_out(self, article: Article) -> None:
        self.setWindowTitle(f"{article.title} — {APP_NAME}" if article.title else APP_NAME)
        self.summary_label.setText(reading_summary(article))
        self.article_shown.emit(article)

    def active_view(self) -> ReadingView:
        """Return the reading view the reader is in: the focused one, else the original."""
        focus = QApplication.focusWidget()
        while focus is not None and not isinstance(focus, ReadingView):
            focus = focus.parentWidget()
        return focus if focus is not None else self.reading_view

    def show_error(self, message: str) -> None:
        """Tell the user, in one line, what went wrong."""
        QMessageBox.warning(self, APP_NAME, message)

    def ask_open_path(self) -> str | None:
        """Ask the user for an article file; return None if they cancel."""
        folder = self.settings.get(LAST_FOLDER) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open Article", folder, open_filter())
        return path or None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept a dragged file."""
        if _dropped_file(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Open a dropped file."""
        path = _dropped_file(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.open_path(path)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Remember the window's layout for next time."""
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(WINDOW_STATE, bytes(self.saveState().data()))
        self.settings.set(SPLITTER_STATE, bytes(self.splitter.saveState().data()))
        self.settings.sync()
        super().closeEvent(event)

    def add_action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        before: QAction | None = None,
    ) -> QAction:
        """Add a menu entry (before another one if given) and return its action.

        Its shortcut works while the window is active, whatever has the focus.
        """
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.edit_menu = bar.addMenu("&Edit")
        self.view_menu = bar.addMenu("&View")
        self.tools_menu = bar.addMenu("&Tools")
        self.help_menu = bar.addMenu("&Help")
        self.add_action(self.file_menu, "&Open…", self._choose_file, QKeySequence.StandardKey.Open)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        # Features add their File entries before this separator and Quit.
        self.file_menu_end = self.file_menu.addSeparator()
        self.quit_action = self.add_action(self.file_menu, "&Quit", self.close, "Ctrl+Q")
        self.recent_menu.triggered.connect(self._recent_chosen)
        self.add_action(
            self.edit_menu,
            "&Copy",
            lambda: self.active_view().copy(),
            QKeySequence.StandardKey.Copy,
        )
        self.add_action(
            self.edit_menu,
            "Select &All",
            lambda: self.active_view().selectAll(),
            QKeySequence.StandardKey.SelectAll,
        )

    def _restore_layout(self) -> None:
        geometry = self.settings.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = self.settings.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        splitter = self.settings.get(SPLITTER_STATE)
        if splitter:
            self.splitter.restoreState(QByteArray(splitter))

    def _choose_file(self) -> None:
        path = self.ask_open_path()
        if path:
            self.open_path(path)

    def _opened(self, path: str, article: Article) -> None:
        self._opening = None
        self.statusBar().clearMessage()
        self.settings.set(LAST_FOLDER, os.path.dirname(path))
        self._show_recent(self.settings.add_recent_file(path))
        self.show_article(article)

    def _open_failed(self, error: BaseException) -> None:
        self._opening = None
        self.statusBar().clearMessage()
        message = error_message(error)
        self.show_error(message)
        self.load_failed.emit(message)

    def remember_recent(self, source: str) -> None:
        """Put a file path or a URL first in File ▸ Open Recent."""
        self._show_recent(self.settings.add_recent_file(source))

    def _show_recent(self, recent: tuple[str, ...]) -> None:
        menu = self.recent_menu
        menu.clear()
        for number, path in enumerate(recent, 1):
            action = menu.addAction(_recent_label(number, path))
            action.setData(path)
            action.setStatusTip(path)
        menu.addSeparator()
        menu.addAction("&Clear Menu")
        menu.setEnabled(bool(recent))

    def _recent_chosen(self, action: QAction) -> None:
        path = action.data()
        if not path:
            self._show_recent(())
            self.settings.set(RECENT_FILES, ())
        elif "://" in path:
            self.url_requested.emit(path)
        elif os.path.isfile(path):
            self.open_path(path)
        else:
            self._show_recent(self.settings.remove_recent_file(path))
            self.show_error(
                f"{os.path.basename(path)} is no longer there; it was removed from Open Recent."
            )


def _dropped_file(mime: QMimeData) -> str | None:
    for url in mime.urls():
        if url.isLocalFile():
            return url.toLocalFile()
    return None


def _recent_label(number: int, path: str) -> str:
    home = str(Path.home())
    shown = "~" + path[len(home) :] if path.startswith(home + os.sep) else path
    shown = shown.replace("&", "&&")
    # Ampersand shortcuts: 1 to 9 pick the first nine entries from the keyboard.
    return f"&{number} {shown}" if number < 10 else shown
