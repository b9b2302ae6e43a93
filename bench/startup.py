"""Time from process start to the sample article painted in the window, and to its entities.

Prints, for several runs, the median time until the window is painted and until
the article's text is painted, next to the same process painting an empty Qt
window (the floor any Qt app pays); then the time until the Entities panel is
filled, with the panel open at start and when it is opened 3 s after the
article is painted (spaCy loads in the names process meanwhile); a cold
`lisible entities` on a 1,000-word French article; next to them a bare
`spacy.load` of the same package in a fresh process. Then the peak memory of
each, which heavy modules the start-up path imported (none should be), and the
import time of the top modules on it. Targets on a 2-core machine: article
painted within 1.0 s; panel filled within 2.0 s (0.5 s after opening it 3 s
after the article); `lisible entities` within 2.5 s. Lisible's own modules are
byte-compiled first, as pip leaves an installed copy (see `compile_project`).

    .venv/bin/python bench/startup.py [--runs 5] [--path FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: Shows the real main window, opens the article through the real worker path,
#: and reports when the reading view has painted the article's text.
ARTICLE_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from ui.app import application
from ui.window import MainWindow

class Painted(QObject):
    def __init__(self, report):
        super().__init__()
        self.report = report
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.report()
        return False

app = application()
window = MainWindow()
state = {"window": None}

def painted():
    if state["window"] is None:
        state["window"] = time.time()
    elif window.article is not None:
        print(f"{state['window']} {time.time()}", flush=True)
        app.quit()

watcher = Painted(painted)
window.reading_view.viewport().installEventFilter(watcher)
window.show()
window.open_path(sys.argv[1])
app.exec()
"""

#: What both Entities probes share: the real window opening the article, a
#: watch that calls `painted()` when the article's text is first painted, and
#: `check()` every 10 ms. Each probe defines those two between head and tail.
_PANEL_PROBE_HEAD = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from ui.app import application
from ui.window import MainWindow

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and window.article is not None and not state:
            state["painted"] = time.time()
            painted()
        return False
"""
_PANEL_PROBE_TAIL = """
app = application()
window = MainWindow()
state = {}
watcher = Painted()
window.reading_view.viewport().installEventFilter(watcher)
timer = QTimer()
timer.timeout.connect(check)
timer.start(10)
window.show()
window.open_path(sys.argv[1])
app.exec()
"""

#: The article with the Entities panel open: prints when the text is painted and
#: when the panel has its names, and which heavy modules were loaded by then.
ENTITIES_PROBE = (
    _PANEL_PROBE_HEAD
    + """
from ui.settings import ENTITIES_PANEL_SHOWN, Settings

HEAVY = ("spacy", "ctranslate2", "argostranslate", "sentencepiece", "httpx", "torch")

def painted():
    state["heavy"] = [m for m in HEAVY if m in sys.modules]

def check():
    result = window.entities.result
    if state and result is not None:
        heavy = ",".join(state["heavy"]) or "-"
        names = sum(1 for e in result.entities if e.group != "Figures")
        print(f"{state['painted']} {time.time()} {heavy} {names}", flush=True)
        app.quit()

settings = Settings()
settings.set(ENTITIES_PANEL_SHOWN, True)
settings.sync()
"""
    + _PANEL_PROBE_TAIL
)

#: The article with the Entities panel closed, opened a few seconds after the
#: article is painted: prints when it was painted, opened and filled, and how
#: many names the panel lists.
LATE_PANEL_PROBE = (
    _PANEL_PROBE_HEAD
    + """
def painted():
    QTimer.singleShot(int(float(sys.argv[2]) * 1000), open_panel)

def open_panel():
    state["opened"] = time.time()
    window.entities.toggle_action.trigger()

def check():
    # Not before: asking for the closed panel's feature would build it early.
    if "opened" not in state:
        return
    result = window.entities.result
    if result is not None:
        names = sum(1 for e in result.entities if e.group != "Figures")
        print(f"{state['painted']} {state['opened']} {time.time()} {names}", flush=True)
        app.quit()
