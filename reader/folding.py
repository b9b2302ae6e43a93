"""Fold text as a reader compares it: without case, accents or curly apostrophes."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Return `text` casefolded, without accents, with ’ as '.

    "L’École" and "l'ecole" fold alike: what a search box, a filter and a
    sort order all forgive. Lengths may change (ß → ss), so offsets into the
    folded text are not offsets into `text`.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))
