"""The headless CLI, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.paths import sample_article


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=60,
        check=False,
    )


def test_clean_json_of_the_bundled_sample() -> None:
    result = run("clean", str(sample_article()), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "À Lyon, un jardin partagé nourrit tout un quartier"
    assert data["byline"] == "Camille Besson"
    assert data["language"] == "fr"
    assert data["source"].endswith("le-jardin-partage.html")
    headings = [b["text"] for b in data["blocks"] if b["kind"] == "heading"]
    assert headings == [
        "Un budget modeste, des résultats visibles",
        "Ce que les membres y trouvent",
        "Une liste d’attente qui s’allonge",
    ]
    for block in data["blocks"]:
        assert data["text"][block["start"] : block["end"]] == block["text"]
    for junk in ("cookies", "Partager", "Newsletter", "S’abonner", "tracker", "Mentions légales"):
        assert junk not in data["text"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_clean_other_formats(fmt: str) -> None:
    result = run("clean", str(sample_article()), "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert "jardin partagé" in result.stdout
    assert "Karim Benali" in result.stdout


def test_clean_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Un titre simple\n\nLe premier paragraphe de cette note explique pourquoi elle existe "
        "et ce qu'elle contient, en quelques phrases assez longues pour un vrai texte.\n",
        encoding="utf-8",
    )
    result = run("clean", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "Un titre simple"
    assert data["language"] == "fr"
    assert data["text"].startswith("Le premier paragraphe")


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.html", b"", "is empty"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(400), "PNG image"),
        ("nothing.html", b"<html><body><script>x()</script></body></html>", "no readable text"),
    ],
)
def test_bad_input_is_one_line_on_stderr(
    tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = run("clean", str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert words in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_missing_file(tmp_path: Path) -> None:
    result = run("clean", str(tmp_path / "absent.txt"))
    assert result.returncode == 1
    assert "absent.txt does not exist" in result.stderr


def test_help_lists_clean() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "clean" in result.stdout
