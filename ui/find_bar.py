"""Find in the article: a bar below the text, matches regardless of case and accents.

    self.find = FindController(shell)   # in MainWindow.__init__

Edit ▸ Find (Ctrl+F) opens the bar; typing highlights every match (layer
"find") and goes to the first one below the top of the view; Enter, F3 and
Shift+Enter, Shift+F3 walk through them, round and round; Esc closes the bar
and takes the highlights away. "etats" finds "États": both sides are folded
(compatibility decomposition, marks dropped, case folded) and every folded
character remembers the offset in `Article.text` it came from.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

from reader.article import Article
from ui.i18n import translate
from ui.reading_view import ReadingView
from ui.shell import Shell

LAYER = "find"

#: Punctuation a reader types plainly and articles set typographically.
_PLAIN = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2011": "-",
    }
)
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_SPACES = str.maketrans("\t\n\r\x0b\x0c", "     ")
#: Highlight colours (all matches, the current one): a pale and a strong amber
#: on a light page, deep ones on a dark page, so the text stays readable.
_LIGHT_MATCH = ("#fbe58a", "#f5a623")
_DARK_MATCH = ("#6b5a12", "#b36b00")


@dataclass(frozen=True)
class FoldedText:
    """A text folded for searching, and where each folded character came from."""

    text: str
    #: For every character of `text`, the offset in the original it comes from.
    origins: tuple[int, ...]


def fold(text: str) -> FoldedText:
    """Fold a text for matching: no case, no accents, plain quotes and spaces.

    "É" becomes "e", "ﬁ" becomes "fi", "ß" becomes "ss"; each of them keeps the
    offset of the character it came from.
    """
    chars: list[str] = []
    origins: list[int] = []
    done = 0
    # Runs of ASCII, most of any article, fold at once; other characters one by one.
    for match in _NOT_ASCII.finditer(text):
        start = match.start()
        if start > done:
            chars.append(text[done:start].lower().translate(_ASCII_SPACES))
            origins.extend(range(done, start))
        piece = _fold_character(match.group())
        chars.append(piece)
        origins.extend([start] * len(piece))
        done = start + 1
    if done < len(text):
        chars.append(text[done:].lower().translate(_ASCII_SPACES))
        origins.extend(range(done, len(text)))
    return FoldedText("".join(chars), tuple(origins))


@functools.cache
def _fold_character(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.translate(_PLAIN))
    piece = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return "".join(" " if c.isspace() else c for c in piece)


def fold_query(query: str) -> str:
    """Fold what the reader typed as `fold` folds the text."""
    return fold(query).text


def find_all(folded: FoldedText, query: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets in the original text of every match of a query."""
    needle = fold_query(query)
    if not needle.strip():
        return []
    spans = []
    start = folded.text.find(needle)
    while start >= 0:
        end = start + len(needle)
        spans.append((folded.origins[start], folded.origins[end - 1] + 1))
        start = folded.text.find(needle, end)
    return spans


def _position(number: int, total: int) -> str:
    """Return e.g. "3 of 12", the match shown and how many there are."""
    return translate("Find", "{number} of {total}").format(number=number, total=total)


