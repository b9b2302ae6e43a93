"""Reliability bench: every hostile input through the CLI, the library, the models and the window.

Regenerates the hostile pages, Markdown and model packages into a temporary
folder (bench/hostile_inputs.py), starts a hostile web server on 127.0.0.1
(bench/hostile_server.py), and runs each input in its own process under a
memory limit: `clean` in every format and `library add` for pages, `install`
then `list` and `remove` for packages, `clean`, `models available`,
`models download` and `translate` against the server, and (unless
--no-window) every page opened in the window offscreen, timing its longest
stall. It prints one row per run: input, outcome, wall time, peak memory,
and what was wrong.

Outcomes: `article` (a result), `error` (one clear line, exit 1 or 2),
`TRACEBACK` (a traceback or an "unexpected error"), `TIMEOUT` (past the
documented limit), `CRASH` (killed: out of memory, a signal). A run is also
flagged when its output holds a raw control character, an image address
that leaves the page's folder (remote, UNC, backslashed, absolute, `..`), or
a javascript: link, or when it left files behind.

    .venv/bin/python bench/hostile.py               # everything (a few minutes)
    .venv/bin/python bench/hostile.py --small       # the quick cases CI runs
    .venv/bin/python bench/hostile.py --probe DIR   # also every page found in DIR
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: Outputs must stay under this peak resident memory (the issue's bar) ...
MEMORY_GOAL_MB = 1024
#: ... and a process is stopped at this much address space, so that a
#: runaway input fails instead of swapping the machine.
ADDRESS_SPACE_LIMIT = 4 << 30
#: The window must answer within this long at every moment of a load.
STALL_GOAL_SECONDS = 1.0
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FORMATS = ("text", "markdown", "html", "json")


@dataclass
class Row:
    """One run of one input."""

    input: str
    command: str
    outcome: str = ""
    seconds: float = 0.0
    peak_mb: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.outcome in {"TRACEBACK", "TIMEOUT", "CRASH"} or bool(self.problems)


# --- Running one command in a child process -----------------------------------------------


class Runner:
    """Run commands one process each, and judge what they print."""

    def __init__(self, home: Path, jobs: int) -> None:
        self.home = home
        self.jobs = jobs
        self.env = {**os.environ, "LISIBLE_HOME": str(home), "PYTHONPATH": str(ROOT)}
        for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
            self.env.pop(name, None)

    def run(
        self, name: str, argv: list[str], *, limit: float = 60.0, env: dict[str, str] | None = None
    ) -> Row:
        """Run one command and judge its outcome and output."""
        row = Row(name, " ".join(a if len(a) < 40 else "…" + a[-30:] for a in argv))
        result = _measured(argv, {**self.env, **(env or {})}, limit)
        row.seconds = float(result["seconds"])  # type: ignore[arg-type]
        row.peak_mb = float(result["peak_kb"]) / 1024  # type: ignore[arg-type]
        out = bytes(result["stdout"]).decode("utf-8", "replace")  # type: ignore[arg-type]
        err = bytes(result["stderr"]).decode("utf-8", "replace")  # type: ignore[arg-type]
        status = int(result["status"])  # type: ignore[arg-type]
        if result["timed_out"]:
            row.outcome = "TIMEOUT"
        elif "Traceback" in err or "unexpected error" in err:
            row.outcome = "TRACEBACK"
            row.problems.append(err.strip().splitlines()[-1][:100])
        elif status < 0:
            row.outcome = "CRASH"
            row.problems.append(f"signal {-status}")
        elif status == 0:
            row.outcome = "article" if out.strip() else "done"
        else:
            row.outcome = "error"
            lines = err.strip().splitlines()
            # One line saying what is wrong; a download may have said it started.
            extra = [line for line in lines[:-1] if not line.startswith("downloading ")]
            if status not in (1, 2) or (status == 1 and (extra or not lines)):
                row.problems.append(f"exit {status}, {len(lines)} lines on stderr")
        if row.peak_mb > MEMORY_GOAL_MB:
            row.problems.append(f"peak {row.peak_mb:.0f} MB")
        for stream, text in (("stdout", out), ("stderr", err)):
            if RAW_CONTROL.search(text.replace("\r\n", "\n")):
                row.problems.append(f"raw control character on {stream}")
        row.problems.extend(_unsafe_addresses(out, markdown="markdown" in argv))
        return row


def _measured(argv: list[str], env: dict[str, str], limit: float) -> dict[str, object]:
    """Run the child through a one-shot helper so that its own peak memory is known."""
    helper = (
        "import json,os,resource,subprocess,sys,time\n"
        "argv, limit = json.loads(sys.argv[1]), float(sys.argv[2])\n"
        "def cap():\n"
        f"    resource.setrlimit(resource.RLIMIT_AS, ({ADDRESS_SPACE_LIMIT},) * 2)\n"
        "t = time.monotonic()\n"
        "p = subprocess.Popen([sys.executable, '-m', 'reader', *argv], stdin=subprocess.DEVNULL,"
        " stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=cap)\n"
        "late = False\n"
        "try:\n"
        "    out, err = p.communicate(timeout=limit + 15)\n"
        "except subprocess.TimeoutExpired:\n"
        "    p.kill(); out, err = p.communicate(); late = True\n"
        "s = time.monotonic() - t\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
        "sys.stdout.write(json.dumps({'status': p.returncode, 'seconds': s, 'timed_out': late or"
        " s > limit, 'peak_kb': peak, 'stdout': out.hex(), 'stderr': err.hex()}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", helper, json.dumps(argv), str(limit)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    result["stdout"] = bytes.fromhex(str(result["stdout"]))
    result["stderr"] = bytes.fromhex(str(result["stderr"]))
    return result


_IMG_MD = re.compile(r"!\[[^\]]*\]\(([^)\s]*)")
_IMG_HTML = re.compile(r"<img\b[^>]*\bsrc=\"([^\"]*)\"", re.I)
_HREF = re.compile(r"\bhref=\"([^\"]*)\"", re.I)


def _unsafe_addresses(output: str, *, markdown: bool) -> list[str]:
    """Name image addresses that leave the page's folder and links that run code."""
    problems = []
    sources = _IMG_HTML.findall(output) if output.startswith("<!DOCTYPE") else []
    if markdown:
        sources += _rendered_markdown_images(output)
    for src in sources:
        if src.startswith("data:image/"):
            continue
        if (
            re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:", src)
            or src.startswith(("/", "\\"))
            or "\\" in src
            or "%5c" in src.lower()
            or ".." in src.split("/")
            or "%2e%2e" in src.lower()
        ):
            problems.append(f"image address {src[:50]!r}")
    for href in _HREF.findall(output) if output.startswith("<!DOCTYPE") else []:
        if not href.lower().startswith(("http://", "https://", "#")):
            problems.append(f"link {href[:50]!r}")
    return problems


