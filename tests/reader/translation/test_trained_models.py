"""Exact translations by the tiny trained packages (tests/data/models/), through the
real paths a user takes: install the .argosmodel, translate an article, the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.article import Article, ArticleBuilder, BlockKind, SourceFormat
from reader.translation import install_package, translate_article, translate_text

MODELS = Path(__file__).resolve().parents[2] / "data" / "models"
UNSEEN = MODELS / "unseen.json"


def package(from_code: str, to_code: str) -> Path:
    return MODELS / f"translate-{from_code}_{to_code}-tiny.argosmodel"


def unseen(from_code: str) -> list[dict[str, str]]:
    if not UNSEEN.exists():
        pytest.skip("tests/data/models/unseen.json is not built yet (scripts/train_tiny_model.py)")
    records = [r for r in json.loads(UNSEEN.read_text(encoding="utf-8")) if r["from"] == from_code]
    assert len(records) >= 5, "the unseen set is too small to say anything"
    return records


def article_of(sentences: list[str], language: str) -> Article:
    builder = ArticleBuilder()
    for sentence in sentences:
        builder.add(BlockKind.PARAGRAPH, sentence)
    return Article(
        title=sentences[0],
        text=builder.text,
        blocks=tuple(builder.blocks),
        source="unseen",
        source_format=SourceFormat.TEXT,
        language=language,
    )


@pytest.mark.parametrize(("from_code", "to_code"), [("fr", "en"), ("en", "fr")])
def test_install_and_translate_an_article(from_code: str, to_code: str) -> None:
    records = unseen(from_code)
    info = install_package(package(from_code, to_code))
    assert (info.from_code, info.to_code) == (from_code, to_code)
    article = article_of([r["source"] for r in records], from_code)
    result = translate_article(article)
    got = [result.article.block_text(b) for b in result.article.blocks]
    assert got == [r["expected"] for r in records]
    assert result.article.title == records[0]["expected"]
    for pair in result.pairs:
        source = article.text[pair.source[0] : pair.source[1]]
        target = result.article.text[pair.target[0] : pair.target[1]]
        assert target == next(r["expected"] for r in records if r["source"] == source)


@pytest.mark.parametrize(("from_code", "to_code"), [("fr", "en"), ("en", "fr")])
def test_translate_text_of_several_sentences(from_code: str, to_code: str) -> None:
    records = unseen(from_code)[:4]
    install_package(package(from_code, to_code))
    text = " ".join(r["source"] for r in records[:2]) + "\n\n" + records[2]["source"]
    expected = " ".join(r["expected"] for r in records[:2]) + "\n\n" + records[2]["expected"]
    assert translate_text(text, from_code, to_code) == expected


def test_cli_translates_exactly(tmp_path: Path) -> None:
    records = unseen("fr")
    install_package(package("fr", "en"))
    path = tmp_path / "phrases.md"
    path.write_text("# Phrases\n\n" + "\n\n".join(r["source"] for r in records) + "\n", "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "reader", "translate", str(path), "--to", "en", "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    pairs = {pair["source"]: pair["target"] for pair in data["pairs"]}
    assert pairs == {r["source"]: r["expected"] for r in records}


def test_cli_translates_standard_input() -> None:
    records = unseen("en")[:3]
    install_package(package("en", "fr"))
    result = subprocess.run(
        [sys.executable, "-m", "reader", "translate", "-", "--to", "fr"],
        input="\n\n".join(r["source"] for r in records) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for record in records:
        assert record["expected"] in result.stdout
