"""What the library and the translation cache share about their SQLite files.

Only real corruption (SQLITE_CORRUPT, SQLITE_NOTADB) may set a database file
aside; a full disk, a read-only home or a lock are passing conditions, and
treating them as damage would throw away everything the file holds.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path


def is_corruption(error: sqlite3.DatabaseError) -> bool:
    """Tell whether an SQLite error means the file itself is damaged."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
    message = str(error).lower()
    return "malformed" in message or "not a database" in message


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its journals) to `NAME.corrupt-DATE`; return the new path.

    Raises:
        OSError: it cannot be renamed.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while backup.exists():
        number += 1
        backup = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    path.replace(backup)
    # The journal files belong to the broken file; left in place, SQLite
    # would replay them into the fresh one.
    for suffix in ("-wal", "-shm", "-journal"):
        journal = path.with_name(path.name + suffix)
        if journal.exists():
            journal.replace(backup.with_name(backup.name + suffix))
    return backup
