"""Translate ▸ Translation Models, driven as a reader would, against a local package index."""

from __future__ import annotations

import hashlib
import http.server
import json
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from reader.paths import models_dir, sample_article
from reader.translation import PackageError, install_package, installed_packages
from ui.formatting import format_size
from ui.models_dialog import ModelsDialog, model_label
from ui.translation import ViewMode
from ui.window import MainWindow

MODELS = Path(__file__).parents[1] / "data" / "models"
FR_EN = MODELS / "translate-fr_en-tiny.argosmodel"
EN_FR = MODELS / "translate-en_fr-tiny.argosmodel"
HOSTILE = Path(__file__).parents[1] / "data" / "hostile"
WAIT = 20_000


class PackageServer:
    """Serve package files and their index on 127.0.0.1; "gated" files stop halfway."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.gate = threading.Event()
        self.entries: list[dict[str, object]] = []
        gate = self.gate

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args: object, **kwargs: object) -> None:
                super().__init__(*args, directory=str(root), **kwargs)  # type: ignore[misc, arg-type]

            def do_GET(self) -> None:
                if not self.path.startswith("/gated/"):
                    super().do_GET()
                    return
                body = (root / self.path.removeprefix("/gated/")).read_bytes()
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    # Half the file, then the rest once the test opens the gate.
                    half = len(body) // 2
                    self.wfile.write(body[:half])
                    self.wfile.flush()
                    gate.wait(WAIT / 1000)
                    self.wfile.write(body[half:])
                except OSError:
                    pass  # the client hung up: that is what cancelling does

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.write_index()

    def add(
        self, package: Path, from_code: str, to_code: str, *, gated: bool = False, sha256: str = ""
    ) -> None:
        shutil.copyfile(package, self.root / package.name)
        folder = "gated/" if gated else ""
        self.entries.append(
            {
                "type": "translate",
                "package_version": "1.0",
                "argos_version": "1.9.0",
                "from_code": from_code,
                "to_code": to_code,
                "from_name": {"fr": "French", "en": "English"}[from_code],
                "to_name": {"fr": "French", "en": "English"}[to_code],
                "size": package.stat().st_size,
                "sha256": sha256 or hashlib.sha256(package.read_bytes()).hexdigest(),
                "links": [f"{self.url}/{folder}{package.name}"],
            }
        )
        self.write_index()

    def write_index(self) -> None:
        (self.root / "index.json").write_text(json.dumps(self.entries), encoding="utf-8")

    def close(self) -> None:
        self.gate.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PackageServer]:
    root = tmp_path / "served"
    root.mkdir()
    served = PackageServer(root)
    monkeypatch.setenv("LISIBLE_PACKAGE_INDEX", f"{served.url}/index.json")
    yield served
    served.close()


@pytest.fixture(autouse=True)
def greedy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from reader.translation.engine import unload_all

    monkeypatch.setenv("LISIBLE_TRANSLATION_BEAM", "1")
    yield
    unload_all()


@pytest.fixture
def dialog(qtbot: QtBot) -> ModelsDialog:
    dialog = ModelsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def rows(tree: object) -> list[list[str]]:
    from PySide6.QtWidgets import QTreeWidget

    assert isinstance(tree, QTreeWidget)
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_lists_installed_packages(qtbot: QtBot) -> None:
    info = install_package(FR_EN)
    dialog = ModelsDialog()
    qtbot.addWidget(dialog)
    # Its name ("French → English") was a column of its own, repeating the direction.
    assert rows(dialog.installed_list) == [
        ["French → English", info.version, format_size(info.size_bytes)]
    ]
    assert not dialog.remove_button.isEnabled()
    dialog.installed_list.setCurrentItem(dialog.installed_list.topLevelItem(0))
    assert dialog.remove_button.isEnabled()


def test_install_from_file(qtbot: QtBot, dialog: ModelsDialog) -> None:
    assert rows(dialog.installed_list) == []
    dialog.ask_package_path = lambda: str(EN_FR)  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.installed, timeout=WAIT) as blocker:
        click(qtbot, dialog.install_button)
        assert not dialog.install_button.isEnabled()
    assert blocker.args[0].from_code == "en"
    assert [row[0] for row in rows(dialog.installed_list)] == ["English → French"]
    assert dialog.status.text().startswith("Installed ")
    assert dialog.install_button.isEnabled() and not dialog.progress_box.isVisible()


def test_a_hostile_file_is_refused_in_one_line(
    qtbot: QtBot, dialog: ModelsDialog, tmp_path: Path
) -> None:
    bad = tmp_path / "evil.argosmodel"
    shutil.copyfile(HOSTILE / "archive.zip", bad)
    with pytest.raises(PackageError) as refused:
        install_package(bad)
    dialog.install_from_file(str(bad))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.status.text() == str(refused.value).splitlines()[0]
    assert rows(dialog.installed_list) == [] and installed_packages() == []
    assert dialog.install_button.isEnabled()


def test_remove_asks_first(qtbot: QtBot, dialog: ModelsDialog) -> None:
    install_package(FR_EN)
    dialog.refresh()
    dialog.installed_list.setCurrentItem(dialog.installed_list.topLevelItem(0))
    answers = iter([False, True])
    dialog.confirm_remove = lambda _package: next(answers)  # type: ignore[method-assign]
    click(qtbot, dialog.remove_button)
    assert len(installed_packages()) == 1
    dialog.installed_list.setCurrentItem(dialog.installed_list.topLevelItem(0))
    click(qtbot, dialog.remove_button)
    assert installed_packages() == [] and rows(dialog.installed_list) == []
    assert dialog.status.text() == "Removed French → English."


def test_download_lists_the_index_and_installs_with_progress(
    qtbot: QtBot, dialog: ModelsDialog, server: PackageServer
) -> None:
    server.add(FR_EN, "fr", "en")
    server.add(EN_FR, "en", "fr")
    click(qtbot, dialog.download_more_button)
    assert dialog.available_box.isVisible()
    qtbot.waitUntil(lambda: dialog.index is not None, timeout=WAIT)
    size = format_size(FR_EN.stat().st_size)
    assert sorted(row[0] for row in rows(dialog.available_list)) == [
        "English → French",
        "French → English",
    ]
    assert [size, ""] in [row[2:] for row in rows(dialog.available_list)]
    fr_en_row = next(
        i for i, row in enumerate(rows(dialog.available_list)) if row[0] == "French → English"
    )
    dialog.available_list.setCurrentItem(dialog.available_list.topLevelItem(fr_en_row))
    values: list[int] = []
    dialog.progress_bar.valueChanged.connect(values.append)
    with qtbot.waitSignal(dialog.installed, timeout=WAIT):
        click(qtbot, dialog.download_button)
    assert values and values[-1] == 1000
    assert [p.code for p in installed_packages()] == ["translate-fr_en"]
    assert rows(dialog.available_list)[fr_en_row][3] == "installed"


def test_download_can_be_cancelled(
    qtbot: QtBot, dialog: ModelsDialog, server: PackageServer
) -> None:
    server.add(FR_EN, "fr", "en", gated=True)
    dialog.download_pair("fr", "en")
    # Part of the file has arrived; the server holds the rest.
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0, timeout=WAIT)
    assert dialog.progress_box.isVisible() and dialog.cancel_button.isVisible()
    click(qtbot, dialog.cancel_button)
    assert dialog.status.text() == "Cancelled."
    assert not dialog.progress_box.isVisible() and dialog.install_button.isEnabled()
    # The worker stops at its next chunk and leaves nothing behind.
    server.gate.set()
    QThreadPool.globalInstance().waitForDone()
    assert installed_packages() == []
    assert not list(models_dir().glob("*.argosmodel"))


def _index_nobody_serves(monkeypatch: pytest.MonkeyPatch) -> int:
    """Point the package index at a local port nothing listens on; return the port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    monkeypatch.setenv("LISIBLE_PACKAGE_INDEX", f"http://127.0.0.1:{port}/index.json")
    return port


