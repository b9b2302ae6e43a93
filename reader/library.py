"""The library: every article read, kept in one SQLite file with where the reader left it.

    library = Library.open()
    article_id = library.add(article)
    for entry in library.search("etats unis"):
        print(entry.title, entry.snippet)

The database runs in WAL mode, so readers never wait for a writer; every write
is one transaction, so a killed process loses nothing committed before. A file
that is not a readable library is moved aside and a fresh library starts
(`Library.recovered_from` says where the old file went).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from reader.article import Article
from reader.dataclass_json import from_json, to_json
from reader.errors import LisibleError, Phrase, os_reason
from reader.library_search import compare_folded, fts_query, query_prefixes, searchable, snippet
from reader.paths import library_path
from reader.sqlite_files import is_corruption, move_aside, sqlite_reason

log = logging.getLogger(__name__)

#: How long a write waits for another process's write before giving up; a
#: write here takes milliseconds, so 5 s only runs out when something hangs.
BUSY_TIMEOUT_MS = 5_000

#: A title match counts ten times a text match when ranking search results.
TITLE_WEIGHT = 10.0

SortKey = Literal["title", "site", "language", "added", "opened"]
_SORT_COLUMNS: dict[str, str] = {
    "title": "title COLLATE lisible_fold",
    "site": "site COLLATE lisible_fold",
    "language": "language",
    "added": "added",
    "opened": "opened",
}

_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


class LibraryError(LisibleError):
    """The library cannot do what was asked (unknown article, newer format, unusable file)."""


@dataclass(frozen=True)
class ReadingPosition:
    """Where a reader left an article.

    `offset` is the character offset into `Article.text` of the first line on
    screen, so it survives a change of font or window size; `fraction` (0-1) is
    how far through the article that is, for showing progress.
    """

    offset: int = 0
    fraction: float = 0.0


@dataclass(frozen=True)
class LibraryEntry:
    """One article of the library as a list shows it, without its text.

    `snippet` is set for search results: a line of the text (or the title)
    around the matches, whose spans in `snippet` are `matches`.
    """

    id: int
    title: str
    source: str
    byline: str | None
    site: str | None
    language: str | None
    words: int
    added: datetime
    opened: datetime | None
    position: ReadingPosition
    snippet: str = ""
    matches: tuple[tuple[int, int], ...] = ()


# --- Schema -----------------------------------------------------------------


def _v1(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            byline TEXT,
            site TEXT,
            language TEXT,
            article TEXT NOT NULL,
            added TEXT NOT NULL,
            opened TEXT,
            position_offset INTEGER NOT NULL DEFAULT 0,
            position_fraction REAL NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX articles_source ON articles (source)")
    db.execute("CREATE INDEX articles_text_hash ON articles (text_hash)")
    # Meant for results computed on an article; nothing has used it. A shipped
    # step never changes, so the (empty) table stays.
    db.execute(
        """CREATE TABLE results (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            payload TEXT NOT NULL,
            saved TEXT NOT NULL,
            PRIMARY KEY (article_id, kind, key)
        )"""
    )
    # The rowid of a row is its article's id; title and text are kept NFC so
    # that "é" typed and "é" decomposed in a page index the same.
    db.execute(
        """CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, text, tokenize = "unicode61 remove_diacritics 2"
        )"""
    )


def _v2(db: sqlite3.Connection) -> None:
    # Word counts let lists show an article's length without decoding it, and
    # "last read" is the library view's usual order.
    db.execute("ALTER TABLE articles ADD COLUMN words INTEGER NOT NULL DEFAULT 0")
    rows = db.execute("SELECT id, article FROM articles").fetchall()
    for article_id, stored in rows:
        try:
            words = _decode_article(stored).word_count
        except LibraryError:
            log.warning("article %s of the library is unreadable; word count left at 0", article_id)
            continue
        db.execute("UPDATE articles SET words = ? WHERE id = ?", (words, article_id))
    db.execute("CREATE INDEX articles_opened ON articles (opened)")


#: Step n brings a database from version n to n + 1 (`PRAGMA user_version`).
#: Append new steps; never change one that has shipped.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2)
SCHEMA_VERSION = len(MIGRATIONS)


# --- The library ------------------------------------------------------------


class Library:
    """The articles a reader kept, in one SQLite file.

    One `Library` may be shared by threads: calls take turns on its connection.
    Other processes (or other `Library` objects) can read while it writes.
    """

    def __init__(self, db: sqlite3.Connection, path: Path, recovered_from: Path | None) -> None:
        self._db: sqlite3.Connection | None = db
        self._lock = threading.RLock()
        self.path = path
        #: Where a corrupt library file was moved before this fresh one started.
        self.recovered_from = recovered_from

    @classmethod
    def open(cls, path: str | Path | None = None) -> Library:
        """Open (or create) the library, upgrading an older schema.

        Raises:
            LibraryError: the file belongs to a newer Lisible, or cannot be written.
        """
        path = Path(path) if path is not None else library_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(
                "Cannot create the library folder {parent}: {reason}",
                parent=path.parent,
                reason=os_reason(error),
            ) from None
        if path.is_dir():
            raise LibraryError("The library {path} is a folder, not a file.", path=path)
        recovered_from = None
        try:
            db = _connect(path)
        except _Corrupt as corrupt:
            recovered_from = _move_aside(path)
            log.error("library %s is corrupt (%s); moved to %s", path, corrupt, recovered_from)
            db = _connect(path)
        return cls(db, path, recovered_from)

    def close(self) -> None:
        """Close the database; later calls raise `LibraryError`."""
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Articles

    def add(self, article: Article, *, opened: bool = False) -> int:
        """Keep an article and return its id; the same article again updates its entry.

        The same article is one with the same source path or URL, or the same
        text. `opened` also records that the reader opened it now.
        """
        article = _storable(article)
        text_hash = _text_hash(article.text)
        values = {
            "source": article.source,
            "text_hash": text_hash,
            "title": article.title,
            "byline": article.byline,
            "site": article.site,
            "language": article.language,
            "article": to_json(article),
            "words": article.word_count,
        }
        now = _now()
        with self._write() as db:
            existing = self._find_same(db, article.source, text_hash)
            if existing is None:
                cursor = db.execute(
                    "INSERT INTO articles (source, text_hash, title, byline, site, language,"
                    " article, words, added, opened)"
                    " VALUES (:source, :text_hash, :title, :byline, :site, :language,"
                    " :article, :words, :added, :opened)",
                    {**values, "added": now, "opened": now if opened else None},
                )
                article_id = cursor.lastrowid
                assert article_id is not None
            else:
                article_id, _old_hash, old_offset = existing
                db.execute(
                    "UPDATE articles SET source = :source, text_hash = :text_hash,"
                    " title = :title, byline = :byline, site = :site, language = :language,"
                    " article = :article, words = :words,"
                    " opened = CASE WHEN :opened THEN :now ELSE opened END,"
                    " position_offset = :offset WHERE id = :id",
                    {
                        **values,
                        "opened": opened,
                        "now": now,
                        "offset": min(old_offset, len(article.text)),
                        "id": article_id,
                    },
                )
                db.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
            db.execute(
                "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                (article_id, searchable(article.title), searchable(article.text)),
            )
        log.info("library: kept %r as article %s", article.title, article_id)
        return article_id

    def find(self, article: Article) -> int | None:
        """Return the id of the entry `add` would update for this article, if any."""
        article = _storable(article)
        with self._read() as db:
            existing = self._find_same(db, article.source, _text_hash(article.text))
        return None if existing is None else existing[0]

    def get(self, article_id: int) -> Article:
        """Return a kept article exactly as it was added."""
        with self._read() as db:
            row = db.execute("SELECT article FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise _missing(article_id)
        return _decode_article(row[0])

    def entry(self, article_id: int) -> LibraryEntry:
        """Return what the library knows about one article."""
        with self._read() as db:
            row = db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
        if row is None:
            raise _missing(article_id)
        return _entry(row)

    def entries(self, sort: SortKey = "added", descending: bool = True) -> list[LibraryEntry]:
        """Return every article, sorted by one of `SortKey`."""
        if sort not in _SORT_COLUMNS:
            raise LibraryError("Cannot sort the library by {sort}.", sort=repr(sort))
        order = "DESC" if descending else "ASC"
        with self._read() as db:
            rows = db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM articles"
                f" ORDER BY {_SORT_COLUMNS[sort]} {order}, id {order}"
            ).fetchall()
        return [_entry(row) for row in rows]

    def __len__(self) -> int:
        with self._read() as db:
            count: int = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        return count

    def search(self, query: str, limit: int = 50) -> list[LibraryEntry]:
        """Return the articles whose title or text hold every word of `query`, best first.

        Case and accents do not matter ("etats" finds "États"); each word also
        finds longer words it begins ("jard" finds "jardin"); "a phrase in quotes"
        must appear as it is. Any text is a valid query: operators and
        punctuation are taken as plain words or ignored.
        """
        expression = fts_query(query)
        if not expression:
            return []
        # The line of context is found here rather than by FTS5's snippet(),
        # whose cost grows with the square of the matches in a document: one
        # 925 KB article searched for "the" took 30 s, under the library lock.
        with self._read() as db:
            rows = db.execute(
                f"SELECT {_ENTRY_COLUMNS}, articles_fts.title, articles_fts.text"
                " FROM articles_fts JOIN articles ON articles.id = articles_fts.rowid"
                " WHERE articles_fts MATCH ?"
                f" ORDER BY bm25(articles_fts, {TITLE_WEIGHT}, 1.0) LIMIT ?",
                (expression, max(0, limit)),
            ).fetchall()
        prefixes = query_prefixes(query)
        found = []
        for row in rows:
            line, matches = snippet(row[-1] or "", prefixes)
            if not line:  # the match is in the title only
                line, matches = snippet(row[-2] or "", prefixes)
            entry = _entry(row[:-2])
            found.append(dataclasses.replace(entry, snippet=line, matches=matches))
        return found

    def remove(self, article_id: int) -> None:
        """Forget an article."""
        with self._write() as db:
            if db.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount == 0:
                raise _missing(article_id)
            db.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))

    def mark_opened(self, article_id: int) -> None:
        """Record that the reader opened an article now."""
        self._update(article_id, "opened = ?", (_now(),))

    def set_position(self, article_id: int, position: ReadingPosition) -> None:
        """Remember where the reader is in an article."""
        fraction = min(1.0, max(0.0, position.fraction))
        self._update(
            article_id,
            "position_offset = ?, position_fraction = ?",
            (max(0, position.offset), fraction),
        )

    def position(self, article_id: int) -> ReadingPosition:
        """Return where the reader left an article (its start if never read)."""
        return self.entry(article_id).position

    # Internals

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._db is None:
                raise LibraryError("The library is closed.")
            try:
                yield self._db
            except sqlite3.DatabaseError as error:
                raise _database_error(self.path, error) from error

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self._read() as db:
            # IMMEDIATE takes the write lock now, so the transaction cannot fail
            # half-way because another connection started writing meanwhile.
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                # SQLite may have rolled back already (a full disk, say).
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def _update(self, article_id: int, assignments: str, values: tuple[object, ...]) -> None:
        with self._write() as db:
            cursor = db.execute(
                f"UPDATE articles SET {assignments} WHERE id = ?", (*values, article_id)
            )
            if cursor.rowcount == 0:
                raise _missing(article_id)

    @staticmethod
    def _find_same(
        db: sqlite3.Connection, source: str, text_hash: str
    ) -> tuple[int, str, int] | None:
        # A pasted text has no real source ("clipboard", ""): only its text can
        # tell that it is the same article.
        if _is_real_source(source):
            row = db.execute(
                "SELECT id, text_hash, position_offset FROM articles WHERE source = ?"
                " ORDER BY id LIMIT 1",
                (source,),
            ).fetchone()
            if row is not None:
                return int(row[0]), str(row[1]), int(row[2])
        row = db.execute(
            "SELECT id, text_hash, position_offset FROM articles WHERE text_hash = ?"
            " ORDER BY id LIMIT 1",
            (text_hash,),
        ).fetchone()
        return None if row is None else (int(row[0]), str(row[1]), int(row[2]))


_ENTRY_COLUMNS = ", ".join(
    f"articles.{name}"
    for name in (
        "id",
        "title",
        "source",
        "byline",
        "site",
        "language",
        "words",
        "added",
        "opened",
        "position_offset",
        "position_fraction",
    )
)


def _entry(row: tuple[Any, ...]) -> LibraryEntry:
    (article_id, title, source, byline, site, language, words, added, opened, offset, fraction) = (
        row
    )
    return LibraryEntry(
        id=article_id,
        title=title,
        source=source,
        byline=byline,
        site=site,
        language=language,
        words=words,
        added=datetime.fromisoformat(added),
        opened=datetime.fromisoformat(opened) if opened else None,
        position=ReadingPosition(offset, fraction),
    )


# --- Opening, checking, recovering ------------------------------------------


class _Corrupt(Exception):
    """The file is not a readable SQLite database."""


def _connect(path: Path) -> sqlite3.Connection:
    try:
        # Autocommit: transactions are explicit (`Library._write`). The
        # connection is shared by threads under `Library._lock`.
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise LibraryError(
            "Cannot open the library {path}: {reason}", path=path, reason=sqlite_reason(error)
        ) from None
    try:
        _configure(db)
        _check(db)
        _migrate(db, path)
    except sqlite3.DatabaseError as error:
        db.close()
        if is_corruption(error):
            raise _Corrupt(str(error)) from error
        raise LibraryError(
            "Cannot open the library {path}: {reason}", path=path, reason=sqlite_reason(error)
        ) from None
    except BaseException:
        db.close()
        raise
    return db


def _configure(db: sqlite3.Connection) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    # Also the first read of the file: a file that is not a database fails here.
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        log.warning("library: journal mode is %s, not WAL", mode)
    # In WAL mode NORMAL never loses a committed transaction when the process
    # dies; only a power cut can cost the last ones, and it saves an fsync per write.
    db.execute("PRAGMA synchronous = NORMAL")
    db.create_collation("lisible_fold", compare_folded)


def _check(db: sqlite3.Connection) -> None:
    # quick_check reads every page but skips index-content checks: about a
    # millisecond per megabyte, and it catches torn or overwritten pages.
    problems = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise _Corrupt("; ".join(str(p) for p in problems[:3]))


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise LibraryError(
            "The library {path} was written by a newer version of Lisible"
            " (format {version}, this one reads up to {readable}).",
            path=path,
            version=version,
            readable=SCHEMA_VERSION,
        )
    for number in range(version, SCHEMA_VERSION):
        db.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        log.info("library: upgraded %s to format %d", path, number + 1)


def _move_aside(path: Path) -> Path:
    try:
        return move_aside(path)
    except OSError as error:
        raise LibraryError(
            "The library {path} is damaged and cannot be moved aside: {reason}",
            path=path,
            reason=os_reason(error),
        ) from None


def _database_error(path: Path, error: sqlite3.DatabaseError) -> LibraryError:
    if is_corruption(error):
        return LibraryError(
            "The library {path} is damaged ({reason}); restart Lisible to start a fresh one.",
            path=path,
            reason=sqlite_reason(error),
        )
    return LibraryError(
        "The library could not be read or written: {reason}", reason=sqlite_reason(error)
    )


def _missing(article_id: int) -> LibraryError:
    return LibraryError("There is no article {article_id} in the library.", article_id=article_id)


def _decode_article(stored: str) -> Article:
    try:
        return from_json(Article, stored)
    except (ValueError, TypeError, KeyError) as error:
        # The decoder's words ("Expecting ',' delimiter: line 1 column 12") are for `--verbose`.
        log.info("a stored article cannot be decoded: %s", error)
        raise LibraryError(
            "An article in the library is unreadable: {reason}", reason=_stored_reason(error)
        ) from None


def _stored_reason(error: Exception) -> Phrase:
    if isinstance(error, json.JSONDecodeError):
        return Phrase("its stored copy is damaged")
    # Valid JSON that is not an article: fields missing or of the wrong kind.
    return Phrase("its stored copy is damaged or was written by another version of Lisible")


# --- Small helpers ----------------------------------------------------------


def _storable(article: Article) -> Article:
    """Return the article with a source SQLite can store.

    A file name that is not UTF-8 reaches Python with lone surrogates, which
    no database text can hold; its bytes are kept visible as escapes instead
    (`caf\\xe9.html`).
    """
    if not any("\udc80" <= char <= "\udcff" for char in article.source):
        return article
    source = os.fsencode(article.source).decode("utf-8", "backslashreplace")
    return dataclasses.replace(article, source=source)


def _text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _is_real_source(source: str) -> bool:
    return bool(_URL.match(source)) or Path(source).is_absolute()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")
