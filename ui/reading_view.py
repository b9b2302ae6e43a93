"""The calm reading view: an article laid out block by block in a centred column.

The document is built with cursors and formats from the article's blocks, never
from HTML, so nothing in an article can run code or fetch anything. Every body
block becomes exactly one document block, and the view remembers where each
starts, so an offset into `Article.text` maps to a document position by
arithmetic (for highlights, find, entity mentions).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QDate, QElapsedTimer, QLocale, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QKeySequence,
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
from PySide6.QtWidgets import QAbstractSlider, QFrame, QMenu, QTextEdit, QWidget

from reader.article import Article, Block, BlockKind
from reader.language import language_name
from ui import pictures
from ui.display import Prepared
from ui.pictures import Pictures
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
#: The sans-serif choice of the Preferences, tried in order likewise.
SANS_FAMILIES = (
    "Source Sans 3",
    "Inter",
    "Noto Sans",
    "Open Sans",
    "DejaVu Sans",
    "Liberation Sans",
)
#: `set_typography` families standing for the lists above rather than one font.
SERIF, SANS = "serif", "sans"

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
#: Articles up to this many blocks are built at once (a few tens of
#: milliseconds); longer ones a slice at a time, the window answering between.
SYNC_LAYOUT_BLOCKS = 600
#: One slice of building: well under the 100 ms at which a pause shows.
LAYOUT_SLICE_MS = 30
#: Qt lays a paragraph out whole: a 10 MB line of text (a hostile input, a
#: broken export) would freeze the window for seconds. Blocks longer than this
#: are shown as several paragraphs; an ordinary paragraph is under 2,000.
PIECE_CHARACTERS = 5_000
#: Span highlights reach Qt for the text on show and this much on either side
#: at least (a screenful when the screen holds more).
_MIN_SPAN_MARGIN = 5_000
#: A span starting this far before the part handed to Qt may still reach into it.
_LONGEST_SPAN = 1_000

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
#: Most blocks have none of them, and looking is far cheaper than translating.
_BREAKS = re.compile("[\n\r\u2029]")


def reading_font(point_size: float, family: str = SERIF) -> QFont:
    """Return the font of body text: serif, sans or a named family, then the default font."""
    font = QFont()
    if family == SANS:
        font.setFamilies(list(SANS_FAMILIES))
        font.setStyleHint(QFont.StyleHint.SansSerif)
    else:
        named = [] if family == SERIF else [family]
        font.setFamilies([*named, *SERIF_FAMILIES])
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

    #: The context menu is about to show: features add their entries to it.
    context_menu_requested = Signal(QMenu)
    #: The article given to `show_article` is laid out and on show.
    article_laid_out = Signal(Article)
    #: The article on show was laid out again (new typography or theme), in a
    #: new document at the same positions, scrolled to the same place.
    relaid_out = Signal()

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
        self._family = SERIF
        self._column_characters = COLUMN_CHARACTERS
        self._body_line_height = BODY_LINE_HEIGHT
        self._message = ""
        self._measure(point_size)
        self._article: Article | None = None
        #: The pictures decoded for the article on show (or being built).
        self._pictures: Pictures = {}
        self._block_starts: list[int] = []
        self._positions: list[tuple[int, int]] = []
        self._set_anchors([])
        self._layers: dict[str, list[QTextEdit.ExtraSelection] | _Spans] = {}
        #: The part of the text whose spans are handed to Qt: (first, last) offsets.
        self._span_window: tuple[int, int] | None = None
        self.verticalScrollBar().valueChanged.connect(self._follow_with_spans)
        self._build: _Build | None = None
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._continue_build)
        self._replace_document()

    @property
    def article(self) -> Article | None:
        """Return the article on show, if any."""
        return self._article

    @property
    def building(self) -> bool:
        """Return whether a long article is being built, to replace the one on show."""
        return self._build is not None

    @property
    def block_positions(self) -> tuple[tuple[int, int], ...]:
        """Return (index in `article.blocks`, document position) for every block."""
        return tuple(self._positions)

    def show_article(self, article: Article | Prepared) -> None:
        """Lay out an article: its header, then every block; `article_laid_out` follows.

        An article comes `Prepared` (`ui.display.prepare`, on a worker) from
        every source; a bare one has its pictures decoded here.

        A short article is on show when this returns. A long one is built a
        slice of time at a time between events, so that the window stays
        responsive, and replaces the article on show once complete; showing
        anything else meanwhile abandons it.
        """
        if isinstance(article, Prepared):
            self._pictures = article.pictures
            article = article.article
        else:
            self._pictures = {}
        # Built detached: a document on show is laid out again as every block
        # joins it, ten times slower than building it apart and showing it whole.
        document = self._new_document()
        writer = _Writer(document)
        self._write_header(writer, article)
        anchors: list[tuple[int, int]] = []
        build = _Build(article, document, self._write_blocks(writer, article, anchors), anchors)
        self._cancel_build()
        if (
            len(article.blocks) <= SYNC_LAYOUT_BLOCKS
            and len(article.text) <= SYNC_LAYOUT_BLOCKS * PIECE_CHARACTERS // 10
        ):
            build.positions.extend(p for p in build.steps if p is not None)
            self._finish_build(build)
        else:
            self._build = build
            self._build_timer.start()

    def _write_blocks(
        self, writer: _Writer, article: Article, anchors: list[tuple[int, int]]
    ) -> Iterator[tuple[int, int] | None]:
        """Write the article's blocks, yielding (block index, document position) for each.

        `anchors` gets (offset in the text, document position) of every
        document block written: one per article block, or several for a block
        too long for Qt to lay out at once, cut into pieces between words.
        """
        lists: dict[int, tuple[QTextList, bool]] = {}
        for index, block in enumerate(article.blocks):
            text = article.block_text(block)
            if block.kind is BlockKind.FIGURE:
                start = self._write_figure(writer, article, index, block)
                anchors.append((block.start, start))
            else:
                block_format = self._block_format(block)
                char_format = self._char_format(block)
                pieces = _pieces(text)
                start = writer.block(pieces[0][1], block_format, char_format)
                anchors.append((block.start, start))
                if len(pieces) > 1:
                    # The rest of one long block follows without a gap above.
                    following = QTextBlockFormat(block_format)
                    following.setTopMargin(0)
                    for relative, piece in pieces[1:]:
                        position = writer.block(piece, following, char_format)
                        anchors.append((block.start + relative, position))
                        # A chance for a slice of building to end, mid-block.
                        yield None
            if block.kind is BlockKind.LIST_ITEM:
                self._add_list_item(writer.cursor, block, lists)
            else:
                lists.clear()
            yield index, start

    def _continue_build(self) -> None:
        build = self._build
        if build is None:
            return
        clock = QElapsedTimer()
        clock.start()
        for position in build.steps:
            if position is not None:
                build.positions.append(position)
            if clock.elapsed() >= LAYOUT_SLICE_MS:
                self._build_timer.start()
                return
        self._build = None
        self._finish_build(build)

    def _cancel_build(self) -> None:
        self._build_timer.stop()
        if self._build is not None:
            self._build.document.deleteLater()
            self._build = None

    def _finish_build(self, build: _Build) -> None:
        self._set_document(build.document)
        article = build.article
        self._article = article
        self._block_starts = [block.start for block in article.blocks]
        self._positions = build.positions
        self._set_anchors(build.anchors)
        self.verticalScrollBar().setValue(0)
        self.article_laid_out.emit(article)

    def show_message(self, text: str) -> None:
        """Show a short centred message instead of an article."""
        self._message = text
        writer = _Writer(self._replace_document())
        block_format = QTextBlockFormat()
        block_format.setAlignment(Qt.AlignmentFlag.AlignCenter)
        block_format.setTopMargin(4 * self._line)
        writer.block(text, block_format, self._muted())
        self._article = None
        self._block_starts = []
        self._positions = []
        self._set_anchors([])

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
        clamped = min(max(offset, block.start), block.end)
        # Every block has an anchor at its start, so this one lies in the block.
        anchor_offset, anchor_position = self._anchors[
            bisect_right(self._anchor_offsets, clamped) - 1
        ]
        return anchor_position + _utf16_length(article.text[anchor_offset:clamped])

    def offset_at(self, position: int) -> int | None:
        """Return the offset into `article.text` of a document position; None outside the body."""
        article = self._article
        number = bisect_right(self._anchor_positions, position) - 1
        if article is None or number < 0:
            return None
        anchor_offset, anchor_position = self._anchors[number]
        block = article.blocks[max(0, bisect_right(self._block_starts, anchor_offset) - 1)]
        end = block.end
        if number + 1 < len(self._anchors) and self._anchor_offsets[number + 1] <= block.end:
            end = self._anchor_offsets[number + 1]
        text = article.text[anchor_offset:end]
        return anchor_offset + _characters(text, position - anchor_position)

    def _set_anchors(self, anchors: list[tuple[int, int]]) -> None:
        self._anchors = anchors
        self._anchor_offsets = [offset for offset, _ in anchors]
        self._anchor_positions = [position for _, position in anchors]

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
        self._apply_highlights()

    def set_span_highlights(
        self, layer: str, spans: Sequence[tuple[int, int, QTextCharFormat]]
    ) -> None:
        """Paint one layer of highlights given as (start, end, format) spans of `article.text`.

        For layers of thousands (every mention of every entity in a book-length
        text): only the spans near the part on show become Qt selections, and
        the others as the reader scrolls. Building them all at once took a
        third of a second for 9,000 mentions.
        """
        if spans:
            ordered = sorted(spans, key=lambda span: span[0])
            self._layers[layer] = _Spans(ordered, [start for start, _, _ in ordered])
        else:
            self._layers.pop(layer, None)
        self._apply_highlights()

    def highlights(self, layer: str) -> list[QTextEdit.ExtraSelection]:
        """Return the highlights of one layer, all of them."""
        painted = self._layers.get(layer)
        if isinstance(painted, _Spans):
            return [self.selection(start, end, fmt) for start, end, fmt in painted.spans]
        return list(painted or ())

    def _apply_highlights(self) -> None:
        spans = any(isinstance(painted, _Spans) for painted in self._layers.values())
        # Finding the part on show lays the document out down to it: only when needed.
        window = self._span_window = self._visible_offsets() if spans else None
        selections = []
        for painted in self._layers.values():
            if not isinstance(painted, _Spans):
                selections.extend(painted)
                continue
            assert window is not None
            first = bisect_left(painted.starts, window[0] - _LONGEST_SPAN)
            last = bisect_right(painted.starts, window[1])
            selections.extend(
                self.selection(start, end, fmt)
                for start, end, fmt in painted.spans[first:last]
                if end > window[0]
            )
        self.setExtraSelections(selections)

    def _follow_with_spans(self) -> None:
        """Hand Qt the spans near the part on show once the reader scrolled away from them."""
        window = self._span_window
        if window is None:
            return
        first, last = self._visible_offsets(margin=False)
        if first < window[0] or last > window[1]:
            self._apply_highlights()

    def _visible_offsets(self, margin: bool = True) -> tuple[int, int]:
        """Return about the offsets of `article.text` on show, with a screenful above and below.

        Found from the text at the middle of the view and how much text a
        screen holds: Qt finds no text in the page's margins, and a point there
        gives nonsense while the document is still being laid out.
        """
        article = self._article
        if article is None:
            return 0, 0
        viewport = self.viewport()
        middle = QPoint(viewport.width() // 2, viewport.height() // 2)
        centre = self.offset_at(self.cursorForPosition(middle).position()) or 0
        lines = viewport.height() / QFontMetricsF(self._font).lineSpacing() + 1
        reach = int(lines * self._column_characters) // 2
        if margin:
            reach = max(3 * reach, _MIN_SPAN_MARGIN)
        return max(0, centre - reach), min(len(article.text), centre + reach)

    def selection(
        self, start: int, end: int, char_format: QTextCharFormat
    ) -> QTextEdit.ExtraSelection:
        """Return a highlight of the span [start, end) of `article.text` in `char_format`."""
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self.text_cursor(start, end)
        selection.format = char_format
        return selection

    @property
    def typography(self) -> tuple[str, float, int, int]:
        """Return (family, point size, column characters, line height in percent)."""
        return (
            self._family,
            self._font.pointSizeF(),
            self._column_characters,
            self._body_line_height,
        )

    @property
    def column_width(self) -> int:
        """Return the width of the text column, in pixels."""
        return self._column_width

    def set_typography(
        self, family: str, point_size: float, column_characters: int, line_height: int
    ) -> None:
        """Set the body font (`SERIF`, `SANS` or a family), its size, the measure and spacing.

        `line_height` is in percent of the font's. The article on show is laid
        out again, at the same place, with its highlights.
        """
        wanted = (family, float(point_size), column_characters, line_height)
        if wanted == self.typography:
            return
        self._family = family
        self._column_characters = column_characters
        self._body_line_height = line_height
        self._measure(point_size)
        self._relayout()

    def set_theme(self, palette: QPalette) -> None:
        """Show the text in a palette's colours (Base, Text, PlaceholderText…), laid out again."""
        self.setPalette(palette)
        self._relayout()

    def _measure(self, point_size: float) -> None:
        self._font = reading_font(point_size, self._family)
        metrics = QFontMetricsF(self._font)
        # Spacing is measured in lines of body text, so it follows the font size.
        self._line = metrics.height()
        self._column_width = math.ceil(
            metrics.horizontalAdvance(MEASURE_SAMPLE)
            / len(MEASURE_SAMPLE)
            * self._column_characters
        )

    def _relayout(self) -> None:
        pending = self._build
        if pending is not None:
            # A long article still being built: build it again, with the new look.
            self.show_article(Prepared(pending.article, self._pictures))
            return
        article = self._article
        if article is None:
            self.show_message(self._message)
            return
        # The same article makes the same characters at the same positions: the
        # place read and the highlights carry over to the new document by position.
        bar = self.verticalScrollBar()
        top = self.cursorForPosition(QPoint(self.viewport().width() // 2, 0)).position()
        at_top = bar.value() == 0
        # Copies: the selections go with the old document; spans are offsets
        # into the text, which stays the same.
        layers = {
            name: painted
            if isinstance(painted, _Spans)
            else [
                (s.cursor.anchor(), s.cursor.position(), QTextCharFormat(s.format)) for s in painted
            ]
            for name, painted in self._layers.items()
        }
        # Built here, at once and without `article_laid_out`: this is no new
        # article for the features listening, only a new look.
        document = self._new_document()
        writer = _Writer(document)
        self._write_header(writer, article)
        anchors: list[tuple[int, int]] = []
        positions = [p for p in self._write_blocks(writer, article, anchors) if p is not None]
        self._set_document(document)
        self._positions = positions
        self._set_anchors(anchors)
        for name, kept in layers.items():
            if isinstance(kept, _Spans):
                self._layers[name] = kept
                continue
            selections = []
            for anchor, position, char_format in kept:
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.document())
                cursor.setPosition(anchor)
                cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = char_format
                selections.append(selection)
            self._layers[name] = selections
        if not at_top:
            # Lay the whole document out first, so the scroll range reaches the place.
            self.document().documentLayout().documentSize()
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(top, self.document().characterCount() - 1))
            bar.setValue(bar.value() + self.cursorRect(cursor).top())
        self._apply_highlights()
        self.relaid_out.emit()

    def plain_text(self) -> str:
        """Return the body's text as shown, one line per block, without the header."""
        if not self._positions:
            return ""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._positions[0][1])
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selection().toPlainText()

    def context_menu(self, position: QPoint) -> QMenu:
        """Return the context menu for a point of the viewport, with the features' entries."""
        scrolled = QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        # Qt's standard menu wants document coordinates (to find a link under the point).
        menu = self.createStandardContextMenu(position + scrolled)
        self.context_menu_requested.emit(menu)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        """Show the context menu with the features' entries."""
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Go to the top or the end on Ctrl+Home and Ctrl+End, as Home and End do."""
        # Qt scrolls a read-only text on Home and End only when no modifier is held.
        to_start = event.matches(QKeySequence.StandardKey.MoveToStartOfDocument)
        if to_start or event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            self.verticalScrollBar().triggerAction(
                QAbstractSlider.SliderAction.SliderToMinimum
                if to_start
                else QAbstractSlider.SliderAction.SliderToMaximum
            )
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Keep the column centred at its width."""
        # Also called when the viewport alone resizes (a scroll bar appears).
        self._fit_column()
        super().resizeEvent(event)
        self._follow_with_spans()

    def _replace_document(self) -> QTextDocument:
        self._cancel_build()
        document = self._new_document()
        self._set_document(document)
        return document

    def _new_document(self) -> QTextDocument:
        document = _InertDocument(self)
        document.setUndoRedoEnabled(False)
        document.setDefaultFont(self._font)
        document.setDocumentMargin(0)
        frame = document.rootFrame().frameFormat()
        frame.setTopMargin(TOP_MARGIN)
        frame.setBottomMargin(BOTTOM_MARGIN)
        document.rootFrame().setFrameFormat(frame)
        return document

    def _set_document(self, document: QTextDocument) -> None:
        old = self.document()
        # Qt deletes the document a QTextEdit makes itself; those made here are ours to delete.
        stale = old if old.parent() is self and old is not document else None
        self.setDocument(document)
        if stale:
            stale.deleteLater()
        # Highlights point into the old document.
        self._layers.clear()
        self._span_window = None
        self.setExtraSelections([])
        self._fit_column()

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
            writer.block(credits, self._spaced(0, 0, self._body_line_height), self._muted())
        if article.canonical_url:
            # Plain text: the address is shown for the reader to copy, never opened from here.
            writer.block(
                article.canonical_url, self._spaced(0, 0, self._body_line_height), self._muted()
            )
        writer.block(
            reading_summary(article), self._spaced(0, 1.6, self._body_line_height), self._muted()
        )

    def _write_figure(self, writer: _Writer, article: Article, index: int, block: Block) -> int:
        """Write a figure: its saved picture, if the page has one beside it, above the caption.

        Only local files are read (see `reader.extraction_images`); a remote
        image is never fetched, its caption or alt text stands in for it.
        """
        text = article.block_text(block)
        picture = self._local_picture(article, index)
        if picture is None:
            return writer.block(text, self._block_format(block), self._char_format(block))
        writer.block("", self._block_format(block), self._char_format(block))
        writer.cursor.insertImage(picture)
        writer.cursor.insertText("\u2028", self._char_format(block))
        start = writer.cursor.position()
        writer.cursor.insertText(text.translate(_ONE_BLOCK), self._char_format(block))
        return start

    def _local_picture(self, article: Article, index: int) -> QImage | None:
        from reader.extraction_images import local_image_path

        for image in article.images:
            if image.block_index != index:
                continue
            path = local_image_path(article, image)
            picture = QImage()
            if path is not None:
                known = self._pictures.get((str(path), self._column_width))
                picture = known if known is not None else pictures.read(path, self._column_width)
            return None if picture.isNull() else picture
        return None

    def _block_format(self, block: Block) -> QTextBlockFormat:
        kind = block.kind
        if kind is BlockKind.HEADING:
            block_format = self._spaced(1.2, 0.4, TIGHT_LINE_HEIGHT)
            block_format.setHeadingLevel(block.level)
        elif kind is BlockKind.LIST_ITEM:
            block_format = self._spaced(0, 0.3, self._body_line_height)
        elif kind is BlockKind.QUOTE:
            block_format = self._spaced(0, 0.8, self._body_line_height)
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
            block_format = self._spaced(0, 0.8, self._body_line_height)
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


