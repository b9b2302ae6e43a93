"""Translating in the window, driven as a reader would, with real tiny translation packages."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.article import Article
from reader.paths import sample_article
from reader.translation import install_package
from ui import translation as translation_module
from ui.formatting import reading_summary
from ui.models_dialog import ModelsDialog
from ui.settings import ENTITIES_PANEL_SHOWN, TRANSLATION_SOURCE, VIEW_MODE, Settings
from ui.translation import SelectionDialog, TranslationController, ViewMode
from ui.window import MainWindow

MODELS = Path(__file__).parents[1] / "data" / "models"
FR_EN = MODELS / "translate-fr_en-tiny.argosmodel"
EN_FR = MODELS / "translate-en_fr-tiny.argosmodel"
WAIT = 20_000


def unseen(from_code: str) -> list[dict[str, str]]:
    """Return the held-out sentences the tiny model of a direction translates exactly."""
    records = json.loads((MODELS / "unseen.json").read_text(encoding="utf-8"))
    return [r for r in records if r["from"] == from_code]


@pytest.fixture(autouse=True)
def greedy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Decode greedily, as the tiny models' expected translations were made."""
    from reader.translation.engine import unload_all

    monkeypatch.setenv("LISIBLE_TRANSLATION_BEAM", "1")
    yield
    unload_all()


@pytest.fixture
def fr_en() -> None:
    install_package(FR_EN)


@pytest.fixture
def en_fr() -> None:
    install_package(EN_FR)


@pytest.fixture
def french_article(tmp_path: Path) -> tuple[Path, list[str], list[str]]:
    """Write a French Markdown article of unseen sentences; return it, its lines, their English."""
    records = unseen("fr")
    assert len(records) >= 7
    title, body = records[0], records[1:7]
    lines = [title["source"], *(r["source"] for r in body)]
    expected = [title["expected"], *(r["expected"] for r in body)]
    paragraphs = [" ".join(lines[1:4]), " ".join(lines[4:7])]
    text = f"# {lines[0]}\n\n" + "\n\n".join(paragraphs) + "\n"
    path = tmp_path / "article-fr.md"
    path.write_text(text, encoding="utf-8")
    english = [expected[0], " ".join(expected[1:4]), " ".join(expected[4:7])]
    return path, lines, english


def open_and_wait(qtbot: QtBot, window: MainWindow, path: Path) -> Article:
    with qtbot.waitSignal(window.article_shown, timeout=WAIT) as blocker:
        window.open_path(path)
    return blocker.args[0]


def translate_and_wait(qtbot: QtBot, window: MainWindow) -> Article:
    with qtbot.waitSignal(window.translation_shown, timeout=WAIT) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    return blocker.args[0]


def body_lines(article: Article) -> list[str]:
    return [article.block_text(block) for block in article.blocks]


def test_ctrl_t_translates_french_into_english(
    qtbot: QtBot, window: MainWindow, fr_en: None, french_article: tuple[Path, list[str], list[str]]
) -> None:
    path, _lines, english = french_article
    article = open_and_wait(qtbot, window, path)
    assert article.language == "fr"
    assert window.translation.translate_action.text() == "&Translate French → English"
    translated = translate_and_wait(qtbot, window)
    assert translated.title == english[0]
    assert body_lines(translated) == english[1:]
    assert translated.language == "en"
    view = window.translation.translation_view
    assert view.isVisible() and not window.reading_view.isVisible()
    assert view.plain_text() == "\n".join(english[1:])
    assert not window.translation.progress_box.isVisible()
    assert Settings().get(VIEW_MODE) == "translation"


def test_english_is_translated_into_french(
    qtbot: QtBot, window: MainWindow, en_fr: None, tmp_path: Path
) -> None:
    records = unseen("en")[:5]
    path = tmp_path / "article-en.md"
    sources = [r["source"] for r in records]
    path.write_text(f"# {sources[0]}\n\n" + " ".join(sources[1:]) + "\n", encoding="utf-8")
    article = open_and_wait(qtbot, window, path)
    assert article.language == "en"
    translated = translate_and_wait(qtbot, window)
    assert translated.title == records[0]["expected"]
    assert body_lines(translated) == [" ".join(r["expected"] for r in records[1:])]


