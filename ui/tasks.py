"""Run slow work off the UI thread and bring its outcome back: the one way to do it.

    Task(article_from_path, path).success(self.show_article).run(self)
    Task(extract_entities, text).in_lane("names").cancellable().run(self)

The function runs on `QThreadPool`; its result, its error or its progress
reaches the callbacks on the UI thread through a queued signal, and only while
the parent widget given to `run` still exists. A failure without its own
callback goes to `report_error`, the app's single error dialog.

A lane runs its tasks one at a time, in the order they were started: one per
model or store that is loaded once and shared ("names" for the entities process,
"translation" for the translator, "library" for the database); tasks without
a lane run in parallel. One cancel token serves a task: `cancel()` drops its
outcome, skips it if it has not started, and makes `cancelled()` (handed to
the function as its `cancelled` argument) true, so the core stops early.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.errors import Cancelled, LisibleError
from reader.paths import log_file
from ui.i18n import phrase_text, translate

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Progress callbacks receive (done, total), e.g. blocks translated of all blocks.
ProgressCallback = Callable[[int, int], object]
#: What a task's function is handed as `progress`: (done, total), and what it
#: has so far (a partial translation) as the payload, if any.
Report = Callable[..., None]


def error_message(error: BaseException) -> str:
    """Return the one line a user sees for an error."""
    if isinstance(error, LisibleError):
        # The core writes English; the window shows its sentence in its own language.
        lines = phrase_text(error.phrase).strip().splitlines()
        if lines:
            return lines[0]
    return translate(
        "Tasks", "Something unexpected went wrong ({kind}). Details are in {file}."
    ).format(kind=type(error).__name__, file=log_file())


def report_error(parent: QWidget | None, error: BaseException) -> None:
    """Show an error in a warning dialog: where failures go by default."""
    QMessageBox.warning(parent.window() if parent else None, "Lisible", error_message(error))


class Task(Generic[T]):
    """A function to run on a worker thread, with callbacks on the UI thread."""

    def __init__(self, fn: Callable[..., T], *args: Any) -> None:
        self._fn = fn
        self._args = args
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[BaseException], object] | None = None
        self._on_progress: ProgressCallback | None = None
        self._on_partial: Callable[[Any], object] | None = None
        self._on_finished: Callable[[], object] | None = None
        self._lane: str | None = None
        self._pass_cancelled = False
        self._parent: QObject | None = None
        self._cancelled = False

    def success(self, callback: Callable[[T], object]) -> Task[T]:
        """Call `callback` with the function's result."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> Task[T]:
        """Call `callback` with the exception instead of showing the error dialog."""
        self._on_failure = callback
        return self

    def finished(self, callback: Callable[[], object]) -> Task[T]:
        """Call `callback` once the task is over: after its outcome, or cancelled."""
        self._on_finished = callback
        return self

    def with_progress(self, callback: ProgressCallback) -> Task[T]:
        """Pass the function a `progress(done, total)` keyword argument reporting to `callback`.

        `progress` raises `Cancelled` once the task is cancelled, so a long loop
        that reports its progress also stops at the next step.
        """
        self._on_progress = callback
        return self

    def with_partial(self, callback: Callable[[Any], object]) -> Task[T]:
        """Call `callback` with each payload the function reports: `progress(done, total, x)`."""
        self._on_partial = callback
        return self

    def in_lane(self, lane: str) -> Task[T]:
        """Run after the lane's earlier tasks, never beside them (one shared model or store)."""
        self._lane = lane
        return self

    def cancellable(self) -> Task[T]:
        """Pass the function `cancelled`, which returns True once the task is cancelled."""
        self._pass_cancelled = True
        return self

    def run(self, parent: QObject) -> Task[T]:
        """Start the function on the thread pool; must be called on the UI thread.

        Callbacks run only while `parent` exists and the task is not cancelled.
        """
        self._parent = parent
        work = partial(self._work, _relay())
        if self._lane is None:
            QThreadPool.globalInstance().start(work)
        else:
            _lane(self._lane).start(work)
        return self

    def cancel(self) -> None:
        """Drop the outcome; a function that is told of it or reports progress stops early."""
        self._cancelled = True

    def cancelled(self) -> bool:
        """Return whether the task was cancelled: the token its function is handed."""
        return self._cancelled

    def _work(self, relay: _Relay) -> None:
        if self._cancelled:
            # Its turn came in its lane after it was given up: not even started.
            _emit(relay.ended, self)
            return
        kwargs: dict[str, Any] = {}
        if self._on_progress or self._on_partial:
            kwargs["progress"] = partial(self._report, relay)
        if self._pass_cancelled:
            kwargs["cancelled"] = self.cancelled
        try:
            result = self._fn(*self._args, **kwargs)
        except Cancelled:
            _emit(relay.ended, self)
        except Exception as error:
            _emit(relay.failed, self, error)
        else:
            _emit(relay.succeeded, self, result)

    def _report(self, relay: _Relay, done: int, total: int, payload: object = None) -> None:
        if self._cancelled:
            raise Cancelled("cancelled")
        if not _emit(relay.progressed, self, done, total, payload):
            raise Cancelled("the application closed")

    def _deliverable(self) -> bool:
        return not self._cancelled and shiboken6.isValid(self._parent)

    def _succeed(self, result: T) -> None:
        if self._deliverable() and self._on_success:
            self._on_success(result)
        self._end()

    def _fail(self, error: BaseException) -> None:
        if not self._deliverable():
            self._end()
            return
        if not isinstance(error, LisibleError):
            log.error("%s failed", getattr(self._fn, "__qualname__", self._fn), exc_info=error)
        if self._on_failure:
            self._on_failure(error)
        else:
            parent = self._parent
            report_error(parent if isinstance(parent, QWidget) else None, error)
        self._end()

    def _progress(self, done: int, total: int, payload: object) -> None:
        if not self._deliverable():
            return
        if payload is not None and self._on_partial:
            self._on_partial(payload)
        if self._on_progress:
            self._on_progress(done, total)

    def _end(self) -> None:
        if self._on_finished and shiboken6.isValid(self._parent):
            self._on_finished()


