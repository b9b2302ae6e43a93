"""Find in the article: folding, the bar, counts, F3 round and round, Esc, entities' F3."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.article import Article, ArticleBuilder, BlockKind, SourceFormat
from ui.find_bar import LAYER, find_all, fold, fold_query
from ui.settings import Settings
from ui.window import MainWindow

PARAGRAPHS = [
    "Les États généraux de l'École se sont ouverts lundi à Paris.",
    "Plusieurs etats voisins ont suivi les débats, dit l’ÉCOLE normale.",
    "Un troisième paragraphe, sans rien à trouver, pour faire la longueur du texte. " * 12,
    "Enfin, les ÉTATS-UNIS et l'État de Genève ; ﬁn de l'œuvre 🌊 états.",
]


def build_article() -> Article:
    builder = ArticleBuilder()
    builder.add(BlockKind.HEADING, "États et écoles", level=2)
    for text in PARAGRAPHS:
        builder.add(BlockKind.PARAGRAPH, text)
    return _article("Des États et des écoles", builder)


def _article(title: str, builder: ArticleBuilder) -> Article:
    return Article(
        title,
        builder.text,
        tuple(builder.blocks),
        "test.md",
        SourceFormat.MARKDOWN,
        language="fr",
    )


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: None)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(800, 400)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


@pytest.fixture
def article(window: MainWindow) -> Article:
    article = build_article()
    window.show_article(article)
    return article


def open_find(qtbot: QtBot, window: MainWindow, query: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.finder.bar
    assert bar.isVisible()
    assert bar.field.hasFocus()
    qtbot.keyClicks(bar.field, query)


def current_match(window: MainWindow) -> str:
    finder = window.finder
    assert finder.current is not None
    start, end = finder.matches[finder.current]
    article = window.article
    assert article is not None
    return f"{article.text[start:end]}@{start}"


# Folding, without widgets


def test_fold_drops_case_and_accents_and_keeps_origins() -> None:
    folded = fold("À l'École, ﬁn")
    assert folded.text == "a l'ecole, fin"
    # "ﬁ" is two folded characters from one original.
    assert folded.origins[-3:] == (11, 11, 12)
    assert len(folded.origins) == len(folded.text)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("etats", ["États", "etats", "ÉTATS", "états"]),
        ("etat", ["État", "etat", "ÉTAT", "État", "état"]),
        ("ecole", ["École", "ÉCOLE"]),
        ("ÉCOLE", ["École", "ÉCOLE"]),
        ("l'ecole", ["l'École", "l’ÉCOLE"]),
        ("fin de l'oeuvre", []),
        ("fin de l'œuvre", ["ﬁn de l'œuvre"]),
        ("geneve", ["Genève"]),
        ("   ", []),
    ],
)
def test_find_all_maps_matches_back_to_the_text(query: str, expected: list[str]) -> None:
    text = " ".join(PARAGRAPHS)
    found = [text[start:end] for start, end in find_all(fold(text), query)]
    assert found == expected


def test_matches_after_an_emoji_keep_their_offsets() -> None:
    text = "🌊 Été, 🌊 été"
    assert [text[s:e] for s, e in find_all(fold(text), "ete")] == ["Été", "été"]


@settings(max_examples=200, deadline=None)
@given(st.text(), st.data())
def test_every_piece_of_a_text_is_found_where_it_is(text: str, data: st.DataObject) -> None:
    folded = fold(text)
    assert len(folded.origins) == len(folded.text)
    assert list(folded.origins) == sorted(folded.origins)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    query = text[start:end]
    spans = find_all(folded, query)
    if not fold_query(query).strip():
        assert spans == []
        return
    assert spans
    for span_start, span_end in spans:
        assert fold(text[span_start:span_end]).text.find(fold_query(query)) >= 0


# The bar in the window


def test_ctrl_f_finds_accent_insensitively_with_a_count(
    qtbot: QtBot, window: MainWindow, article: Article
) -> None:
    open_find(qtbot, window, "etats")
    bar = window.finder.bar
    # The heading's, two in the first paragraphs, two in the last: five in all.
    assert len(window.finder.matches) == 5
    assert bar.count.text() == "1 of 5"
    assert current_match(window) == f"États@{article.text.index('États')}"
    highlights = window.reading_view.highlights(LAYER)
    assert [h.cursor.selectedText() for h in highlights] == [
        article.text[s:e] for s, e in window.finder.matches
    ]


def test_enter_f3_and_shift_walk_round_and_round(
    qtbot: QtBot, window: MainWindow, article: Article
) -> None:
    open_find(qtbot, window, "ecole")
    bar = window.finder.bar
    assert bar.count.text() == "1 of 3"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == "2 of 3"
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert bar.count.text() == "3 of 3"
    assert current_match(window).startswith("ÉCOLE@")
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert bar.count.text() == "1 of 3"
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "3 of 3"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "2 of 3"


def test_the_current_match_is_scrolled_into_view(
    qtbot: QtBot, window: MainWindow, article: Article
) -> None:
    view = window.reading_view
    window.resize(700, 250)
    open_find(qtbot, window, "geneve")
    start, end = window.finder.matches[0]
    rect = view.cursorRect(view.text_cursor(start, end))
    assert view.verticalScrollBar().value() > 0
    assert 0 <= rect.top() < view.viewport().height()


def test_no_match_says_so(qtbot: QtBot, window: MainWindow, article: Article) -> None:
    open_find(qtbot, window, "girafe")
    assert window.finder.bar.count.text() == "No matches"
    assert not window.finder.bar.next_button.isEnabled()
    assert window.reading_view.highlights(LAYER) == []


def test_escape_closes_and_clears(qtbot: QtBot, window: MainWindow, article: Article) -> None:
    open_find(qtbot, window, "etats")
    assert window.reading_view.highlights(LAYER)
    qtbot.keyClick(window.finder.bar.field, Qt.Key.Key_Escape)
    assert not window.finder.bar.isVisible()
    assert window.reading_view.highlights(LAYER) == []
    assert window.reading_view.hasFocus()


def test_escape_closes_find_even_while_translating_could_use_it(
    qtbot: QtBot, window: MainWindow, article: Article
) -> None:
    # Esc is also Cancel Translation, a window-wide shortcut: in the field it is Find's.
    window.translation.cancel_action.setEnabled(True)
    open_find(qtbot, window, "etats")
    qtbot.keyClick(window.finder.bar.field, Qt.Key.Key_Escape)
    assert not window.finder.bar.isVisible()


def test_a_new_article_is_searched_again(
    qtbot: QtBot, window: MainWindow, article: Article
) -> None:
    open_find(qtbot, window, "ecole")
    assert len(window.finder.matches) == 3
    builder = ArticleBuilder()
    builder.add(BlockKind.PARAGRAPH, "Une seule école ici.")
    window.show_article(_article("Autre", builder))
    assert window.finder.bar.count.text() == "1 of 1"


def test_highlights_survive_a_new_font_size(
    qtbot: QtBot, window: MainWindow, article: Article
) -> None:
    open_find(qtbot, window, "ecole")
    window.comfort.zoom(2)
    highlights = window.reading_view.highlights(LAYER)
    assert [h.cursor.selectedText() for h in highlights] == ["école", "École", "ÉCOLE"]


def test_f3_goes_to_the_entities_without_a_query(
    qtbot: QtBot, window: MainWindow, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps: list[str] = []
    monkeypatch.setattr(window.entities, "next_mention", lambda: steps.append("next"))
    monkeypatch.setattr(window.entities, "previous_mention", lambda: steps.append("previous"))
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert steps == ["next", "previous"]
    open_find(qtbot, window, "ecole")
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert steps == ["next", "previous"]
    assert window.finder.bar.count.text() == "2 of 3"


def test_f3_belongs_to_one_action_only(qtbot: QtBot, window: MainWindow) -> None:
    # The entities panel takes F3 only if nobody has, once the event loop ran
    # (it did, while the window became active).
    owners = [
        action.text()
        for action in window.findChildren(type(window.finder.next_action))
        if QKeySequence("F3") in action.shortcuts()
    ]
    assert owners == ["Find &Next"]


def test_the_bar_reads_well_to_the_keyboard(
    qtbot: QtBot, window: MainWindow, article: Article
) -> None:
    open_find(qtbot, window, "ecole")
    bar = window.finder.bar
    for widget in (bar.field, bar.previous_button, bar.next_button, bar.close_button):
        assert widget.accessibleName()
    order = [bar.field]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [bar.field, bar.previous_button, bar.next_button, bar.close_button]


def test_escape_in_the_text_closes_the_bar_too(
    qtbot: QtBot, window: MainWindow, article: Article
) -> None:
    open_find(qtbot, window, "etats")
    window.reading_view.setFocus()
    qtbot.keyClick(window.reading_view, Qt.Key.Key_Escape)
    assert not window.finder.bar.isVisible()
    assert window.reading_view.highlights(LAYER) == []
