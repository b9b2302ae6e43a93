"""Article extraction: Lisible next to readability-lxml and trafilatura, in one run.

Three data sets, each split into a tune half and a held-out half fixed in
`bench/extraction_splits.json` (rules are changed looking at the tune half
only; the held-out half is run to report):

- a benchmark laid out like Zyte's public article-extraction-benchmark
  (github.com/scrapinghub/article-extraction-benchmark)::

      DIR/html/<id>.html.gz (or .html)   the pages, UTF-8
      DIR/ground-truth.json               {"<id>": {"articleBody": ..., "url": ...}}

- Mozilla's Readability.js test pages, what Firefox Reader View shows::

      DIR/pages/<name>/source.html.gz, expected.html.gz, expected-metadata.json

  scored as agreement with Reader View: text F1 against the text of
  `expected.html`, and title and byline equal to `expected-metadata.json`
  (after collapsing white space and case); "repeat" counts the pages whose
  body opens with a heading that repeats the title (`--titles` lists the
  titles unlike Reader View's);
- the project's own annotated pages in `tests/data/html`, scored line by
  line as `tests/reader/test_extraction.py` does (their expected blocks are
  listed by kind, not in reading order).

The text metric is the benchmark's: tokens are runs of word characters,
compared as multisets of 4-token shingles per page; precision and recall are
averaged over pages and F1 is the harmonic mean of the two averages. Lisible
is scored on its main text (`reader.html_cleaning.main_text`: every block but
figure captions, which the annotations leave out) on the benchmark and its own
pages. Against Reader View it is scored on the text it shows, captions
included, as Reader View's own text includes them and the other extractors
are scored on all they give: a figure's caption counts, an image description
standing in for a picture does not (Reader View shows the picture). The line
"Lisible, captions not counted" scores its main text there too. Pages go
through every extractor in turn, so that the speeds compare under the same
load; speed is over all the pages of both halves.

    .venv/bin/python bench/extraction.py [--benchmark DIR] [--reader-view DIR]
                                         [--limit N] [--titles] [--second-opinion]

Without options the two shared folders beside the repository are used when
they are there. readability-lxml's text is taken with html-text when it is
installed (as the benchmark's own tooling does), else with lxml. trafilatura
is scored when installed (`pip install -e '.[bench]'`), with its defaults and
favor_precision. `--second-opinion` adds Lisible with readability-lxml, and
with trafilatura, filling the holes in its article (`holes`, `with_second_opinion`)
and says on how many pages of each half the other extractor was asked.
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
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SPLITS = Path(__file__).resolve().parent / "extraction_splits.json"
OWN_PAGES = ROOT / "tests" / "data" / "html"
SHARED = ROOT.parent / "shared"
_TOKEN = re.compile(r"\w+")
#: The benchmark's shingle size.
SHINGLE = 4
HALVES = ("tune", "held_out")
#: Elements a word runs on across (HTML's phrasing content); the others end it.
INLINE_TAGS = frozenset(
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "del", "em",
        "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small",
        "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    }
)  # fmt: skip


class Output(NamedTuple):
    """What an extractor gives for a page: its text, title and byline."""

    text: str
    title: str | None = None
    byline: str | None = None
    #: Whether the body's first heading repeats the title (None: not told).
    repeated: bool | None = None
    #: All the blocks shown, captions included, in order, when they differ from
    #: `text`: each with whether it may only be its image's description (see
    #: `_texts_and_stand_ins`), then shown text only if the page also writes it
    #: as a caption.
    shown_blocks: tuple[tuple[str, bool], ...] = ()


Extractor = Callable[[str, str | None], Output]


class Page(NamedTuple):
    """One page with what is expected of it."""

    page_id: str
    html: str
    url: str | None
    text: str
    title: str | None = None
    byline: str | None = None
    #: Score line by line (our pages list their expected blocks by kind, not in order).
    by_line: bool = False


@dataclass
class Score:
    """Running totals of one extractor over some pages."""

    name: str
    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    seconds: float = 0.0
    pages: int = 0
    empty: int = 0
    failures: int = 0
    titles: int = 0
    titles_expected: int = 0
    bylines: int = 0
    bylines_expected: int = 0
    repeated: int = 0
    #: Second opinion: pages it was asked on, paragraphs it added.
    asked: int = 0
    merged: int = 0
    mismatches: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, page: Page, got: Output, seconds: float, shown: bool = False) -> None:
        """Count one page; with `shown`, score all the text shown, captions included."""
        self.pages += 1
        self.seconds += seconds
        text = got.text
        if shown and got.shown_blocks:
            captions = page_captions(page.html) if any(a for _, a in got.shown_blocks) else set()
            text = "\n\n".join(t for t, alt in got.shown_blocks if not alt or t in captions)
        if page.by_line:
            expected, predicted = line_shingles(page.text), line_shingles(text)
        else:
            expected, predicted = shingles(page.text), shingles(text)
        if not predicted:
            self.empty += 1
        common = sum((expected & predicted).values())
        if predicted:
            self.precisions.append(common / sum(predicted.values()))
        if expected:
            self.recalls.append(common / sum(expected.values()))
        self.repeated += bool(got.repeated)
        if page.title:
            self.titles_expected += 1
            self.titles += same(page.title, got.title)
            if not same(page.title, got.title):
                self.mismatches.append((page.page_id, page.title, got.title or ""))
        if page.byline:
            self.bylines_expected += 1
            self.bylines += same(page.byline, got.byline)

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


def same(expected: str, got: str | None) -> bool:
    """Tell two titles or bylines equal once white space and case are collapsed."""
    return " ".join(expected.split()).casefold() == " ".join((got or "").split()).casefold()


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Return the multiset of 4-token windows of a text (one shingle if shorter)."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def line_shingles(text: str) -> Counter[tuple[str, ...]]:
    """Return the shingles of each line of a text, counted together."""
    found: Counter[tuple[str, ...]] = Counter()
    for line in text.splitlines():
        found.update(shingles(line))
    return found


def extractors(second_opinion: bool = False) -> dict[str, Extractor]:
    """Return the extractors available here, Lisible first.

    With `second_opinion`, also Lisible with readability-lxml, then
    trafilatura, as a second opinion on the holes in its article (the
    experiment that decided not to use one at run time, see the README).
    """
    from reader.article import BlockKind
    from reader.html_cleaning import extract_article, main_text, repeats_title

    def lisible(html: str, url: str | None) -> Output:
        article = extract_article(html, url)
        heading = next(
            (article.block_text(b) for b in article.blocks[:3] if b.kind is BlockKind.HEADING), ""
        )
        repeated = bool(heading) and repeats_title(heading, article.title)
        texts, stand_ins = _texts_and_stand_ins(article)
        shown = tuple((t, i in stand_ins) for i, t in enumerate(texts))
        return Output(
            main_text(article), article.title, article.byline, repeated, shown_blocks=shown
        )

    def blocks(html: str, url: str | None) -> Blocks:
        article = extract_article(html, url)
        texts, stand_ins = _texts_and_stand_ins(article)
        figures = {i for i, b in enumerate(article.blocks) if b.kind is BlockKind.FIGURE}
        return Blocks(Output("", article.title, article.byline), texts, figures, stand_ins)

    found: dict[str, Extractor] = {"Lisible": lisible, "readability-lxml": _readability()}
    if second_opinion:
        found["Lisible + readability-lxml"] = with_second_opinion(
            blocks, found["readability-lxml"], Opinions()
        )
    try:
        import trafilatura
    except ImportError:
        print("trafilatura is not installed: pip install -e '.[bench]' to compare with it.")
    else:

        def run(precise: bool) -> Extractor:
            def extract(html: str, url: str | None) -> Output:
                doc = trafilatura.bare_extraction(
                    html, url=url, include_comments=False, favor_precision=precise,
                    with_metadata=True,
                )  # fmt: skip
                if doc is None:
                    return Output("")
                data = doc if isinstance(doc, dict) else doc.as_dict()
                return Output(data.get("text") or "", data.get("title"), data.get("author"))

            return extract

        found["trafilatura"] = run(False)
        found["trafilatura (favor_precision)"] = run(True)
        if second_opinion:
            found["Lisible + trafilatura"] = with_second_opinion(blocks, run(False), Opinions())
    return found


def page_captions(html: str) -> set[str]:
    """Return the text of every <figcaption> of a page, its white space collapsed.

    A figure whose text equals its image's description may still be a
    caption the page shows (sites often copy the caption into the alt text):
    Reader View shows it under the picture, as Lisible does.
    """
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return set()
    return {" ".join(c.text_content().split()) for c in root.iter("figcaption")}


def _texts_and_stand_ins(article: Any) -> tuple[list[str], set[int]]:
    """Return the text of each block of an `Article`, and the indexes of its stand-ins.

    A figure whose text is its image's description stands in for the picture
    (never fetched), which Reader View shows instead; any other figure text
    is a caption, shown.
    """
    alts = {image.block_index: image.alt for image in article.images if image.alt}
    texts = [article.block_text(block) for block in article.blocks]
    return texts, {i for i, text in enumerate(texts) if alts.get(i) == text}


#: The second-opinion experiment (decided on the tune halves only). Asked only
#: when Lisible left out a paragraph of prose of `_HOLE_CHARS` or more lying
#: between two paragraphs it kept (a hole in the article, not its ends), with at
#: most `_HOLE_LINKS` of link text, outside any caption, and not one of three or
#: more paragraphs of one shape in as many boxes (a teaser grid). Such a
#: paragraph goes in, after the block holding the kept paragraph before it,
#: when the other extractor's text holds `_CONFIRMED` of its 4-token shingles.
_HOLE_CHARS = 150
_HOLE_LINKS = 0.1
_CONFIRMED = 0.8
_SAME_SHAPE = 3
_CAPTION_NAME = re.compile(r"caption|credit", re.IGNORECASE)


class Blocks(NamedTuple):
    """Lisible's output for a page as blocks, for a second opinion to fill in."""

    #: Title and byline (its text is made from the blocks).
    output: Output
    texts: list[str]
    #: Indexes of the figure blocks: not main text.
    figures: set[int]
    #: Indexes of the image descriptions standing in for pictures: not shown text.
    stand_ins: set[int]