def _rendered_markdown_images(output: str) -> list[str]:
    try:
        from markdown_it import MarkdownIt
    except ImportError:
        return _IMG_MD.findall(output)
    html = MarkdownIt("commonmark").render(output)
    return _IMG_HTML.findall(html) + [f"raw:{tag}" for tag in re.findall(r"<(script|iframe)", html)]


# --- The cases ------------------------------------------------------------------------


def page_rows(
    runner: Runner,
    pages: list[Path],
    formats: tuple[str, ...] = FORMATS,
    library: bool = True,
) -> list[Row]:
    """Run `clean` in each format, and `library add`, on every page."""
    limit = 60.0
    work: list[tuple] = []
    for page in pages:
        work.extend((page.name, ["clean", "--format", fmt, str(page)], limit) for fmt in formats)
        if library:
            work.append((page.name, ["library", "add", str(page)], limit))
    return _parallel(runner, work)


def library_rows(runner: Runner) -> list[Row]:
    work = [
        ("library", ["library", "list"], 30.0),
        ("library", ["library", "search", "the"], 30.0),
        ("library", ["library", "search", '"covered market"'], 30.0),
        ("library", ["library", "show", "99999999999999999999"], 30.0),
        ("library", ["library", "search", "x", "--limit", "99999999999999999999"], 30.0),
    ]
    return _parallel(runner, work)


