"""Entities found in a process of their own: nothing of it ever holds the window's interpreter.

spaCy keeps the interpreter while it reads a pipeline (150 to 200 ms at a
stretch), and a regular expression over a long read keeps it for as long as it
scans: on a thread of the window's process either freezes the window. In a
child process neither can. The child (`python -P -m reader.entities.service`)
runs the very functions the command line runs (`find_figures`,
`extract_entities`), so the results are the same, in two lanes: figures, which
need no model and come at once, and names, one text at a time, since a
pipeline is loaded once and shared. It speaks one JSON object a line, and a
request's text follows its line as `bytes` bytes of UTF-8:

    {"id": 1, "load": "fr"}                         -> {"id": 1, "loaded": "fr"}
    {"id": 2, "figures": {"language"}, "bytes": n} TEXT
        -> {"id": 2, "rows": [...]} ... then {"id": 2, "figures": true}
    {"id": 3, "ahead": "blocks", "items": [...]} ...
    {"id": 3, "ahead": "figures", "items": [...]} ...
    {"id": 3, "extract": {"language", "blocks": bool, "figures": bool}, "bytes": n} TEXT
        -> {"id": 3, "progress": [done, total]} ... {"id": 3, "rows": [...]} ...
           then {"id": 3, "result": {"language"}}
    {"stop": 3}                                     -> {"id": 3, "cancelled": true}
    a failure                                       -> {"id": n, "unavailable": "one line"}

Whatever is long goes in pieces, each a short call for the window's
interpreter: the text as raw bytes rather than inside one `json.dumps` (a long
read's request held it 11 ms, and the child's `json.loads` as long), a
request's blocks and figures in lines of `ROWS_PER_LINE` ahead of it, and an
answer's entities likewise. A request the child cannot read ends it (exit
status `UNREADABLE_STATUS`): nothing after it can be told apart.

The child ends when its standard input closes: when Lisible quits, or dies.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import json
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from reader.entities.model import (
    EntitiesUnavailable,
    Entity,
    EntityResult,
    ExtractionCancelled,
)

log = logging.getLogger(__name__)

#: How much nicer than the window a child started ahead of need runs (0 to 19).
BACKGROUND_NICENESS = 10

#: How long a child whose answers ended may take to say how it ended.
CLOSE_TIMEOUT_S = 2.0

#: How often a waiting request checks whether it was cancelled, in seconds.
POLL_S = 0.05

#: Entities per line of an answer. The parent reads each line with one
#: `json.loads`, which holds the interpreter: a long read's 20,000 entities in
#: one line held it 62 ms, and the window's thread waited that long for it;
#: 1,000 a line cost about 3 ms each.
ROWS_PER_LINE = 1000

#: Characters of a request's text encoded and written at a time.
TEXT_PIECE = 65536

#: How the child ends when a request cannot be read.
UNREADABLE_STATUS = 3

Reply = dict[str, Any]


def framed(
    message: Reply, text: str | None = None, ahead: dict[str, list[Any]] | None = None
) -> list[bytes]:
    """Return a request as the pieces to write: lines ahead, its line, its text.

    Args:
        message: the request, with its "id".
        text: the request's text, sent as UTF-8 after its line.
        ahead: lists sent in lines of `ROWS_PER_LINE` ahead of the request
            (its "blocks", its "figures"), by name.
    """
    number = message.get("id")
    lines = [
        _line({"id": number, "ahead": name, "items": items[start : start + ROWS_PER_LINE]})
        for name, items in (ahead or {}).items()
        for start in range(0, len(items), ROWS_PER_LINE)
    ]
    if text is None:
        return [*lines, _line(message)]
    # Lone surrogates pass as JSON carried them before: the text comes back the same.
    pieces = [
        text[start : start + TEXT_PIECE].encode("utf-8", "surrogatepass")
        for start in range(0, len(text), TEXT_PIECE)
    ]
    return [*lines, _line({**message, "bytes": sum(map(len, pieces))}), *pieces]


def _line(message: Reply) -> bytes:
    return json.dumps(message).encode("ascii") + b"\n"


class _Child:
    """One running child process and the requests waiting for its answers."""

    def __init__(self, background: bool) -> None:
        package_root = str(Path(__file__).resolve().parents[2])
        path = os.environ.get("PYTHONPATH")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, path]))}
        self.background = background
        self.process = subprocess.Popen(
            # -P: `-m` would put the current folder first on the path, and a `reader`
            # there (a script, an older copy of Lisible) would run instead of this one.
            [sys.executable, "-P", "-m", "reader.entities.service"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        if background and hasattr(os, "setpriority"):
            niceness = os.getpriority(os.PRIO_PROCESS, 0) + BACKGROUND_NICENESS
            with contextlib.suppress(OSError):  # one that died at once is reported at reading
                os.setpriority(os.PRIO_PROCESS, self.process.pid, min(niceness, 19))
        self.loaded: set[str] = set()
        self.unavailable: dict[str, str] = {}
        #: Languages asked for, by the id of their request.
        self.loading: dict[int, str] = {}
        self._waiting: dict[int, queue.Queue[Reply | None]] = {}
        self._ids = itertools.count(1)
        self._write_lock = threading.Lock()
        self._dead = False
        threading.Thread(target=self._read, name="entities-process-replies", daemon=True).start()
        log.info("started the entities process %d", self.process.pid)

    @property
    def alive(self) -> bool:
        return not self._dead and self.process.poll() is None

    @property
    def busy(self) -> bool:
        """Return whether a request other than a load is waiting for its answer."""
        return any(number not in self.loading for number in list(self._waiting))

    def ask(
        self,
        request: Reply,
        waiting: bool = True,
        text: str | None = None,
        ahead: dict[str, list[Any]] | None = None,
    ) -> tuple[int, queue.Queue[Reply | None]]:
        """Send a request (see `framed`); return its id and the queue its answers arrive in."""
        number = next(self._ids)
        answers: queue.Queue[Reply | None] = queue.Queue()
        if waiting:
            self._waiting[number] = answers
        if "load" in request:
            self.loading[number] = request["load"]
        if self._dead:
            answers.put(None)
        else:
            self.send({"id": number, **request}, text, ahead)
        return number, answers

    def forget(self, number: int) -> None:
        self._waiting.pop(number, None)

    def send(
        self, message: Reply, text: str | None = None, ahead: dict[str, list[Any]] | None = None
    ) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        pieces = framed(message, text, ahead)
        try:
            with self._write_lock:
                for piece in pieces:
                    stdin.write(piece)
                stdin.flush()
        except (OSError, ValueError):  # a closed pipe: the reader tells everyone
            log.info("the entities process no longer reads")

    def stop(self, kill: bool) -> None:
        """Close the child's input, so that it ends; kill it at once if `kill`."""
        with contextlib.suppress(OSError), self._write_lock:
            if self.process.stdin:
                self.process.stdin.close()
        if kill:
            self.process.kill()

    def _read(self) -> None:
        stdout = self.process.stdout
        assert stdout is not None
        with stdout:
            try:
                for line in stdout:
                    self._dispatch(json.loads(line))
            except (OSError, ValueError):
                log.exception("the entities process's answers could not be read")
        self._dead = True
        for answers in list(self._waiting.values()):
            answers.put(None)

    def _dispatch(self, reply: Reply) -> None:
        number = reply["id"]
        language = self.loading.get(number)
        if language is not None:
            if "unavailable" in reply:
                self.unavailable[language] = reply["unavailable"]
            elif "loaded" in reply:
                self.loaded.add(language)
        answers = self._waiting.get(number)
        if answers is not None:
            answers.put(reply)


