"""The French interface: a complete catalogue, compiled, applied to every window and dialog.

A string added to ui/ without `translate()`, or with it but missing from
resources/i18n/lisible_fr.ts, fails here; so does a .qm older than its .ts.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.paths import resource
from reader.translation.check import SentenceCheck
from scripts.update_translations import core_templates, release, update
from ui import i18n
from ui.help import guide_html, menu_paths, plain
from ui.preferences import PreferencesDialog
from ui.settings import INTERFACE_LANGUAGE, Settings
from ui.window import MainWindow

if TYPE_CHECKING:
    from conftest import LocalSite

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "lisible_fr.ts"
COMPILED = CATALOGUE.with_suffix(".qm")
#: Text that reads the same in both languages without being a translation.
SAME_IN_BOTH = {"Lisible", "English", "Français", "OK"}


def messages(ts: Path) -> list[tuple[str, str, str | None]]:
    """Return (context, source, translation or None when unfinished) for every entry."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            done = translation.get("type") not in {"unfinished", "vanished", "obsolete"}
            text = translation.text or "" if done else None
            found.append((name, message.findtext("source") or "", text))
    return found


# The catalogue -------------------------------------------------------------


def test_every_string_of_the_source_has_a_french_translation(tmp_path: Path) -> None:
    # What lupdate finds in ui/ now, merged into a copy of the committed catalogue:
    # a new or changed string comes in unfinished.
    copy = tmp_path / CATALOGUE.name
    shutil.copy(CATALOGUE, copy)
    update(copy, ROOT / "ui")
    untranslated = [(context, source) for context, source, text in messages(copy) if not text]
    assert untranslated == [], "run `python -m scripts.update_translations` and translate these"
    assert len(messages(copy)) == len(messages(CATALOGUE)), "the catalogue has stale entries"


def test_the_compiled_catalogue_is_the_committed_source_compiled(tmp_path: Path) -> None:
    fresh = tmp_path / COMPILED.name
    release(CATALOGUE, fresh)
    assert fresh.read_bytes() == COMPILED.read_bytes(), (
        "run `python -m scripts.update_translations`"
    )


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w*\}|%\d", text))


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def test_translations_keep_placeholders_mnemonics_and_french_spacing() -> None:
    for context, source, text in messages(CATALOGUE):
        assert text is not None
        where = f"{context}: {source!r} -> {text!r}"
        # A lost or renamed {field} would raise (or show braces) when the text is filled in.
        assert _placeholders(text) == _placeholders(source), where
        assert _mnemonics(text) == _mnemonics(source), where
        # French puts a no-break space before : ; ? ! and inside « ».
        assert not re.search(r" [:;?!]|« | »", text), where
        assert "'" not in text, where  # the typographic apostrophe


def test_each_french_menu_gives_its_entries_distinct_keys(
    qtbot: QtBot, french_interface: None
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.features_built)
    menus = [window.menuBar(), *window.findChildren(QMenu)]
    for menu in menus:
        letters = [
            m.group(1).lower()
            for action in menu.actions()
            if action.isVisible() and (m := re.search(r"&([^&])", action.text()))
        ]
        assert len(letters) == len(set(letters)), [a.text() for a in menu.actions()]


# No visible string bypasses translate() --------------------------------------

#: Qt calls that put their string arguments on screen.
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setTitle", "setAccessibleName", "setAccessibleDescription",
    "setInformativeText", "setLabelText", "setFormat", "setSuffix", "setPrefix",
    "setSpecialValueText", "showMessage", "addMenu", "addAction", "insertAction", "addItem",
    "addItems", "addTab", "setTabText", "setHorizontalHeaderLabels", "setHeaderLabels",
    "addRow", "addButton", "setButtonText", "setIconText", "status", "show_message",
    "show_error", "set_status", "add_action", "name_widget", "QAction", "QLabel", "QPushButton",
    "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu", "QDockWidget",
    "QToolBar", "QMessageBox", "QTreeWidgetItem", "QTableWidgetItem", "QStandardItem",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "getText",
}  # fmt: skip
#: QMessageBox's static dialogs (`log.warning` is no dialog).
MESSAGE_BOXES = {"warning", "critical", "information", "question", "about"}
#: Key names, a URL scheme and the app's name are not language.
NOT_WORDS = re.compile(r"((Ctrl|Shift|Alt|Meta)\+)*(\w|F\d+|[+=,.-])|https?://|Lisible")


