"""Cyclic garbage is collected on the UI thread, by the app's own timer."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from ui.collector import CHECK_INTERVAL_MS, MainThreadCollector


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
