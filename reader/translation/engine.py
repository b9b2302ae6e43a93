"""Translate articles with CTranslate2 and sentencepiece, one model lane per package.

An article is cut into sentences (our own splitter), tokenised with the package's
sentencepiece model and translated with few, large `translate_batch` calls: the
title and first paragraph first, in a small batch, so that they show at once, then
the rest in batches of a few thousand tokens, with progress and cancel in between.
Code blocks and text without letters (figures, dates, URLs alone) are kept as is.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.article import BLOCK_SEPARATOR, Article, Block, BlockKind, spans_of
from reader.errors import Phrase
from reader.language import TRANSLATED_INTO
from reader.language import translation_direction as language_direction
from reader.translation import cache, repair
from reader.translation.check import MISMATCH, OK, REPAIRED, SentenceCheck, check_pair
from reader.translation.errors import ModelMissing, TranslationCancelled, TranslationError
from reader.translation.packages import PackageInfo, find_package, on_package_changed
from reader.translation.reasons import ENGINE_ERROR, model_load_reason, translation_reason
from reader.translation.results import QUALITIES, SentencePair, Translation, TranslationSettings
from reader.translation.sentences import split_sentences

log = logging.getLogger(__name__)

#: The languages the app translates between, each with the other.
OTHER_LANGUAGE = TRANSLATED_INTO

#: Environment overrides for the decoding settings (tests run greedy).
BEAM_ENV = "LISIBLE_TRANSLATION_BEAM"
THREADS_ENV = "LISIBLE_TRANSLATION_THREADS"

#: Greedy search: on Argos's fr_en architecture a batch decodes about 3x faster
#: than at beam 4 (1.0 s against 2.9 s for 40 sentences on 2 cores, measured for
#: issue 4), which is what puts the first paragraph on screen within a second.
#: Beam search gains little on sentence-level news text; a reader who wants it
#: sets LISIBLE_TRANSLATION_BEAM=4.
DEFAULT_BEAM_SIZE = 1

#: One intra-op thread: on the 2-core machines Lisible targets it leaves a core for
#: the window, and it was faster than two for batched decoding (bench/translation.py
#: --threads: 2.42 s against 2.98 s for 51 sentences, 2.33 s against 2.96 s of CPU).
DEFAULT_THREADS = 1

#: Batches CTranslate2 runs at once (`inter_threads`). Running the first paragraph's
#: small batch beside the first big one was measured (2 cores, other work running):
#: the first paragraph came 2-3x later (1.0-1.4 s against 0.44-0.60 s) for no gain
#: in total time, so batches run one at a time.
PARALLEL_BATCHES = 1

#: Tokens per CTranslate2 sub-batch (`batch_type="tokens"`): large enough to keep
#: the matrix products efficient, small enough for the cache to hold activations.
MAX_BATCH_TOKENS = 2048

#: Source tokens per `translate_batch` call after the first paragraph: each call is
#: one progress step and one chance to cancel; about 60 ordinary sentences.
TOKENS_PER_CALL = 2000

#: A sentence longer than this (in source tokens) is translated in pieces: models
#: trained on sentences lose the thread (and loop) on whole paragraphs.
MAX_SENTENCE_TOKENS = 200

#: Output may be longer than the input (French runs ~15 % longer than English);
#: beyond twice the input plus a margin the decoder is looping, not translating.
DECODING_RATIO = 2.0
DECODING_MARGIN = 10

#: A group of up to this many tokens repeated back to back three times or more is
#: a decoding loop (the runaway output Argos users report); it is cut to one.
LOOP_MAX_NGRAM = 6
LOOP_REPEATS = 3

_LETTER = re.compile(r"[^\W\d_]")


def translation_direction(article: Article) -> tuple[str, str] | None:
    """Return ("fr", "en") or ("en", "fr") from the article's language, None for others."""
    return language_direction(article.language)


