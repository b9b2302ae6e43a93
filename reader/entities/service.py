"""spaCy in a process of its own: loading and running it never holds the window's interpreter.

spaCy keeps the interpreter while it reads a pipeline (150 to 200 ms at a
stretch) and while parts of a batch run: on a thread of the window's process
that freezes the window. In a child process it cannot. The child
(`python -m reader.entities.service`) loads pipelines with `reader.entities.ner`,
exactly as the command line does, and answers one request at a time over its
standard input and output, one JSON object a line:

    {"load": "fr"}                      -> {"stop_words": [...]}
    {"pipe": "fr", "texts": [...]}      -> {"ents": [[[label, start, end], ...], ...]}
    any failure                         -> {"unavailable": "one line"}

The parent sends texts in spaCy's own batches (`ner.PIPE_BATCH`), so the model
sees the same batches as in one process and finds the same entities, and a
search can stop between two of them. The child ends when its standard input
closes: when Lisible quits, or dies.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any, NoReturn

from reader.entities.model import EntitiesUnavailable

log = logging.getLogger(__name__)

#: How much nicer than the window a child started ahead of need runs (0 to 19).
BACKGROUND_NICENESS = 10

#: How long a closing child may take to finish its batch before it is killed.
CLOSE_TIMEOUT_S = 2.0

RawEntity = tuple[str, int, int]


class NamesProcess:
    """The parent's side: starts the child when first needed and talks to it.

    Thread-safe: one request at a time. A child that dies is reported as
    `EntitiesUnavailable` and replaced by a fresh one at the next request.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._child: subprocess.Popen[str] | None = None
        #: Languages asked to load whose answers are still unread, in order.
        self._pending: list[str] = []
        self._stop_words: dict[str, frozenset[str]] = {}
        self._unavailable: dict[str, str] = {}
        #: Whether the child runs at low priority (started before anyone waited).
        self._background = False
        #: The child's answers, read by a thread of their own; None once it ends.
        self._replies: queue.Queue[dict[str, Any] | None] = queue.Queue()

    def is_loaded(self, language: str) -> bool:
        """Return whether the child has loaded `language`, without waiting for it."""
        if language not in self._stop_words and self._lock.acquire(blocking=False):
            try:
                while self._pending and not self._replies.empty():
                    self._read_reply_to_load()
            except EntitiesUnavailable:
                pass  # the next request says so
            finally:
                self._lock.release()
        return language in self._stop_words

    @property
    def running(self) -> bool:
        """Return whether a child process is running."""
        return self._child is not None and self._child.poll() is None

    @property
    def pid(self) -> int | None:
        """Return the child's process id, if one was started."""
        return self._child.pid if self._child is not None else None

    def start_loading(self, language: str, *, background: bool = False) -> None:
        """Ask the child to load `language` without waiting for it.

        Args:
            language: "fr" or "en".
            background: no one waits for it yet; a child started now runs
                with a lower CPU priority than the window.
        """
        with self._lock:
            if not background:
                self._hurry(language)
            if self._known(language):
                return
            self._ensure_child(background)
            self._send({"load": language})
            self._pending.append(language)

    def stop_words(self, language: str) -> frozenset[str]:
        """Load `language` in the child if needed; return its stop words.

        Raises:
            EntitiesUnavailable: no pipeline for the language, or the child died.
        """
        with self._lock:
            return self._load(language)

    def pipe(self, language: str, texts: Sequence[str]) -> list[list[RawEntity]]:
        """Return spaCy's `(label, start, end)` entities of each text, run as one batch.

        Raises:
            EntitiesUnavailable: no pipeline for the language, or the child died.
        """
        with self._lock:
            self._load(language)
            self._send({"pipe": language, "texts": list(texts)})
            reply = self._receive()
            return [[(label, start, end) for label, start, end in ents] for ents in reply["ents"]]

    def close(self) -> None:
        """End the child: close its input, let it finish its batch, kill it if it does not."""
        with self._lock:
            child, self._child = self._child, None
            self._pending.clear()
            self._stop_words.clear()
        if child is None:
            return
        try:
            if child.stdin:
                child.stdin.close()
            child.wait(CLOSE_TIMEOUT_S)
        except (OSError, subprocess.TimeoutExpired):
            child.kill()
            child.wait()

    def _known(self, language: str) -> bool:
        return (
            language in self._stop_words
            or language in self._unavailable
            or (language in self._pending and self.running)
        )

    def _load(self, language: str) -> frozenset[str]:
        words = self._stop_words.get(language)
        if words is not None:
            return words
        self._hurry(language)
        if language in self._unavailable:
            raise EntitiesUnavailable(self._unavailable[language])
        if language not in self._pending or not self.running:
            self._ensure_child(background=False)
            self._send({"load": language})
            self._pending.append(language)
        self._read_pending()
        if language in self._unavailable:
            raise EntitiesUnavailable(self._unavailable[language])
        return self._stop_words[language]

    def _hurry(self, language: str) -> None:
        """Someone waits for `language`: a low-priority child still loading it makes way.

        A process cannot take back the priority it gave up, and a niced child on a
        busy machine may take a minute; a fresh one at normal priority takes seconds.
        """
        if not (self._background and self.running) or language in self._stop_words:
            return
        while self._pending and not self._replies.empty():
            self._read_reply_to_load()
        if language not in self._stop_words and language not in self._unavailable:
            log.info("restarting the names process at normal priority for %s", language)
            self._forget_child()

    def _read_pending(self) -> None:
        while self._pending:
            self._read_reply_to_load()

    def _read_reply_to_load(self) -> None:
        reply = self._receive(expect_failure=True)
        language = self._pending.pop(0)
        if "unavailable" in reply:
            self._unavailable[language] = reply["unavailable"]
        else:
            self._stop_words[language] = frozenset(reply["stop_words"])

    def _ensure_child(self, background: bool) -> None:
        if self.running:
            return
        self._forget_child()
        package_root = str(Path(__file__).resolve().parents[2])
        path = os.environ.get("PYTHONPATH")
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, path]))}
        command = [sys.executable, "-m", "reader.entities.service"]
        self._background = background
        self._child = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        if background:
            niceness = os.getpriority(os.PRIO_PROCESS, 0) + BACKGROUND_NICENESS
            with contextlib.suppress(OSError):  # a child that died at once: reported at reading
                os.setpriority(os.PRIO_PROCESS, self._child.pid, min(niceness, 19))
        self._replies = queue.Queue()
        threading.Thread(
            target=_read_replies,
            args=(self._child.stdout, self._replies),
            name="names-process-replies",
            daemon=True,
        ).start()
        log.info("started the names process %d", self._child.pid)

    def _forget_child(self) -> None:
        child, self._child = self._child, None
        self._pending.clear()
        self._stop_words.clear()
        if child is not None:
            if child.stdin:
                child.stdin.close()
            child.kill()
            child.wait()

    def _send(self, request: dict[str, Any]) -> None:
        child = self._child
        assert child is not None and child.stdin is not None
        try:
            child.stdin.write(json.dumps(request) + "\n")
            child.stdin.flush()
        except OSError:
            self._died()

    def _receive(self, expect_failure: bool = False) -> dict[str, Any]:
        reply = self._replies.get()
        if reply is None:
            self._died()
        if "unavailable" in reply and not expect_failure:
            raise EntitiesUnavailable(reply["unavailable"])
        return reply

    def _died(self) -> NoReturn:
        child = self._child
        status = child.poll() if child is not None else None
        if child is not None and status is None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                status = child.wait(CLOSE_TIMEOUT_S)
        self._forget_child()
        log.error("the names process ended unexpectedly (exit status %s)", status)
        raise EntitiesUnavailable(
            f"The process finding names stopped unexpectedly (exit status {status}); "
            "it starts afresh on the next try."
        )