def _shows_words(node: ast.expr) -> bool:
    """Whether an argument is (or builds) a literal with words in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]{2}", node.value)) and not NOT_WORDS.fullmatch(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_shows_words(value) for value in node.values)
    if isinstance(node, ast.BinOp):
        return _shows_words(node.left) or _shows_words(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_shows_words(element) for element in node.elts)
    if isinstance(node, ast.IfExp):
        return _shows_words(node.body) or _shows_words(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "…".format(…) and "…".join(…) show the literal they are called on.
        return node.func.attr in {"format", "join"} and _shows_words(node.func.value)
    return False


def untranslated_literals(source: str) -> list[tuple[int, str]]:
    """Return (line, code) of each literal with words handed to a Qt text call as it is."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        boxed = (
            name in MESSAGE_BOXES
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "QMessageBox"
        )
        if name not in TEXT_CALLS and not boxed:
            continue
        for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
            if _shows_words(argument):
                found.append((argument.lineno, ast.unparse(argument)))
    return found


def test_no_literal_reaches_the_screen_without_translate() -> None:
    bypassing = {
        f"{path.name}:{line}": code
        for path in sorted((ROOT / "ui").glob("*.py"))
        for line, code in untranslated_literals(path.read_text("utf-8"))
    }
    assert bypassing == {}


def test_the_check_catches_a_bare_literal() -> None:
    caught = untranslated_literals(
        'label.setText("Hello")\n'
        'box.setToolTip(f"{count} apples")\n'
        'QMessageBox.warning(self, "Oops", message)\n'
        'shell.add_action(menu, "&Open", slot, "Ctrl+O")\n'
    )
    assert [line for line, _code in caught] == [1, 2, 3, 4]
    assert (
        untranslated_literals(
            'label.setText(translate("Window", "Hello"))\n'
            'log.warning("cannot read %s", path)\n'
            'shell.add_action(menu, translate("Window", "&Open"), slot, "Ctrl+O")\n'
        )
        == []
    )


# The window in French --------------------------------------------------------


def visible_texts(window: QWidget) -> set[str]:
    """Return every text the window and its dialogs show: labels, menus, tips, titles."""
    texts: list[str] = []
    for widget in [window, *window.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.statusTip()]
        texts += [widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, (QGroupBox, QMenu)):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            fonts = set(QFontDatabase.families())
            texts += [widget.itemText(i) for i in range(widget.count())]
            texts = [text for text in texts if text not in fonts]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(i, _horizontal()) or "") for i in range(model.columnCount())
            ]
            texts += [str(model.index(row, 0).data() or "") for row in range(model.rowCount())]
    for action in window.findChildren(QAction):
        texts += [action.text(), action.iconText(), action.toolTip(), action.statusTip()]
    shown = {plain(text).split("\t")[0].strip() for text in texts}
    return {text for text in shown if re.search(r"[A-Za-z]{2}", text)}


def _horizontal() -> object:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def open_everything(window: MainWindow, qtbot: QtBot) -> None:
    """Open what a reader can open in an empty window: panels, bars and dialogs."""
    window.show()
    qtbot.waitUntil(lambda: window.features_built)
    window.entities.toggle_action.trigger()
    window.contents.toggle_action.trigger()
    window.finder.open()
    window.preferences.show_dialog()
    window.library.show_dialog()
    window.translation.show_models()
    window.help.show_shortcuts()


def test_nothing_english_is_left_in_the_french_window(qtbot: QtBot, errors: list[str]) -> None:
    english = MainWindow()
    qtbot.addWidget(english)
    open_everything(english, qtbot)
    in_english = visible_texts(english)
    assert "&File" not in in_english and "File" in in_english  # the walk sees the menus
    assert {"Filter names and figures", "Find in article", "Interface language"} <= in_english

    assert i18n.use_language("fr")
    try:
        french = MainWindow()
        qtbot.addWidget(french)
        open_everything(french, qtbot)
        in_french = visible_texts(french)
    finally:
        i18n.reset()
    # Words the catalogue keeps on purpose ("Article", "Version", "Original"…).
    kept = {plain(source) for _c, source, text in messages(CATALOGUE) if text == source}
    left = in_english & in_french - kept - SAME_IN_BOTH
    assert left == set()
    assert {"Fichier", "Filtrer les noms et les chiffres", "Langue de l’interface"} <= in_french


