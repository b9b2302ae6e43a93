"""The calm reading view: an article laid out block by block in a centred column.

The document is built with cursors and formats from the article's blocks, never
from HTML, so nothing in an article can run code or fetch anything. Every body
block becomes exactly one document block, and the view remembers where each
starts, so an offset into `Article.text` maps to a document position by
arithmetic (for highlights, find, entity mentions).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from reader.article import Article, Block, BlockKind
from reader.language import language_name
from ui.settings import FONT_SIZE

#: Tried in order; DejaVu Serif and Liberation Serif are on nearly every Linux.
SERIF_FAMILIES = (
    "Charter",
    "Source Serif 4",
    "Source Serif Pro",
    "Literata",
    "Georgia",
    "Noto Serif",
    "DejaVu Serif",
    "Liberation Serif",
)

#: Typographers' comfortable measure for prose is 45 to 75 characters a line,
#: 66 the classic ideal (Bringhurst). Wrapping leaves lines about half a word
#: short of the column, so a column of 70 gives lines of 62 to 70.
COLUMN_CHARACTERS = 70
#: Ordinary prose, to measure the width of an average character of the body
#: font: a run of one letter ("x" or "n") would misjudge proportional fonts.
MEASURE_SAMPLE = (
    "Reading is easier when lines are neither too long nor too short; "
    "l'œil retrouve alors sans effort le début de la ligne suivante."
)
#: Keeps text off the window's edges when the window is narrower than the column.
MIN_SIDE_MARGIN = 24
TOP_MARGIN = 40
BOTTOM_MARGIN = 80

#: Line height in percent of the font's: body text breathes at about 1.5.
BODY_LINE_HEIGHT = 150
TIGHT_LINE_HEIGHT = 120
TITLE_SCALE = 2.0
#: Size of headings relative to the body by level; levels 5 and 6 are bold body size.
HEADING_SCALE = {1: 1.6, 2: 1.35, 3: 1.2, 4: 1.1}
SMALL_SCALE = 0.9
#: Table cells are separated by tabs; a stop every 10 lines' height (about 12
#: ems) fits the usual short cells of an article's table: names, figures, dates.
TABLE_CELL_WIDTH = 10

_ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)

_LIST_STYLES = {
    False: (
        QTextListFormat.Style.ListDisc,
        QTextListFormat.Style.ListCircle,
        QTextListFormat.Style.ListSquare,
    ),
    True: (
        QTextListFormat.Style.ListDecimal,
        QTextListFormat.Style.ListLowerAlpha,
        QTextListFormat.Style.ListLowerRoman,
    ),
}

# Characters `QTextCursor.insertText` turns into a new document block; a line
# separator (same length) keeps a block of the article in one document block.
_ONE_BLOCK = str.maketrans({"\n": "\u2028", "\r": "\u2028", "\u2029": "\u2028"})


def reading_font(point_size: float) -> QFont:
    """Return the serif font of body text, falling back to the default font."""
    font = QFont()
    font.setFamilies(list(SERIF_FAMILIES))
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(point_size)
    return font


def reading_summary(article: Article) -> str:
    """Return e.g. "French · 912 words · 4 min read" (no language when unknown)."""
    words = article.word_count
    parts = [
        f"{words:,} {'word' if words == 1 else 'words'}",
        f"{article.reading_minutes} min read",
    ]
    if article.language:
        parts.insert(0, display_language(article.language))
    return " · ".join(parts)


def display_language(code: str) -> str:
    """Return the English name of a language code, e.g. "French" for "fr"."""
    name = language_name(code)
    if name == code:
        # The core names the languages it translates; Qt knows all the others.
        language = QLocale(code).language()
        if language not in {QLocale.Language.C, QLocale.Language.AnyLanguage}:
            return QLocale.languageToString(language)
    return name


def display_date(value: str) -> str:
    """Return an ISO date or timestamp as e.g. "14 April 2025"; other text as it is."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    # English like the rest of the UI; strftime's %B would follow the user's
    # locale, which Qt applies to the C library.
    return _ENGLISH.toString(QDate(moment.year, moment.month, moment.day), "d MMMM yyyy")


class _InertDocument(QTextDocument):
    """A document that loads no resource at all.

    `QTextDocument.loadResource` itself reads local files when its parent view
    returns nothing, so overriding the view's method would not be enough.
    """

    def loadResource(self, kind: int, name: QUrl | str) -> None:  # noqa: N802 - Qt's name
        """Load nothing, local or remote."""
        return None


