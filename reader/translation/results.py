"""What a translation returns: plain frozen values the UI and the CLI read."""

from __future__ import annotations

from dataclasses import dataclass

from reader.article import Article


@dataclass(frozen=True)
class SentencePair:
    """One source sentence and its translation, as spans.

    `source` is a span in `Translation.source.text`, `target` a span in
    `Translation.article.text`; `block_index` is the block both belong to
    (the translated article has one block per source block).
    """

    block_index: int
    source: tuple[int, int]
    target: tuple[int, int]


@dataclass(frozen=True)
class Translation:
    """An article and its translation.

    `article` has one block per source block, with the same kinds and levels,
    `language` set to the target code and the title translated. `complete` is
    False for the partial results passed to `on_progress` while streaming:
    blocks not translated yet are then empty.
    """

    source: Article
    article: Article
    pairs: tuple[SentencePair, ...]
    model: str
    complete: bool

    @property
    def text(self) -> str:
        """Return the translated text (what `target` spans refer to)."""
        return self.article.text

    def pairs_in_block(self, block_index: int) -> tuple[SentencePair, ...]:
        """Return the sentence pairs of one block, in order."""
        return tuple(pair for pair in self.pairs if pair.block_index == block_index)
