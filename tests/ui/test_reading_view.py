"""The reading view: layout of an article's blocks, positions, and the column."""

from __future__ import annotations

import dataclasses
import re
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextEdit
from pytestqt.qtbot import QtBot

from reader.article import Article, ArticleBuilder, BlockKind, SourceFormat
from ui.formatting import display_date, display_language, reading_summary
from ui.reading_view import (
    COLUMN_CHARACTERS,
    PIECE_CHARACTERS,
    SYNC_LAYOUT_BLOCKS,
    ReadingView,
)

LONG_PARAGRAPH = (
    "The harbour was quiet that morning. A few fishing boats came back with the tide, "
    "their engines slow and patient, and the gulls followed them in wide circles above "
    "the breakwater. On the quay, the fishmongers had already set out their trays of ice, "
    "and an old man was mending a net in the sun, pulling each knot tight with his teeth. "
    "Nobody seemed to be in a hurry, and the church bell rang ten without anyone looking up."
)


def build_article(language: str | None = "en", emoji: bool = False) -> Article:
    """Return a small article with one block of every kind."""
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, LONG_PARAGRAPH)
    builder.add(BlockKind.HEADING, "What the tide brings", level=2)
    lead = "Fresh news 🌊 from the quay. " if emoji else ""
    builder.add(BlockKind.PARAGRAPH, lead + "Crabs, mackerel and a lost boot.\nAnd a second line.")
    builder.add(BlockKind.LIST_ITEM, "Mackerel", level=1)
    builder.add(BlockKind.LIST_ITEM, "Smoked", level=2)
    builder.add(BlockKind.LIST_ITEM, "Crabs", level=1)
    builder.add(BlockKind.LIST_ITEM, "Arrive", level=1, ordered=True)
    builder.add(BlockKind.QUOTE, "The sea gives what it wants, not what we ask.")
    builder.add(BlockKind.CODE, "tide = high\nboats = 4")
    builder.add(BlockKind.FIGURE, "The harbour at dawn.")
    builder.add(BlockKind.TABLE_ROW, "Fish\tPrice")
    return Article(
        title="Morning at the Harbour",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source="harbour.html",
        source_format=SourceFormat.HTML,
        byline="Ines Marlow",
        site="Coastal Notes",
        date="2025-04-14T08:30:00+02:00",
        language=language,
    )


@pytest.fixture
def view(qtbot: QtBot) -> ReadingView:
    """Return a visible reading view, 900 px wide."""
    view = ReadingView(point_size=13)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def block_at(view: ReadingView, index: int) -> QTextBlock:
    """Return the document block showing block `index` of the article."""
    return view.document().findBlock(view.block_positions[index][1])


def text_font(block: QTextBlock) -> QFont:
    """Return the font of the first character of a document block."""
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    return cursor.charFormat().font()


def test_header_shows_title_credits_and_reading_summary(view: ReadingView) -> None:
    article = build_article()
    view.show_article(article)
    lines = view.document().toPlainText().splitlines()
    assert lines[:3] == [
        "Morning at the Harbour",
        "Ines Marlow · Coastal Notes · 14 April 2025",
        f"English · {article.word_count} words · 1 min read",
    ]
    assert text_font(view.document().firstBlock()).pointSizeF() > 2 * 13 * 0.9


def test_reading_summary_leaves_out_an_unknown_language() -> None:
    article = build_article(language=None)
    assert reading_summary(article) == f"{article.word_count} words · 1 min read"
    assert reading_summary(build_article(language="fr")).startswith("French · ")


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("2025-04-14T08:30:00+02:00", "14 April 2025"),
        ("2025-04-14", "14 April 2025"),
        ("Spring 2025", "Spring 2025"),
    ],
)
def test_dates_read_naturally(stored: str, shown: str) -> None:
    assert display_date(stored) == shown


@pytest.mark.parametrize(
    ("code", "name"), [("fr", "French"), ("en", "English"), ("ja", "Japanese"), ("zz", "zz")]
)
def test_language_names(code: str, name: str) -> None:
    assert display_language(code) == name


def test_body_text_is_every_block_on_its_own_line(view: ReadingView) -> None:
    article = build_article()
    view.show_article(article)
    expected = "\n".join(article.block_text(block) for block in article.blocks)
    assert view.plain_text() == expected
    assert view.article is article


