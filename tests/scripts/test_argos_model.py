"""The model builder writes real Argos packages, and the committed tiny models translate.

No torch here: these run in the project's own venv, offline, in a few seconds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import ctranslate2
import numpy as np
import pytest
import sentencepiece as spm

from scripts import argos_model

MODELS = Path(__file__).resolve().parent.parent / "data" / "models"
ROOT = Path(__file__).resolve().parent.parent.parent
SMALL = {"layers": 2, "d_model": 32, "heads": 4, "ffn": 64, "vocab": 200}


@pytest.fixture(scope="module")
def small_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("random") / "translate-fr_en.argosmodel"
    return argos_model.build_random_package(out, "fr", "en", **SMALL)


def _unpack(package: Path, into: Path) -> Path:
    with zipfile.ZipFile(package) as archive:
        archive.extractall(into)
        (top,) = {name.split("/", 1)[0] for name in archive.namelist()}
    return into / top


def _translate(folder: Path, sentences: list[str]) -> list[str]:
    """Translate the raw way the engine does: pieces in, greedy, pieces out."""
    processor = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    translator = ctranslate2.Translator(str(folder / "model"), device="cpu", intra_threads=1)
    batch = [processor.encode(sentence, out_type=str) for sentence in sentences]
    results = translator.translate_batch(batch, beam_size=1)
    return [processor.decode_pieces(result.hypotheses[0]) for result in results]


def test_random_package_has_argos_layout(small_package: Path) -> None:
    with zipfile.ZipFile(small_package) as archive:
        names = set(archive.namelist())
        top = "translate-fr_en-1_0/"
        assert {name.split("/", 1)[0] + "/" for name in names} == {top}
        for required in (
            "metadata.json",
            "sentencepiece.model",
            "README.md",
            "model/model.bin",
            "model/config.json",
            "model/shared_vocabulary.json",
        ):
            assert top + required in names
        metadata = json.loads(archive.read(top + "metadata.json"))
    assert metadata["from_code"] == "fr"
    assert metadata["from_name"] == "French"
    assert metadata["to_code"] == "en"
    assert metadata["to_name"] == "English"
    assert metadata["type"] == "translate"
    assert metadata["package_version"] == "1.0"
    assert metadata["argos_version"]
    assert metadata["name"]


def test_random_package_loads_in_ctranslate2_with_its_vocabulary(
    small_package: Path, tmp_path: Path
) -> None:
    folder = _unpack(small_package, tmp_path)
    vocabulary = json.loads((folder / "model" / "shared_vocabulary.json").read_text())
    processor = spm.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    assert len(vocabulary) == processor.get_piece_size() == SMALL["vocab"]
    assert vocabulary[:3] == ["<unk>", "<s>", "</s>"]

    translator = ctranslate2.Translator(str(folder / "model"), device="cpu")
    pieces = processor.encode("Le chat dort.", out_type=str)
    result = translator.translate_batch([pieces], beam_size=1, max_decoding_length=20)
    hypothesis = result[0].hypotheses[0]
    assert 0 < len(hypothesis) <= 20
    assert set(hypothesis) <= set(vocabulary)


def test_weights_are_stored_as_int8(small_package: Path, tmp_path: Path) -> None:
    shapes = argos_model.weight_shapes(
        SMALL["layers"], SMALL["d_model"], SMALL["ffn"], SMALL["vocab"]
    )
    float32_bytes = 4 * sum(int(np.prod(shape)) for shape in shapes.values())
    model_bin = _unpack(small_package, tmp_path) / "model" / "model.bin"
    # Matrices at one byte a weight, plus float32 norms, biases and row scales.
    assert model_bin.stat().st_size < 0.4 * float32_bytes


def test_same_inputs_give_the_same_package_bytes(small_package: Path, tmp_path: Path) -> None:
    again = argos_model.build_random_package(tmp_path / "again.argosmodel", "fr", "en", **SMALL)
    assert again.read_bytes() == small_package.read_bytes()


def test_building_leaves_the_weights_untouched(small_package: Path, tmp_path: Path) -> None:
    # Quantization works in place on the spec's arrays; a trainer packaging the same
    # weights twice (draft, then final) must get the same model both times.
    folder = _unpack(small_package, tmp_path / "unpacked")
    shapes = argos_model.weight_shapes(1, 16, 32, SMALL["vocab"])
    weights = argos_model.random_weights(shapes, seed=5)
    before = {name: value.copy() for name, value in weights.items()}
    built = [
        argos_model.build_package(
            tmp_path / f"{i}.argosmodel",
            weights=weights,
            sentencepiece_model=folder / "sentencepiece.model",
            layers=1,
            heads=2,
            from_code="fr",
            to_code="en",
        ).read_bytes()
        for i in range(2)
    ]
    assert built[0] == built[1]
    assert all(np.array_equal(weights[name], before[name]) for name in before)


def test_build_spec_refuses_weights_that_do_not_fit() -> None:
    shapes = argos_model.weight_shapes(1, 16, 32, 10)
    vocabulary = ["<unk>", "<s>", "</s>", *(f"▁w{i}" for i in range(7))]
    weights = argos_model.random_weights(shapes)
    wrong = dict(weights, **{"decoder/projection/bias": np.zeros(11, np.float32)})
    with pytest.raises(ValueError, match=r"decoder/projection/bias has shape"):
        argos_model.build_spec(wrong, vocabulary, 1, 2)
    missing = {k: v for k, v in weights.items() if k != "encoder/layer_norm/gamma"}
    with pytest.raises(ValueError, match=r"missing \['encoder/layer_norm/gamma'\]"):
        argos_model.build_spec(missing, vocabulary, 1, 2)


def test_training_positions_are_the_ones_ctranslate2_adds(tmp_path: Path) -> None:
    # A trained model only works if training added the very position encodings
    # CTranslate2 generates; a model carrying them explicitly must score the same.
    d_model, vocab = 32, 12
    vocabulary = ["<unk>", "<s>", "</s>", *(f"▁w{i}" for i in range(vocab - 3))]
    weights = argos_model.random_weights(argos_model.weight_shapes(1, d_model, 64, vocab), 3)

    def scores(explicit: bool) -> np.ndarray:
        spec = argos_model.build_spec(weights, vocabulary, 1, 4)
        if explicit:
            table = argos_model.sinusoidal_positions(64, d_model)
            spec.encoder.position_encodings.encodings = table
            spec.decoder.position_encodings.encodings = table
        folder = argos_model.save_model(spec, tmp_path / str(explicit), "float32")
        translator = ctranslate2.Translator(str(folder), device="cpu")
        source, target = vocabulary[3:11], vocabulary[11:2:-1]
        return np.array(translator.score_batch([source], [target])[0].log_probs)

    assert np.abs(scores(explicit=True) - scores(explicit=False)).max() < 1e-4


def test_argostranslate_installs_the_package(small_package: Path, tmp_path: Path) -> None:
    # argostranslate fixes its folders when first imported, so it runs in its own
    # process with every folder it knows of inside tmp_path.
    env = dict(os.environ)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(tmp_path / variable)
    env["ARGOS_PACKAGES_DIR"] = str(tmp_path / "packages")
    env["HOME"] = str(tmp_path / "home")
    script = textwrap.dedent(
        f"""
        import json, sys
        import argostranslate.package as package
        package.install_from_path({str(small_package)!r})
        installed = package.get_installed_packages()
        json.dump([[p.from_code, p.to_code, p.type, str(p.package_path)] for p in installed],
                  sys.stdout)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    ((from_code, to_code, kind, path),) = json.loads(done.stdout)
    assert (from_code, to_code, kind) == ("fr", "en", "translate")
    assert Path(path).parent == tmp_path / "packages"