def model_rows(runner: Runner, packages: list[Path]) -> list[Row]:
    rows = []
    for package in packages:
        # One after the other: each install may change what `list` shows.
        rows.append(runner.run(package.name, ["models", "install", str(package)], limit=120))
        rows.append(runner.run(package.name, ["models", "list"], limit=30))
    rows.append(runner.run("''", ["models", "remove", ""], limit=30))
    rows.append(runner.run("translate-fr_en", ["models", "remove", "translate-fr_en"], limit=30))
    models = runner.home / "data" / "models"
    leftovers = (
        [p.name for p in models.iterdir() if p.name.startswith(".")] if models.is_dir() else []
    )
    if leftovers:
        rows[-1].problems.append(f"left behind: {', '.join(leftovers)}")
    return rows


def http_rows(
    runner: Runner, server: object, small: bool, only: set[str] | None = None
) -> list[Row]:
    """Run `clean`, `models available|download` and `translate` against the server.

    `only` keeps the cases whose name (path or "download FROM TO") it holds.
    """
    url = server.url  # type: ignore[attr-defined]
    quick = [
        "/ok", "/gzip-bomb", "/deflate-bomb", "/gzip-gzip", "/gzip-broken", "/enc-unknown",
        "/redirect-file", "/redirect-js", "/redirect-weird", "/loop", "/ctype-lie-png",
        "/ctype-image", "/ctype-none", "/ctype-weird", "/charset-huge", "/cl-1gb",
        "/cl-40mb-close", "/cl-negative", "/bad-chunked", "/garbage", "/status-ansi",
        "/status-long", "/status-999", "/empty", "/close-early", "/md-lies",
    ]  # fmt: skip
    slow = [
        "/slow-body",
        "/slow-headers",
        "/silent",
        "/endless",
        "/chunked-endless",
        "/header-flood",
    ]
    timeout = 8.0
    work = [
        (path, ["clean", "--timeout", str(timeout), url(path)], 2 * timeout + 5) for path in quick
    ]
    if not small:
        work += [
            (path, ["clean", "--timeout", str(timeout), url(path)], timeout + 5) for path in slow
        ]
    # The package index: bounded in size and in time (20 s in all, 5 s for translate).
    indexes = ["/index-deep", "/index-gzip-bomb", "/index-weird", "/index-endless"]
    if not small:
        indexes.append("/index-slow")
    for index in indexes:
        work.append((index, ["models", "available"], 45.0, {"LISIBLE_PACKAGE_INDEX": url(index)}))
    weird = {"LISIBLE_PACKAGE_INDEX": url("/index-weird")}
    pairs = [("en", "fr"), ("de", "fr"), ("es", "fr"), ("pt", "fr"), ("it", "fr")]
    if not small:
        pairs += [("fr", "en"), ("nl", "fr")]
    for source, target in pairs:
        link = f"download {source} {target}"
        work.append((link, ["models", "download", source, target], 70.0, weird))
    if not small:
        page = ROOT / "resources" / "samples"
        sample = next(page.glob("*.html"))
        for index in ("/index-slow", "/silent"):
            env = {"LISIBLE_PACKAGE_INDEX": url(index)}
            work.append((f"translate, index {index}", ["translate", str(sample)], 15.0, env))
    if only is not None:
        work = [item for item in work if item[0] in only]
    return _parallel(runner, work)


def _parallel(runner: Runner, work: list[tuple]) -> list[Row]:
    def one(item: tuple) -> Row:
        name, argv, limit, *env = item
        return runner.run(name, argv, limit=limit, env=env[0] if env else None)

    with ThreadPoolExecutor(runner.jobs) as pool:
        return list(pool.map(one, work))


