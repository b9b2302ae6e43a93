"""The one face of the window that features see: menus, status, errors, views, signals.

    class FindController(QObject):
        def __init__(self, shell: Shell) -> None:
            shell.add_action(shell.edit_menu, "&Find…", self.open, "Ctrl+F")
            shell.article_shown.connect(self._content_changed)
            shell.each_view(self._watch)

A feature controller gets the shell, never the window: it can be read, tested
and removed alone, and the window (`ui.window`) is the one place that knows
every feature. The shell owns what features share: the settings, the menus,
the status bar, the error dialog, the reading views, the keys two features
want (F3), the window's drops, and the signals that say what is on show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from reader.article import Article
from ui.display import Prepared

if TYPE_CHECKING:
    from reader.translation import Translation
from ui.i18n import translate
from ui.reading_view import ReadingView
from ui.settings import Settings

APP_NAME = "Lisible"
#: How long a passing status message ("Saved x.html") stays, in milliseconds:
#: long enough to read a line of ten words twice.
STATUS_TIMEOUT = 5000

Keys = QKeySequence | QKeySequence.StandardKey | str
#: Takes a drop if it can: returns what opens it, else None.
DropTarget = Callable[[QMimeData], Callable[[], object] | None]


@dataclass
class _KeyClaim:
    action: QAction
    #: Does what the key asks and returns True, or returns False to let the next claim try.
    handle: Callable[[], bool]
    first: bool


class Shell(QObject):
    """What the window offers its features, and the signals they listen to."""

    #: An article is laid out in the original view.
    article_shown = Signal(Article)
    #: A translation is on show: its text as an Article, and the ReadingView showing it.
    translation_shown = Signal(Article, QObject)
    #: A setting was changed in the Preferences (its name); it is stored already.
    settings_changed = Signal(str)
    #: The window is closing: stop work under way, close dialogs, save what must be.
    closing = Signal()
    #: A web address is to be opened (Open Recent, the command line, a drop).
    url_requested = Signal(str)
    #: Opening an article failed; the one-line message the reader saw.
    load_failed = Signal(str)
    #: A reading view joined the window (the original is there from the start).
    view_added = Signal(QObject)

    def __init__(
        self,
        window: QMainWindow,
        settings: Settings,
        *,
        reading_view: ReadingView,
        splitter: QSplitter,
        show_article: Callable[[Article | Prepared], None],
        remember_recent: Callable[[str], None],
        describe: Callable[[Article], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self.settings = settings
        #: The view of the original article; translations get views of their own.
        self.reading_view = reading_view
        self._splitter = splitter
        self._show_article = show_article
        self._remember_recent = remember_recent
        self._describe = describe
        self._views: list[ReadingView] = [reading_view]
        self._keys: dict[str, list[_KeyClaim]] = {}
        self._drop_targets: list[DropTarget] = []
        self._cancel_actions: list[QAction] = []
        bar = window.menuBar()
        self.file_menu = bar.addMenu(translate("Window", "&File"))
        self.edit_menu = bar.addMenu(translate("Window", "&Edit"))
        self.view_menu = bar.addMenu(translate("Window", "&View"))
        self.tools_menu = bar.addMenu(translate("Window", "&Tools"))
        # Shown once a feature puts an entry in it: an empty menu is a dead end.
        self.tools_menu.menuAction().setVisible(False)
        self.tools_menu.installEventFilter(self)
        self.help_menu = bar.addMenu(translate("Window", "&Help"))
        #: Features add their File entries before this separator (and Quit after it).
        self.file_menu_end = QAction(self)
        self.file_menu_end.setSeparator(True)
        #: Entries that open an article (Open URL…) go before this one (Open Recent).
        self.open_recent_entry: QAction | None = None
        #: The translation of the article on show, as far as it has come, and the
        #: view that shows it (kept by the translation feature; None without one).
        self.translation: Translation | None = None
        self.translation_view: ReadingView | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Show the Tools menu while it has entries."""
        menu: QMenu | None = getattr(self, "tools_menu", None)
        if (
            menu is not None
            and watched is menu
            and event.type()
            in (
                QEvent.Type.ActionAdded,
                QEvent.Type.ActionRemoved,
            )
        ):
            # ActionRemoved comes before the action leaves the list.
            entries = [a for a in menu.actions() if not a.isSeparator()]
            if event.type() == QEvent.Type.ActionRemoved and isinstance(event, QActionEvent):
                entries = [a for a in entries if a is not event.action()]
            menu.menuAction().setVisible(bool(entries))
        return False

    # The window as a parent and a frame -------------------------------------

    @property
    def widget(self) -> QWidget:
        """Return the window as the parent of dialogs and the owner of tasks."""
        return self._window

    def add_menu(self, menu: QMenu, before: QMenu) -> None:
        """Put a menu of a feature in the menu bar, before another one."""
        self._window.menuBar().insertMenu(before.menuAction(), menu)

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea, restore: bool = True) -> None:
        """Dock a panel on a side of the window; where the saved layout had it if `restore`."""
        self._window.addDockWidget(area, dock)
        if restore:
            self._window.restoreDockWidget(dock)

    def add_toolbar(self, toolbar: QToolBar, area: Qt.ToolBarArea | None = None) -> None:
        """Put a toolbar in the window (at the top unless `area` says otherwise)."""
        if area is None:
            self._window.addToolBar(toolbar)
        else:
            self._window.addToolBar(area, toolbar)

    def add_status_widget(self, widget: QWidget, permanent: bool = False) -> None:
        """Put a widget in the status bar: at its right end if `permanent`."""
        bar = self._window.statusBar()
        if permanent:
            bar.addPermanentWidget(widget)
        else:
            bar.addWidget(widget)

    def add_beside(self, widget: QWidget) -> None:
        """Put a widget right of the original view, sharing its width; never collapsed."""
        splitter = self._splitter
        splitter.insertWidget(splitter.indexOf(self.reading_view) + 1, widget)
        splitter.setCollapsible(splitter.indexOf(widget), False)

    def set_stacked(self, stacked: bool) -> None:
        """Put the widgets beside the original below it instead (a narrow window), or back."""
        orientation = Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal
        if self._splitter.orientation() != orientation:
            self._splitter.setOrientation(orientation)

    def is_stacked(self) -> bool:
        """Return whether the widgets beside the original are below it."""
        return self._splitter.orientation() == Qt.Orientation.Vertical

    def room_width(self) -> int:
        """Return the width the original and the widgets beside it share."""
        return self._splitter.width()

    def watch_room(self, watcher: QObject) -> None:
        """Send the events of the area the views share (its resizing) to `watcher`."""
        self._splitter.installEventFilter(watcher)

    def share_width(self, first: QWidget, second: QWidget) -> None:
        """Give two widgets side by side (or stacked) half of their room each."""
        splitter = self._splitter
        sizes = splitter.sizes()
        one, other = splitter.indexOf(first), splitter.indexOf(second)
        room = sizes[one] + sizes[other]
        sizes[one], sizes[other] = room - room // 2, room // 2
        splitter.setSizes(sizes)

    def is_full_screen(self) -> bool:
        """Return whether the window fills the screen."""
        return self._window.isFullScreen()

    def set_window_state(self, state: Qt.WindowState) -> None:
        """Make the window full screen, maximised or normal."""
        self._window.setWindowState(state)

    def window_state(self) -> Qt.WindowState:
        """Return the window's state (full screen, maximised, normal)."""
        return self._window.windowState()

    # Menus and keys -----------------------------------------------------------

    def add_action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: Keys | None = None,
        before: QAction | None = None,
    ) -> QAction:
        """Add a menu entry (before another one if given) and return its action.

        Its shortcut works while the window is active, whatever has the focus.
        """
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
        return action

    def share_key(
        self, keys: str, action: QAction, handle: Callable[[], bool], first: bool = False
    ) -> None:
        """Let several features' actions answer one key; the first that handles it does.

        Two actions with one shortcut make Qt ignore both, so one action holds
        the key (a `first` claim's, else the earliest) and asks each claim in
        turn, `first` claims before the others; the other actions show the key
        beside their text, as a shortcut is shown.
        """
        claims = self._keys.setdefault(keys, [])
        claims.append(_KeyClaim(action, handle, first))
        claims.sort(key=lambda claim: not claim.first)
        action.triggered.disconnect()
        action.triggered.connect(lambda _checked=False: self._triggered(keys, action))
        sequence = QKeySequence(keys)
        for number, claim in enumerate(claims):
            text = claim.action.text().split("\t")[0]
            if number == 0:
                claim.action.setShortcut(sequence)
                claim.action.setText(text)
            else:
                claim.action.setShortcut(QKeySequence())
                claim.action.setText(f"{text}\t{keys}")

    def add_cancel_action(self, action: QAction) -> None:
        """Make known an action that stops a long task (with Esc) while it is enabled."""
        self._cancel_actions.append(action)

    def cancel_pending(self) -> bool:
        """Return whether Esc would stop a long task now (so nothing else should take it)."""
        return any(action.isEnabled() for action in self._cancel_actions)

    def press(self, keys: str) -> None:
        """Do what a shared key does now: the first claim that handles it."""
        for claim in self._keys.get(keys, []):
            if claim.handle():
                return

    def _triggered(self, keys: str, action: QAction) -> None:
        claims = self._keys.get(keys, [])
        if claims and claims[0].action is action:
            # The key, or the holder's own entry: whoever needs it first.
            self.press(keys)
            return
        for claim in claims:
            if claim.action is action:
                claim.handle()
                return

    # Telling the reader -------------------------------------------------------

    def status(self, message: str, timeout: int = STATUS_TIMEOUT) -> None:
        """Say something passing in the status bar (for `timeout` ms; 0: until replaced)."""
        self._window.statusBar().showMessage(message, timeout)

    def clear_status(self, only: str | None = None) -> None:
        """Take the passing message off the status bar (when `only` is given, if it is that)."""
        bar = self._window.statusBar()
        if only is None or bar.currentMessage() == only:
            bar.clearMessage()

    def show_error(self, message: str) -> None:
        """Tell the user, in one line, what went wrong."""
        show_error = getattr(self._window, "show_error", None)
        if show_error is not None:
            show_error(message)
        else:
            QMessageBox.warning(self._window, APP_NAME, message)

    def name_widget(self, widget: QWidget, name: str, description: str) -> None:
        """Say what a widget is, for screen readers."""
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)

    # The article and the views ------------------------------------------------

    @property
    def article(self) -> Article | None:
        """Return the article on show in the original view, if any."""
        return self.reading_view.article

    def show_article(self, article: Article | Prepared) -> None:
        """Show an article in the original view; `article_shown` follows once laid out.

        Sources hand it `Prepared` on a worker (`ui.display.prepare`).
        """
        self._show_article(article)

    def describe(self, article: Article) -> None:
        """Say in the status bar what text is on show: its language, words, reading time."""
        self._describe(article)

    @property
    def column_width(self) -> int:
        """Return the reading column's width in pixels, to prepare an article for."""
        return self.reading_view.column_width

    def remember_recent(self, source: str) -> None:
        """Put a file path or a URL first in File ▸ Open Recent."""
        self._remember_recent(source)

    @property
    def views(self) -> list[ReadingView]:
        """Return the reading views of the window: the original first."""
        return list(self._views)

    def add_view(self, view: ReadingView) -> None:
        """Make a reading view (a translation's) known to every feature."""
        self._views.append(view)
        view.destroyed.connect(lambda: self._views.remove(view) if view in self._views else None)
        self.view_added.emit(view)

    def each_view(self, callback: Callable[[ReadingView], object]) -> None:
        """Call `callback` with every reading view, now and as views join."""
        for view in self._views:
            callback(view)
        self.view_added.connect(callback)

    def active_view(self) -> ReadingView:
        """Return the reading view the reader is in: the focused one, else the original."""
        focus = QApplication.focusWidget()
        while focus is not None and not isinstance(focus, ReadingView):
            focus = focus.parentWidget()
        return focus if focus is not None else self.reading_view

    # Drops --------------------------------------------------------------------

    def add_drop_target(self, target: DropTarget) -> None:
        """Let a feature take what is dropped on the window (a web link)."""
        self._drop_targets.append(target)

    def drop_opener(self, mime: QMimeData) -> Callable[[], object] | None:
        """Return what opens a drop, from the first feature that takes it."""
        for target in self._drop_targets:
            opener = target(mime)
            if opener is not None:
                return opener
        return None
