"""The article model: word count and reading time."""

from __future__ import annotations

import re

import pytest

from reader.article import Article, ArticleBuilder, BlockKind, SourceFormat


def article_of(*paragraphs: str) -> Article:
    builder = ArticleBuilder()
    for paragraph in paragraphs:
        builder.add(BlockKind.PARAGRAPH, paragraph)
    return Article(
        title="Words",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source="words.txt",
        source_format=SourceFormat.TEXT,
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("L’économie n'a pas ralenti, dit-il.", 5),
        ("Twenty-two people arrived at 9.30 — on time.", 8),
        ("« Bonjour » ; 97,4 %", 3),
    ],
)
def test_words_are_counted_as_a_reader_counts_them(text: str, words: int) -> None:
    assert article_of(text).word_count == words


def test_a_long_text_is_counted_exactly_across_its_slices() -> None:
    # Several times the slice counted per regex call, with words of every shape
    # on both sides of every cut.
    sentence = "L’État a versé 97,4 milliards d'euros au rock-and-roll. "
    text = sentence * 20_000
    article = article_of(text, "Fin du texte.")
    expected = len(re.findall(r"\w+(?:['’-]\w+)*", article.text))
    assert article.word_count == expected
    assert article.reading_minutes == -(-expected // 230)
