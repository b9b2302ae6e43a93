"""The first screen: features it does not show are built once it is painted, where they belong."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QLayout, QMenu, QToolBar
from pytestqt.qtbot import QtBot

import ui.window
from ui.settings import ENTITIES_PANEL_SHOWN, Settings
from ui.window import MainWindow


def _entries(menu: QMenu) -> list[object]:
    return [
        (
            action.text(),
            [keys.toString() for keys in action.shortcuts()],
            action.isSeparator(),
            action.isVisible(),
            action.isEnabled(),
            _entries(action.menu()) if isinstance(action.menu(), QMenu) else None,
        )
        for action in menu.actions()
    ]


def _widgets(layout: QLayout) -> list[str]:
    found: list[str] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            found.append(f"{type(widget).__name__} {widget.objectName()} {widget.accessibleName()}")
        elif inner is not None:
            found += _widgets(inner)
    return found


def frame(window: MainWindow) -> dict[str, object]:
    """Return what the reader sees of the window's frame: menus, status bar, bars, docks."""
    return {
        "menus": [(menu.text(), _entries(menu.menu())) for menu in window.menuBar().actions()],
        "status": _widgets(window.statusBar().layout()),
        "toolbars": sorted(
            (bar.objectName(), window.toolBarArea(bar).name, bar.isHidden())
            for bar in window.findChildren(QToolBar)
        ),
        "docks": sorted(
            (dock.objectName(), window.dockWidgetArea(dock).name, dock.isHidden())
            for dock in window.findChildren(QDockWidget)
        ),
        "views": [view.objectName() for view in window.shell.views],
    }


@pytest.mark.parametrize("panel_shown", [False, True])
def test_features_built_after_the_first_paint_take_the_places_they_would_have_had(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, panel_shown: bool
) -> None:
    Settings().set(ENTITIES_PANEL_SHOWN, panel_shown)
    later = MainWindow(Settings())
    qtbot.addWidget(later)
    assert not later.features_built
    later.show()
    qtbot.waitUntil(lambda: later.features_built)

    every = tuple(replace(f, first_screen=lambda _settings: True) for f in ui.window.FEATURES)
    monkeypatch.setattr(ui.window, "FEATURES", every)
    at_once = MainWindow(Settings())
    qtbot.addWidget(at_once)
    assert at_once.features_built
    at_once.show()
    qtbot.waitExposed(at_once)
    assert frame(later) == frame(at_once)


class _FirstArticlePaint(QObject):
    """Notes, when the window first paints an article, whether every feature was built."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.built: list[bool] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        window = self.__dict__.get("window")
        painted = window is not None and event.type() == QEvent.Type.Paint
        if painted and not self.built and window.reading_view.article is not None:
            self.built.append(window.features_built)
        return False


def test_the_first_article_is_painted_before_the_features_it_does_not_need_are_built(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, html_article: Path
) -> None:
    # The features hear of the article once its language is found, and must be
    # there by then: held back, so that the window surely paints first.
    gate = threading.Event()
    find_language = ui.window._with_language
    monkeypatch.setattr(ui.window, "_with_language", lambda a: (gate.wait(20), find_language(a))[1])
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    watch = _FirstArticlePaint(window)
    window.reading_view.viewport().installEventFilter(watch)
    window.show()
    try:
        window.open_path(html_article)
        qtbot.waitUntil(lambda: bool(watch.built), timeout=20_000)
        assert watch.built == [False]
        qtbot.waitUntil(lambda: window.features_built)
        # Built before they hear of the article: the library is there to keep it.
        with qtbot.waitSignal(window.library.article_kept, timeout=20_000):
            gate.set()
    finally:
        gate.set()
        window.reading_view.viewport().removeEventFilter(watch)


def test_a_key_pressed_before_the_features_are_built_is_not_lost(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, html_article: Path
) -> None:
    gate = threading.Event()
    load = ui.window._load_article

    def held_back(path: str, width: int) -> object:
        assert gate.wait(20)
        return load(path, width)

    monkeypatch.setattr(ui.window, "_load_article", held_back)
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_path(html_article)  # the other features wait for its first paint
        with qtbot.waitActive(window):
            window.activateWindow()
        assert not window.features_built
        qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        preferences = vars(window).get("preferences")
        assert preferences is not None and preferences.dialog is not None
        assert preferences.dialog.isVisible()
        preferences.dialog.close()
    finally:
        gate.set()


# Offscreen, a menu popping up cannot raise itself or grab the keyboard.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_menu_opened_before_the_features_are_built_lists_every_entry(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, html_article: Path
) -> None:
    gate = threading.Event()
    load = ui.window._load_article
    monkeypatch.setattr(ui.window, "_load_article", lambda *args: (gate.wait(20), load(*args))[1])
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_path(html_article)
        qtbot.waitExposed(window)
        assert not window.features_built
        window.edit_menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitUntil(window.edit_menu.isVisible)
        assert "&Find…" in [action.text() for action in window.edit_menu.actions()]
        window.edit_menu.hide()
    finally:
        gate.set()
