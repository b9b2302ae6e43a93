"""The headless CLI, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import socket
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from cli_support import run_cli

from reader.paths import sample_article

if TYPE_CHECKING:
    from conftest import LocalSite


def test_clean_json_of_the_bundled_sample() -> None:
    result = run_cli("clean", str(sample_article()), "--format", "json")
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
    result = run_cli("clean", str(sample_article()), "--format", fmt)
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
    result = run_cli("clean", str(path), "--format", "json")
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
    result = run_cli("clean", str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert words in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_missing_file(tmp_path: Path) -> None:
    result = run_cli("clean", str(tmp_path / "absent.txt"))
    assert result.returncode == 1
    assert "absent.txt does not exist" in result.stderr


def test_help_lists_clean() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "clean" in result.stdout


# --- URLs and standard input ------------------------------------------------------------

PAGE = """<!doctype html><html lang="fr"><head><title>Le bac de nuit | La Revue</title></head>
<body><nav><a href="/">Accueil</a> <a href="/actu">Actualités</a></nav><article>
<h1>Le bac de nuit</h1>
<p>Chaque soir à vingt et une heures trente, le vieux bac quitte le quai, ses lumières
reflétées dans l’eau noire du port. La plupart des passagers sont des habitués.</p>
<p>Le capitaine, un homme calme qui mène le même bateau depuis vingt-deux ans, dit que la
traversée a moins changé que les gens qui la font. Seul le vent décide de l’heure.</p>
</article></body></html>"""


def assert_one_line_error(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 1, result.stdout
    assert result.stdout == ""
    assert words in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_clean_a_url_follows_redirects(local_site: LocalSite) -> None:
    final = local_site.add("/2025/bac-de-nuit.html", PAGE)
    local_site.add("/bac", status=301, headers={"Location": "/2025/bac-de-nuit.html"})
    result = run_cli("clean", local_site.url("/bac"), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "Le bac de nuit"
    assert data["source"] == final
    assert data["language"] == "fr"
    assert data["text"].startswith("Chaque soir à vingt et une heures trente")
    assert "Accueil" not in data["text"]


def test_clean_a_url_reads_the_charset_of_the_header(local_site: LocalSite) -> None:
    url = local_site.add(
        "/cp1252.html", PAGE.encode("cp1252"), content_type="text/html; charset=windows-1252"
    )
    result = run_cli("clean", url)
    assert result.returncode == 0, result.stderr
    assert "reflétées dans l’eau noire" in result.stdout


@pytest.mark.parametrize(
    ("path", "options", "words"),
    [
        ("/missing", {}, "HTTP 404: not found"),
        ("/broken", {"status": 500}, "has a problem (HTTP 500"),
        ("/photo", {"content_type": "image/jpeg"}, "is an image (image/jpeg), not an article"),
        ("/huge", {"headers": {"Content-Length": str(60 * 2**20)}}, "over 50 MB"),
    ],
)
def test_clean_a_bad_url_is_one_line_on_stderr(
    local_site: LocalSite, path: str, options: dict[str, object], words: str
) -> None:
    if path != "/missing":
        local_site.add(path, b"<p>x</p>", **options)  # type: ignore[arg-type]
    assert_one_line_error(run_cli("clean", local_site.url(path)), words)


def test_clean_a_slow_url_times_out(local_site: LocalSite) -> None:
    url = local_site.add("/slow", PAGE, delay=True)
    result = run_cli("clean", url, "--timeout", "1")
    assert_one_line_error(result, "did not answer within 1 s")


def test_clean_a_url_on_a_server_that_is_down() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_cli("clean", f"http://127.0.0.1:{port}/article")
    assert_one_line_error(result, "refused the connection")


def test_clean_refuses_other_schemes() -> None:
    assert_one_line_error(run_cli("clean", "ftp://files.example/a.txt"), "not ftp: addresses")


def test_clean_a_file_url(tmp_path: Path) -> None:
    path = tmp_path / "bac de nuit.html"
    path.write_text(PAGE, encoding="utf-8")
    result = run_cli("clean", path.as_uri())
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Le bac de nuit")


def test_clean_standard_input() -> None:
    text = "# Le bac de nuit\n\nChaque soir, le **vieux bac** quitte le quai.\n\n- un\n- deux\n"
    result = run_cli("clean", "-", "--format", "json", stdin=text)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "Le bac de nuit"
    assert data["text"].startswith("Chaque soir, le vieux bac quitte le quai.")
    assert [block["kind"] for block in data["blocks"]] == ["paragraph", "list_item", "list_item"]


def test_clean_empty_standard_input() -> None:
    assert_one_line_error(run_cli("clean", "-", stdin=""), "stdin is empty")


def test_clean_rejects_a_bad_timeout() -> None:
    result = run_cli("clean", "https://news.example/", "--timeout", "soon")
    assert result.returncode == 2
    assert "not a number of seconds" in result.stderr