def test_a_server_that_is_down_is_one_line(
    qtbot: QtBot, dialog: ModelsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = _index_nobody_serves(monkeypatch)
    dialog.show_available()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    message = dialog.status.text()
    assert message and "\n" not in message and f"127.0.0.1:{port}" in message
    assert dialog.refresh_button.isEnabled() and dialog.install_button.isEnabled()


def test_a_server_that_is_down_is_said_in_french(
    qtbot: QtBot, french_interface: None, dialog: ModelsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = _index_nobody_serves(monkeypatch)
    dialog.show_available()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.status.text().endswith(
        f"impossible de joindre 127.0.0.1:{port} (hors ligne, ou le serveur est en panne)"
    )


def test_a_wrong_checksum_installs_nothing(
    qtbot: QtBot, dialog: ModelsDialog, server: PackageServer
) -> None:
    server.add(FR_EN, "fr", "en", sha256="0" * 64)
    dialog.download_pair("fr", "en")
    qtbot.waitUntil(lambda: "checksum" in dialog.status.text(), timeout=WAIT)
    assert installed_packages() == []


def test_missing_model_offer_downloads_then_translates(
    qtbot: QtBot, server: PackageServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.add(FR_EN, "fr", "en")
    monkeypatch.setattr(MainWindow, "show_error", lambda _self, message: pytest.fail(message))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.article_shown, timeout=WAIT):
        window.open_path(sample_article())
    controller = window.translation
    controller.translate_action.trigger()
    qtbot.waitUntil(lambda: controller.offer is not None, timeout=WAIT)
    offer = controller.offer
    assert offer is not None
    size = format_size(FR_EN.stat().st_size)
    # The size comes from the index, asked once the offer is up.
    qtbot.waitUntil(
        lambda: f"&Download ({size})" in [b.text() for b in offer.buttons()], timeout=WAIT
    )
    download = next(b for b in offer.buttons() if b.text().startswith("&Download"))
    with qtbot.waitSignal(window.translation_shown, timeout=WAIT):
        click(qtbot, download)
    assert [p.code for p in installed_packages()] == ["translate-fr_en"]
    assert controller.mode is ViewMode.TRANSLATION
    assert controller.translation_view.isVisible()


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("French - English", "French → English"),
        ("French → English", "French → English"),
        ("French - English (tiny test model)", "French → English (tiny test model)"),
        ("French–English, news 2024", "French → English (news 2024)"),
    ],
)
def test_a_models_name_is_shown_only_for_what_it_adds(name: str, label: str) -> None:
    assert model_label(name, "fr", "en") == label