"""
    + _PANEL_PROBE_TAIL
)

#: The reference: a bare `spacy.load` of the package, all of it, as a script would.
SPACY_PROBE = """
import sys, time
import spacy
nlp = spacy.load(sys.argv[1])
print(time.time(), flush=True)
"""

#: How long after the article is painted the late probe opens the panel.
LATE_PANEL_S = 3.0

#: The floor: the same interpreter showing and painting an empty main window.
EMPTY_PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit

class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{time.time()} {time.time()}", flush=True)
            app.quit()
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTextEdit())
watcher = Painted()
window.centralWidget().viewport().installEventFilter(watcher)
window.show()
app.exec()
"""


def run_probe(code: str, path: str, home: str) -> tuple[float, float]:
    """Return (window painted, text painted), in seconds from the start of one fresh process."""
    env = {**os.environ, "LISIBLE_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, path], capture_output=True, text=True, env=env, check=True
    )
    window, text = (float(x) - start for x in done.stdout.split())
    return window, text


def run_entities_probe(path: str, home: str) -> tuple[float, float, str]:
    """Return (text painted, entities listed, heavy modules loaded when painted)."""
    env = {**os.environ, "LISIBLE_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", ENTITIES_PROBE, path],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    painted, listed, heavy, names = done.stdout.split()
    assert int(names) > 0, "the panel listed no names"
    return float(painted) - start, float(listed) - start, heavy


def run_late_panel_probe(path: str, home: str) -> tuple[float, float, int]:
    """Return (text painted, panel filled after it was opened, names listed)."""
    env = {**os.environ, "LISIBLE_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", LATE_PANEL_PROBE, path, str(LATE_PANEL_S)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    painted, opened, filled, names = done.stdout.split()
    return float(painted) - start, float(filled) - float(opened), int(names)


def run_spacy_probe(package: str) -> float:
    """Return the seconds from a fresh process's start to `spacy.load(package)` done."""
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", SPACY_PROBE, package], capture_output=True, text=True, check=True
    )
    return float(done.stdout) - start


def run_cli_entities(path: str, home: str) -> tuple[float, int]:
    """Return (seconds, names listed) of a cold `lisible entities PATH --format json`."""
    env = {**os.environ, "LISIBLE_HOME": home}
    # What the `lisible` script runs.
    launcher = [sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())"]
    command = [*launcher, "entities", path, "--format", "json"]
    start = time.time()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    seconds = time.time() - start
    labels = [e["label"] for e in json.loads(done.stdout)["entities"]]
    return seconds, sum(label in ("PERSON", "ORG", "PLACE", "MISC") for label in labels)


