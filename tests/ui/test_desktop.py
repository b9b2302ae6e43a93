"""Desktop integration: the packaged entry, icons and metainfo, and the per-user install."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui import desktop
from ui.app import application
from ui.main import main
from ui.window import MainWindow

#: CI installs the validators (.ci/setup.sh --tests); there a missing one is a failure.
IN_CI = bool(os.environ.get("CI"))


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if IN_CI:
            pytest.fail(f"{name} is missing: .ci/setup.sh --tests installs it")
        pytest.skip(f"{name} is not installed")
    return found


def read_entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser["Desktop Entry"]


def test_install_puts_entry_icons_and_metainfo_where_desktops_look(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--install-desktop"]) == 0
    assert "Installed" in capsys.readouterr().out
    entry = data_home / "applications" / f"{desktop.APP_ID}.desktop"
    fields = read_entry(entry.read_text(encoding="utf-8"))
    icon = fields["Icon"]
    assert (data_home / "icons/hicolor/scalable/apps" / f"{icon}.svg").is_file()
    for size in desktop.ICON_SIZES:
        assert (data_home / f"icons/hicolor/{size}x{size}/apps/{icon}.png").is_file()
    assert (data_home / "metainfo" / f"{desktop.APP_ID}.metainfo.xml").is_file()
    # The menu starts the launcher of this installation, which exists.
    command = fields["Exec"].rsplit(" ", 1)[0].strip('"')
    assert os.path.isabs(command) and os.access(command, os.X_OK)
    assert fields["Exec"].endswith(" %f")


def test_uninstall_removes_what_install_wrote_and_nothing_else(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    applications = data_home / "applications"
    applications.mkdir(parents=True)
    other = applications / "someone-else.desktop"
    other.write_text("[Desktop Entry]\nName=Other\n")
    written = desktop.install()
    assert main(["--uninstall-desktop"]) == 0
    assert "Removed" in capsys.readouterr().out
    assert not any(path.exists() for path in written)
    assert other.read_text() == "[Desktop Entry]\nName=Other\n"
    assert main(["--uninstall-desktop"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_an_unwritable_data_folder_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["--install-desktop"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("lisible: cannot install the desktop entry") and err.count("\n") == 1


def test_install_takes_no_article(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--install-desktop", "article.html"])
    assert exit_.value.code == 2


def test_the_packaged_entry_passes_desktop_file_validate() -> None:
    tool = validator("desktop-file-validate")
    with_path = desktop.desktop_entry()
    result = subprocess.run(
        [tool, str(with_path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_the_installed_entry_passes_too_with_a_launcher_path_that_needs_quoting(
    data_home: Path,
) -> None:
    tool = validator("desktop-file-validate")
    launcher = str(data_home.parent / "my venv's $bin" / "lisible")
    desktop.install(launcher=launcher)
    entry = data_home / "applications" / f"{desktop.APP_ID}.desktop"
    result = subprocess.run(
        [tool, str(entry)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout
    exec_line = read_entry(entry.read_text(encoding="utf-8"))["Exec"]
    assert exec_line == '"' + launcher.replace("$", "\\\\$") + '" %f'


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    tool = validator("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(desktop.metainfo())],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_agrees_with_the_entry() -> None:
    fields = read_entry(desktop.desktop_entry().read_text(encoding="utf-8"))
    root = ET.fromstring(desktop.metainfo().read_bytes())
    assert root.findtext("id") == desktop.APP_ID == fields["Icon"]
    assert root.findtext("launchable") == f"{desktop.APP_ID}.desktop"
    assert root.findtext("name") == fields["Name"]
    declared = {t for t in fields["MimeType"].split(";") if t}
    provided = {node.text for node in root.iter("mediatype")}
    # The entry also names an old alias of Markdown's type, for older desktops.
    assert provided == declared - {"text/x-markdown"}
    assert {"text/html", "text/plain", "text/markdown"} <= provided
    screenshots = root.findall("screenshots/screenshot")
    assert screenshots and all((shot.findtext("caption") or "").strip() for shot in screenshots)


def test_every_packaged_icon_size_is_there() -> None:
    assert desktop.svg_icon().is_file()
    for size in desktop.ICON_SIZES:
        assert desktop.png_icon(size).is_file()


def test_the_window_wears_the_icon_in_every_size(qtbot: QtBot) -> None:
    app = application()
    window = MainWindow()
    qtbot.addWidget(window)
    assert app.desktopFileName() == desktop.APP_ID
    # On X11 the window's WM_CLASS class is the application's name: docks match it to the entry.
    fields = read_entry(desktop.desktop_entry().read_text(encoding="utf-8"))
    assert fields["StartupWMClass"] == app.applicationName()
    icon = window.windowIcon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes == set(desktop.ICON_SIZES)


def test_an_existing_mime_cache_learns_the_new_entry_and_forgets_it(data_home: Path) -> None:
    validator("update-desktop-database")
    cache = data_home / "applications" / "mimeinfo.cache"
    cache.parent.mkdir(parents=True)
    cache.write_text("[MIME Cache]\n")
    desktop.install()
    assert f"text/markdown={desktop.APP_ID}.desktop;" in cache.read_text()
    desktop.uninstall()
    assert desktop.APP_ID not in cache.read_text()


def test_no_mime_cache_is_created_where_there_was_none(data_home: Path) -> None:
    desktop.install()
    assert not (data_home / "applications" / "mimeinfo.cache").exists()