def window_rows(pages: list[Path], home: Path) -> list[Row]:
    """Open every page in the window offscreen, in one process; time its longest stall."""
    env = {
        **os.environ,
        "LISIBLE_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "hostile_window.py"), *map(str, pages)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60 * (len(pages) + 2),
        check=False,
    )
    rows = []
    for line in done.stdout.splitlines():
        if not line.startswith("{"):
            continue
        data = json.loads(line)
        command = f"window (longest stall {data['stall']:.2f} s)"
        row = Row(data["input"], command, data["outcome"], data["seconds"], data["peak_mb"])
        if data["stall"] > STALL_GOAL_SECONDS:
            row.problems.append(f"stalled {data['stall']:.1f} s")
        if row.peak_mb > MEMORY_GOAL_MB:
            row.problems.append(f"peak {row.peak_mb:.0f} MB")
        rows.append(row)
    if done.returncode != 0:
        rows.append(Row("window", "window", "CRASH", problems=[done.stderr.strip()[-200:]]))
    return rows


# --- Report -------------------------------------------------------------------------


def print_table(rows: list[Row], total: int) -> None:
    """Print the rows and a summary line (`total` runs in all)."""
    if not rows:
        print(f"{total} runs: no problems.")
        return
    width = max(len(r.input) for r in rows)
    command_width = min(44, max(len(r.command) for r in rows))
    head = f"{'input':{width}}  {'command':{command_width}}  {'outcome':9}"
    print(f"{head}  {'wall s':>6}  {'peak MB':>7}  problems")
    for row in rows:
        print(
            f"{row.input:{width}}  {row.command[:command_width]:{command_width}}  {row.outcome:9}  "
            f"{row.seconds:6.1f}  {row.peak_mb:7.0f}  {'; '.join(row.problems)}"
        )
    failed = [r for r in rows if r.failed]
    counts = {o: sum(r.outcome == o for r in rows) for o in ("TRACEBACK", "TIMEOUT", "CRASH")}
    peak = max(r.peak_mb for r in rows)
    print(
        f"\n{total} runs, {len(rows)} shown: {counts['TRACEBACK']} tracebacks, "
        f"{counts['TIMEOUT']} timeouts, {counts['CRASH']} crashes; "
        f"peak memory {peak:.0f} MB (goal < {MEMORY_GOAL_MB} MB); {len(failed)} runs with problems."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="only the quick cases (CI)")
    parser.add_argument("--no-window", action="store_true", help="skip the window runs")
    parser.add_argument("--probe", type=Path, help="a folder of more pages to run (optional)")
    parser.add_argument("--jobs", type=int, default=2, help="processes at once (default 2)")
    parser.add_argument("--only", choices=("pages", "models", "http", "window"), action="append")
    parser.add_argument("--problems", action="store_true", help="print only the runs with problems")
    args = parser.parse_args(argv)
    parts = set(args.only or ("pages", "models", "http", "window"))
    if args.no_window:
        parts.discard("window")

    from hostile_inputs import write_models, write_pages
    from hostile_server import HostileServer

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="lisible-hostile-") as tmp:
        folder = Path(tmp)
        home = folder / "home"
        runner = Runner(home, args.jobs)
        pages = write_pages(folder / "pages", small=args.small)
        if args.probe:
            pages += sorted(
                p for p in args.probe.rglob("*") if p.suffix in {".html", ".xhtml", ".md", ".htm"}
            )
        if "pages" in parts:
            rows += page_rows(runner, pages)
            rows += library_rows(runner)
        if "models" in parts:
            source = ROOT / "tests" / "data" / "models" / "translate-fr_en-tiny.argosmodel"
            rows += model_rows(runner, write_models(folder / "models", source, small=args.small))
        if "http" in parts:
            server = HostileServer()
            try:
                rows += http_rows(runner, server, args.small)
            finally:
                server.close()
        if "window" in parts:
            rows += window_rows([p for p in pages if p.suffix != ".md"], folder / "window-home")
    print_table([r for r in rows if r.failed] if args.problems else rows, len(rows))
    return 1 if any(r.failed for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
