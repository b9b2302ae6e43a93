"""Open pages in the window offscreen, one after the other, and time the longest stall.

Run by bench/hostile.py (QT_QPA_PLATFORM=offscreen): prints one JSON line
per page with its outcome (shown / error / TIMEOUT), wall time, the longest
gap between two ticks of a 10 ms timer while it loaded (how long the window
could not answer), and the process's peak memory so far.

    python bench/hostile_window.py PAGE...
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Longest a page may take to show or fail before it counts as a hang.
PAGE_LIMIT_SECONDS = 60.0
TICK_MS = 10


def main(paths: list[str]) -> int:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.window import MainWindow

    _app = QApplication.instance() or QApplication([])
    # A dialog would wait for a click that never comes: errors are counted instead.
    MainWindow.show_error = lambda self, message: None  # type: ignore[method-assign]
    window = MainWindow()
    window.resize(1000, 800)
    window.show()
    clock = QElapsedTimer()
    state = {"last": 0, "stall": 0}

    def tick() -> None:
        now = clock.elapsed()
        state["stall"] = max(state["stall"], now - state["last"])
        state["last"] = now

    ticker = QTimer()
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(tick)
    ticker.start()
    for path in paths:
        loop = QEventLoop()
        outcome = {"value": "TIMEOUT"}

        def shown(
            *_args: object, result: dict[str, str] = outcome, wait: QEventLoop = loop
        ) -> None:
            result["value"] = "shown"
            wait.quit()

        def failed(
            *_args: object, result: dict[str, str] = outcome, wait: QEventLoop = loop
        ) -> None:
            result["value"] = "error"
            wait.quit()

        window.article_shown.connect(shown)
        window.load_failed.connect(failed)
        QTimer.singleShot(int(PAGE_LIMIT_SECONDS * 1000), loop.quit)
        clock.start()
        state.update(last=0, stall=0)
        started = time.monotonic()
        window.open_path(path)
        loop.exec()
        # Let the layout that follows `article_shown` run, and count its stall too.
        settle = QEventLoop()
        QTimer.singleShot(300, settle.quit)
        settle.exec()
        window.article_shown.disconnect(shown)
        window.load_failed.disconnect(failed)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            json.dumps(
                {
                    "input": Path(path).name,
                    "outcome": outcome["value"],
                    "seconds": round(time.monotonic() - started, 2),
                    "stall": state["stall"] / 1000,
                    "peak_mb": round(peak),
                }
            ),
            flush=True,
        )
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
