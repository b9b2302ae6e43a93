"""The library in the window: keep what is read, remember where, find it again.

    self.library = LibraryController(shell)   # in MainWindow.__init__

Every article the window shows is kept in the library (`reader.library`) off
the UI thread, with where the reader is in it; opening it again scrolls back
there. File ▸ Library… (Ctrl+Shift+O) lists the kept articles, searches them
as one types, opens one (even when its file is gone) or removes some.

Other features reach the library through the window's `library`: `current_id` is the
entry of the article on show (once kept, see `article_kept`), and
`library()` opens the database, to be called on a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from reader.article import Article
from ui.display import prepare
from ui.formatting import display_language, display_moment, plural
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.settings import LIBRARY_COLUMNS, LIBRARY_GEOMETRY, LIBRARY_KEEP
from ui.shell import Shell
from ui.tasks import Task, error_message

if TYPE_CHECKING:
    # reader.library (sqlite3, hashlib, json) loads on first use, off the start-up path.
    from reader.library import Library, LibraryEntry, ReadingPosition

log = logging.getLogger(__name__)

T = TypeVar("T")

#: A reading position is written this long after the reader stops scrolling,
#: so that a crash loses at most a few seconds of reading, not the session.
POSITION_SAVE_DELAY_MS = 2_000
#: Search runs this long after the last key: results follow typing without a
#: query per keystroke of a fast typist.
SEARCH_DELAY_MS = 150
#: Search results listed at most; more than a reader scans.
SEARCH_LIMIT = 200
#: The restored line sits this far below the top edge, so it reads as the
#: place one left rather than a line cut by the window's edge.
RESTORE_MARGIN = 12

#: Columns of the library table, in order.
COLUMNS = (
    QT_TRANSLATE_NOOP("Library", "Title"),
    QT_TRANSLATE_NOOP("Library", "Site"),
    QT_TRANSLATE_NOOP("Library", "Language"),
    QT_TRANSLATE_NOOP("Library", "Added"),
    QT_TRANSLATE_NOOP("Library", "Last read"),
    QT_TRANSLATE_NOOP("Library", "Read"),
    QT_TRANSLATE_NOOP("Library", "Excerpt"),
)
TITLE, SITE, LANGUAGE, ADDED, OPENED, READ, EXCERPT = range(len(COLUMNS))
#: The entry's id, on every row's title item.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: What a column sorts by (dates as ISO text, titles case- and accent-free).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class _Shown:
    """The article on show in the reading view, and what is known of it."""

    article: Article
    document: QTextDocument
    entry_id: int | None = None
    #: Set once the reader scrolls (or a saved position was restored).
    position: ReadingPosition | None = None
    left: bool = False


def _keep(library: Library, article: Article) -> tuple[int, ReadingPosition]:
    article_id = library.add(article, opened=True)
    return article_id, library.position(article_id)


def _find_kept(library: Library, article: Article) -> tuple[int, ReadingPosition] | None:
    # With keeping turned off, an article opened from the library still has
    # its entry, and its position is still worth remembering.
    article_id = library.find(article)
    if article_id is None:
        return None
    library.mark_opened(article_id)
    return article_id, library.position(article_id)


class LibraryController(QObject):
    """Keep the window's articles in the library, and the File ▸ Library… dialog."""

    #: An article shown in the window was kept: its id in the library (`current_id`
    #: tells whether it is still the one on show).
    article_kept = Signal(int)
    #: The reader was taken back to where they left an article (its offset in the text).
    position_restored = Signal(int)
    #: Articles were added to or removed from the library.
    changed = Signal()

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self._shell = shell
        self._library: Library | None = None
        self._shown: _Shown | None = None
        self._dialog: LibraryDialog | None = None
        self._recovery_reported = False
        self._error_reported = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(POSITION_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_position)
        self.action = shell.add_action(
            shell.file_menu,
            translate("Library", "&Library…"),
            self.show_dialog,
            "Ctrl+Shift+O",
            before=shell.file_menu_end,
        )
        self.action.setStatusTip(
            translate("Library", "Find, open or remove the articles you have read")
        )
        shell.article_shown.connect(self._article_shown)
        shell.reading_view.verticalScrollBar().valueChanged.connect(self._scrolled)
        shell.reading_view.relaid_out.connect(self._relaid_out)
        shell.closing.connect(self._window_closing)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    @property
    def current_id(self) -> int | None:
        """Return the library id of the article on show, once it is kept."""
        return self._shown.entry_id if self._shown else None

    @property
    def dialog(self) -> LibraryDialog | None:
        """Return the library dialog, once it has been shown."""
        return self._dialog

    def library(self) -> Library:
        """Return the library, opening it on first use; blocks, so call it in the library lane."""
        from reader.library import Library

        if self._library is None:
            self._library = Library.open()
        return self._library

    def task(self, fn: Callable[..., T], *args: Any) -> Task[T]:
        """Return a task calling `fn(library, *args)` in the library lane; failures reported once.

        The lane runs one such task at a time, in order: the library opens once,
        and a removal is never overtaken by the listing that follows it.
        """
        return Task(self._call, fn, *args).in_lane("library").failure(self._failed)

    def close(self) -> None:
        """Write the position of the article on show, and close the library."""
        self._save_position_now()
        library, self._library = self._library, None
        if library is not None:
            library.close()

    def show_dialog(self) -> None:
        """Show the library dialog (File ▸ Library…), listing every kept article."""
        if self._dialog is None:
            self._dialog = LibraryDialog(self, self._shell)
        self._dialog.show()
        self._dialog.activateWindow()
        self._dialog.refresh()

    def open_entry(self, article_id: int) -> None:
        """Show a kept article from the library, whether or not its source still exists."""
        width = self._shell.column_width
        self.task(lambda library: prepare(library.get(article_id), width)).success(
            self._shell.show_article
        ).run(self._shell.widget)

    def remove_entries(self, ids: list[int]) -> None:
        """Forget articles and their results, off the UI thread."""

        def remove(library: Library) -> list[int]:
            for article_id in ids:
                library.remove(article_id)
            return ids

        self.task(remove).success(self._removed).run(self._shell.widget)

    def _window_closing(self) -> None:
        # Where the reader is, written when the window closes.
        self._save_position_now()
        if self._dialog is not None:
            self._dialog.close()

    # Keeping articles and positions

    def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return fn(self.library(), *args)

    def _article_shown(self, article: Article) -> None:
        self._leave()
        view = self._shell.reading_view
        shown = _Shown(article, view.document())
        self._shown = shown
        keep = _keep if self._shell.settings.get(LIBRARY_KEEP) else _find_kept
        self.task(keep, article).success(partial(self._kept, shown)).run(self._shell.widget)

    def _kept(self, shown: _Shown, kept: tuple[int, ReadingPosition] | None) -> None:
        self._report_recovery()
        if kept is None:
            return
        article_id, stored = kept
        shown.entry_id = article_id
        if shown.position is not None:
            # Read a little (and maybe left) before the library answered: that
            # place, not the stored one, is where the reader is.
            self._write_position(shown)
        elif not shown.left and stored.offset > 0 and self._is_on_show(shown):
            self._scroll_to(stored.offset)
            shown.position = stored
            self.position_restored.emit(stored.offset)
        self.article_kept.emit(article_id)
        self.changed.emit()

    def _leave(self) -> None:
        shown = self._shown
        if shown is None:
            return
        self._save_timer.stop()
        shown.left = True
        self._write_position(shown)

    def _scrolled(self) -> None:
        shown = self._shown
        if shown is None:
            return
        if not self._is_on_show(shown):
            # The view is between two articles, or two layouts of this one
            # (`_relaid_out` follows): its scroll bar says nothing of where
            # the reader is.
            return
        shown.position = self._current_position(shown.article)
        if shown.entry_id is not None:
            self._save_timer.start()

    def _relaid_out(self) -> None:
        # The article on show in a new document (a new font or theme), scrolled
        # to the same place: follow the new document from now on.
        shown = self._shown
        view = self._shell.reading_view
        if shown is not None and view.article is shown.article:
            shown.document = view.document()
            if shown.position is not None:
                self._scrolled()

    def _save_position(self) -> None:
        if self._shown is not None:
            self._write_position(self._shown)

    def _save_position_now(self) -> None:
        self._save_timer.stop()
        self._save_position()

    def _write_position(self, shown: _Shown) -> None:
        # Written here, not on a worker: a worker could run after the reopening
        # of the same article and restore a stale position, or never run when
        # the window closes. It is one small UPDATE, well under a millisecond
        # in WAL mode, and the library is open by now (the entry has an id).
        from reader.library import LibraryError

        library = self._library
        if library is None or shown.entry_id is None or shown.position is None:
            return
        try:
            library.set_position(shown.entry_id, shown.position)
        except LibraryError as error:
            # Removed meanwhile (from the CLI, say): nothing for the reader to do.
            log.warning("library: reading position not kept: %s", error)

    def _is_on_show(self, shown: _Shown) -> bool:
        view = self._shell.reading_view
        return view.article is shown.article and view.document() is shown.document

    def _current_position(self, article: Article) -> ReadingPosition:
        from reader.library import ReadingPosition

        view = self._shell.reading_view
        bar = view.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        if bar.value() == 0:
            return ReadingPosition(0, fraction)
        point = QPoint(view.viewport().width() // 2, RESTORE_MARGIN)
        doc_position = view.cursorForPosition(point).position()
        end = view.document().characterCount() - 1
        if doc_position >= end and bar.value() < bar.maximum():
            # Qt lays a long document out lazily: a place not laid out yet reads
            # as the end. Laid out whole (not each time: after every change to
            # the document, a long read took a tenth of a second), it is found.
            view.document().documentLayout().documentSize()
            doc_position = view.cursorForPosition(point).position()
        return ReadingPosition(
            _article_offset(view.block_positions, article, doc_position), fraction
        )

    def _scroll_to(self, offset: int) -> None:
        view = self._shell.reading_view
        if offset > len(view.article.text if view.article else ""):
            return
        # Lay the whole document out first, so the scroll range reaches the offset.
        view.document().documentLayout().documentSize()
        rect = view.cursorRect(view.text_cursor(offset, offset))
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - RESTORE_MARGIN)

    # Outcomes

    def _removed(self, ids: list[int]) -> None:
        if self._shown is not None and self._shown.entry_id in ids:
            # Not kept any more: its position has nowhere to go until it is reopened.
            self._shown.entry_id = None
            self._save_timer.stop()
        self.changed.emit()

    def _report_recovery(self) -> None:
        library = self._library
        if library is None or library.recovered_from is None or self._recovery_reported:
            return
        self._recovery_reported = True
        self._shell.show_error(
            translate(
                "Library",
                "The library was damaged and could not be read. It was moved to"
                " {file} and a new, empty library started.",
            ).format(file=library.recovered_from)
        )

    def _failed(self, error: BaseException) -> None:
        message = error_message(error)
        log.warning("library: %s", message)
        if self._error_reported:
            # One dialog per session; after that, the status bar is enough.
            self._shell.status(
                translate("Library", "Library: {error}").format(error=message), 10_000
            )
            return
        self._error_reported = True
        self._shell.show_error(message)


