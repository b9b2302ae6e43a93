"""The window fits its screen: at its first start and with a size saved on a larger screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from ui.settings import WINDOW_GEOMETRY, Settings
from ui.window import DEFAULT_SIZE, MainWindow


def shown_window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def on_screen(window: MainWindow) -> QRect:
    screen = window.screen()
    assert screen is not None
    return screen.availableGeometry()


def test_the_first_window_fits_a_small_screen(qtbot: QtBot) -> None:
    window = shown_window(qtbot)
    area = on_screen(window)
    # The test screen (800 x 800) is smaller than the default size (1100 x 800).
    assert area.width() < DEFAULT_SIZE[0]
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    # Nothing of the window is out of reach: the status bar's bottom is on the screen.
    bar = window.statusBar()
    assert bar.isVisible()
    assert area.contains(bar.mapToGlobal(bar.rect().bottomRight()))


def test_a_size_saved_on_a_larger_screen_is_fitted(qtbot: QtBot) -> None:
    first = shown_window(qtbot)
    first.setGeometry(300, 200, 1600, 1200)
    Settings().set(WINDOW_GEOMETRY, bytes(first.saveGeometry().data()))
    first.hide()
    second = shown_window(qtbot)
    area = on_screen(second)
    assert area.contains(second.frameGeometry()), (second.frameGeometry(), area)
    # Fitted, not shrunk to nothing: it fills the screen it can.
    assert second.frameGeometry().width() >= area.width() - 8