def french_article(folder: str, words: int = 1000) -> str:
    """Write a French article of about `words` words (the French gold's paragraphs, unmarked)."""
    gold = Path(__file__).resolve().parent.parent / "tests" / "data" / "entities" / "fr.txt"
    lines = [
        re.sub(r"\[([^|\]]+)\|[A-Z]+\]", r"\1", line)
        for line in gold.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    paragraphs: list[str] = []
    while sum(len(p.split()) for p in paragraphs) < words:
        paragraphs.append(lines[len(paragraphs) % len(lines)])
    path = os.path.join(folder, "actualites.txt")
    with open(path, "w", encoding="utf-8") as file:
        file.write("Actualités de la semaine\n\n" + "\n\n".join(paragraphs) + "\n")
    return path


def import_breakdown(module: str, top: int) -> list[tuple[float, str]]:
    """Return the `top` slowest imports (cumulative seconds, name) of importing `module`."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
    )
    times = []
    for line in done.stderr.splitlines():
        # "import time: self [us] | cumulative | imported package"
        parts = line.removeprefix("import time:").split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            # Only packages imported directly by the module tree, not their insides.
            if len(name) - len(name.lstrip()) <= 3:
                times.append((int(parts[1]) / 1e6, name.strip()))
    return sorted(times, reverse=True)[:top]


def peak_child_mb() -> float:
    """Return the peak memory of the largest child process so far."""
    # ru_maxrss of children is that of the largest child yet, in kB on Linux.
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def compile_project() -> None:
    """Write the byte code of `reader` and `ui`, as an installed Lisible has it.

    pip compiles a wheel's modules when it installs them, and a checkout's
    first run writes its `__pycache__`; but with PYTHONDONTWRITEBYTECODE set
    (some shells and CI images set it) every probe compiled Lisible's modules
    from source again, about 40 ms of each start-up on a 2-core machine that
    no user pays, while the floor's PySide6 came compiled.
    """
    import compileall

    root = Path(__file__).resolve().parent.parent
    for package in ("reader", "ui"):
        compileall.compile_dir(root / package, quiet=1)


def main() -> None:
    """Run the probes and print the figures."""
    from reader.paths import sample_article

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--path", default=str(sample_article()))
    args = parser.parse_args()
    compile_project()
    with tempfile.TemporaryDirectory() as home:
        empty = [run_probe(EMPTY_PROBE, args.path, home)]
        empty_peak = peak_child_mb()
        article = []
        # Turn about, so that a shared machine's load, which swings within a
        # run, weighs on the floor and the article alike.
        for number in range(args.runs):
            article.append(run_probe(ARTICLE_PROBE, args.path, home))
            if number + 1 < args.runs:
                empty.append(run_probe(EMPTY_PROBE, args.path, home))
        article_peak = peak_child_mb()
    entities = []
    late = []
    cli = []
    for _ in range(args.runs):
        # Each in a fresh home: the panel's state is remembered.
        with tempfile.TemporaryDirectory() as home:
            entities.append(run_entities_probe(args.path, home))
        with tempfile.TemporaryDirectory() as home:
            late.append(run_late_panel_probe(args.path, home))
        with tempfile.TemporaryDirectory() as home:
            cli.append(run_cli_entities(french_article(home), home))
    entities_peak = peak_child_mb()
    bare_load = [run_spacy_probe("fr_core_news_sm") for _ in range(args.runs)]
    floor = statistics.median(t for _, t in empty)
    shown = statistics.median(w for w, _ in article)
    painted = statistics.median(t for _, t in article)
    print(f"article: {os.path.basename(args.path)}, {args.runs} runs each, medians")
    print(f"{'empty Qt window painted (floor)':40} {floor:6.3f} s")
    print(f"{'Lisible window painted':40} {shown:6.3f} s  ({shown / floor:.2f}x floor)")
    print(f"{'Lisible article text painted':40} {painted:6.3f} s  ({painted / floor:.2f}x floor)")
    print(f"{'target for the article':40} {1.0:6.3f} s")
    with_panel = statistics.median(p for p, _, _ in entities)
    listed = statistics.median(e for _, e, _ in entities)
    reference = statistics.median(bare_load)
    late_filled = statistics.median(f for _, f, _ in late)
    cli_seconds = statistics.median(s for s, _ in cli)

    def vs_load(seconds: float) -> str:
        return f"({seconds / reference:.2f}x bare spacy.load)"

    print(f"{'bare spacy.load(fr_core_news_sm), cold':40} {reference:6.3f} s  (reference)")
    print(f"{'article painted, Entities panel open':40} {with_panel:6.3f} s")
    print(f"{'Entities panel filled, open at start':40} {listed:6.3f} s  {vs_load(listed)}")
    print(f"{'target':40} {2.0:6.3f} s")
    print(
        f"{'panel filled, opened 3 s after paint':40} {late_filled:6.3f} s  after opening it"
        f" (names listed: {min(n for _, _, n in late)})"
    )
    print(f"{'target':40} {0.5:6.3f} s")
    print(
        f"{'lisible entities, 1,000 French words':40} {cli_seconds:6.3f} s  {vs_load(cli_seconds)}"
        f" (names listed: {min(n for _, n in cli)})"
    )
    print(f"{'target':40} {2.5:6.3f} s")
    print(f"heavy modules imported (on workers) by the time it was painted: {entities[0][2]}")
    print(
        f"peak memory: empty window {empty_peak:.0f} MB, Lisible {article_peak:.0f} MB,"
        f" with entities {entities_peak:.0f} MB (the largest process: window or names process)"
    )
    print("slowest imports on the start-up path (import ui.window), cumulative:")
    for seconds, name in import_breakdown("ui.window", 10):
        print(f"  {seconds * 1000:7.1f} ms  {name}")


if __name__ == "__main__":
    main()
