"""Render the sample in each view and theme, at one scale and language: PNGs and pixel facts.

    QT_SCALE_FACTOR=1.5 python tests/ui/screenshot_matrix.py --language en --out DIR

Run by `test_screenshot_matrix.py` in a process of its own for each scale
(Qt reads QT_SCALE_FACTOR once, when the application starts). Writes
`facts-<scale>-<language>.json`: for each view and theme, the window's and
screen's geometry, the docks and the status bar, and the median luminance of
the window's furniture (menu bar, toolbar, status bar, dock, scroll bar).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QRect, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from reader.paths import sample_article  # noqa: E402
from reader.translation import install_package  # noqa: E402
from ui.app import application  # noqa: E402
from ui.settings import THEME, Settings  # noqa: E402
from ui.translation import ViewMode  # noqa: E402
from ui.window import MainWindow  # noqa: E402

MODEL = REPO / "tests" / "data" / "models" / "translate-fr_en-tiny.argosmodel"
VIEWS = ("original", "translation", "side_by_side", "entities")
THEMES = ("light", "dark")
#: Loading spaCy's French pipeline on a busy machine takes up to ten seconds.
WAIT_MS = 90_000


def wait_until(condition: Callable[[], bool], timeout_ms: int = WAIT_MS) -> None:
    """Run the event loop until `condition` holds; raise after `timeout_ms`."""
    if condition():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: condition() and loop.quit())
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    poll.start()
    give_up.start(timeout_ms)
    loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError(f"waited {timeout_ms} ms")


def settle(window: MainWindow) -> None:
    """Let layouts, alignment and painting finish (two turns of a quiet event loop)."""
    ticks = [0]

    def tick() -> bool:
        ticks[0] += 1
        return ticks[0] > 10 and not window.translation.aligner.aligning

    wait_until(tick)


def luminance(colour: QColor) -> float:
    return 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()


def median_luminance(image: QImage, window: QWidget, widget: QWidget, area: QRect) -> float:
    """Return the median luminance of an area of a widget, in the window's picture."""
    ratio = image.devicePixelRatio()
    top_left = widget.mapTo(window, area.topLeft())
    values = []
    for dy in range(0, area.height(), max(1, area.height() // 6)):
        for dx in range(0, area.width(), max(1, area.width() // 12)):
            x = round((top_left.x() + dx) * ratio)
            y = round((top_left.y() + dy) * ratio)
            if 0 <= x < image.width() and 0 <= y < image.height():
                values.append(luminance(image.pixelColor(x, y)))
    values.sort()
    return values[len(values) // 2] if values else -1.0


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def facts(window: MainWindow, image: QImage) -> dict[str, Any]:
    """Measure what a reader would see: geometry and the furniture's lightness."""
    screen = window.screen()
    menu_bar = window.menuBar()
    status = window.statusBar()
    toolbar = window.translation.toolbar
    shown_view = next(
        (v for v in (window.reading_view, window.translation.translation_view) if v.isVisible()),
        window.reading_view,
    )
    bar = shown_view.verticalScrollBar()
    docks = {}
    for name, dock in (("entities", window.entities.dock), ("contents", window.contents.dock)):
        if dock.isVisible():
            docks[name] = {
                "geometry": rect(dock.geometry()),
                "widget_visible": dock.widget() is not None and dock.widget().isVisible(),
                "luminance": median_luminance(
                    image, window, dock, dock.rect().adjusted(4, 30, -4, -4)
                ),
            }
    button = toolbar.widgetForAction(window.translation.translate_action)
    views = [window.reading_view, window.translation.translation_view]
    # The empty right end of the menu bar, past its last menu.
    last = menu_bar.actionGeometry(menu_bar.actions()[-1])
    menu_area = QRect(last.right() + 8, 2, max(8, menu_bar.width() - last.right() - 16), 8)
    return {
        "screen": rect(screen.availableGeometry()),
        "frame": rect(window.frameGeometry()),
        "window": [window.width(), window.height()],
        "status_bar": rect(status.geometry()) if status.isVisible() else None,
        "docks": docks,
        "views": [rect(v.geometry()) if v.isVisible() else None for v in views],
        "stacked": window.shell.is_stacked(),
        "pane_needed": window.translation.pane_width_needed(),
        "translate_button": [button.width(), button.sizeHint().width()],
        "luminance": {
            "menu_bar": median_luminance(image, window, menu_bar, menu_area),
            "toolbar": median_luminance(
                image, window, toolbar, QRect(toolbar.width() - 40, 4, 30, toolbar.height() - 8)
            ),
            "status_bar": median_luminance(
                image, window, status, QRect(status.width() // 3, 3, 40, status.height() - 6)
            ),
            "scroll_bar": median_luminance(
                image, window, bar, QRect(bar.width() // 2, 0, 1, bar.height())
            ),
        },
    }


def show(window: MainWindow, view: str) -> None:
    """Put the window in one of `VIEWS`."""
    controller = window.translation
    window.entities.dock.setVisible(view == "entities")
    mode = {
        "translation": ViewMode.TRANSLATION,
        "side_by_side": ViewMode.SIDE_BY_SIDE,
    }.get(view, ViewMode.ORIGINAL)
    controller.set_mode(mode)
    if mode is not ViewMode.ORIGINAL:
        wait_until(lambda: controller.translation is not None and controller.translation.complete)
    if view == "entities":
        wait_until(lambda: window.entities.result is not None)
    settle(window)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", default="en")
    parser.add_argument("--out", required=True, type=Path)
    args = parser.parse_args()
    scale = os.environ.get("QT_SCALE_FACTOR", "1")
    tag = f"{round(float(scale) * 100)}-{args.language}"
    args.out.mkdir(parents=True, exist_ok=True)
    app = application()
    install_package(MODEL)
    found: dict[str, Any] = {}
    for theme in THEMES:
        settings = Settings()
        settings.set(THEME, theme)
        window = MainWindow(settings)
        window.show_error = lambda message: print(message, file=sys.stderr)  # type: ignore[method-assign]
        window.show()
        shown: list[object] = []
        window.article_shown.connect(shown.append)
        window.open_path(sample_article())
        wait_until(lambda shown=shown: bool(shown))
        for view in VIEWS:
            show(window, view)
            image = window.grab().toImage()
            name = f"{view}-{theme}-{tag}.png"
            image.save(str(args.out / name))
            found[f"{view}-{theme}"] = {"png": name, **facts(window, image)}
        window.close()
        window.deleteLater()
    (args.out / f"facts-{tag}.json").write_text(json.dumps(found, indent=1), encoding="utf-8")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
