"""The cleaned article: one text, and blocks that are spans over it."""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

#: Silent reading speed used for the reading time; 230 words a minute is the
#: usual adult average for non-fiction in both French and English.
WORDS_PER_MINUTE = 230

#: Between two blocks of `Article.text`; a blank line keeps the text readable
#: as plain text and makes block boundaries obvious to sentence splitters.
BLOCK_SEPARATOR = "\n\n"

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
#: Characters counted per regex call: about a millisecond of work.
_COUNT_SLICE = 64 * 1024


class BlockKind(enum.StrEnum):
    """What a block is, as a reader sees it."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"
    FIGURE = "figure"
    TABLE_ROW = "table_row"


class SourceFormat(enum.StrEnum):
    """What a source was before cleaning."""

    HTML = "html"
    TEXT = "text"
    MARKDOWN = "markdown"


@dataclass(frozen=True)
class Block:
    """One block of the article: its kind and its span in `Article.text`.

    `level` is the heading level (1-6) for headings and the nesting depth
    (1 = top) for list items; 0 elsewhere. `ordered` marks numbered list items.
    """

    kind: BlockKind
    start: int
    end: int
    level: int = 0
    ordered: bool = False


@dataclass(frozen=True)
class Image:
    """An image of the page, shown with the FIGURE block at `block_index`.

    `src` is the reference as the page wrote it (a relative path for pages
    saved with their files, or a URL); `alt` is its description, maybe empty.
    """

    block_index: int
    src: str
    alt: str = ""


@dataclass(frozen=True)
class Article:
    """A cleaned article. Every offset in the app refers to `text`."""

    title: str
    text: str
    blocks: tuple[Block, ...]
    source: str
    source_format: SourceFormat
    byline: str | None = None
    date: str | None = None
    site: str | None = None
    language: str | None = None
    removed: tuple[str, ...] = field(default=(), compare=False)
    #: The page's own picture for the article (og:image...), an http(s) URL or
    #: a path relative to a saved page; never fetched by the core.
    lead_image: str | None = None
    canonical_url: str | None = None
    #: The images of FIGURE blocks, in block order.
    images: tuple[Image, ...] = ()

    def block_text(self, block: Block) -> str:
        """Return the text of one block."""
        return self.text[block.start : block.end]

    @cached_property
    def word_count(self) -> int:
        """Count the words of the body text (once: a long read has a million characters)."""
        # A slice at a time, cut at spaces (no word spans one): one regex call
        # over megabytes would hold the GIL, and the window with it, for long.
        text = self.text
        count = start = 0
        while start < len(text):
            end = text.find(" ", start + _COUNT_SLICE)
            end = len(text) if end < 0 else end
            count += len(_WORD.findall(text, start, end))
            start = end
        return count

    @property
    def reading_minutes(self) -> int:
        """Estimate the reading time in whole minutes, at least one."""
        return max(1, math.ceil(self.word_count / WORDS_PER_MINUTE))


@dataclass(frozen=True)
class Draft:
    """A block before it has a place in the text."""

    kind: BlockKind
    text: str
    level: int = 0
    ordered: bool = False


def spans_of(texts: Sequence[str], shapes: Sequence[Block | Draft]) -> tuple[Block, ...]:
    """Return blocks shaped like `shapes` (kind, level, order) as spans over the joined `texts`.

    The text they span is `BLOCK_SEPARATOR.join(texts)`; an empty text makes an
    empty block, so that block indexes stay those of `shapes`.
    """
    blocks = []
    start = 0
    for shape, text in zip(shapes, texts, strict=True):
        end = start + len(text)
        blocks.append(Block(shape.kind, start, end, shape.level, shape.ordered))
        start = end + len(BLOCK_SEPARATOR)
    return tuple(blocks)


class ArticleBuilder:
    """Collect blocks one by one into the single text an `Article` holds."""

    def __init__(self) -> None:
        self.drafts: list[Draft] = []

    def add(self, kind: BlockKind, text: str, level: int = 0, ordered: bool = False) -> None:
        """Append a block; empty or blank text is skipped."""
        text = text.strip()
        if text:
            self.drafts.append(Draft(kind, text, level, ordered))

    def remove(self, index: int) -> Draft:
        """Take out the block at `index` and return it."""
        return self.drafts.pop(index)

    @property
    def text(self) -> str:
        """Return the text the blocks so far make."""
        return BLOCK_SEPARATOR.join(draft.text for draft in self.drafts)

    @property
    def blocks(self) -> list[Block]:
        """Return the blocks so far, as spans over `text`."""
        return list(spans_of([draft.text for draft in self.drafts], self.drafts))