class _Lane:
    """Tasks that take turns: one worker at a time, first started first run.

    The worker that finishes a task runs the next itself, so the pool always
    counts a lane's work as active or queued (`waitForDone` waits for it all).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: deque[Callable[[], None]] = deque()
        self._busy = False

    def start(self, work: Callable[[], None]) -> None:
        with self._lock:
            self._waiting.append(work)
            if self._busy:
                return
            self._busy = True
        QThreadPool.globalInstance().start(self._drain)

    def _drain(self) -> None:
        while True:
            with self._lock:
                if not self._waiting:
                    self._busy = False
                    return
                work = self._waiting.popleft()
            work()


_lanes: dict[str, _Lane] = {}
_lanes_lock = threading.Lock()


def _lane(name: str) -> _Lane:
    with _lanes_lock:
        return _lanes.setdefault(name, _Lane())


class _Relay(QObject):
    """Carry outcomes from pool threads to the UI thread.

    One relay lives on the UI thread for the whole session, so a worker never
    emits on an object that its parent widget may have deleted meanwhile; the
    tasks check their parent on arrival instead.
    """

    succeeded = Signal(object, object)
    failed = Signal(object, object)
    progressed = Signal(object, int, int, object)
    ended = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        # Workers emit from their own threads; the callbacks must run on this one.
        queued = Qt.ConnectionType.QueuedConnection
        self.succeeded.connect(self._on_succeeded, queued)
        self.failed.connect(self._on_failed, queued)
        self.progressed.connect(self._on_progressed, queued)
        self.ended.connect(self._on_ended, queued)

    @Slot(object, object)
    def _on_succeeded(self, task: Task[Any], result: object) -> None:
        task._succeed(result)

    @Slot(object, object)
    def _on_failed(self, task: Task[Any], error: BaseException) -> None:
        task._fail(error)

    @Slot(object, int, int, object)
    def _on_progressed(self, task: Task[Any], done: int, total: int, payload: object) -> None:
        task._progress(done, total, payload)

    @Slot(object)
    def _on_ended(self, task: Task[Any]) -> None:
        task._end()


_relay_instance: _Relay | None = None


def _emit(signal: SignalInstance, *args: object) -> bool:
    """Emit from a worker; return False when the app has already torn the relay down."""
    try:
        signal.emit(*args)
    except RuntimeError:
        # The application is quitting while this worker finishes: nobody is
        # left to tell, and a traceback on exit would only alarm the user.
        log.debug("a task finished after the application closed")
        return False
    return True


def _relay() -> _Relay:
    # Made by the first `run`, so on the UI thread, whose events deliver the outcomes.
    global _relay_instance  # noqa: PLW0603 - one relay per process, made on first use
    if _relay_instance is None:
        _relay_instance = _Relay()
    return _relay_instance
