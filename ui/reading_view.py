"""The calm reading view: an article laid out block by block in a centred column.

The document is built with cursors and formats from the article's blocks, never
from HTML, so nothing in an article can run code or fetch anything. Every body
block becomes exactly one document block, and the view remembers where each
starts, so an offset into `Article.text` maps to a document position by
arithmetic (for highlights, find, entity mentions).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QElapsedTimer, QPoint, QSizeF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractSlider, QFrame, QMenu, QTextEdit, QWidget

from reader.article import Article
from ui.display import Prepared
from ui.document_writer import BODY_LINE_HEIGHT, PIECE_CHARACTERS, DocumentWriter, Look
from ui.formatting import reading_summary
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
#: Span highlights reach Qt for the text on show and this much on either side
#: at least (a screenful when the screen holds more).
_MIN_SPAN_MARGIN = 5_000
#: A span starting this far before the part handed to Qt may still reach into it.
_LONGEST_SPAN = 1_000

#: Keeps text off the window's edges when the window is narrower than the column.
MIN_SIDE_MARGIN = 24
TOP_MARGIN = 40
BOTTOM_MARGIN = 80


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


def lays_out_at_once(article: Article) -> bool:
    """Return whether `show_article` builds the article at once, not a slice at a time."""
    return (
        len(article.blocks) <= SYNC_LAYOUT_BLOCKS
        and len(article.text) <= SYNC_LAYOUT_BLOCKS * PIECE_CHARACTERS // 10
    )


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
        self._summary = 0
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
        writer = DocumentWriter(document, self._look())
        summary = writer.header(article)
        anchors: list[tuple[int, int]] = []
        build = _Build(article, document, writer.blocks(article, anchors), anchors, summary)
        self._cancel_build()
        if lays_out_at_once(article):
            build.positions.extend(p for p in build.steps if p is not None)
            self._finish_build(build)
        else:
            self._build = build
            self._build_timer.start()

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
        self._summary = build.summary
        self.verticalScrollBar().setValue(0)
        self.article_laid_out.emit(article)

    def update_article(self, old: Article, article: Article) -> bool:
        """Take a newer version of `old`, on show or being built: the same text, more known of it.

        Its language, found after the first paint, is all that differs. While
        `old` is still being built, the build takes the new version over, its
        header's summary line written again in place (the document is not on
        show: nothing is laid out). On show, it is laid out again at once, at
        the same place, as a new font would be (`relaid_out` follows, not
        `article_laid_out`): milliseconds for a short article
        (`lays_out_at_once`), seconds for a long one, so the window finds a
        long article's language before showing it. Returns False, changing
        nothing, if `old` is neither on show nor being built.
        """
        build = self._build
        if build is not None and build.article is old:
            delta = self._rewrite_summary(build.document, build.summary, article)
            build.article = article
            build.positions[:] = [(index, p + delta) for index, p in build.positions]
            build.anchors[:] = [(offset, p + delta) for offset, p in build.anchors]
            return True
        if build is not None or self._article is not old:
            return False
        self._article = article
        self._relayout()
        return True

    def _rewrite_summary(self, document: QTextDocument, start: int, article: Article) -> int:
        """Write `article`'s summary over the one at `start`; return how much longer it is."""
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        old = cursor.selectionEnd() - cursor.selectionStart()
        char_format = cursor.charFormat()
        text = reading_summary(article)
        cursor.insertText(text, char_format)
        return _utf16_length(text) - old

    def show_message(self, text: str) -> None:
        """Show a short centred message instead of an article."""
        self._message = text
        writer = DocumentWriter(self._replace_document(), self._look())
        block_format = QTextBlockFormat()
        block_format.setAlignment(Qt.AlignmentFlag.AlignCenter)
        block_format.setTopMargin(4 * self._line)
        writer.block(text, block_format, writer.muted())
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
        window = self._span_window = self.offsets_on_show() if spans else None
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
        first, last = self.offsets_on_show(margin=False)
        if first < window[0] or last > window[1]:
            self._apply_highlights()

    def offsets_on_show(self, margin: bool = True) -> tuple[int, int]:
        """Return about the offsets of `article.text` on show, with a screenful above and below.

        What lies beyond is not laid out yet in a long article: asking where it
        is lays out everything down to it.

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
        writer = DocumentWriter(document, self._look())
        self._summary = writer.header(article)
        anchors: list[tuple[int, int]] = []
        positions = [p for p in writer.blocks(article, anchors) if p is not None]
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

    def _look(self) -> Look:
        return Look(
            self._font,
            self._line,
            self._column_width,
            self._body_line_height,
            self.palette(),
            self._pictures,
        )

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
        document = self.document()
        root = document.rootFrame()
        frame = root.frameFormat()
        if frame.leftMargin() == side and frame.rightMargin() == side:
            return
        frame.setLeftMargin(side)
        frame.setRightMargin(side)
        # A new frame format: the whole document, on every resize.
        with self.laid_out_later():
            root.setFrameFormat(frame)

    @contextmanager
    def laid_out_later(self) -> Iterator[QTextDocument]:
        """Change many formats of the document on show, laid out after: the part on show first.

        Qt lays out at once every block from the first to the last whose format
        changed: for the root frame's, or blocks all along a long read, 150 to
        250 ms. For a new page size it lays out only the part on show, and the
        rest between events. So the page size is taken away meanwhile, and
        with it any layout, and given back after.
        """
        document = self.document()
        page = document.pageSize()
        document.setPageSize(QSizeF(0, 0))
        try:
            yield document
        finally:
            document.setPageSize(page)


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
    #: Where the header's summary line starts (see `update_article`).
    summary: int
    positions: list[tuple[int, int]] = field(default_factory=list)


def _utf16_length(text: str) -> int:
    # Qt counts positions in UTF-16 units: a character outside the BMP (an
    # emoji, a rare CJK ideograph) takes two.
    return len(text.encode("utf-16-le")) // 2


def _characters(text: str, units: int) -> int:
    # The inverse of `_utf16_length`: how many characters the first `units` UTF-16
    # units of `text` hold (half a surrogate pair counts for nothing).
    return len(text.encode("utf-16-le")[: 2 * units].decode("utf-16-le", errors="ignore"))
