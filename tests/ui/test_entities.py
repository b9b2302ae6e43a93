"""Entities in the window, with the real spaCy pipelines: dock, highlights, navigation, export."""

from __future__ import annotations

import csv
import io
import json
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt, QThreadPool
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QToolTip
from pytestqt.qtbot import QtBot

import ui.entities
import ui.window
from reader.article import Article, ArticleBuilder, BlockKind, SourceFormat
from reader.entities import GROUPS, Entity, EntityResult
from reader.entities.service import BACKGROUND_NICENESS, entities_process
from ui.entities import FOCUS_LAYER, MENTIONS_LAYER
from ui.entity_colors import HUES, contrast, group_colors
from ui.reading_view import SYNC_LAYOUT_BLOCKS, ReadingView
from ui.settings import (
    ENTITIES_HIDDEN_GROUPS,
    ENTITIES_PANEL_SHOWN,
    ENTITIES_SORT,
    ENTITY_COLOURS,
    THEME,
    Settings,
)
from ui.tasks import Task
from ui.window import MainWindow

#: A pipeline is loaded in seconds; once loaded, a short article takes well under one.
RESULT_TIMEOUT = 20_000

#: Paragraphs with no name or figure, to push the last paragraph below the fold.
FILLER = (
    "Dans les ateliers, les équipes se relaient jour et nuit pour préparer les nouvelles"
    " lignes de montage. Les anciens bancs d'essai sont démontés un à un, et le bruit des"
    " perceuses couvre les conversations."
)

FRENCH = "\n\n".join(
    [
        "Renault relance son usine de Douai",
        "Le constructeur Renault a annoncé le 12 février 2025 un investissement de 2,5"
        " milliards d'euros dans son usine de Douai, où travaillent 1 500 salariés.",
        "Pour Luca de Meo, le directeur général de Renault, ce projet « change la donne »."
        " Selon lui, la production augmentera de 15 % dès 2026.",
        "Le syndicat CGT salue l'annonce mais reste prudent. Luca de Meo doit rencontrer"
        " les élus de Douai la semaine prochaine.",
        *[FILLER] * 12,
        "À Paris, le ministre de l'Économie, Bruno Le Maire, a salué une « excellente"
        " nouvelle » pour la France.",
    ]
)

ENGLISH = "\n\n".join(
    [
        "A new factory for Texas",
        "Shares fell 9.74% on Tuesday after Elon Musk said the company would spend"
        " $97.4 billion on new factories by 2030.",
        "Analysts at Morgan Stanley were unconvinced. The numbers do not add up, one of them"
        " wrote, pointing to a 15% drop in deliveries in Europe on February 10, 2026.",
    ]
)


@pytest.fixture(scope="session")
def pipelines() -> None:
    """Load the French and English pipelines once for every test here (about 6 s)."""
    # In the entities process, where the window finds them.
    entities_process().extract("Paris.", "fr")
    entities_process().extract("Paris.", "en")


@pytest.fixture
def make_window(
    qtbot: QtBot, pipelines: None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., MainWindow]]:
    """Return a factory of shown main windows, the Entities dock open unless told."""
    errors: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: errors.append(message))

    def make(panel: bool = True, settings: Settings | None = None) -> MainWindow:
        settings = settings or Settings()
        if panel:
            settings.set(ENTITIES_PANEL_SHOWN, True)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    assert errors == []


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    """Return a shown main window with the Entities dock open."""
    return make_window()


def open_text(qtbot: QtBot, window: MainWindow, path: Path, text: str) -> Article:
    """Open a text file as a reader would and wait until its entities are found."""
    path.write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_path(path)
    article = window.article
    assert article is not None
    wait_for_entities(qtbot, window, article)
    return article


def wait_for_entities(qtbot: QtBot, window: MainWindow, article: Article) -> EntityResult:
    """Wait until the panel lists everything found in an article."""
    qtbot.waitUntil(
        lambda: window.entities.result is not None and window.entities.shown_article is article,
        timeout=RESULT_TIMEOUT,
    )
    result = window.entities.result
    assert result is not None
    return result


