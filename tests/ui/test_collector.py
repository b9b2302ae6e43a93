"""Cyclic garbage is collected on the UI thread, by the app's own timer."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from ui.collector import CHECK_INTERVAL_MS, LATE_MS, MIDDLE_AFTER, QUIET_CHECKS, MainThreadCollector


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


@pytest.fixture
def collector() -> Iterator[MainThreadCollector]:
    owner = QObject()
    collector = MainThreadCollector(owner)
    yield collector
    owner.deleteLater()
    gc.disable()  # the test session keeps automatic collection off (conftest)


def test_automatic_collection_is_off_and_the_timer_collects_cycles(
    collector: MainThreadCollector, qtbot: QtBot
) -> None:
    assert not gc.isenabled()
    first, second = Node(), Node()
    first.other, second.other = second, first
    gone = weakref.ref(first)
    del first, second
    # Enough allocations that Python would have collected by now.
    junk = [[] for _ in range(gc.get_threshold()[0] * 2)]
    assert gone() is not None
    qtbot.waitUntil(lambda: gone() is None, timeout=CHECK_INTERVAL_MS * 5)
    del junk


def test_the_app_collects_on_its_ui_thread_and_hands_the_interpreter_back_quickly() -> None:
    # The app as `lisible` starts it (and the benches measure it).
    probe = (
        "import gc, sys\n"
        "from ui.app import SWITCH_INTERVAL_S, application\n"
        "app = application()\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 0,"
        " sys.getswitchinterval() == SWITCH_INTERVAL_S)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).parents[2],
    )
    assert result.stdout.split() == ["False", "True", "True"], result.stderr


def _full_collection_due(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make a full collection due; return the list the generations collected go to."""
    collected: list[int] = []
    monkeypatch.setattr(gc, "get_count", lambda: (800, MIDDLE_AFTER + 1, 11))
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    # The oldest generation has grown well past a quarter since the last full collection.
    monkeypatch.setattr(gc, "get_objects", lambda generation=None: [None] * 1000)
    monkeypatch.setattr(MainThreadCollector, "_long_lived", 100)
    monkeypatch.setattr(MainThreadCollector, "_pending", 1000)
    return collected


def test_a_full_collection_waits_until_no_worker_is_busy(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    # A worker loading a spaCy model builds half a million objects, frozen once
    # loaded; a full collection meanwhile walked them all on the UI thread.
    collected = _full_collection_due(monkeypatch)
    pool = QThreadPool.globalInstance()
    release = threading.Event()
    pool.start(lambda: release.wait(10))
    qtbot.waitUntil(lambda: pool.activeThreadCount() > 0)
    MainThreadCollector.collect()
    release.set()
    pool.waitForDone()
    MainThreadCollector.collect()
    assert collected == [1, 2]


def test_a_middle_collection_never_lists_the_oldest_generation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Listing it to count it is a list of every object in the session (86 ms for
    # two million): it was made on every middle collection while a full one was
    # due but not worth it yet, a stall every few hundred milliseconds.
    listed: list[int | None] = []
    real = gc.get_objects

    def get_objects(generation: int | None = None) -> list[object]:
        listed.append(generation)
        return real(generation)

    monkeypatch.setattr(gc, "get_objects", get_objects)
    monkeypatch.setattr(gc, "get_count", lambda: (800, MIDDLE_AFTER + 1, 11))
    collected: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: collected.append(generation) or 0)
    monkeypatch.setattr(MainThreadCollector, "_long_lived", 1_000_000)
    monkeypatch.setattr(MainThreadCollector, "_pending", 0, raising=False)
    for _ in range(3):
        MainThreadCollector.collect()
    assert collected == [1, 1, 1]
    assert 2 not in listed
    # What the middle collections leave alive counts towards the next full one.
    assert MainThreadCollector._pending > 0


class _Clock:
    """Stands for the collector's clock: each check finds the next of these gaps."""

    def __init__(self, gaps: list[int]) -> None:
        self.gaps = gaps

    def restart(self) -> int:
        return self.gaps.pop(0)


def test_a_full_collection_waits_for_the_window_to_keep_time(
    collector: MainThreadCollector, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Due, and no worker busy: on top of a reading view's building slices it made
    # a 127 ms stall; it waits until the checks come on time again.
    collected = _full_collection_due(monkeypatch)
    busy = CHECK_INTERVAL_MS + LATE_MS + 20
    calm = CHECK_INTERVAL_MS + 1
    gaps = [busy, *[calm] * (QUIET_CHECKS - 1), busy, *[calm] * QUIET_CHECKS]
    monkeypatch.setattr(collector, "_clock", _Clock(gaps))
    for _ in range(2 * QUIET_CHECKS):
        collector._check()
    assert collected == [1] * (2 * QUIET_CHECKS)
    collector._check()
    assert collected[-1] == 2