class ReadingView(QTextEdit):
    """Show one article, read-only and selectable, in a readable centred column."""

    def __init__(
        self, parent: QWidget | None = None, point_size: float = FONT_SIZE.default
    ) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        # No keyboard caret: arrow keys and Page Up/Down scroll, as in a book reader.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # A file dropped on the text goes to the window, which opens it.
        self.viewport().setAcceptDrops(False)
        self._font = reading_font(point_size)
        metrics = QFontMetricsF(self._font)
        # Spacing is measured in lines of body text, so it follows the font size.
        self._line = metrics.height()
        self._column_width = math.ceil(
            metrics.horizontalAdvance(MEASURE_SAMPLE) / len(MEASURE_SAMPLE) * COLUMN_CHARACTERS
        )
        self._article: Article | None = None
        self._block_starts: list[int] = []
        self._positions: list[tuple[int, int]] = []
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._replace_document()

    @property
    def article(self) -> Article | None:
        """Return the article on show, if any."""
        return self._article

    @property
    def block_positions(self) -> tuple[tuple[int, int], ...]:
        """Return (index in `article.blocks`, document position) for every block."""
        return tuple(self._positions)

    def show_article(self, article: Article) -> None:
        """Lay out an article: its header, then every block."""
        document = self._replace_document()
        writer = _Writer(document)
        self._write_header(writer, article)
        positions: list[tuple[int, int]] = []
        lists: dict[int, tuple[QTextList, bool]] = {}
        for index, block in enumerate(article.blocks):
            text = article.block_text(block)
            start = writer.block(text, self._block_format(block), self._char_format(block))
            positions.append((index, start))
            if block.kind is BlockKind.LIST_ITEM:
                self._add_list_item(writer.cursor, block, lists)
            else:
                lists.clear()
        self._article = article
        self._block_starts = [block.start for block in article.blocks]
        self._positions = positions
        self.verticalScrollBar().setValue(0)

    def show_message(self, text: str) -> None:
        """Show a short centred message instead of an article."""
        writer = _Writer(self._replace_document())
        block_format = QTextBlockFormat()
        block_format.setAlignment(Qt.AlignmentFlag.AlignCenter)
        block_format.setTopMargin(4 * self._line)
        writer.block(text, block_format, self._muted())
        self._article = None
        self._block_starts = []
        self._positions = []

    def doc_position(self, offset: int) -> int:
        """Return the document position of a character offset into `article.text`.

        An offset between two blocks maps to the end of the block before it.
        """
        article = self._article
        if article is None or not article.blocks:
            raise ValueError("no article is shown")
        if not 0 <= offset <= len(article.text):
            raise ValueError(f"offset {offset} is outside the article's text")
        index = max(0, bisect_right(self._block_starts, offset) - 1)
        block = article.blocks[index]
        inside = article.text[block.start : min(max(offset, block.start), block.end)]
        return self._positions[index][1] + _utf16_length(inside)

    def text_cursor(self, start: int, end: int) -> QTextCursor:
        """Return a cursor selecting the span [start, end) of `article.text`."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.doc_position(start))
        cursor.setPosition(self.doc_position(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def set_highlights(self, layer: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Paint one layer of highlights (find matches, entity mentions…) over the text.

        Layers are independent: setting one keeps the others; later layers paint on top.
        An empty list removes the layer.
        """
        if selections:
            self._layers[layer] = list(selections)
        else:
            self._layers.pop(layer, None)
        self.setExtraSelections([s for layer in self._layers.values() for s in layer])

    def highlights(self, layer: str) -> list[QTextEdit.ExtraSelection]:
        """Return the highlights of one layer."""
        return list(self._layers.get(layer, ()))

    def plain_text(self) -> str:
        """Return the body's text as shown, one line per block, without the header."""
        if not self._positions:
            return ""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._positions[0][1])
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selection().toPlainText()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Keep the column centred at its width."""
        # Also called when the viewport alone resizes (a scroll bar appears).
        self._fit_column()
        super().resizeEvent(event)

    def _replace_document(self) -> QTextDocument:
        old = self.document()
        # Qt deletes the document a QTextEdit makes itself; those made here are ours to delete.
        stale = old if old.parent() is self else None
        document = _InertDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDefaultFont(self._font)
        document.setDocumentMargin(0)
        frame = document.rootFrame().frameFormat()
        frame.setTopMargin(TOP_MARGIN)
        frame.setBottomMargin(BOTTOM_MARGIN)
        document.rootFrame().setFrameFormat(frame)
        self.setDocument(document)
        if stale:
            stale.deleteLater()
        # Highlights point into the old document.
        self._layers.clear()
        self.setExtraSelections([])
        self._fit_column()
        return document

    def _fit_column(self) -> None:
        side = max(MIN_SIDE_MARGIN, (self.viewport().width() - self._column_width) / 2)
        root = self.document().rootFrame()
        frame = root.frameFormat()
        if frame.leftMargin() != side or frame.rightMargin() != side:
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            root.setFrameFormat(frame)

    def _write_header(self, writer: _Writer, article: Article) -> None:
        title_block = self._spaced(0, 0.3, TIGHT_LINE_HEIGHT)
        title = QTextCharFormat()
        title.setFontPointSize(self._font.pointSizeF() * TITLE_SCALE)
        title.setFontWeight(QFont.Weight.Bold)
        writer.block(article.title, title_block, title)
        date = display_date(article.date) if article.date else None
        credits = " · ".join(p for p in (article.byline, article.site, date) if p)
        if credits:
            writer.block(credits, self._spaced(0, 0, BODY_LINE_HEIGHT), self._muted())
        writer.block(
            reading_summary(article), self._spaced(0, 1.6, BODY_LINE_HEIGHT), self._muted()
        )

    def _block_format(self, block: Block) -> QTextBlockFormat:
        kind = block.kind
        if kind is BlockKind.HEADING:
            block_format = self._spaced(1.2, 0.4, TIGHT_LINE_HEIGHT)
            block_format.setHeadingLevel(block.level)
        elif kind is BlockKind.LIST_ITEM:
            block_format = self._spaced(0, 0.3, BODY_LINE_HEIGHT)
        elif kind is BlockKind.QUOTE:
            block_format = self._spaced(0, 0.8, BODY_LINE_HEIGHT)
            block_format.setLeftMargin(2 * self._line)
            block_format.setRightMargin(self._line)
        elif kind is BlockKind.CODE:
            block_format = self._spaced(0, 0.8, TIGHT_LINE_HEIGHT)
            block_format.setBackground(self.palette().color(QPalette.ColorRole.AlternateBase))
        elif kind is BlockKind.FIGURE:
            block_format = self._spaced(0, 0.8, TIGHT_LINE_HEIGHT)
            block_format.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        elif kind is BlockKind.TABLE_ROW:
            block_format = self._spaced(0, 0.2, TIGHT_LINE_HEIGHT)
            cell = TABLE_CELL_WIDTH * self._line
            stops = range(1, int(self._column_width // cell) + 1)
            block_format.setTabPositions(
                [QTextOption.Tab(n * cell, QTextOption.TabType.LeftTab) for n in stops]
            )
        else:
            block_format = self._spaced(0, 0.8, BODY_LINE_HEIGHT)
        return block_format

    def _char_format(self, block: Block) -> QTextCharFormat:
        kind = block.kind
        char_format = QTextCharFormat()
        if kind is BlockKind.HEADING:
            scale = HEADING_SCALE.get(block.level, 1.0)
            char_format.setFontPointSize(self._font.pointSizeF() * scale)
            char_format.setFontWeight(QFont.Weight.Bold)
        elif kind is BlockKind.QUOTE:
            char_format.setFontItalic(True)
        elif kind is BlockKind.CODE:
            mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            char_format.setFontFamilies([mono.family()])
            char_format.setFontFixedPitch(True)
            char_format.setFontPointSize(self._font.pointSizeF() * SMALL_SCALE)
        elif kind is BlockKind.FIGURE:
            char_format = self._muted()
            char_format.setFontItalic(True)
        return char_format

    def _add_list_item(
        self, cursor: QTextCursor, block: Block, lists: dict[int, tuple[QTextList, bool]]
    ) -> None:
        depth = max(1, block.level)
        for deeper in [d for d in lists if d > depth]:
            del lists[deeper]
        current = lists.get(depth)
        if current and current[1] == block.ordered:
            current[0].add(cursor.block())
            return
        list_format = QTextListFormat()
        styles = _LIST_STYLES[block.ordered]
        list_format.setStyle(styles[(depth - 1) % len(styles)])
        list_format.setIndent(depth)
        lists[depth] = (cursor.createList(list_format), block.ordered)

    def _spaced(self, above: float, below: float, line_height: int) -> QTextBlockFormat:
        block_format = QTextBlockFormat()
        block_format.setTopMargin(above * self._line)
        block_format.setBottomMargin(below * self._line)
        block_format.setLineHeight(
            line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        return block_format

    def _muted(self) -> QTextCharFormat:
        char_format = QTextCharFormat()
        char_format.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        return char_format


class _Writer:
    """Append blocks to a document, the first one in its initial empty block."""

    def __init__(self, document: QTextDocument) -> None:
        self.cursor = QTextCursor(document)
        self._at_start = True

    def block(self, text: str, block_format: QTextBlockFormat, char_format: QTextCharFormat) -> int:
        """Append a block of text and return the document position where it starts."""
        if self._at_start:
            self.cursor.setBlockFormat(block_format)
            self.cursor.setBlockCharFormat(char_format)
            self._at_start = False
        else:
            self.cursor.insertBlock(block_format, char_format)
        start = self.cursor.position()
        self.cursor.insertText(text.translate(_ONE_BLOCK), char_format)
        return start


def _utf16_length(text: str) -> int:
    # Qt counts positions in UTF-16 units: a character outside the BMP (an
    # emoji, a rare CJK ideograph) takes two.
    return len(text.encode("utf-16-le")) // 2
