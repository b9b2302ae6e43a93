"""Cyclic garbage is collected on the UI thread, by the app's own timer."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import weakref
from collections.abc import Iterator
from pathlib import Path

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
