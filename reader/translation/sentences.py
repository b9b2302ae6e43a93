"""Split French and English text into sentences, as spans.

Our own rules rather than a model: Argos Translate's splitter (MiniSBD) downloads
its model on first use, and translation must work offline. A sentence ends after
`.`, `!`, `?` or `…` (and runs of them, like "?!" or "..."), with any closing quotes
or brackets, when white space and a sentence start (capital letter, digit, opening
quote, dialogue dash) follow, unless the full stop ends an abbreviation, an initial
or a list number. Line breaks end a sentence unless the text visibly runs on;
tabs (between table cells) always do.
"""

from __future__ import annotations

import re

#: Sentence-final punctuation, then closing quotes and brackets; French puts a
#: (no-break) space before » and sometimes ”, English closes straight after.
_END = re.compile(r"[.!?…]+(?:[\"'’”)\]]|[ \u00a0\u202f]*[»”])*")

#: Characters that may open a sentence besides capitals and digits.
_OPENERS = frozenset("«“\"'‘([¿¡—–-")

#: Abbreviations after which a full stop never ends the sentence: titles and
#: words always followed by a name or a figure. Case matters ("Me" is Maître,
#: "me." ends English sentences).
_ABBREVIATIONS = frozenset(
    [
        "M",
        "MM",
        "Mme",
        "Mmes",
        "Mlle",
        "Mlles",
        "Mr",
        "Mrs",
        "Ms",
        "Messrs",
        "Dr",
        "Drs",
        "Pr",
        "Prof",
        "Me",
        "Mgr",
        "St",
        "Ste",
        "Sr",
        "Jr",
        "Gen",
        "Gén",
        "Sen",
        "Rep",
        "Gov",
        "Capt",
        "Cdt",
        "Lt",
        "Col",
        "Sgt",
        "Mt",
        "Cie",
        "Bros",
        "cf",
        "Cf",
        "vs",
        "e.g",
        "i.e",
        "E.g",
        "I.e",
        "av",
        "bd",
        "boul",
        "env",
        "approx",
        "ca",
        "resp",
        "Av",
        "Bd",
        "Env",
        "Approx",
        "Ca",
    ]
)

#: Abbreviations that only stay inside a sentence when a number follows ("No. 5",
#: "p. 12"): the same word can end a sentence ("He said no.").
_BEFORE_NUMBER = frozenset(
    [
        "no",
        "No",
        "n",
        "nº",
        "n°",
        "nos",
        "Nos",
        "vol",
        "Vol",
        "p",
        "pp",
        "art",
        "Art",
        "chap",
        "Chap",
        "fig",
        "Fig",
        "ch",
        "sect",
        "éd",
        "ed",
        "t",
        "op",
    ]
)

#: Words that start a sentence after a dotted acronym ("in the U.S. The …"); any
#: other capitalised word is taken for a name ("the U.S. Army").
_STARTERS = frozenset(
    [
        "The",
        "A",
        "An",
        "It",
        "He",
        "She",
        "We",
        "They",
        "I",
        "You",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Here",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "In",
        "On",
        "At",
        "For",
        "If",
        "When",
        "While",
        "As",
        "After",
        "Before",
        "Then",
        "Now",
        "Its",
        "His",
        "Her",
        "Our",
        "Their",
        "Le",
        "La",
        "Les",
        "L",
        "Un",
        "Une",
        "Des",
        "Il",
        "Elle",
        "Ils",
        "Elles",
        "On",
        "Nous",
        "Vous",
        "Je",
        "Ce",
        "Cette",
        "Ces",
        "Cet",
        "Mais",
        "Et",
        "Ou",
        "Donc",
        "Pourtant",
        "Puis",
        "Alors",
        "Dans",
        "En",
        "Au",
        "Aux",
        "Pour",
        "Si",
        "Quand",
        "Depuis",
        "Selon",
    ]
)

