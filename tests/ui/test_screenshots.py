"""The bundled sample in each theme, in a real window: pixel facts, and PNGs when asked.

Set LISIBLE_SCREENSHOTS to a folder to keep the pictures (`make screenshots`
runs this under xvfb-run, into artifacts/screenshots). The checks run either way.

The matrix: each view (original, translation, side by side, the Entities panel
open) at 100 % and 150 % scaling, light and dark, in each interface language,
rendered by `screenshot_matrix.py` in a process per scale and language.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.paths import sample_article
from reader.pipeline import article_from_path
from ui.comfort import THEMES
from ui.settings import THEME, Settings
from ui.window import MainWindow

#: Channels within this distance of the page colour count as page (antialiasing
#: of the margin, rounding in the platform's colour conversion).
PAGE_TOLERANCE = 6
#: A page of prose is ink on 5 to 15 % of its pixels; under 2 % the text is missing.
MIN_INK = 0.02
#: Text must differ from its page by this much in luminance (0 to 1) at its darkest
#: (or brightest) pixels: readable, not a faint grey on grey.
MIN_TEXT_CONTRAST = 0.5


def luminance(colour: QColor) -> float:
    return 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()


def near(a: QColor, b: QColor, tolerance: int = PAGE_TOLERANCE) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def ink_pixels(image: QImage, area: QRect, page: QColor) -> list[QColor]:
    """Return the colours in an area that are not the page (every other pixel, for speed)."""
    found = []
    for y in range(area.top(), area.bottom(), 2):
        for x in range(area.left(), area.right(), 2):
            colour = image.pixelColor(x, y)
            if not near(colour, page, 24):
                found.append(colour)
    return found


def _window_in(qtbot: QtBot, theme: str) -> MainWindow:
    """Return a shown window of the screenshots' size in a theme."""
    settings = Settings()
    settings.set(THEME, theme)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1100, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("theme", list(THEMES))