def test_one_document_block_per_article_block(view: ReadingView) -> None:
    article = build_article()
    view.show_article(article)
    assert [index for index, _ in view.block_positions] == list(range(len(article.blocks)))
    for index, block in enumerate(article.blocks):
        shown = block_at(view, index).text().replace("\u2028", "\n")
        assert shown == article.block_text(block)


def test_headings_are_bigger_and_bolder_than_body_text(view: ReadingView) -> None:
    view.show_article(build_article())
    heading, paragraph = text_font(block_at(view, 1)), text_font(block_at(view, 0))
    assert heading.pointSizeF() > paragraph.pointSizeF()
    assert heading.weight() > paragraph.weight()
    assert block_at(view, 1).blockFormat().headingLevel() == 2


def test_lists_nest_by_level_and_number_ordered_items(view: ReadingView) -> None:
    view.show_article(build_article())
    mackerel, smoked, crabs, arrive = (block_at(view, i).textList() for i in (3, 4, 5, 6))
    assert mackerel is not None and smoked is not None and arrive is not None
    assert crabs is not None and crabs.format() == mackerel.format()
    assert mackerel.count() == 2
    assert smoked.format().indent() == mackerel.format().indent() + 1
    assert arrive.format().style() == QTextListFormat.Style.ListDecimal
    assert mackerel.format().style() == QTextListFormat.Style.ListDisc


def test_quote_code_and_figure_look_apart(view: ReadingView) -> None:
    view.show_article(build_article())
    quote, code, figure = block_at(view, 7), block_at(view, 8), block_at(view, 9)
    assert quote.blockFormat().leftMargin() > 0
    assert text_font(quote).italic()
    assert text_font(code).fixedPitch()
    assert code.text() == "tide = high\u2028boats = 4"
    assert figure.blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter


