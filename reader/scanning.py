"""Regex work over long texts that never holds the interpreter for long.

One regex call runs in C, holding the GIL all the while: a `finditer` step
until the next match (over a long text where matches are rare, a quarter of
a second; over a 10 MB line, seconds), a `sub` over its whole text. A window
in the app freezes for that long, although the work runs on a worker thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

#: Characters scanned per regex call: about a millisecond with our slowest
#: patterns. The UI thread needs the GIL many times to paint once (each
#: Python-made widget, each event filter), and each time it waits for the
#: call under way to end: calls of 10 ms made a paint take 300 ms.
WINDOW = 2048
#: How far past its window a match may run: longer than any match we look for.
OVERLAP = 256
#: Characters per call of a transform (`in_slices`): about a millisecond of work.
SLICE = 64 * 1024
#: Where a text may be cut for a transform (see `in_slices`).
_CUT = re.compile("[!-~]")


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Yield the matches `pattern.finditer(text)` would, scanning a window at a time.

    Each window is scanned `OVERLAP` characters further, so that a match
    crossing its end is found whole; the next starts where that match ended,
    as one scan would go on. Lookbehinds and `\\b` still see the text before a
    window. A match longer than `OVERLAP` across a window's end may come out
    shorter; no pattern of ours is that long.
    """
    if len(text) <= WINDOW + OVERLAP:
        yield from pattern.finditer(text)
        return
    start = 0
    while start < len(text):
        cut = start + WINDOW
        next_start = cut
        for match in pattern.finditer(text, start, min(len(text), cut + OVERLAP)):
            if match.start() >= cut:
                break
            yield match
            next_start = max(next_start, match.end())
        start = next_start


def in_slices(text: str, transform: Callable[[str], str]) -> str:
    """Return `transform(text)`, computed a slice of about `SLICE` characters at a time.

    Each cut falls just before a printable ASCII character other than a
    space, where no transform of ours joins characters across (a run of
    spaces, a "\\r\\n", a letter and its accent).
    """
    if len(text) <= SLICE:
        return transform(text)
    parts = []
    start = 0
    while start < len(text):
        cut = _CUT.search(text, start + SLICE)
        end = cut.start() if cut else len(text)
        parts.append(transform(text[start:end]))
        start = end
    return "".join(parts)
