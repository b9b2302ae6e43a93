"""The library against real SQLite files: keeping, finding, upgrading, recovering."""

from __future__ import annotations

import http.server
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import fields, replace
from pathlib import Path

import pytest

from reader import library as library_module
from reader.article import Article, ArticleBuilder, BlockKind, SourceFormat
from reader.library import (
    SCHEMA_VERSION,
    Library,
    LibraryError,
    ReadingPosition,
)
from reader.library_search import fts_query
from reader.paths import library_path, sample_article
from reader.pipeline import article_from_path


def make_article(
    title: str,
    paragraphs: list[str],
    source: str = "/articles/a.html",
    language: str | None = "fr",
    site: str | None = "Le Quotidien",
) -> Article:
    builder = ArticleBuilder()
    for paragraph in paragraphs:
        builder.add(BlockKind.PARAGRAPH, paragraph)
    return Article(
        title=title,
        text=builder.text,
        blocks=tuple(builder.blocks),
        source=source,
        source_format=SourceFormat.HTML,
        byline="Camille Martin",
        site=site,
        language=language,
    )


def every_kind() -> Article:
    builder = ArticleBuilder()
    builder.add(BlockKind.HEADING, "Les États généraux", level=2)
    builder.add(BlockKind.PARAGRAPH, "Un paragraphe avec « guillemets », emoji 🚋 et\u00a0espace.")
    builder.add(BlockKind.LIST_ITEM, "premier", level=1, ordered=True)
    builder.add(BlockKind.LIST_ITEM, "imbriqué", level=2)
    builder.add(BlockKind.QUOTE, "Une citation\nsur deux lignes")
    builder.add(BlockKind.CODE, 'print("bonjour")\n    return 0')
    builder.add(BlockKind.FIGURE, "Une légende")
    builder.add(BlockKind.TABLE_ROW, "Ville\tHabitants")
    return Article(
        title="Tout un article",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source="https://exemple.fr/article?id=3&x=é",
        source_format=SourceFormat.MARKDOWN,
        byline=None,
        date="2025-04-14",
        site="exemple.fr",
        language="fr",
        removed=("Partager sur Facebook", "Newsletter"),
    )


ETATS = make_article(
    "Les États-Unis et l’Europe",
    [
        "Les ÉTATS membres ont voté. Le Conseil d’État rendra son avis en décembre.",
        "Une phrase sur le jardinage urbain et les jardins partagés.",
    ],
    source="/articles/etats.html",
)
LIGHTHOUSE = make_article(
    "The last lighthouse keepers",
    ["Lighthouse keepers were replaced by automation in the 1990s.", "Keeping watch at night."],
    source="https://example.com/lighthouse",
    language="en",
    site="Coastal Review",
)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


def test_default_file_is_in_the_data_folder(lisible_home: Path) -> None:
    with Library.open() as lib:
        assert lib.path == library_path() == lisible_home / "data" / "library.sqlite3"
        lib.add(ETATS)
    assert library_path().is_file()


def test_round_trip_of_an_article_with_every_block_kind(library: Library) -> None:
    article = every_kind()
    article_id = library.add(article)
    back = library.get(article_id)
    assert back == article
    # `removed` does not take part in ==; it must come back too.
    assert back.removed == article.removed
    assert {b.kind for b in back.blocks} == set(BlockKind)
    assert isinstance(back.blocks[0].kind, BlockKind)
    assert back.source_format is SourceFormat.MARKDOWN


def test_round_trip_of_a_real_cleaned_article(library: Library) -> None:
    article = article_from_path(sample_article())
    assert library.get(library.add(article)) == article


def test_round_trip_of_a_very_long_article(library: Library) -> None:
    # Long articles are encoded a thousand blocks at a time (the window keeps
    # breathing while the library saves); the pieces must join exactly.
    paragraphs = [f'Paragraphe {n} : « {"é" * (n % 7)} »\t\\ "fin".' for n in range(2_345)]
    article = make_article("Un très long article", paragraphs)
    back = library.get(library.add(article))
    assert back == article
    assert [back.block_text(block) for block in back.blocks] == paragraphs


