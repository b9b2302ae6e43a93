"""Keys as X11 gives them: run under xvfb (`make test` does), skipped elsewhere.

Qt's X11 key bindings give line edits Emacs-style keys (Ctrl+E: end of line)
that the offscreen test platform does not have, so these only mean something
with QT_QPA_PLATFORM=xcb.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.settings import ENTITIES_PANEL_SHOWN, Settings
from ui.window import MainWindow

pytestmark = pytest.mark.skipif(
    os.environ.get("QT_QPA_PLATFORM") != "xcb", reason="X11 key bindings: run under xvfb"
)


def test_ctrl_e_closes_the_entities_panel_from_its_filter(qtbot: QtBot) -> None:
    settings = Settings()
    settings.set(ENTITIES_PANEL_SHOWN, True)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    panel = window.entities.panel
    panel.filter_edit.setFocus()
    qtbot.waitUntil(panel.filter_edit.hasFocus)
    qtbot.keyClicks(panel.filter_edit, "mar")
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not window.entities.dock.isVisible()
    # The field still edits: the clipboard's keys and End stay its own.
    window.entities.dock.show()
    panel.filter_edit.setFocus()
    qtbot.waitUntil(panel.filter_edit.hasFocus)
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert panel.filter_edit.selectedText() == "mar"
    qtbot.keyClick(panel.filter_edit, Qt.Key.Key_End)
    assert panel.filter_edit.cursorPosition() == 3 and window.entities.dock.isVisible()
