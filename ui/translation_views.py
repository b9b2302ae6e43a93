"""An article and its translation shown together: aligned, scrolling together, linked.

`ParagraphAligner` pads blocks so that each paragraph and its translation start
at the same height, and keeps the two views scrolled alike. `SentenceLinker`
highlights the source of the sentence under the mouse (and the translation of
an original sentence), and in the translation alone tells it in a tooltip, with
what the figure and name check found wrong in it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QToolTip

from ui.check_text import describe_check
from ui.entity_colors import contrast
from ui.reading_view import ReadingView

if TYPE_CHECKING:
    from reader.translation import SentencePair, Translation

#: Half a pixel: below this, two blocks already start on the same pixel row.
ALIGNED = 0.5
#: Qt collapses a block's top margin with the bottom margin of the one before,
#: so a first padding may fall short; a second or third attempt lands it.
ALIGN_ATTEMPTS = 4
#: Articles of up to so many paragraphs are aligned when `align` returns.
ALIGN_AT_ONCE = 40
#: Longer ones a slice of aligning at a time, the window answering between:
#: a long read of 3,000 paragraphs took seconds to align in one go.
ALIGN_SLICE_MS = 20
#: Blocks laid out per step before aligning (see `_lay_out`).
LAYOUT_STEP = 100
#: A hovered sentence and its counterpart stand out from the page by at least
#: this contrast ratio (a selection's colour at 27 % opacity, as before, was
#: 1.1 on the light page: hardly seen).
PAIR_SEPARATION = 1.3


def block_top(view: ReadingView, index: int) -> float:
    """Return the y, in document coordinates, where a body block starts."""
    document = view.document()
    block = document.findBlock(view.block_positions[index][1])
    return document.documentLayout().blockBoundingRect(block).top()


def top_block(view: ReadingView) -> int | None:
    """Return the index of the first body block visible at the top of a view.

    Found by galloping from the first block, then halving: Qt lays the
    document out only down to a little past the place shown (a plain halving
    would start from the middle of a long read and lay half of it out).
    """
    positions = view.block_positions
    if not positions:
        return None
    # Scroll values are whole pixels and block tops are not: within a pixel counts as there.
    value = view.verticalScrollBar().value() + 1
    low, high = 0, 1
    while high < len(positions) and block_top(view, high) <= value:
        low, high = high + 1, high * 2
    high = min(high, len(positions))
    while low < high:
        middle = (low + high) // 2
        if block_top(view, middle) <= value:
            low = middle + 1
        else:
            high = middle
    return max(0, low - 1)


def carry_place(source: ReadingView, target: ReadingView) -> None:
    """Scroll `target` to the paragraph at the top of `source` (its header, if there).

    Above the first paragraph lies the header (title, byline, address): a view
    still in it puts the other at its very top, not at its first paragraph
    with the header scrolled away.
    """
    index = top_block(source)
    if index is None:
        return
    if index == 0 and source.verticalScrollBar().value() + 1 < block_top(source, 0):
        target.verticalScrollBar().setValue(target.verticalScrollBar().minimum())
    else:
        scroll_to_block(target, index)


def scroll_to_block(view: ReadingView, index: int) -> None:
    """Scroll a view so that a body block starts at its top."""
    if 0 <= index < len(view.block_positions):
        view.verticalScrollBar().setValue(round(block_top(view, index)))


class ParagraphAligner(QObject):
    """Keep two reading views paragraph-aligned and scrolling together while active."""

    def __init__(self, left: ReadingView, right: ReadingView, parent: QObject | None = None):
        super().__init__(parent)
        self.views = (left, right)
        self.active = False
        # The top margin of each block padded so far, before padding, per view
        # and document.
        self._margins: dict[int, tuple[object, dict[int, float]]] = {}
        # The bottom margin, before padding, of a view's document padded to
        # end level with the other view's.
        self._ends: dict[int, tuple[object, float]] = {}
        self._syncing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.align)
        # Alignment under way: the next pair to align, and the block kept at the
        # top of the original (its index, and how far the view is scrolled past it).
        self._next = 0
        self._anchor: tuple[int, float] | None = None
        # Per view, the block number down to which its document is laid out.
        self._laid_out = [0, 0]
        self._slice_timer = QTimer(self)
        self._slice_timer.setSingleShot(True)
        self._slice_timer.setInterval(0)
        self._slice_timer.timeout.connect(self._continue)
        for view in self.views:
            view.viewport().installEventFilter(self)
            view.verticalScrollBar().valueChanged.connect(
                lambda value, source=view: self._scrolled(source, value)
            )

    @property
    def aligning(self) -> bool:
        """Return whether the rest of a long article is still being aligned."""
        return self._slice_timer.isActive()

    def set_active(self, active: bool) -> None:
        """Align the views now and on every change, or take the padding out."""
        if active == self.active:
            return
        self.active = active
        if active:
            self.align()
        else:
            self._timer.stop()
            self._slice_timer.stop()
            for view in self.views:
                self._unpad(view)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Let a view be refilled (its scroll reset) without the other scrolling along."""
        syncing, self._syncing = self._syncing, True
        try:
            yield
        finally:
            self._syncing = syncing

    def schedule(self) -> None:
        """Align once the current event is handled (many changes make one alignment)."""
        if self.active:
            self._timer.start()

    def align(self) -> None:
        """Pad blocks so that each block and its counterpart start at the same y.

        The original keeps the paragraph being read at the top; the other view
        follows. An article of up to `ALIGN_AT_ONCE` paragraphs is aligned
        when this returns, a longer one a slice at a time.
        """
        if not self.active:
            return
        left, right = self.views
        self._slice_timer.stop()
        self._anchor = self._place(left)
        self._next = 0
        self._laid_out = [0, 0]
        for view in self.views:
            self._reset_end(view)
        clock = QElapsedTimer()
        clock.start()
        short = min(len(left.block_positions), len(right.block_positions)) <= ALIGN_AT_ONCE
        self._align_pairs(lambda aligned: short or aligned == 0 or clock.elapsed() < ALIGN_SLICE_MS)

    def _continue(self) -> None:
        if not self.active:
            return
        clock = QElapsedTimer()
        clock.start()
        self._align_pairs(lambda aligned: aligned == 0 or clock.elapsed() < ALIGN_SLICE_MS)

    def _align_pairs(self, go_on: Callable[[int], bool]) -> None:
        """Align pairs from `_next` while `go_on(pairs aligned)` holds; the rest later."""
        left, right = self.views
        pairs = min(len(left.block_positions), len(right.block_positions))
        if not self._lay_out():
            self._slice_timer.start()
            return
        aligned = 0
        with self.held():
            while self._next < pairs and go_on(aligned):
                # Padded before, for another translation or width: from scratch.
                # A block's top depends only on the blocks above it, so the
                # stale padding further down can wait for its turn.
                for view in self.views:
                    self._reset(view, self._next)
                for _ in range(ALIGN_ATTEMPTS):
                    gap = block_top(left, self._next) - block_top(right, self._next)
                    if abs(gap) < ALIGNED:
                        break
                    self._pad(right if gap > 0 else left, self._next, abs(gap))
                self._next += 1
                aligned += 1
            if self._next >= pairs:
                self._level_ends()
            if self._anchor is not None:
                # Padding above it moved the paragraph being read: back to the top.
                anchor, below = self._anchor
                left.verticalScrollBar().setValue(round(block_top(left, anchor) + below))
        self._follow(left, right)
        if self._next < pairs:
            self._slice_timer.start()

    def _lay_out(self) -> bool:
        """Lay both documents out to their ends, for a slice's time; return whether done.

        Padding a block while Qt still lays the rest of a long read out bit by
        bit leaves positions that a fresh layout (any change of the root
        frame's format) does not keep: paragraph 700 of 1,500 ended 12,960 px
        from its translation. Laid out to the end first, the padding holds.
        Done here a stretch at a time, the window answering between (a long
        read of 1,500 paragraphs: about 35 ms in all, both views), even
        beside the first paragraphs of a translation still coming in.
        """
        clock = QElapsedTimer()
        clock.start()
        for side, view in enumerate(self.views):
            document = view.document()
            layout = document.documentLayout()
            last = document.blockCount() - 1
            while self._laid_out[side] < last:
                # A step first: each slice moves on, however short.
                self._laid_out[side] = min(self._laid_out[side] + LAYOUT_STEP, last)
                layout.blockBoundingRect(document.findBlockByNumber(self._laid_out[side]))
                if self._laid_out[side] < last and clock.elapsed() >= ALIGN_SLICE_MS:
                    return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Align again when a view's width, hence its line breaks, changes."""
        # While the window is torn down, Qt may still filter its events after
        # this object's Python side is gone.
        if event.type() == QEvent.Type.Resize and hasattr(self, "_timer"):
            self.schedule()
        return False

    def _scrolled(self, source: ReadingView, _value: int) -> None:
        if self.active and not self._syncing:
            other = self.views[1] if source is self.views[0] else self.views[0]
            self._follow(source, other)
            if self.aligning:
                # The reader moved: the slices still to come keep this place instead.
                self._anchor = self._place(self.views[0])

    def _place(self, view: ReadingView) -> tuple[int, float] | None:
        """Return the block at the top of a view, and how far the view is scrolled past it.

        None in the header, above the first block: padding, all below it, does
        not move it (kept by the first block, the header went out of sight).
        """
        anchor = top_block(view)
        if anchor is None:
            return None
        below = view.verticalScrollBar().value() - block_top(view, anchor)
        # Scroll values are whole pixels and block tops are not: within a pixel counts as there.
        return None if anchor == 0 and below < -1 else (anchor, below)

    def _follow(self, source: ReadingView, other: ReadingView) -> None:
        # Qt lays a new document out bit by bit, and its scroll range follows:
        # laid out down to the place, the range reaches it.
        value = source.verticalScrollBar().value()
        bottom = QPointF(0, value + other.viewport().height())
        other.document().documentLayout().hitTest(bottom, Qt.HitTestAccuracy.FuzzyHit)
        self._syncing = True
        try:
            other.verticalScrollBar().setValue(source.verticalScrollBar().value())
        finally:
            self._syncing = False

    def _base_margins(self, view: ReadingView) -> dict[int, float]:
        """Return the top margin before padding of each block padded in a view's document."""
        document = view.document()
        known = self._margins.get(id(view))
        if known is None or known[0] is not document:
            # A new document (a new article or translation) has no padding yet.
            known = (document, {})
            self._margins[id(view)] = known
        return known[1]

    def _pad(self, view: ReadingView, index: int, extra: float) -> None:
        block = _block(view, index)
        margin = block.blockFormat().topMargin()
        self._base_margins(view).setdefault(index, margin)
        _set_top_margin(block, margin + extra)

    def _reset(self, view: ReadingView, index: int) -> None:
        margin = self._base_margins(view).pop(index, None)
        if margin is not None and index < len(view.block_positions):
            _set_top_margin(_block(view, index), margin)

    def _level_ends(self) -> None:
        """Pad the end of the shorter document: End then shows both ends level.

        Scrolling together, a view can go no further than its own end: with
        the original 30 px longer, End left the translation 30 px behind.
        """
        bottoms = [_end_block_bottom(view) for view in self.views]
        gap = bottoms[0] - bottoms[1]
        if abs(gap) < ALIGNED:
            return
        view = self.views[1] if gap > 0 else self.views[0]
        document = view.document()
        margin = document.rootFrame().frameFormat().bottomMargin()
        self._ends[id(view)] = (document, margin)
        _set_bottom_margin(document, margin + abs(gap))

    def _reset_end(self, view: ReadingView) -> None:
        known = self._ends.pop(id(view), None)
        if known is not None and known[0] is view.document():
            _set_bottom_margin(view.document(), known[1])

    def _unpad(self, view: ReadingView) -> None:
        margins = self._base_margins(view)
        if not margins and id(view) not in self._ends:
            return
        # The document's end and blocks all along a long read: laid out again
        # after, from the part on show.
        with view.laid_out_later() as document:
            self._reset_end(view)
            # One edit: Qt lays the document out again once, not once per block.
            edit = QTextCursor(document)
            edit.beginEditBlock()
            for index, margin in margins.items():
                if index < len(view.block_positions):
                    _set_top_margin(_block(view, index), margin)
            edit.endEditBlock()
        margins.clear()