class FindBar(QWidget):
    """The bar: a search field, "3 of 12", Previous, Next and Close."""

    #: The reader typed a new query.
    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.setAccessibleName(translate("Find", "Find in article"))
        self.field = QLineEdit()
        self.field.setObjectName("find_field")
        self.field.setPlaceholderText(translate("Find", "Find in article"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(translate("Find", "Text to find"))
        self.field.setAccessibleDescription(
            translate(
                "Find",
                "Case and accents do not matter. Enter: next match, Shift+Enter: previous,"
                " Esc: close",
            )
        )
        self.count = QLabel()
        self.count.setObjectName("find_count")
        self.count.setAccessibleName(translate("Find", "Matches"))
        widest = _position(999, 999) + "  "
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance(widest))
        self.previous_button = self._button(
            translate("Find", "Previous"), translate("Find", "Previous match (Shift+F3)"), "go-up"
        )
        self.next_button = self._button(
            translate("Find", "Next"), translate("Find", "Next match (F3)"), "go-down"
        )
        self.close_button = self._button(
            translate("Find", "Close"),
            translate("Find", "Close the find bar (Esc)"),
            "window-close",
        )
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.close_button.clicked.connect(self.close_requested)
        self.field.textChanged.connect(self.query_changed)
        self.field.installEventFilter(self)

        label = QLabel(translate("Find", "&Find:"))
        label.setBuddy(self.field)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in (self.previous_button, self.next_button, self.close_button):
            layout.addWidget(button)
        # Keyboard order follows the eye: field, then the buttons left to right.
        QWidget.setTabOrder(self.field, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.close_button)

    @property
    def query(self) -> str:
        """Return the text to find."""
        return self.field.text()

    def show_count(self, current: int | None, total: int) -> None:
        """Show "3 of 12", "No matches", or nothing for an empty query."""
        if not self.query.strip():
            text = ""
        elif total == 0:
            text = translate("Find", "No matches")
        else:
            text = _position((current or 0) + 1, total)
        self.count.setText(text)
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter and Shift+Enter walk through the matches; Esc closes, whatever else wants it."""
        # While the window is torn down, Qt may still filter its events after
        # this object's Python side is gone.
        if watched is getattr(self, "field", None) and isinstance(event, QKeyEvent):
            key = event.key()
            if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
                # Esc is also Cancel Translation, a window shortcut: here it closes the bar.
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                if key == Qt.Key.Key_Escape:
                    self.close_requested.emit()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                    (self.previous_requested if shifted else self.next_requested).emit()
                    return True
        return False

    def _button(self, text: str, tip: str, icon: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        from PySide6.QtGui import QIcon

        themed = QIcon.fromTheme(icon)
        if not themed.isNull():
            button.setIcon(themed)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        return button


class FindController(QObject):
    """Find in the article on show: the bar, its actions, the highlights."""

    #: Matches were found (or not) for a query: (current index or -1, total).
    searched = Signal(int, int)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.shell = shell
        self.bar = FindBar()
        self.toolbar = self._put_bar_below_the_text()
        self.matches: list[tuple[int, int]] = []
        self.current: int | None = None
        self._view: ReadingView | None = None
        self._folded: tuple[Article, FoldedText] | None = None

        edit = shell.edit_menu
        edit.addSeparator()
        self.find_action = shell.add_action(
            edit, translate("Find", "&Find…"), self.open, QKeySequence.StandardKey.Find
        )
        # F3 and Shift+F3 are also the Entities panel's mention keys: Find
        # holds them, and hands them over while the bar has no query.
        self.next_action = shell.add_action(edit, translate("Find", "Find &Next"), self.find_next)
        self.previous_action = shell.add_action(
            edit, translate("Find", "Find &Previous"), self.find_previous
        )
        shell.share_key("F3", self.next_action, lambda: self._step(1), first=True)
        shell.share_key("Shift+F3", self.previous_action, lambda: self._step(-1), first=True)
        self.bar.query_changed.connect(self._query_changed)
        self.bar.next_requested.connect(self.find_next)
        self.bar.previous_requested.connect(self.find_previous)
        self.bar.close_requested.connect(self.close)
        shell.article_shown.connect(self._content_changed)
        shell.translation_shown.connect(self._content_changed)
        shell.closing.connect(self._window_closing)
        shell.each_view(self._watch)

    def _watch(self, view: ReadingView) -> None:
        view.installEventFilter(self)
        view.relaid_out.connect(self._repaint)

    @property
    def active(self) -> bool:
        """Return whether the bar is open with something to find."""
        return self.bar.isVisible() and bool(self.bar.query.strip())

    @property
    def view(self) -> ReadingView:
        """Return the view searched: the one read last, if still on show."""
        view = self._view
        if view is not None and shiboken6.isValid(view) and view.isVisible():
            return view
        views = [v for v in self.shell.views if v.isVisible()]
        reading = self.shell.reading_view
        return reading if reading in views or not views else views[0]

    def open(self) -> None:
        """Show the bar with its text selected, ready to type over."""
        self.toolbar.show()
        self.bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.field.selectAll()
        if self.bar.query:
            self.search(self.bar.query)

    def close(self) -> None:
        """Hide the bar and the highlights; the reading view gets the keys back."""
        self.toolbar.hide()
        self._clear()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def search(self, query: str, from_top: bool = True) -> int:
        """Highlight every match of a query and go to the first one in view; return the count."""
        view = self.view
        self._clear()
        self._view = view
        article = view.article
        if article is None or not query.strip():
            self.bar.show_count(None, 0)
            return 0
        self.matches = find_all(self._folded_text(article), query)
        if self.matches:
            first = self._first_visible(view) if from_top else 0
            index = bisect_left([start for start, _ in self.matches], first)
            self.current = index % len(self.matches)
        self._repaint()
        self._go_to_current()
        self.searched.emit(-1 if self.current is None else self.current, len(self.matches))
        return len(self.matches)

    def find_next(self) -> None:
        """Go to the next match (after the last, the first); else what F3 also does."""
        self.shell.press("F3")

    def find_previous(self) -> None:
        """Go to the previous match (before the first, the last); else what Shift+F3 does."""
        self.shell.press("Shift+F3")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Search the view the reader went to last; Esc in the text closes the bar."""
        # While the window is torn down, Qt may still filter its events after
        # this object's Python side is gone.
        if getattr(self, "shell", None) is None:
            return False
        if self._escape_in_text(event):
            return True
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, ReadingView):
            if watched is not self._view and self.active:
                self._view = watched
                self.search(self.bar.query)
            else:
                self._view = watched
        return False

    def _escape_in_text(self, event: QEvent) -> bool:
        # Esc in the text closes the bar too, unless a translation is under way:
        # then Esc is Cancel Translation's, the longer task to stop.
        if not isinstance(event, QKeyEvent) or event.key() != Qt.Key.Key_Escape:
            return False
        if not self.toolbar.isVisible() or self.shell.cancel_pending():
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            self.close()
            return True
        return False

    def _step(self, direction: int) -> bool:
        """Go `direction` matches on; False, doing nothing, while there is no query."""
        if not self.active:
            return False
        if not self.matches or self.current is None:
            self.shell.status(
                translate("Find", "“{query}” is not in the text.").format(query=self.bar.query),
                3000,
            )
            return True
        self.current = (self.current + direction) % len(self.matches)
        self._repaint()
        self._go_to_current()
        self.searched.emit(self.current, len(self.matches))
        return True

    def _query_changed(self, query: str) -> None:
        self.search(query)

    def _content_changed(self, *_args: object) -> None:
        # A new article, or its translation came in: the matches are elsewhere now.
        self._folded = None
        if self.active:
            self.search(self.bar.query)
        else:
            self._clear()

    def _folded_text(self, article: Article) -> FoldedText:
        if self._folded is None or self._folded[0] is not article:
            self._folded = (article, fold(article.text))
        return self._folded[1]

    def _first_visible(self, view: ReadingView) -> int:
        position = view.cursorForPosition(QPoint(view.viewport().width() // 2, 0)).position()
        return view.offset_at(position) or 0

    def _repaint(self) -> None:
        view = self._view
        if view is None or not shiboken6.isValid(view) or view.article is None:
            return
        if not self.matches:
            view.set_highlights(LAYER, [])
            self.bar.show_count(None, 0)
            return
        every, current = self._formats(view)
        selections = []
        for index, (start, end) in enumerate(self.matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = view.text_cursor(start, end)
            selection.format = current if index == self.current else every
            selections.append(selection)
        view.set_highlights(LAYER, selections)
        self.bar.show_count(self.current, len(self.matches))

    def _go_to_current(self) -> None:
        view = self._view
        if view is None or self.current is None or not self.matches:
            return
        start, end = self.matches[self.current]
        view.document().documentLayout().documentSize()
        rect = view.cursorRect(view.text_cursor(start, end))
        height = view.viewport().height()
        if rect.top() < 0 or rect.bottom() > height:
            # A third of the way down, where the eye looks first.
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 3)

    def _clear(self) -> None:
        self.matches = []
        self.current = None
        view = self._view
        if view is not None and shiboken6.isValid(view):
            view.set_highlights(LAYER, [])
        for other in self.shell.views:
            if other.highlights(LAYER):
                other.set_highlights(LAYER, [])
        self.bar.show_count(None, 0)

    def _formats(self, view: ReadingView) -> tuple[QTextCharFormat, QTextCharFormat]:
        page = view.palette().color(QPalette.ColorRole.Base)
        colours = _DARK_MATCH if page.lightnessF() < 0.5 else _LIGHT_MATCH
        every, current = QTextCharFormat(), QTextCharFormat()
        every.setBackground(QColor(colours[0]))
        current.setBackground(QColor(colours[1]))
        return every, current

    def _put_bar_below_the_text(self) -> QToolBar:
        shell = self.shell
        # A toolbar of its own, fixed at the bottom of the window, between the
        # text and the status bar; not one the reader can move or hide from
        # the toolbars' menu, and never restored open with the window's state.
        toolbar = QToolBar(translate("Find", "Find"), shell.widget)
        toolbar.setObjectName("find-bar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.toggleViewAction().setVisible(False)
        toolbar.addWidget(self.bar)
        shell.add_toolbar(toolbar, Qt.ToolBarArea.BottomToolBarArea)
        toolbar.hide()
        return toolbar

    def _window_closing(self) -> None:
        # Closed before the window saves its state, so it never opens with it.
        self.toolbar.hide()
