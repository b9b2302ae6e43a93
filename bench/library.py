"""Speed of the library with many articles: open, list, search, get.

Fills a fresh library (in a temporary folder) with generated articles of
about a thousand words, French and English, then prints the time to open it
(schema check and integrity check included), to list every entry, to run
typical searches, and to load one article, each next to its target.

Targets are what a reader feels as instant: 100 ms for a reaction to a click
or a key (Nielsen's limit), so opening and listing under that, and a search
per keystroke well under it (50 ms) so results keep up with typing.

    .venv/bin/python bench/library.py [--articles 1000] [--runs 20]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader.article import Article, ArticleBuilder, BlockKind, SourceFormat
from reader.library import Library

TARGETS_MS = {
    "open": 100.0,
    "list (entries)": 100.0,
    "search": 50.0,
    "get one article": 20.0,
}

_FRENCH_WORDS = (
    "le la les des une un et est dans pour avec sur que qui pas plus tout comme mais "
    "ville région école hôpital budget débat États membres été conseil tramway jardin "
    "partagé quartier habitants élus réforme transport énergie forêt rivière marché "
    "travail santé éducation culture musée théâtre bibliothèque printemps hiver année"
)
FRENCH = tuple(_FRENCH_WORDS.split())
_ENGLISH_WORDS = (
    "the a of and to in is that for it with as on was by at this from or be are "
    "city council school hospital budget debate states members summer harbour ferry "
    "lighthouse keeper market night garden community energy forest river railway "
    "library museum theatre winter spring year people report government"
)
ENGLISH = tuple(_ENGLISH_WORDS.split())
QUERIES = (
    "etats",
    "États membres",
    "jard",
    "tramway quartier",
    '"conseil municipal"',
    "lighthouse",
    "ferry harbour",
    "zzz-nothing",
    "NOT -",
    "é",
)


def make_article(number: int, rng: random.Random) -> Article:
    french = number % 2 == 0
    words = FRENCH if french else ENGLISH
    builder = ArticleBuilder()
    for index in range(14):
        if index % 5 == 0:
            builder.add(BlockKind.HEADING, _sentence(rng, words, 5), level=2)
        else:
            builder.add(BlockKind.PARAGRAPH, " ".join(_sentence(rng, words, 14) for _ in range(5)))
    return Article(
        title=f"{_sentence(rng, words, 7).rstrip('.')} ({number})",
        text=builder.text,
        blocks=tuple(builder.blocks),
        source=f"/bench/articles/{number}.html",
        source_format=SourceFormat.HTML,
        byline="Camille Martin",
        site="Le Quotidien" if french else "The Daily",
        language="fr" if french else "en",
    )


def _sentence(rng: random.Random, words: tuple[str, ...], length: int) -> str:
    return " ".join(rng.choice(words) for _ in range(length)).capitalize() + "."


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(6)
    articles = [make_article(n, rng) for n in range(args.articles)]
    words = sum(a.word_count for a in articles) / len(articles)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.sqlite3"
        start = time.perf_counter()
        with Library.open(path) as library:
            for article in articles:
                library.add(article)
        insert_s = time.perf_counter() - start
        size_mb = path.stat().st_size / 1e6

        def open_close() -> None:
            Library.open(path).close()

        results: dict[str, list[float]] = {"open": timed(open_close, args.runs)}
        with Library.open(path) as library:
            results["list (entries)"] = timed(library.entries, args.runs)
            search_times: list[float] = []
            hits = {}
            per_query: dict[str, list[float]] = {}
            for query in QUERIES:
                times = timed(lambda q=query: library.search(q, limit=200), args.runs)
                search_times.extend(times)
                per_query[query] = times
                hits[query] = len(library.search(query, limit=200))
            results["search"] = search_times
            ids = [e.id for e in library.entries()]
            results["get one article"] = timed(lambda: library.get(rng.choice(ids)), args.runs)

    print(f"{args.articles} articles of ~{words:.0f} words; file {size_mb:.1f} MB")
    print(
        f"insert: {insert_s:.2f} s in all, {insert_s / args.articles * 1000:.2f} ms per article"
        " (one transaction each)"
    )
    print(f"{'':18} {'p50 ms':>8} {'max ms':>8} {'target':>8} {'p50/target':>11}")
    for name, times in results.items():
        p50 = statistics.median(times)
        target = TARGETS_MS[name]
        print(f"{name:18} {p50:8.2f} {max(times):8.2f} {target:8.0f} {p50 / target:11.2f}")
    print("search per query:")
    for query, times in per_query.items():
        print(
            f"  {query!r:22} p50 {statistics.median(times):6.2f} ms, max {max(times):6.2f} ms,"
            f" {hits[query]} hits"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
