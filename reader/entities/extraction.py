"""Figures and named entities together: one sorted list of entities for a text."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from reader.entities.figures import find_figures, with_model_figures
from reader.entities.merging import merge_names
from reader.entities.model import Entity, EntityResult
from reader.entities.names import Mention, acronym_aliases, find_names


def extract_entities(
    text: str,
    language: str,
    blocks: Sequence[tuple[int, int]] | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], object] | None = None,
    *,
    figures: Sequence[Entity] | None = None,
) -> EntityResult:
    """Find the people, organisations, places, other names and figures of `text`.

    Args:
        text: the text; every offset returned is into it (`Article.text`).
        language: "fr" or "en".
        blocks: paragraph spans to run the model on; by default the text split
            on blank lines.
        cancelled: called between paragraphs; once it returns true the work
            stops with `ExtractionCancelled`.
        progress: called with (paragraphs done, paragraphs) after each one;
            `ui.tasks.Task.with_progress` passes one that stops a cancelled task.
        figures: what `find_figures(text, language)` returned already, if it
            ran (a second of work for a book-length text).

    Raises:
        EntitiesUnavailable: no pipeline for the language (figures alone can
            still be had from `find_figures`).
        ExtractionCancelled: `cancelled()` returned true.
    """
    figures = list(find_figures(text, language) if figures is None else figures)
    model_figures: list[tuple[str, int, int]] = []
    names = find_names(text, language, blocks, cancelled, progress, figures=model_figures)
    figures = with_model_figures(text, figures, model_figures)
    taken = sorted(span for figure in figures for span in figure.mentions)
    names = [mention for mention in names if not _overlaps(taken, mention)]
    entities = merge_names(text, names, acronym_aliases(text, language)) + figures
    entities.sort(key=lambda entity: (entity.first, entity.label))
    return EntityResult(language, tuple(entities))


def _overlaps(spans: list[tuple[int, int]], mention: Mention) -> bool:
    """Return whether `mention` overlaps one of the sorted, disjoint `spans`."""
    index = bisect.bisect_left(spans, (mention.end, mention.end))
    return index > 0 and spans[index - 1][1] > mention.start
