"""`lisible entities PATH`, run as a user runs it: a real process, real files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from cli_support import run_cli

ARTICLE = """Kelvoa lève 35 millions d’euros

La start-up lyonnaise Kelvoa a levé 35 millions d’euros le 12 février 2025. Sa fondatrice,
Sonia Belkacem, vise 15 % de croissance à Lyon et à Grenoble.

Selon Belkacem, Kelvoa emploiera 1 000 personnes en 2027.
"""


def article(tmp_path: Path) -> Path:
    path = tmp_path / "kelvoa.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_json_offsets_are_into_the_cleaned_text(tmp_path: Path) -> None:
    path = article(tmp_path)
    result = run_cli("entities", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    cleaned = json.loads(run_cli("clean", str(path), "--format", "json").stdout)["text"]
    assert data["language"] == "fr"
    by_text = {entity["text"]: entity for entity in data["entities"]}
    assert by_text["Kelvoa"]["label"] == "ORG"
    assert by_text["Kelvoa"]["count"] == 2  # the title is not part of the text
    assert by_text["Sonia Belkacem"]["count"] == 2
    assert by_text["35 millions d’euros"]["label"] == "MONEY"
    assert by_text["12 février 2025"]["label"] == "DATE"
    assert by_text["35 millions d’euros"]["value"] == {
        "kind": "amount",
        "number": 35_000_000,
        "currency": "EUR",
    }
    assert by_text["12 février 2025"]["value"] == {"kind": "date", "date": "2025-02-12"}
    for entity in data["entities"]:
        figure = entity["label"] in {"MONEY", "PERCENT", "DATE", "NUMBER", "QUANTITY"}
        assert set(entity) == {"text", "label", "count", "mentions"} | (
            {"value"} if figure else set()
        )
        assert entity["count"] == len(entity["mentions"])
        for start, end in entity["mentions"]:
            assert cleaned[start:end].replace("\n", " ") in {entity["text"], "Belkacem"}


def test_csv_and_text(tmp_path: Path) -> None:
    path = article(tmp_path)
    result = run_cli("entities", str(path), "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"text": "15 %", "label": "PERCENT", "count": "1"}.items() <= next(
        row for row in rows if row["text"] == "15 %"
    ).items()
    text = run_cli("entities", str(path))
    assert text.returncode == 0, text.stderr
    assert text.stdout.index("People") < text.stdout.index("Organisations")
    assert "Sonia Belkacem" in text.stdout


def test_bad_input_is_one_line_on_stderr(tmp_path: Path) -> None:
    result = run_cli("entities", str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_language_without_a_model_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text(
        "Die Bundesregierung hat am Mittwoch neue Zahlen vorgelegt. Die Wirtschaft wächst "
        "langsamer als erwartet, und viele Unternehmen halten sich mit Investitionen zurück.",
        encoding="utf-8",
    )
    result = run_cli("entities", str(path))
    assert result.returncode == 1
    assert "French or English" in result.stderr
    forced = run_cli("entities", str(path), "--language", "en", "--format", "json")
    assert forced.returncode == 0, forced.stderr


def test_standard_input() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "reader", "entities", "-", "--format", "json"],
        input="Le 3 mars 2025, la société Nexalis a racheté Optiqa pour 480 M€.",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(e["text"], e["label"]) for e in data["entities"]] == [
        ("3 mars 2025", "DATE"),
        ("Nexalis", "ORG"),
        ("Optiqa", "ORG"),
        ("480 M€", "MONEY"),
    ]