@dataclass
class _Spans:
    """A layer of highlights kept as text spans, sorted by start."""

    spans: list[tuple[int, int, QTextCharFormat]]
    starts: list[int]


@dataclass
class _Build:
    """An article's document being built, a slice at a time."""

    article: Article
    document: QTextDocument
    steps: Iterator[tuple[int, int] | None]
    anchors: list[tuple[int, int]]
    positions: list[tuple[int, int]] = field(default_factory=list)


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
        if _BREAKS.search(text):
            text = text.translate(_ONE_BLOCK)
        self.cursor.insertText(text, char_format)
        return start


def _utf16_length(text: str) -> int:
    # Qt counts positions in UTF-16 units: a character outside the BMP (an
    # emoji, a rare CJK ideograph) takes two.
    return len(text.encode("utf-16-le")) // 2


def _pieces(text: str) -> list[tuple[int, str]]:
    """Cut a long block's text between words into pieces Qt lays out quickly.

    Returns (offset in `text`, piece) pairs that join back into `text`; a
    block of ordinary length is one piece.
    """
    if len(text) <= PIECE_CHARACTERS:
        return [(0, text)]
    pieces = []
    start = 0
    while len(text) - start > PIECE_CHARACTERS:
        limit = start + PIECE_CHARACTERS
        cut = text.rfind(" ", start + PIECE_CHARACTERS // 2, limit) + 1 or limit
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def _characters(text: str, units: int) -> int:
    # The inverse of `_utf16_length`: how many characters the first `units` UTF-16
    # units of `text` hold (half a surrogate pair counts for nothing).
    return len(text.encode("utf-16-le")[: 2 * units].decode("utf-16-le", errors="ignore"))
