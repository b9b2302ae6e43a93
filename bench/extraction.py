"""Article-body extraction: Lisible next to readability-lxml and trafilatura, in one run.

Scores each extractor on a benchmark laid out like Zyte's public
article-extraction-benchmark (github.com/scrapinghub/article-extraction-benchmark):

    DATASET_DIR/html/<id>.html.gz (or .html)   the pages, UTF-8
    DATASET_DIR/ground-truth.json               {"<id>": {"articleBody": ..., "url": ...}}

The metric is that benchmark's: tokens are runs of word characters, compared
as multisets of 4-token shingles per page; precision and recall are averaged
over pages and F1 is the harmonic mean of the two averages. Lisible is scored
on its main text (`reader.html_cleaning.main_text`: every block but figure
captions, which the annotation leaves out); "Lisible, all blocks" scores the
whole `Article.text` for comparison. Pages are run through every extractor in
turn, so that the speeds compare under the same load.

    .venv/bin/python bench/extraction.py DATASET_DIR [--limit N]

readability-lxml's text is taken with html-text when it is installed (as the
benchmark's own tooling does), else with lxml. trafilatura is scored when
installed (`pip install -e '.[bench]'`), with its defaults and favor_precision.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

Extractor = Callable[[str, str | None], str]
_TOKEN = re.compile(r"\w+")
#: The benchmark's shingle size.
SHINGLE = 4


@dataclass
class Score:
    """Running totals of one extractor over the pages."""

    name: str
    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    seconds: float = 0.0
    pages: int = 0
    empty: int = 0
    failures: int = 0

    def add(self, truth: str, predicted: str, seconds: float) -> None:
        """Count one page."""
        self.pages += 1
        self.seconds += seconds
        expected, got = shingles(truth), shingles(predicted)
        if not got:
            self.empty += 1
        common = sum((expected & got).values())
        if got:
            self.precisions.append(common / sum(got.values()))
        if expected:
            self.recalls.append(common / sum(expected.values()))

    @property
    def precision(self) -> float:
        """Mean precision over the pages with a prediction."""
        return sum(self.precisions) / len(self.precisions) if self.precisions else 0.0

    @property
    def recall(self) -> float:
        """Mean recall over the pages with a ground truth."""
        return sum(self.recalls) / len(self.recalls) if self.recalls else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of the mean precision and the mean recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speed(self) -> float:
        """Pages per second of extraction time."""
        return self.pages / self.seconds if self.seconds else 0.0


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Return the multiset of 4-token windows of a text (one shingle if shorter)."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def extractors() -> dict[str, Extractor]:
    """Return the extractors available here, Lisible first."""
    from reader.html_cleaning import extract_article, main_text

    found: dict[str, Extractor] = {
        "Lisible": lambda html, url: main_text(extract_article(html, url)),
        "Lisible, all blocks": lambda html, url: extract_article(html, url).text,
        "readability-lxml": _readability(),
    }
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed: pip install -e '.[bench]' to compare with it.")
    else:

        def default(html: str, url: str | None) -> str:
            return trafilatura.extract(html, url=url, include_comments=False) or ""

        def precise(html: str, url: str | None) -> str:
            return (
                trafilatura.extract(html, url=url, include_comments=False, favor_precision=True)
                or ""
            )

        found["trafilatura"] = default
        found["trafilatura (favor_precision)"] = precise
    return found


def _readability() -> Extractor:
    from readability import Document

    try:
        from html_text import extract_text
    except ImportError:
        import lxml.html

        def extract_text(fragment: str) -> str:
            return str(lxml.html.fragment_fromstring(fragment, create_parent="div").text_content())

    def run(html: str, url: str | None) -> str:
        return str(extract_text(Document(html).summary(html_partial=True)))

    return run


def pages(dataset: Path) -> list[tuple[str, str, str | None, str]]:
    """Return (id, html, url, expected text) for every page with a ground truth."""
    truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    found = []
    for path in sorted((dataset / "html").iterdir()):
        page_id = path.name.split(".")[0]
        if page_id not in truth:
            continue
        data = path.read_bytes()
        if path.name.endswith(".gz"):
            data = gzip.decompress(data)
        expected = truth[page_id]
        found.append(
            (page_id, data.decode("utf-8", "replace"), expected.get("url"), expected["articleBody"])
        )
    return found


def main(argv: list[str] | None = None) -> int:
    """Score every extractor and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path, help="folder with html/ and ground-truth.json")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    args = parser.parse_args(argv)
    if not (args.dataset / "ground-truth.json").is_file():
        print(f"{args.dataset} has no ground-truth.json", file=sys.stderr)
        return 1
    todo = pages(args.dataset)[: args.limit]
    runners = extractors()
    scores = {name: Score(name) for name in runners}
    for _page_id, html, url, expected in todo:
        for name, run in runners.items():
            start = time.perf_counter()
            try:
                predicted = run(html, url)
            except Exception:  # an extractor's crash counts as an empty output
                predicted = ""
                scores[name].failures += 1
            scores[name].add(expected, predicted, time.perf_counter() - start)
    reference = scores["readability-lxml"]
    print(f"{len(todo)} pages from {args.dataset}")
    print(f"{'extractor':<30} {'F1':>6} {'prec.':>6} {'recall':>6} {'pages/s':>8} "
          f"{'× speed':>8} {'empty':>6} {'errors':>6}")  # fmt: skip
    for score in scores.values():
        ratio = score.speed / reference.speed if reference.speed else 0.0
        print(
            f"{score.name:<30} {score.f1:>6.3f} {score.precision:>6.3f} {score.recall:>6.3f} "
            f"{score.speed:>8.1f} {ratio:>8.2f} {score.empty:>6} {score.failures:>6}"
        )
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
