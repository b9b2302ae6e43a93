"""Side by side: where it opens, how the panes stay level, and what it does when narrow."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.paths import sample_article
from reader.translation import install_package
from ui.translation import ViewMode
from ui.translation_views import block_top
from ui.window import MainWindow

MODELS = Path(__file__).parents[1] / "data" / "models"
WAIT = 20_000


@pytest.fixture(autouse=True)
def fr_en(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from reader.translation.engine import unload_all

    monkeypatch.setenv("LISIBLE_TRANSLATION_BEAM", "1")
    install_package(MODELS / "translate-fr_en-tiny.argosmodel")
    yield
    unload_all()


def translated(qtbot: QtBot, window: MainWindow) -> None:
    controller = window.translation
    qtbot.waitUntil(
        lambda: controller.translation is not None and controller.translation.complete,
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: not controller.aligner.aligning)


@pytest.fixture
def sample_shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    window.resize(800, 700)
    with qtbot.waitSignal(window.article_shown, timeout=WAIT):
        window.open_path(sample_article())
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_ctrl_3_from_the_translations_top_opens_at_the_top(
    qtbot: QtBot, sample_shown: MainWindow
) -> None:
    """The header stays in sight: it opened 238 px down, the title half cut off."""
    window = sample_shown
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    translated(qtbot, window)
    views = (window.reading_view, window.translation.translation_view)
    assert views[1].verticalScrollBar().value() == 0
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.translation.mode is ViewMode.SIDE_BY_SIDE
    qtbot.waitUntil(lambda: window.translation.aligner.active)
    assert [view.verticalScrollBar().value() for view in views] == [0, 0]
    assert window.comfort.progress_label.text() == "0 %"
    # And back to the original alone: still its top.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert views[0].verticalScrollBar().value() == 0


def test_end_leaves_both_panes_level(qtbot: QtBot, sample_shown: MainWindow) -> None:
    """End side by side: each paragraph beside its translation (the original went 30 px on)."""
    window = sample_shown
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    translated(qtbot, window)
    left, right = window.reading_view, window.translation.translation_view
    left.setFocus()
    qtbot.keyClick(left, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    bars = [view.verticalScrollBar() for view in (left, right)]
    assert bars[0].value() == bars[0].maximum() > 0
    assert bars[1].value() == bars[0].value()
    pairs = min(len(left.block_positions), len(right.block_positions))
    for index in range(pairs):
        assert abs(block_top(left, index) - block_top(right, index)) < 1, index


def test_a_narrow_window_stacks_the_panes_and_unstacks_with_room(
    qtbot: QtBot, sample_shown: MainWindow
) -> None:
    """Side by side in too little room: one above the other, not 145 px columns of 2 words."""
    window = sample_shown
    window.resize(800, 700)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    translated(qtbot, window)
    left, right = window.reading_view, window.translation.translation_view
    needed = window.translation.pane_width_needed()
    assert left.width() >= needed and left.y() == right.y()
    # The Entities panel takes its room: each pane would get less than it needs.
    window.entities.dock.show()
    qtbot.waitUntil(lambda: right.y() > left.y())
    assert "below the original" in window.statusBar().currentMessage()
    assert left.width() >= needed and right.width() >= needed
    assert abs(left.height() - right.height()) <= 2
    # Stacked, the panes still scroll together, paragraph beside paragraph.
    left.verticalScrollBar().setValue(400)
    assert right.verticalScrollBar().value() == 400
    # The room comes back: so do the columns.
    window.entities.dock.hide()
    qtbot.waitUntil(lambda: right.y() == left.y())
    assert right.x() > left.x() + left.width() - 1


def test_the_narrow_note_goes_when_side_by_side_does(
    qtbot: QtBot, sample_shown: MainWindow
) -> None:
    """Back to Original, the status bar no longer says the translation is below it."""
    window = sample_shown
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    translated(qtbot, window)
    window.entities.dock.show()
    left, right = window.reading_view, window.translation.translation_view
    qtbot.waitUntil(lambda: right.y() > left.y())
    assert "below the original" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.translation.mode is ViewMode.ORIGINAL and not right.isVisible()
    assert "below the original" not in window.statusBar().currentMessage()
    # A message of its own stays: only the note about two panes goes with them.
    window.statusBar().showMessage("Copied.", 5000)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Copied."