def test_new_fields_survive(library: Library) -> None:
    """Fields added to Article later are stored without changes to the library."""
    article_id = library.add(ETATS)
    row = library._db.execute(  # type: ignore[union-attr]
        "SELECT article FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    data = json.loads(row[0])
    assert set(data) == {f.name for f in fields(Article)}
    # A field the stored JSON lacks takes its default; an unknown one is ignored.
    del data["removed"]
    data["from_the_future"] = 42
    library._db.execute(  # type: ignore[union-attr]
        "UPDATE articles SET article = ? WHERE id = ?", (json.dumps(data), article_id)
    )
    assert library.get(article_id) == ETATS


def test_a_damaged_stored_article_is_a_readers_sentence(library: Library) -> None:
    article_id = library.add(ETATS)
    row = library._db.execute(  # type: ignore[union-attr]
        "SELECT article FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    # Cut in the middle, as a half-written row would be: json says "Unterminated string…".
    library._db.execute(  # type: ignore[union-attr]
        "UPDATE articles SET article = ? WHERE id = ?", (row[0][: len(row[0]) // 2], article_id)
    )
    with pytest.raises(LibraryError) as caught:
        library.get(article_id)
    assert (
        str(caught.value) == "An article in the library is unreadable: its stored copy is damaged"
    )
    # Valid JSON without an article's fields ("Article.title is missing").
    library._db.execute(  # type: ignore[union-attr]
        "UPDATE articles SET article = ? WHERE id = ?", ('{"text": ""}', article_id)
    )
    with pytest.raises(LibraryError) as caught:
        library.get(article_id)
    assert str(caught.value) == (
        "An article in the library is unreadable:"
        " its stored copy is damaged or was written by another version of Lisible"
    )


def test_entry_metadata(library: Library) -> None:
    article_id = library.add(ETATS)
    entry = library.entry(article_id)
    assert entry.title == ETATS.title
    assert entry.source == "/articles/etats.html"
    assert (entry.byline, entry.site, entry.language) == ("Camille Martin", "Le Quotidien", "fr")
    assert entry.words == ETATS.word_count
    assert entry.opened is None
    assert entry.added.tzinfo is not None
    library.mark_opened(article_id)
    opened = library.entry(article_id).opened
    assert opened is not None
    assert opened >= entry.added


def test_same_source_is_one_entry_updated(library: Library) -> None:
    first = library.add(ETATS)
    library.set_position(first, ReadingPosition(40, 0.3))
    updated = replace(ETATS, title="Les États-Unis et l’Europe (mis à jour)")
    assert library.add(updated, opened=True) == first
    assert len(library) == 1
    entry = library.entry(first)
    assert entry.title == "Les États-Unis et l’Europe (mis à jour)"
    assert entry.opened is not None
    # Same text: the position still holds.
    assert library.position(first) == ReadingPosition(40, 0.3)
    assert [e.id for e in library.search("mis à jour")] == [first]


def test_changed_text_replaces_the_old_one(library: Library) -> None:
    article_id = library.add(ETATS)
    library.set_position(article_id, ReadingPosition(10_000, 0.9))
    shorter = make_article("Les États-Unis", ["Un texte plus court."], source=ETATS.source)
    assert library.add(shorter) == article_id
    assert library.get(article_id) == shorter
    assert library.position(article_id).offset <= len(shorter.text)
    assert library.search("jardinage") == []


def test_same_text_from_elsewhere_is_one_entry(library: Library) -> None:
    first = library.add(ETATS)
    moved = replace(ETATS, source="/elsewhere/copie.html")
    assert library.add(moved) == first
    assert library.entry(first).source == "/elsewhere/copie.html"


def test_pastes_are_told_apart_by_text(library: Library) -> None:
    one = make_article("Note", ["Premier texte collé."], source="clipboard")
    two = make_article("Note", ["Second texte collé, tout autre."], source="clipboard")
    assert library.add(one) != library.add(two)
    assert len(library) == 2
    assert library.add(one) == 1


def test_entries_sorted(library: Library) -> None:
    library.add(make_article("zèbre", ["a b"], source="/z.html", site="Beta"))
    library.add(make_article("Éléphant", ["c d"], source="/e.html", site="alpha"))
    library.add(make_article("avion", ["e f"], source="/a.html", site=None))
    titles = [e.title for e in library.entries("title", descending=False)]
    # Case and accents do not decide the order.
    assert titles == ["avion", "Éléphant", "zèbre"]
    assert [e.title for e in library.entries("added")] == ["avion", "Éléphant", "zèbre"]
    assert [e.site for e in library.entries("site", descending=False)] == [None, "alpha", "Beta"]
    library.mark_opened(2)
    assert library.entries("opened")[0].title == "Éléphant"
    with pytest.raises(LibraryError):
        library.entries("id; DROP TABLE articles")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "query",
    ["etats", "ÉTATS", "États", "Etats", "états-unis", "etat", "conseil d'etat", "CONSEIL D’ÉTAT"],
)
def test_search_ignores_case_and_accents_and_finds_prefixes(library: Library, query: str) -> None:
    etats = library.add(ETATS)
    library.add(LIGHTHOUSE)
    assert [e.id for e in library.search(query)] == [etats]


def test_search_in_english_and_by_prefix(library: Library) -> None:
    library.add(ETATS)
    lighthouse = library.add(LIGHTHOUSE)
    assert [e.id for e in library.search("LIGHTHOUSE")] == [lighthouse]
    assert [e.id for e in library.search("autom")] == [lighthouse]
    assert [e.id for e in library.search("keep night")] == [lighthouse]
    # Every word must be found.
    assert library.search("lighthouse jardin") == []
    assert library.search("automobile") == []


def test_search_phrase_in_quotes(library: Library) -> None:
    etats = library.add(ETATS)
    assert [e.id for e in library.search('"jardins partagés"')] == [etats]
    assert library.search('"partagés jardins"') == []


def test_search_snippet_marks_the_matches(library: Library) -> None:
    library.add(ETATS)
    (entry,) = library.search("jardinage")
    assert "\n" not in entry.snippet
    assert [entry.snippet[a:b] for a, b in entry.matches] == ["jardinage"]
    (entry,) = library.search("etats")
    assert {entry.snippet[a:b].casefold() for a, b in entry.matches} == {"états"}


def test_search_ranks_title_matches_first(library: Library) -> None:
    in_text = library.add(make_article("Autre chose", ["On parle ici de tramway."], "/t.html"))
    in_title = library.add(make_article("Le tramway", ["Un texte sans le mot."], "/u.html"))
    assert [e.id for e in library.search("tramway")] == [in_title, in_text]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"""',
        'états"unis',
        "-",
        "-etats",
        "etats -",
        "NOT",
        "etats NOT",
        "AND OR NEAR",
        "NEAR(etats",
        "etats*",
        "*",
        "^etats",
        "title:etats",
        "text : etats",
        "(etats",
        "etats)",
        "{title}: x",
        "'; DROP TABLE articles; --",
        "\\",
        "\x00",
        "🚋",
        "",
        "   ",
        "e" * 5000,
    ],
)
def test_hostile_queries_never_raise(library: Library, query: str) -> None:
    etats = library.add(ETATS)
    results = library.search(query)
    assert all(e.id == etats for e in results)
    assert len(library) == 1


def test_operator_words_are_plain_words(library: Library) -> None:
    with_not = library.add(make_article("Note", ["This is NOT a drill, and near the end."]))
    library.add(LIGHTHOUSE)
    assert [e.id for e in library.search("not near")] == [with_not]
    assert fts_query('a "b c" -d NOT') == '"a"* "b c"* "d"* "NOT"*'
    assert fts_query("-- ** ()") == ""


def test_remove(library: Library) -> None:
    etats = library.add(ETATS)
    lighthouse = library.add(LIGHTHOUSE)
    library.remove(etats)
    assert [e.id for e in library.entries()] == [lighthouse]
    assert library.search("etats") == []
    with pytest.raises(LibraryError, match="no article"):
        library.get(etats)
    with pytest.raises(LibraryError, match="no article"):
        library.remove(etats)


def test_positions(library: Library) -> None:
    article_id = library.add(ETATS)
    assert library.position(article_id) == ReadingPosition(0, 0.0)
    library.set_position(article_id, ReadingPosition(57, 0.42))
    assert library.position(article_id) == ReadingPosition(57, 0.42)
    library.set_position(article_id, ReadingPosition(-3, 7.0))
    assert library.position(article_id) == ReadingPosition(0, 1.0)
    with pytest.raises(LibraryError):
        library.set_position(999, ReadingPosition(1, 0.1))


def test_kept_across_reopening(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library.open(path) as lib:
        article_id = lib.add(ETATS)
        lib.set_position(article_id, ReadingPosition(12, 0.1))
    with Library.open(path) as lib:
        assert lib.get(article_id) == ETATS
        assert lib.position(article_id) == ReadingPosition(12, 0.1)
        assert lib.recovered_from is None
        mode = lib._db.execute("PRAGMA journal_mode").fetchone()[0]  # type: ignore[union-attr]
        assert mode == "wal"
        assert lib._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # type: ignore[union-attr]


def test_closed_library_says_so(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib.sqlite3")
    lib.close()
    with pytest.raises(LibraryError, match="closed"):
        lib.entries()


# --- Migrations ---------------------------------------------------------------

V1_SCHEMA = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL, text_hash TEXT NOT NULL,
    title TEXT NOT NULL, byline TEXT, site TEXT, language TEXT, article TEXT NOT NULL,
    added TEXT NOT NULL, opened TEXT,
    position_offset INTEGER NOT NULL DEFAULT 0, position_fraction REAL NOT NULL DEFAULT 0
);
CREATE INDEX articles_source ON articles (source);
CREATE INDEX articles_text_hash ON articles (text_hash);
CREATE TABLE results (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    kind TEXT NOT NULL, key TEXT NOT NULL, payload TEXT NOT NULL, saved TEXT NOT NULL,
    PRIMARY KEY (article_id, kind, key)
);
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, tokenize = "unicode61 remove_diacritics 2"
);
PRAGMA user_version = 1;
"""


def test_a_version_1_library_opens_and_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(V1_SCHEMA)
    text = "Le tramway revient dans les villes moyennes.\n\nDix villes l'ont voté."
    stored = {
        "title": "Des tramways",
        "text": text,
        "blocks": [
            {"kind": "paragraph", "start": 0, "end": 44, "level": 0, "ordered": False},
            {"kind": "paragraph", "start": 46, "end": 68, "level": 0, "ordered": False},
        ],
        "source": "/old/tram.txt",
        "source_format": "text",
        "byline": None,
        "date": None,
        "site": None,
        "language": "fr",
        "removed": [],
    }
    old.execute(
        "INSERT INTO articles (id, source, text_hash, title, language, article, added, opened,"
        " position_offset, position_fraction) VALUES (7, '/old/tram.txt', 'x', 'Des tramways',"
        " 'fr', ?, '2024-01-02T03:04:05.000000+00:00', NULL, 46, 0.5)",
        (json.dumps(stored),),
    )
    old.execute(
        "INSERT INTO articles_fts (rowid, title, text) VALUES (7, 'Des tramways', ?)", (text,)
    )
    old.execute(
        "INSERT INTO results VALUES (7, 'entities', 'fr', '[]', '2024-01-02T03:04:05+00:00')"
    )
    old.commit()
    old.close()

    with Library.open(path) as lib:
        assert lib._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION  # type: ignore[union-attr]
        (entry,) = lib.entries("opened")
        assert entry.id == 7
        assert entry.words == 11  # backfilled by the version 2 step
        assert entry.added.year == 2024
        assert entry.position == ReadingPosition(46, 0.5)
        article = lib.get(7)
        assert article.text == text
        assert article.block_text(article.blocks[1]) == "Dix villes l'ont voté."
        assert [e.id for e in lib.search("tramway")] == [7]
        assert lib.add(make_article("Neuf", ["Nouveau texte."], "/new.txt")) == 8


def test_a_library_from_a_newer_version_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(LibraryError, match="newer version"):
        Library.open(path)
    assert path.is_file()
    assert list(tmp_path.iterdir()) == [path]


# --- Damage and concurrency --------------------------------------------------


def test_a_file_that_is_not_a_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    garbage = b"this is not a database at all\n" * 200
    path.write_bytes(garbage)
    with Library.open(path) as lib:
        backup = lib.recovered_from
        assert backup is not None
        assert backup.parent == tmp_path
        assert backup.name.startswith("library.sqlite3.corrupt-")
        assert backup.read_bytes() == garbage
        assert len(lib) == 0
        lib.add(ETATS)
    with Library.open(path) as lib:
        assert lib.recovered_from is None
        assert len(lib) == 1


def test_damaged_pages_are_detected(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as lib:
        for number in range(40):
            lib.add(make_article(f"Article {number}", [f"Texte {number} " * 300], f"/{number}"))
    data = bytearray(path.read_bytes())
    assert len(data) > 16 * 4096
    # Overwrite pages in the middle, keeping the header intact.
    data[8 * 4096 : 14 * 4096] = b"\xa5" * (6 * 4096)
    path.write_bytes(bytes(data))
    with Library.open(path) as lib:
        assert lib.recovered_from is not None
        assert lib.recovered_from.read_bytes() == bytes(data)
        assert lib.entries() == []


def test_readers_are_not_blocked_by_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as setup:
        setup.add(ETATS)
    writer = Library.open(path)
    reader = Library.open(path)
    in_transaction = threading.Event()
    release = threading.Event()
    errors: list[BaseException] = []

    def write_slowly() -> None:
        try:
            with writer._write() as db:
                db.execute("UPDATE articles SET title = 'pending' WHERE id = 1")
                in_transaction.set()
                # The reader runs while this write transaction is open.
                assert release.wait(10)
        except BaseException as error:
            errors.append(error)
            in_transaction.set()

    thread = threading.Thread(target=write_slowly)
    thread.start()
    assert in_transaction.wait(10)
    try:
        # Reads do not wait for the writer, and see the last committed state.
        assert [e.title for e in reader.entries()] == [ETATS.title]
        assert [e.id for e in reader.search("etats")] == [1]
        assert reader.get(1) == ETATS
    finally:
        release.set()
        thread.join(10)
    assert not errors
    assert reader.entry(1).title == "pending"
    writer.close()
    reader.close()


def test_one_library_shared_by_threads(library: Library) -> None:
    errors: list[BaseException] = []

    def add_some(start: int) -> None:
        try:
            for number in range(start, start + 20):
                library.add(make_article(f"T{number}", [f"texte {number}"], f"/t/{number}"))
                library.search("texte")
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=add_some, args=(n * 100,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    assert len(library) == 80


KILL_AFTER_WRITE = """
import os, sys
from reader.library import Library, ReadingPosition
from reader.article import Article, Block, BlockKind, SourceFormat
lib = Library.open(sys.argv[1])
text = "Un article gardé avant la fin brutale du processus."
article = Article("Gardé", text, (Block(BlockKind.PARAGRAPH, 0, len(text)),), "/kill.txt",
                  SourceFormat.TEXT)
article_id = lib.add(article)
lib.set_position(article_id, ReadingPosition(3, 0.25))
print(article_id, flush=True)
os._exit(9)  # no close, no checkpoint: as if killed
"""


def test_a_killed_process_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    result = subprocess.run(
        [sys.executable, "-c", KILL_AFTER_WRITE, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 9, result.stderr
    article_id = int(result.stdout)
    with Library.open(path) as lib:
        assert lib.recovered_from is None
        assert lib.get(article_id).title == "Gardé"
        assert lib.position(article_id) == ReadingPosition(3, 0.25)


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """Return a connection that keeps `path` locked for writing until it is closed."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    return holder


def test_a_library_another_program_is_writing_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_module, "BUSY_TIMEOUT_MS", 0)  # not 5 s of waiting
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as lib:
        holder = hold_write_lock(path)
        try:
            with pytest.raises(LibraryError) as raised:
                lib.add(make_article("Verrou", ["Un paragraphe."]))
        finally:
            holder.close()
        assert lib.entries() == []
    assert str(raised.value) == (
        "The library could not be read or written: "
        "the database is locked (another program is using it)"
    )


def test_a_folder_in_the_way_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "library.sqlite3").mkdir()
    with pytest.raises(LibraryError, match="folder"):
        Library.open(tmp_path / "library.sqlite3")


# --- The CLI, as a user runs it ----------------------------------------------


def lisible(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LISIBLE_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "reader", "library", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def test_cli_add_list_search_show_remove(lisible_home: Path, tmp_path: Path) -> None:
    added = lisible(lisible_home, "add", str(sample_article()), "--format", "json")
    assert added.returncode == 0, added.stderr
    sample = json.loads(added.stdout)
    assert sample["title"] == "À Lyon, un jardin partagé nourrit tout un quartier"
    note = tmp_path / "note.txt"
    note.write_text(
        "Les trains de nuit\n\nLe train de nuit revient entre Paris et Nice, chaque soir.\n",
        encoding="utf-8",
    )
    added = lisible(lisible_home, "add", str(note))
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Kept as article 2: ")
    # The same file again is the same entry.
    assert lisible(lisible_home, "add", str(note)).stdout.startswith("Kept as article 2: ")

    listed = lisible(lisible_home, "list", "--format", "json")
    assert [e["id"] for e in json.loads(listed.stdout)] == [2, 1]
    text = lisible(lisible_home, "list", "--sort", "title", "--ascending").stdout.splitlines()
    assert text[0].startswith("1  ") and "La Gazette des Pentes" in text[0]
    assert text[1].startswith("2  ")

    found = lisible(lisible_home, "search", "JARDINIERS partagees", "--format", "json")
    assert found.returncode == 0, found.stderr
    (hit,) = json.loads(found.stdout)
    assert hit["id"] == 1
    assert [hit["snippet"][a:b].casefold() for a, b in hit["matches"]] == [
        "partagées",
        "jardiniers",
    ]
    found = lisible(lisible_home, "search", "nuit")
    assert found.stdout.splitlines()[0].startswith("2  ")
    assert "*nuit*" in found.stdout
    hostile = lisible(lisible_home, "search", '"NOT -nuit* OR (')
    assert hostile.returncode == 0, hostile.stderr

    note.unlink()
    shown = lisible(lisible_home, "show", "2", "--format", "json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["library"]["source"] == str(note)
    assert "Paris et Nice" in data["text"]
    assert "Paris et Nice" in lisible(lisible_home, "show", "2", "--format", "markdown").stdout

    removed = lisible(lisible_home, "remove", "2")
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout == "Removed article 2: Les trains de nuit\n"
    again = lisible(lisible_home, "remove", "2")
    assert again.returncode == 1
    assert again.stderr.strip() == "python -m reader: There is no article 2 in the library."
    assert [e["id"] for e in json.loads(lisible(lisible_home, "list", "-f", "json").stdout)] == [1]


def test_cli_bad_input_is_one_line(lisible_home: Path, tmp_path: Path) -> None:
    empty = lisible(lisible_home, "list")
    assert empty.returncode == 0
    assert empty.stderr.strip() == "The library is empty."
    missing = lisible(lisible_home, "add", str(tmp_path / "nowhere.html"))
    assert missing.returncode == 1
    assert len(missing.stderr.strip().splitlines()) == 1
    assert lisible(lisible_home, "show", "0").returncode == 2
    assert lisible(lisible_home, "show", "x").returncode == 2


def test_cli_reports_a_damaged_library(lisible_home: Path) -> None:
    library_path().parent.mkdir(parents=True)
    library_path().write_bytes(b"\x00garbage" * 1000)
    listed = lisible(lisible_home, "list", "--format", "json")
    assert listed.returncode == 0
    assert json.loads(listed.stdout) == []
    assert "damaged" in listed.stderr
    assert "library.sqlite3.corrupt-" in listed.stderr


class _Page(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = (
            "<html lang='fr'><head><title>Le port de Marseille</title></head><body><article>"
            "<h1>Le port de Marseille</h1>"
            + "<p>Les dockers du port de Marseille chargent les cargos depuis l’aube.</p>" * 6
            + "</article></body></html>"
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_cli_add_a_url(lisible_home: Path) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/port.html"
        added = lisible(lisible_home, "add", url, "--format", "json")
    finally:
        server.shutdown()
        server.server_close()
    assert added.returncode == 0, added.stderr
    entry = json.loads(added.stdout)
    assert entry["title"] == "Le port de Marseille"
    assert entry["source"] == url
    found = lisible(lisible_home, "search", "docker", "--format", "json")
    assert [e["id"] for e in json.loads(found.stdout)] == [entry["id"]]


def test_search_over_a_long_read_full_of_matches_is_quick(library: Library) -> None:
    # A 900 KB article where the searched words occur 180,000 times: FTS5's
    # snippet() took 30 s on it (quadratic in the matches of a document).
    paragraphs = ["The bread of the town is baked at night, the bakers say."] * 16_000
    library.add(make_article("A long read", paragraphs, "/long.html"))
    started = time.monotonic()
    (entry,) = library.search("the")
    (phrase,) = library.search('"the bread"')
    assert time.monotonic() - started < 3
    assert entry.snippet.startswith("The bread of the town")
    assert [entry.snippet[a:b] for a, b in entry.matches][:2] == ["The", "the"]
    assert [phrase.snippet[a:b] for a, b in phrase.matches][:2] == ["The", "bread"]


def test_a_title_only_match_shows_the_title(library: Library) -> None:
    library.add(make_article("Le tramway revient", ["Un texte sans le mot cherché."], "/t.html"))
    (entry,) = library.search("tram")
    assert entry.snippet == "Le tramway revient"
    assert [entry.snippet[a:b] for a, b in entry.matches] == ["tramway"]
