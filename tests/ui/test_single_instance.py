"""A second `lisible FILE` hands the file to the running window and exits."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from reader.pipeline import article_from_path
from ui import handoff
from ui.single_instance import SingleInstance
from ui.window import MainWindow

ROOT = Path(__file__).parents[2]
SECOND_STARTS = ThreadPoolExecutor(max_workers=1)


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: None)
    window = MainWindow()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def running(window: MainWindow) -> SingleInstance:
    """The first start: it listens."""
    instance = SingleInstance(parent=window)
    assert handoff.send_to_running(None, instance.name) is False
    assert instance.listen()
    assert instance.listening
    instance.serve(window, window.open_path)
    return instance


def test_a_second_start_hands_its_file_to_the_running_window_and_exits(
    qtbot: QtBot, window: MainWindow, running: SingleInstance, html_article: Path
) -> None:
    # Started from the article's folder with a relative path, as from a terminal.
    second = subprocess.Popen(
        [sys.executable, "-m", "ui.main", html_article.name],
        cwd=html_article.parent,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        with qtbot.waitSignal(window.article_shown, timeout=60_000):
            pass
        _, err = second.communicate(timeout=60)
    finally:
        if second.poll() is None:
            second.kill()
    assert second.returncode == 0, err
    assert window.windowTitle() == "The Night Ferry to Harwick — Lisible"


def second_start(source: str | None, name: str) -> Future[bool]:
    """Send as a second start does, from a thread: the test's thread must serve it."""
    return SECOND_STARTS.submit(handoff.send_to_running, source, name)


def test_a_second_start_without_a_file_only_raises_the_window(
    qtbot: QtBot, window: MainWindow, running: SingleInstance
) -> None:
    with qtbot.waitSignal(running.open_requested) as asked:
        sent = second_start(None, running.name)
    assert sent.result(timeout=10) is True
    assert asked.args == [""]
    assert window.article is None


def test_a_stale_socket_from_a_crashed_lisible_is_replaced(qtbot: QtBot) -> None:
    name = handoff.socket_name()
    # What a killed Lisible leaves: the socket file, with nobody behind it.
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(name)
    dead.close()
    assert os.path.exists(name)
    first = SingleInstance()
    assert handoff.send_to_running("/some/article.html", first.name) is False
    assert first.listen()
    assert first.listening
    with qtbot.waitSignal(first.open_requested) as asked:
        sent = second_start("/other/article.md", first.name)
    assert sent.result(timeout=10) is True
    assert asked.args == ["/other/article.md"]


def test_a_malformed_message_is_dropped_and_the_next_one_served(qtbot: QtBot) -> None:
    first = SingleInstance()
    assert first.listen()
    stray = QLocalSocket()
    stray.connectToServer(first.name)
    assert stray.waitForConnected(1000)
    stray.write(b'{"open": 42}\n')
    stray.flush()
    qtbot.waitUntil(lambda: stray.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    with qtbot.waitSignal(first.open_requested) as asked:
        sent = second_start("https://example.org/a", first.name)
    assert sent.result(timeout=10) is True
    assert asked.args == ["https://example.org/a"]


def test_each_data_folder_has_its_own_socket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = handoff.socket_name()
    monkeypatch.setenv("LISIBLE_HOME", str(tmp_path / "elsewhere"))
    assert handoff.socket_name() != first


def test_the_socket_lies_where_only_its_user_can_reach_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    name = handoff.socket_name()
    assert name is not None and not name.startswith(str(shared))
    assert os.stat(os.path.dirname(name)).st_mode & 0o077 == 0
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    private.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(private))
    assert str(handoff.socket_name()).startswith(str(private))


def test_a_live_lisibles_socket_is_never_taken_over(qtbot: QtBot) -> None:
    first = SingleInstance()
    assert first.listen()
    second = SingleInstance()
    assert not second.listen() and not second.listening
    with qtbot.waitSignal(first.open_requested) as asked:
        sent = second_start("/article.txt", first.name)
    assert sent.result(timeout=10) is True
    assert asked.args == ["/article.txt"]


def test_the_open_window_of_a_real_lisible_takes_a_later_starts_article(
    qtbot: QtBot, html_article: Path, text_article: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "ui.main", str(html_article)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # Every article a window shows is kept in the library: that is how the
        # test sees what the first window opened.
        qtbot.waitUntil(lambda: "The Night Ferry to Harwick" in kept_titles(env), timeout=90_000)
        second = subprocess.run(
            [sys.executable, "-m", "ui.main", str(text_article)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 0, second.stderr
        title = article_from_path(str(text_article)).title
        qtbot.waitUntil(lambda: title in kept_titles(env), timeout=90_000)
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(timeout=30)


def kept_titles(env: dict[str, str]) -> list[str]:
    """Return the titles in the library, as `lisible library list` gives them."""
    listed = subprocess.run(
        [sys.executable, "-m", "reader", "library", "list", "--format", "json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if listed.returncode != 0:
        return []
    return [entry.get("title") for entry in json.loads(listed.stdout or "[]")]
