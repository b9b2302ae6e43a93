"""Reader View's own text on the benchmark's pages, next to Lisible's and the annotation.

Firefox Reader View is readability.js; run under node with jsdom it gives, for
any page, the text Reader View would show. On the benchmark's pages, whose
article text people annotated, that tells what Reader View keeps that the
annotation calls boilerplate, and where Lisible and Reader View differ.
Exploration only: no figure of the README or of an issue needs it, and it
prints a line and stops when node or the two packages are missing. Set up once,
outside the repository::

    mkdir /tmp/rv && cd /tmp/rv && npm install @mozilla/readability@0.6.0 jsdom

then::

    .venv/bin/python bench/reader_view_js.py --modules /tmp/rv/node_modules [--half tune]

Scores use `bench/extraction.py`'s metric; Reader View's text is read from its
HTML as the Reader View set's expected pages are. Only the tune half is run
unless asked (`--half held_out` reads the held-out pages: for the final report).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extraction as bench  # the sibling bench script

#: Reads page paths, one a line, and writes Reader View's HTML for each, one
#: JSON string a line ("" when it found no article).
_PROGRAM = r"""
const fs = require('fs'), zlib = require('zlib'), readline = require('readline');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');
readline.createInterface({ input: process.stdin }).on('line', (path) => {
  let data = fs.readFileSync(path);
  if (path.endsWith('.gz')) data = zlib.gunzipSync(data);
  let content = '';
  try {
    const dom = new JSDOM(data.toString('utf8'),
      { url: 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() });
    const found = new Readability(dom.window.document).parse();
    content = found ? found.content : '';
    dom.window.close();
  } catch (error) { content = ''; }
  process.stdout.write(JSON.stringify(content) + '\n');
});
"""


def reader_view_html(paths: list[Path], modules: Path) -> list[str] | None:
    """Return Reader View's HTML for each page, or None if node or the packages are missing."""
    node = shutil.which("node")
    if node is None:
        print("node is not installed: Reader View's text skipped.")
        return None
    if not (modules / "@mozilla" / "readability").is_dir() or not (modules / "jsdom").is_dir():
        print(f"{modules} lacks @mozilla/readability or jsdom: Reader View's text skipped.")
        return None
    done = subprocess.run(
        [node, "-e", _PROGRAM],
        input="".join(f"{path}\n" for path in paths),
        capture_output=True,
        text=True,
        env={"NODE_PATH": str(modules), "PATH": str(Path(node).parent)},
        check=False,
    )
    lines = done.stdout.splitlines()
    if done.returncode != 0 or len(lines) != len(paths):
        print(f"node failed: {done.stderr.strip()[:300]}")
        return None
    return [json.loads(line) for line in lines]


def main(argv: list[str] | None = None) -> int:
    """Score Reader View, Lisible and readability-lxml against the annotation and each other."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--modules", type=Path, required=True, help="node_modules folder")
    parser.add_argument("--benchmark", type=Path, default=bench.SHARED / "extraction-benchmark-dev")
    parser.add_argument("--half", choices=bench.HALVES, default="tune")
    args = parser.parse_args(argv)
    if not (args.benchmark / "ground-truth.json").is_file():
        print(f"{args.benchmark} has no ground-truth.json: nothing to score.")
        return 0
    splits = json.loads(bench.SPLITS.read_text(encoding="utf-8"))["benchmark"]
    pages = bench.benchmark_pages(args.benchmark)
    ids = [i for i in splits[args.half] if i in pages]
    paths = [next((args.benchmark / "html").glob(f"{i}.html*")) for i in ids]
    found = reader_view_html(paths, args.modules)
    if found is None:
        return 0
    runners = bench.extractors()
    pairs = {
        "Reader View vs annotation": [],
        "Lisible vs annotation": [],
        "readability-lxml vs annotation": [],
        "Lisible (shown) vs Reader View": [],
        "readability-lxml vs Reader View": [],
    }
    for page_id, html in zip(ids, found, strict=True):
        page = pages[page_id]
        reader_view = bench.Page(page_id, page.html, page.url, bench.reader_view_text(html))
        own = runners["Lisible"](page.html, page.url)
        other = runners["readability-lxml"](page.html, page.url)
        pairs["Reader View vs annotation"].append((page, bench.Output(reader_view.text)))
        pairs["Lisible vs annotation"].append((page, own))
        pairs["readability-lxml vs annotation"].append((page, other))
        pairs["Lisible (shown) vs Reader View"].append((reader_view, own))
        pairs["readability-lxml vs Reader View"].append((reader_view, other))
    print(f"\nBenchmark, {args.half} half, {len(ids)} pages")
    print(f"{'scored':<34} {'F1':>6} {'prec.':>6} {'recall':>6}")
    for name, scored in pairs.items():
        score = bench.Score(name)
        for expected, got in scored:
            score.add(expected, got, 0.0, shown=name.startswith("Lisible (shown)"))
        print(f"{name:<34} {score.f1:>6.3f} {score.precision:>6.3f} {score.recall:>6.3f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(bench.ROOT))
    sys.exit(main())