def test_qt_dialogs_speak_french_too(qtbot: QtBot, french_interface: None) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.RestoreDefaults
    )
    qtbot.addWidget(buttons)
    texts = [plain(button.text()) for button in buttons.buttons()]
    assert "Annuler" in texts
    assert "Restaurer les valeurs par défaut" in texts


def test_the_french_window_writes_numbers_dates_and_sizes_in_french(french_interface: None) -> None:
    from ui.formatting import display_date, format_size, reading_time, words

    assert words(0) == "0 mot" and words(1) == "1 mot" and words(2) == "2 mots"
    assert words(1234) == "1\u202f234 mots"
    assert display_date("2025-04-14") == "14 avril 2025"
    assert format_size(1_300_000) == "1,3 Mo"
    assert reading_time(4) == "4 min de lecture"


def test_english_plurals_and_sizes_are_unchanged() -> None:
    from ui.formatting import display_date, format_size, words

    assert words(0) == "0 words" and words(1) == "1 word" and words(1234) == "1,234 words"
    assert display_date("2025-04-14") == "14 April 2025"
    assert format_size(1_300_000) == "1.3 MB"


def test_the_french_guide_names_real_french_menu_entries(
    qtbot: QtBot, french_interface: None
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    # As the reader gets it: the features are built once it has painted.
    window.show()
    qtbot.waitUntil(lambda: window.features_built)
    guide = guide_html()
    assert "Lire avec Lisible" in guide
    named = set(re.findall(r"<b>([^<]*▸[^<]*)</b>", guide))
    english = set(re.findall(r"<b>([^<]*▸[^<]*)</b>", resource("help", "guide.html").read_text()))
    # The same entries as the English guide, each one in the French menus.
    assert len(named) == len(english)
    assert named - menu_paths(window) == set()


# Choosing the language -------------------------------------------------------


def test_preferences_offers_the_interface_language_and_says_it_needs_a_restart(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.editor(INTERFACE_LANGUAGE)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "As the system",
        "English",
        "Français",
    ]
    assert not dialog.restart_note.isVisible()  # the tests run in English, the default
    combo.setCurrentIndex(combo.findData("fr"))
    assert settings.get(INTERFACE_LANGUAGE) == "fr"
    assert dialog.restart_note.isVisible()
    assert "restarts" in dialog.restart_note.text()
    combo.setCurrentIndex(combo.findData("en"))
    assert not dialog.restart_note.isVisible()


LANGUAGE_PROBE = (
    "from ui.app import application\n"
    "from ui.i18n import current_language\n"
    "app = application()\n"
    "print(current_language(), app.translate('Window', '&File'))\n"
)


def _started_in(environment: dict[str, str]) -> str:
    env = {key: value for key, value in os.environ.items() if key not in {"LC_ALL", "LANGUAGE"}}
    env.update(environment, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-c", LANGUAGE_PROBE],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


@pytest.mark.heavy
def test_the_interface_follows_the_desktop_unless_preferences_say_otherwise() -> None:
    assert _started_in({"LANG": "fr_FR.UTF-8"}) == "fr &Fichier"
    assert _started_in({"LANG": "fr_CA.UTF-8"}) == "fr &Fichier"
    assert _started_in({"LANG": "en_GB.UTF-8"}) == "en &File"
    # A language Lisible does not speak falls back to English, unless the desktop lists French.
    assert _started_in({"LANG": "de_DE.UTF-8"}) == "en &File"
    assert _started_in({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:fr"}) == "fr &Fichier"
    settings = Settings()
    settings.set(INTERFACE_LANGUAGE, "en")
    settings.sync()
    assert _started_in({"LANG": "fr_FR.UTF-8"}) == "en &File"
    settings.set(INTERFACE_LANGUAGE, "fr")
    settings.sync()
    assert _started_in({"LANG": "C.UTF-8"}) == "fr &Fichier"


def _checks() -> list[SentenceCheck]:
    from reader.translation.check import Issue

    issues = (Issue("figure", "1 500", "150"), Issue("form", "97,4", "97,4"), Issue("name", "Lyon"))
    return [SentenceCheck(status, issues) for status in ("mismatch", "repaired")]


def test_the_window_words_a_check_as_the_core_does_in_english() -> None:
    from ui.check_text import describe_check

    for check in _checks():
        assert describe_check(check) == check.describe()


def test_a_check_in_french(french_interface: None) -> None:
    from ui.check_text import describe_check

    repaired = _checks()[1]
    assert describe_check(repaired).splitlines() == [
        "source\u00a0: 1 500 — la traduction dit\u00a0: 150 — réparé",
        "source\u00a0: 97,4 — la traduction a écrit\u00a0: 97,4 (format du nombre) — réparé",
        "source\u00a0: Lyon — la traduction dit\u00a0: rien à la place — réparé",
    ]


def test_a_missing_catalogue_leaves_the_interface_in_english(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(i18n, "resource", tmp_path.joinpath)
    try:
        assert not i18n.use_language("fr")
        assert i18n.current_language() == "en"
        assert qapp.translate("Window", "&File") == "&File"
    finally:
        i18n.reset()


# The core's messages ----------------------------------------------------------


def _french_error(qtbot: QtBot, window: MainWindow, open_it: Callable[[], None]) -> str:
    with qtbot.waitSignal(window.load_failed, timeout=20_000) as failed:
        open_it()
    return str(failed.args[0])


def test_a_missing_or_binary_file_is_reported_in_french(
    qtbot: QtBot, french_interface: None, window: MainWindow, errors: list[str], tmp_path: Path
) -> None:
    missing = _french_error(qtbot, window, lambda: window.open_path(tmp_path / "parti.html"))
    assert missing == "parti.html n’existe pas."
    picture = tmp_path / "photo.html"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    # The kind of file is a phrase of the core too: the whole sentence is French.
    binary = _french_error(qtbot, window, lambda: window.open_path(picture))
    assert binary == "photo.html est une image PNG, pas un article."
    assert errors == [missing, binary]


def test_the_systems_reason_is_reported_in_french(
    qtbot: QtBot, french_interface: None, window: MainWindow, errors: list[str], tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("a file, not a folder", "utf-8")
    # The OS says "Not a directory"; the reader reads why in French, whole.
    message = _french_error(qtbot, window, lambda: window.open_path(notes / "article.html"))
    assert message == (
        "Impossible de lire article.html\u00a0: une partie du chemin n’est pas un dossier."
    )
    assert errors == [message]


def test_a_locked_library_is_reported_in_french(
    french_interface: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader import library
    from reader.paths import sample_article
    from reader.pipeline import article_from_path

    monkeypatch.setattr(library, "BUSY_TIMEOUT_MS", 0)
    path = tmp_path / "library.sqlite3"
    with library.Library.open(path) as kept:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # another program writing
        try:
            with pytest.raises(library.LibraryError) as raised:
                kept.add(article_from_path(str(sample_article())))
        finally:
            holder.close()
    # SQLite says "database is locked"; the French reader reads it in French.
    assert i18n.phrase_text(raised.value.phrase) == (
        "La bibliothèque n’a pas pu être lue ou écrite\u00a0: "
        "la base de données est verrouillée (un autre programme l’utilise)"
    )


def test_a_damaged_library_row_and_model_file_are_reported_in_french(
    french_interface: None, tmp_path: Path
) -> None:
    from reader import library
    from reader.paths import sample_article
    from reader.pipeline import article_from_path
    from reader.translation import PackageError, install_package

    path = tmp_path / "library.sqlite3"
    with library.Library.open(path) as kept:
        article_id = kept.add(article_from_path(str(sample_article())))
        with sqlite3.connect(path) as other:
            other.execute(
                "UPDATE articles SET article = '{\"title\": ' WHERE id = ?", (article_id,)
            )
        other.close()
        with pytest.raises(library.LibraryError) as raised:
            kept.get(article_id)
    # json says "Expecting value: line 1 column 11 (char 10)"; the reader reads why in French.
    assert i18n.phrase_text(raised.value.phrase) == (
        "Un article de la bibliothèque est illisible\u00a0: sa copie enregistrée est abîmée"
    )
    package = tmp_path / "modele.argosmodel"
    package.write_bytes(b"PK\x03\x04" + bytes(100))  # a zip's first bytes, and no more
    with pytest.raises(PackageError) as refused:
        install_package(package)
    assert i18n.phrase_text(refused.value.phrase) == (
        "modele.argosmodel n’est pas un fichier .argosmodel valide\u00a0: ce n’est pas une"
        " archive ZIP, ou elle est tronquée (un téléchargement inachevé\u00a0?)"
    )


def test_an_unreachable_address_is_reported_in_french(
    qtbot: QtBot,
    french_interface: None,
    window: MainWindow,
    errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    with socket.socket() as probe:  # a port nothing listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article"
    message = _french_error(qtbot, window, lambda: window.open_sources.open_url(url))
    assert message == "127.0.0.1 a refusé la connexion\u00a0: aucun serveur web n’y répond."
    assert errors == [message]


@pytest.mark.usefixtures("french_interface")
def test_a_server_error_is_reported_in_french(
    qtbot: QtBot,
    window: MainWindow,
    errors: list[str],
    local_site: LocalSite,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)
    url = local_site.add("/article", "<h1>Oops</h1>", status=503)
    # The server says "Service Unavailable"; the status's meaning is given in French.
    message = _french_error(qtbot, window, lambda: window.open_sources.open_url(url))
    assert message == (
        "Le serveur 127.0.0.1 rencontre un problème (HTTP 503\u00a0: service indisponible)"
        "\u00a0; réessayez plus tard."
    )
    assert errors == [message]


@pytest.mark.usefixtures("french_interface")
def test_a_secure_address_for_a_plain_site_is_reported_in_french(
    qtbot: QtBot, window: MainWindow, errors: list[str], local_site: LocalSite
) -> None:
    # OpenSSL says "WRONG_VERSION_NUMBER"; the reader reads what it means.
    url = local_site.add("/article", "<h1>Hi</h1>").replace("http://", "https://")
    message = _french_error(qtbot, window, lambda: window.open_sources.open_url(url))
    assert message == (
        "La connexion sécurisée à 127.0.0.1 a échoué\u00a0: le serveur n’offre pas de "
        "connexion sécurisée à cette adresse\u00a0; la page est peut-être en http://."
    )
    assert errors == [message]


def test_the_core_speaks_english_where_the_catalogue_has_no_translation(
    french_interface: None,
) -> None:
    from reader.errors import LoadError, Phrase

    error = LoadError("{name} fell in the sea.", name="notes.txt")
    assert str(error) == "notes.txt fell in the sea."
    assert i18n.phrase_text(error.phrase) == "notes.txt fell in the sea."
    # A message without fields is shown as written, braces and all.
    assert i18n.phrase_text(Phrase("https://example.org/{id} is odd.")) == (
        "https://example.org/{id} is odd."
    )


def test_a_core_message_without_french_fails_the_catalogue_check(tmp_path: Path) -> None:
    core = tmp_path / "reader"
    shutil.copytree(ROOT / "reader", core, ignore=shutil.ignore_patterns("__pycache__"))
    (core / "new_feature.py").write_text(
        "from reader.errors import LoadError\n\n\n"
        "def read() -> None:\n"
        '    raise LoadError("{name} is written in invisible ink.", name="x")\n\n\n'
        "def write(name: str) -> None:\n"
        '    raise LoadError(f"{name} is a finished sentence, no template.")\n',
        "utf-8",
    )
    copy = tmp_path / CATALOGUE.name
    shutil.copy(CATALOGUE, copy)
    update(copy, ROOT / "ui", core)
    untranslated = [(context, source) for context, source, text in messages(copy) if not text]
    assert untranslated == [("Errors", "{name} is written in invisible ink.")]


def test_the_core_templates_are_found_in_calls_and_tables() -> None:
    templates = core_templates()
    assert "{name} does not exist." in templates
    assert "a PNG image" in templates  # a field's phrase, from a table
    assert "{host} refused the connection: no web server answers there." in templates
