"""What the library and the translation cache share: why an SQLite file failed, for a reader."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from reader.errors import Phrase
from reader.sqlite_files import sqlite_reason


def failure(action: Callable[[], object]) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as raised:
        action()
    return raised.value


def failing_statement(db: sqlite3.Connection, sql: str, *values: object) -> sqlite3.Error:
    """Run a statement that must fail on `db`, then close it; return the error."""
    with closing(db):
        return failure(lambda: db.execute(sql, values))


def database(path: Path) -> Path:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
    return path


def test_a_database_another_connection_writes_to_is_locked(tmp_path: Path) -> None:
    path = database(tmp_path / "notes.sqlite3")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    with closing(holder):
        waiting = sqlite3.connect(path, timeout=0)
        error = failing_statement(waiting, "INSERT INTO notes VALUES ('x')")
    assert sqlite_reason(error) == Phrase("the database is locked (another program is using it)")


def test_a_database_opened_read_only_cannot_be_written(tmp_path: Path) -> None:
    # Read-only by the URI, not by permissions: root is refused too.
    path = database(tmp_path / "notes.sqlite3")
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    error = failing_statement(db, "INSERT INTO notes VALUES ('x')")
    assert sqlite_reason(error) == Phrase("the database file is read-only")


def test_a_full_database_says_there_is_no_space_left(tmp_path: Path) -> None:
    path = database(tmp_path / "notes.sqlite3")
    db = sqlite3.connect(path)
    # A file capped at its current pages fills up as a full disk does.
    db.execute("PRAGMA max_page_count = 2")
    error = failing_statement(db, "INSERT INTO notes VALUES (?)", "x" * 100_000)
    assert sqlite_reason(error) == Phrase("no space left on the disk")


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are plain notes, not a database" * 100)
    error = failing_statement(sqlite3.connect(path), "SELECT * FROM notes")
    assert sqlite_reason(error) == Phrase("the file is not a database")


def test_a_file_in_a_missing_folder_cannot_be_opened(tmp_path: Path) -> None:
    error = failure(lambda: sqlite3.connect(tmp_path / "missing" / "notes.sqlite3"))
    assert sqlite_reason(error) == Phrase("the database file cannot be opened")


def test_a_rare_error_keeps_sqlites_own_words(tmp_path: Path) -> None:
    db = sqlite3.connect(database(tmp_path / "notes.sqlite3"))
    error = failing_statement(db, "SELECT * FROM no_such_table")
    assert sqlite_reason(error) == "no such table: no_such_table"
    assert sqlite_reason(sqlite3.OperationalError("made up")) == "made up"
