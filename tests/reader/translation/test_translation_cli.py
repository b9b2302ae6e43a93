"""`lisible translate` and `lisible models`, run as a user runs them: real processes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cli_support import run_cli

from reader.paths import sample_article
from reader.translation import install_package, installed_packages

PackageServer = Any  # the package_server fixture's type, in conftest.py


@pytest.fixture(autouse=True)
def offline_index(closed_port_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Child processes are not under the network guard: keep them on 127.0.0.1."""
    monkeypatch.setenv("LISIBLE_PACKAGE_INDEX", closed_port_url)


def test_models_install_list_remove(random_package: Path) -> None:
    empty = run_cli("models", "list")
    assert empty.returncode == 0
    assert "No translation model installed" in empty.stdout

    installed = run_cli("models", "install", str(random_package))
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.startswith("Installed translate-fr_en 1.0 (French → English")

    listed = run_cli("models", "list")
    code, name, version, size, path = listed.stdout.strip().split("\t")
    assert (code, name, version) == ("translate-fr_en", "French → English", "1.0")
    assert size.endswith(" KB") and Path(path).is_dir()

    removed = run_cli("models", "remove", "translate-fr_en")
    assert removed.returncode == 0 and not installed_packages()
    again = run_cli("models", "remove", "translate-fr_en")
    assert again.returncode == 1
    assert ": no installed package 'translate-fr_en'" in again.stderr


def test_models_install_refuses_a_hostile_package(random_package: Path, tmp_path: Path) -> None:
    hostile = tmp_path / "evil.argosmodel"
    with zipfile.ZipFile(random_package) as source, zipfile.ZipFile(hostile, "w") as out:
        for info in source.infolist():
            out.writestr(info, source.read(info))
        out.writestr("x/../../evil.sh", b"rm -rf ~")
    result = run_cli("models", "install", str(hostile))
    assert result.returncode == 1
    assert "points outside its folder" in result.stderr
    assert result.stderr.count("\n") == 1
    assert not installed_packages()


def test_translate_json_gives_pairs(random_package: Path) -> None:
    install_package(random_package)
    result = run_cli("translate", str(sample_article()), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["language"] == "en"
    assert data["source_language"] == "fr"
    assert data["model"] == "translate-fr_en 1.0"
    clean = json.loads(run_cli("clean", str(sample_article()), "--format", "json").stdout)
    assert [b["kind"] for b in data["blocks"]] == [b["kind"] for b in clean["blocks"]]
    assert data["source_text"] == clean["text"]
    assert len(data["pairs"]) >= len(clean["blocks"])
    for pair in data["pairs"]:
        assert clean["text"][pair["source_start"] : pair["source_end"]] == pair["source"]
        assert data["text"][pair["target_start"] : pair["target_end"]] == pair["target"]
        assert pair["target"]
    assert "Le jardin" not in data["text"]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_translate_text_and_markdown(random_package: Path, fmt: str) -> None:
    install_package(random_package)
    result = run_cli("translate", str(sample_article()), "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert "jardin partagé" not in result.stdout


def test_translate_without_a_model_says_how_to_get_one() -> None:
    result = run_cli("translate", str(sample_article()))
    assert result.returncode == 1
    assert result.stdout == ""
    message = result.stderr.strip()
    assert message.startswith("python -m reader: no translation model for fr→en is installed")
    assert "lisible models install FILE" in message
    assert "lisible models download fr en" in message
    assert "\n" not in message


def test_missing_model_message_gives_the_download_size(
    package_server: PackageServer, random_package: Path
) -> None:
    package_server.add(random_package, size=True)
    result = run_cli("translate", str(sample_article()))
    assert result.returncode == 1
    size = random_package.stat().st_size
    assert f"download it ({round(size / 1024)} KB)" in result.stderr


def test_translate_to_a_language_without_model(random_package: Path) -> None:
    install_package(random_package)
    result = run_cli("translate", str(sample_article()), "--to", "fr")
    assert result.returncode == 1
    assert "already in fr" in result.stderr


def test_models_download_shows_progress(
    package_server: PackageServer, random_package: Path
) -> None:
    package_server.add(random_package)
    result = run_cli("models", "download", "fr", "en")
    assert result.returncode == 0, result.stderr
    assert "downloading translate-fr_en" in result.stderr
    assert "100%" in result.stderr
    assert "\r" not in result.stderr  # a pipe gets lines, not a redrawn one
    assert result.stdout.startswith("Installed translate-fr_en")
    assert [p.code for p in installed_packages()] == ["translate-fr_en"]

    unknown = run_cli("models", "download", "fr", "de")
    assert unknown.returncode == 1
    assert "has no fr→de model" in unknown.stderr


def test_models_download_when_the_server_is_down() -> None:
    result = run_cli("models", "download", "fr", "en")
    assert result.returncode == 1
    assert "cannot reach 127.0.0.1" in result.stderr


def test_models_available_lists_the_index(
    package_server: PackageServer, random_package: Path, random_package_en_fr: Path
) -> None:
    package_server.add(random_package, size=True)
    package_server.add(random_package_en_fr, "en", "fr")
    result = run_cli("models", "available")
    assert result.returncode == 0, result.stderr
    rows = [line.split("\t") for line in result.stdout.strip().splitlines()]
    assert [(code, name) for code, name, _, _ in rows] == [
        ("translate-en_fr", "English → French"),
        ("translate-fr_en", "French → English"),
    ]
    assert rows[0][3] == "?" and rows[1][3].endswith(" KB")