@pytest.fixture
def french(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> Article:
    """Open the French article in the window and wait for its entities."""
    return open_text(qtbot, window, tmp_path / "renault.txt", FRENCH)


def drain(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the outcomes of every task started so far have been handled."""
    QThreadPool.globalInstance().waitForDone()
    # One relay delivers outcomes in order: this one comes after all the others.
    done: list[str] = []
    Task(str, "sentinel").success(done.append).run(window)
    qtbot.waitUntil(lambda: done == ["sentinel"])


def entity(window: MainWindow, text: str) -> Entity:
    """Return the listed entity shown as `text`."""
    matches = [e for e in window.entities.panel.entities if e.text == text]
    assert matches, f"{text!r} is not listed"
    return matches[0]


def spans(view: ReadingView, layer: str) -> list[tuple[int, int, str]]:
    """Return each highlight of a layer as (document start, end, selected text)."""
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd(), s.cursor.selectedText())
        for s in view.highlights(layer)
    ]


def click_item(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Click an item of the Entities panel, as a reader would."""
    panel = window.entities.panel
    item = panel._item_of(entity(window, text))
    assert item is not None
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_ctrl_e_shows_the_dock_and_it_is_remembered(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(panel=False)
    assert not window.entities.dock.isVisible()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.entities.dock.isVisible()
    assert window.entities.toggle_action.isChecked()
    assert window.settings.get(ENTITIES_PANEL_SHOWN)
    window.close()
    # Still there next time; and closing the window does not count as closing the panel.
    assert make_window(panel=False).entities.dock.isVisible()


def test_french_article_lists_its_people_organisations_places_and_figures(
    window: MainWindow, french: Article
) -> None:
    listed = window.entities.panel.listed()
    assert list(listed) == ["People", "Organisations", "Places", "Figures"]
    assert ("Luca de Meo", 2) in listed["People"]
    assert ("Bruno Le Maire", 1) in listed["People"]
    assert ("Renault", 2) in listed["Organisations"]
    assert ("Douai", 2) in listed["Places"]
    assert {("Paris", 1), ("France", 1)} <= set(listed["Places"])
    assert {
        ("2,5 milliards d'euros", 1),
        ("15 %", 1),
        ("12 février 2025", 1),
        ("1 500", 1),
    } <= set(listed["Figures"])
    # Most mentioned first by default.
    counts = [count for _, count in listed["People"]]
    assert counts == sorted(counts, reverse=True)
    status = window.entities.panel.status_label.text()
    assert "names" in status and "figures" in status
    assert not window.entities.panel.busy_bar.isVisible()


def test_english_article_too(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    open_text(qtbot, window, tmp_path / "factory.txt", ENGLISH)
    listed = window.entities.panel.listed()
    assert ("Elon Musk", 1) in listed["People"]
    assert ("Morgan Stanley", 1) in listed["Organisations"]
    assert {("9.74%", 1), ("$97.4 billion", 1), ("February 10, 2026", 1), ("15%", 1)} <= set(
        listed["Figures"]
    )


def test_mentions_are_highlighted_where_they_are(window: MainWindow, french: Article) -> None:
    view = window.reading_view
    painted = spans(view, MENTIONS_LAYER)
    expected = sorted(
        (view.doc_position(start), view.doc_position(end), french.text[start:end])
        for e in window.entities.panel.entities
        for start, end in e.mentions
    )
    assert sorted(painted) == expected
    assert [text for _, _, text in painted].count("Luca de Meo") == 2
    # One colour per group.
    by_group: dict[str, set[str]] = {}
    for e in window.entities.panel.entities:
        cursor = view.text_cursor(*e.mentions[0])
        for selection in view.highlights(MENTIONS_LAYER):
            if selection.cursor.selectionStart() == cursor.selectionStart():
                color = selection.format.background().color().name()
                by_group.setdefault(GROUPS[e.label], set()).add(color)
    assert all(len(colours) == 1 for colours in by_group.values())
    assert len({next(iter(c)) for c in by_group.values()}) == len(by_group)


def test_status_says_names_are_being_found(qtbot: QtBot, window: MainWindow) -> None:
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, "Luca de Meo dirige Renault depuis 2020.")
    article = _article(builder, "fr")
    window.show_article(article)
    # The article is on screen at once; names come a moment later.
    assert window.reading_view.article is article
    assert window.entities.panel.status_label.text().startswith("Finding names")
    assert window.entities.panel.busy_bar.isVisible()
    wait_for_entities(qtbot, window, article)
    assert not window.entities.panel.busy_bar.isVisible()


def test_clicking_an_item_focuses_its_mentions_and_scrolls_to_the_first(
    qtbot: QtBot, window: MainWindow, french: Article
) -> None:
    view = window.reading_view
    assert view.verticalScrollBar().value() == 0
    click_item(qtbot, window, "Bruno Le Maire")
    assert view.verticalScrollBar().value() > 0
    focused = spans(view, FOCUS_LAYER)
    assert [text for _, _, text in focused] == ["Bruno Le Maire"]
    rect = view.cursorRect(view.text_cursor(*entity(window, "Bruno Le Maire").mentions[0]))
    assert view.viewport().rect().contains(rect.center())
    assert "mention 1 of 1" in window.statusBar().currentMessage()

    click_item(qtbot, window, "Luca de Meo")
    assert [text for _, _, text in spans(view, FOCUS_LAYER)] == ["Luca de Meo"] * 2
    rect = view.cursorRect(view.text_cursor(*entity(window, "Luca de Meo").mentions[0]))
    assert view.viewport().rect().contains(rect.center())


def _current_mention(view: ReadingView, group: str = "People") -> str:
    """Return the text of the mention marked as the one the reader is at."""
    highlight = group_colors(view.palette())[group].current.name()
    current = [
        s for s in view.highlights(FOCUS_LAYER) if s.format.background().color().name() == highlight
    ]
    assert len(current) == 1
    start = current[0].cursor.selectionStart()
    return f"{current[0].cursor.selectedText()}@{start}"


def test_f3_walks_through_the_mentions(qtbot: QtBot, window: MainWindow, french: Article) -> None:
    view = window.reading_view
    meo = entity(window, "Luca de Meo")
    positions = [view.doc_position(start) for start, _ in meo.mentions]
    click_item(qtbot, window, "Luca de Meo")
    assert _current_mention(view) == f"Luca de Meo@{positions[0]}"
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert "Luca de Meo: mention 2 of 2" in window.statusBar().currentMessage()
    assert _current_mention(view) == f"Luca de Meo@{positions[1]}"
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert "mention 1 of 2" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert "mention 2 of 2" in window.statusBar().currentMessage()
    assert _current_mention(view) == f"Luca de Meo@{positions[1]}"
    assert window.entities.previous_mention()
    assert _current_mention(view) == f"Luca de Meo@{positions[0]}"


@pytest.mark.parametrize("theme", ["light", "sepia", "dark"])
def test_the_current_mention_stands_apart_and_reads(
    window: MainWindow, french: Article, qtbot: QtBot, theme: str
) -> None:
    """The mention the reader is at is neither the selection's colour nor any tint, and
    its text passes WCAG AA on it (it was the selection's pale blue: People's tint)."""
    window.comfort.set_theme(theme)
    view = window.reading_view
    click_item(qtbot, window, "Luca de Meo")
    marks = view.highlights(FOCUS_LAYER)
    here = [s.format for s in marks if s.format.hasProperty(s.format.Property.ForegroundBrush)]
    assert len(here) == 1 and len(marks) == 2
    background = here[0].background().color()
    text = here[0].foreground().color()
    assert contrast(text, background) >= 4.5
    tints = [view.palette().color(QPalette.ColorRole.Highlight)]
    for colours in group_colors(view.palette()).values():
        tints += [colours.mention, colours.focus]
    for tint in tints:
        # Told apart at a glance: a large step in lightness from every tint.
        assert contrast(background, tint) >= 2.0, (tint.name(), background.name())


def test_f3_without_a_pick_says_what_to_do(window: MainWindow, french: Article) -> None:
    assert not window.entities.next_mention()
    assert "Entities panel" in window.statusBar().currentMessage()


def test_filter_and_sort(qtbot: QtBot, window: MainWindow, french: Article) -> None:
    panel = window.entities.panel
    qtbot.keyClicks(panel.filter_edit, "FEVRIER")
    assert panel.listed() == {"Figures": [("12 février 2025", 1)]}
    panel.filter_edit.setText("meo")
    assert panel.listed() == {"People": [("Luca de Meo", 2)]}
    panel.filter_edit.clear()
    panel.sort_box.setCurrentIndex(panel.sort_box.findData("first"))
    firsts = [entity(window, text).first for text, _ in panel.listed()["Places"]]
    assert firsts == sorted(firsts)
    assert window.settings.get(ENTITIES_SORT) == "first"


def test_sort_chosen_in_preferences_applies_at_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    open_text(
        qtbot,
        window,
        tmp_path / "budget.txt",
        "Le budget\n\nLe 3 mars, la ville a baissé ses dépenses de 10 %. Les impôts"
        " montent de 25 %, puis encore de 25 %, et les loyers de 25 % aussi.\n",
    )
    panel = window.entities.panel
    assert next(text for text, _ in panel.listed()["Figures"]) == "25 %"
    dialog = window.preferences.show_dialog()
    dialog.set_value(ENTITIES_SORT, "first")
    assert panel.sort_box.currentData() == "first"
    assert next(text for text, _ in panel.listed()["Figures"]) == "3 mars"
    # Cancel puts the order back, in the open panel too.
    dialog.reject()
    assert panel.sort_box.currentData() == "count"
    assert next(text for text, _ in panel.listed()["Figures"]) == "25 %"


def test_hiding_a_group_removes_its_highlights(
    qtbot: QtBot, window: MainWindow, french: Article
) -> None:
    view = window.reading_view
    people = [e for e in window.entities.panel.entities if GROUPS[e.label] == "People"]
    before = spans(view, MENTIONS_LAYER)
    window.entities.panel.legend["People"].click()
    after = spans(view, MENTIONS_LAYER)
    assert not any(text in {p.text for p in people} for _, _, text in after)
    assert len(after) == len(before) - sum(p.count for p in people)
    assert window.settings.get(ENTITIES_HIDDEN_GROUPS) == ("People",)
    window.entities.panel.legend["People"].click()
    assert sorted(spans(view, MENTIONS_LAYER)) == sorted(before)


def test_closing_the_panel_removes_the_highlights(window: MainWindow, french: Article) -> None:
    view = window.reading_view
    assert view.highlights(MENTIONS_LAYER)
    window.entities.toggle_action.trigger()
    assert not window.entities.dock.isVisible()
    assert view.highlights(MENTIONS_LAYER) == []
    assert not window.settings.get(ENTITIES_PANEL_SHOWN)
    window.entities.toggle_action.trigger()
    assert view.highlights(MENTIONS_LAYER)


def test_nothing_runs_while_the_panel_is_closed(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = make_window(panel=False)
    path = tmp_path / "renault.txt"
    path.write_text(FRENCH, encoding="utf-8")
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_path(path)
    assert window.entities.result is None
    assert window.reading_view.highlights(MENTIONS_LAYER) == []
    window.entities.toggle_action.trigger()
    article = window.article
    assert article is not None
    wait_for_entities(qtbot, window, article)
    assert window.reading_view.highlights(MENTIONS_LAYER)


def test_the_names_model_loads_ahead_at_low_priority_once_an_article_shows(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    # So that opening the panel a few seconds after the article finds it ready.
    service = entities_process()
    service.close()
    window = make_window(panel=False)
    path = tmp_path / "renault.txt"
    path.write_text(FRENCH, encoding="utf-8")
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_path(path)
    # Not on the way to the article: it starts once the article is up.
    assert not service.running
    qtbot.waitUntil(lambda: service.is_loaded("fr"), timeout=RESULT_TIMEOUT)
    pid = service.pid
    assert pid is not None
    niceness = min(os.getpriority(os.PRIO_PROCESS, 0) + BACKGROUND_NICENESS, 19)
    assert os.getpriority(os.PRIO_PROCESS, pid) == niceness
    window.entities.toggle_action.trigger()
    article = window.article
    assert article is not None
    assert wait_for_entities(qtbot, window, article).entities
    assert service.pid == pid


@pytest.mark.parametrize("suffix", [".csv", ".json", ""])
def test_export(
    window: MainWindow,
    french: Article,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    suffix: str,
) -> None:
    target = tmp_path / f"out{suffix}"
    asked: list[str] = []

    def save_dialog(_parent: object, _title: str, proposed: str, filters: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(target), filters.split(";;")[1 if suffix == "" else 0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    result = window.entities.result
    assert result is not None
    window.entities.export_action.trigger()
    assert asked and asked[0].endswith("Renault relance son usine de Douai - entities.csv")
    if suffix == ".csv":
        rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
        assert len(rows) == len(result.entities)
        meo = next(row for row in rows if row["text"] == "Luca de Meo")
        assert (meo["label"], meo["count"]) == ("PERSON", "2")
        start, end = meo["mentions"].split()[0].split("-")
        assert french.text[int(start) : int(end)] == "Luca de Meo"
    else:
        # No extension given: the JSON filter picked decides, and names the file.
        written = target if suffix else target.with_suffix(".json")
        data = json.loads(written.read_text(encoding="utf-8"))
        assert data["language"] == "fr"
        assert len(data["entities"]) == len(result.entities)
        for item in data["entities"]:
            assert item["count"] == len(item["mentions"])
            for start, end in item["mentions"]:
                assert french.text[start:end]
        assert {"text": "Luca de Meo", "label": "PERSON"}.items() <= next(
            e for e in data["entities"] if e["text"] == "Luca de Meo"
        ).items()
    assert "Saved" in window.statusBar().currentMessage()


def test_export_with_the_panel_closed_finds_entities_first(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(panel=False)
    path = tmp_path / "factory.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    with qtbot.waitSignal(window.article_shown, timeout=10_000):
        window.open_path(path)
    target = tmp_path / "factory.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(target), "JSON (*.json)")
    )
    window.entities.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=RESULT_TIMEOUT)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert "Elon Musk" in {e["text"] for e in data["entities"]}
    # Found for the export only: the closed panel paints nothing.
    assert window.reading_view.highlights(MENTIONS_LAYER) == []


def test_export_failure_is_reported(
    window: MainWindow, french: Article, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(window, "show_error", messages.append)
    target = tmp_path / "missing-folder" / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    window.entities.export_action.trigger()
    assert messages == ["Could not save out.csv: no such file or folder."]


def test_a_new_article_replaces_the_list(
    qtbot: QtBot, window: MainWindow, french: Article, tmp_path: Path
) -> None:
    click_item(qtbot, window, "Luca de Meo")
    open_text(qtbot, window, tmp_path / "factory.txt", ENGLISH)
    texts = {e.text for e in window.entities.panel.entities}
    assert "Elon Musk" in texts and "Luca de Meo" not in texts
    assert window.entities.panel.selected_entity() is None
    assert window.reading_view.highlights(FOCUS_LAYER) == []
    painted = {text for _, _, text in spans(window.reading_view, MENTIONS_LAYER)}
    assert "Elon Musk" in painted and "Luca de Meo" not in painted


def test_an_older_search_never_overwrites_a_newer_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    builder = ArticleBuilder()
    for _ in range(30):
        builder.add(BlockKind.PARAGRAPH, "Luca de Meo dirige Renault à Boulogne-Billancourt.")
    first = _article(builder, "fr")
    window.show_article(first)
    second = open_text(qtbot, window, tmp_path / "factory.txt", ENGLISH)
    assert window.entities.result is not None
    assert window.entities.result.language == "en"
    # Let every late outcome of the first search arrive: it must change nothing.
    drain(qtbot, window)
    assert window.entities.shown_article is second
    assert "Luca de Meo" not in {e.text for e in window.entities.panel.entities}


def test_translation_view_gets_its_own_entities(
    qtbot: QtBot, window: MainWindow, french: Article
) -> None:
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, ENGLISH.split("\n\n")[1])
    translated = _article(builder, "en")
    # Side by side with the original, as the translation controller shows it.
    view = ReadingView()
    window.splitter.addWidget(view)
    view.show_article(translated)
    window.translation_shown.emit(translated, view)

    def painted(in_view: ReadingView, layer: str = MENTIONS_LAYER) -> set[str]:
        return {text for _, _, text in spans(in_view, layer)}

    qtbot.waitUntil(lambda: "Elon Musk" in painted(view), timeout=RESULT_TIMEOUT)
    assert "$97.4 billion" in painted(view)
    # The original keeps its own highlights, and the panel its list, until the
    # reader turns to the translation.
    assert "Luca de Meo" in painted(window.reading_view)
    assert window.entities.shown_article is french
    view.setFocus()
    qtbot.waitUntil(lambda: window.entities.shown_article is translated)
    result = window.entities.result
    assert result is not None and result.language == "en"
    assert "Elon Musk" in {e.text for e in window.entities.panel.entities}
    # Clicking an item goes to its mention in the translation.
    click_item(qtbot, window, "Elon Musk")
    assert [text for _, _, text in spans(view, FOCUS_LAYER)] == ["Elon Musk"]
    # Back to the original: the panel follows the view the reader is in.
    window.reading_view.setFocus()
    qtbot.waitUntil(lambda: window.entities.shown_article is french)
    assert "Luca de Meo" in {e.text for e in window.entities.panel.entities}
    assert spans(view, FOCUS_LAYER) == []
    # The translation alone: the panel lists what is on screen.
    window.reading_view.hide()
    assert window.entities.shown_article is translated
    window.reading_view.show()
    # A translation view that goes away takes its entities with it.
    view.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))
    assert window.entities.shown_article is french
    assert "Luca de Meo" in {e.text for e in window.entities.panel.entities}


def test_figures_show_while_names_are_found(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()
    find_all = ui.entities._find_all

    def held_back(*args: object, **kwargs: object) -> EntityResult:
        # As slow as loading a pipeline, until the test says so.
        gate.wait(RESULT_TIMEOUT / 1000)
        return find_all(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ui.entities, "_find_all", held_back)
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, "Luca de Meo promet 15 % de voitures en plus en 2026.")
    article = _article(builder, "fr")
    try:
        window.show_article(article)
        panel = window.entities.panel
        qtbot.waitUntil(lambda: "Figures" in panel.listed())
        assert list(panel.listed()) == ["Figures"]
        assert panel.status_label.text().startswith("Finding names")
        assert panel.busy_bar.isVisible()
        assert "15 %" in {text for _, _, text in spans(window.reading_view, MENTIONS_LAYER)}
    finally:
        gate.set()
    wait_for_entities(qtbot, window, article)
    assert ("Luca de Meo", 1) in panel.listed()["People"]


def test_other_languages_get_figures_only(qtbot: QtBot, window: MainWindow) -> None:
    builder = ArticleBuilder()
    builder.add(
        BlockKind.PARAGRAPH,
        "Der Umsatz stieg 2024 um 15 % auf 2,5 Milliarden Euro, sagte Anna Schmidt in Berlin.",
    )
    article = _article(builder, "de")
    window.show_article(article)
    result = wait_for_entities(qtbot, window, article)
    assert result.entities
    assert {GROUPS[e.label] for e in result.entities} == {"Figures"}
    assert "15 %" in {e.text for e in result.entities}
    assert "not German" in window.entities.panel.status_label.text()


def test_an_article_without_text_lists_nothing(qtbot: QtBot, window: MainWindow) -> None:
    article = Article("Empty", "", (), "empty.txt", SourceFormat.TEXT, language="fr")
    window.show_article(article)
    result = wait_for_entities(qtbot, window, article)
    assert result.entities == ()
    assert window.entities.panel.listed() == {}
    assert window.entities.panel.status_label.text() == "No names or figures found."


def test_highlights_follow_a_dark_palette(window: MainWindow, french: Article) -> None:
    view = window.reading_view
    light = {s.format.background().color().lightnessF() for s in view.highlights(MENTIONS_LAYER)}
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.black)
    palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.white)
    view.setPalette(palette)
    dark = {s.format.background().color().lightnessF() for s in view.highlights(MENTIONS_LAYER)}
    assert min(light) > 0.5 > max(dark)


def test_a_label_takes_the_colour_chosen_in_the_preferences(
    window: MainWindow, french: Article
) -> None:
    view = window.reading_view

    def people_tints() -> set[str]:
        people = {e.mentions[0] for e in window.entities.result.entities if e.group == "People"}
        return {
            s.format.background().color().name()
            for s in view.highlights(MENTIONS_LAYER)
            if (view.offset_at(s.cursor.selectionStart()), view.offset_at(s.cursor.selectionEnd()))
            in people
        }

    assert people_tints() == {group_colors(view.palette())["People"].mention.name()}
    dialog = window.preferences.show_dialog()
    dialog.set_value(ENTITY_COLOURS["People"], "red")
    assert window.settings.get(ENTITY_COLOURS["People"]) == "red"
    red = group_colors(view.palette(), {"People": HUES["red"]})["People"].mention
    assert people_tints() == {red.name()}
    assert red.hslHue() in range(0, 10) or red.hslHue() > 350
    dialog.reject()


def _article(builder: ArticleBuilder, language: str) -> Article:
    return Article(
        "Test",
        builder.text,
        tuple(builder.blocks),
        "test.txt",
        SourceFormat.TEXT,
        language=language,
    )


@pytest.mark.parametrize(("stored", "shown"), [("false", False), ("true", True)])
def test_the_panel_opens_as_it_was_left(
    make_window: Callable[..., MainWindow], tmp_path: Path, stored: str, shown: bool
) -> None:
    # As another run of the app wrote it: an INI file keeps booleans as words.
    path = tmp_path / "lisible.ini"
    path.write_text(f"[entities]\npanel_shown={stored}\n", encoding="utf-8")
    window = make_window(panel=False, settings=Settings(path))
    assert window.entities.dock.isVisible() is shown


def test_the_legend_takes_the_themes_colours_when_open_from_the_start(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    """Open from the last run in the dark theme, the legend showed the light theme's tints."""
    settings = Settings()
    settings.set(THEME, "dark")
    window = make_window(settings=settings)
    open_text(qtbot, window, tmp_path / "renault.txt", FRENCH)
    view = window.reading_view
    wanted = group_colors(view.palette())
    assert wanted["People"].mention.lightnessF() < 0.5
    for group, box in window.entities.panel.legend.items():
        swatch = box.icon().pixmap(8, 8).toImage().pixelColor(4, 4)
        assert swatch.name() == wanted[group].mention.name(), group


def test_one_action_answers_each_mention_key(window: MainWindow) -> None:
    # Two actions with one shortcut would make Qt ignore both. Find, when the window
    # has it, holds F3 and Shift+F3 and hands them over while it has no query.
    for keys in ("F3", "Shift+F3"):
        holders = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence(keys)]
        assert len(holders) == 1, keys
    mention_keys = (window.entities.next_action, window.entities.previous_action)
    if window.entities.next_action.shortcut().isEmpty():
        # The View menu still says which keys walk through the mentions.
        assert [a.text().split("\t")[-1] for a in mention_keys] == ["F3", "Shift+F3"]


def test_mention_keys_are_the_panels_when_nothing_else_has_them(
    qtbot: QtBot, pipelines: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    without_find = tuple(f for f in ui.window.FEATURES if f.name != "finder")
    monkeypatch.setattr(ui.window, "FEATURES", without_find)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.entities.next_action.shortcut() == QKeySequence("F3"))
    assert window.entities.previous_action.shortcut() == QKeySequence("Shift+F3")


def test_a_new_article_takes_the_panel_back_from_a_translation(
    qtbot: QtBot, window: MainWindow, french: Article, tmp_path: Path
) -> None:
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, "Bruno Le Maire a salué une excellente nouvelle.")
    translated = _article(builder, "fr")
    view = ReadingView()
    window.splitter.addWidget(view)
    view.show_article(translated)
    window.translation_shown.emit(translated, view)
    view.setFocus()
    qtbot.waitUntil(lambda: window.entities.shown_article is translated)
    # The translation stays on screen a moment longer, but the panel moves on.
    article = open_text(qtbot, window, tmp_path / "factory.txt", ENGLISH)
    assert window.entities.shown_article is article
    assert "Elon Musk" in {e.text for e in window.entities.panel.entities}


def test_highlights_land_right_after_emoji_and_odd_spaces(qtbot: QtBot, window: MainWindow) -> None:
    # Qt counts an emoji as two positions, Python as one character.
    builder = ArticleBuilder()
    builder.add(BlockKind.HEADING, "🚀 Des fusées 🚀", level=2)
    builder.add(BlockKind.PARAGRAPH, "🚀🚀 Luca de Meo vise 15\u202f% de croissance\u00a0!")
    builder.add(BlockKind.LIST_ITEM, "👩‍🚀 Puis 2,5\u00a0milliards d’euros en 2030.")
    article = _article(builder, "fr")
    window.show_article(article)
    wait_for_entities(qtbot, window, article)
    painted = sorted(spans(window.reading_view, MENTIONS_LAYER))
    expected = sorted(
        (start, end)
        for e in window.entities.panel.entities
        for start, end in (
            (window.reading_view.doc_position(s), window.reading_view.doc_position(t))
            for s, t in e.mentions
        )
    )
    assert [(start, end) for start, end, _ in painted] == expected
    texts = [text for _, _, text in painted]
    assert {"Luca de Meo", "15\u202f%", "2,5\u00a0milliards d’euros", "2030"} <= set(texts)


def test_closing_the_panel_stops_the_search(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    stops: list[Callable[[], bool]] = []
    find_all = ui.entities._find_all

    def watched(*args: object, **kwargs: object) -> EntityResult:
        stops.append(kwargs["cancelled"])  # type: ignore[arg-type]
        return find_all(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ui.entities, "_find_all", watched)
    builder = ArticleBuilder()
    for _ in range(40):
        builder.add(BlockKind.PARAGRAPH, "Luca de Meo dirige Renault à Boulogne-Billancourt.")
    article = _article(builder, "fr")
    window.show_article(article)
    qtbot.waitUntil(lambda: bool(stops))
    window.entities.toggle_action.trigger()
    assert stops[0]()
    drain(qtbot, window)
    assert window.entities.result is None
    # Opening the panel again starts afresh, and this time it is let finish.
    window.entities.toggle_action.trigger()
    wait_for_entities(qtbot, window, article)
    assert len(stops) == 2 and not stops[1]()
    assert ("Luca de Meo", 40) in window.entities.panel.listed()["People"]


# The offscreen platform cannot raise the tooltip's window, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_mention_tells_what_it_is_under_the_mouse(window: MainWindow, french: Article) -> None:
    view = window.reading_view
    meo = entity(window, "Luca de Meo")
    start = meo.mentions[1][0]
    cursor = view.text_cursor(start + 2, start + 2)
    point = view.cursorRect(cursor).center()
    # Under the mouse, the entity the mention belongs to…
    assert window.entities.entity_at(view, point) == meo
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text() == "Luca de Meo: person, mentioned 2 times"
    QToolTip.hideText()
    # …and nothing in the margin, nor once its group is switched off.
    assert window.entities.entity_at(view, QPoint(2, point.y())) is None
    window.entities.panel.legend["People"].click()
    assert window.entities.entity_at(view, point) is None


def test_clicking_the_picked_item_again_goes_back_to_its_first_mention(
    qtbot: QtBot, window: MainWindow, french: Article
) -> None:
    click_item(qtbot, window, "Luca de Meo")
    window.entities.next_mention()
    assert "mention 2 of 2" in window.statusBar().currentMessage()
    click_item(qtbot, window, "Luca de Meo")
    assert "mention 1 of 2" in window.statusBar().currentMessage()
    # A group's row is no item: clicking it leaves the reader where they are.
    window.entities.next_mention()
    people = window.entities.panel.group_item("People")
    assert people is not None
    rect = window.entities.panel.tree.visualItemRect(people)
    qtbot.mouseClick(
        window.entities.panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert "mention 2 of 2" in window.statusBar().currentMessage()


def test_a_long_translation_gets_its_entities_once_laid_out(
    qtbot: QtBot, window: MainWindow, french: Article
) -> None:
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, ENGLISH.split("\n\n")[1])
    for number in range(SYNC_LAYOUT_BLOCKS):
        builder.add(BlockKind.LIST_ITEM, f"Item {number}.")
    translated = _article(builder, "en")
    view = ReadingView()
    window.splitter.addWidget(view)
    view.show_article(translated)
    # Announced at once, as the translation controller does; laid out later.
    assert view.article is not translated
    window.translation_shown.emit(translated, view)
    qtbot.waitUntil(
        lambda: "Elon Musk" in {text for _, _, text in spans(view, MENTIONS_LAYER)},
        timeout=RESULT_TIMEOUT,
    )


def test_highlights_follow_the_theme(window: MainWindow, french: Article) -> None:
    view = window.reading_view
    before = sorted(spans(view, MENTIONS_LAYER))
    window.comfort.set_theme("dark")
    after = view.highlights(MENTIONS_LAYER)
    # Laid out again in the theme's colours: the same spans, in deep tints.
    assert sorted(spans(view, MENTIONS_LAYER)) == before
    assert max(s.format.background().color().lightnessF() for s in after) < 0.5
    window.comfort.set_theme("sepia")
    assert (
        min(s.format.background().color().lightnessF() for s in view.highlights(MENTIONS_LAYER))
        > 0.5
    )


def test_an_article_of_unknown_language_gets_figures(qtbot: QtBot, window: MainWindow) -> None:
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, "2024 · 15 % · 3,5 kg · Anna Schmidt")
    article = Article("?", builder.text, tuple(builder.blocks), "x.txt", SourceFormat.TEXT)
    window.show_article(article)
    result = wait_for_entities(qtbot, window, article)
    assert {"15 %", "3,5 kg"} <= {e.text for e in result.entities}
    assert {GROUPS[e.label] for e in result.entities} == {"Figures"}
    assert "language is unknown" in window.entities.panel.status_label.text()
