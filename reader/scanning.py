"""Regex scans of long texts that never hold the interpreter for long.

One `finditer` step runs in C until the next match, holding the GIL all the
while: over a long text where matches are rare, a single step can take a
quarter of a second, and a 10 MB line seconds. A window in the app freezes
for that long, although the scan runs on a worker thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Characters scanned per regex call: a few milliseconds with our slowest patterns.
WINDOW = 16 * 1024
#: How far past its window a match may run: longer than any match we look for.
OVERLAP = 1024

_SPACE = re.compile(r"\s")


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Yield the matches `pattern.finditer(text)` would, scanning a window at a time.

    Windows end at a space, and each is scanned `OVERLAP` characters further,
    so that a match crossing the end is found whole. Lookbehinds still see the
    text before a window. A match longer than `OVERLAP` across a window's end
    may come out shorter; no pattern of ours is that long.
    """
    if len(text) <= WINDOW + OVERLAP:
        yield from pattern.finditer(text)
        return
    start = 0
    while start < len(text):
        space = _SPACE.search(text, start + WINDOW)
        cut = space.start() if space else len(text)
        next_start = cut
        for match in pattern.finditer(text, start, min(len(text), cut + OVERLAP)):
            if match.start() >= cut:
                break
            yield match
            next_start = max(next_start, match.end())
        start = next_start
