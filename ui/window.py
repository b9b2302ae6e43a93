"""The main window: the reading view, its menus, and opening article files."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QMimeData, Qt, QTimer, SignalInstance
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QWidget,
)

from reader.article import Article
from ui.comfort import ComfortController
from ui.display import Prepared, prepare
from ui.file_types import open_filter
from ui.formatting import reading_summary
from ui.i18n import translate
from ui.reading_view import ReadingView, lays_out_at_once
from ui.screen_fit import fit_on_screen
from ui.settings import (
    ENTITIES_PANEL_SHOWN,
    FONT_SIZE,
    LAST_FOLDER,
    RECENT_FILES,
    SPLITTER_STATE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
)
from ui.shell import APP_NAME, Shell
from ui.tasks import Task, error_message
from ui.toc import ContentsController
from ui.translation import TranslationController

if TYPE_CHECKING:
    from ui.entities import EntitiesController
    from ui.export import ExportController
    from ui.find_bar import FindController
    from ui.help import HelpController
    from ui.library_view import LibraryController
    from ui.open_sources import OpenSourcesController
    from ui.preferences import PreferencesController

#: Wide enough for the reading column and its margins on a laptop screen.
DEFAULT_SIZE = (1100, 800)


@dataclass(frozen=True)
class Feature:
    """A feature of the window: built with it if the first screen shows it, else after.

    Built after, it is imported and made once the window has painted the
    article (or is not opening one): the first article comes that much sooner.
    Its menu entries take the places they would have had if built with the window.
    """

    #: The window's attribute that holds it.
    name: str
    build: Callable[[MainWindow], object]
    #: Whether the first screen shows something of it, given the settings.
    first_screen: Callable[[Settings], bool]


def _library(window: MainWindow) -> object:
    from ui.library_view import LibraryController

    return LibraryController(window.shell)


def _entities(window: MainWindow) -> object:
    from ui.entities import EntitiesController

    return EntitiesController(window.shell)


def _open_sources(window: MainWindow) -> object:
    from ui.open_sources import OpenSourcesController

    return OpenSourcesController(window.shell)


def _finder(window: MainWindow) -> object:
    from ui.find_bar import FindController

    return FindController(window.shell)


def _export(window: MainWindow) -> object:
    from ui.export import ExportController

    return ExportController(window.shell)


def _preferences(window: MainWindow) -> object:
    from ui.preferences import PreferencesController

    return PreferencesController(window.shell)


def _help(window: MainWindow) -> object:
    from ui.help import HelpController

    return HelpController(window, window.help_menu)


def _always(_settings: Settings) -> bool:
    return True


def _never(_settings: Settings) -> bool:
    return False


#: Every feature, in the order of their menu entries and status widgets. Those
#: built after the first paint took 70-90 ms to import and make, on the way to
#: the first article (bench/startup.py).
FEATURES = (
    Feature("library", _library, _never),
    Feature("entities", _entities, lambda settings: settings.get(ENTITIES_PANEL_SHOWN)),
    # Its toolbar and Translate menu are on the first screen.
    Feature("translation", lambda window: TranslationController(window.shell), _always),
    Feature("open_sources", _open_sources, _never),
    # The article is first painted in the theme and type the settings ask for.
    Feature("comfort", lambda window: ComfortController(window.shell), _always),
    Feature("finder", _finder, _never),
    # The window's saved state may show its dock (it is restored with that state).
    Feature("contents", lambda window: ContentsController(window.shell), _always),
    Feature("export", _export, _never),
    Feature("preferences", _preferences, _never),
    Feature("help", _help, _never),
)


def _load_article(path: str, column_width: int) -> tuple[Prepared, bool]:
    """Load and prepare an article; say whether its language is still to be found."""
    # Imported here, on the worker, so the window shows while lxml and
    # readability load.
    from reader.pipeline import article_from_path, with_language

    article = article_from_path(path, detect=False)
    # A short article's language is found after the first paint (`_with_language`):
    # loading langdetect's profiles took longer than all the rest (0.25 s on a
    # quiet machine, 1 s on a busy one), and nothing on the first screen needs
    # it. A long one is laid out a slice at a time anyway, and writing its
    # language into it once shown would lay it all out again: found here.
    later = lays_out_at_once(article)
    return prepare(article if later else with_language(article), column_width), later


def _with_language(article: Article) -> Article:
    from reader.pipeline import with_language

    return with_language(article)


class MainWindow(QMainWindow):
    """The reader's window: one article in the reading view, with its features around it.

    The one place that knows every feature: each gets the window's `shell`,
    and none imports this module. Those the first screen does not show are
    built once it is painted (`FEATURES`), or as soon as anything asks for one.
    """

    shell: Shell
    library: LibraryController
    entities: EntitiesController
    translation: TranslationController
    open_sources: OpenSourcesController
    comfort: ComfortController
    finder: FindController
    contents: ContentsController
    export: ExportController
    preferences: PreferencesController
    help: HelpController

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self._opening: Task[tuple[Prepared, bool]] | None = None
        #: The article on show whose language is still being found: `article_shown`
        #: waits for it, the features all want the language.
        self._awaiting_language: Article | None = None
        self._language_later: Article | None = None

        self.reading_view = ReadingView(point_size=self.settings.get(FONT_SIZE))
        open_keys = QKeySequence(QKeySequence.StandardKey.Open)
        self.reading_view.show_message(
            translate("Window", "Open an article with {keys}, or drop a file here.").format(
                keys=open_keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        # The reading view sits in a splitter so side panels can join it.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.reading_view)
        self.reading_view.article_laid_out.connect(self._article_laid_out)
        self.setCentralWidget(self.splitter)
        self.summary_label = QLabel()
        self.statusBar().addPermanentWidget(self.summary_label)

        self.shell = Shell(
            self,
            self.settings,
            reading_view=self.reading_view,
            splitter=self.splitter,
            show_article=self.show_article,
            remember_recent=self.remember_recent,
            describe=self._describe,
        )
        self.shell.name_widget(
            self.reading_view,
            translate("Window", "Article"),
            translate("Window", "The article, laid out for reading"),
        )
        self.shell.name_widget(
            self.summary_label,
            translate("Window", "Article summary"),
            translate("Window", "Language, words and reading time"),
        )
        self.recent_menu = QMenu(translate("Window", "Open &Recent"), self)
        self._build_menus()
        self._show_recent(self.settings.get(RECENT_FILES))
        #: The features still to build, with their rank in `FEATURES`.
        self._later: list[tuple[int, Feature]] = []
        #: Which feature (its rank; 0: the window) put each menu entry there.
        self._owners = {action: 0 for menu in self._menus() for action in menu.actions()}
        for rank, feature in enumerate(FEATURES, 1):
            if feature.first_screen(self.settings):
                self._build(rank, feature)
            else:
                self._later.append((rank, feature))
        for menu in self._shared_menus():
            # A menu opened before then shows every entry.
            menu.aboutToShow.connect(self.build_features)
        self.setAcceptDrops(True)
        self.setWindowTitle(APP_NAME)
        self.resize(*DEFAULT_SIZE)
        self._restore_layout()
        fit_on_screen(self)
        self._fitted_shown = False

    def __getattr__(self, name: str) -> object:
        """Build the features not built yet when one of them is asked for."""
        # Only called for what the instance does not have (yet).
        if any(feature.name == name for _rank, feature in self.__dict__.get("_later", ())):
            self.build_features()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def features_built(self) -> bool:
        """Return whether every feature is built (see `FEATURES`)."""
        return not self._later

    def build_features(self) -> None:
        """Build the features the first screen did not need, if that is not done yet."""
        later, self._later = self._later, []
        for rank, feature in later:
            self._build(rank, feature)
        self._owners.clear()

    def _build(self, rank: int, feature: Feature) -> None:
        setattr(self, feature.name, feature.build(self))
        for menu in self._menus():
            for action in menu.actions():
                if action not in self._owners:
                    self._owners[action] = rank
                    self._put_in_place(menu, action, rank)

    def _put_in_place(self, menu: QWidget, action: QAction, rank: int) -> None:
        """Move an entry before those of the features that come after its own.

        Enough because what the first screen's features put in a shared menu
        goes at its end (test_first_screen.py compares with building all at once).
        """
        actions = menu.actions()
        for other in actions[: actions.index(action)]:
            if self._owners.get(other, 0) > rank:
                menu.removeAction(action)
                menu.insertAction(other, action)
                return

    def _shared_menus(self) -> tuple[QMenu, ...]:
        shell = self.shell
        return (
            shell.file_menu,
            shell.edit_menu,
            shell.view_menu,
            shell.tools_menu,
            shell.help_menu,
        )

    def _menus(self) -> list[QWidget]:
        """Return the menu bar and the menus every feature adds to."""
        return [self.menuBar(), *self._shared_menus()]

    def event(self, event: QEvent) -> bool:
        """Build the other features once the window has painted, unless an article is opening.

        Or before a key is handled, so that no shortcut of theirs is lost.
        """
        handled = super().event(event)
        if self.__dict__.get("_later"):
            kind = event.type()
            if kind == QEvent.Type.ShortcutOverride:
                self.build_features()
            elif kind == QEvent.Type.UpdateRequest and self._opening is None:
                # Painted now: built when the events already waiting are handled.
                QTimer.singleShot(0, self, self.build_features)
        return handled

    # The shell's signals, under the window's name too (the app and tests wait on them).
    @property
    def article_shown(self) -> SignalInstance:
        """Return `Shell.article_shown`."""
        return self.shell.article_shown

    # Those that others may send: every feature that listens must be there.
    @property
    def translation_shown(self) -> SignalInstance:
        """Return `Shell.translation_shown`."""
        self.build_features()
        return self.shell.translation_shown

    @property
    def settings_changed(self) -> SignalInstance:
        """Return `Shell.settings_changed`."""
        self.build_features()
        return self.shell.settings_changed

    @property
    def url_requested(self) -> SignalInstance:
        """Return `Shell.url_requested` (File ▸ Open URL… answers it)."""
        self.build_features()
        return self.shell.url_requested

    @property
    def load_failed(self) -> SignalInstance:
        """Return `Shell.load_failed`."""
        return self.shell.load_failed

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
        self.statusBar().showMessage(
            translate("Window", "Opening {name}…").format(name=os.path.basename(path))
        )
        self._opening = (
            Task(_load_article, path, self.reading_view.column_width)
            .success(partial(self._opened, path))
            .failure(self._open_failed)
            .run(self)
        )

    def show_article(self, article: Article | Prepared) -> None:
        """Display an article and announce it with `article_shown` once laid out.

        Every source hands it `Prepared` (`ui.display.prepare`, on a worker).
        """
        shown = article.article if isinstance(article, Prepared) else article
        # A file's short article comes before its language (see `_opened`).
        self._awaiting_language = shown if shown is self._language_later else None
        self._language_later = None
        self.reading_view.show_article(article)

    def _article_laid_out(self, article: Article) -> None:
        self.setWindowTitle(f"{article.title} — {APP_NAME}" if article.title else APP_NAME)
        if article is not self._awaiting_language:
            self._announce(article)

    def _describe(self, article: Article) -> None:
        self.summary_label.setText(reading_summary(article))

    def _announce(self, article: Article) -> None:
        self.build_features()
        self._describe(article)
        self.article_shown.emit(article)

    def _language_found(self, shown: Article, article: Article) -> None:
        if self._awaiting_language is not shown:
            return  # another article came meanwhile
        self._awaiting_language = None
        laid_out = self.reading_view.article is shown
        if self.reading_view.update_article(shown, article) and laid_out:
            self._announce(article)
        # Still being laid out: `_article_laid_out` announces it, language and all.

    def active_view(self) -> ReadingView:
        """Return the reading view the reader is in: the focused one, else the original."""
        return self.shell.active_view()

    def show_error(self, message: str) -> None:
        """Tell the user, in one line, what went wrong."""
        QMessageBox.warning(self, APP_NAME, message)

    def ask_open_path(self) -> str | None:
        """Ask the user for an article file; return None if they cancel."""
        folder = self.settings.get(LAST_FOLDER) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, translate("Window", "Open Article"), folder, open_filter()
        )
        return path or None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept a dragged file, or what a feature takes (a web link)."""
        mime = event.mimeData()
        self.build_features()  # File ▸ Open URL… takes dropped links
        if _dropped_file(mime) or self.shell.drop_opener(mime) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Open a dropped file, or hand the drop to the feature that takes it."""
        mime = event.mimeData()
        path = _dropped_file(mime)
        if path:
            event.acceptProposedAction()
            self.open_path(path)
            return
        opener = self.shell.drop_opener(mime)
        if opener is not None:
            event.acceptProposedAction()
            opener()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Fit the window on its screen again the first time it shows: its frame adds to it."""
        super().showEvent(event)
        if not self._fitted_shown:
            self._fitted_shown = True
            fit_on_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Let the features stop their work, then remember the window's layout for next time."""
        self.shell.closing.emit()
        self.settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(WINDOW_STATE, bytes(self.saveState().data()))
        self.settings.set(SPLITTER_STATE, bytes(self.splitter.saveState().data()))
        self.settings.sync()
        super().closeEvent(event)

    def _build_menus(self) -> None:
        shell = self.shell
        self.file_menu = shell.file_menu
        self.edit_menu = shell.edit_menu
        self.view_menu = shell.view_menu
        self.tools_menu = shell.tools_menu
        self.help_menu = shell.help_menu
        self.shell.add_action(
            self.file_menu,
            translate("Window", "&Open…"),
            self._choose_file,
            QKeySequence.StandardKey.Open,
        )
        shell.open_recent_entry = self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        # Features add their File entries before this separator and Quit.
        self.file_menu.addAction(shell.file_menu_end)
        self.file_menu_end = shell.file_menu_end
        self.quit_action = self.shell.add_action(
            self.file_menu, translate("Window", "&Quit"), self.close, "Ctrl+Q"
        )
        self.recent_menu.triggered.connect(self._recent_chosen)
        self.shell.add_action(
            self.edit_menu,
            translate("Window", "&Copy"),
            lambda: self.active_view().copy(),
            QKeySequence.StandardKey.Copy,
        )
        self.shell.add_action(
            self.edit_menu,
            translate("Window", "Select &All"),
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

    def _opened(self, path: str, loaded: tuple[Prepared, bool]) -> None:
        self._opening = None
        self.statusBar().clearMessage()
        self.settings.set(LAST_FOLDER, os.path.dirname(path))
        self._show_recent(self.settings.add_recent_file(path))
        article, language_later = loaded
        shown = article.article
        if language_later:
            self._language_later = shown
        self.show_article(article)
        if not language_later:
            return
        found = partial(self._language_found, shown)
        # Undetectable, the language stays the one the file declares.
        Task(_with_language, shown).success(found).failure(lambda _error: found(shown)).run(self)

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
        menu.addAction(translate("Window", "&Clear Menu"))
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
                translate(
                    "Window", "{name} is no longer there; it was removed from Open Recent."
                ).format(name=os.path.basename(path))
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
