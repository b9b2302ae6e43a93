"""Bounds on what a source may hold before cleaning, where the parser would choke.

libxml2 and the cleaner behave well on real pages (the largest of 368 real
ones has 19,000 tags); these checks keep pages built to hurt from costing
minutes or gigabytes, or from losing their text to a parser limit.
"""

from __future__ import annotations

import re

from reader.errors import UnsupportedInput

#: Most tags a page may have. Cleaning costs about linearly in them but with a
#: large factor: 800,000 <dd>/<dt> took 41 s and 3 GB, 2 million <br> over
#: 60 s and 800 MB. 250,000 is thirteen times the largest real page measured
#: (Wikipedia's longest article: 19,000) and keeps the 100,000 short
#: paragraphs of tests/test_hostile.py.
MAX_TAGS = 250_000

#: A start tag this long is a pile of attributes, not markup: libxml2 checks
#: each new attribute against the others (80,000 on one element took 13 s),
#: so such a tag keeps only its name.
MAX_TAG_CHARS = 65_536
_HUGE_TAG = re.compile(rf"<([a-zA-Z][\w:.-]*)[^<>]{{{MAX_TAG_CHARS},}}>")


def bounded_html(html: str, name: str) -> str:
    """Return `html` ready for the parser, or refuse it.

    Raises:
        UnsupportedInput: the page has more than `MAX_TAGS` tags.
    """
    tags = html.count("<")
    if tags > MAX_TAGS:
        raise UnsupportedInput(
            "{name} has over {tags}k tags, far more than any article "
            "(Lisible opens pages of up to {limit}k).",
            name=name,
            tags=f"{tags // 1000:,}",
            limit=f"{MAX_TAGS // 1000:,}",
        )
    if len(html) > MAX_TAG_CHARS:
        html = _HUGE_TAG.sub(r"<\1>", html)
    return _without_internal_subset(html)


#: No word of an article is this long; longer runs of characters without a
#: space are cut to `GIANT_WORD_KEPT` and an ellipsis. A 20 MB "word" passed
#: libxml2's 10 MB limit on a text node or an attribute, which then dropped
#: the rest of the page ("has no readable text"), and a long unbreakable line
#: takes the window's text layout seconds to minutes.
GIANT_WORD_CHARS = 10_000
GIANT_WORD_KEPT = 1_000
#: A run of such characters that starts a run (the look-behind makes each run
#: tried once, keeping the search linear). Quotes and angle brackets end a
#: run, so a cut inside an attribute value leaves the markup whole.
_GIANT_WORD = re.compile(rf"(?<![^\s<>\"'])[^\s<>\"']{{{GIANT_WORD_CHARS},}}")
#: What ends a run (see `_GIANT_WORD`).
_RUN_END = re.compile(r"[\s<>\"']")
#: Characters where a giant word may start, looked at per regex call (about
#: 2 ms): one call over a 10 MB text held the interpreter, and so the window
#: of the app, for 0.3 s (see reader/scanning.py).
SCAN_CHARS = 64 * 1024


def without_giant_words(text: str) -> str:
    """Return `text` with every run of `GIANT_WORD_CHARS` or more non-space characters cut."""
    if len(text) < GIANT_WORD_CHARS:
        return text
    parts = []
    done = start = 0
    while start < len(text):
        # A giant word starting before `start + SCAN_CHARS` shows its first
        # `GIANT_WORD_CHARS` characters within the stretch searched.
        end = min(len(text), start + SCAN_CHARS + GIANT_WORD_CHARS)
        match = _GIANT_WORD.search(text, start, end)
        if match is None:
            start += SCAN_CHARS
            continue
        stop = match.end()
        while stop < len(text) and not _RUN_END.match(text, stop):
            # The word goes on past the stretch searched.
            found = _RUN_END.search(text, stop, min(len(text), stop + SCAN_CHARS))
            stop = found.start() if found else min(len(text), stop + SCAN_CHARS)
        parts.append(text[done : match.start() + GIANT_WORD_KEPT] + "…")
        done = start = stop
    parts.append(text[done:])
    return "".join(parts)


#: A DOCTYPE with an internal subset (`<!DOCTYPE html [<!ENTITY …>]>`), as XHTML
#: pages may carry. An HTML parser ends the DOCTYPE at the first `>` and reads
#: the rest as text: "]>" at the top, and the heading glued to the paragraph.
#: Entities are never expanded, so the subset has nothing to give.
_INTERNAL_SUBSET = re.compile(r"(<!DOCTYPE\s+[^\[>]*)\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_SUBSET_SEARCH_CHARS = 65_536


def _without_internal_subset(text: str) -> str:
    head = text[:_SUBSET_SEARCH_CHARS]
    match = _INTERNAL_SUBSET.search(head)
    if match is None or head[: match.start()].strip().lstrip("\ufeff")[:2] not in ("", "<?"):
        return text
    return text[: match.start()] + match.group(1).rstrip() + ">" + text[match.end() :]