@dataclass
class Opinions:
    """How often the second opinion was asked, and how many paragraphs it added."""

    asked: int = 0
    merged: int = 0


def _missing(text: str, have: Counter[tuple[str, ...]]) -> tuple[Counter[tuple[str, ...]], bool]:
    found = shingles(text)
    total = sum(found.values())
    return found, bool(total) and sum((found - have).values()) > total / 2


def _in_caption(element: Any) -> bool:
    for node in (element, *element.iterancestors()):
        names = f"{node.get('class') or ''} {node.get('id') or ''}"
        if node.tag in ("figure", "figcaption", "caption") or _CAPTION_NAME.search(names):
            return True
    return False


def _shape(element: Any) -> str:
    return f"{element.tag}.{re.sub(r'[0-9]+', '', element.get('class') or '')}"


def holes(html: str, texts: list[str]) -> list[tuple[int, str, Counter[tuple[str, ...]]]]:
    """Return the page's paragraphs of prose missing inside the article.

    Each is (index of the block of `texts` it follows, its text, its shingles).
    """
    import lxml.html

    from reader.extraction import prepare
    from reader.extraction_measures import link_density, prose_blocks

    tree = lxml.html.document_fromstring(html)
    prepare(tree)
    have = shingles("\n".join(texts))
    rows = []
    for element, length in prose_blocks(tree).items():
        text = " ".join(element.text_content().split())
        found, missing = _missing(text, have)
        rows.append((element, length, text, found, missing))
    kept = [i for i, row in enumerate(rows) if not row[4]]
    if len(kept) < 2:
        return []
    inside = range(kept[0] + 1, kept[-1])
    shapes: dict[str, list[Any]] = {}
    for i in inside:
        if rows[i][4]:
            shapes.setdefault(_shape(rows[i][0]), []).append(rows[i][0].getparent())
    found_holes = []
    for i in inside:
        element, length, text, found, missing = rows[i]
        if not missing or length < _HOLE_CHARS or link_density(element, length) > _HOLE_LINKS:
            continue
        boxes = shapes.get(_shape(element), [])
        if _in_caption(element) or (len(boxes) >= _SAME_SHAPE and len(set(boxes)) >= _SAME_SHAPE):
            continue
        before = rows[max(k for k in kept if k < i)][2][:60]
        after = next(
            (b for b in range(len(texts) - 1, -1, -1) if before in " ".join(texts[b].split())),
            None,
        )
        if after is not None:
            found_holes.append((after, text, found))
    return found_holes


