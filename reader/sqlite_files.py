"""What the library and the translation cache share about their SQLite files.

Only real corruption (SQLITE_CORRUPT, SQLITE_NOTADB) may set a database file
aside; a full disk, a read-only home or a lock are passing conditions, and
treating them as damage would throw away everything the file holds.
"""

from __future__ import annotations

import errno
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from reader.errors import Phrase, errno_reason

#: SQLite's primary result codes a reader may meet, worded for a reader; its own
#: text is English and technical ("attempt to write a readonly database").
_SQLITE_REASONS = {
    sqlite3.SQLITE_BUSY: Phrase("the database is locked (another program is using it)"),
    sqlite3.SQLITE_LOCKED: Phrase("the database is locked (another program is using it)"),
    sqlite3.SQLITE_READONLY: Phrase("the database file is read-only"),
    sqlite3.SQLITE_CANTOPEN: Phrase("the database file cannot be opened"),
    sqlite3.SQLITE_CORRUPT: Phrase("the file's contents are malformed"),
    sqlite3.SQLITE_NOTADB: Phrase("the file is not a database"),
}
#: Codes that mean what a system error means: worded the same way.
_AS_SYSTEM_ERRORS = {
    sqlite3.SQLITE_PERM: errno.EACCES,
    sqlite3.SQLITE_NOMEM: errno.ENOMEM,
    sqlite3.SQLITE_IOERR: errno.EIO,
    sqlite3.SQLITE_FULL: errno.ENOSPC,
}


def is_corruption(error: sqlite3.DatabaseError) -> bool:
    """Tell whether an SQLite error means the file itself is damaged."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
    message = str(error).lower()
    return "malformed" in message or "not a database" in message


def sqlite_reason(error: sqlite3.Error) -> Phrase | str:
    """Say why an SQLite call failed, for the end of a message ("… cannot be read: {reason}").

    A common cause (locked, read-only, a full disk) is a `Phrase` the window
    translates; any other is SQLite's own text.
    """
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return str(error)
    primary = code & 0xFF  # extended codes (SQLITE_IOERR_WRITE...) keep the primary's low byte
    return (
        _SQLITE_REASONS.get(primary) or errno_reason(_AS_SYSTEM_ERRORS.get(primary)) or str(error)
    )


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
