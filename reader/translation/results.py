"""What a translation returns: plain frozen values the UI and the CLI read."""

from __future__ import annotations

from dataclasses import dataclass

from reader.article import Article
from reader.translation.check import MISMATCH, REPAIRED, SentenceCheck

#: Decoding qualities: fast is greedy search, best a beam of 4 (about 3x slower).
QUALITIES = {"fast": 1, "best": 4}


@dataclass(frozen=True)
class TranslationSettings:
    """How to translate: the reader's choices (Preferences, CLI options).

    `quality` is "fast" (greedy) or "best" (beam search); `check` checks every
    sentence's figures and names against its source; `repair` translates a
    sentence that fails again with its figures and names held in place.
    """

    quality: str = "fast"
    check: bool = True
    repair: bool = True

    @property
    def beam_size(self) -> int:
        """Return the beam size the quality stands for."""
        return QUALITIES.get(self.quality, 1)


@dataclass(frozen=True)
class SentencePair:
    """One source sentence and its translation, as spans.

    `source` is a span in `Translation.source.text`, `target` a span in
    `Translation.article.text`; `block_index` is the block both belong to
    (the translated article has one block per source block). `check` is what
    the figure and name check found, None when it did not run.
    """

    block_index: int
    source: tuple[int, int]
    target: tuple[int, int]
    check: SentenceCheck | None = None


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

    def count_checks(self) -> tuple[int, int]:
        """Return how many sentences were repaired and how many still mismatch."""
        statuses = [pair.check.status for pair in self.pairs if pair.check is not None]
        return statuses.count(REPAIRED), statuses.count(MISMATCH)
