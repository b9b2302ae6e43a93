"""Where a translation cannot be trusted: marks on sentences whose figures or names differ.

A sentence the check found wrong (`reader.translation.check`) gets a dot in the
margin beside its first line and a dotted underline, red when it still differs
from the original and amber when it was repaired; the sentence's tooltip says what differed (see
`SentenceLinker.tooltip`); the status bar counts them; and the context menu of
a repaired sentence shows the model's own version.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QTextCharFormat
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QWidget

from ui.check_text import describe_check
from ui.formatting import plural
from ui.i18n import translate
from ui.reading_view import ReadingView
from ui.translation_views import SentenceLinker

if TYPE_CHECKING:
    from reader.article import Article
    from reader.translation import SentencePair, Translation

#: Marker colours: legible on the light, sepia and dark pages alike, and told apart
#: from the highlight and entity tints (which are backgrounds, not underlines).
MISMATCH_COLOUR = "#d0342c"
REPAIRED_COLOUR = "#d08a1a"
#: The margin dot: its radius, and how far left of the column its centre sits
#: (inside the smallest side margin the reading view keeps).
DOT_RADIUS = 3.5
DOT_OFFSET = 11


def _marked(pair: SentencePair) -> bool:
    return pair.check is not None and pair.check.status in ("mismatch", "repaired")


def check_counts(translation: Translation) -> tuple[int, int]:
    """Return (repaired, still differing) sentences of a translation."""
    return translation.count_checks()


def status_text(repaired: int, mismatched: int) -> str:
    """Return the status bar's count: "2 sentences repaired, 1 to check"."""
    parts = []
    if repaired:
        parts.append(
            plural(
                repaired,
                translate("Checks", "{n} sentence repaired"),
                translate("Checks", "{n} sentences repaired"),
            )
        )
    if mismatched:
        if parts:
            parts.append(translate("Checks", "{n} to check").replace("{n}", str(mismatched)))
        else:
            parts.append(
                plural(
                    mismatched,
                    translate("Checks", "{n} sentence to check"),
                    translate("Checks", "{n} sentences to check"),
                )
            )
    return ", ".join(parts)


