"""Event-loop stalls while the real window works: open a large article, translate, find entities.

A timer asks to fire every few milliseconds; whenever the event loop was busy,
the next tick comes late. Each late tick is a stall the user felt (a frozen
window, a scroll that stutters). Prints p50, p99 and max of the gaps between
ticks for each scenario; target: no stall over 100 ms.

    .venv/bin/python bench/responsiveness.py [--paragraphs 3000] [--tiny-model]

The window runs as `lisible` runs it (`ui.app.application`: garbage collected
on the UI thread, a 2 ms switch interval).

Scenarios: a long read; 100,000 tiny paragraphs; a 10 MB line of text; a
page saved with its 30 camera-sized photos;
translating a 60-paragraph article with a full-size (random-weight) model of
Argos's architecture, or the tiny test model with --tiny-model; opening the
long read side by side, its translation streaming in for 15 s; finding the
entities of the long read with the Entities panel open, spaCy loading first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

#: The tick asked for; a gap beyond it is time the loop could not run.
TICK_MS = 5
#: The budget for a stall: beyond 100 ms a pause is perceptible (Nielsen's limit).
STALL_BUDGET_MS = 100.0
#: How long the long read is translated beside the original.
BESIDE_SECONDS = 15.0
#: Longest any scenario may take before it counts as hung.
SCENARIO_TIMEOUT_S = 300.0


class StallMonitor:
    """Record the gaps between timer ticks while the event loop runs."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps.clear()
        self._clock.start()
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        return list(self.gaps)

    def _tick(self) -> None:
        self.gaps.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()


def run_until(app: QApplication, done: Callable[[], bool]) -> float:
    """Run the event loop until `done()` holds; return the seconds it took.

    A local event loop, not `app.exec()`: quitting the application would tell
    every feature the app is closing (the library closes its database).
    """
    started = time.perf_counter()
    loop = QEventLoop()
    checker = QTimer()
    checker.setInterval(10)
    checker.timeout.connect(lambda: done() and loop.quit())
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(int(SCENARIO_TIMEOUT_S * 1000))
    checker.start()
    loop.exec()
    checker.stop()
    if not done():
        raise TimeoutError("the scenario did not finish")
    return time.perf_counter() - started


def report(name: str, seconds: float, gaps: list[float]) -> bool:
    """Print one scenario's stall figures; return whether it met the budget."""
    if not gaps:
        print(f"{name:<34} {seconds:6.2f} s   (no ticks: the loop never ran)")
        return False
    ordered = sorted(gaps)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    worst = ordered[-1]
    verdict = "ok" if worst <= STALL_BUDGET_MS else "STALL"
    print(
        f"{name:<34} {seconds:6.2f} s   p50 {statistics.median(ordered):6.1f} ms"
        f"   p99 {p99:7.1f} ms   max {worst:7.1f} ms   {verdict}"
    )
    return worst <= STALL_BUDGET_MS


