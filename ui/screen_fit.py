"""Keep the window on its screen: a size and place that fit the screen's free area.

    fit_on_screen(window)   # once sized, and again when first shown (its frame known)

A size saved on a larger screen, or the default size at 150 % scaling (1100 x
800 logical pixels are 1650 x 1200 real ones), put the status bar and the
panels off-screen, out of reach.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_area(window: QWidget) -> QRect | None:
    """Return the free area (without panels and docks of the desktop) of the window's screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_on_screen(window: QWidget) -> None:
    """Shrink and move a window, frame included, into its screen's free area.

    A maximised or full-screen window is the window manager's to place.
    """
    if window.isMaximized() or window.isFullScreen():
        return
    area = available_area(window)
    if area is None or area.isEmpty():
        return
    inner = window.geometry()
    frame = window.frameGeometry()
    # The frame (title bar, borders) is known once the window manager drew it.
    extra_width = max(0, frame.width() - inner.width())
    extra_height = max(0, frame.height() - inner.height())
    width = min(inner.width(), area.width() - extra_width)
    height = min(inner.height(), area.height() - extra_height)
    if (width, height) != (inner.width(), inner.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
        frame = window.frameGeometry()
    left = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    top = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    if (left, top) != (frame.left(), frame.top()):
        window.move(max(left, area.left()), max(top, area.top()))