def _article_offset(
    positions: tuple[tuple[int, int], ...], article: Article, doc_position: int
) -> int:
    """Return the offset in `article.text` of a document position of the reading view."""
    chosen: tuple[int, int] | None = None
    for index, start in positions:
        if start > doc_position:
            break
        chosen = (index, start)
    if chosen is None:
        return 0
    index, start = chosen
    block = article.blocks[index]
    # Documents count UTF-16 units, `article.text` code points.
    units = doc_position - start
    offset = block.start
    while offset < block.end and units > 0:
        units -= 2 if ord(article.text[offset]) > 0xFFFF else 1
        offset += 1
    return offset


class LibraryDialog(QDialog):
    """The kept articles: a sortable table, a search field, Open and Remove."""

    #: The table shows new entries or search results.
    populated = Signal()

    def __init__(self, controller: LibraryController, shell: Shell) -> None:
        super().__init__(shell.widget)
        self._controller = controller
        self._settings = shell.settings
        self._query_number = 0
        self.setWindowTitle(translate("Library", "Library — Lisible"))
        self.resize(900, 520)

        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            translate("Library", "Search titles and text (case and accents ignored)")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(translate("Library", "Search the library"))
        self.search_field.installEventFilter(self)

        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([translate("Library", name) for name in COLUMNS])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setAccessibleName(translate("Library", "Articles in the library"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # While searching, the excerpt shares the width with the title: it is the
        # line that shows why an article matched.
        for column in (TITLE, EXCERPT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (SITE, LANGUAGE, ADDED, OPENED, READ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.sortByColumn(OPENED, Qt.SortOrder.DescendingOrder)
        self.table.setColumnHidden(EXCERPT, True)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.status_label = QLabel()
        self.open_button = QPushButton(translate("Library", "&Open"))
        self.remove_button = QPushButton(translate("Library", "&Remove…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        for button in buttons.buttons():
            # Enter opens the row in the table or the search field, never a button.
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)

        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_field)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.search_field.returnPressed.connect(self._open_from_search)
        controller.changed.connect(self._library_changed)
        self._restore_layout()
        self._update_buttons()

    @property
    def searching(self) -> bool:
        """Return whether the table shows search results."""
        return bool(self.search_field.text().strip())

    def refresh(self) -> None:
        """List every entry, or the search results for the query in the field."""
        self._search_timer.stop()
        self._query_number += 1
        number = self._query_number
        query = self.search_field.text().strip()
        if query:
            task = self._controller.task(lambda library: library.search(query, SEARCH_LIMIT))
        else:
            task = self._controller.task(lambda library: library.entries())
        task.success(partial(self._show_entries, number, query)).run(self)

    def shown_ids(self) -> list[int]:
        """Return the ids of the rows, in the order shown."""
        return [self.proxy.index(row, TITLE).data(ID_ROLE) for row in range(self.proxy.rowCount())]

    def selected_ids(self) -> list[int]:
        """Return the ids of the selected rows, in the order shown."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows(TITLE))
        return [self.proxy.index(row, TITLE).data(ID_ROLE) for row in rows]

    def select_id(self, article_id: int) -> None:
        """Select the row of one entry and make it current."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, TITLE)
            if index.data(ID_ROLE) == article_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(index)
                return

    def open_selected(self) -> None:
        """Open the current entry in the window."""
        index = self.table.currentIndex()
        if index.isValid():
            self._activated(index)

    def remove_selected(self) -> None:
        """Ask, then remove the selected entries."""
        ids = self.selected_ids()
        if not ids:
            return
        titles = [self._title_of(article_id) for article_id in ids]
        if self.confirm_remove(titles):
            self._controller.remove_entries(ids)

    def confirm_remove(self, titles: list[str]) -> bool:
        """Ask the reader to confirm removing articles."""
        if len(titles) == 1:
            question = translate(
                "Library",
                "Remove “{title}” from the library? Its reading position and results go too;"
                " its file, if any, is left alone.",
            ).format(title=titles[0])
        else:
            question = translate(
                "Library",
                "Remove these {count} articles from the library? Their reading positions and"
                " results go too; their files, if any, are left alone.",
            ).format(count=len(titles))
        answer = QMessageBox.question(
            self,
            translate("Library", "Remove from the Library"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        """Remember the dialog's size and columns (Escape hides it without a close event)."""
        self._settings.set(LIBRARY_GEOMETRY, bytes(self.saveGeometry().data()))
        self._settings.set(LIBRARY_COLUMNS, bytes(self.table.horizontalHeader().saveState().data()))
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Down in the search field goes to the table."""
        # While the window is torn down, Qt may still filter its events after
        # this object's Python side is gone.
        if (
            watched is getattr(self, "search_field", None)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.proxy.rowCount()
        ):
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _show_entries(self, number: int, query: str, entries: list[LibraryEntry]) -> None:
        if number != self._query_number:
            return  # a later query is on its way
        selected = set(self.selected_ids())
        self.table.setSortingEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        for entry in entries:
            self.model.appendRow(_row(entry))
        self.table.setColumnHidden(EXCERPT, not query)
        if query:
            # Best match first: the order of the search, until a header is clicked.
            self.proxy.sort(-1)
            self.table.horizontalHeader().setSortIndicatorShown(False)
        else:
            header = self.table.horizontalHeader()
            header.setSortIndicatorShown(True)
            self.proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.setSortingEnabled(True)
        if query:
            self.proxy.sort(-1)
        for article_id in selected:
            self.select_id(article_id)
        if query:
            found = len(entries)
            self.status_label.setText(
                plural(
                    found,
                    translate("Library", "{n} article matches"),
                    translate("Library", "{n} articles match"),
                )
                if found
                else translate("Library", "No article matches “{query}”.").format(query=query)
            )
        elif entries:
            self.status_label.setText(
                plural(
                    len(entries),
                    translate("Library", "{n} article"),
                    translate("Library", "{n} articles"),
                )
            )
        else:
            self.status_label.setText(
                translate("Library", "No articles yet: every article you open is kept here.")
            )
        self._update_buttons()
        self.populated.emit()

    def _activated(self, index: QModelIndex) -> None:
        article_id = self.proxy.index(index.row(), TITLE).data(ID_ROLE)
        if article_id is not None:
            self._controller.open_entry(article_id)
            self.close()

    def _open_from_search(self) -> None:
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, TITLE))
        self.open_selected()

    def _focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _library_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def _update_buttons(self) -> None:
        has_rows = bool(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(has_rows)
        self.remove_button.setEnabled(has_rows)

    def _title_of(self, article_id: int) -> str:
        for row in range(self.model.rowCount()):
            item = self.model.item(row, TITLE)
            if item.data(ID_ROLE) == article_id:
                return item.text()
        return str(article_id)

    def _restore_layout(self) -> None:
        geometry = self._settings.get(LIBRARY_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        columns = self._settings.get(LIBRARY_COLUMNS)
        if columns:
            self.table.horizontalHeader().restoreState(QByteArray(columns))
            # A layout saved before the excerpt stretched would keep it narrow.
            self.table.horizontalHeader().setSectionResizeMode(
                EXCERPT, QHeaderView.ResizeMode.Stretch
            )
        self.table.setColumnHidden(EXCERPT, True)


def _row(entry: LibraryEntry) -> list[QStandardItem]:
    from reader.folding import fold

    title = _item(entry.title or translate("Library", "(untitled)"), fold(entry.title))
    title.setData(entry.id, ID_ROLE)
    title.setToolTip(entry.source)
    site = _item(entry.site or "", fold(entry.site or ""))
    language = display_language(entry.language) if entry.language else ""
    added = entry.added.astimezone()
    opened = entry.opened.astimezone() if entry.opened else None
    percent = round(entry.position.fraction * 100)
    excerpt = _item(entry.snippet, "")
    excerpt.setToolTip(entry.snippet)
    return [
        title,
        site,
        _item(language, language),
        _item(display_moment(added), added.isoformat()),
        _item(
            display_moment(opened) if opened else "",
            opened.isoformat() if opened else "",
        ),
        _item(f"{percent} %" if percent else "", percent),
        excerpt,
    ]


def _item(text: str, sort_key: object) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(sort_key, SORT_ROLE)
    item.setEditable(False)
    return item
