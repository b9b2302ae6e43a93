"""French spaCy's token matcher compiled in milliseconds instead of seconds, matching the same.

spaCy's French defaults (`spacy.lang.fr.tokenizer_exceptions`) build
`TOKEN_MATCH` from 266 anchored alternatives such as `^anti[-…][a-zà…][-a-zà…']*$`,
joined into one 1.45 MB pattern: the same three letter classes, thousands of
characters each, are repeated about 480 times, and `re.compile` parses and
case-folds every copy (3 s on a 2-core machine, once at import and, unless
cached, again when the saved tokenizer is read). Alternatives that differ in
one plain stretch only are the same language as one alternative holding an
alternation of those stretches (concatenation distributes over union), so the
pattern factored that way matches exactly the same strings, with each big
class compiled a handful of times.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger(__name__)

#: Patterns shorter than this compile fast enough as they are.
HUGE = 100_000

#: A character class longer than this is worth compiling once instead of per alternative
#: (spaCy's letter classes are 1,100 to 3,100 characters; its punctuation classes under 20).
BIG_CLASS = 200

#: Top-level tokens of a pattern: an escape, a whole character class, a parenthesis, a bar.
_TOKEN = re.compile(r"\\.|\[\^?\]?[^\]\\]*(?:\\.[^\]\\]*)*\]|[()|]", re.DOTALL)
#: A quantifier directly after a class belongs to it.
_QUANTIFIER = re.compile(r"(?:[*+?]|\{\d*,?\d*\})[?+]?")
#: Global flags at the start of a pattern, such as spaCy's `(?iu)`.
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def factor_alternation(pattern: str) -> str | None:
    """Return `pattern` with its big character classes factored out of its alternatives.

    The result matches exactly the strings `pattern` matches (as `re` reads
    it). Returns None when the pattern is not a plain alternation whose big
    classes sit outside groups, so that it is better compiled as it is.
    """
    flags = _GLOBAL_FLAGS.match(pattern)
    head = flags.group() if flags else ""
    if not _reorderable(pattern):
        return None
    alternatives = _flattened(pattern, len(head))
    if alternatives is None:
        return None
    shapes: dict[tuple[str, ...], list[list[str]]] = defaultdict(list)
    plain: list[str] = []
    for alternative in alternatives:
        split = _split_on_big_classes(alternative)
        if split is None:
            return None
        stretches, classes = split
        if classes:
            shapes[tuple(classes)].append(stretches)
        else:
            plain.append(alternative)
    factored = [
        piece for classes, rows in shapes.items() for piece in _factor_rows(list(classes), rows)
    ]
    return head + "|".join(f"(?:{piece})" for piece in factored + plain)


def _reorderable(pattern: str) -> bool:
    """Return whether alternatives can be regrouped: no group is numbered or referred to."""
    for token in _TOKEN.finditer(pattern):
        text = token.group()
        if text == "(":
            after = pattern[token.end() : token.end() + 2]
            if not after.startswith("?") or after in ("?P", "?("):
                return False
        elif text[0] == "\\" and text[1:] in "123456789g":
            return False
    return True


def _flattened(pattern: str, start: int) -> list[str] | None:
    """Return the top-level alternatives of `pattern[start:]`, a `(?:a|b)` one as `a` and `b`."""
    alternatives = _top_level_alternatives(pattern, start)
    if alternatives is None:
        return None
    flat: list[str] = []
    for alternative in alternatives:
        inside = _unwrapped(alternative)
        if inside == alternative:
            flat.append(alternative)
            continue
        nested = _flattened(inside, 0)
        if nested is None:
            return None
        flat.extend(nested)
    return flat


def _top_level_alternatives(pattern: str, start: int) -> list[str] | None:
    """Split `pattern[start:]` at its top-level bars; None if its parentheses do not balance."""
    depth = 0
    cuts = [start - 1]
    for token in _TOKEN.finditer(pattern, start):
        text = token.group()
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
            if depth < 0:
                return None
        elif text == "|" and depth == 0:
            cuts.append(token.start())
    if depth:
        return None
    cuts.append(len(pattern))
    return [pattern[begin + 1 : end] for begin, end in itertools.pairwise(cuts)]


def _unwrapped(alternative: str) -> str:
    """Return the inside of an alternative that is one `(?:…)` group, else the alternative."""
    if not (alternative.startswith("(?:") and alternative.endswith(")")):
        return alternative
    depth = 0
    for token in _TOKEN.finditer(alternative):
        if token.group() == "(":
            depth += 1
        elif token.group() == ")":
            depth -= 1
            if depth == 0:
                whole = token.end() == len(alternative)
                return alternative[3:-1] if whole else alternative
    return alternative


def _split_on_big_classes(alternative: str) -> tuple[list[str], list[str]] | None:
    """Cut an alternative around its big classes (each with its quantifier).

    Returns the plain stretches (one more than the classes) and the classes,
    or None when a big class sits inside a group, where cutting would break it.
    """
    stretches: list[str] = []
    classes: list[str] = []
    depth = 0
    last = 0
    for token in _TOKEN.finditer(alternative):
        text = token.group()
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif text.startswith("[") and len(text) > BIG_CLASS:
            if depth:
                return None
            quantifier = _QUANTIFIER.match(alternative, token.end())
            end = quantifier.end() if quantifier else token.end()
            stretches.append(alternative[last : token.start()])
            classes.append(alternative[token.start() : end])
            last = end
    stretches.append(alternative[last:])
    return stretches, classes


def _factor_rows(classes: list[str], rows: list[list[str]]) -> Iterator[str]:
    """Join alternatives of one shape, alternating on the stretch that varies most."""

    def others(row: list[str], varying: int) -> tuple[str, ...]:
        return tuple(row[:varying] + row[varying + 1 :])

    varying = min(range(len(classes) + 1), key=lambda i: len({others(r, i) for r in rows}))
    groups: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for row in rows:
        choices = groups[others(row, varying)]
        if row[varying] not in choices:
            choices.append(row[varying])
    for fixed, choices in groups.items():
        stretches = list(fixed)
        stretches.insert(varying, "(?:" + "|".join(f"(?:{c})" for c in choices) + ")")
        yield stretches[0] + "".join(c + s for c, s in zip(classes, stretches[1:], strict=True))


@functools.lru_cache(maxsize=4)
def _compiled(pattern: str, flags: int) -> re.Pattern[str] | None:
    factored = factor_alternation(pattern)
    if factored is None:
        return None
    try:
        compiled: re.Pattern[str] = _real_compile(factored, flags)
    except re.error:
        log.warning("a factored pattern did not compile; compiling the original")
        return None
    log.debug("compiled a %d-character pattern as %d characters", len(pattern), len(factored))
    return compiled


_real_compile: Callable[..., Any] = re.compile
_patching = threading.Lock()


def _compile(pattern: Any, flags: int = 0) -> Any:
    if isinstance(pattern, str) and len(pattern) > HUGE:
        quick = _compiled(pattern, int(flags))
        if quick is not None:
            return quick
    return _real_compile(pattern, flags)


@contextmanager
def quick_huge_patterns() -> Iterator[None]:
    """Compile huge alternations factored while spaCy loads a pipeline.

    spaCy calls `re.compile` itself, at import and when it reads a saved
    tokenizer, so the factored pattern is handed to it there; every other
    pattern compiles as usual. One loader at a time (callers hold their lock).
    """
    with _patching:
        re.compile = _compile
        try:
            yield
        finally:
            re.compile = _real_compile
