"""Run slow work off the UI thread and bring its outcome back: the one way to do it.

    Task(article_from_path, path).success(self.show_article).run(self)

The function runs on `QThreadPool`; its result, its error or its progress
reaches the callbacks on the UI thread through a queued signal, and only while
the parent widget given to `run` still exists. A failure without its own
callback goes to `report_error`, the app's single error dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, SignalInstance, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.errors import LisibleError
from reader.paths import log_file

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Progress callbacks receive (done, total), e.g. blocks translated of all blocks.
ProgressCallback = Callable[[int, int], object]


class TaskCancelledError(Exception):
    """Raised inside a task's function by `progress` once the task is cancelled."""


def error_message(error: BaseException) -> str:
    """Return the one line a user sees for an error."""
    lines = str(error).strip().splitlines()
    if isinstance(error, LisibleError) and lines:
        return lines[0]
    return f"Something unexpected went wrong ({type(error).__name__}). Details are in {log_file()}."


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

    def with_progress(self, callback: ProgressCallback) -> Task[T]:
        """Pass the function a `progress(done, total)` keyword argument reporting to `callback`.

        `progress` raises `TaskCancelledError` once the task is cancelled, so a long
        loop that reports its progress also stops at the next step.
        """
        self._on_progress = callback
        return self

    def run(self, parent: QObject) -> Task[T]:
        """Start the function on the thread pool; must be called on the UI thread.

        Callbacks run only while `parent` exists and the task is not cancelled.
        """
        self._parent = parent
        QThreadPool.globalInstance().start(partial(self._work, _relay()))
        return self

    def cancel(self) -> None:
        """Drop the outcome; a function that reports progress also stops early."""
        self._cancelled = True

    def _work(self, relay: _Relay) -> None:
        kwargs = {"progress": partial(self._report, relay)} if self._on_progress else {}
        try:
            result = self._fn(*self._args, **kwargs)
        except TaskCancelledError:
            return
        except Exception as error:
            _emit(relay.failed, self, error)
        else:
            _emit(relay.succeeded, self, result)

    def _report(self, relay: _Relay, done: int, total: int) -> None:
        if self._cancelled:
            raise TaskCancelledError
        if not _emit(relay.progressed, self, done, total):
            raise TaskCancelledError

    def _deliverable(self) -> bool:
        return not self._cancelled and shiboken6.isValid(self._parent)

    def _succeed(self, result: T) -> None:
        if self._deliverable() and self._on_success:
            self._on_success(result)

    def _fail(self, error: BaseException) -> None:
        if not self._deliverable():
            return
        if not isinstance(error, LisibleError):
            log.error("%s failed", getattr(self._fn, "__qualname__", self._fn), exc_info=error)
        if self._on_failure:
            self._on_failure(error)
        else:
            parent = self._parent
            report_error(parent if isinstance(parent, QWidget) else None, error)

    def _progress(self, done: int, total: int) -> None:
        if self._deliverable() and self._on_progress:
            self._on_progress(done, total)


class _Relay(QObject):
    """Carry outcomes from pool threads to the UI thread.

    One relay lives on the UI thread for the whole session, so a worker never
    emits on an object that its parent widget may have deleted meanwhile; the
    tasks check their parent on arrival instead.
    """

    succeeded = Signal(object, object)
    failed = Signal(object, object)
    progressed = Signal(object, int, int)

    def __init__(self) -> None:
        super().__init__()
        # Workers emit from their own threads; the callbacks must run on this one.
        queued = Qt.ConnectionType.QueuedConnection
        self.succeeded.connect(self._on_succeeded, queued)
        self.failed.connect(self._on_failed, queued)
        self.progressed.connect(self._on_progressed, queued)

    @Slot(object, object)
    def _on_succeeded(self, task: Task[Any], result: object) -> None:
        task._succeed(result)

    @Slot(object, object)
    def _on_failed(self, task: Task[Any], error: BaseException) -> None:
        task._fail(error)

    @Slot(object, int, int)
    def _on_progressed(self, task: Task[Any], done: int, total: int) -> None:
        task._progress(done, total)


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
