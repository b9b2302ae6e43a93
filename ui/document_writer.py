"""Write an article into a QTextDocument: its header, then one document block per article block.

The document is built with cursors and formats from the article's blocks, never
from HTML, so nothing in an article can run code or fetch anything. Every body
block becomes exactly one document block (or, for a block too long for Qt to
lay out at once, several pieces cut between words), and the writer yields
where each starts, so the reading view can map offsets into `Article.text`
to document positions by arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
    QTextOption,
)

from reader.article import Article, Block, BlockKind
from ui import pictures
from ui.formatting import display_date, reading_summary
from ui.pictures import Pictures

#: Qt lays a paragraph out whole: a 10 MB line of text (a hostile input, a
#: broken export) would freeze the window for seconds. Blocks longer than this
#: are shown as several paragraphs; an ordinary paragraph is under 2,000.
PIECE_CHARACTERS = 5_000
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


@dataclass(frozen=True)
class Look:
    """What the reading view's settings make of a document."""

    #: The body font.
    font: QFont
    #: The height of a line of body text, in pixels: the unit of spacing.
    line: float
    column_width: int
    #: Line height of body text, in percent of the font's.
    body_line_height: int
    palette: QPalette
    #: The article's saved pictures, decoded for `column_width` (see `ui.display`).
    pictures: Pictures


class DocumentWriter:
    """Append blocks to a document, the first one in its initial empty block."""

    def __init__(self, document: QTextDocument, look: Look) -> None:
        self.cursor = QTextCursor(document)
        self.look = look
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

    def blocks(
        self, article: Article, anchors: list[tuple[int, int]]
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
                start = self._figure(article, index, block)
                anchors.append((block.start, start))
            else:
                block_format = self._block_format(block)
                char_format = self._char_format(block)
                parts = pieces(text)
                start = self.block(parts[0][1], block_format, char_format)
                anchors.append((block.start, start))
                if len(parts) > 1:
                    # The rest of one long block follows without a gap above.
                    following = QTextBlockFormat(block_format)
                    following.setTopMargin(0)
                    for relative, piece in parts[1:]:
                        position = self.block(piece, following, char_format)
                        anchors.append((block.start + relative, position))
                        # A chance for a slice of building to end, mid-block.
                        yield None
            if block.kind is BlockKind.LIST_ITEM:
                self._add_list_item(self.cursor, block, lists)
            else:
                lists.clear()
            yield index, start

    def header(self, article: Article) -> int:
        """Write the title, the credits and the summary; return where the summary starts."""
        title_block = self._spaced(0, 0.3, TIGHT_LINE_HEIGHT)
        title = QTextCharFormat()
        title.setFontPointSize(self.look.font.pointSizeF() * TITLE_SCALE)
        title.setFontWeight(QFont.Weight.Bold)
        self.block(article.title, title_block, title)
        date = display_date(article.date) if article.date else None
        credits = " · ".join(p for p in (article.byline, article.site, date) if p)
        if credits:
            self.block(credits, self._spaced(0, 0, self.look.body_line_height), self.muted())
        if article.canonical_url:
            # Plain text: the address is shown for the reader to copy, never opened
            # from here. One line, cut in the middle, whole in its tooltip: a long
            # address (a newspaper's) wrapped over up to five lines of the header.
            address = self.muted()
            address.setToolTip(article.canonical_url)
            metrics = QFontMetricsF(self.look.font)
            shown = metrics.elidedText(
                article.canonical_url, Qt.TextElideMode.ElideMiddle, self.look.column_width - 2
            )
            self.block(shown, self._spaced(0, 0, self.look.body_line_height), address)
        return self.block(
            reading_summary(article), self._spaced(0, 1.6, self.look.body_line_height), self.muted()
        )

    def _figure(self, article: Article, index: int, block: Block) -> int:
        """Write a figure: its saved picture, if the page has one beside it, above the caption.

        Only local files are read (see `reader.extraction_images`); a remote
        image is never fetched, its caption or alt text stands in for it.
        """
        text = article.block_text(block)
        picture = self._local_picture(article, index)
        if picture is None:
            return self.block(text, self._block_format(block), self._char_format(block))
        self.block("", self._block_format(block), self._char_format(block))
        self.cursor.insertImage(picture)
        self.cursor.insertText("\u2028", self._char_format(block))
        start = self.cursor.position()
        self.cursor.insertText(text.translate(_ONE_BLOCK), self._char_format(block))
        return start

    def _local_picture(self, article: Article, index: int) -> QImage | None:
        from reader.extraction_images import local_image_path

        for image in article.images:
            if image.block_index != index:
                continue
            path = local_image_path(article, image)
            picture = QImage()
            if path is not None:
                known = self.look.pictures.get((str(path), self.look.column_width))
                picture = (
                    known if known is not None else pictures.read(path, self.look.column_width)
                )
            return None if picture.isNull() else picture
        return None

    def _block_format(self, block: Block) -> QTextBlockFormat:
        kind = block.kind
        if kind is BlockKind.HEADING:
            block_format = self._spaced(1.2, 0.4, TIGHT_LINE_HEIGHT)
            block_format.setHeadingLevel(block.level)
        elif kind is BlockKind.LIST_ITEM:
            block_format = self._spaced(0, 0.3, self.look.body_line_height)
        elif kind is BlockKind.QUOTE:
            block_format = self._spaced(0, 0.8, self.look.body_line_height)
            block_format.setLeftMargin(2 * self.look.line)
            block_format.setRightMargin(self.look.line)
        elif kind is BlockKind.CODE:
            block_format = self._spaced(0, 0.8, TIGHT_LINE_HEIGHT)
            block_format.setBackground(self.look.palette.color(QPalette.ColorRole.AlternateBase))
        elif kind is BlockKind.FIGURE:
            block_format = self._spaced(0, 0.8, TIGHT_LINE_HEIGHT)
            block_format.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        elif kind is BlockKind.TABLE_ROW:
            block_format = self._spaced(0, 0.2, TIGHT_LINE_HEIGHT)
            cell = TABLE_CELL_WIDTH * self.look.line
            stops = range(1, int(self.look.column_width // cell) + 1)
            block_format.setTabPositions(
                [QTextOption.Tab(n * cell, QTextOption.TabType.LeftTab) for n in stops]
            )
        else:
            block_format = self._spaced(0, 0.8, self.look.body_line_height)
        return block_format

    def _char_format(self, block: Block) -> QTextCharFormat:
        kind = block.kind
        char_format = QTextCharFormat()
        if kind is BlockKind.HEADING:
            scale = HEADING_SCALE.get(block.level, 1.0)
            char_format.setFontPointSize(self.look.font.pointSizeF() * scale)
            char_format.setFontWeight(QFont.Weight.Bold)
        elif kind is BlockKind.QUOTE:
            char_format.setFontItalic(True)
        elif kind is BlockKind.CODE:
            mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            char_format.setFontFamilies([mono.family()])
            char_format.setFontFixedPitch(True)
            char_format.setFontPointSize(self.look.font.pointSizeF() * SMALL_SCALE)
        elif kind is BlockKind.FIGURE:
            char_format = self.muted()
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
        block_format.setTopMargin(above * self.look.line)
        block_format.setBottomMargin(below * self.look.line)
        block_format.setLineHeight(
            line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        return block_format

    def muted(self) -> QTextCharFormat:
        char_format = QTextCharFormat()
        char_format.setForeground(self.look.palette.color(QPalette.ColorRole.PlaceholderText))
        return char_format


def pieces(text: str) -> list[tuple[int, str]]:
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
