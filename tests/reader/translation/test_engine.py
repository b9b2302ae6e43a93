"""The engine with a real (small, random-weight) CTranslate2 package: structure,
streaming, cancel, cache, threads. Exact translations are checked with the trained
tiny packages in test_trained_models.py."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from reader.article import Article, ArticleBuilder, BlockKind, SourceFormat
from reader.translation import (
    ModelMissing,
    Translation,
    TranslationCancelled,
    TranslationError,
    cache,
    engine,
    install_package,
    preload,
    split_sentences,
    translate_article,
    translate_text,
    translation_direction,
)
from reader.translation.reasons import (
    ENGINE_ERROR,
    MODEL_FILE_MISSING,
    model_load_reason,
    translation_reason,
)

CODE = "for x in range(3):\n    print(x)  # Le code reste tel quel."


def make_article(paragraphs: int = 3, language: str | None = "fr") -> Article:
    builder = ArticleBuilder()
    builder.add(BlockKind.HEADING, "Le jardin partagé", level=2)
    builder.add(
        BlockKind.PARAGRAPH,
        "Marie Dubois pousse le portail du jardin. Le jardin nourrit tout un quartier.",
    )
    builder.add(BlockKind.CODE, CODE)
    builder.add(BlockKind.LIST_ITEM, "Le jardin partagé.", level=1)
    builder.add(BlockKind.TABLE_ROW, "Le jardin\t2 400 m²\tLe quartier")
    builder.add(BlockKind.PARAGRAPH, "2024 — 97,4 %")
    for n in range(paragraphs):
        builder.add(
            BlockKind.PARAGRAPH,
            f"Le jardin nourrit le quartier numéro {n}. Marie Dubois pousse le portail.",
        )
    return Article(
        title="Le jardin partagé nourrit tout un quartier",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source="test.md",
        source_format=SourceFormat.MARKDOWN,
        byline="Camille Besson",
        language=language,
    )


@pytest.fixture
def installed(random_package: Path) -> None:
    install_package(random_package)


def test_direction_follows_the_language() -> None:
    assert translation_direction(make_article(language="fr")) == ("fr", "en")
    assert translation_direction(make_article(language="en")) == ("en", "fr")
    assert translation_direction(make_article(language="de")) is None
    assert translation_direction(make_article(language=None)) is None


def test_missing_model_names_both_ways() -> None:
    with pytest.raises(ModelMissing) as caught:
        translate_article(make_article())
    error = caught.value
    assert (error.from_code, error.to_code, error.download_size) == ("fr", "en", None)
    message = str(error)
    assert "lisible models install" in message and "lisible models download fr en" in message
    assert "\n" not in message
    with pytest.raises(ModelMissing):
        preload("en", "fr")


def test_unknown_language_needs_a_target(installed: None) -> None:
    with pytest.raises(TranslationError, match="French and English"):
        translate_article(make_article(language="de"))
    with pytest.raises(TranslationError, match="already in"):
        translate_article(make_article(language="en"), "en")
    # With a target, an undetected language is taken to be the other one.
    result = translate_article(make_article(language=None), "en")
    assert result.article.language == "en"


def test_translation_keeps_the_structure(installed: None) -> None:
    article = make_article()
    result = translate_article(article)
    assert isinstance(result, Translation)
    assert result.complete
    assert result.source is article
    assert result.model == "translate-fr_en 1.0"
    translated = result.article
    assert translated.language == "en"
    assert translated.byline == article.byline
    assert translated.title and translated.title != article.title
    assert [(b.kind, b.level) for b in translated.blocks] == [
        (b.kind, b.level) for b in article.blocks
    ]
    texts = [translated.block_text(b) for b in translated.blocks]
    assert texts[2] == CODE, "code is never translated"
    assert texts[5] == "2024 — 97,4 %", "text without words is kept as is"
    assert texts[4].count("\t") == 2, "table cells stay cells"
    assert all(texts), "every block has a translation"
    assert all(
        texts[i] != article.block_text(b) for i, b in enumerate(article.blocks) if i not in (2, 5)
    )


def test_pairs_map_every_source_sentence_to_its_translation(installed: None) -> None:
    article = make_article()
    result = translate_article(article)
    by_block: dict[int, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
    for pair in result.pairs:
        by_block.setdefault(pair.block_index, []).append((pair.source, pair.target))
    assert 2 not in by_block, "code blocks have no sentence pairs"
    for index, block in enumerate(article.blocks):
        if block.kind is BlockKind.CODE:
            continue
        expected = [
            (block.start + a, block.start + b)
            for a, b in split_sentences(article.block_text(block), "fr")
        ]
        assert [source for source, _ in by_block[index]] == expected
        target_block = result.article.blocks[index]
        previous = target_block.start
        for _, (start, end) in by_block[index]:
            assert previous <= start < end <= target_block.end
            assert result.article.text[start:end].strip() == result.article.text[start:end]
            previous = end


def test_streams_the_first_paragraph_first(
    installed: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "TOKENS_PER_CALL", 40)
    article = make_article(paragraphs=12)
    calls: list[tuple[Translation, int, int]] = []
    result = translate_article(article, on_progress=lambda p, d, t: calls.append((p, d, t)))
    total = len(article.blocks)
    assert len(calls) >= 4
    first, done, reported_total = calls[0]
    assert reported_total == total
    assert not first.complete
    texts = [first.article.block_text(b) for b in first.article.blocks]
    assert texts[0] and texts[1] and first.article.title, "the heading and first paragraph"
    assert done == sum(1 for text in texts if text)
    assert texts[-1] == "", "later blocks are still empty"
    assert [d for _, d, _ in calls] == sorted(d for _, d, _ in calls)
    assert calls[-1][1] == total
    # A partial result is a prefix of the final one, block by block.
    for partial, _, _ in calls:
        for block, final in zip(partial.article.blocks, result.article.blocks, strict=True):
            text = partial.article.block_text(block)
            assert text in ("", result.article.block_text(final))


def test_cancel_between_batches(installed: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "TOKENS_PER_CALL", 40)
    article = make_article(paragraphs=12)
    calls: list[int] = []
    with pytest.raises(TranslationCancelled):
        translate_article(
            article, on_progress=lambda p, d, t: calls.append(d), cancelled=lambda: bool(calls)
        )
    assert len(calls) == 1
    # Nothing partial was cached: the next run translates everything.
    assert translate_article(article).complete


def test_a_cancel_during_a_batch_builds_no_partial_result(
    installed: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The reader cancels while the first batch is being translated: no partial
    # article is built for nobody (a long read's is the whole article again).
    article = make_article(paragraphs=12)
    given_up = threading.Event()
    real = engine._Model.translate

    def translate(model: engine._Model, texts: list[str], options: object) -> list[str]:
        outputs = real(model, texts, options)  # type: ignore[arg-type]
        given_up.set()
        return outputs

    monkeypatch.setattr(engine._Model, "translate", translate)
    built: list[int] = []
    with pytest.raises(TranslationCancelled):
        translate_article(
            article, on_progress=lambda p, d, t: built.append(d), cancelled=given_up.is_set
        )
    assert built == []


def test_a_cancel_stops_checking_the_batch(
    installed: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = make_article(paragraphs=12)
    checked: list[str] = []
    real = engine.check_pair

    def check_pair(source: str, target: str, *languages: str) -> tuple[object, ...]:
        checked.append(source)
        return real(source, target, *languages)

    monkeypatch.setattr(engine, "check_pair", check_pair)
    with pytest.raises(TranslationCancelled):
        translate_article(article, use_cache=False, cancelled=lambda: len(checked) >= 2)
    assert len(checked) == 2
    # Checking goes on to the last sentence when nobody cancels.
    checked.clear()
    translate_article(article, use_cache=False)
    assert len(checked) > 2


def test_second_time_comes_from_the_cache(installed: None, monkeypatch: pytest.MonkeyPatch) -> None:
    article = make_article()
    first = translate_article(article)

    def no_model(package: object) -> None:
        raise AssertionError("the model was needed for a cached article")

    monkeypatch.setattr(engine, "_load", no_model)
    calls: list[int] = []
    again = translate_article(article, on_progress=lambda p, d, t: calls.append(d))
    assert again == first
    assert calls == [len(article.blocks)]
    with pytest.raises(AssertionError, match="model was needed"):
        translate_article(article, use_cache=False)


def test_a_changed_text_is_translated_again(installed: None) -> None:
    first = translate_article(make_article(paragraphs=1))
    second = translate_article(make_article(paragraphs=2))
    assert len(second.article.blocks) == len(first.article.blocks) + 1


def test_a_corrupt_cache_starts_afresh(installed: None) -> None:
    article = make_article()
    first = translate_article(article)
    cache.cache_file().write_bytes(b"this is not a database" * 100)
    assert translate_article(article) == first
    assert translate_article(article) == first


def test_translate_text_keeps_breaks(installed: None) -> None:
    text = "Le jardin nourrit le quartier. Marie pousse le portail.\n\n2024\nLe jardin."
    result = translate_text(text, "fr", "en")
    paragraphs = result.split("\n\n")
    assert len(paragraphs) == 2
    assert paragraphs[1].split("\n")[0] == "2024"
    assert "jardin" not in result
    with pytest.raises(TranslationCancelled):
        translate_text(text, "fr", "en", cancelled=lambda: True)


def test_preload_then_threads_share_one_model(installed: None) -> None:
    preload("fr", "en")
    assert len(engine._models) == 1
    articles = [make_article(paragraphs=n) for n in range(4)]
    serial = [translate_article(a, use_cache=False) for a in articles]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda a: translate_article(a, use_cache=False), articles))
    assert parallel == serial
    assert len(engine._models) == 1
    assert threading.active_count() >= 1


def test_loops_are_cut_unless_the_source_repeats_too() -> None:
    loop = ["▁a", "▁b", "▁a", "▁b", "▁a", "▁b", "▁a", "▁b", "▁c"]
    assert engine._cut_loops(loop, ["▁x"]) == ["▁a", "▁b", "▁c"]
    assert engine._cut_loops(["▁très"] * 5, ["▁very"]) == ["▁très"]
    assert engine._cut_loops(["▁very"] * 3, ["▁très"] * 3) == ["▁very"] * 3
    assert engine._cut_loops(["▁a", "▁b", "▁a"], []) == ["▁a", "▁b", "▁a"]


def test_removing_the_package_unloads_its_model(installed: None) -> None:
    from reader.translation import remove_package

    translate_article(make_article())
    assert engine._models
    remove_package("translate-fr_en")
    assert not engine._models
    with pytest.raises(ModelMissing):
        translate_article(make_article())


def test_reinstalling_a_model_does_not_reuse_its_cached_translations(
    installed: None, tmp_path: Path
) -> None:
    from scripts.argos_model import build_random_package

    article = make_article()
    first = translate_article(article)
    other = build_random_package(
        tmp_path / "other.argosmodel",
        "fr",
        "en",
        layers=1,
        d_model=32,
        heads=2,
        ffn=64,
        vocab=200,
        seed=7,
        sentences=["Le jardin partagé nourrit tout un quartier."],
    )
    install_package(other)
    second = translate_article(article)
    assert second.model == first.model, "same code and version"
    assert second.article.text != first.article.text, "the new weights were used"


def _load_failure(random_package: Path, damage: Callable[[Path], None]) -> str:
    """Install the package, damage its folder, and return the message loading it gives."""
    engine.unload_all()
    package = install_package(random_package)
    damage(package.path)
    with pytest.raises(TranslationError) as caught:
        preload("fr", "en")
    return str(caught.value)


def _rewrite_model(change: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def damage(folder: Path) -> None:
        model = folder / "model" / "model.bin"
        model.write_bytes(change(model.read_bytes()))

    return damage


def test_a_damaged_model_is_worded_for_the_reader(
    random_package: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="reader.translation.engine")
    # CTranslate2 says "Variable 'decoder/…' has an invalid payload size", "File model.bin
    # is incomplete: failed to read a value of size 4", or takes the first bytes for a
    # format version (v544501614 for "not "): all mean the file is damaged.
    damaged = (
        "the model translate-fr_en cannot be loaded:"
        " its files are damaged or incomplete (install it again)"
    )
    for change in (
        lambda data: data[: len(data) // 2],
        lambda data: b"",
        lambda data: b"not a model",
    ):
        assert _load_failure(random_package, _rewrite_model(change)) == damaged

    def garble_tokenizer(folder: Path) -> None:
        (folder / "sentencepiece.model").write_bytes(b"garbage")

    # SentencePiece: "INTERNAL: could not parse ModelProto from …".
    assert _load_failure(random_package, garble_tokenizer) == damaged
    # The engine's own words are kept for --verbose, not printed above the command
    # line's one-line error.
    engine_words = [r for r in caplog.records if r.name == "reader.translation.engine"]
    assert any("invalid payload size" in r.getMessage() for r in engine_words)
    assert any("could not parse" in r.getMessage() for r in engine_words)
    assert all(r.levelno == logging.INFO for r in engine_words)


def test_a_model_for_a_newer_engine_says_so(
    random_package: Path,
) -> None:
    # The first four bytes are CTranslate2's format version: 7 is the next one.
    newer = _rewrite_model(lambda data: (7).to_bytes(4, "little") + data[4:])
    assert _load_failure(random_package, newer) == (
        "the model translate-fr_en cannot be loaded:"
        " it needs a newer translation engine than this Lisible has"
    )


def test_a_model_file_gone_between_listing_and_loading_is_named_missing(tmp_path: Path) -> None:
    # The listing skips a package without its files; one removed after it reaches the loader.
    import ctranslate2
    import sentencepiece

    for load in (
        lambda: ctranslate2.Translator(str(tmp_path)),
        lambda: sentencepiece.SentencePieceProcessor(model_file=str(tmp_path / "sp.model")),
    ):
        with pytest.raises(RuntimeError) as caught:
            load()
        assert model_load_reason(caught.value) is MODEL_FILE_MISSING


def test_a_failure_while_translating_names_memory_or_points_to_the_log() -> None:
    # CTranslate2 reports C++'s allocation failure by its name; anything else is its own jargon.
    assert str(translation_reason(RuntimeError("std::bad_alloc"))) == "not enough memory"
    assert translation_reason(RuntimeError("unsupported batch type")) is ENGINE_ERROR