def with_second_opinion(
    blocks: Callable[[str, str | None], Blocks], other: Extractor, opinions: Opinions
) -> Extractor:
    """Lisible, its holes filled with the paragraphs `other` confirms."""

    def run(html: str, url: str | None) -> Output:
        own, texts, figures, stand_ins = blocks(html, url)
        found = holes(html, texts)
        added: dict[int, list[str]] = {}
        if found:
            opinions.asked += 1
            theirs = shingles(other(html, url).text)
            for after, text, found_shingles in found:
                confirmed = sum((found_shingles & theirs).values())
                if confirmed >= _CONFIRMED * sum(found_shingles.values()):
                    added.setdefault(after, []).append(text)
                    opinions.merged += 1
        main, shown = [], []
        for i, text in enumerate(texts):
            if i not in figures:
                main.append(text)
            shown.append((text, i in stand_ins))
            main += added.get(i, [])
            shown += [(extra, False) for extra in added.get(i, [])]
        return own._replace(text="\n\n".join(main), shown_blocks=tuple(shown))

    run.opinions = opinions  # type: ignore[attr-defined]
    return run


def _readability() -> Extractor:
    from readability import Document

    try:
        from html_text import extract_text
    except ImportError:
        import lxml.html

        def extract_text(fragment: str) -> str:
            return str(lxml.html.fragment_fromstring(fragment, create_parent="div").text_content())

    def run(html: str, url: str | None) -> Output:
        document = Document(html)
        text = str(extract_text(document.summary(html_partial=True)))
        return Output(text, document.short_title())

    return run