class EntitiesProcess:
    """The parent's side: starts the child when first needed and talks to it.

    Thread-safe. A child that dies is reported as `EntitiesUnavailable` and
    replaced by a fresh one at the next request.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._child: _Child | None = None

    @property
    def running(self) -> bool:
        """Return whether a child process is running."""
        child = self._child
        return child is not None and child.alive

    @property
    def pid(self) -> int | None:
        """Return the current child's process id, if one was started."""
        child = self._child
        return child.process.pid if child is not None else None

    def is_loaded(self, language: str) -> bool:
        """Return whether the child has loaded the pipeline of `language`."""
        child = self._child
        return child is not None and child.alive and language in child.loaded

    def start_loading(self, language: str, *, background: bool = False) -> None:
        """Ask the child to load `language`'s pipeline, without waiting for it.

        Args:
            language: "fr" or "en".
            background: no one waits for it yet; a child started now runs at a
                lower CPU priority than the window.
        """
        with self._lock:
            child = self._current(background, language)
            if language not in child.loaded and language not in child.loading.values():
                child.ask({"load": language}, waiting=False)

    def figures(self, text: str, language: str) -> tuple[Entity, ...]:
        """Return `find_figures(text, language)`, found in the child.

        Raises:
            EntitiesUnavailable: the child died.
        """
        reply = self._request({"figures": {"language": language}}, text=text)
        return _entities(reply["rows"])

    def extract(
        self,
        text: str,
        language: str,
        blocks: Sequence[tuple[int, int]] | None = None,
        *,
        figures: Sequence[Entity] | None = None,
        cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int, int], object] | None = None,
    ) -> EntityResult:
        """Return `extract_entities(...)` of the same arguments, found in the child.

        Raises:
            EntitiesUnavailable: no pipeline for the language, or the child died.
            ExtractionCancelled: `cancelled()` returned true.
        """
        ahead: dict[str, list[Any]] = {}
        if blocks is not None:
            ahead["blocks"] = [list(block) for block in blocks]
        if figures is not None:
            ahead["figures"] = [_plain(entity) for entity in figures]
        request = {
            "language": language,
            "blocks": blocks is not None,
            "figures": figures is not None,
        }
        reply = self._request(
            {"extract": request},
            language,
            cancelled=cancelled,
            progress=progress,
            text=text,
            ahead=ahead,
        )
        return EntityResult(reply["result"]["language"], _entities(reply["rows"]))

    def close(self) -> None:
        """End the child at once: it holds nothing worth waiting for (quitting must be quick)."""
        with self._lock:
            child, self._child = self._child, None
        if child is not None:
            child.stop(kill=True)
            child.process.wait()

    def _current(self, background: bool, language: str | None = None) -> _Child:
        """Return a running child, started if needed (the lock is held)."""
        child = self._child
        if child is not None and child.alive and language is not None and not background:
            self._hurry(child, language)
            child = self._child
        if child is None or not child.alive:
            if child is not None:
                child.stop(kill=True)
                child.process.wait()
            child = self._child = _Child(background)
        return child

    def _hurry(self, child: _Child, language: str) -> None:
        """Someone waits for `language`: a low-priority child still loading it makes way.

        A process cannot take back the priority it gave up, and a niced child on a
        busy machine may take a minute; a fresh one at normal priority takes seconds.
        """
        if not child.background or language in child.loaded or language in child.unavailable:
            return
        log.info("restarting the entities process at normal priority for %s", language)
        # Requests it is answering are let finish; it ends once they are.
        child.stop(kill=not child.busy)
        self._child = None

    def _request(
        self,
        request: Reply,
        language: str | None = None,
        *,
        cancelled: Callable[[], bool] | None = None,
        progress: Callable[[int, int], object] | None = None,
        text: str | None = None,
        ahead: dict[str, list[Any]] | None = None,
    ) -> Reply:
        with self._lock:
            child = self._current(background=False, language=language)
            number, answers = child.ask(request, text=text, ahead=ahead)
        stopping = False
        rows: list[list[Any]] = []
        try:
            while True:
                if not stopping and cancelled is not None and cancelled():
                    child.send({"stop": number})
                    stopping = True
                try:
                    reply = answers.get(timeout=POLL_S)
                except queue.Empty:
                    continue
                if reply is None:
                    _died(child)
                if "rows" in reply:
                    rows.extend(reply["rows"])
                    continue
                if "progress" in reply:
                    if progress is not None and not stopping:
                        try:
                            progress(*reply["progress"])
                        except BaseException:
                            # The caller gives up (a cancelled task): the child stops too.
                            child.send({"stop": number})
                            _drain(answers)
                            raise
                    continue
                if "cancelled" in reply:
                    raise ExtractionCancelled
                if "unavailable" in reply:
                    template, fields = reply.get("phrase") or (reply["unavailable"], {})
                    raise EntitiesUnavailable(template, **fields)
                return {**reply, "rows": rows}
        finally:
            child.forget(number)