def test_doc_position_maps_every_word_exactly(view: ReadingView) -> None:
    # The emoji takes two positions in the document and one in Python.
    article = build_article(emoji=True)
    view.show_article(article)
    for word in re.finditer(r"\w+", article.text):
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.doc_position(word.start()))
        cursor.setPosition(view.doc_position(word.end()), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == word.group()


def test_doc_position_between_blocks_and_out_of_range(view: ReadingView) -> None:
    article = build_article()
    view.show_article(article)
    first = article.blocks[0]
    assert view.doc_position(first.end + 1) == view.doc_position(first.end)
    with pytest.raises(ValueError, match="outside"):
        view.doc_position(len(article.text) + 1)


def highlight(view: ReadingView, start: int, end: int) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = view.text_cursor(start, end)
    return selection


def test_highlight_layers_are_independent_and_cleared_by_a_new_article(
    view: ReadingView,
) -> None:
    article = build_article()
    view.show_article(article)
    boats = article.text.index("boats")
    assert view.text_cursor(boats, boats + 5).selectedText() == "boats"
    view.set_highlights("find", [highlight(view, boats, boats + 5)])
    view.set_highlights("entities", [highlight(view, 0, 3), highlight(view, 4, 11)])
    shown = [s.cursor.selectedText() for s in view.extraSelections()]
    assert shown == ["boats", "The", "harbour"]
    view.set_highlights("find", [])
    assert [s.cursor.selectedText() for s in view.extraSelections()] == ["The", "harbour"]
    assert len(view.highlights("entities")) == 2
    view.show_article(article)
    assert view.extraSelections() == []
    assert view.highlights("entities") == []


def test_empty_state_message(view: ReadingView) -> None:
    view.show_article(build_article())
    view.show_message("Open an article with Ctrl+O.")
    assert view.document().toPlainText() == "Open an article with Ctrl+O."
    assert view.article is None
    assert view.plain_text() == ""
    with pytest.raises(ValueError, match="no article"):
        view.doc_position(0)


def test_markup_in_the_text_stays_text_and_nothing_is_loaded(
    view: ReadingView, tmp_path: Path
) -> None:
    builder = ArticleBuilder()
    markup = '<img src="file:///etc/passwd"> <b>not bold</b> <a href="https://x.test">x</a>'
    builder.add(BlockKind.PARAGRAPH, markup)
    article = Article("T", builder.text, tuple(builder.blocks), "t.txt", SourceFormat.TEXT)
    view.show_article(article)
    assert view.plain_text() == markup
    assert not text_font(block_at(view, 0)).bold()
    local = tmp_path / "picture.png"
    local.write_bytes(b"\x89PNG\r\n\x1a\n")
    resource = view.document().resource(
        QTextDocument.ResourceType.ImageResource.value, QUrl.fromLocalFile(str(local))
    )
    assert resource is None


def test_view_is_read_only_without_links(view: ReadingView) -> None:
    assert view.isReadOnly()
    assert not view.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    assert view.lineWrapMode() == QTextEdit.LineWrapMode.WidgetWidth


def line_lengths(view: ReadingView, index: int) -> list[int]:
    """Return the characters on each line of a laid-out block but the last."""
    layout = block_at(view, index).layout()
    return [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]


def test_column_is_centred_and_readable_on_a_wide_window(view: ReadingView, qtbot: QtBot) -> None:
    view.show_article(build_article())
    view.resize(1600, 900)
    qtbot.waitUntil(lambda: len(line_lengths(view, 0)) >= 3)
    frame = view.document().rootFrame().frameFormat()
    column = view.viewport().width() - frame.leftMargin() - frame.rightMargin()
    assert column < view.viewport().width() / 2
    assert frame.leftMargin() == frame.rightMargin()
    lengths = line_lengths(view, 0)
    assert 60 <= sum(lengths) / len(lengths) <= 75
    assert max(lengths) <= COLUMN_CHARACTERS + 10


def test_column_fills_a_narrow_window(view: ReadingView, qtbot: QtBot) -> None:
    view.show_article(build_article())
    view.resize(400, 700)
    qtbot.waitUntil(lambda: view.document().rootFrame().frameFormat().leftMargin() < 100)
    qtbot.waitUntil(lambda: len(line_lengths(view, 0)) >= 3)
    assert max(line_lengths(view, 0)) < 60


def long_article(paragraphs: int, word: str = "tide") -> Article:
    builder = ArticleBuilder()
    for number in range(paragraphs):
        builder.add(BlockKind.PARAGRAPH, f"Paragraph {number} about the {word}.")
    return Article(
        title="A long read",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source="long.txt",
        source_format=SourceFormat.TEXT,
    )


def test_a_long_article_is_built_between_events_and_then_shown(
    view: ReadingView, qtbot: QtBot
) -> None:
    article = long_article(SYNC_LAYOUT_BLOCKS * 4)
    with qtbot.waitSignal(view.article_laid_out, timeout=20_000) as laid_out:
        view.show_article(article)
        # Still building: nothing is on show yet, and the window keeps answering.
        assert view.article is None
    assert laid_out.args == [article]
    assert view.article is article
    last = article.blocks[-1]
    assert view.text_cursor(last.start, last.end).selectedText() == article.block_text(last)


def test_resizing_a_long_read_lays_out_the_part_on_show_first(
    view: ReadingView, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(view.article_laid_out, timeout=20_000):
        view.show_article(long_article(SYNC_LAYOUT_BLOCKS * 4))
    document = view.document()
    layout = document.documentLayout()
    layout.documentSize()  # all of it laid out
    # CPU time of this thread: what the window spends, whatever else the machine runs.
    started = time.thread_time()
    view.resize(700, 700)
    resizing = time.thread_time() - started
    # The column moved, and the text on show is laid out there at once...
    side = (view.viewport().width() - view.column_width) / 2
    shown = document.findBlock(view.cursorForPosition(view.viewport().rect().center()).position())
    assert layout.blockBoundingRect(shown).left() == pytest.approx(side, abs=1)
    # ...the rest of the long read later, between events: all of it at once
    # stalled the window 150 ms on every resize of a long read.
    started = time.thread_time()
    layout.documentSize()
    rest = time.thread_time() - started
    assert resizing < rest / 2
    last = document.lastBlock()
    assert layout.blockBoundingRect(last).left() == pytest.approx(side, abs=1)


def test_showing_something_else_abandons_a_long_build(view: ReadingView, qtbot: QtBot) -> None:
    shown: list[Article] = []
    view.article_laid_out.connect(shown.append)
    view.show_article(long_article(SYNC_LAYOUT_BLOCKS * 4, word="sea"))
    newer = long_article(SYNC_LAYOUT_BLOCKS * 2, word="harbour")
    view.show_article(newer)
    qtbot.waitUntil(lambda: view.article is newer, timeout=20_000)
    view.show_message("Nothing to read.")
    view.show_article(long_article(SYNC_LAYOUT_BLOCKS * 2, word="gull"))
    view.show_message("Still nothing.")
    # Give an abandoned build every chance to finish wrongly.
    qtbot.waitUntil(lambda: not view._build_timer.isActive())
    assert shown == [newer]
    assert "Still nothing." in view.toPlainText()


def test_a_huge_paragraph_is_shown_in_pieces_and_offsets_still_map(
    view: ReadingView, qtbot: QtBot
) -> None:
    words = [f"mot{n}" if n % 97 else "🌊" for n in range(12_000)]
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, "Short opening paragraph.")
    builder.add(BlockKind.PARAGRAPH, " ".join(words))
    builder.add(BlockKind.PARAGRAPH, "Closing words.")
    article = Article(
        title="One long line",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source="line.txt",
        source_format=SourceFormat.TEXT,
    )
    with qtbot.waitSignal(view.article_laid_out, timeout=20_000):
        view.show_article(article)
    long_block = article.blocks[1]
    assert len(article.block_text(long_block)) > 3 * PIECE_CHARACTERS
    # Several document blocks carry the one article block...
    first = view.document().findBlock(view.doc_position(long_block.start))
    last = view.document().findBlock(view.doc_position(long_block.end))
    assert last.blockNumber() - first.blockNumber() >= 3
    # ...and every word still maps to its exact place, both ways.
    for word in re.finditer(r"\S+", article.text):
        cursor = view.text_cursor(word.start(), word.end())
        assert cursor.selectedText() == word.group()
        assert view.offset_at(view.doc_position(word.start())) == word.start()
    closing = article.blocks[2]
    assert view.text_cursor(closing.start, closing.end).selectedText() == "Closing words."


def test_thousands_of_span_highlights_reach_qt_near_the_part_on_show(
    view: ReadingView, qtbot: QtBot
) -> None:
    article = long_article(SYNC_LAYOUT_BLOCKS * 4)
    with qtbot.waitSignal(view.article_laid_out, timeout=20_000):
        view.show_article(article)
    fmt = QTextCharFormat()
    spans = [(m.start(), m.end(), fmt) for m in re.finditer("tide", article.text)]
    view.set_span_highlights("mentions", spans)
    assert len(view.highlights("mentions")) == len(spans)
    shown = [s.cursor.selectedText() for s in view.extraSelections()]
    # Every one that Qt paints is right, the first ones are there, far fewer than all.
    assert shown and set(shown) == {"tide"} and len(shown) < len(spans) // 10
    assert view.extraSelections()[0].cursor.selectionStart() == view.doc_position(spans[0][0])
    # Scrolled to the end, the last ones are painted there.
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    last = view.doc_position(spans[-1][0])
    assert last in [s.cursor.selectionStart() for s in view.extraSelections()]
    # Other layers keep painting whole, on top.
    view.set_highlights("find", [highlight(view, 0, 4)])
    assert view.extraSelections()[-1].cursor.selectionStart() == view.doc_position(0)
    view.set_span_highlights("mentions", [])
    assert len(view.extraSelections()) == 1


def test_ctrl_home_and_ctrl_end_go_to_the_top_and_the_end(view: ReadingView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.article_laid_out, timeout=20_000):
        view.show_article(long_article(60))
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0


def test_a_long_article_takes_its_language_while_being_built(
    view: ReadingView, qtbot: QtBot
) -> None:
    article = long_article(SYNC_LAYOUT_BLOCKS * 4)
    english = dataclasses.replace(article, language="en")
    with qtbot.waitSignal(view.article_laid_out, timeout=20_000) as laid_out:
        view.show_article(article)
        assert view.update_article(article, english)
        # Only the article on show (or being built) is replaced.
        assert not view.update_article(article, english)
    assert laid_out.args == [english]
    assert view.article is english
    assert "English · " in view.toPlainText()
    for block in (english.blocks[0], english.blocks[-1]):
        cursor = view.text_cursor(block.start, block.end)
        assert cursor.selectedText() == english.block_text(block)
