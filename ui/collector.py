"""Python's cyclic garbage collected on the UI thread, never on a worker.

Python collects cycles whenever enough objects were allocated, in whatever
thread happens to allocate: a worker importing a module or loading a model
would then delete Qt objects that belong to the UI thread, and Qt crashes
(seen as a rare segmentation fault in a worker's import). Anki does the same.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QElapsedTimer, QObject, QThreadPool, QTimer

#: Often, so that each collection finds few young objects: a worker may
#: allocate a hundred thousand objects a second, and collecting them at once
#: would freeze the window. Each check costs microseconds.
CHECK_INTERVAL_MS = 50
#: Young collections between two of the middle generation (Python: 10). Each
#: walks whatever survived since the last: after a burst of allocations (the
#: figures of a long read), ten collections' worth took 70 ms.
MIDDLE_AFTER = 2
#: Checks in a row that came on time before a full collection may run. Its
#: pause (84 ms with 200,000 long-lived objects) then falls in a calm moment,
#: not on top of a reading view's 30 ms building slices (a 127 ms stall seen
#: in bench/responsiveness.py 'entities of the long read').
QUIET_CHECKS = 3
#: A check this much later than asked found the window busy.
LATE_MS = 10


class MainThreadCollector(QObject):
    """Turn automatic collection off and collect from a timer on this (the UI) thread."""

    #: Objects in the oldest generation after the last full collection, and
    #: those moved there since (what middle collections left alive), counted
    #: as Python counts them: listing the oldest generation to count it is a
    #: list of every object (86 ms for two million), and it was made on every
    #: middle collection while a full one was due but not worth it yet.
    _long_lived = 0
    _pending = 0

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        # What exists by now (modules, classes, Qt's wrappers) lives as long as
        # the app: no collection needs to walk it again.
        gc.collect()
        gc.freeze()
        self._clock = QElapsedTimer()
        self._clock.start()
        #: Checks in a row that came on time.
        self._on_time = 0
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self._check)
        self._timer.start()
        self.destroyed.connect(gc.enable)

    def _check(self) -> None:
        late = self._clock.restart() > CHECK_INTERVAL_MS + LATE_MS
        self._on_time = 0 if late else self._on_time + 1
        self.collect(quiet=self._on_time >= QUIET_CHECKS)

    @classmethod
    def collect(cls, quiet: bool = True) -> int:
        """Collect the generations Python itself would have, now; return what was freed.

        As Python does, a full collection waits until the oldest generation has
        grown by a quarter since the last one: it walks every object, a
        fraction of a second in a big session. It also waits until no worker
        is busy: what workers build is often long-lived, and a spaCy pipeline
        is frozen out of the collector's sight once loaded (reader/entities/ner.py),
        whereas a full collection during the load walked its half a million
        objects (130 ms).

        Args:
            quiet: the window's loop kept time lately (`QUIET_CHECKS`); a full
                collection waits for it.
        """
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        if counts[1] > MIDDLE_AFTER:
            if counts[2] > thresholds[2]:
                idle = QThreadPool.globalInstance().activeThreadCount() == 0
                if idle and quiet and cls._pending > cls._long_lived / 4:
                    freed = gc.collect(2)
                    cls._long_lived = len(gc.get_objects(generation=2))
                    cls._pending = 0
                    return freed
            young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
            freed = gc.collect(1)
            cls._pending += max(0, young - freed)
            return freed
        if counts[0] > thresholds[0]:
            return gc.collect(0)
        return 0
