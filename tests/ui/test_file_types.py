"""File ▸ Open shows every kind of file the loader opens, and only those among articles."""

from __future__ import annotations

import fnmatch
import gzip
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from reader.loading import load_path
from ui.window import MainWindow

PAGE = b"<html><head><title>T</title></head><body><p>Un article assez long.</p></body></html>"


def offered_patterns(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Return the patterns the Open dialog's Articles filter offers."""
    asked: list[str] = []

    def fake_dialog(_parent: object, _title: str, _folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_dialog)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.ask_open_path() is None
    articles = asked[0].split(";;")[0]
    assert articles.startswith("Articles (")
    return articles[len("Articles (") : -1].split()


@pytest.mark.parametrize(
    "name", ["page.html", "page.htm", "page.html.gz", "notes.md", "notes.markdown", "a.txt"]
)
def test_the_open_filter_shows_what_opens(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str
) -> None:
    patterns = offered_patterns(qtbot, monkeypatch)
    assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns)


def test_every_offered_pattern_opens(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for pattern in offered_patterns(qtbot, monkeypatch):
        path = tmp_path / pattern.replace("*", "article")
        path.write_bytes(gzip.compress(PAGE) if path.suffix == ".gz" else PAGE)
        assert "Un article assez long." in load_path(path).text
