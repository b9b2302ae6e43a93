"""Score found entities against hand-annotated spans: precision, recall and F1 per label.

Used by `bench/entities.py` and by the quality-floor test; a mention counts as
found only with the same start, end and label as the gold one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.entities.model import FIGURE_LABELS, LABELS, NAME_LABELS

#: One labelled span: (start, end, label).
Span = tuple[int, int, str]


@dataclass(frozen=True)
class Score:
    """Counts of one comparison, and the measures they give."""

    true_positives: int
    found: int
    expected: int

    @property
    def precision(self) -> float:
        """Return the share of found spans that are right (1.0 when nothing was found)."""
        return self.true_positives / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Return the share of expected spans that were found (1.0 when none were expected)."""
        return self.true_positives / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class GoldSet:
    """Annotated paragraphs joined into one article, as the app would see them."""

    language: str
    text: str
    blocks: tuple[tuple[int, int], ...]
    spans: frozenset[Span]


def load_gold(path: Path) -> GoldSet:
    """Read a gold file: `{"language", "paragraphs": [{"text", "entities": [[s, e, label]]}]}`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    pieces: list[str] = []
    blocks: list[tuple[int, int]] = []
    spans: set[Span] = set()
    offset = 0
    for paragraph in data["paragraphs"]:
        text = paragraph["text"]
        blocks.append((offset, offset + len(text)))
        spans.update((offset + s, offset + e, label) for s, e, label in paragraph["entities"])
        pieces.append(text)
        offset += len(text) + 2
    return GoldSet(data["language"], "\n\n".join(pieces), tuple(blocks), frozenset(spans))


def score(found: Iterable[Span], expected: Iterable[Span]) -> dict[str, Score]:
    """Return the score per label, and for "names", "figures" and "all" together."""
    found_set, expected_set = set(found), set(expected)
    groups: dict[str, frozenset[str]] = {label: frozenset({label}) for label in LABELS}
    groups["names"] = NAME_LABELS
    groups["figures"] = FIGURE_LABELS
    groups["all"] = frozenset(LABELS)
    scores = {}
    for name, labels in groups.items():
        mine = {span for span in found_set if span[2] in labels}
        gold = {span for span in expected_set if span[2] in labels}
        scores[name] = Score(len(mine & gold), len(mine), len(gold))
    return scores