def translate_article(
    article: Article,
    to_code: str | None = None,
    *,
    on_progress: Callable[[Translation, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    use_cache: bool = True,
    settings: TranslationSettings | None = None,
) -> Translation:
    """Translate an article block by block, streaming partial results.

    `to_code` defaults to the other of French and English. `on_progress(partial,
    blocks_done, total)` is first called once the title and first paragraph are
    translated, then after each batch; in a partial result, blocks not translated
    yet are empty. `cancelled()` is polled between batches, between a batch's
    checked sentences and before each partial result is built. Safe to call from a
    worker thread. A translation is cached on disk by model, settings and source
    text, and comes back at once the next time (one `on_progress` call, complete).
    With `settings.check` each sentence pair carries its check; with
    `settings.repair` a sentence that fails is translated again (`reader.translation.repair`).

    Raises:
        ModelMissing: no installed package for the direction.
        TranslationCancelled: `cancelled()` returned True.
        TranslationError: the direction cannot be told or is not supported.
    """
    from_code, to_code = _direction(article, to_code)
    package = _package(from_code, to_code)
    options = _Options.from_settings(settings)
    model_name = f"{package.code} {package.version}".strip()
    key = cache.cache_key(
        f"{model_name} {options.signature} {_fingerprint(package)}", _cache_source(article)
    )
    if use_cache:
        hit = _from_cache(article, cache.get(key), model_name, to_code)
        if hit is not None:
            log.info("translation of %s from the cache", article.source)
            if on_progress:
                on_progress(hit, len(article.blocks), len(article.blocks))
            return hit
    work = _ArticleWork(article, from_code, to_code, model_name)
    model = _load(package)
    total = len(article.blocks)
    stop = _Stop(cancelled)
    for group in work.groups():
        stop.check()
        texts = [work.segments[i].text for i in group]
        for index, result in zip(group, model.translate(texts, options), strict=True):
            work.segments[index].result = result
        if options.check:
            _check_group(work, group, model, options, stop)
        if on_progress:
            # Not built for nobody: a long read's partial result is a whole
            # article, and a cancelled one went on holding the interpreter
            # while the window opened the next (bench/responsiveness.py).
            stop.check()
            on_progress(work.build(complete=False), work.blocks_done(), total)
    translation = work.build(complete=True)
    if use_cache:
        cache.put(key, model_name, _cache_value(translation))
    return translation


def translate_text(
    text: str,
    from_code: str,
    to_code: str,
    cancelled: Callable[[], bool] | None = None,
    settings: TranslationSettings | None = None,
) -> str:
    """Translate a piece of text (a selection), keeping its line and paragraph breaks."""
    package = _package(from_code, to_code)
    if cancelled and cancelled():
        raise TranslationCancelled("translation cancelled")
    spans = split_sentences(text, from_code)
    todo = [i for i, (start, end) in enumerate(spans) if _translatable(text[start:end])]
    model = _load(package)
    results = model.translate(
        [text[spans[i][0] : spans[i][1]] for i in todo], _Options.from_settings(settings)
    )
    translated = {i: result for i, result in zip(todo, results, strict=True)}
    parts = []
    previous_end = 0
    for i, (start, end) in enumerate(spans):
        parts.append(_glue(text[previous_end:start], first=i == 0))
        parts.append(translated.get(i, text[start:end]))
        previous_end = end
    return "".join(parts)


def preload(from_code: str, to_code: str) -> None:
    """Load the model for a direction now, in the caller's thread (ModelMissing if none)."""
    _load(_package(from_code, to_code))


# --- The model lane -------------------------------------------------------------------


@dataclass(frozen=True)
class _Options:
    beam_size: int
    threads: int
    check: bool = True
    repair: bool = True

    @classmethod
    def from_settings(cls, settings: TranslationSettings | None) -> _Options:
        """Return the settings' options; LISIBLE_TRANSLATION_BEAM overrides the quality."""
        settings = settings or TranslationSettings()
        beam = settings.beam_size if settings.quality in QUALITIES else DEFAULT_BEAM_SIZE
        return cls(
            beam_size=_env_int(BEAM_ENV, beam, 1, 16),
            threads=_env_int(THREADS_ENV, DEFAULT_THREADS, 1, os.cpu_count() or 1),
            check=settings.check,
            repair=settings.check and settings.repair,
        )

    @property
    def signature(self) -> str:
        # Threads change speed, not output; the beam, check and repair change what
        # is shown, so each belongs in the cache key.
        return f"beam{self.beam_size} check{int(self.check)} repair{int(self.repair)}"


class _Model:
    """A loaded package: its translator, its tokenizer and the lock of its lane."""

    def __init__(self, package: PackageInfo, threads: int) -> None:
        import ctranslate2
        import sentencepiece

        self.package = package
        self.lock = threading.Lock()
        started = time.perf_counter()
        try:
            self.translator = ctranslate2.Translator(
                str(package.model_path),
                device="cpu",
                compute_type="auto",
                inter_threads=PARALLEL_BATCHES,
                intra_threads=threads,
            )
            self.tokenizer = sentencepiece.SentencePieceProcessor(
                model_file=str(package.sentencepiece_path)
            )
        except (RuntimeError, ValueError, OSError) as error:
            reason = model_load_reason(error)
            _log_engine_error(
                reason, "cannot load %s from %s: %s", package.code, package.path, error
            )
            raise TranslationError(
                "the model {code} cannot be loaded: {reason}", code=package.code, reason=reason
            ) from error
        self.target_prefix = _target_prefix(package.path)
        log.info("loaded %s in %.2f s", package.code, time.perf_counter() - started)

    def translate(self, texts: Sequence[str], options: _Options) -> list[str]:
        """Translate sentences in one `translate_batch` (long ones in pieces)."""
        return self.submit(texts, options).collect()

    def submit(self, texts: Sequence[str], options: _Options) -> _Pending:
        """Start translating sentences in the background; `collect()` waits for them."""
        pieces: list[list[str]] = []
        owners: list[int] = []
        for index, text in enumerate(texts):
            tokens = self.tokenizer.encode(text, out_type=str)
            for start in range(0, max(1, len(tokens)), MAX_SENTENCE_TOKENS):
                pieces.append(tokens[start : start + MAX_SENTENCE_TOKENS])
                owners.append(index)
        if not pieces:
            return _Pending(self, len(texts), [], [], [])
        longest = max(len(p) for p in pieces)
        kwargs: dict[str, Any] = {
            "batch_type": "tokens",
            "max_batch_size": MAX_BATCH_TOKENS,
            "beam_size": options.beam_size,
            "max_decoding_length": int(longest * DECODING_RATIO) + DECODING_MARGIN,
            "asynchronous": True,
        }
        if self.target_prefix:
            kwargs["target_prefix"] = [[self.target_prefix]] * len(pieces)
        with self.lock:
            results = self.translator.translate_batch(pieces, **kwargs)
        return _Pending(self, len(texts), owners, pieces, results)


@dataclass
class _Pending:
    """Sentences being translated by CTranslate2's workers."""

    model: _Model
    count: int
    owners: list[int]
    pieces: list[list[str]]
    results: list[Any]

    def collect(self) -> list[str]:
        """Wait for the translations and return them, one per submitted text."""
        model = self.model
        outputs = [""] * self.count
        for owner, source, pending in zip(self.owners, self.pieces, self.results, strict=True):
            try:
                result = pending.result()
            except (RuntimeError, ValueError) as error:
                reason = translation_reason(error)
                _log_engine_error(reason, "%s failed to translate: %s", model.package.code, error)
                raise TranslationError("translation failed: {reason}", reason=reason) from error
            tokens = list(result.hypotheses[0])
            if model.target_prefix and tokens[:1] == [model.target_prefix]:
                tokens = tokens[1:]
            tokens = _cut_loops(tokens, source)
            decoded = model.tokenizer.decode(tokens).strip()
            outputs[owner] = f"{outputs[owner]} {decoded}".strip()
        return outputs


def _log_engine_error(reason: Phrase | str, message: str, *args: object) -> None:
    """Log CTranslate2's or SentencePiece's own words about a failure.

    A reason of ours (damaged files, not enough memory) says all a reader can act
    on: the engine's words are for `--verbose`, and the command line's error stays
    one line. An unknown failure says "details in the log": they are a warning,
    which the window's log file keeps.
    """
    log.log(logging.WARNING if reason is ENGINE_ERROR else logging.INFO, message, *args)


_models: dict[tuple[str, str, str, int], _Model] = {}
_models_lock = threading.Lock()


def _load(package: PackageInfo) -> _Model:
    threads = _env_int(THREADS_ENV, DEFAULT_THREADS, 1, os.cpu_count() or 1)
    key = (package.code, package.version, str(package.path), threads)
    with _models_lock:
        model = _models.get(key)
        if model is None:
            # Another version of the same package (reinstalled) is dropped to free memory.
            for old in [k for k in _models if k[0] == package.code]:
                del _models[old]
            model = _models[key] = _Model(package, threads)
        return model


def unload_all() -> None:
    """Forget every loaded model (in tests)."""
    with _models_lock:
        _models.clear()


def unload(code: str) -> None:
    """Forget the loaded model of a package (it was removed or replaced)."""
    with _models_lock:
        for key in [k for k in _models if k[0] == code]:
            del _models[key]


on_package_changed(unload)


def _fingerprint(package: PackageInfo) -> str:
    """Tell two installs of the same code and version apart, so the cache never mixes them."""
    try:
        info = (package.model_path / "model.bin").stat()
    except OSError:
        return ""
    return f"{info.st_size}-{info.st_mtime_ns}"


def _target_prefix(folder: Path) -> str:
    import json

    try:
        metadata = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    prefix = metadata.get("target_prefix", "") if isinstance(metadata, dict) else ""
    return prefix if isinstance(prefix, str) else ""


def _cut_loops(tokens: list[str], source: Sequence[str]) -> list[str]:
    """Cut an n-gram repeated back to back (a decoding loop) down to one copy.

    A repetition the source has too ("très très très" → "very very very") is kept.
    """
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(1, LOOP_MAX_NGRAM + 1):
            gram = tokens[i : i + size]
            repeats = 1
            while tokens[i + repeats * size : i + (repeats + 1) * size] == gram:
                repeats += 1
            if repeats >= LOOP_REPEATS and not _has_run(source, size):
                out += gram
                i += repeats * size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _has_run(tokens: Sequence[str], size: int) -> bool:
    """Tell whether some `size`-gram repeats back to back `LOOP_REPEATS` times in `tokens`."""
    span = size * LOOP_REPEATS
    for i in range(len(tokens) - span + 1):
        gram = list(tokens[i : i + size])
        if list(tokens[i : i + span]) == gram * LOOP_REPEATS:
            return True
    return False


# --- Checking and repairing ------------------------------------------------------------


@dataclass(frozen=True)
class _Stop:
    """The caller's `cancelled`, asked at every step worth skipping once it holds."""

    cancelled: Callable[[], bool] | None

    def check(self) -> None:
        """Raise `TranslationCancelled` if the caller gave up."""
        if self.cancelled is not None and self.cancelled():
            raise TranslationCancelled("translation cancelled")


def _check_group(
    work: _ArticleWork, group: list[int], model: _Model, options: _Options, stop: _Stop
) -> None:
    """Check the group's translated sentences; translate the failing ones again, held."""
    failing: list[tuple[int, tuple[Any, ...], repair.Prepared | None]] = []
    for index in group:
        stop.check()
        segment = work.segments[index]
        if segment.block_index < 0 or segment.result is None:
            continue  # the title has no sentence pair to carry a check
        issues = check_pair(segment.text, segment.result, work.from_code, work.to_code)
        if not issues:
            segment.check = SentenceCheck(OK)
            continue
        segment.check = SentenceCheck(MISMATCH, issues)
        if options.repair:
            prepared = repair.prepare(segment.text, issues, work.from_code, work.to_code)
            failing.append((index, issues, prepared))
    todo = [(index, issues, prepared) for index, issues, prepared in failing if prepared]
    if not todo:
        return
    stop.check()
    outputs = model.translate([prepared.text for _, _, prepared in todo if prepared], options)
    for (index, issues, prepared), output in zip(todo, outputs, strict=True):
        segment = work.segments[index]
        restored = prepared.restore(output) if prepared else None
        if restored is None or check_pair(segment.text, restored, work.from_code, work.to_code):
            log.info("could not repair %r", segment.text[:60])
            continue
        segment.check = SentenceCheck(REPAIRED, issues, original=segment.result or "")
        segment.result = restored


# --- Articles -------------------------------------------------------------------------


@dataclass
class _Segment:
    """A sentence (or a cell's sentence) to translate, in one block."""

    block_index: int  # -1 for the title
    start: int  # in the block's text (or the title)
    end: int
    text: str
    result: str | None = None
    check: SentenceCheck | None = None


@dataclass
class _BlockPlan:
    block: Block
    text: str
    segments: list[int] = field(default_factory=list)  # indexes into _ArticleWork.segments
    keep: bool = False  # code: copied untranslated


class _ArticleWork:
    """The segments of an article, their translations so far, and the article they make."""

    def __init__(self, article: Article, from_code: str, to_code: str, model_name: str) -> None:
        self.article = article
        self.from_code = from_code
        self.to_code = to_code
        self.model_name = model_name
        self.segments: list[_Segment] = []
        self.title_segments = self._add(article.title, -1, from_code)
        self.plans: list[_BlockPlan] = []
        for index, block in enumerate(article.blocks):
            text = article.block_text(block)
            plan = _BlockPlan(block, text, keep=block.kind is BlockKind.CODE)
            if not plan.keep:
                plan.segments = self._add(text, index, from_code)
            self.plans.append(plan)

    def _add(self, text: str, block_index: int, language: str) -> list[int]:
        indexes = []
        for start, end in split_sentences(text, language):
            indexes.append(len(self.segments))
            sentence = text[start:end]
            segment = _Segment(block_index, start, end, sentence)
            if not _translatable(sentence):
                segment.result = sentence
            self.segments.append(segment)
        return indexes

    def groups(self) -> list[list[int]]:
        """Return the segments to translate, as batches: title and first paragraph first."""
        pending = [i for i, s in enumerate(self.segments) if s.result is None]
        first_block = next(
            (
                i
                for i, plan in enumerate(self.plans)
                if plan.block.kind is not BlockKind.HEADING
                and any(self.segments[s].result is None for s in plan.segments)
            ),
            len(self.plans) - 1,
        )
        head = [i for i in pending if self.segments[i].block_index <= first_block]
        groups = [head] if head else []
        current: list[int] = []
        tokens = 0
        for i in pending[len(head) :]:
            # Characters / 4 approximates sentencepiece tokens closely enough to size a call.
            cost = len(self.segments[i].text) // 4 + 1
            if current and tokens + cost > TOKENS_PER_CALL:
                groups.append(current)
                current, tokens = [], 0
            current.append(i)
            tokens += cost
        if current:
            groups.append(current)
        return groups

    def blocks_done(self) -> int:
        return sum(1 for plan in self.plans if self._block_done(plan))

    def _block_done(self, plan: _BlockPlan) -> bool:
        return plan.keep or all(self.segments[i].result is not None for i in plan.segments)

    def build(self, complete: bool) -> Translation:
        title = self._join(self.article.title, self.title_segments, [])
        texts: list[str] = []
        # Per block: (segment, start, end) of each translated sentence in its text.
        placed: list[list[tuple[int, int, int]]] = []
        for plan in self.plans:
            local: list[tuple[int, int, int]] = []
            if plan.keep:
                text = plan.text
            elif self._block_done(plan):
                text = self._join(plan.text, plan.segments, local)
            else:
                text = ""
            texts.append(text)
            placed.append(local)
        translated = translated_article(self.article, title, texts, self.to_code)
        pairs = [
            SentencePair(
                index,
                (plan.block.start + segment.start, plan.block.start + segment.end),
                (block.start + start, block.start + end),
                segment.check,
            )
            for index, (plan, block, local) in enumerate(
                zip(self.plans, translated.blocks, placed, strict=True)
            )
            for segment, start, end in ((self.segments[i], start, end) for i, start, end in local)
        ]
        return Translation(self.article, translated, tuple(pairs), self.model_name, complete)

    def _join(self, source: str, indexes: list[int], spans: list[tuple[int, int, int]]) -> str:
        """Rebuild a block from its translated sentences, keeping line breaks and tabs."""
        parts: list[str] = []
        length = 0
        previous_end = 0
        for n, i in enumerate(indexes):
            segment = self.segments[i]
            glue = _glue(source[previous_end : segment.start], first=n == 0)
            result = segment.result or ""
            parts += [glue, result]
            length += len(glue)
            spans.append((i, length, length + len(result)))
            length += len(result)
            previous_end = segment.end
        return "".join(parts)


def translated_article(source: Article, title: str, texts: list[str], to_code: str) -> Article:
    """Return the translation of `source` as an Article: its blocks' translated `texts`.

    Each block keeps its kind, level and order, and its index; the credits stay
    the source's, the pictures and the removed lines do not follow.
    """
    return Article(
        title=title,
        text=BLOCK_SEPARATOR.join(texts),
        blocks=spans_of(texts, source.blocks),
        source=source.source,
        source_format=source.source_format,
        byline=source.byline,
        date=source.date,
        site=source.site,
        language=to_code,
    )


def _glue(between: str, first: bool) -> str:
    """Return what separates two translated sentences, from what separated the sources."""
    if first:
        return ""
    if "\n\n" in between:
        return "\n\n"
    if "\n" in between:
        return "\n"
    if "\t" in between:
        return "\t"
    return " "


def _translatable(text: str) -> bool:
    return bool(_LETTER.search(text)) and not re.fullmatch(r"\S+://\S+|\S+@\S+\.\S+", text)


def _direction(article: Article, to_code: str | None) -> tuple[str, str]:
    direction = translation_direction(article)
    if to_code is None:
        if direction is None:
            raise TranslationError(
                "cannot translate an article in {language}: Lisible translates French and English",
                language=article.language or Phrase("an unknown language"),
            )
        return direction
    if to_code not in OTHER_LANGUAGE:
        raise TranslationError(
            "cannot translate to {to_code}: Lisible translates to en or fr", to_code=repr(to_code)
        )
    from_code = direction[0] if direction else OTHER_LANGUAGE[to_code]
    if from_code == to_code:
        raise TranslationError("the article is already in {to_code}", to_code=to_code)
    return from_code, to_code


def _package(from_code: str, to_code: str) -> PackageInfo:
    package = find_package(from_code, to_code)
    if package is None:
        raise ModelMissing(from_code, to_code)
    return package


def _env_int(name: str, default: int, low: int, high: int) -> int:
    try:
        value = int(os.environ.get(name, default))
    except ValueError:
        log.warning("ignoring %s=%r: not a number", name, os.environ.get(name))
        return default
    return min(high, max(low, value))


# --- Cache ----------------------------------------------------------------------------


def _cache_source(article: Article) -> list[Any]:
    return [
        article.title,
        [[b.kind.value, b.level, b.ordered, article.block_text(b)] for b in article.blocks],
    ]


def _cache_value(translation: Translation) -> dict[str, Any]:
    article = translation.article
    return {
        "title": article.title,
        "blocks": [article.block_text(b) for b in article.blocks],
        "pairs": [[p.block_index, *p.source, *p.target] for p in translation.pairs],
        "checks": [p.check.to_dict() if p.check else None for p in translation.pairs],
    }


def _from_cache(article: Article, value: Any, model_name: str, to_code: str) -> Translation | None:
    """Rebuild a cached translation; None if the entry does not fit the article."""
    try:
        texts = [str(t) for t in value["blocks"]]
        checks = value.get("checks") or [None] * len(value["pairs"])
        pairs = tuple(
            SentencePair(
                int(b),
                (int(s0), int(s1)),
                (int(t0), int(t1)),
                SentenceCheck.from_dict(check) if check else None,
            )
            for (b, s0, s1, t0, t1), check in zip(value["pairs"], checks, strict=True)
        )
        title = str(value["title"])
    except (TypeError, KeyError, ValueError, AttributeError):
        return None
    if len(texts) != len(article.blocks):
        return None
    translated = translated_article(article, title, texts, to_code)
    return Translation(article, translated, pairs, model_name, True)
