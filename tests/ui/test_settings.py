"""The settings schema and its INI file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reader.paths import config_dir
from ui.settings import (
    FONT_SIZE,
    LAST_FOLDER,
    MAX_RECENT_FILES,
    RECENT_FILES,
    SETTINGS_FILE,
    WINDOW_GEOMETRY,
    Setting,
    Settings,
    schema,
)


def test_schema_names_are_unique_and_described() -> None:
    assert len({s.name for s in schema()}) == len(schema())
    for setting in schema():
        assert isinstance(setting.default, setting.type)
        assert setting.description and "\n" not in setting.description


def test_defaults_when_nothing_is_stored() -> None:
    settings = Settings()
    for setting in schema():
        assert settings.get(setting) == setting.default


def test_a_setting_cannot_be_defined_twice() -> None:
    with pytest.raises(ValueError, match="twice"):
        Setting(FONT_SIZE.name, float, 12.0, "A second definition.")


def test_file_lives_in_the_config_folder(lisible_home: Path) -> None:
    settings = Settings()
    settings.set(LAST_FOLDER, "/somewhere")
    settings.sync()
    assert settings.path == config_dir() / SETTINGS_FILE
    assert settings.path.is_relative_to(lisible_home)
    assert settings.path.is_file()


def test_values_round_trip_without_pickling() -> None:
    values: dict[Setting[Any], object] = {
        WINDOW_GEOMETRY: b"\x00\x01\xd9\xd0binary",
        RECENT_FILES: ("/a/one.html", "/b/two.txt"),
        LAST_FOLDER: "/home/reader/Articles",
        FONT_SIZE: 14.5,
    }
    settings = Settings()
    for setting, value in values.items():
        settings.set(setting, value)
    settings.sync()
    for setting, value in values.items():
        assert settings.get(setting) == value
    # A Python object that Qt cannot store natively would be pickled as @Variant.
    assert "@Variant" not in settings.path.read_text(encoding="utf-8")


def test_reads_a_file_written_by_another_run() -> None:
    # An INI file keeps no types: what another process wrote comes back as text.
    path = config_dir() / SETTINGS_FILE
    path.parent.mkdir(parents=True)
    path.write_text(
        "[files]\nrecent=/only/one.html\nlast_folder=/docs\n[reading]\nfont_size=15\n",
        encoding="utf-8",
    )
    settings = Settings()
    assert settings.get(RECENT_FILES) == ("/only/one.html",)
    assert settings.get(LAST_FOLDER) == "/docs"
    assert settings.get(FONT_SIZE) == 15.0


@pytest.mark.parametrize("stored", ["large", "", "@Invalid()"])
def test_bad_values_read_as_the_default(stored: str) -> None:
    path = config_dir() / SETTINGS_FILE
    path.parent.mkdir(parents=True)
    path.write_text(f"[reading]\nfont_size={stored}\n[window]\ngeometry=oops\n", encoding="utf-8")
    settings = Settings()
    assert settings.get(FONT_SIZE) == FONT_SIZE.default
    assert settings.get(WINDOW_GEOMETRY) == WINDOW_GEOMETRY.default


def test_recent_files_most_recent_first_without_duplicates() -> None:
    settings = Settings()
    settings.add_recent_file("/a.html")
    settings.add_recent_file("/b.html")
    assert settings.add_recent_file("/a.html") == ("/a.html", "/b.html")
    assert settings.get(RECENT_FILES) == ("/a.html", "/b.html")


def test_recent_files_keep_the_latest_ten() -> None:
    settings = Settings()
    for number in range(MAX_RECENT_FILES + 3):
        recent = settings.add_recent_file(f"/articles/{number}.html")
    assert len(recent) == MAX_RECENT_FILES
    assert recent[0] == f"/articles/{MAX_RECENT_FILES + 2}.html"
    assert "/articles/0.html" not in recent


def test_removing_a_recent_file() -> None:
    settings = Settings()
    settings.add_recent_file("/a.html")
    settings.add_recent_file("/b.html")
    assert settings.remove_recent_file("/a.html") == ("/b.html",)
    assert settings.remove_recent_file("/b.html") == ()
    assert settings.get(RECENT_FILES) == ()