_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]$")
#: What starts a list line, matched right after a line break and its white space.
_LIST_LINE = re.compile(r"(?:[-*•·–—▪◦]\s|\d{1,3}[.)]\s|[a-zA-Z][.)]\s)")
_LIST_MARKER_REACH = 16
_TOKEN_OPENERS = frozenset('«“"‘([')
#: A line break with the white space around it after it (blank lines included).
_BREAK = re.compile(r"\n\s*")
_WORD_AFTER = re.compile(r"[^\W\d_]+")


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """Return the sentences of `text` as (start, end) spans, in order.

    Spans never overlap, hold no leading or trailing white space, and together
    cover every non-space character of `text`. `language` is "fr" or "en";
    the rules are the same for both, and every abbreviation list holds both
    languages' words, since articles quote each other's names and titles.
    """
    del language  # One rule set covers both languages; kept for the contract.
    tabs = [match.end() for match in re.finditer("\t", text)]  # Table cells.
    cuts = sorted({*_line_cuts(text), *_punctuation_cuts(text), *tabs})
    spans = []
    start = 0
    for cut in [*cuts, len(text)]:
        span = _strip(text, start, cut)
        if span is not None:
            spans.append(span)
        start = cut
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _line_cuts(text: str) -> list[int]:
    """Cut at line breaks, except where a wrapped sentence visibly runs on.

    Every scan below only walks the white space next to one break, so splitting
    stays linear in the length of the text.
    """
    cuts = []
    for match in _BREAK.finditer(text):
        last = _last_visible(text, match.start())
        following = match.end()
        blank_line = match.group().count("\n") > 1
        runs_on = (
            not blank_line
            and last >= 0
            and (text[last].isalpha() or text[last] in ",;-")
            and following < len(text)
            and text[following].islower()
            and not _LIST_LINE.match(text, following)
        )
        if not runs_on:
            cuts.append(following)
    return cuts


def _punctuation_cuts(text: str) -> list[int]:
    cuts = []
    for match in _END.finditer(text):
        end = match.end()
        following = _first_visible(text, end)
        if following == len(text) or following == end:
            # End of text (nothing to cut), or no space after: "3.5", "example.com", "?!»x".
            continue
        if _starts_sentence(text[following]) and not _keeps_going(text, match, following):
            cuts.append(end)
    return cuts


def _first_visible(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _last_visible(text: str, index: int) -> int:
    """Return the index of the last non-space character before `index`, or -1."""
    index -= 1
    while index >= 0 and text[index].isspace():
        index -= 1
    return index


def _starts_sentence(first: str) -> bool:
    return first.isupper() or first.isdigit() or first in _OPENERS


def _keeps_going(text: str, match: re.Match[str], following: int) -> bool:
    """Tell whether a full stop belongs to an abbreviation, an initial or a list number."""
    punctuation = match.group().rstrip("\"'’”)]» \u00a0\u202f")
    if punctuation != ".":
        return False  # "!", "?", "..." and "…" before a capital end the sentence.
    start = match.start()
    token_start = start
    while token_start > 0 and not text[token_start - 1].isspace():
        if text[token_start - 1] in _TOKEN_OPENERS:
            break
        token_start -= 1
    word = text[token_start:start]
    if not word:
        return False
    if word in _ABBREVIATIONS:
        return True
    if word in _BEFORE_NUMBER and text[following].isdigit():
        return True
    if len(word) == 1 and word.isupper():
        return True  # An initial: "J. K. Rowling", "Charles M. Schulz".
    if _ACRONYM.match(word):
        after = _WORD_AFTER.match(text, following)
        return after is None or after.group() not in _STARTERS
    # A list number alone on its line ("12." or "b)") is short: look back a few characters.
    window = max(0, start - _LIST_MARKER_REACH)
    newline = text.rfind("\n", window, start)
    if newline < 0 and window > 0:
        return False
    return bool(_LIST_MARKER.match(text[newline + 1 : match.end()]))