def _drain(answers: queue.Queue[Reply | None]) -> None:
    """Wait for a stopped request's last answer, so that it is done when this returns."""
    while True:
        reply = answers.get()
        if reply is None or "progress" not in reply:
            return


def _unavailable(error: EntitiesUnavailable) -> Reply:
    # The sentence, and its template and fields for the window to translate
    # (a field that was a phrase of its own arrives as its English words).
    fields = {name: str(value) for name, value in error.phrase.fields.items()}
    return {"unavailable": str(error), "phrase": [error.phrase.template, fields]}


def _died(child: _Child) -> NoReturn:
    status = child.process.poll()
    if status is None:
        with contextlib.suppress(subprocess.TimeoutExpired):
            status = child.process.wait(CLOSE_TIMEOUT_S)
    log.error("the entities process ended unexpectedly (exit status %s)", status)
    raise EntitiesUnavailable(
        "The process finding entities stopped unexpectedly (exit status {status});"
        " it starts afresh on the next try.",
        status=status,
    )


def _plain(entity: Entity) -> list[Any]:
    return [entity.text, entity.label, [list(span) for span in entity.mentions]]


def _entities(rows: list[list[Any]]) -> tuple[Entity, ...]:
    return tuple(
        Entity(text, label, tuple((start, end) for start, end in mentions))
        for text, label, mentions in rows
    )


_instance: EntitiesProcess | None = None
_instance_lock = threading.Lock()


def entities_process() -> EntitiesProcess:
    """Return this process's one `EntitiesProcess`, ended when the interpreter exits."""
    global _instance  # noqa: PLW0603 - one child per process, made on first use
    with _instance_lock:
        if _instance is None:
            _instance = EntitiesProcess()
            atexit.register(_instance.close)
        return _instance