class CheckMarks(QObject):
    """Mark, count and explain the translated sentences the check found wrong."""

    LAYER = "checks"

    def __init__(
        self,
        translated: ReadingView,
        linker: SentenceLinker,
        add_status_widget: Callable[[QWidget, bool], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.translated = translated
        self.linker = linker
        self.translation: Translation | None = None
        self.dialog: QMessageBox | None = None
        self.label = QLabel()
        self.label.setObjectName("translation_checks")
        self.label.setToolTip(
            translate(
                "Checks",
                "Translated sentences whose figures or names differ from the original: "
                "hover a marked sentence to see what differed",
            )
        )
        add_status_widget(self.label, True)  # permanent, at the bar's right end
        self.label.hide()
        translated.context_menu_requested.connect(self._add_context_entries)
        translated.article_laid_out.connect(self._laid_out)
        self.margin = MarginDots(translated)

    def show(self, translation: Translation | None, visible: bool = True) -> None:
        """Mark the sentences of the translation on show (None: of none)."""
        self.translation = translation
        if translation is None:
            self.translated.set_highlights(self.LAYER, [])
            self.margin.set_marks([])
            self.label.hide()
            return
        text = status_text(*check_counts(translation))
        self.label.setText(text)
        self.label.setVisible(bool(text) and visible)
        if self.translated.article is translation.article:
            self._mark(translation)
        # Otherwise a long translation is still being laid out a slice at a time:
        # its spans mean nothing in the document on show, so `_laid_out` marks it.

    def _laid_out(self, article: Article) -> None:
        if self.translation is not None and article is self.translation.article:
            self._mark(self.translation)

    def _mark(self, translation: Translation) -> None:
        marked = [pair for pair in translation.pairs if _marked(pair)]
        formats = {colour: _underline(colour) for colour in (MISMATCH_COLOUR, REPAIRED_COLOUR)}
        # Spans, not selections: a long read can have thousands of marked sentences.
        self.translated.set_span_highlights(
            self.LAYER, [(*pair.target, formats[self._colour(pair).name()]) for pair in marked]
        )
        self.margin.set_marks([(pair.target[0], self._colour(pair)) for pair in marked])

    def set_visible(self, visible: bool) -> None:
        """Show the status bar's count only while the translation is on screen."""
        self.label.setVisible(visible and bool(self.label.text()) and self.translation is not None)

    def show_original(self, pair: SentencePair) -> QMessageBox | None:
        """Show the model's own translation of a repaired sentence, with what differed."""
        check = pair.check
        if check is None or not check.original:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("Checks", "Model's Own Translation"),
            check.original,
            QMessageBox.StandardButton.Close,
            self._parent_widget(),
        )
        box.setInformativeText(
            translate("Checks", "Lisible shows a repaired translation instead: {issues}").format(
                issues=describe_check(check)
            )
        )
        box.open()
        self.dialog = box
        return box

    def _colour(self, pair: SentencePair) -> QColor:
        assert pair.check is not None
        return QColor(MISMATCH_COLOUR if pair.check.status == "mismatch" else REPAIRED_COLOUR)

    def _add_context_entries(self, menu: QMenu) -> None:
        pair = self.linker.current or self.linker.pinned
        if pair is None or pair.check is None or not pair.check.original:
            return
        menu.addSeparator()
        action = menu.addAction(translate("Checks", "Model's Own Translation…"))
        action.triggered.connect(lambda: self.show_original(pair))

    def _parent_widget(self) -> QWidget | None:
        return self.translated.window()


def _underline(colour: str) -> QTextCharFormat:
    marker = QTextCharFormat()
    marker.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    marker.setUnderlineColor(QColor(colour))
    return marker


class MarginDots(QWidget):
    """Dots in a reading view's margin, beside the first line of marked sentences.

    A transparent layer over the view's viewport, which mouse events pass through.
    """

    def __init__(self, view: ReadingView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.marks: list[tuple[int, QColor]] = []
        self._starts: list[int] = []
        self.setObjectName("check_margin_dots")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        # Scrolling moves a viewport's children with its pixels: put the layer back.
        view.verticalScrollBar().valueChanged.connect(self._follow)
        self.hide()

    def set_marks(self, marks: list[tuple[int, QColor]]) -> None:
        """Put a dot beside each (offset in the article's text, colour); none hides the layer."""
        self.marks = sorted(marks, key=lambda mark: mark[0])
        self._starts = [offset for offset, _ in self.marks]
        self._follow()
        self.setVisible(bool(marks))

    def dot_centres(self) -> list[tuple[QPointF, QColor]]:
        """Return where each dot is drawn, in viewport coordinates, with its colour."""
        view = self.view
        article = view.article
        if article is None:
            return []
        left = (self.width() - view.column_width) / 2 - DOT_OFFSET
        # Only the marks near the part on show: asking where a mark far below
        # is lays the document out down to it, on every paint.
        first, last = view.offsets_on_show()
        near = self.marks[bisect_left(self._starts, first) : bisect_right(self._starts, last)]
        centres = []
        for offset, colour in near:
            if offset >= len(article.text):
                continue
            line = view.cursorRect(view.text_cursor(offset, offset))
            if line.bottom() < 0 or line.top() > self.height():
                continue
            centres.append((QPointF(max(DOT_RADIUS + 1, left), line.center().y()), colour))
        return centres

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Draw the dots of the marked sentences on show."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for centre, colour in self.dot_centres():
            painter.setBrush(colour)
            painter.drawEllipse(centre, DOT_RADIUS, DOT_RADIUS)
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Cover the viewport as it is resized."""
        # While the window is torn down, Qt may still filter its events after
        # this object's Python side is gone.
        view = getattr(self, "view", None)
        if view is None or not shiboken6.isValid(view):
            return False
        if event.type() == QEvent.Type.Resize and watched is view.viewport():
            self._follow()
        return False

    def _follow(self) -> None:
        viewport = self.view.viewport()
        self.setGeometry(0, 0, viewport.width(), viewport.height())
        self.update()
