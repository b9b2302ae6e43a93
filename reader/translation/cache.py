"""A persistent cache of translated articles: reopening one is instant.

One SQLite table in `reader.paths.cache_dir()`, keyed by the model (code, version
and decoding options) and a hash of the source text. A damaged cache file is
moved aside (`translations.sqlite3.corrupt-DATE`, as the library does) and a
fresh one started; any other error (a full disk, a read-only home, a lock)
leaves the file alone and the cache unused for that call.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader import paths
from reader.sqlite_files import is_corruption, move_aside

log = logging.getLogger(__name__)

FILE_NAME = "translations.sqlite3"
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS translations ("
    " key TEXT PRIMARY KEY, model TEXT NOT NULL, value TEXT NOT NULL, created REAL NOT NULL)"
)
_lock = threading.Lock()


def cache_file() -> Path:
    """Return the cache's database file."""
    return paths.cache_dir() / FILE_NAME


def cache_key(model: str, source: Any) -> str:
    """Return the key of `source` (any JSON value) translated by `model`."""
    blob = json.dumps([model, source], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def get(key: str) -> Any | None:
    """Return the cached value for `key`, None when absent or unreadable."""
    row = _run(
        lambda db: db.execute("SELECT value FROM translations WHERE key = ?", (key,)).fetchone()
    )
    if row is None:
        return None
    try:
        return json.loads(row[0])
    except ValueError:
        log.warning("ignoring a damaged cache entry %s", key)
        return None


def put(key: str, model: str, value: Any) -> None:
    """Store a JSON value under `key`; a cache that cannot be written is only logged."""
    blob = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    _run(
        lambda db: db.execute(
            "INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?)",
            (key, model, blob, time.time()),
        )
    )


def clear() -> None:
    """Delete every cached translation."""
    _run(lambda db: db.execute("DELETE FROM translations"))


def _run(operation: Callable[[sqlite3.Connection], Any]) -> Any:
    """Run one statement; a corrupt database is deleted and the result is None."""
    with _lock:
        db = _open_or_reset()
        if db is None:
            return None
        try:
            result = operation(db)
            db.commit()
            return result
        except sqlite3.DatabaseError as error:
            db.close()
            if is_corruption(error):
                _set_aside(error)
            else:
                log.warning("translation cache unavailable: %s", error)
            return None
        finally:
            db.close()


def _open_or_reset() -> sqlite3.Connection | None:
    for attempt in range(2):
        try:
            return _open()
        except sqlite3.DatabaseError as error:
            if attempt or not is_corruption(error):
                log.warning("translation cache unavailable: %s", error)
                return None
            if not _set_aside(error):
                return None
        except OSError as error:
            log.warning("translation cache unavailable: %s", error)
            return None
    return None


def _open() -> sqlite3.Connection:
    path = cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=10, check_same_thread=False)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute(_SCHEMA)
        db.execute("SELECT count(*) FROM translations LIMIT 1").fetchone()
    except sqlite3.DatabaseError:
        db.close()
        raise
    return db


def _set_aside(error: sqlite3.DatabaseError) -> bool:
    """Move a damaged cache file aside; return whether a fresh one may start."""
    try:
        backup = move_aside(cache_file())
    except OSError as move_error:
        log.warning("translation cache is damaged (%s) and cannot be moved: %s", error, move_error)
        return False
    log.warning("translation cache was damaged (%s); moved to %s, starting afresh", error, backup)
    return True
