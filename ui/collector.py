"""Python's cyclic garbage collected on the UI thread, never on a worker.

Python collects cycles whenever enough objects were allocated, in whatever
thread happens to allocate: a worker importing a module or loading a model
would then delete Qt objects that belong to the UI thread, and Qt crashes
(seen as a rare segmentation fault in a worker's import). Anki does the same.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: Often enough that garbage never piles up; each check costs microseconds.
CHECK_INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    """Turn automatic collection off and collect from a timer on this (the UI) thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()
        self.destroyed.connect(gc.enable)

    @staticmethod
    def collect() -> int:
        """Collect the generations Python itself would have, now; return what was freed."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > thresholds[generation]:
                return gc.collect(generation)
        return 0
