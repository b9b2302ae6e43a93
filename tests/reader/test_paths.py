"""Folders come from one place and follow LISIBLE_HOME."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader import paths


def test_folders_follow_lisible_home(lisible_home: Path) -> None:
    assert paths.data_dir() == lisible_home / "data"
    assert paths.cache_dir() == lisible_home / "cache"
    assert paths.config_dir() == lisible_home / "config"
    assert paths.models_dir() == lisible_home / "data" / "models"


def test_xdg_folders_without_lisible_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("LISIBLE_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/is/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert paths.data_dir() == tmp_path / "share" / "lisible"
    assert paths.config_dir() == tmp_path / "home" / ".config" / "lisible"


def test_bundled_sample_exists() -> None:
    sample = paths.sample_article()
    assert sample.is_file()
    assert "<article" in sample.read_text(encoding="utf-8")
