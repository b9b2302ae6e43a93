"""The library's search: what a user types as an FTS5 query, and a line of context per result.

Case and accents do not matter ("etats" finds "États"); each word also finds
longer words it begins; "a phrase in quotes" must appear as it is; operators
and punctuation are plain words or ignored, so any text is a valid query.
"""

from __future__ import annotations

import collections
import functools
import re
import unicodedata

from reader.folding import fold

#: Words of context in a search result's snippet: about one line.
SNIPPET_WORDS = 14

#: A query term: letters and digits, with inner apostrophes or hyphens
#: ("l'État", "États-Unis") keeping the pieces together as a phrase.
_TERM = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_PIECE = re.compile(r"[^\W_]+")


def fts_query(query: str) -> str:
    """Turn what a user typed into a safe FTS5 query: every word, as a prefix.

    Words are quoted, so FTS5 operators (AND, OR, NOT, NEAR, -, ^, :, *) and
    stray quotes are plain text; "quoted words" make one phrase. Return "" when
    the query holds no word at all.
    """
    query = unicodedata.normalize("NFC", query)
    terms: list[str] = []
    for index, part in enumerate(query.split('"')):
        if index % 2:
            # Inside quotes: one phrase.
            pieces = _PIECE.findall(part)
            if pieces:
                terms.append(_phrase(pieces))
        else:
            terms.extend(_phrase(_PIECE.findall(term)) for term in _TERM.findall(part))
    return " ".join(terms)


def _phrase(pieces: list[str]) -> str:
    # A phrase's trailing `*` makes its last word a prefix, so results follow
    # each key typed. Pieces hold only letters and digits: no quote to escape.
    return '"' + " ".join(pieces) + '"*'


def searchable(text: str) -> str:
    """Return title or text as the index keeps it: NFC, so that "é" typed and decomposed agree."""
    return unicodedata.normalize("NFC", text)


def query_prefixes(query: str) -> tuple[str, ...]:
    """Return the folded words of a query: a word of the text matches when it begins with one."""
    pieces = _PIECE.findall(unicodedata.normalize("NFC", query))
    return tuple(dict.fromkeys(fold(piece) for piece in pieces if piece))


def snippet(text: str, prefixes: tuple[str, ...]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Return about `SNIPPET_WORDS` words around the first match in `text`, and the matches in it.

    Words are read lazily and stop once the line is full, so the cost is that of
    reaching the first match, never of every match in a long read. ("", ())
    when no word matches.
    """
    words = _PIECE.finditer(text)
    before: collections.deque[re.Match[str]] = collections.deque(maxlen=_CONTEXT_BEFORE)
    window: list[re.Match[str]] = []
    for word in words:
        if _folded_word(word.group()).startswith(prefixes):
            window = [*before, word]
            break
        before.append(word)
    if not window:
        return "", ()
    for word in words:
        if len(window) >= SNIPPET_WORDS:
            break
        window.append(word)
    start, end = window[0].start(), window[-1].end()
    pieces: list[str] = ["…"] if start > 0 else []
    length = len(pieces[0]) if pieces else 0
    matches: list[tuple[int, int]] = []
    cursor = start
    for word in window:
        gap = re.sub(r"\s+", " ", text[cursor : word.start()])
        pieces.append(gap)
        length += len(gap)
        if _folded_word(word.group()).startswith(prefixes):
            matches.append((length, length + len(word.group())))
        pieces.append(word.group())
        length += len(word.group())
        cursor = word.end()
    if end < len(text.rstrip()):
        pieces.append("…")
    return "".join(pieces), tuple(matches)


#: Words shown before the first match, so that it reads in its sentence.
_CONTEXT_BEFORE = 3


@functools.lru_cache(maxsize=65536)
def _folded_word(word: str) -> str:
    return fold(word)


def compare_folded(a: str, b: str) -> int:
    """Order two strings as a reader would: without case or accents first (a collation)."""
    fa, fb = fold(a), fold(b)
    return (fa > fb) - (fa < fb) or (a > b) - (a < b)
