"""`lisible`: headless commands without Qt, the window otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import ui.app
from reader.article import Article
from reader.cli import COMMANDS
from ui.main import main
from ui.window import MainWindow

ROOT = Path(__file__).parents[2]


def test_help_describes_the_window_and_lists_the_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "--sample" in out and "PATH" in out
    for command in COMMANDS:
        assert f"lisible {command}" in out
    assert "python -m reader" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("lisible ")


def test_path_and_sample_together_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--sample", "article.html"])
    assert exit_.value.code == 2
    assert "not both" in capsys.readouterr().err


def test_clean_runs_without_loading_qt(text_article: Path, lisible_home: Path) -> None:
    script = (
        "import sys\n"
        "from ui.main import main\n"
        "status = main(['clean', sys.argv[1]])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT-MODULES', qt)\n"
        "sys.exit(status)\n"
    )
    env = {**os.environ, "LISIBLE_HOME": str(lisible_home)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(text_article)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "The apple blossom opens within a few days" in result.stdout
    assert "QT-MODULES []" in result.stdout


def test_gui_opens_the_path_it_is_given(
    qapp: object, monkeypatch: pytest.MonkeyPatch, html_article: Path
) -> None:
    shown: list[str] = []

    class ClosingWindow(MainWindow):
        """Close as soon as the article shows, which ends the event loop."""

        def show_article(self, article: Article) -> None:
            super().show_article(article)
            shown.append(self.windowTitle())
            self.close()

        def show_error(self, message: str) -> None:
            shown.append(message)
            self.close()

    monkeypatch.setattr(ui.app, "MainWindow", ClosingWindow)
    assert main([str(html_article)]) == 0
    assert shown == ["The Night Ferry to Harwick — Lisible"]
