"""The one helper that runs work off the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

import ui.tasks
from reader.errors import Cancelled, EmptyInput
from ui.tasks import Report, Task, _Relay, error_message

#: Upper bound for a worker waiting on the test; never reached when all goes well.
GATE_TIMEOUT = 5


@pytest.fixture
def parent() -> QObject:
    """Return a living receiver for task outcomes."""
    return QObject()


def _drain_pool(qtbot: QtBot, parent: QObject) -> None:
    """Wait until outcomes of every task started so far have been handled."""
    # Workers are done after waitForDone; a task started then is delivered
    # after their queued outcomes, since one relay receives them in order.
    QThreadPool.globalInstance().waitForDone()
    done: list[str] = []
    Task(str, "sentinel").success(done.append).run(parent)
    qtbot.waitUntil(lambda: done == ["sentinel"])


def test_result_reaches_the_ui_thread(qtbot: QtBot, parent: QObject) -> None:
    threads: dict[str, int] = {}
    results: list[int] = []

    def work(a: int, b: int) -> int:
        threads["work"] = threading.get_ident()
        return a + b

    def done(result: int) -> None:
        threads["callback"] = threading.get_ident()
        results.append(result)

    Task(work, 2, 3).success(done).run(parent)
    qtbot.waitUntil(lambda: results == [5])
    assert threads["work"] != threading.get_ident()
    assert threads["callback"] == threading.get_ident()


def test_failure_goes_to_its_callback(qtbot: QtBot, parent: QObject) -> None:
    errors: list[BaseException] = []
    results: list[None] = []

    def work() -> None:
        raise EmptyInput("notes.txt is empty.")

    Task(work).success(results.append).failure(errors.append).run(parent)
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert isinstance(errors[0], EmptyInput)
    assert results == []


def test_failure_without_callback_goes_to_the_error_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, parent: QObject
) -> None:
    reported: list[str] = []
    monkeypatch.setattr(ui.tasks, "report_error", lambda _parent, e: reported.append(str(e)))

    def work() -> None:
        raise EmptyInput("notes.txt is empty.")

    Task(work).run(parent)
    qtbot.waitUntil(lambda: reported == ["notes.txt is empty."])


def test_error_messages_are_one_line() -> None:
    assert error_message(EmptyInput("notes.txt is empty.\nmore detail")) == "notes.txt is empty."
    message = error_message(KeyError("internal detail"))
    assert "KeyError" in message
    assert "internal detail" not in message
    assert "\n" not in message


def test_nothing_is_delivered_to_a_deleted_parent(qtbot: QtBot, parent: QObject) -> None:
    gate = threading.Event()
    delivered: list[object] = []
    doomed = QObject()
    Task(gate.wait, GATE_TIMEOUT).success(delivered.append).failure(delivered.append).run(doomed)
    shiboken6.delete(doomed)
    gate.set()
    _drain_pool(qtbot, parent)
    assert delivered == []


def test_nothing_is_delivered_once_cancelled(qtbot: QtBot, parent: QObject) -> None:
    gate = threading.Event()
    delivered: list[object] = []
    task = Task(gate.wait, GATE_TIMEOUT).success(delivered.append).run(parent)
    task.cancel()
    gate.set()
    _drain_pool(qtbot, parent)
    assert delivered == []


def test_progress_reaches_the_ui_thread_before_the_result(qtbot: QtBot, parent: QObject) -> None:
    events: list[object] = []

    def work(total: int, progress: ui.tasks.ProgressCallback) -> str:
        for done in range(1, total + 1):
            progress(done, total)
        return "finished"

    (
        Task(work, 3)
        .with_progress(lambda done, total: events.append((done, total)))
        .success(events.append)
        .run(parent)
    )
    qtbot.waitUntil(lambda: "finished" in events)
    assert events == [(1, 3), (2, 3), (3, 3), "finished"]


def test_cancel_stops_a_task_at_its_next_progress_report(qtbot: QtBot, parent: QObject) -> None:
    resume = threading.Event()
    stopped = threading.Event()
    events: list[object] = []

    def work(progress: ui.tasks.ProgressCallback) -> str:
        progress(1, 2)
        resume.wait(GATE_TIMEOUT)
        try:
            progress(2, 2)
        except Cancelled:
            stopped.set()
            raise
        return "finished"

    def on_progress(done: int, total: int) -> None:
        events.append((done, total))
        task.cancel()
        resume.set()

    task = Task(work).with_progress(on_progress).success(events.append).run(parent)
    qtbot.waitUntil(stopped.is_set)
    assert events == [(1, 2)]


def test_a_worker_finishing_after_the_app_closed_stays_quiet(parent: QObject) -> None:
    # At exit the relay is torn down while a worker may still be running;
    # the worker must end quietly, not print a traceback.
    relay = _Relay()
    shiboken6.delete(relay)
    task = Task(lambda progress: progress(1, 2) or "done").with_progress(lambda *_: None)
    task._parent = parent
    task._work(relay)
    Task(lambda: "done")._work(relay)


def test_a_lane_runs_its_tasks_one_at_a_time_in_order(qtbot: QtBot, parent: QObject) -> None:
    gate = threading.Event()
    running: list[str] = []
    overlaps: list[str] = []
    done: list[str] = []

    def work(name: str) -> str:
        if running:
            overlaps.append(name)
        running.append(name)
        if name == "first":
            gate.wait(GATE_TIMEOUT)
        running.remove(name)
        return name

    for name in ("first", "second", "third"):
        Task(work, name).in_lane("test-lane").success(done.append).run(parent)
    # Outside the lane, work runs beside it while the lane's first task waits.
    beside: list[str] = []
    Task(str, "beside").success(beside.append).run(parent)
    qtbot.waitUntil(lambda: beside == ["beside"])
    assert done == []
    gate.set()
    qtbot.waitUntil(lambda: len(done) == 3)
    assert done == ["first", "second", "third"]
    assert overlaps == []


def test_a_task_cancelled_while_waiting_in_its_lane_never_runs(
    qtbot: QtBot, parent: QObject
) -> None:
    gate = threading.Event()
    ran: list[str] = []
    ended: list[str] = []
    Task(gate.wait, GATE_TIMEOUT).in_lane("test-skip").run(parent)
    waiting = (
        Task(ran.append, "waiting")
        .in_lane("test-skip")
        .finished(lambda: ended.append("waiting"))
        .run(parent)
    )
    waiting.cancel()
    gate.set()
    qtbot.waitUntil(lambda: ended == ["waiting"])
    assert ran == []


def test_the_cancel_token_reaches_the_function(qtbot: QtBot, parent: QObject) -> None:
    started = threading.Event()
    resume = threading.Event()
    seen: list[bool] = []
    ended: list[str] = []

    def work(cancelled: Callable[[], bool]) -> None:
        seen.append(cancelled())
        started.set()
        resume.wait(GATE_TIMEOUT)
        seen.append(cancelled())
        raise Cancelled

    task = Task(work).cancellable().finished(lambda: ended.append("ended")).run(parent)
    assert started.wait(GATE_TIMEOUT)
    task.cancel()
    resume.set()
    qtbot.waitUntil(lambda: ended == ["ended"])
    assert seen == [False, True]


def test_progress_carries_its_payload_and_finished_comes_last(
    qtbot: QtBot, parent: QObject
) -> None:
    events: list[object] = []

    def work(progress: Report) -> str:
        progress(1, 2, "half")
        progress(2, 2)
        return "whole"

    (
        Task(work)
        .with_partial(lambda payload: events.append(("partial", payload)))
        .with_progress(lambda done, total: events.append((done, total)))
        .success(events.append)
        .finished(lambda: events.append("finished"))
        .run(parent)
    )
    qtbot.waitUntil(lambda: "finished" in events)
    assert events == [("partial", "half"), (1, 2), (2, 2), "whole", "finished"]
