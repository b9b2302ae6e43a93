"""Every event filter in ui/ outlives its own Python side while the window is torn down."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QSize, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QFocusEvent,
    QHelpEvent,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ui.reading_view import ReadingView
from ui.window import MainWindow


def _events() -> list[QEvent]:
    """Return one event of each kind the filters in ui/ look at."""
    point, global_point = QPoint(10, 10), QPoint(20, 20)
    no_buttons = Qt.MouseButton.NoButton
    return [
        QCloseEvent(),
        QShowEvent(),
        QHideEvent(),
        QFocusEvent(QEvent.Type.FocusIn),
        QEvent(QEvent.Type.PaletteChange),
        QResizeEvent(QSize(400, 300), QSize(300, 200)),
        QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
        QHelpEvent(QEvent.Type.ToolTip, point, global_point),
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(point),
            QPointF(global_point),
            no_buttons,
            no_buttons,
            Qt.KeyboardModifier.NoModifier,
        ),
        QEvent(QEvent.Type.Leave),
    ]


def _filters(window: MainWindow) -> list[QObject]:
    """Return the window's objects whose class (from ui/) filters events."""
    return [
        child
        for child in window.findChildren(QObject)
        if any(
            "eventFilter" in vars(cls)
            for cls in type(child).__mro__
            if cls.__module__.startswith("ui.")
        )
    ]


def test_filters_ignore_events_once_their_python_side_is_gone(
    qtbot: QtBot, html_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: pytest.fail(message))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Nothing left under way: only the filters see the cleared objects.
    with qtbot.waitSignal(window.library.article_kept, timeout=10_000):
        window.open_path(html_article)
    window.library.show_dialog()
    dialog = window.library.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    filters = _filters(window)
    names = {type(f).__name__ for f in filters}
    # The filters on the views and the fields are all here (features hear of the
    # window closing through the shell, not by filtering its events).
    assert {
        "LibraryDialog",
        "EntitiesController",
        "FindController",
        "FindBar",
        "ContentsController",
    } <= names, names
    watched: list[QWidget] = [window]
    for view in window.findChildren(ReadingView):
        watched += [view, view.viewport()]
    watched += window.findChildren(QLineEdit)
    for event_filter in filters:
        # What shiboken may leave while the window is destroyed: the Qt object
        # still filtering, its Python attributes gone.
        kept = dict(vars(event_filter))
        vars(event_filter).clear()
        try:
            for target in watched:
                for event in _events():
                    assert type(event_filter).eventFilter(event_filter, target, event) is False
        finally:
            vars(event_filter).update(kept)
    dialog.close()