# The child's side ------------------------------------------------------------------


class _Server:
    """Read requests, run them in their lane, write the answers."""

    def __init__(self, replies: IO[str]) -> None:
        self._replies = replies
        self._write_lock = threading.Lock()
        self._stopped: set[int] = set()
        self._lanes = {"figures": queue.Queue[Reply | None](), "names": queue.Queue[Reply | None]()}

    def serve(self, requests: IO[bytes]) -> bool:
        """Answer requests until their stream ends; return False if one could not be read."""
        lanes = [
            threading.Thread(target=self._lane, args=(lane,), name=f"{name}-lane")
            for name, lane in self._lanes.items()
        ]
        for lane in lanes:
            lane.start()
        readable = True
        try:
            self._take(requests)
        except (ValueError, TypeError, KeyError) as error:
            log.error("a request could not be read (%s): stopping", error)
            readable = False
        for lane_queue in self._lanes.values():
            lane_queue.put(None)
        for lane in lanes:
            lane.join()
        return readable

    def _take(self, requests: IO[bytes]) -> None:
        """Read requests and hand each to its lane, with its text and what came ahead of it."""
        ahead: dict[int, dict[str, list[Any]]] = {}
        while line := requests.readline():
            request = json.loads(line)
            if "stop" in request:
                self._stopped.add(request["stop"])
                continue
            number = request["id"]
            if "ahead" in request:
                items = ahead.setdefault(number, {}).setdefault(request["ahead"], [])
                items.extend(request["items"])
                continue
            came = ahead.pop(number, {})
            asked = request.get("figures") or request.get("extract")
            if "bytes" in request:
                size = request["bytes"]
                data = requests.read(size)
                if len(data) != size:
                    raise ValueError(f"{len(data)} bytes of text instead of {size}")
                asked["text"] = data.decode("utf-8", "surrogatepass")
            if "extract" in request:
                for name in ("blocks", "figures"):
                    asked[name] = came.get(name, []) if asked[name] else None
            self._lanes["figures" if "figures" in request else "names"].put(request)

    def _lane(self, requests: queue.Queue[Reply | None]) -> None:
        while (request := requests.get()) is not None:
            number = request["id"]
            try:
                reply = self._answer(number, request)
            except ExtractionCancelled:
                reply = {"cancelled": True}
            except EntitiesUnavailable as error:
                reply = _unavailable(error)
            except Exception as error:
                log.exception("finding entities failed")
                reply = _unavailable(
                    EntitiesUnavailable(
                        "Finding entities failed ({kind}).", kind=type(error).__name__
                    )
                )
            self._stopped.discard(number)
            self._write({"id": number, **reply})

    def _answer(self, number: int, request: Reply) -> Reply:
        from reader.entities import extract_entities, find_figures, preload

        if "load" in request:
            preload(request["load"])
            return {"loaded": request["load"]}
        if "figures" in request:
            asked = request["figures"]
            self._write_rows(number, find_figures(asked["text"], asked["language"]))
            return {"figures": True}
        asked = request["extract"]
        blocks = asked["blocks"]
        figures = asked["figures"]
        result = extract_entities(
            asked["text"],
            asked["language"],
            None if blocks is None else [(start, end) for start, end in blocks],
            cancelled=lambda: number in self._stopped,
            progress=lambda done, total: self._write({"id": number, "progress": [done, total]}),
            figures=None if figures is None else _entities(figures),
        )
        self._write_rows(number, result.entities)
        return {"result": {"language": result.language}}

    def _write_rows(self, number: int, entities: Sequence[Entity]) -> None:
        """Write the entities of an answer a few lines ahead of it (see `ROWS_PER_LINE`)."""
        for start in range(0, len(entities), ROWS_PER_LINE):
            rows = [_plain(entity) for entity in entities[start : start + ROWS_PER_LINE]]
            self._write({"id": number, "rows": rows})

    def _write(self, reply: Reply) -> None:
        with self._write_lock:
            self._replies.write(json.dumps(reply) + "\n")
            self._replies.flush()


def main() -> None:
    """Run as the child: read requests on standard input, answer on standard output."""
    # Ctrl+C in the terminal reaches the whole group: the parent decides when this ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(level=logging.WARNING, format="entities process: %(message)s")
    # Whatever a library prints must not mix with the answers.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    requests = open(sys.stdin.fileno(), "rb", closefd=False)  # noqa: SIM115
    # A BrokenPipeError: the window went away mid-answer.
    with contextlib.suppress(BrokenPipeError):
        if not _Server(replies).serve(requests):
            sys.exit(UNREADABLE_STATUS)


if __name__ == "__main__":
    main()
