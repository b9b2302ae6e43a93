"""Checked translations end to end, with the tiny trained packages (tests/data/models/):
sentences they translate right pass; figures they or a corrupting double get wrong are
marked, then repaired, in the core and the CLI."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from cli_support import run_cli
from test_trained_models import article_of, package, unseen

from reader import cli
from reader.translation import TranslationSettings, engine, install_package, translate_article
from reader.translation.check import MISMATCH, OK, REPAIRED

#: Sentences of the tiny model's world whose figure it copies ("819") or mangles:
#: it drops the space of "1 500" and the comma of "12,5", which the check catches.
FIGURES = [
    "Maintenant, le chien dessine 819 voitures au marché.",
    "Maintenant, le chien dessine 1 500 voitures au marché.",
]


class DigitSwapper:
    """A translator double: the real model, with the last two digits of every number of
    three digits or more swapped in its output, as a model that misreads figures does."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.calls: list[list[str]] = []

    def translate(self, texts: Sequence[str], options: Any) -> list[str]:
        self.calls.append(list(texts))
        swap = lambda m: m.group()[:-2] + m.group()[-1] + m.group()[-2]  # noqa: E731
        return [re.sub(r"\d{3,}", swap, text) for text in self.model.translate(texts, options)]


@pytest.fixture
def swapper(monkeypatch: pytest.MonkeyPatch) -> DigitSwapper:
    install_package(package("fr", "en"))
    double = DigitSwapper(engine._load(engine._package("fr", "en")))
    monkeypatch.setattr(engine, "_load", lambda package: double)
    return double


def targets(result: Any) -> list[str]:
    return [result.text[p.target[0] : p.target[1]] for p in result.pairs]


def test_sentences_translated_right_pass() -> None:
    records = unseen("fr")
    install_package(package("fr", "en"))
    result = translate_article(article_of([r["source"] for r in records], "fr"))
    assert [pair.check.status for pair in result.pairs if pair.check] == [OK] * len(records)
    assert targets(result) == [r["expected"] for r in records]


def test_a_figure_the_model_mangles_is_repaired() -> None:
    install_package(package("fr", "en"))
    result = translate_article(article_of(FIGURES, "fr"), use_cache=False)
    assert targets(result) == [
        "Now, the dog draws 819 cars at the market.",
        "Now, the dog draws 1,500 cars at the market.",
    ]
    first, second = (pair.check for pair in result.pairs)
    assert first is not None and first.status == OK
    assert second is not None and second.status == REPAIRED
    assert second.original == "Now, the dog draws 150 cars at the market."
    assert second.describe() == "source: 1 500 — translation said: 150 — repaired"
    assert result.count_checks() == (1, 0)


def test_a_corrupting_translator_is_caught_and_repaired(swapper: DigitSwapper) -> None:
    result = translate_article(article_of(FIGURES[:1], "fr"), use_cache=False)
    (pair,) = result.pairs
    assert targets(result) == ["Now, the dog draws 819 cars at the market."]
    assert pair.check is not None and pair.check.status == REPAIRED
    assert pair.check.original == "Now, the dog draws 891 cars at the market."
    # The repair is one more call, with the figure held by a placeholder.
    assert swapper.calls[-1] == ["Maintenant, le chien dessine 41 voitures au marché."]


def test_without_repair_the_mismatch_is_reported_and_the_models_version_shown(
    swapper: DigitSwapper,
) -> None:
    settings = TranslationSettings(repair=False)
    result = translate_article(article_of(FIGURES[:1], "fr"), use_cache=False, settings=settings)
    (pair,) = result.pairs
    assert targets(result) == ["Now, the dog draws 891 cars at the market."]
    assert pair.check is not None and pair.check.status == MISMATCH
    assert result.count_checks() == (0, 1)
    unchecked = translate_article(
        article_of(FIGURES[:1], "fr"), use_cache=False, settings=TranslationSettings(check=False)
    )
    assert unchecked.pairs[0].check is None


def test_the_settings_are_part_of_the_cache_key(swapper: DigitSwapper) -> None:
    article = article_of(FIGURES[:1], "fr")
    repaired = translate_article(article)
    reported = translate_article(article, settings=TranslationSettings(repair=False))
    assert targets(repaired) != targets(reported)
    again = translate_article(article)  # from the cache, with its check
    assert again.pairs == repaired.pairs
    assert again.pairs[0].check == repaired.pairs[0].check


def test_cli_json_has_checks_and_text_a_summary(tmp_path: Path) -> None:
    install_package(package("fr", "en"))
    path = tmp_path / "figures.md"
    path.write_text("# Chiffres\n\n" + "\n\n".join(FIGURES) + "\n", "utf-8")
    result = run_cli("translate", str(path), "--to", "en", "--format", "json")
    assert result.returncode == 0, result.stderr
    checks = {p["source"]: p["checks"] for p in json.loads(result.stdout)["pairs"]}
    assert checks[FIGURES[0]] == {"status": "ok"}
    assert checks[FIGURES[1]] == {
        "status": "repaired",
        "issues": [{"kind": "value", "source": "1 500", "target": "150"}],
        "original": "Now, the dog draws 150 cars at the market.",
    }
    text = run_cli("translate", str(path), "--to", "en", "--no-repair")
    assert "Now, the dog draws 150 cars" in text.stdout
    assert text.stderr.strip().splitlines()[-1] == (
        "checked 2 sentences: 1 ok, 0 repaired, "
        "1 with a figure or name that differs from the source"
    )


def test_cli_with_a_corrupting_translator(
    swapper: DigitSwapper, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "figures.md"
    path.write_text("# Chiffres\n\n" + FIGURES[0] + "\n", "utf-8")
    assert cli.main(["translate", str(path), "--to", "en", "--no-cache"]) == 0
    out, err = capsys.readouterr()
    assert "Now, the dog draws 819 cars at the market." in out
    assert "checked 1 sentences: 0 ok, 1 repaired, 0 with a figure" in err


def test_quality_sets_the_beam_unless_the_environment_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("LISIBLE_TRANSLATION_BEAM")
    best = engine._Options.from_settings(TranslationSettings("best"))
    fast = engine._Options.from_settings(TranslationSettings("fast", repair=False))
    assert (best.beam_size, fast.beam_size) == (4, 1)
    assert best.signature == "beam4 check1 repair1"
    assert fast.signature == "beam1 check1 repair0"
    assert engine._Options.from_settings(TranslationSettings(check=False)).repair is False
    monkeypatch.setenv("LISIBLE_TRANSLATION_BEAM", "2")
    assert engine._Options.from_settings(TranslationSettings("best")).beam_size == 2
