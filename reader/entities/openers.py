"""Capitalised common words opening a sentence, which the small models take for names.

"Interrogés par l'association, les adhérents…", "Retraité de la SNCF, il…",
"Asked about the cuts, she…": a participle or adjective opening a sentence is
capitalised only because it opens it, and the small French model calls it a
place or a person. Such a word is no name when the language's dictionary (the
lemma index `reader.common_words` reads from the installed
pipeline) holds its lemma, a preposition or a comma and a lowercase word follow
it (a name opening a sentence is mostly followed by its verb), it is not a name
the translation check knows ("France", "Chine"), and the text never writes it
capitalised inside a sentence, where only a name would be.

The dictionaries hold proper nouns too (WordNet has "Toronto" and "Irving",
the French index "Paris" and "Pierre"), so a word counts only by the shape of
a participle or adjective ("-és", "-ée", "-ed", "-ing") whose lemma is listed,
or, in French, as a listed word the English dictionary does not hold
("Bénévole depuis") followed by a preposition, not a comma ("Marie, la sœur").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.common_words import is_common_word
from reader.translation.equivalents import known_names

#: Prepositions after an opening participle or adjective, rarely after a name opening a sentence.
_PREPOSITION = {
    "fr": re.compile(
        r"[ \u00a0]+(?:d['’]|(?:par|de|du|des|depuis|à|au|aux|en|pour|avec|sur|dans|après"
        r"|pendant|parmi|chez|contre|sans)(?![\w'’-]))"
    ),
    "en": re.compile(
        r"[ \u00a0]+(?:by|in|of|after|with|for|from|to|at|on|since|about|among|across"
        r"|over|under|without)(?![\w'’-])"
    ),
}
#: A comma and a lowercase word: "Inquiète, la présidente"; not "Tampa, FL".
_COMMA = re.compile(r",[ \u00a0]+[a-zà-ÿ]")
#: English participles, whose verb WordNet lists: "Asked", "Stranded", "Founded".
_ENGLISH_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|ing)$")
#: French participles and adjectives reduced to the lemma the index holds:
#: "interrogés" -> "interroger", "saluée" -> "saluer", "inquiète" -> "inquiet".
_FRENCH_FORMS = ((r"ée?s?$", "er"), (r"ie?s?$", "ir"), (r"ète?s?$", "et"), (r"ive?s?$", "if"))


def is_common_opener(
    text: str,
    start: int,
    end: int,
    language: str,
    sentence_initial: Callable[[int], bool],
    *,
    participles_only: bool = False,
) -> bool:
    """Return whether the one word `text[start:end]`, opening a sentence, is a common word.

    Args:
        text: the whole text.
        start: where the word starts (its sentence starts there).
        end: where it ends.
        language: "fr" or "en"; any other never has common openers.
        sentence_initial: whether a position of `text` opens a sentence.
        participles_only: count participles and adjectives only, not other listed
            words: a place's name starts with some ("Pays de la Loire", "Côte d'Ivoire").
    """
    word = text[start:end]
    preposition = _PREPOSITION.get(language)
    if preposition is None or not word.isalpha() or not word[1:].islower():
        return False
    if text[max(0, start - 2) : start].rstrip(" \u00a0\u202f")[-1:] in ("«", "“", '"'):
        return False  # a quoted title: « Perdus dans la ville »
    before_preposition = bool(preposition.match(text, end))
    if not before_preposition and not _COMMA.match(text, end):
        return False
    if language == "fr":
        common = _french_participle(word) or (
            not participles_only
            and before_preposition
            and is_common_word(word, "fr")
            and not is_common_word(word, "en")
        )
    else:
        common = bool(_ENGLISH_PARTICIPLE.search(word)) and is_common_word(word, "en")
    if not common or known_names(language).fullmatch(word):
        return False
    inside = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")
    return all(sentence_initial(match.start()) for match in inside.finditer(text))


def _french_participle(word: str) -> bool:
    """Return whether a word is a French participle or adjective whose lemma is listed."""
    lower = word.casefold()
    return any(
        is_common_word(re.sub(ending, lemma, lower), "fr")
        for ending, lemma in _FRENCH_FORMS
        if re.search(ending, lower)
    )
