"""A wheel built from this tree, installed in a clean venv, gives a working `lisible`.

Slow (a fresh venv with Qt, spaCy and CTranslate2: about a minute with pip's cache
warm), so it stays out of the default run: `make wheel-check` (part of `make test`)
or `pytest -m slow tests/test_wheel.py` runs it.
"""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Building and installing the wheel's dependencies from pip's cache; far more
#: than that is a hang.
INSTALL_TIMEOUT_S = 900

WINDOW_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
import ui
from reader.paths import sample_article
from ui.app import application
from ui.help import about_html
from ui.window import MainWindow

print("FROM", ui.__file__)
app = application()
window = MainWindow()
window.article_shown.connect(lambda article: (print("SHOWN", article.title), app.quit()))
window.load_failed.connect(lambda message: (print("FAILED", message), app.exit(1)))
window.show()
window.open_path(str(sample_article()))
QTimer.singleShot(120_000, lambda: app.exit(2))
status = app.exec()
print("ICON", not app.windowIcon().isNull())
print("ABOUT", "fr_core_news_sm" in about_html())
sys.exit(status)
"""

#: The window under a French desktop: its menus, Qt's own buttons and the article's summary.
FRENCH_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox
from reader.paths import sample_article
from ui.app import application
from ui.window import MainWindow

app = application()
window = MainWindow()
window.show()
print("MENUS", "|".join(action.text() for action in window.menuBar().actions()))
buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print("QT", buttons.buttons()[0].text())

def summary_shown():
    if "·" in window.summary_label.text():
        print("SUMMARY", window.summary_label.text())
        app.quit()

poll = QTimer()
poll.timeout.connect(summary_shown)
poll.start(50)
window.open_path(str(sample_article()))
QTimer.singleShot(120_000, lambda: app.exit(2))
sys.exit(app.exec())
"""

pytestmark = pytest.mark.slow


def run(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(arg) for arg in args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, ROOT,
        timeout=INSTALL_TIMEOUT_S,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (path,) = out.glob("lisible-*.whl")
    return path


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("clean") / "venv"
    assert run(sys.executable, "-m", "venv", folder).returncode == 0
    python = folder / "bin" / "python"
    # A fresh venv's pip mishandles the lxml[html_clean] extra (as in .ci/setup.sh).
    pip = (python, "-m", "pip", "install", "-q", "--disable-pip-version-check")
    assert run(*pip, "--upgrade", "pip", timeout=INSTALL_TIMEOUT_S).returncode == 0
    installed = run(*pip, wheel, timeout=INSTALL_TIMEOUT_S)
    assert installed.returncode == 0, installed.stderr
    return folder


def test_the_wheel_carries_every_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "lisible_resources/" + path.relative_to(ROOT / "resources").as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert shipped - names == set()


def clean_env(tmp_path: Path) -> dict[str, str]:
    """An environment that cannot see this tree: no PYTHONPATH, its own folders."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env.update(
        LISIBLE_HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def test_the_installed_lisible_opens_the_sample_in_its_window(venv: Path, tmp_path: Path) -> None:
    shown = run(
        venv / "bin" / "python", "-c", WINDOW_SCRIPT,
        cwd=tmp_path, env=clean_env(tmp_path), timeout=300,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert f"FROM {venv}" in shown.stdout  # the installed package, not this tree
    assert "SHOWN À Lyon, un jardin partagé" in shown.stdout
    assert "ICON True" in shown.stdout
    assert "ABOUT True" in shown.stdout


def test_the_installed_lisible_speaks_french_on_a_french_desktop(
    venv: Path, tmp_path: Path
) -> None:
    env = clean_env(tmp_path)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(variable, None)
    env["LANG"] = "fr_FR.UTF-8"
    shown = run(venv / "bin" / "python", "-c", FRENCH_SCRIPT, cwd=tmp_path, env=env, timeout=300)
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert "MENUS &Fichier|É&dition|&Affichage|&Traduire|&Outils|Aid&e" in shown.stdout
    assert "QT Annuler" in shown.stdout  # Qt's own catalogue, from the PySide6 wheel
    assert re.search(r"SUMMARY Français · [\d\u202f ]+ mots · \d+ min de lecture", shown.stdout)


def test_the_installed_lisible_commands_work(venv: Path, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    lisible = venv / "bin" / "lisible"
    version = run(lisible, "--version", cwd=tmp_path, env=env, timeout=60)
    assert version.stdout.startswith("lisible ")
    desktop = run(lisible, "--install-desktop", cwd=tmp_path, env=env, timeout=60)
    assert desktop.returncode == 0, desktop.stderr
    entry = tmp_path / "data" / "applications" / "org.lisible.Lisible.desktop"
    fields = configparser.ConfigParser(interpolation=None)
    fields.read_string(entry.read_text("utf-8"))
    assert fields["Desktop Entry"]["Exec"] == f"{lisible} %f"