def long_article(folder: Path, paragraphs: int) -> Path:
    """Write a long HTML article (a long-read of many paragraphs) and return its path."""
    sentence = (
        "Le conseil municipal a voté le budget du marché couvert, qui rouvrira au printemps "
        "après deux années de travaux et 4,5 millions d'euros de dépenses. "
    )
    body = "".join(
        (f"<h2>Partie {n // 50 + 1}</h2>" if n % 50 == 0 else "") + f"<p>{sentence * 3}</p>"
        for n in range(paragraphs)
    )
    path = folder / f"long-read-{paragraphs}.html"
    path.write_text(
        "<html lang='fr'><head><title>Un très long article</title></head><body><article>"
        f"<h1>Un très long article</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    return path


def tiny_paragraphs(folder: Path) -> Path:
    path = folder / "tiny-paragraphs.html"
    path.write_text(
        "<html><body><article><h1>Many paragraphs</h1>"
        + "".join(f"<p>Short paragraph {n}.</p>" for n in range(100_000))
        + "</article></body></html>",
        encoding="utf-8",
    )
    return path


def one_line(folder: Path) -> Path:
    path = folder / "one-line.txt"
    sentence = "A long line of text without any line break goes on and on. "
    path.write_text(sentence * (10 * 1024 * 1024 // len(sentence)), encoding="utf-8")
    return path


def saved_page_with_photos(folder: Path, photos: int = 30) -> Path:
    """Write a page saved with its `_files` folder of camera-sized photos (4000 x 3000 JPEG)."""
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    files = folder / "photos_files"
    files.mkdir()
    for number in range(photos):
        image = QImage(4000, 3000, QImage.Format.Format_RGB32)
        gradient = QLinearGradient(0, 0, 4000, 3000)
        gradient.setColorAt(0, QColor.fromHsv(number * 12 % 360, 200, 220))
        gradient.setColorAt(1, QColor.fromHsv((number * 12 + 120) % 360, 160, 90))
        painter = QPainter(image)
        painter.fillRect(image.rect(), gradient)
        painter.end()
        image.save(str(files / f"photo-{number}.jpg"), "JPEG", 85)
    figures = "".join(
        f"<figure><img src='photos_files/photo-{n}.jpg'><figcaption>Photo {n}</figcaption>"
        f"</figure><p>{'Un paragraphe entre deux photos du reportage. ' * 6}</p>"
        for n in range(photos)
    )
    path = folder / "photos.html"
    path.write_text(
        "<html lang='fr'><head><title>Un reportage en photos</title></head><body><article>"
        f"<h1>Un reportage en photos</h1>{figures}</article></body></html>",
        encoding="utf-8",
    )
    return path


def translation_package(folder: Path, tiny: bool) -> Path:
    if tiny:
        return ROOT / "tests" / "data" / "models" / "translate-fr_en-tiny.argosmodel"
    from scripts.argos_model import build_random_package

    return build_random_package(folder / "translate-fr_en-full.argosmodel")


def open_article(app: QApplication, window: object, path: Path) -> float:
    shown: list[object] = []
    window.article_shown.connect(shown.append)  # type: ignore[attr-defined]
    window.open_path(path)  # type: ignore[attr-defined]
    return run_until(app, lambda: bool(shown))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=3000, help="length of the long article")
    parser.add_argument(
        "--tiny-model", action="store_true", help="translate with the tiny test model (quick)"
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ["LISIBLE_HOME"] = home
        from ui.app import application
        from ui.window import MainWindow

        app = application()
        window = MainWindow()
        window.resize(1100, 800)
        window.show()
        monitor = StallMonitor()
        folder = Path(home)
        print(f"stall budget {STALL_BUDGET_MS:.0f} ms; tick {TICK_MS} ms")
        results = []

        def scenario(name: str, run: Callable[[], float]) -> None:
            monitor.start()
            seconds = run()
            results.append(report(name, seconds, monitor.stop()))

        path = long_article(folder, options.paragraphs)
        size = path.stat().st_size / 1e6
        scenario(
            f"open {options.paragraphs} paragraphs ({size:.1f} MB)",
            lambda: open_article(app, window, path),
        )
        many = tiny_paragraphs(folder)
        scenario("open 100,000 tiny paragraphs", lambda: open_article(app, window, many))
        line = one_line(folder)
        scenario("open a 10 MB line of text", lambda: open_article(app, window, line))
        photos = saved_page_with_photos(folder)
        scenario("open a saved page with 30 photos", lambda: open_article(app, window, photos))

        from reader.translation import install_package
        from ui.translation import ViewMode

        install_package(translation_package(folder, options.tiny_model))
        short = long_article(folder, 60)
        open_article(app, window, short)
        controller = window.translation

        def translate() -> float:
            controller.translate()
            return run_until(
                app,
                lambda: controller.translation is not None and controller.translation.complete,
            )

        kind = "tiny" if options.tiny_model else "full-size"
        scenario(f"translate 60 paragraphs ({kind} model)", translate)

        def translate_beside() -> float:
            # The long read is translated as it opens, paragraph after paragraph,
            # and shown beside the original: as much as the time allows.
            controller.set_mode(ViewMode.SIDE_BY_SIDE)
            open_article(app, window, path)
            started = time.perf_counter()
            run_until(
                app,
                lambda: (
                    time.perf_counter() - started > BESIDE_SECONDS
                    or (controller.translation is not None and controller.translation.complete)
                ),
            )
            return time.perf_counter() - started

        scenario(f"translate the long read beside it ({BESIDE_SECONDS:.0f} s)", translate_beside)
        controller.cancel()
        controller.set_mode(ViewMode.ORIGINAL)

        def entities() -> float:
            open_article(app, window, path)
            window.entities.toggle_action.trigger()
            return run_until(app, lambda: window.entities.result is not None)

        scenario("entities of the long read (spaCy load)", entities)
        window.close()
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
