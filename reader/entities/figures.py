"""Our own recogniser of figures in French and English text (no model, compiled regexes).

What counts as what:

- MONEY: a number with a currency, before or after it, with or without a scale
  ("97,4 milliards de dollars", "3 M€", "$97.4 billion", "9.74bn dollars", "€3m").
- PERCENT: a number with "%", "pour cent", "percent", or percentage points.
- DATE: a day with a month ("12 février 2025", "1er mars", "February 10, 2025"),
  a month with a year ("mars 2025"), an unambiguous month alone ("en février"),
  numeric dates ("12/02/2025", "2025-02-12"), quarters ("T3 2024", "Q3 2024"),
  decades ("années 1990", "the 1990s") and years ("en 2023"), which are a
  number from 1900 to 2099 not followed by the plural noun it would be counting.
- QUANTITY: a number with a unit of measurement ("10 km", "3,5 tonnes", "40 MW"),
  or a duration in hours, minutes or seconds.
- NUMBER: any other count, with its scale word when it has one ("1 000",
  "2 millions"). Counts of people or things are NUMBER: in "2 millions
  d'habitants" the figure is "2 millions", the noun is not part of it; only
  units of measurement make a QUANTITY.

Spelled-out numbers count only with a scale or a currency ("un milliard",
"a billion dollars"), as a reader skimming for figures would. Numbers that are
parts of something else are not figures: inside URLs, e-mail addresses,
identifiers ("A320", "COVID-19"), versions ("v2.3", "3.8.0"), times ("14h30",
"10:30") and phone numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader import scanning
from reader.entities.model import Entity

#: Spaces that may separate thousands or a number from its unit: the normal
#: one, the no-break space and the narrow no-break space French typography uses.
_SP = "[ \u00a0\u202f]"
_OPT_SP = f"{_SP}?"

#: Digits, grouped by thousands with spaces, commas or dots, with decimals.
_DIGITS = (
    rf"(?:\d{{1,3}}(?:{_SP}\d{{3}})+|\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:\.\d{{3}}){{2,}}|\d+)"
    r"(?:[.,]\d+)?"
)

_NUMBER_WORDS = (
    r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente"
    r"|quarante|cinquante|soixante|cent|quelques|plusieurs"
    r"|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|hundred|a\s+few|several"
)

#: Scale words; a scale after a number is part of the figure ("2,5 milliards").
_SCALE_WORDS = (
    r"milliers|millions?|milliards?|billions?|trillions?|mille|centaines|dizaines"
    r"|thousands?|hundreds?"
)
_SCALE_ABBREVIATIONS = r"Mds?|Mrds?|Md|Mn|bn|tn|mn|M|k|K|B|m"

#: Currencies written before the number.
_CURRENCY_BEFORE = r"US\$|\$US|C\$|A\$|\$|€|£|¥|USD|EUR|GBP|CHF|JPY|CNY"

#: Currencies written after the number (the scale, if any, comes first).
_CURRENCY_AFTER = (
    r"\$US|US\$|€|\$|£|¥|USD|EUR|GBP|CHF|JPY|CNY|euros?|dollars?(?:\s+(?:américains|US|canadiens))?"
    r"|livres?(?:\s+sterling)?|pounds?(?:\s+sterling)?|francs?(?:\s+suisses)?|yens?|yuans?"
    r"|roupies|rupees|centimes|cents"
)

_PERCENT_SIGNS = (
    r"%|pour\s?cent|pourcents?|percent|per\s+cent"
    r"|points?\s+de\s+pourcentage|percentage\s+points?|points?\s+de\s+base|basis\s+points?"
)

#: Units of measurement; single letters only when a word boundary follows.
_UNITS = (
    r"km²|km2|m²|m2|m³|m3|cm|mm|km/h|mph|kg|mg|kWh|MWh|GWh|TWh|kW|MW|GW|Wh|W|°C|°F|°"
    r"|ha|hectares?|acres?|kilomètres?(?:\s+carrés)?|mètres?(?:\s+carrés|\s+cubes)?"
    r"|kilometers?|kilometres?|meters?|metres?|miles?|feet|foot|ft|inch(?:es)?|square\s+(?:feet|meters|metres|miles)"
    r"|tonnes?(?:\s+de\s+CO2|\s+d['’]équivalent\s+CO2)?|tons?|kilos?|kilogrammes?|kilograms?"
    r"|grammes?|grams?|lbs?|onces|ounces?|litres?|liters?|gallons?|barils|barrels?"
    r"|degrés?(?:\s+Celsius)?|degrees?(?:\s+Celsius|\s+Fahrenheit)?"
    r"|mégawatts?|megawatts?|gigawatts?|kilowatts?|térawattheures?|terawatt[- ]hours?"
    r"|Go|Mo|To|Gb|Mb|GB|MB|TB|Gbit/s|Mbit/s|km|cl|ml|m|t|g|l|L"
)

_MONTHS_FR = (
    r"janvier|février|fevrier|avril|mai|juin|juillet|août|aout|septembre|octobre"
    r"|novembre|décembre|decembre|janv\.|févr\.|sept\.|oct\.|nov\.|déc\."
)
_MONTHS_EN = (
    r"January|February|April|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
#: Month names that are also common words ("mars", "May", "March"): only a
#: date with a day or a year next to them.
_MONTHS_AMBIGUOUS = r"[Mm]ars|May|March|Mar\."
_MONTHS = rf"(?:(?i:{_MONTHS_FR})|{_MONTHS_EN}|{_MONTHS_AMBIGUOUS})"
_MONTHS_ALONE = (
    r"(?:(?i:janvier|février|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
    r"|January|February|April|June|July|August|September|October|November|December)"
)
_WEEKDAYS = (
    r"(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
)
_YEAR = r"(?:1[89]|20)\d{2}"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?"

#: A number is never read out of the middle of a word, an identifier, a path
#: or a version: these characters before it mean it is part of something else.
_BEFORE = r"(?<![\w@#/\\.:&=+_])(?<!\w-)"
#: ...and these after it (a letter, "-5", "/2", ".3" of a version, "@").
_AFTER = r"(?![\w@/\\]|[.,:\-]\d)"

_SCALE = rf"(?:(?i:{_SCALE_WORDS})|{_SCALE_ABBREVIATIONS})"
#: A number in digits, with its scale if any, or a spelled-out one with a scale word.
_NUM = rf"(?:{_DIGITS}(?:{_OPT_SP}{_SCALE})?|(?i:{_NUMBER_WORDS})\s+(?i:{_SCALE_WORDS}))"
_DE = r"(?:\s+(?:de|d['’])\s*|\s+of\s+|\s+)"

_PATTERNS: list[tuple[str, str]] = [
    # Dates first: "12 février 2025" must not become NUMBER "12".
    (
        "DATE",
        rf"(?:{_WEEKDAYS})?{_DAY}{_OPT_SP}(?:(?:[-–/]|au|et|and|to){_OPT_SP}{_DAY}{_OPT_SP})?"
        rf"\s*{_MONTHS}(?:,?\s+{_YEAR})?\b",
    ),
    (
        "DATE",
        rf"(?:{_WEEKDAYS})?{_MONTHS}\s+{_DAY}(?:{_OPT_SP}[-–]{_OPT_SP}{_DAY})?(?:,?\s+{_YEAR})?\b",
    ),
    ("DATE", rf"(?:the\s+)?{_DAY}\s+of\s+{_MONTHS}(?:,?\s+{_YEAR})?\b"),
    ("DATE", rf"{_MONTHS}\.?,?\s+{_YEAR}\b"),
    # A month alone only when unambiguous and not a first name ("June Carter").
    ("DATE", rf"{_MONTHS_ALONE}\b(?![ \u00a0]+[A-Z])"),
    # An ambiguous month alone only after a word that asks for a time: "fin mars",
    # "in May" (the planet Mars and Theresa May never follow these).
    (
        "CUEDMONTH",
        r"(?:(?i:en|fin|début|dès|depuis|courant)[ \u00a0]|(?i:mi)-)mars\b(?![ \u00a0,]+\d)"
        r"|(?:(?i:in|since|by|until|early|late|last|next)[ \u00a0]|(?i:mid)-)(?:March|May)\b"
        r"(?![ \u00a0,]+\d|['’])",
    ),
    ("DATE", r"(?:[0-3]?\d[/.][01]?\d[/.](?:19|20)\d{2}|(?:19|20)\d{2}-[01]\d-[0-3]\d)\b"),
    ("DATE", rf"(?:[QT][1-4]|[HS][12]){_OPT_SP}{_YEAR}\b"),
    (
        "DATE",
        rf"(?i:premier|deuxième|second|troisième|quatrième|first|second|third|fourth)"
        rf"\s+(?:trimestre|semestre|quarter|half)(?:\s+(?:de\s+|of\s+)?{_YEAR})?\b",
    ),
    ("DATE", r"(?:(?i:années|the)\s+)?(?:19|20)\d0(?:s|'s)\b"),
    ("DATE", r"(?i:années)\s+(?:19|20)\d0\b"),
    ("DATE", rf"{_YEAR}{_OPT_SP}[-–/]{_OPT_SP}(?:{_YEAR}|\d{{2}})\b(?![-/]\d)"),
    # Money: currency before, or (scale and) currency after.
    ("MONEY", rf"(?:{_CURRENCY_BEFORE}){_OPT_SP}{_DIGITS}(?:{_OPT_SP}{_SCALE})?{_AFTER}"),
    (
        "MONEY",
        rf"{_NUM}{_DE}(?:{_CURRENCY_AFTER})(?![\w])",
    ),
    ("MONEY", rf"{_NUM}{_OPT_SP}(?:\$US|\$|€|£)"),
    (
        "PERCENT",
        # A change keeps its sign: "-3,5 %", "+2 %".
        rf"(?:[-−+](?=\d))?{_DIGITS}(?:{_OPT_SP}(?:[-–]|à|to){_OPT_SP}{_DIGITS})?"
        rf"{_OPT_SP}(?:{_PERCENT_SIGNS})(?![\w])",
    ),
    # Quantities: a unit of measurement, with a scale word in between if any.
    (
        "QUANTITY",
        rf"{_DIGITS}(?:{_OPT_SP}(?i:{_SCALE_WORDS}){_DE})?{_OPT_SP}(?:{_UNITS})(?![\w²³/'’])",
    ),
    # Durations: years, months, weeks and days are dates (spaCy's and OntoNotes'
    # convention, "30 ans", "five years"); hours, minutes and seconds quantities.
    (
        "DATE",
        rf"{_DIGITS}{_OPT_SP}(?:ans|années|mois|semaines|jours|years|months|weeks|days)(?![\w])",
    ),
    ("QUANTITY", rf"{_DIGITS}{_OPT_SP}(?:heures|minutes|secondes|hours|seconds)(?![\w])"),
    # Counts with a scale: "2 millions", "1,5 milliard", "un milliard", "9.74bn".
    (
        "NUMBER",
        rf"(?:{_DIGITS}{_OPT_SP}{_SCALE}|(?i:{_NUMBER_WORDS})\s+(?i:{_SCALE_WORDS}))(?![\w])",
    ),
    ("YEAR", rf"{_YEAR}{_AFTER}"),
    ("PLAIN", rf"{_DIGITS}{_AFTER}"),
]

#: Each pattern as a named group, tried in order; the boundary before them is
#: checked once per position rather than once per pattern (1.5 times faster).
_FIGURES = re.compile(
    _BEFORE
    + "(?:"
    + "|".join(f"(?P<{label}{index}>{pattern})" for index, (label, pattern) in enumerate(_PATTERNS))
    + ")"
)

#: Spans where no figure may be: URLs, e-mail addresses, identifiers with
#: digits and letters mixed, versions, times and phone numbers.
_NOT_FIGURES = re.compile(
    r"(?:https?://|www\.|ftp://)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b\w+(?:\.\w+)*\.(?:com|fr|org|net|io|ai|eu|gov|co\.uk)\b\S*"
    r"|\bv\d+(?:\.\d+)+\b|\b\d+\.\d+\.\d+(?:\.\d+)*\b"
    r"|\b\d{1,2}[ \u00a0\u202f]?[hH](?:[ \u00a0\u202f]?\d{2})?\b|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"|(?<![\w.])(?:\+\d{1,3}[ \u00a0.]?)?\(?0?\d\)?(?:[ \u00a0.-]\d{2}){4}\b"
    r"|\(\d{3}\)[ \u00a0]?\d{3}[-.]\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b"
    r"|\[\d+\]"  # footnote calls
    r"|\b\d{1,2}[.:]\d{2}[ \u00a0]?(?:[ap]\.?m\.?)(?!\w)"  # times
    r"|\b(?:ISBN|ISSN|SIRE[NT]|IBAN|ref|réf|n°|No\.)[:\s]*[\w-]+"
)

#: After a year-looking number, a lowercase plural noun means it counts
#: something ("2000 salariés"); these plural-looking words do not.
_FUNCTION_WORD_LIST = (
    "les des ses ces mes nos vos leurs aux dans sous sans après depuis plus moins alors puis "
    "jamais toujours déjà pas mais ans was has is its this his as us always afterwards"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_LIST.split())
#: A capitalised word right before a bare number: the number belongs to a name.
_PRODUCT_BEFORE = re.compile(r"\b[A-ZÀ-Ý][\w-]*[ \u00a0]$")
_NEXT_WORD = re.compile(r"[ \u00a0\u202f]+([^\W\d]+)")


def find_figures(text: str, language: str) -> list[Entity]:
    """Find amounts of money, percentages, dates, counts and quantities in `text`.

    Works for French and English formats whatever `language` says, since
    articles quote both; `language` is kept for rules that will need it.
    Returns one entity per distinct figure (same digits, same words), sorted by
    first mention; the entity's text is its first mention as written.
    """
    del language  # Formats are recognised in both languages alike.
    found: dict[tuple[str, str], list[tuple[int, int]]] = {}
    shown: dict[tuple[str, str], str] = {}
    for label, start, end in figure_spans(text):
        mention = text[start:end]
        key = (label, _figure_key(mention))
        found.setdefault(key, []).append((start, end))
        shown.setdefault(key, mention)
    entities = [Entity(shown[key], key[0], tuple(mentions)) for key, mentions in found.items()]
    entities.sort(key=lambda entity: entity.first)
    return entities


def figure_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield `(label, start, end)` for each figure in `text`, in order."""
    blocked = [match.span() for match in scanning.finditer(_NOT_FIGURES, text)]
    blocked_index = 0
    for match in scanning.finditer(_FIGURES, text):
        start, end = match.span()
        while blocked_index < len(blocked) and blocked[blocked_index][1] <= start:
            blocked_index += 1
        if blocked_index < len(blocked) and blocked[blocked_index][0] < end:
            continue
        group = match.lastgroup or ""
        label = group.rstrip("0123456789")
        if label == "CUEDMONTH":
            label = "DATE"
            start = end - len(re.split(r"[ \u00a0-]", text[start:end])[-1])
        if label == "PLAIN":
            if _PRODUCT_BEFORE.search(text, max(0, start - 40), start) and not _starts_sentence(
                text, start
            ):
                continue  # "Boeing 737", "Windows 11", "Article 5": a name's number
            label = "NUMBER"
        if label == "YEAR":
            label = "DATE" if _is_year(text, end) else "NUMBER"
        start, end = _trim(text, start, end)
        if end > start:
            yield label, start, end


def _starts_sentence(text: str, start: int) -> bool:
    """Return whether the word before `start` begins a sentence ("Selon 3 sources")."""
    before = _PRODUCT_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    head = text[: before.start()].rstrip(" \u00a0")
    return not head or head[-1] in '.!?:;\n«"“'


def _is_year(text: str, end: int) -> bool:
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return True
    word = following.group(1)
    counted = word.islower() and word[-1] in "sx" and word not in _FUNCTION_WORDS
    return not counted


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \u00a0\u202f,.":
        end -= 1
    return start, end


def _figure_key(mention: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", mention.replace("’", "'")).casefold()
