"""Help: the guide names real menu entries, the shortcut list follows the menus, About credits
what is installed with its licence."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from reader import __version__
from reader.paths import resource
from reader.translation.packages import install_package
from ui import credits
from ui.help import about_html, menu_paths, plain, shortcuts
from ui.window import MainWindow

TINY_MODEL = Path(__file__).parents[1] / "data" / "models" / "translate-fr_en-tiny.argosmodel"


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    # As the reader gets it: the features are built once it has painted.
    window.show()
    qtbot.waitUntil(lambda: window.features_built)
    return window


def test_every_menu_entry_the_guide_names_exists(window: MainWindow) -> None:
    guide = resource("help", "guide.html").read_text("utf-8")
    named = set(re.findall(r"<b>([^<]*▸[^<]*)</b>", guide))
    assert len(named) >= 15
    assert named - menu_paths(window) == set()


def test_the_shortcut_list_is_read_from_the_menus(window: MainWindow, qtbot: QtBot) -> None:
    window.help.show_shortcuts()
    dialog = window.help._shortcuts
    assert dialog is not None
    rows = dialog.rows()
    assert ("Translate", "Translate Article", "Ctrl+T") in rows
    assert ("View", "Zoom In", "Ctrl++, Ctrl+=") in rows
    assert ("File", "Open…", QKeySequence(QKeySequence.StandardKey.Open).toString()) in rows
    # A command without keys is not listed; one that gains keys is, next time.
    assert not any(command == "Export as Markdown…" for _, command, _ in rows)
    window.export.markdown_action.setShortcut("Ctrl+Alt+M")
    dialog.close()
    window.help.show_shortcuts()
    assert ("File", "Export as Markdown…", "Ctrl+Alt+M") in dialog.rows()


def test_no_two_listed_commands_share_keys(window: MainWindow) -> None:
    listed = {(row.menu, row.command): row.keys for row in shortcuts(window)}
    assert len(listed) >= 20
    # No two commands claim the same keys: the list would be lying about one of them.
    keys = [k for row in listed.values() for k in row.split(", ")]
    assert len(keys) == len(set(keys))


def test_plain_drops_mnemonics_but_keeps_a_literal_ampersand() -> None:
    assert plain("Export &Side by Side HTML…") == "Export Side by Side HTML…"
    assert plain("Q&&A") == "Q&A"


def test_about_names_the_version_licences_and_models_in_use(qtbot: QtBot) -> None:
    text = about_html()
    assert f"Lisible {__version__}" in text
    assert "MIT licence" in text
    for name in ("spacy", "ctranslate2", "lxml"):
        info = metadata.metadata(name)
        assert f"<b>{info['Name']}</b> {info['Version']}" in text
    assert "LGPL-3.0-only" in text  # Qt's, from PySide6's own metadata
    # The French entity pipeline and its training data's licences, from its meta.json.
    assert "<b>fr_core_news_sm</b>" in text
    assert "WikiNER (CC BY 4.0)" in text
    assert "None installed: Translate ▸ Translation Models… installs them." in text


def test_about_lists_installed_translation_models_with_their_licence(lisible_home: Path) -> None:
    package = install_package(TINY_MODEL)
    (package.path / "README.md").write_text(
        "# French - English\n\nTrained on OPUS data.\n\n## License\n\nCC BY 4.0\n", "utf-8"
    )
    text = about_html()
    assert "None installed" not in text.split("Translation models")[1]
    assert f"<b>{package.name}</b> {package.version}" in text
    (item,) = credits.translation_models()
    assert item.licence == "CC BY 4.0"
    assert "CC BY 4.0" in text
    (package.path / "README.md").write_text("# Tiny\n\nLicense: MIT, data CC0.\n", "utf-8")
    assert credits.translation_models()[0].licence == "License: MIT, data CC0."
    (package.path / "README.md").write_text("# Tiny\n\nA test model.\n", "utf-8")
    assert credits.translation_models()[0].licence == credits.NOT_STATED


def test_the_guide_opens_from_the_help_menu(window: MainWindow) -> None:
    window.help.guide_action.trigger()
    shown = window.help._texts["guide"].browser.toPlainText()
    assert "Reading with Lisible" in shown and "Translate ▸ Translate Article" in shown