def test_translation_streams_with_progress_then_done(
    qtbot: QtBot, window: MainWindow, fr_en: None
) -> None:
    open_and_wait(qtbot, window, sample_article())
    controller = window.translation
    seen: list[tuple[int, int, bool, bool, str]] = []

    def record(done: int, total: int) -> None:
        translation = controller.translation
        assert translation is not None
        first = translation.article.block_text(translation.article.blocks[0])
        seen.append((done, total, translation.complete, controller.progress_box.isVisible(), first))

    controller.progressed.connect(record)
    translated = translate_and_wait(qtbot, window)
    total = len(translated.blocks)
    assert seen, "no progress was shown"
    done, first_total, complete, progress_shown, first_block = seen[0]
    # The first paragraph was on screen, with the progress bar, before the rest was done.
    assert first_total == total and 1 <= done < total
    assert not complete and progress_shown and first_block
    assert controller.translation is not None and controller.translation.complete
    assert not controller.progress_box.isVisible()
    assert controller.translate_action.isEnabled()


def test_partial_translations_are_shown_at_most_so_often(
    qtbot: QtBot, window: MainWindow, fr_en: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each showing lays the whole translation out again: a long read streaming
    # in would keep the window busy. Here the gap outlasts the translation.
    monkeypatch.setattr(translation_module, "PARTIAL_GAP_MS", 60_000)
    open_and_wait(qtbot, window, sample_article())
    shown: list[int] = []
    window.translation.progressed.connect(lambda done, _total: shown.append(done))
    translated = translate_and_wait(qtbot, window)
    assert len(shown) == 1 and shown[0] < len(translated.blocks)
    # The complete translation is on show all the same.
    assert window.translation.translation is not None
    assert window.translation.translation.complete
    assert window.translation.translation_view.article is translated


def test_cancel_leaves_the_original_and_a_usable_window(
    qtbot: QtBot, window: MainWindow, fr_en: None
) -> None:
    open_and_wait(qtbot, window, sample_article())
    controller = window.translation
    shown: list[Article] = []
    window.translation_shown.connect(lambda article, _view: shown.append(article))
    with qtbot.waitSignal(controller.progressed, timeout=WAIT):
        controller.translate_action.trigger()
        assert controller.progress_box.isVisible()
        assert controller.cancel_action.isEnabled()
    qtbot.mouseClick(controller.cancel_button, Qt.MouseButton.LeftButton)
    assert not controller.running
    assert controller.translation is None
    assert window.reading_view.isVisible() and not controller.translation_view.isVisible()
    assert not controller.progress_box.isVisible()
    assert window.statusBar().currentMessage() == "Translation cancelled."
    assert not controller.cancel_action.isEnabled()
    # The window goes on: the next translation runs to the end.
    translate_and_wait(qtbot, window)
    assert len(shown) == 1 and shown[0].language == "en"


def test_escape_cancels(qtbot: QtBot, window: MainWindow, fr_en: None) -> None:
    open_and_wait(qtbot, window, sample_article())
    controller = window.translation
    with qtbot.waitSignal(controller.progressed, timeout=WAIT):
        controller.translate_action.trigger()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not controller.running
    assert window.reading_view.isVisible()


def test_other_languages_get_a_clear_message(
    qtbot: QtBot, window: MainWindow, errors: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "deutsch.txt"
    path.write_text(
        "Der Garten\n\nDer gemeinsame Garten ernährt das ganze Viertel, und die Nachbarn"
        " kommen jeden Abend, um die Beete zu gießen und miteinander zu reden.\n",
        encoding="utf-8",
    )
    article = open_and_wait(qtbot, window, path)
    assert article.language == "de"
    window.translation.translate_action.trigger()
    assert errors == [
        "This article is in German; Lisible translates French to English and English to French."
    ]
    assert not window.translation.running
    assert window.reading_view.isVisible()


def test_missing_model_offers_install_from_file(
    qtbot: QtBot,
    window: MainWindow,
    french_article: tuple[Path, list[str], list[str]],
    closed_index: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, _lines, english = french_article
    open_and_wait(qtbot, window, path)
    controller = window.translation
    controller.translate_action.trigger()
    qtbot.waitUntil(lambda: controller.offer is not None, timeout=WAIT)
    offer = controller.offer
    assert offer is not None
    assert offer.text() == (
        "Translating French → English needs a translation model, and none is installed."
    )
    buttons = {b.text(): b for b in offer.buttons()}
    assert set(buttons) == {"Install from &File…", "&Download", "Cancel"}
    assert window.reading_view.isVisible() and not controller.translation_view.isVisible()
    monkeypatch.setattr(ModelsDialog, "ask_package_path", lambda _self: str(FR_EN))
    with qtbot.waitSignal(window.translation_shown, timeout=WAIT) as blocker:
        qtbot.mouseClick(buttons["Install from &File…"], Qt.MouseButton.LeftButton)
    # Installed, then the translation it was waiting for ran by itself.
    dialog = controller.models_dialog
    assert dialog is not None and dialog.isVisible()
    assert [p.name for p in dialog.packages] == ["French → English"]
    assert body_lines(blocker.args[0]) == english[1:]


def test_cancelling_the_offer_keeps_the_original(
    qtbot: QtBot, window: MainWindow, closed_index: str
) -> None:
    open_and_wait(qtbot, window, sample_article())
    controller = window.translation
    controller.translate_action.trigger()
    qtbot.waitUntil(lambda: controller.offer is not None, timeout=WAIT)
    offer = controller.offer
    assert offer is not None
    offer.button(QMessageBox.StandardButton.Cancel).click()
    assert controller.offer is None and controller.models_dialog is None
    assert window.reading_view.isVisible() and controller.mode is ViewMode.ORIGINAL


@pytest.fixture
def closed_index(monkeypatch: pytest.MonkeyPatch) -> str:
    """Point the package index at 127.0.0.1 where nothing listens (offline)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/index.json"
    monkeypatch.setenv("LISIBLE_PACKAGE_INDEX", url)
    return url


def test_view_modes_switch_from_menu_and_keys(
    qtbot: QtBot, window: MainWindow, fr_en: None
) -> None:
    open_and_wait(qtbot, window, sample_article())
    controller = window.translation
    original, translated = window.reading_view, controller.translation_view
    with qtbot.waitSignal(window.translation_shown, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert controller.mode is ViewMode.SIDE_BY_SIDE
    assert original.isVisible() and translated.isVisible()
    assert controller.mode_actions[ViewMode.SIDE_BY_SIDE].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert original.isVisible() and not translated.isVisible()
    assert controller.mode_actions[ViewMode.ORIGINAL].isChecked()
    controller.mode_actions[ViewMode.TRANSLATION].trigger()
    assert translated.isVisible() and not original.isVisible()
    assert Settings().get(VIEW_MODE) == "translation"


def test_view_mode_is_remembered_and_reopening_shows_the_cached_translation(
    qtbot: QtBot, make_window: Callable[[], MainWindow], fr_en: None
) -> None:
    first = make_window()
    open_and_wait(qtbot, first, sample_article())
    first.translation.set_mode(ViewMode.SIDE_BY_SIDE)
    qtbot.waitUntil(
        lambda: (
            first.translation.translation is not None and first.translation.translation.complete
        ),
        timeout=WAIT,
    )
    expected = first.translation.translation_view.plain_text()
    first.close()
    second = make_window()
    # Empty, the window shows Original (issue 14, defect 13); the mode returns with an article.
    assert second.translation.mode_actions[ViewMode.ORIGINAL].isChecked()
    partials: list[int] = []
    second.translation.progressed.connect(lambda done, _total: partials.append(done))
    shown: list[object] = []
    second.translation_shown.connect(lambda article, _view: shown.append(article))
    with qtbot.waitSignal(second.translation_shown, timeout=WAIT):
        second.open_path(sample_article())
    # From the cache: complete at once, no paragraph-by-paragraph streaming.
    assert len(partials) <= 1
    # Shown once: each showing lays the translation out and looks for its entities anew.
    qtbot.wait(200)
    assert len(shown) == 1
    assert second.translation.translation_view.plain_text() == expected
    assert second.reading_view.isVisible() and second.translation.translation_view.isVisible()
    assert second.translation.mode_actions[ViewMode.SIDE_BY_SIDE].isChecked()


@pytest.mark.usefixtures("fr_en", "en_fr")
def test_a_remembered_translation_translates_only_articles_in_the_usual_language(
    qtbot: QtBot,
    window: MainWindow,
    french_article: tuple[Path, list[str], list[str]],
    tmp_path: Path,
) -> None:
    """French articles read in English: an English page then opens as it is, not in French."""
    path, _lines, _english = french_article
    open_and_wait(qtbot, window, path)
    translate_and_wait(qtbot, window)
    assert Settings().get(VIEW_MODE) == "translation"
    english = tmp_path / "page-en.md"
    sources = [r["source"] for r in unseen("en")[:4]]
    english.write_text(f"# {sources[0]}\n\n" + " ".join(sources[1:]) + "\n", encoding="utf-8")
    article = open_and_wait(qtbot, window, english)
    assert article.language == "en"
    controller = window.translation
    assert not controller.running and controller.mode is ViewMode.ORIGINAL
    assert window.reading_view.isVisible() and not controller.translation_view.isVisible()
    assert window.statusBar().currentMessage() == (
        "This article is in English: Translate (Ctrl+T) shows it in French."
    )
    # The reader's way of reading French articles is kept: the next one is translated.
    assert Settings().get(VIEW_MODE) == "translation"
    with qtbot.waitSignal(window.translation_shown, timeout=WAIT):
        window.open_path(path)
    assert controller.translation_view.isVisible() and not window.reading_view.isVisible()


def test_translate_selection_shows_a_copyable_translation(
    qtbot: QtBot, window: MainWindow, fr_en: None, french_article: tuple[Path, list[str], list[str]]
) -> None:
    path, lines, _english = french_article
    english_of = {r["source"]: r["expected"] for r in unseen("fr")}
    open_and_wait(qtbot, window, path)
    view = window.reading_view
    article = view.article
    assert article is not None
    start = article.text.index(lines[1])
    view.setTextCursor(view.text_cursor(start, start + len(lines[1])))
    menu = view.context_menu(QPoint(5, 5))
    entry = next(a for a in menu.actions() if a.text() == "Translate Selection")
    assert entry.isEnabled()
    entry.trigger()
    menu.deleteLater()
    dialogs = window.findChildren(SelectionDialog)
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.source.text() == lines[1]
    qtbot.waitUntil(dialog.copy_button.isEnabled, timeout=WAIT)
    assert dialog.output.toPlainText() == english_of[lines[1]]
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == english_of[lines[1]]


def test_translate_selection_needs_a_selection(window: MainWindow, qtbot: QtBot) -> None:
    open_and_wait(qtbot, window, sample_article())
    assert window.translation.translate_selection() is None
    assert window.statusBar().currentMessage() == "Select some text to translate."


def test_a_remembered_translation_view_without_its_model_shows_the_original(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    Settings().set(VIEW_MODE, "side_by_side")
    window = make_window()
    open_and_wait(qtbot, window, sample_article())
    controller = window.translation
    assert not controller.running and controller.mode is ViewMode.ORIGINAL
    assert window.reading_view.isVisible() and not controller.translation_view.isVisible()
    assert window.statusBar().currentMessage() == (
        "No French → English model is installed: Translate (Ctrl+T) offers to get one."
    )
    # Still the reader's choice for articles whose model is there.
    assert Settings().get(VIEW_MODE) == "side_by_side"


def translate_with_damaged_model(
    qtbot: QtBot, window: MainWindow, damage: Callable[[Path], object]
) -> TranslationController:
    """Translate the sample with the French-English model whose model.bin `damage` spoils."""
    package = install_package(FR_EN)
    damage(package.path / "model" / "model.bin")
    open_and_wait(qtbot, window, sample_article())
    controller = window.translation
    controller.translate_action.trigger()
    qtbot.waitUntil(lambda: not controller.running, timeout=WAIT)
    return controller


def test_a_broken_model_is_a_one_line_error_and_the_window_goes_on(
    qtbot: QtBot, window: MainWindow, errors: list[str]
) -> None:
    controller = translate_with_damaged_model(
        qtbot, window, lambda model: model.write_bytes(b"not a model")
    )
    # CTranslate2 reads "not " as a format version (v544501614): the file is damaged.
    assert errors == [
        "the model translate-fr_en cannot be loaded:"
        " its files are damaged or incomplete (install it again)"
    ]
    assert window.reading_view.isVisible() and not controller.translation_view.isVisible()
    assert controller.translate_action.isEnabled() and not controller.progress_box.isVisible()


def test_a_model_cut_short_is_reported_in_french(
    qtbot: QtBot, french_interface: None, window: MainWindow, errors: list[str]
) -> None:
    translate_with_damaged_model(
        qtbot, window, lambda model: model.write_bytes(model.read_bytes()[:1000])
    )
    # CTranslate2 says "Variable '…' has an invalid payload size"; the reader reads French.
    assert errors == [
        "le modèle translate-fr_en ne peut pas être chargé\u00a0:"
        " ses fichiers sont abîmés ou incomplets (réinstallez-le)"
    ]


def test_an_empty_window_shows_original_even_with_translation_remembered(
    qtbot: QtBot, make_window: Callable[[], MainWindow], errors: list[str], fr_en: None
) -> None:
    # The reader translates French articles (the sample is one) and reads them so.
    Settings().set(VIEW_MODE, "translation")
    Settings().set(TRANSLATION_SOURCE, "fr")
    window = make_window()
    actions = window.translation.mode_actions
    not_an_article = Path(__file__).parents[1] / "data" / "hostile" / "image.png"
    with qtbot.waitSignal(window.load_failed, timeout=WAIT):
        window.open_path(not_an_article)
    assert errors == ["image.png is a PNG image, not an article."]
    # Nothing is translated, so the toolbar does not say Translation.
    assert actions[ViewMode.ORIGINAL].isChecked()
    assert not actions[ViewMode.TRANSLATION].isChecked()
    assert not actions[ViewMode.TRANSLATION].isEnabled()
    assert not actions[ViewMode.SIDE_BY_SIDE].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert actions[ViewMode.ORIGINAL].isChecked()
    # The reader's choice comes back with an article.
    with qtbot.waitSignal(window.translation_shown, timeout=WAIT):
        window.open_path(sample_article())
    assert actions[ViewMode.TRANSLATION].isChecked() and actions[ViewMode.TRANSLATION].isEnabled()


def test_translating_keeps_the_focus_in_the_text(
    qtbot: QtBot, make_window: Callable[[], MainWindow], fr_en: None
) -> None:
    Settings().set(ENTITIES_PANEL_SHOWN, True)
    window = make_window()
    open_and_wait(qtbot, window, sample_article())
    with qtbot.waitActive(window):
        window.activateWindow()
    window.reading_view.setFocus()
    qtbot.waitUntil(window.reading_view.hasFocus)
    translate_and_wait(qtbot, window)
    assert window.translation.mode is ViewMode.TRANSLATION
    # The original hides; the reader's keys now go to the translation, not a panel.
    assert QApplication.focusWidget() is window.translation.translation_view


def test_the_status_bar_describes_the_text_on_show(
    qtbot: QtBot, window: MainWindow, fr_en: None
) -> None:
    original = open_and_wait(qtbot, window, sample_article())
    summary = window.summary_label
    assert summary.text() == reading_summary(original)
    assert summary.text().startswith("French · ")
    translated = translate_and_wait(qtbot, window)
    assert window.translation.mode is ViewMode.TRANSLATION
    assert summary.text() == reading_summary(translated)
    assert summary.text().startswith("English · ")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert summary.text() == reading_summary(original)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert summary.text() == reading_summary(original)