def _read(path: Path) -> str:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return data.decode("utf-8", "replace")


def benchmark_pages(dataset: Path) -> dict[str, Page]:
    """Return the benchmark's pages with a ground truth, by id."""
    truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    found = {}
    for path in sorted((dataset / "html").iterdir()):
        page_id = path.name.split(".")[0]
        if page_id in truth:
            expected = truth[page_id]
            text = expected["articleBody"]
            found[page_id] = Page(page_id, _read(path), expected.get("url"), text)
    return found


def reader_view_text(html: str) -> str:
    """Return the text Reader View shows for the HTML it gives ("" for none).

    Block elements end a word even where the markup has no space between
    them; a word runs on across an inline element's edges, as a browser
    shows it ("<b>Z</b>imbabwe", Chinese text cut into spans).
    """
    import lxml.html

    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag not in INLINE_TAGS:
            element.text = " " + (element.text or "")
            element.tail = " " + (element.tail or "")
    return str(root.text_content())


def reader_view_pages(dataset: Path) -> dict[str, Page]:
    """Return the Readability.js test pages with Reader View's text, title and byline."""
    found = {}
    for folder in sorted((dataset / "pages").iterdir()):
        if not (folder / "source.html.gz").is_file():
            continue
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        found[folder.name] = Page(
            folder.name,
            _read(folder / "source.html.gz"),
            None,
            reader_view_text(_read(folder / "expected.html.gz")),
            meta.get("title") or None,
            meta.get("byline") or None,
        )
    return found


def own_pages(folder: Path = OWN_PAGES) -> dict[str, Page]:
    """Return the project's annotated pages, their expected main text joined."""
    found = {}
    for path in sorted(folder.glob("*.html")):
        want: dict[str, Any] = json.loads(
            path.with_name(path.name + ".expected.json").read_text(encoding="utf-8")
        )
        texts = [text for _, text in want.get("headings", [])]
        texts += want.get("paragraphs", []) + want.get("quotes", []) + want.get("code", [])
        texts += [text for _, text in want.get("list_items", [])] + want.get("table_rows", [])
        html = path.read_text(encoding="utf-8")
        text = "\n".join(texts)
        found[path.name] = Page(path.name, html, None, text, want.get("title"), by_line=True)
    return found


#: The line scoring Lisible's main text where it is scored on all it shows.
MAIN_TEXT_ONLY = "Lisible, captions not counted"


def run_set(
    pages: dict[str, Page],
    halves: dict[str, list[str]],
    runners: dict[str, Extractor],
    limit: int,
    shown: bool = False,
    *,
    halves_run: tuple[str, ...] = HALVES,
) -> dict[str, dict[str, Score]]:
    """Run every extractor over both halves (or `halves_run`); return their scores by half and name.

    With `shown`, Lisible is scored on all the text it shows, captions
    included, and its main text alone is scored on the line `MAIN_TEXT_ONLY`.
    """
    names = list(runners)
    if shown and "Lisible" in runners:
        names.insert(names.index("Lisible") + 1, MAIN_TEXT_ONLY)
    scores = {half: {name: Score(name) for name in names} for half in halves_run}
    for half in halves_run:
        for page_id in [i for i in halves[half] if i in pages][:limit]:
            page = pages[page_id]
            for name, run in runners.items():
                opinions = getattr(run, "opinions", None)
                asked, merged = (opinions.asked, opinions.merged) if opinions else (0, 0)
                start = time.perf_counter()
                try:
                    got = run(page.html, page.url)
                except Exception:  # an extractor's crash counts as an empty output
                    got = Output("")
                    scores[half][name].failures += 1
                seconds = time.perf_counter() - start
                if opinions:
                    scores[half][name].asked += opinions.asked - asked
                    scores[half][name].merged += opinions.merged - merged
                scores[half][name].add(page, got, seconds, shown)
                if name == "Lisible" and MAIN_TEXT_ONLY in names:
                    scores[half][MAIN_TEXT_ONLY].add(page, got, 0.0)
    return scores


