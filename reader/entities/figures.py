"""Our own recogniser of figures in French and English text (no model, compiled regexes).

What counts as what:

- MONEY: a number with a currency, before or after it, with or without a scale
  ("97,4 milliards de dollars", "3 M€", "$97.4 billion", "9.74bn dollars", "€3m",
  "14.872,35 euros").
- PERCENT: a number with "%", "pour cent", "percent", or percentage points.
- DATE: a day with a month ("12 février 2025", "1er mars", "February 10, 2025"),
  a month with a year ("mars 2025"), an unambiguous month alone ("en février"),
  numeric dates ("12/02/2025", "2025-02-12"), quarters ("T3 2024", "Q3 2024"),
  weekdays with their part of the day ("jeudi soir", "Tuesday"), durations in
  days, weeks, months or years ("18 mois", "five days", "a four-year deal",
  "a 20-year-old"), decades ("années 1990", "1990s") and years ("en 2023"),
  which are a number from 1900 to 2099 not followed by the plural noun it would
  be counting ("the 2020 elections" is a year all the same).
- QUANTITY: a number with a unit of measurement ("10 km", "3,5 tonnes", "40 MW",
  "a 15-mile pipeline"), or a duration in hours, minutes or seconds.
- NUMBER: any other count, with its scale word when it has one ("1 000",
  "2 millions"). Counts of people or things are NUMBER: in "2 millions
  d'habitants" the figure is "2 millions", the noun is not part of it; only
  units of measurement make a QUANTITY.

Numbers in words count from two up ("trois", "quatre-vingts", "Four"), with
approximations and fractions ("une vingtaine", "a dozen", "deux tiers",
"two-thirds"); "un", "one" and "a" do not ("l'un des", "one of", "a year").
A range sharing its unit is one figure ("3 to 5 degrees", "entre le 3 et le 9
juillet", "January to April 2022"); a year never starts one ("de 8,1 % en 2021
à 7 %" is two). Numbers that are parts of something else are not figures:
inside URLs, e-mail addresses, identifiers ("A320", "COVID-19"), versions
("v2.3", "3.8.0"), times ("14h30", "10:30"), phone numbers, scores ("3-1"),
labels ("phase 2", "type 2", "page 3"), names ("Boeing 737", "the Big Four")
and note marks ("(3)", "[12]").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence

from reader import scanning
from reader.entities.model import Entity

#: Spaces that may separate thousands or a number from its unit: the normal
#: one, the no-break space and the narrow no-break space French typography uses.
_SP = "[ \u00a0\u202f]"
_OPT_SP = f"{_SP}?"

#: Digits, grouped by thousands with spaces, commas or dots, with decimals.
_DIGITS = (
    rf"(?:\d{{1,3}}(?:\.\d{{3}})+,\d+"  # "14.872,35": dots for thousands, a decimal comma
    rf"|(?:\d{{1,3}}(?:{_SP}\d{{3}})+|\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:\.\d{{3}}){{2,}}|\d+)"
    r"(?:[.,]\d+)?)"
)
#: The first number of a range, never a year: "de 8,1 % en 2021 à 7 %" is no range.
_RANGE_START = rf"(?!(?:1[89]|20)\d{{2}}\b){_DIGITS}"
#: What joins the two ends of a range: "3 à 5", "3 to 5", "entre 3 et 5", "3-5".
_RANGE_JOIN = rf"(?:{_OPT_SP}[-–]{_OPT_SP}|\s+(?:à|to|and|et|through)\s+)"

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
    r"|milles(?:\s+nautiques)?|nautical\s+miles|light-years?|années-lumière|année-lumière|yards?"
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
#: Spelled-out cardinals from two up, in both languages. "un", "one", "a" are
#: left out: "l'un des", "one of", "a year" are no figures to a reader.
_SPELLED_UNITS_FR = (
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    r"|dix-sept|dix-huit|dix-neuf"
)
_SPELLED_FR = (
    rf"(?:(?:vingt|trente|quarante|cinquante|soixante|septante|huitante|nonante|quatre-vingt)s?"
    rf"(?:[- ]et[- ](?:un|une|onze)|-(?:{_SPELLED_UNITS_FR}))?"
    rf"|(?:{_SPELLED_UNITS_FR})(?:[ -]cents?)?|cent|mille)"
)
_SPELLED_UNITS_EN = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen"
)
_SPELLED_EN = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[- ](?:{_SPELLED_UNITS_EN}|one))?|{_SPELLED_UNITS_EN}|(?:a|two|three)\s+dozen)"
)
_SPELLED = rf"(?i:{_SPELLED_FR}|{_SPELLED_EN})"
#: "une vingtaine", "a dozen": approximate counts.
_APPROXIMATE = (
    r"(?i:une)\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine"
    r"|soixantaine|centaine)|(?i:a)\s+dozen"
)
#: Fractions in words: "deux tiers", "un tiers", "two-thirds", "three-quarters".
_FRACTION = (
    rf"(?i:un|{_SPELLED_UNITS_FR})\s+(?:tiers|quarts)"
    rf"|(?i:one|{_SPELLED_UNITS_EN})-(?:thirds?|quarters?|fifths?|tenths?)"
)
_DURATION_UNITS = r"ans|années|mois|semaines|jours|years|months|weeks|weekends|days"
_TIME_UNITS = r"heures|minutes|secondes|seconde|hours|minutes|seconds"
#: Units written after a hyphen, singular: "a 15-mile pipeline", "a 300-acre farm".
_HYPHEN_UNITS = (
    r"miles?|acres?|inch|foot|feet|yards?|meters?|metres?|kilometers?|kilometres?|km|ton|tonne"
    r"|pounds?|lbs?|gallons?|barrels?|degrees?|hectares?|megawatts?|gigawatts?|kilowatts?"
    r"|square-(?:foot|feet|mile|meter|metre)"
)
#: Words whose number is a label, not a figure: "phase 2", "type 2", "page 3".
_LABEL_WORD_LIST = (
    "phase stage type level niveau catégorie category article alinéa chapitre chapter "
    "section page numéro number version saison season épisode episode tome volume round "
    "acte act ligne line gate porte terminal salle room zone step étape partie part classe "
    "class division tier grade lane voie route highway interstate autoroute district ward "
    "game match lot pôle pole quai platform seat siège row rangée flat apartment appartement"
)
_LABEL_WORDS = frozenset(_LABEL_WORD_LIST.split())

_MONTHS_ALONE = (
    r"(?:(?i:janvier|février|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
    r"|January|February|April|June|July|August|September|October|November|December)"
)
_WEEKDAY = (
    r"(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
_WEEKDAYS = rf"{_WEEKDAY},?\s+"
#: A part of the day after a weekday belongs to the date: "jeudi soir", "Monday night".
_PART_OF_DAY = r"(?:[ \u00a0](?:matin|midi|après-midi|soir|morning|afternoon|evening|night))?"
_YEAR = r"(?:1[89]|20)\d{2}"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?"

#: A number is never read out of the middle of a word, an identifier, a path
#: or a version: these characters before it mean it is part of something else.
_BEFORE = r"(?<![\w@#/\\.:&=+_])(?<!\w-)(?<!\d,)"
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
        rf"(?:{_WEEKDAYS})?{_DAY}{_OPT_SP}(?:(?:[-–/]|au|et|and|to){_OPT_SP}(?:le\s+)?{_DAY}{_OPT_SP})?"
        rf"\s*{_MONTHS}(?:,?\s+{_YEAR})?\b",
    ),
    (
        "DATE",
        rf"(?:{_WEEKDAYS})?{_MONTHS}\s+{_DAY}(?:{_OPT_SP}[-–]{_OPT_SP}{_DAY})?(?:,?\s+{_YEAR})?\b",
    ),
    ("DATE", rf"(?:the\s+)?{_DAY}\s+of\s+{_MONTHS}(?:,?\s+{_YEAR})?\b"),
    # A range of months shares its year: "January to April 2022", "de janvier à avril 2022".
    (
        "DATE",
        rf"{_MONTHS}\s+(?:to|through|à|au|[-–])\s+{_MONTHS}(?:,?\s+{_YEAR})?\b",
    ),
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
    ("DATE", r"(?:(?i:années)\s+)?(?:19|20)\d0(?:s|'s)\b"),
    ("DATE", r"(?i:années)\s+(?:19|20)\d0\b"),
    ("DATE", rf"{_YEAR}{_OPT_SP}[-–/]{_OPT_SP}(?:{_YEAR}|\d{{2}})\b(?![-/]\d)"),
    # Money: currency before, or (scale and) currency after.
    ("MONEY", rf"(?:{_CURRENCY_BEFORE}){_OPT_SP}{_DIGITS}(?:{_OPT_SP}{_SCALE})?{_AFTER}"),
    (
        "MONEY",
        rf"(?:{_RANGE_START}{_RANGE_JOIN})?{_NUM}{_DE}(?:{_CURRENCY_AFTER})(?![\w])",
    ),
    ("MONEY", rf"{_NUM}{_OPT_SP}(?:\$US|\$|€|£)"),
    (
        "PERCENT",
        # A change keeps its sign: "-3,5 %", "+2 %".
        rf"(?:[-−+](?=\d))?(?:{_RANGE_START}{_RANGE_JOIN})?{_DIGITS}"
        rf"{_OPT_SP}(?:{_PERCENT_SIGNS})(?![\w])",
    ),
    # Quantities: a unit of measurement, with a scale word in between if any.
    (
        "QUANTITY",
        rf"(?:{_RANGE_START}{_RANGE_JOIN})?{_DIGITS}(?:{_OPT_SP}(?i:{_SCALE_WORDS}){_DE})?"
        rf"{_OPT_SP}(?:{_UNITS})(?![\w²³/'’])",
    ),
    # A temperature as the British press writes it, the letter against the number:
    # "32.6C", "40C" (a flat's or a seat's "4C" is a label, refused like "phase 2").
    ("CELSIUS", rf"{_DIGITS}C(?![\w'’-])"),
    # Hyphenated: "a 15-mile pipeline" is a quantity, "a four-year deal" and
    # "a 20-year-old" are durations (dates), "a 24-hour strike" a quantity.
    # (Numbers in words get the same forms at the end, in one pattern.)
    ("DATE", rf"{_DIGITS}-(?:year|month|week|day)(?:s?-old)?(?![\w-])"),
    ("QUANTITY", rf"{_DIGITS}-(?:hour|minute|second)(?![\w-])"),
    ("QUANTITY", rf"{_DIGITS}-(?:{_HYPHEN_UNITS})(?![\w-])"),
    # Durations: years, months, weeks and days are dates (spaCy's and OntoNotes'
    # convention, "30 ans", "five years"); hours, minutes and seconds quantities.
    (
        "DATE",
        rf"(?:{_RANGE_START}{_RANGE_JOIN})?{_DIGITS}{_OPT_SP}(?:{_DURATION_UNITS})(?![\w])",
    ),
    ("QUANTITY", rf"{_DIGITS}{_OPT_SP}(?:{_TIME_UNITS})(?![\w])"),
    # Counts with a scale: "2 millions", "1,5 milliard", "un milliard", "9.74bn".
    (
        "NUMBER",
        rf"(?:{_DIGITS}{_OPT_SP}{_SCALE}|(?i:{_NUMBER_WORDS})\s+(?i:{_SCALE_WORDS}))(?![\w])",
    ),
    ("YEAR", rf"{_YEAR}{_AFTER}"),
    ("PLAIN", rf"{_DIGITS}{_AFTER}"),
    ("NUMBER", rf"(?:{_FRACTION}|{_APPROXIMATE})(?![\w-])"),
    # Weekdays, after the dates that start with one ("mardi 14 avril").
    ("WEEKDAY", rf"{_WEEKDAY}{_PART_OF_DAY}(?![\w-])"),
    # Numbers in words, last (after "deux millions", "deux tiers"), in one
    # pattern because trying the long list of words once per word of the text
    # is most of the cost: a duration ("three to five months", "a four-year
    # deal"), a time ("neuf heures"), a hyphenated unit, or a bare count.
    # `_SPELLED_TAIL` then tells which.
    (
        "SPELLED",
        rf"{_SPELLED}(?:{_RANGE_JOIN}{_SPELLED}{_OPT_SP}(?:{_DURATION_UNITS})(?![\w])"
        rf"|-(?:year|month|week|day)(?:s?-old)?(?![\w-])|-(?:hour|minute|second)(?![\w-])"
        rf"|-(?:{_HYPHEN_UNITS})(?![\w-])|{_OPT_SP}(?:{_DURATION_UNITS}|{_TIME_UNITS})(?![\w])"
        r"|(?![\w-]))",
    ),
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
    r"|\[\d+\]|\(\d{1,3}\)"  # footnote calls and note marks: "[12]", "(3)"
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
_WORD_BEFORE = re.compile(r"([^\W\d]+)[ \u00a0\u202f]*[“\"«]?[ \u00a0\u202f]*$")
#: Before a year-looking number, what makes it a year even before a plural noun.
_YEAR_NAMES_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|his|her|this|that)|(?:1[89]|20)\d{2},?\s+(?:and|or|et|ou|to))\s+$"
)
#: What follows a number in words: a duration (DATE) or a measure (QUANTITY).
_SPELLED_TAIL = re.compile(
    rf"(?:(?P<date>-(?:year|month|week|day)(?:s?-old)?|{_OPT_SP}(?:{_DURATION_UNITS}))"
    rf"|(?P<measure>-(?:hour|minute|second)|-(?:{_HYPHEN_UNITS})|{_OPT_SP}(?:{_TIME_UNITS})))$"
)
#: Words the model keeps in its figures that are no part of the number.
_HEDGE = re.compile(
    r"(?i:about|around|nearly|almost|roughly|some|more\s+than|less\s+than|fewer\s+than"
    r"|over|under|up\s+to|at\s+least|only|just|the|its|every|environ|près\s+de|plus\s+de"
    r"|moins\s+de|quelque)[ \u00a0]+"
)
#: What a model's figure must look like once its hedge is cut: a number first.
_MODEL_FIGURE = re.compile(rf"(?:[$€£¥]|\d|{_SPELLED}\b)[^\n]*")
_SCORE = re.compile(r"\d[-–]\d")
_CAPITAL_NEXT = re.compile(r"[ \u00a0]+[A-ZÀ-Ý]")
#: A word before a weekday that makes it a date even before a capitalised word.
_DATE_CUE_BEFORE = re.compile(r"\b(?:on|by|until|since|le|ce|dès|depuis)[ \u00a0]+$", re.IGNORECASE)


def find_figures(text: str, language: str) -> list[Entity]:
    """Find amounts of money, percentages, dates, counts and quantities in `text`.

    Works for French and English formats whatever `language` says, since
    articles quote both; `language` is kept for rules that will need it.
    Returns one entity per distinct figure (same digits, same words), sorted by
    first mention; the entity's text is its first mention as written.
    """
    del language  # Formats are recognised in both languages alike.
    return _entities(text, figure_spans(text))


def with_model_figures(
    text: str, figures: Sequence[Entity], model_spans: Iterable[tuple[str, int, int]]
) -> list[Entity]:
    """Add the figures the model found and our recogniser did not, when they pass its checks.

    `model_spans` are the model's `(label, start, end)` in our labels. A span
    counts only where no figure of ours is, once its hedge ("about", "more
    than", "last") is cut, if it starts with a number in digits or words, and
    not where our recogniser refuses one on purpose: a score ("4-3"), a
    label's number ("type 2"), a name's ("Boeing 737"), a code, a time.
    "last year" and "the season" are no figures to a reader.
    """
    taken = sorted(span for figure in figures for span in figure.mentions)
    blocked = [match.span() for match in scanning.finditer(_NOT_FIGURES, text)]
    added: list[tuple[str, int, int]] = []
    for label, model_start, model_end in model_spans:
        hedge = _HEDGE.match(text, model_start, model_end)
        start, end = _trim(text, hedge.end() if hedge else model_start, model_end)
        if not _MODEL_FIGURE.fullmatch(text, start, end):
            continue
        index = bisect.bisect_left(taken, (end, end))
        if index > 0 and taken[index - 1][1] > start:
            continue
        if any(s < end and start < e for s, e in blocked) or _SCORE.search(text, start, end + 2):
            continue
        if _labels_it(text, start) or (
            _PRODUCT_BEFORE.search(text, max(0, start - 40), start)
            and not _starts_sentence(text, start)
        ):
            continue
        added.append((label, start, end))
    if not added:
        return list(figures)
    spans = [(f.label, s, e) for f in figures for s, e in f.mentions] + added
    return _entities(text, sorted(spans, key=lambda span: span[1]))


def _entities(text: str, spans: Iterable[tuple[str, int, int]]) -> list[Entity]:
    """Group figure spans into one entity per distinct figure, sorted by first mention."""
    found: dict[tuple[str, str], list[tuple[int, int]]] = {}
    shown: dict[tuple[str, str], str] = {}
    for label, start, end in spans:
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
        if label == "MONEY":
            books = _books(text, start, end)
            if books is not None:
                label, end = "NUMBER", books  # "a publié 3 livres": books, not £3
        if label in ("PLAIN", "CELSIUS"):
            if _labels_it(text, start) or (
                _PRODUCT_BEFORE.search(text, max(0, start - 40), start)
                and not _starts_sentence(text, start)
            ):
                continue  # "Boeing 737", "Windows 11", "phase 2": a name's or a label's number
            label = "NUMBER" if label == "PLAIN" else "QUANTITY"
        if label == "YEAR":
            label = "DATE" if _is_year(text, start, end) else "NUMBER"
        if label == "WEEKDAY":
            if _CAPITAL_NEXT.match(text, end) and not _DATE_CUE_BEFORE.search(
                text, max(0, start - 12), start
            ):
                continue  # "Sunday Times", "Mardi Gras": a name
            label = "DATE"
        if label == "SPELLED":
            tail = _SPELLED_TAIL.search(text, start, end)
            if tail is None:
                if not _is_spelled_count(text, start, end):
                    continue
                label = "NUMBER"
            else:
                label = "QUANTITY" if tail.lastgroup == "measure" else "DATE"
        start, end = _trim(text, start, end)
        if end > start:
            yield label, start, end


#: "livres" after a number, with its "de" if any: pounds sterling, or books.
_LIVRES = re.compile(r"(?:\s+(?:de|d['’])\s*|\s+)livres?$", re.IGNORECASE)
#: Words of a sentence that make "3 livres" a sum: a price, a payment, another currency.
_MONEY_CONTEXT = re.compile(
    r"(?i:\b(?:co[uû]t\w*|pay\w*|paie\w*|prix|amende\w*|dépens\w*|salaire\w*|budget\w*"
    r"|rembours\w*|factur\w*|tarif\w*|loyer\w*|vers[ée]\w*|économis\w*|investi\w*"
    r"|rapport\w*|euros?|dollars?|pence|pennies|penny|sterling|livre\s+sterling|frais"
    r"|recette\w*|bénéfice\w*|dette\w*|taxe\w*|impôt\w*|somme\w*|chèque\w*)\b)|[£€$]"
)
#: What ends a sentence, for the context of a figure.
_SENTENCE_END = re.compile(r"[.!?\n](?:\s|$)")


def _books(text: str, start: int, end: int) -> int | None:
    """Return where the number ends when "N livres" counts books, else None.

    "livres" is the French for pounds and for books: "a publié 3 livres" is three
    books. A sum has a scale ("90 millions de livres"), "sterling", or a word of
    money in its sentence ("coûte 3 livres", "une amende de 3 livres").
    """
    books = _LIVRES.search(text, start, end)
    if books is None or re.search(r"[^\W\d_]", text[start : books.start()]):
        return None  # not "livres", or a scale word or a currency sign before it
    ends = [match.end() for match in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    sentence = text[ends[-1] if ends else 0 : after.start() if after else len(text)]
    if _MONEY_CONTEXT.search(sentence.replace(text[books.start() : end], " ")):
        return None
    return books.start()


def _starts_sentence(text: str, start: int) -> bool:
    """Return whether the word before `start` begins a sentence ("Selon 3 sources")."""
    before = _PRODUCT_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    head = text[: before.start()].rstrip(" \u00a0")
    return not head or head[-1] in '.!?:;\n«"“'


def _is_year(text: str, start: int, end: int) -> bool:
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return True
    word = following.group(1)
    counted = word.islower() and word[-1] in "sx" and word not in _FUNCTION_WORDS
    # "the 2020 elections", "the 2016 and 2020 elections": a year names them.
    return not counted or bool(_YEAR_NAMES_BEFORE.search(text, max(0, start - 16), start))


def _labels_it(text: str, start: int) -> bool:
    """Return whether the word before a number makes it a label ("phase 2", "Type 2")."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in _LABEL_WORDS


def _is_spelled_count(text: str, start: int, end: int) -> bool:
    """Return whether a spelled-out number is a count, not part of a name or a word."""
    word = text[start:end]
    following = _NEXT_WORD.match(text, end)
    if word.lower() == "neuf" and not (
        following and following.group(1).islower() and following.group(1)[-1] in "sx"
    ):
        return False  # "un bâtiment neuf": new, not nine
    if word[0].isupper():
        # "Four engineers" opens a sentence; "the Big Four", "Six Nations" are names.
        initial = _starts_sentence_at(text, start)
        return initial and not (following and following.group(1)[0].isupper())
    before = _PRODUCT_BEFORE.search(text, max(0, start - 40), start)
    return before is None or _starts_sentence(text, start)


def _starts_sentence_at(text: str, start: int) -> bool:
    head = text[:start].rstrip(" \u00a0\u202f")
    return not head or head[-1] in '.!?:;\n«"“(—–-'


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \u00a0\u202f,.":
        end -= 1
    return start, end


def _figure_key(mention: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", mention.replace("’", "'")).casefold()