def _block(view: ReadingView, index: int) -> QTextBlock:
    return view.document().findBlock(view.block_positions[index][1])


def _end_block_bottom(view: ReadingView) -> float:
    document = view.document()
    return document.documentLayout().blockBoundingRect(document.lastBlock()).bottom()


def _set_bottom_margin(document: QTextDocument, margin: float) -> None:
    # The document's, not its last block's: Qt lets the larger of the two win.
    frame = document.rootFrame()
    frame_format = frame.frameFormat()
    frame_format.setBottomMargin(margin)
    frame.setFrameFormat(frame_format)


def _set_top_margin(block: QTextBlock, margin: float) -> None:
    block_format = QTextBlockFormat()
    block_format.setTopMargin(margin)
    QTextCursor(block).mergeBlockFormat(block_format)


class SentenceLinker(QObject):
    """Link each translated sentence to its source, under the mouse.

    Hovering a sentence of either view highlights it and its counterpart
    (layer "sentence"); a click pins the pair until the next click. With the
    original hidden, the tooltip of a translated sentence is its source.
    """

    LAYER = "sentence"

    def __init__(
        self, original: ReadingView, translated: ReadingView, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.original = original
        self.translated = translated
        self.translation: Translation | None = None
        self.current: SentencePair | None = None
        self.pinned: SentencePair | None = None
        self._viewports = [(view.viewport(), view) for view in (original, translated)]
        for viewport, _view in self._viewports:
            viewport.setMouseTracking(True)
            viewport.installEventFilter(self)

    def set_translation(self, translation: Translation | None) -> None:
        """Link the sentences of this translation (None: link nothing)."""
        self.translation = translation
        self.pinned = None
        self.show_pair(None)

    def pair_at(self, view: ReadingView, point: QPoint) -> SentencePair | None:
        """Return the sentence pair under a point of a view's viewport, if any."""
        translation = self.translation
        if translation is None or not self._linked():
            return None
        scroll = QPointF(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        layout = view.document().documentLayout()
        position = layout.hitTest(QPointF(point) + scroll, Qt.HitTestAccuracy.ExactHit)
        if position < 0:
            return None
        offset = view.offset_at(position)
        if offset is None:
            return None
        for pair in translation.pairs:
            start, end = pair.target if view is self.translated else pair.source
            if start <= offset < end:
                return pair
        return None

    def show_pair(self, pair: SentencePair | None) -> None:
        """Highlight a sentence and its counterpart (None: remove the highlights)."""
        self.current = pair
        if pair is None or not self._linked():
            self.original.set_highlights(self.LAYER, [])
            self.translated.set_highlights(self.LAYER, [])
            return
        self.original.set_highlights(self.LAYER, [self._selection(self.original, pair.source)])
        self.translated.set_highlights(self.LAYER, [self._selection(self.translated, pair.target)])

    def source_text(self, pair: SentencePair) -> str:
        """Return the source sentence of a pair."""
        assert self.translation is not None
        start, end = pair.source
        return self.translation.source.text[start:end]

    def tooltip(self, pair: SentencePair) -> str:
        """Return a translated sentence's tooltip: its source when the original is hidden,
        and what its figures or names got wrong, if anything."""
        parts = [] if self.original.isVisible() else [self.source_text(pair)]
        check = pair.check
        if check is not None and check.issues:
            parts.append(describe_check(check))
        return "\n\n".join(parts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Follow the mouse over either view."""
        # While the window is torn down, Qt may still filter its events after
        # this object's Python side is gone.
        if not hasattr(self, "_viewports"):
            return False
        view = self._view_of(watched)
        if view is None or not shiboken6.isValid(self.original):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            point = event.position().toPoint()
            pair = self.pair_at(view, point)
            if pair != self.current:
                self.show_pair(pair or self.pinned)
            tip = self.tooltip(pair) if pair is not None and view is self.translated else ""
            if tip:
                QToolTip.showText(view.viewport().mapToGlobal(point), tip)
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            if not view.textCursor().hasSelection():
                self.pinned = self.pair_at(view, event.position().toPoint())
                self.show_pair(self.pinned)
        elif kind == QEvent.Type.Leave:
            self.show_pair(self.pinned)
        return False

    def _view_of(self, watched: QObject) -> ReadingView | None:
        # Compared with the viewports kept at the start: the views may be going away.
        for viewport, view in self._viewports:
            if watched is viewport:
                return view
        return None

    def _linked(self) -> bool:
        translation = self.translation
        return (
            translation is not None
            and self.original.article is translation.source
            and self.translated.article is translation.article
        )

    def _selection(self, view: ReadingView, span: tuple[int, int]) -> QTextEdit.ExtraSelection:
        sentence = QTextCharFormat()
        sentence.setBackground(pair_colour(view.palette()))
        return view.selection(*span, sentence)


def pair_colour(palette: QPalette) -> QColor:
    """Return the background of a hovered sentence pair in a reading view's palette.

    A shade of the page towards its text: no hue, so it is told apart from the
    selection, the entity tints and the find marks; dark enough (or light
    enough) to be seen at once, with the text on it as readable as on the page.
    """
    page = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    share = 0.0
    colour = QColor(page)
    while contrast(colour, page) < PAIR_SEPARATION and share < 0.5:
        share += 0.02
        colour = QColor.fromRgbF(
            page.redF() + (text.redF() - page.redF()) * share,
            page.greenF() + (text.greenF() - page.greenF()) * share,
            page.blueF() + (text.blueF() - page.blueF()) * share,
        )
    return colour
