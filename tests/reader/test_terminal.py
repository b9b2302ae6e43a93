"""Nothing a page, a model or a server wrote reaches the terminal as a control code."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from cli_support import run_cli

from reader.terminal import one_line, printable

#: What must never reach a terminal raw: ESC (CSI, OSC 52...), BEL, CR,
#: backspace, DEL and the one-byte C1 CSI.
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

HOSTILE_TITLE = "Title \x1b]0;pwned\x07\x1b[2J\x1b[31mRED\x9b2J\r"


def test_printable_escapes_controls_and_keeps_text() -> None:
    assert printable("a\x1b[2Jb\tc\nd\x9be") == "a\\u001b[2Jb\tc\nd\\u009be"
    assert printable("lone \ud800 surrogate") == "lone \ufffd surrogate"
    assert printable("Élodie « café » 日本") == "Élodie « café » 日本"
    assert one_line("two\nlines\x07") == "two\\nlines\\u0007"


def test_printable_json_stays_json() -> None:
    value = {"title": HOSTILE_TITLE + "\ud800"}
    shown = printable(json.dumps(value, ensure_ascii=False))
    assert not RAW_CONTROL.search(shown)
    assert json.loads(shown)["title"] == HOSTILE_TITLE.replace("\x9b", "\x9b") + "\ufffd"


def hostile_page(folder: Path) -> Path:
    ld = json.dumps({"@type": "NewsArticle", "headline": HOSTILE_TITLE + "\ud800"})
    paragraph = "<p>The covered market reopened this morning after two years of work.</p>" * 4
    page = folder / "page.html"
    page.write_text(
        f"<html><head><title>{HOSTILE_TITLE}</title>"
        f'<script type="application/ld+json">{ld}</script></head>'
        f"<body><article><h1>Heading &#27;[2J &#x9b;1m</h1>{paragraph}</article></body></html>",
        encoding="utf-8",
    )
    return page


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_clean_prints_no_control_character(tmp_path: Path, fmt: str) -> None:
    result = run_cli("clean", "--format", fmt, str(hostile_page(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert "Title" in result.stdout
    assert not RAW_CONTROL.search(result.stdout.replace("\n", "").replace("\t", ""))
    if fmt == "json":
        assert json.loads(result.stdout)["title"].startswith("Title \x1b]0;pwned")


def test_library_add_list_and_search_print_no_control_character(tmp_path: Path) -> None:
    page = hostile_page(tmp_path)
    outputs = [
        run_cli("library", "add", str(page)),
        run_cli("library", "list"),
        run_cli("library", "search", "market"),
    ]
    for result in outputs:
        assert result.returncode == 0, result.stderr
        assert "Title" in result.stdout
        assert not RAW_CONTROL.search(result.stdout.replace("\n", ""))


def test_error_messages_and_usage_errors_are_escaped(tmp_path: Path) -> None:
    missing = tmp_path / "gone\x1b]52;c;cHduZWQ=\x07.html"
    for args in (("clean", str(missing)), ("clean", "x", "\x1b[2Jextra")):
        result = run_cli(*args)
        assert result.returncode in {1, 2}
        assert "\x1b" not in result.stderr and "\x07" not in result.stderr
        assert "\\u001b" in result.stderr


def test_a_non_utf8_file_name_is_kept_in_the_library(tmp_path: Path) -> None:
    odd = tmp_path / "caf\udce9.html"  # the bytes b"caf\xe9.html", as Python names them
    hostile_page(tmp_path).rename(odd)
    result = run_cli("library", "add", str(odd))
    assert result.returncode == 0, result.stderr
    listed = run_cli("library", "list", "--format", "json")
    assert json.loads(listed.stdout)[0]["source"].endswith("caf\\xe9.html")