def _read_replies(stream: IO[str], replies: queue.Queue[dict[str, Any] | None]) -> None:
    """Queue each answer of a child as it comes; None once it ends (or says nonsense)."""
    with stream:
        try:
            for line in stream:
                replies.put(json.loads(line))
        except (OSError, ValueError):
            log.exception("the names process's answers could not be read")
    replies.put(None)


_instance: NamesProcess | None = None
_instance_lock = threading.Lock()


def names_process() -> NamesProcess:
    """Return this process's one `NamesProcess`, ended when the interpreter exits."""
    global _instance  # noqa: PLW0603 - one child per process, made on first use
    with _instance_lock:
        if _instance is None:
            _instance = NamesProcess()
            atexit.register(_instance.close)
        return _instance


def serve(requests: IO[str], replies: IO[str]) -> None:
    """Answer requests until `requests` ends (the child's main loop)."""
    from reader.entities import ner

    for line in requests:
        request = json.loads(line)
        try:
            if "load" in request:
                reply: dict[str, Any] = {"stop_words": sorted(ner.stop_words(request["load"]))}
            else:
                nlp = ner._pipeline(request["pipe"])
                docs = nlp.pipe(request["texts"], batch_size=ner.PIPE_BATCH)
                reply = {
                    "ents": [
                        [(ent.label_, ent.start_char, ent.end_char) for ent in doc.ents]
                        for doc in docs
                    ]
                }
        except EntitiesUnavailable as error:
            reply = {"unavailable": str(error)}
        except Exception as error:
            log.exception("finding names failed")
            reply = {"unavailable": f"Finding names failed ({type(error).__name__})."}
        replies.write(json.dumps(reply) + "\n")
        replies.flush()


def main() -> None:
    """Run as the child: read requests on standard input, answer on standard output."""
    # Ctrl+C in the terminal reaches the whole group: the parent decides when this ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.basicConfig(level=logging.WARNING, format="names process: %(message)s")
    # Whatever a library prints must not mix with the answers.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    requests = open(sys.stdin.fileno(), encoding="utf-8", closefd=False)  # noqa: SIM115

    # A BrokenPipeError: the window went away mid-answer.
    with contextlib.suppress(BrokenPipeError):
        serve(requests, replies)


if __name__ == "__main__":
    main()
