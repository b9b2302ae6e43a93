"""An unhandled exception is logged with its traceback and shown, and the app goes on."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui.crash import MAX_DIALOGS, CrashReporter


class Shown:
    """The crash dialogs that would have been shown."""

    def __init__(self) -> None:
        self.boxes: list[tuple[str, str]] = []


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    record = Shown()

    def fake_exec(box: QMessageBox) -> int:
        record.boxes.append((box.informativeText(), box.detailedText()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return record


@pytest.fixture
def reporter(qtbot: QtBot) -> Iterator[CrashReporter]:
    parent = QWidget()
    qtbot.addWidget(parent)
    reporter = CrashReporter(parent)
    reporter.install()
    yield reporter
    reporter.uninstall()


class Emitter(QObject):
    fired = Signal()


def broken_slot() -> None:
    raise RuntimeError("the slot broke")


def test_an_exception_in_a_slot_is_logged_and_shown(
    reporter: CrashReporter, shown: Shown, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    emitter = Emitter()
    emitter.fired.connect(broken_slot)
    with caplog.at_level(logging.CRITICAL, logger="ui.crash"):
        emitter.fired.emit()
        qtbot.waitUntil(lambda: bool(shown.boxes))
    summary, details = shown.boxes[0]
    assert "RuntimeError: the slot broke" in summary
    assert "lisible.log" in summary
    assert "broken_slot" in details
    assert "Traceback" in caplog.text and "the slot broke" in caplog.text


def test_an_exception_in_a_thread_is_shown_from_the_ui_thread(
    reporter: CrashReporter, shown: Shown, qtbot: QtBot
) -> None:
    worker = threading.Thread(target=broken_slot)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown.boxes))
    assert "the slot broke" in shown.boxes[0][0]


def test_a_storm_of_errors_shows_a_bounded_number_of_dialogs(
    reporter: CrashReporter, shown: Shown, qtbot: QtBot
) -> None:
    emitter = Emitter()
    emitter.fired.connect(broken_slot)
    for _ in range(MAX_DIALOGS + 5):
        emitter.fired.emit()
    qtbot.waitUntil(lambda: len(shown.boxes) == MAX_DIALOGS)
    # Deliver every queued report: none beyond the cap shows.
    QApplication.sendPostedEvents()
    assert len(shown.boxes) == MAX_DIALOGS
