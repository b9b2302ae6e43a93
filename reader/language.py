"""Which language an article, or each of its blocks, is written in."""

from __future__ import annotations

import re
import threading

#: langdetect draws random samples of n-grams; a fixed seed makes the same
#: text give the same answer every time.
SEED = 0
#: Below this many letters a guess is noise ("OK", "2024", a name).
MIN_LETTERS = 12
#: Detection on a long article reads only its start: 20,000 characters is
#: several pages, far more than langdetect needs, and keeps huge inputs fast.
MAX_CHARACTERS = 20_000

_LETTER = re.compile(r"[^\W\d_]")
_lock = threading.Lock()

LANGUAGE_NAMES = {
    "fr": "French",
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
}


#: The languages Lisible translates, each into the other.
TRANSLATED_INTO = {"fr": "en", "en": "fr"}


def translation_direction(language: str | None) -> tuple[str, str] | None:
    """Return ("fr", "en") or ("en", "fr") for an article's language, None for others.

    Kept here, apart from the translation engine, so the window can tell what
    Translate would do without importing the engine on the UI thread.
    """
    code = (language or "").lower()[:2]
    if code in TRANSLATED_INTO:
        return code, TRANSLATED_INTO[code]
    return None


def language_name(code: str | None) -> str:
    """Return the English name of a language code, or the code itself."""
    if not code:
        return "Unknown language"
    return LANGUAGE_NAMES.get(code, code)


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the text's language, or None if it has too few letters."""
    guesses = _guesses(text)
    return guesses[0][0] if guesses else None


def _guesses(text: str) -> list[tuple[str, float]]:
    sample = text[:MAX_CHARACTERS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return []
    from langdetect import DetectorFactory, detect_langs  # ~0.25 s to load its profiles
    from langdetect.lang_detect_exception import LangDetectException

    # langdetect's factory and seed are module globals: one detection at a time.
    with _lock:
        DetectorFactory.seed = SEED
        try:
            found = detect_langs(sample)
        except LangDetectException:
            return []
    return [(_short(g.lang), g.prob) for g in found]


def _short(code: str) -> str:
    # langdetect names Chinese variants "zh-cn"/"zh-tw"; everything else is 639-1.
    return code.split("-", maxsplit=1)[0]