def report(
    title: str, scores: dict[str, dict[str, Score]], metadata: bool, mismatches: bool = False
) -> None:
    """Print one data set's table: both halves of every extractor."""
    print(f"\n{title}")
    head = f"{'extractor':<30} {'half':<8} {'pages':>5} {'F1':>6} {'prec.':>6} {'recall':>6}"
    if metadata:
        head += f" {'title':>8} {'byline':>7} {'repeat':>6}"
    print(head + f" {'empty':>5} {'errors':>6}")
    for name in scores["tune"]:
        for half in scores:
            s = scores[half][name]
            line = (
                f"{name:<30} {half:<8} {s.pages:>5} {s.f1:>6.3f} {s.precision:>6.3f} "
                f"{s.recall:>6.3f}"
            )
            if metadata:
                titles = f"{s.titles}/{s.titles_expected}"
                line += f" {titles:>8} {s.bylines:>3}/{s.bylines_expected:<3} {s.repeated:>6}"
            line += f" {s.empty:>5} {s.failures:>6}"
            if name.startswith("Lisible + "):
                line += f"  asked on {s.asked}/{s.pages}, {s.merged} paragraphs added"
            print(line)
    if metadata and mismatches:
        for half in scores:
            print(f"\nLisible's titles unlike Reader View's, {half} half:")
            for page_id, want, got in scores[half]["Lisible"].mismatches:
                print(f"  {page_id}: {got!r} (Reader View: {want!r})")


def main(argv: list[str] | None = None) -> int:
    """Score every extractor on every data set found and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "dataset", nargs="?", type=Path, help="same as --benchmark (kept for old commands)"
    )
    parser.add_argument(
        "--benchmark", type=Path, default=SHARED / "extraction-benchmark-dev",
        help="folder with html/ and ground-truth.json",
    )  # fmt: skip
    parser.add_argument(
        "--reader-view", type=Path, default=SHARED / "readability-test-pages",
        help="folder with the Readability.js test pages (pages/<name>/)",
    )  # fmt: skip
    parser.add_argument("--limit", type=int, default=10**9, help="only N pages of each half")
    parser.add_argument(
        "--titles", action="store_true", help="list Lisible's titles unlike Reader View's"
    )
    parser.add_argument(
        "--second-opinion",
        action="store_true",
        help="also score Lisible with readability-lxml or trafilatura filling its holes",
    )
    parser.add_argument(
        "--tune-only",
        action="store_true",
        help="run the tune halves only: what to look at while changing rules",
    )
    args = parser.parse_args(argv)
    halves_run = ("tune",) if args.tune_only else HALVES
    splits = json.loads(SPLITS.read_text(encoding="utf-8"))
    runners = extractors(args.second_opinion)
    sets: list[tuple[str, str, dict[str, Page], bool]] = []
    benchmark = args.dataset or args.benchmark
    if (benchmark / "ground-truth.json").is_file():
        sets.append(("benchmark", f"Benchmark {benchmark}", benchmark_pages(benchmark), False))
    else:
        print(f"{benchmark} has no ground-truth.json: benchmark skipped", file=sys.stderr)
    if (args.reader_view / "pages").is_dir():
        label = f"Reader View agreement, {args.reader_view}"
        sets.append(("reader_view", label, reader_view_pages(args.reader_view), True))
    else:
        print(f"{args.reader_view} has no pages/: Reader View skipped", file=sys.stderr)
    sets.append(("own", f"Own annotated pages, {OWN_PAGES.relative_to(ROOT)}", own_pages(), False))
    speed = {name: Score(name) for name in runners}
    for key, title, pages, metadata in sets:
        shown = key == "reader_view"
        scores = run_set(pages, splits[key], runners, args.limit, shown, halves_run=halves_run)
        report(title, scores, metadata, args.titles)
        for half in halves_run:
            for name, score in scores[half].items():
                if name not in speed:
                    continue  # a second scoring of the same run
                speed[name].pages += score.pages
                speed[name].seconds += score.seconds
    reference = speed["readability-lxml"].speed
    print(f"\n{'speed, all pages':<30} {'pages/s':>8} {'× readability-lxml':>19}")
    for name, score in speed.items():
        ratio = score.speed / reference if reference else 0.0
        print(f"{name:<30} {score.speed:>8.1f} {ratio:>19.2f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
