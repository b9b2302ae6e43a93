"""The on-disk translation cache."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from reader import paths
from reader.translation import cache


def test_round_trip_and_keys() -> None:
    key = cache.cache_key("translate-fr_en 1.0 beam2", ["Titre", [["paragraph", "Texte."]]])
    assert cache.get(key) is None
    cache.put(key, "translate-fr_en 1.0", {"title": "Title", "blocks": ["Text."]})
    assert cache.get(key) == {"title": "Title", "blocks": ["Text."]}
    assert cache.cache_file().parent == paths.cache_dir()
    other_model = cache.cache_key("translate-fr_en 1.1 beam2", ["Titre", [["paragraph", "Texte."]]])
    other_text = cache.cache_key("translate-fr_en 1.0 beam2", ["Titre", [["paragraph", "Texte!"]]])
    assert len({key, other_model, other_text}) == 3
    cache.clear()
    assert cache.get(key) is None


def test_survives_a_corrupt_file(caplog: pytest.LogCaptureFixture) -> None:
    key = cache.cache_key("m", "x")
    cache.put(key, "m", [1])
    cache.cache_file().write_bytes(b"\x00garbage" * 512)
    with caplog.at_level(logging.WARNING, logger="reader.translation.cache"):
        assert cache.get(key) is None
    assert "starting afresh" in caplog.text
    # The damaged file is kept aside, as the library keeps its own.
    kept = list(paths.cache_dir().glob(f"{cache.FILE_NAME}.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"\x00garbage")
    cache.put(key, "m", [2])
    assert cache.get(key) == [2]


@pytest.mark.parametrize(
    "error",
    [
        sqlite3.OperationalError("disk I/O error"),
        sqlite3.OperationalError("database or disk is full"),
        sqlite3.OperationalError("attempt to write a readonly database"),
        sqlite3.OperationalError("database is locked"),
    ],
    ids=["io", "full", "readonly", "locked"],
)
def test_an_error_that_is_not_damage_keeps_the_cache(
    monkeypatch: pytest.MonkeyPatch, error: sqlite3.OperationalError
) -> None:
    key = cache.cache_key("m", "x")
    cache.put(key, "m", [1])

    class Failing:
        """A connection whose statements fail as a full or read-only disk makes them."""

        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def execute(self, *args: object) -> None:
            raise error

        def commit(self) -> None:
            pass

        def close(self) -> None:
            self.db.close()

    real_open = cache._open
    monkeypatch.setattr(cache, "_open", lambda: Failing(real_open()))
    cache.put(cache.cache_key("m", "y"), "m", [2])
    assert cache.get(key) is None  # unavailable for now...
    monkeypatch.setattr(cache, "_open", real_open)
    assert cache.get(key) == [1]  # ...but nothing was deleted
    assert not list(paths.cache_dir().glob("*.corrupt-*"))


def test_a_damaged_entry_is_ignored() -> None:
    key = cache.cache_key("m", "x")
    cache.put(key, "m", [1])
    with sqlite3.connect(cache.cache_file()) as db:
        db.execute("UPDATE translations SET value = '{oops'")
    assert cache.get(key) is None


def test_an_unwritable_cache_only_logs(caplog: pytest.LogCaptureFixture) -> None:
    paths.cache_dir().parent.mkdir(parents=True, exist_ok=True)
    paths.cache_dir().write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING, logger="reader.translation.cache"):
        cache.put("k", "m", [1])
        assert cache.get("k") is None
    assert "unavailable" in caplog.text