UNSEEN = json.loads((MODELS / "unseen.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("from_code", "to_code"), [("fr", "en"), ("en", "fr")])
def test_tiny_package_translates_unseen_sentences_exactly(
    from_code: str, to_code: str, tmp_path: Path
) -> None:
    package = MODELS / f"translate-{from_code}_{to_code}-tiny.argosmodel"
    assert package.stat().st_size < 2_000_000
    folder = _unpack(package, tmp_path)
    metadata = json.loads((folder / "metadata.json").read_text())
    assert (metadata["from_code"], metadata["to_code"]) == (from_code, to_code)

    cases = [case for case in UNSEEN if (case["from"], case["to"]) == (from_code, to_code)]
    assert len(cases) >= 10
    translations = _translate(folder, [case["source"] for case in cases])
    assert translations == [case["expected"] for case in cases]


def test_unseen_sentences_use_held_out_pairings_never_trained_on() -> None:
    # Importing the trainer's corpus half must work without torch (not installed here).
    from scripts import train_tiny_model as corpus

    held_out = corpus.held_out_pairs()
    generated = {
        text: example
        for example in corpus.unseen_examples(300)
        for text in (example.fr, example.en)
    }
    trained = {
        text for e in corpus.training_examples(corpus.TRAIN_SENTENCES) for text in (e.fr, e.en)
    }
    for case in UNSEEN:
        assert generated[case["source"]].pairs & held_out
        assert case["source"] not in trained
        assert case["expected"] not in trained