def test_the_sample_in_each_theme(
    qtbot: QtBot, theme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: None)
    window = _window_in(qtbot, theme)
    window.show_article(article_from_path(str(sample_article())))
    view = window.reading_view

    image = view.viewport().grab().toImage()
    page = QColor(THEMES[theme]["page"])
    # The margin beside the column is the page colour.
    assert near(image.pixelColor(4, image.height() // 2), page)
    column = QRect(
        (image.width() - view.column_width) // 2,
        0,
        view.column_width,
        image.height(),
    )
    ink = ink_pixels(image, column, page)
    assert len(ink) / (column.width() * column.height() / 4) > MIN_INK
    page_light = luminance(page)
    if page_light >= 0.5:
        # Dark text on a light page.
        assert page_light - min(luminance(c) for c in ink) > MIN_TEXT_CONTRAST
    else:
        assert max(luminance(c) for c in ink) - page_light > MIN_TEXT_CONTRAST

    # Toolbar buttons show their whole text once the article names the
    # direction ("Translate FR→EN"), not an elided "Tra…→EN".
    button = window.translation.toolbar.widgetForAction(window.translation.translate_action)
    assert "→" in button.text()
    assert button.width() >= button.sizeHint().width()

    folder = os.environ.get("LISIBLE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        target = Path(folder) / f"sample-{theme}.png"
        assert window.grab().save(str(target))
        assert target.stat().st_size > 10_000


# A tooltip raises its window, which the offscreen test platform cannot do, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_repaired_sentence_marked_with_its_tooltip(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Side by side, a sentence whose figure the model got wrong: its marker and tooltip."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter, QTextCursor
    from PySide6.QtWidgets import QToolTip

    from reader.translation import install_package
    from reader.translation.engine import unload_all
    from ui.translation import ViewMode
    from ui.translation_checks import REPAIRED_COLOUR

    monkeypatch.setenv("LISIBLE_TRANSLATION_BEAM", "1")
    install_package(
        Path(__file__).parents[1] / "data" / "models" / "translate-fr_en-tiny.argosmodel"
    )
    path = tmp_path / "chiffres.md"
    # The tiny model writes "150 cars" for "1 500 voitures"; the check repairs it.
    path.write_text(
        "# Le chien\n\nMaintenant, le chien dessine 819 voitures au marché. "
        "Maintenant, le chien dessine 1 500 voitures au marché.\n\n"
        "Le boulanger cherchera la grande orange à Londres vendredi prochain.\n",
        encoding="utf-8",
    )
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1100, 600)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.article_shown, timeout=20_000):
        window.open_path(path)
    with qtbot.waitSignal(window.translation_shown, timeout=20_000):
        window.translation.set_mode(ViewMode.SIDE_BY_SIDE)
    translation = window.translation.translation
    assert translation is not None
    pair = next(p for p in translation.pairs if p.check and p.check.status == "repaired")
    view = window.translation.translation_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.doc_position(pair.target[0]) + 1)

    # The marker: a dotted underline in the repaired colour, under the sentence.
    image = view.viewport().grab().toImage()
    line = view.cursorRect(cursor)
    marker = QColor(REPAIRED_COLOUR)
    below = range(line.center().y(), min(image.height(), line.bottom() + 3))
    row = range(line.left(), min(image.width(), line.left() + 200))
    assert any(near(image.pixelColor(x, y), marker, 24) for y in below for x in row)
    # And a dot in the margin beside the sentence's first line.
    ((centre, _colour),) = window.translation.checks.margin.dot_centres()
    assert near(image.pixelColor(round(centre.x()), round(centre.y())), marker, 24)
    # Only under that sentence: the sentence before it came out right.
    previous = translation.pairs[translation.pairs.index(pair) - 1]
    start = QTextCursor(view.document())
    start.setPosition(view.doc_position(previous.target[0]) + 1)
    first = view.cursorRect(start)
    under = range(first.center().y(), min(image.height(), first.bottom() + 3))
    end = line.left() - 20 if first.top() == line.top() else image.width() - 20
    before = range(first.left(), min(end, first.left() + 200))
    assert len(before) > 50
    assert not any(near(image.pixelColor(x, y), marker, 24) for y in under for x in before)

    # Hover the repaired figure: the sentence's second line, whose tooltip fits the window.
    figure = QTextCursor(view.document())
    figure.setPosition(view.doc_position(translation.text.index("1,500", pair.target[0])))
    qtbot.mouseMove(view.viewport(), view.cursorRect(figure).center())
    qtbot.waitUntil(QToolTip.isVisible, timeout=20_000)
    assert "source: 1 500 — translation said: 150 — repaired" in QToolTip.text()

    # The window with the tooltip painted where it shows (it is a window of its own).
    picture = window.grab().toImage()
    tip = next(w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel"))
    assert tip.isVisible() and tip.width() > 100
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(tip.mapToGlobal(QPoint(0, 0))), tip.grab())
    painter.end()
    status = window.translation.checks.label
    assert status.isVisible() and status.text() == "1 sentence repaired"
    QToolTip.hideText()
    folder = os.environ.get("LISIBLE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        target = Path(folder) / "translation-check.png"
        assert picture.save(str(target))
        assert target.stat().st_size > 10_000
    unload_all()


#: Interface languages the matrix is rendered in (the window's language follows LANG).
LANGUAGES = {"en": "en_GB.UTF-8", "fr": "fr_FR.UTF-8"}
SCALES = ("1", "1.5")
#: Furniture darker than this in the dark theme (0 black, 1 white), lighter in the light.
DARK_FURNITURE = 0.3
LIGHT_FURNITURE = 0.6
MATRIX_TIMEOUT_S = 300


def _inside(inner: list[int], outer: list[int]) -> bool:
    x, y, width, height = inner
    left, top, room_width, room_height = outer
    return (
        left <= x
        and top <= y
        and x + width <= left + room_width
        and (y + height <= top + room_height)
    )


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("scale", SCALES)
def test_the_screenshot_matrix(tmp_path: Path, scale: str, language: str) -> None:
    """Each view fits the screen, shows its docks and status bar, and dark means dark."""
    folder = Path(os.environ.get("LISIBLE_SCREENSHOTS") or tmp_path / "shots") / "matrix"
    env = {
        **os.environ,
        "QT_SCALE_FACTOR": scale,
        "LANG": LANGUAGES[language],
        "LANGUAGE": language,
        "LC_ALL": LANGUAGES[language],
        "LISIBLE_HOME": str(tmp_path / "home"),
    }
    script = Path(__file__).with_name("screenshot_matrix.py")
    run = subprocess.run(
        [sys.executable, str(script), "--language", language, "--out", str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=MATRIX_TIMEOUT_S,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    tag = f"{round(float(scale) * 100)}-{language}"
    shots: dict[str, dict[str, Any]] = json.loads(
        (folder / f"facts-{tag}.json").read_text(encoding="utf-8")
    )
    assert len(shots) == 8
    for name, shot in shots.items():
        view, theme = name.rsplit("-", 1)
        where = f"{name} at {scale}x, {language}"
        assert (folder / shot["png"]).stat().st_size > 10_000, where
        # Nothing off-screen: the window, frame included, is within the screen's free area.
        assert _inside(shot["frame"], shot["screen"]), (where, shot["frame"], shot["screen"])
        window = [0, 0, *shot["window"]]
        assert shot["status_bar"] is not None and _inside(shot["status_bar"], window), where
        # No clipping: the panel asked for is there, whole, with room to be read.
        if view == "entities":
            dock = shot["docks"]["entities"]
            assert dock["widget_visible"] and _inside(dock["geometry"], window), where
            assert dock["geometry"][2] >= 150, where
        original, translation = shot["views"]
        shown = [v for v in (original, translation) if v is not None]
        assert shown and all(_inside(v, window) for v in shown), where
        if view == "side_by_side":
            assert original is not None and translation is not None, where
            # Beside each other with room for a line of words, or one above the other.
            assert min(original[2], translation[2]) >= shot["pane_needed"], where
        width, wanted = shot["translate_button"]
        assert width >= wanted, where
        furniture = {**shot["luminance"]}
        furniture.update({f"{n} dock": d["luminance"] for n, d in shot["docks"].items()})
        for part, light in furniture.items():
            if theme == "dark":
                assert 0 <= light < DARK_FURNITURE, (where, part, light)
            else:
                assert light > LIGHT_FURNITURE, (where, part, light)


# The interface in French: its longer words must fit where the English ones did.


def save_screenshot(picture: QImage | QPixmap, name: str) -> None:
    """Keep a picture in LISIBLE_SCREENSHOTS, when set."""
    folder = os.environ.get("LISIBLE_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        target = Path(folder) / name
        assert picture.save(str(target))
        assert target.stat().st_size > 10_000


def cut_widgets(root: QWidget) -> list[str]:
    """Return the shown buttons and labels narrower than their text needs."""
    cut = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not widget.isVisible() or not widget.text() or widget.sizePolicy().hasWidthForHeight():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if widget.width() < widget.sizeHint().width():
            cut.append(f"{widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}")
    return cut


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("view", ["original", "side_by_side"])
def test_the_sample_in_french(
    qtbot: QtBot, theme: str, view: str, french_interface: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.translation import install_package
    from reader.translation.engine import unload_all
    from ui.translation import ViewMode

    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: None)
    install_package(
        Path(__file__).parents[1] / "data" / "models" / "translate-fr_en-tiny.argosmodel"
    )
    window = _window_in(qtbot, theme)
    with qtbot.waitSignal(window.article_shown, timeout=20_000):
        window.open_path(sample_article())
    if view == "side_by_side":
        with qtbot.waitSignal(window.translation_shown, timeout=60_000):
            window.translation.set_mode(ViewMode.SIDE_BY_SIDE)
    qtbot.waitUntil(lambda: "mots" in window.summary_label.text(), timeout=20_000)

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Fichier", "É&dition", "&Affichage"]
    button = window.translation.toolbar.widgetForAction(window.translation.translate_action)
    assert button.text() == "Traduire FR→EN"
    # The status bar lays out its new texts on the next events: wait for it, not for ever.
    qtbot.waitUntil(lambda: cut_widgets(window) == [], timeout=5_000)
    save_screenshot(window.grab(), f"sample-fr-{view}-{theme}.png")
    unload_all()


def test_the_preferences_in_french(qtbot: QtBot, french_interface: None) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.preferences.show_dialog()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Préférences"
    # Every label and button whole, the dialog on the screen.
    qtbot.waitUntil(lambda: cut_widgets(dialog) == [], timeout=5_000)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    save_screenshot(dialog.grab(), "preferences-fr.png")
