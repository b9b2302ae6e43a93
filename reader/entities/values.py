"""What a figure is worth: its text and label turned into a typed, comparable value.

"97,4 milliards de dollars", "97,4 Md$" and "$97.4bn" are one value (97.4e9 USD);
"le mardi 12 mars 2024" and "Tuesday, March 12, 2024" one date. The value keeps
the number conventions the text was written in (`form`: French decimal comma and
spaced thousands, or English decimal point and comma thousands), so that a
translation can be checked for both its value and its form, and `render` writes a
value back in either language's conventions.

Scale words follow the language: a French "billion" is 10^12, an English one 10^9.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any


def _words(text: str) -> list[str]:
    return text.split()


#: Scale words and abbreviations, by language; an abbreviation means the same in both.
_SCALES_COMMON = {
    "mille": 1e3,
    "milliers": 1e3,
    "thousand": 1e3,
    "thousands": 1e3,
    "k": 1e3,
    "centaines": 1e2,
    "hundred": 1e2,
    "hundreds": 1e2,
    "dizaines": 10.0,
    "million": 1e6,
    "millions": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "md": 1e9,
    "mds": 1e9,
    "mrd": 1e9,
    "mrds": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
}
_SCALES = {
    "fr": {**_SCALES_COMMON, "billion": 1e12, "billions": 1e12, "trillion": 1e18},
    "en": {**_SCALES_COMMON, "billion": 1e9, "billions": 1e9, "trillion": 1e12, "trillions": 1e12},
}

_UNITS_FR = _words(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
)
_UNITS_EN = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen"
)
#: Numbers in words, fr and en: units and tens, added up ("vingt-et-un",
#: "soixante-dix-sept", "twenty-one"); "cent"/"hundred" and the scale words
#: multiply what comes before them ("deux cents", "two hundred thousand").
_NUMBER_WORDS = {
    **dict.fromkeys(("zéro", "zero"), 0),
    **dict.fromkeys(("un", "une", "a", "an", "one"), 1),
    **{word: n for n, word in enumerate(_UNITS_FR) if n > 1},
    **{word: n for n, word in enumerate(_UNITS_EN) if n > 1},
    **dict.fromkeys(("vingt", "vingts", "twenty"), 20),
    **dict.fromkeys(("trente", "thirty"), 30),
    **dict.fromkeys(("quarante", "forty"), 40),
    **dict.fromkeys(("cinquante", "fifty"), 50),
    **dict.fromkeys(("soixante", "sixty"), 60),
    **dict.fromkeys(("septante", "seventy"), 70),
    **dict.fromkeys(("huitante", "octante", "eighty"), 80),
    **dict.fromkeys(("nonante", "ninety"), 90),
}  # fmt: skip
_HUNDREDS = frozenset(("cent", "cents", "hundred"))
#: Words that join the parts of a number in words ("vingt et un", "two hundred and five").
_NUMBER_JOINS = frozenset(("et", "and"))
#: Fractions in words: the denominator of "deux tiers", "three-quarters".
_DENOMINATORS = {
    **dict.fromkeys(("tiers", "third", "thirds"), 3),
    **dict.fromkeys(("quart", "quarts", "quarter", "quarters"), 4),
    **dict.fromkeys(("cinquième", "cinquièmes", "fifth", "fifths"), 5),
    **dict.fromkeys(("dixième", "dixièmes", "tenth", "tenths"), 10),
}
_FRACTION_NAMES = {
    "fr": {3: ("tiers", "tiers"), 4: ("quart", "quarts"), 5: ("cinquième", "cinquièmes"),
           10: ("dixième", "dixièmes")},
    "en": {3: ("third", "thirds"), 4: ("quarter", "quarters"), 5: ("fifth", "fifths"),
           10: ("tenth", "tenths")},
}  # fmt: skip
#: Approximate counts: "une vingtaine" is about 20, "a dozen" about 12.
_APPROXIMATE = {
    "dizaine": 10,
    "douzaine": 12,
    "dozen": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
}
_SMALL_NAMES = {
    "fr": _words("zéro un deux trois quatre cinq six sept huit neuf dix"),
    "en": _words("zero one two three four five six seven eight nine ten"),
}
#: Vague amounts ("quelques milliers", "a few thousand"): equal when the word is.
_VAGUE = {"quelques": "few", "a few": "few", "plusieurs": "several", "several": "several"}

#: Currencies, longest spelling first so that "dollars canadiens" wins over "dollars".
_CURRENCIES = [
    ("dollars canadiens", "CAD"),
    ("dollars américains", "USD"),
    ("dollars us", "USD"),
    ("livres sterling", "GBP"),
    ("pounds sterling", "GBP"),
    ("francs suisses", "CHF"),
    ("us$", "USD"),
    ("$us", "USD"),
    ("c$", "CAD"),
    ("a$", "AUD"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("chf", "CHF"),
    ("jpy", "JPY"),
    ("cny", "CNY"),
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("livres", "GBP"),
    ("livre", "GBP"),
    ("pounds", "GBP"),
    ("pound", "GBP"),
    ("francs", "CHF"),
    ("franc", "CHF"),
    ("yens", "JPY"),
    ("yen", "JPY"),
    ("yuans", "CNY"),
    ("yuan", "CNY"),
    ("roupies", "INR"),
    ("rupees", "INR"),
    ("centimes", "CENT"),
    ("cents", "CENT"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
]

#: Units of measurement, by their canonical symbol; longest spellings first.
_UNITS = [
    ("kilomètres carrés", "km2"),
    ("square kilometres", "km2"),
    ("square kilometers", "km2"),
    ("mètres carrés", "m2"),
    ("square metres", "m2"),
    ("square meters", "m2"),
    ("square feet", "sqft"),
    ("square miles", "sqmi"),
    ("mètres cubes", "m3"),
    ("degrés celsius", "°C"),
    ("degrees celsius", "°C"),
    ("degrees fahrenheit", "°F"),
    ("tonnes d'équivalent co2", "tCO2e"),
    ("tonnes de co2", "tCO2"),
    ("térawattheures", "TWh"),
    ("térawattheure", "TWh"),
    ("terawatt-hours", "TWh"),
    ("terawatt hours", "TWh"),
    ("terawatt-hour", "TWh"),
    ("kilomètres", "km"),
    ("kilomètre", "km"),
    ("kilometres", "km"),
    ("kilometre", "km"),
    ("kilometers", "km"),
    ("kilometer", "km"),
    ("mètres", "m"),
    ("mètre", "m"),
    ("metres", "m"),
    ("metre", "m"),
    ("meters", "m"),
    ("meter", "m"),
    ("hectares", "ha"),
    ("hectare", "ha"),
    ("kilogrammes", "kg"),
    ("kilogramme", "kg"),
    ("kilograms", "kg"),
    ("kilogram", "kg"),
    ("kilos", "kg"),
    ("kilo", "kg"),
    ("grammes", "g"),
    ("gramme", "g"),
    ("grams", "g"),
    ("gram", "g"),
    ("tonnes", "t"),
    ("tonne", "t"),
    ("tons", "t"),
    ("ton", "t"),
    ("litres", "l"),
    ("litre", "l"),
    ("liters", "l"),
    ("liter", "l"),
    ("gallons", "gal"),
    ("gallon", "gal"),
    ("barils", "bbl"),
    ("barrels", "bbl"),
    ("barrel", "bbl"),
    ("miles", "mi"),
    ("mile", "mi"),
    ("feet", "ft"),
    ("foot", "ft"),
    ("inches", "in"),
    ("inch", "in"),
    ("acres", "acre"),
    ("acre", "acre"),
    ("degrés", "°"),
    ("degré", "°"),
    ("degrees", "°"),
    ("degree", "°"),
    ("mégawatts", "MW"),
    ("megawatts", "MW"),
    ("megawatt", "MW"),
    ("gigawatts", "GW"),
    ("kilowatts", "kW"),
    ("heures", "h"),
    ("heure", "h"),
    ("hours", "h"),
    ("hour", "h"),
    ("minutes", "min"),
    ("minute", "min"),
    ("secondes", "s"),
    ("seconde", "s"),
    ("seconds", "s"),
    ("second", "s"),
    ("km/h", "km/h"),
    ("mph", "mph"),
    ("km²", "km2"),
    ("km2", "km2"),
    ("m²", "m2"),
    ("m2", "m2"),
    ("m³", "m3"),
    ("m3", "m3"),
    ("kwh", "kWh"),
    ("mwh", "MWh"),
    ("gwh", "GWh"),
    ("twh", "TWh"),
    ("wh", "Wh"),
    ("kw", "kW"),
    ("mw", "MW"),
    ("gw", "GW"),
    ("°c", "°C"),
    ("°f", "°F"),
    ("°", "°"),
    ("go", "GB"),
    ("gb", "GB"),
    ("mo", "MB"),
    ("mb", "MB"),
    ("to", "TB"),
    ("tb", "TB"),
    ("gbit/s", "Gbit/s"),
    ("mbit/s", "Mbit/s"),
    ("km", "km"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("kg", "kg"),
    ("mg", "mg"),
    ("ha", "ha"),
    ("ft", "ft"),
    ("lbs", "lb"),
    ("lb", "lb"),
    ("ml", "ml"),
    ("cl", "cl"),
    ("w", "W"),
    ("m", "m"),
    ("t", "t"),
    ("g", "g"),
    ("l", "l"),
    ("c", "°C"),  # "32.6C": the British press's degrees Celsius
]

#: Units whose symbol is written the same in both languages, with their names to render.
_UNIT_NAMES = {
    "fr": {"°": "degrés", "bbl": "barils", "t": "tonnes", "mi": "miles", "h": "heures"},
    "en": {"°": "degrees", "bbl": "barrels", "t": "tonnes", "mi": "miles", "h": "hours"},
}

_DURATIONS = {
    "ans": "year",
    "années": "year",
    "years": "year",
    "mois": "month",
    "months": "month",
    "semaines": "week",
    "weeks": "week",
    "jours": "day",
    "days": "day",
}
_DURATION_NAMES = {
    "fr": {"year": "ans", "month": "mois", "week": "semaines", "day": "jours"},
    "en": {"year": "years", "month": "months", "week": "weeks", "day": "days"},
}


_MONTHS = {
    "janvier": 1,
    "janv": 1,
    "february": 2,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
    "january": 1,
    "jan": 1,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH_NAMES = {
    "fr": _words(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ),
    "en": _words(
        "January February March April May June July August September October November December"
    ),
}
_WEEKDAYS = {
    "lundi": "monday",
    "mardi": "tuesday",
    "mercredi": "wednesday",
    "jeudi": "thursday",
    "vendredi": "friday",
    "samedi": "saturday",
    "dimanche": "sunday",
    **{day: day for day in _words("monday tuesday wednesday thursday friday saturday sunday")},
}
_WEEKDAY_NAMES = {
    "fr": dict(zip(_WEEKDAYS.values(), list(_WEEKDAYS)[:7], strict=False)),
    "en": {day: day.capitalize() for day in _WEEKDAYS.values()},
}
_ORDINALS = {
    "premier": 1,
    "first": 1,
    "deuxième": 2,
    "second": 2,
    "troisième": 3,
    "third": 3,
    "quatrième": 4,
    "fourth": 4,
}

_SPACES = "[ \u00a0\u202f]"
#: A number in digits as the recogniser finds them, possibly signed.
_DIGITS = re.compile(rf"[-−+]?\d(?:[\d.,]|{_SPACES}(?=\d{{3}}(?!\d)))*")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[$€£¥%°²³/]+")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
#: Relative tolerance when comparing numbers: rounding of "97,4" against 97.4e9.
_TOLERANCE = 1e-9


@dataclass(frozen=True)
class FigureValue:
    """The value of one figure.

    Attributes:
        kind: amount (money), percent, quantity, date, duration or number.
        number: the number, scale applied (97.4e9); None for dates and vague counts.
        high: the upper end of a range ("3 à 5 °C"), else None.
        currency: ISO code of an amount's currency (USD, EUR…).
        unit: canonical unit of a quantity (km, °C, MW…), "pp" for percentage
            points, "bp" for basis points; a duration's unit (year, month…).
        date: ISO date, partial allowed: "2024-03-12", "2024-03", "--03-12"
            (no year), "--03" (a month), "2024", "2024-Q3", "2024-H1", "1990s".
        date_high: the end of a date range ("12-14 mars", "2023-2025").
        weekday: an English weekday name in lower case, when the text gives one.
        vague: "few" or "several" for counts such as "quelques milliers".
        form: the number conventions the digits were written in: "fr" (decimal
            comma, spaced thousands), "en" (decimal point, comma thousands), or
            "" when both languages write it alike ("12", "2024").
        scale: the scale word's factor as written (1e9 for "milliards"), else 1.
        approximate: an approximate count ("une vingtaine", "a dozen"), equal
            to the same number however written.
        denominator: a fraction's denominator ("deux tiers": 3), the number
            being the fraction's value.
        part: a weekday's part of the day: morning, noon, afternoon, evening, night.
    """

    kind: str
    number: float | None = None
    high: float | None = None
    currency: str = ""
    unit: str = ""
    date: str = ""
    date_high: str = ""
    weekday: str = ""
    vague: str = ""
    form: str = ""
    scale: float = 1.0
    approximate: bool = False
    denominator: int = 0
    part: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the value as JSON-ready fields, empty ones left out."""
        data: dict[str, Any] = {"kind": self.kind}
        for name in ("number", "high"):
            number = getattr(self, name)
            if number is not None:
                data[name] = int(number) if float(number).is_integer() else number
        names = ("currency", "unit", "date", "date_high", "weekday", "part", "vague", "form")
        for name in (*names, "approximate", "denominator"):
            if getattr(self, name):
                data[name] = getattr(self, name)
        return data


def figure_value(text: str, label: str, language: str) -> FigureValue | None:
    """Return the value of a figure the recogniser found, None if it cannot be read.

    Args:
        text: the figure as written ("97,4 milliards de dollars").
        label: its label: MONEY, PERCENT, DATE, NUMBER or QUANTITY.
        language: the language of the text around it ("fr" or "en"), which
            settles "1,500" and "billion".
    """
    lowered = re.sub(r"[\u00a0\u202f]", " ", text).replace("’", "'").strip().casefold()
    if label == "DATE":
        return _date_value(lowered, language)
    if label not in {"MONEY", "PERCENT", "NUMBER", "QUANTITY"}:
        return None
    return _amount_value(lowered, label, language)


def other_reading(value: FigureValue, text: str, language: str) -> FigureValue | None:
    """Return the value the text would have in the other language's conventions.

    "1,500" is 1.5 in French and 1500 in English: a translation that kept the
    source's conventions has the right value only under this reading.
    """
    other = "en" if language == "fr" else "fr"
    label = {
        "amount": "MONEY",
        "percent": "PERCENT",
        "quantity": "QUANTITY",
        "duration": "DATE",
        "date": "DATE",
    }.get(value.kind, "NUMBER")
    return figure_value(text, label, other)


# --- Amounts, percentages, quantities, counts ----------------------------------------


def _amount_value(text: str, label: str, language: str) -> FigureValue | None:
    numbers = list(_DIGITS.finditer(text))
    rest = _DIGITS.sub(" ", text)
    words = rest.replace("$", " $ ").replace("€", " € ").replace("£", " £ ").split()
    scale = 1.0
    for word in words:
        factor = _SCALES["fr" if language == "fr" else "en"].get(word.strip(".,"))
        if factor is not None:
            scale = factor
            break
    compact = re.search(r"\d\s?(md|mds|mrds?|mn|bn|tn|m|k|b)\b", text)
    if compact and scale == 1.0:
        scale = _SCALES_COMMON[compact.group(1)]
    vague = ""
    form = ""
    if numbers:
        parsed = [_parse_digits(match.group(), language) for match in numbers[:2]]
        low = parsed[0][0]
        forms = {f for _, f in parsed if f}
        form = forms.pop() if len(forms) == 1 else ("mixed" if forms else "")
        high = parsed[1][0] if len(parsed) > 1 else None
    else:
        vague = next((name for word, name in _VAGUE.items() if word in text), "")
        in_words = _in_words(_word_tokens(rest), language)
        if in_words is None and not vague:
            return None
        if in_words is not None and (in_words.approximate or in_words.denominator):
            return in_words if label == "NUMBER" else None
        if in_words is not None:
            # Its scale words are read with it: "deux millions" is 2e6 already.
            number, scale = in_words.number, in_words.scale
        else:
            # "quelques milliers", "a few thousand": a vague number of thousands.
            number = scale if scale != 1.0 else None
        return _typed(
            label, text, rest, number=number, high=None, vague=vague, form="", scale=scale
        )
    if low is None and not vague:
        return None
    number = None if low is None else low * scale
    high = None if high is None else high * scale
    return _typed(label, text, rest, number=number, high=high, vague=vague, form=form, scale=scale)


def _typed(
    label: str,
    text: str,
    rest: str,
    *,
    number: float | None,
    high: float | None,
    vague: str,
    form: str,
    scale: float,
) -> FigureValue | None:
    """Return an amount, a percentage, a quantity or a count, by the label."""
    if label == "MONEY":
        currency = _currency(text)
        if currency == "CENT":
            currency = "CENT"
        return FigureValue(
            "amount", number, high, currency=currency, vague=vague, form=form, scale=scale
        )
    if label == "PERCENT":
        unit = ""
        if "point" in text and ("base" in text or "basis" in text):
            unit = "bp"
        elif "point" in text:
            unit = "pp"
        return FigureValue("percent", number, high, unit=unit, form=form, scale=scale)
    if label == "QUANTITY":
        unit = _unit(rest)
        if not unit:
            return None
        return FigureValue("quantity", number, high, unit=unit, form=form, scale=scale)
    return FigureValue("number", number, high, vague=vague, form=form, scale=scale)


def _word_tokens(text: str) -> list[str]:
    """Split a figure's words, hyphenated ones apart ("dix-huit" is "dix", "huit")."""
    return re.findall(r"[^\W\d_]+|[$€£¥%°]", text)


def _in_words(words: list[str], language: str) -> FigureValue | None:
    """Return the count, fraction or approximation a figure's words open with.

    "vingt-et-un" is 21, "quatre-vingt-dix" 90, "deux cent mille" 200,000,
    "deux tiers" and "two-thirds" 2/3, "une vingtaine" about 20, "a dozen" about
    12; None when the figure does not open with a number in words.
    """
    if len(words) >= 2 and words[0] in ("une", "a") and words[1] in _APPROXIMATE:
        return FigureValue("number", float(_APPROXIMATE[words[1]]), approximate=True)
    scales = _SCALES["fr" if language == "fr" else "en"]
    total = current = 0.0
    read = 0
    previous = ""
    for word in words:
        if word in _NUMBER_WORDS and not (read and word in ("a", "an")):
            value = float(_NUMBER_WORDS[word])
            if value == 20 and previous == "quatre":
                current += 76.0  # "quatre-vingt(s)": four twenties
            else:
                current += value
        elif word in _HUNDREDS:
            current = max(current, 1.0) * 100
        elif word in _NUMBER_JOINS and read:
            pass
        elif scales.get(word, 0.0) >= 1e3 and (read or word in ("mille", "thousand")):
            total += max(current, 1.0) * scales[word]
            current = 0.0
        else:
            break
        read += 1
        previous = word
    while read and words[read - 1] in _NUMBER_JOINS:
        read -= 1
    if not read or (read == 1 and words[0] in ("a", "an")):
        return None
    number = total + current
    following = words[read] if read < len(words) else ""
    if following in _DENOMINATORS:
        denominator = _DENOMINATORS[following]
        return FigureValue("number", number / denominator, denominator=denominator)
    scale = next((scales[w] for w in words[:read] if scales.get(w, 0) >= 1e3), 1.0)
    return FigureValue("number", number, scale=scale)


def _parse_digits(digits: str, language: str) -> tuple[float | None, str]:
    """Return a number written in digits and the conventions it shows ("fr", "en" or "")."""
    sign = -1.0 if digits[0] in "-−" else 1.0
    digits = digits.lstrip("-−+").rstrip(".,")
    spaced = re.search(_SPACES, digits) is not None
    digits = re.sub(_SPACES, "", digits)
    commas, dots = digits.count(","), digits.count(".")
    form = "fr" if spaced else ""
    if commas and dots:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
        form = "fr" if decimal == "," else "en"
    elif commas:
        tail = digits.rsplit(",", 1)[1]
        grouped = re.fullmatch(r"\d{1,3}(?:,\d{3})+", digits) is not None
        if commas > 1 or (grouped and language != "fr"):
            decimal, form = ".", "en"
        else:
            decimal = "," if len(tail) != 3 or language == "fr" else "."
            form = "fr" if decimal == "," else "en"
    elif dots:
        tail = digits.rsplit(".", 1)[1]
        grouped = re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits) is not None
        if dots > 1 or (grouped and language == "fr"):
            decimal, form = ",", "fr"  # "1.000.000": thousands by periods, as in French print
        else:
            decimal = "."
            form = "en" if len(tail) != 3 or language != "fr" else "fr"
    else:
        decimal = "."
    if decimal == ",":
        digits = digits.replace(".", "").replace(",", ".")
    else:
        digits = digits.replace(",", "")
    try:
        return sign * float(digits), form
    except ValueError:
        return None, form


def _currency(text: str) -> str:
    for spelling, code in _CURRENCIES:
        if spelling[0].isalpha():
            if re.search(rf"(?<![^\W\d]){re.escape(spelling)}(?![^\W\d])", text):
                return code
        elif spelling in text:
            return code
    return ""


def _unit(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    for spelling, symbol in _UNITS:
        if re.search(rf"(?<![^\W\d]){re.escape(spelling)}(?![^\W\d])", text):
            return symbol
    return ""


# --- Dates ---------------------------------------------------------------------------


def _date_value(text: str, language: str) -> FigureValue | None:
    numeric = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
    if numeric:
        first, second, year = (int(g) for g in numeric.groups())
        day, month = (first, second) if language == "fr" or second > 12 else (second, first)
        if first > 12:
            day, month = first, second
        return FigureValue("date", date=f"{year:04d}-{month:02d}-{day:02d}")
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if iso:
        return FigureValue("date", date=text)
    duration = _duration(text, language)
    if duration is not None:
        return duration
    decade = re.search(r"(1[89]\d0|20\d0)(?:s|'s)?", text)
    if decade and ("années" in text or re.search(r"\d0'?s\b", text)):
        return FigureValue("date", date=f"{decade.group(1)}s")
    period = re.fullmatch(r"([qths])([1-4]) ?(\d{4})", text)
    if period:
        kind = "Q" if period.group(1) in "qt" else "H"
        return FigureValue("date", date=f"{period.group(3)}-{kind}{period.group(2)}")
    spelled = re.search(r"(\w+)\s+(trimestre|semestre|quarter|half)", text)
    if spelled and spelled.group(1) in _ORDINALS:
        kind = "Q" if spelled.group(2) in ("trimestre", "quarter") else "H"
        found = _YEAR.search(text)
        prefix = found.group(1) if found else ""
        return FigureValue("date", date=f"{prefix}-{kind}{_ORDINALS[spelled.group(1)]}")
    span = re.fullmatch(r"(\d{4}) ?[-–/] ?(\d{4}|\d{2})", text)
    if span:
        end = span.group(2)
        end = span.group(1)[:2] + end if len(end) == 2 else end
        return FigureValue("date", date=span.group(1), date_high=end)
    return _calendar_date(text)


#: What a duration's number and its unit are joined by: "18 mois", "four-year".
_DURATION = re.compile(
    rf"(?P<low>.+?)(?:{_SPACES}+(?:à|to|-|–){_SPACES}+(?P<high>.+?))?[ \u00a0\u202f-]?"
    r"(?P<unit>ans|années|mois|semaines|jours|years?|months?|weeks?|days?)(?P<old>s?-old)?"
)
_DURATION_UNITS = {"year": "year", "month": "month", "week": "week", "day": "day"}


def _duration(text: str, language: str) -> FigureValue | None:
    """Return a duration in digits or words: "18 mois", "dix-huit mois", "three to five
    months", "a four-year deal", "a 20-year-old"; None if the text is no duration."""
    found = _DURATION.fullmatch(text)
    if not found:
        return None
    unit = _DURATIONS.get(found.group("unit")) or _DURATION_UNITS[found.group("unit")]
    ends: list[float | None] = []
    form = ""
    for end in (found.group("low"), found.group("high")):
        if end is None:
            ends.append(None)
            continue
        if _DIGITS.fullmatch(end):
            number, form = _parse_digits(end, language)
        else:
            in_words = _in_words(_word_tokens(end), language)
            if in_words is None or in_words.denominator or in_words.approximate:
                return None
            number = in_words.number
        if number is None:
            return None
        ends.append(number)
    return FigureValue("duration", ends[0], ends[1], unit=unit, form=form)


#: A weekday's part of the day, in one canonical word.
_PARTS_OF_DAY = {
    "matin": "morning",
    "morning": "morning",
    "midi": "noon",
    "après-midi": "afternoon",
    "afternoon": "afternoon",
    "soir": "evening",
    "evening": "evening",
    "night": "night",
}
_PART_NAMES = {
    "fr": {"morning": "matin", "noon": "midi", "afternoon": "après-midi", "evening": "soir",
           "night": "soir"},
    "en": {"morning": "morning", "noon": "noon", "afternoon": "afternoon", "evening": "evening",
           "night": "night"},
}  # fmt: skip


def _calendar_date(text: str) -> FigureValue | None:
    words = _WORD.findall(text)
    weekday = next((_WEEKDAYS[w] for w in words if w in _WEEKDAYS), "")
    month = next((_MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in _MONTHS), None)
    years = _YEAR.findall(text)
    year = years[0] if years else ""
    without_year = _YEAR.sub(" ", text)
    days = [int(d) for d in re.findall(r"(?<!\d)(\d{1,2})(?:er|st|nd|rd|th)?(?!\d)", without_year)]
    days = [d for d in days if 1 <= d <= 31]
    if month is None:
        if year and not days:
            return FigureValue("date", date=year, weekday=weekday)
        if weekday and not days and not year:
            # "jeudi soir", "Tuesday night": a weekday alone, with its part of the day.
            part = next((_PARTS_OF_DAY[w] for w in reversed(words) if w in _PARTS_OF_DAY), "")
            return FigureValue("date", weekday=weekday, part=part)
        return None
    prefix = year or "-"
    if not days:
        # "January to April 2022": a range of months shares its year.
        months = [_MONTHS[w.rstrip(".")] for w in words if w.rstrip(".") in _MONTHS]
        high = f"{prefix}-{months[-1]:02d}" if len(months) > 1 else ""
        return FigureValue("date", date=f"{prefix}-{month:02d}", date_high=high, weekday=weekday)
    date = f"{prefix}-{month:02d}-{days[0]:02d}"
    high = f"{prefix}-{month:02d}-{days[1]:02d}" if len(days) > 1 else ""
    return FigureValue("date", date=date, date_high=high, weekday=weekday)


# --- Comparing and writing values ----------------------------------------------------


def same_value(a: FigureValue, b: FigureValue) -> bool:
    """Return whether two figures say the same thing, whatever language wrote them.

    Forms are ignored here (see `FigureValue.form`); a weekday, a year or a
    currency given on one side only does not make the values differ, since a
    translation may leave out what the sentence already says.
    """
    if a.kind == "date" or b.kind == "date":
        return _same_date(a, b)
    # A count on one side may have its unit or currency caught on the other only.
    # "plus de 65 ans" / "over 65": an age or a duration too.
    loose = {a.kind, b.kind} in (
        {"number", "amount"},
        {"number", "quantity"},
        {"number", "duration"},
    )
    if a.kind != b.kind and not loose:
        return False
    if a.vague or b.vague:
        return a.vague == b.vague and _same_number(a.number, b.number)
    if not _same_number(a.number, b.number) or not _same_number(a.high, b.high):
        return False
    if a.kind == "amount" and b.kind == "amount":
        if a.currency and b.currency and a.currency != b.currency:
            return False
        if bool(a.currency) != bool(b.currency):
            return False
    if loose:
        return True
    if a.unit != b.unit:
        degrees = {a.unit, b.unit} <= {"°", "°C", "°F"} and "°" in {a.unit, b.unit}
        return degrees
    return True


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=_TOLERANCE, abs_tol=1e-12)


def _same_date(a: FigureValue, b: FigureValue) -> bool:
    if a.kind != b.kind:
        return False
    if a.weekday and b.weekday and a.weekday != b.weekday:
        return False
    return _same_iso(a.date, b.date) and _same_iso(a.date_high, b.date_high)


def _same_iso(a: str, b: str) -> bool:
    """Compare partial ISO dates; a year missing on one side matches any year."""
    if a == b:
        return True
    first, second = _YEAR_REST.fullmatch(a), _YEAR_REST.fullmatch(b)
    if not first or not second or "-" not in (first.group(1), second.group(1)):
        return False
    return first.group(2) == second.group(2)


_YEAR_REST = re.compile(r"(\d{4}|-)(-.+)")


def render(value: FigureValue, language: str) -> str:
    """Write a value in a language's conventions ("97,4 milliards de dollars", "$97.4 billion")."""
    if value.kind == "date":
        return _render_date(value, language)
    if value.number is None:
        return ""
    if value.denominator:
        return _render_fraction(value, language)
    if value.approximate:
        return _render_approximate(value, language)
    scale, scale_word = _scale_word(value, language)
    low = _format_number(value.number / scale, language)
    text = low
    if value.high is not None:
        joiner = " à " if language == "fr" else " to "
        text = f"{low}{joiner}{_format_number(value.high / scale, language)}"
    if value.kind == "duration":
        return f"{text} {_DURATION_NAMES[language][value.unit]}"
    if value.kind == "percent":
        if value.unit == "pp":
            return (
                f"{text} points de pourcentage" if language == "fr" else f"{text} percentage points"
            )
        if value.unit == "bp":
            return f"{text} points de base" if language == "fr" else f"{text} basis points"
        return f"{text}\u00a0%" if language == "fr" else f"{text}%"
    if scale_word:
        text = f"{text} {scale_word}"
    if value.kind == "quantity":
        unit = _UNIT_NAMES[language].get(value.unit, value.unit)
        return f"{text}\u00a0{unit}" if language == "fr" else f"{text} {unit}"
    if value.kind == "amount" and value.currency:
        return _render_money(text, value.currency, bool(scale_word), language)
    return text


def _render_fraction(value: FigureValue, language: str) -> str:
    """Write a fraction in words: "deux tiers", "two-thirds" (digits past ten)."""
    numerator = round((value.number or 0.0) * value.denominator)
    singular, plural = _FRACTION_NAMES[language][value.denominator]
    name = singular if numerator == 1 else plural
    count = _SMALL_NAMES[language][numerator] if numerator <= 10 else str(numerator)
    return f"{count} {name}" if language == "fr" else f"{count}-{name}"


def _render_approximate(value: FigureValue, language: str) -> str:
    """Write an approximate count: "une vingtaine", "about 20", "a dozen"."""
    number = int(value.number or 0)
    if language == "en":
        return "a dozen" if number == 12 else f"about {_format_number(number, language)}"
    word = next((w for w, n in _APPROXIMATE.items() if n == number and w != "dozen"), "")
    return f"une {word}" if word else f"environ {_format_number(number, language)}"


def _scale_word(value: FigureValue, language: str) -> tuple[float, str]:
    number = abs(value.number or 0.0)
    words = {
        "fr": [(1e12, "billions"), (1e9, "milliards"), (1e6, "millions")],
        "en": [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")],
    }[language]
    for factor, word in words:
        if value.scale >= factor and number >= factor:
            # French plural from 2 on: "1,5 milliard", "2 milliards".
            singular = language == "fr" and number / factor < 2
            return factor, word.rstrip("s") if singular else word
    return 1.0, ""


_MONEY_NAMES = {
    "fr": {"USD": "dollars", "EUR": "euros", "GBP": "livres", "CHF": "francs suisses",
           "JPY": "yens", "CNY": "yuans", "INR": "roupies", "CAD": "dollars canadiens",
           "CENT": "centimes"},
    "en": {"USD": "dollars", "EUR": "euros", "GBP": "pounds", "CHF": "Swiss francs",
           "JPY": "yen", "CNY": "yuan", "INR": "rupees", "CAD": "Canadian dollars",
           "CENT": "cents"},
}  # fmt: skip
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}


def _render_money(number: str, currency: str, scaled: bool, language: str) -> str:
    if language == "en" and currency in _SYMBOLS:
        return f"{_SYMBOLS[currency]}{number}"
    name = _MONEY_NAMES[language].get(currency, currency)
    if language == "fr":
        joiner = " de " if scaled else "\u00a0"
        if joiner == " de " and name[0] in "aeiouy":
            joiner = " d'"
        return f"{number}{joiner}{name}"
    return f"{number} {name}"


def _format_number(number: float, language: str) -> str:
    rounded = round(number, 6)
    whole, _, decimals = f"{abs(rounded):f}".rstrip("0").rstrip(".").partition(".")
    sign = "-" if rounded < 0 else ""
    grouped = f"{int(whole):,}" if len(whole) > 4 or language == "en" else whole
    if language == "fr":
        grouped = grouped.replace(",", "\u202f")
        return f"{sign}{grouped},{decimals}" if decimals else f"{sign}{grouped}"
    return f"{sign}{grouped}.{decimals}" if decimals else f"{sign}{grouped}"


def _render_date(value: FigureValue, language: str) -> str:
    months = (
        re.fullmatch(r"(\d{4}|-)-\d\d", value.date),
        re.fullmatch(r"(\d{4}|-)-\d\d", value.date_high),
    )
    if months[0] and months[1] and months[0].group(1) == months[1].group(1):
        # "janvier à avril 2022", "January to April 2022": the year once, at the end.
        first = _render_iso(f"-{value.date[-3:]}", language)
        joiner = " à " if language == "fr" else " to "
        return f"{first}{joiner}{_render_iso(value.date_high, language)}"
    text = _render_iso(value.date, language)
    if value.date_high:
        joiner = " au " if language == "fr" else " to "
        text = f"{text}{joiner}{_render_iso(value.date_high, language)}"
    if value.weekday:
        name = _WEEKDAY_NAMES[language][value.weekday]
        if not text:
            part = _PART_NAMES[language].get(value.part, "")
            return f"{name} {part}".strip()
        text = f"{name} {text}" if language == "fr" else f"{name}, {text}"
    return text


def _render_iso(iso: str, language: str) -> str:
    full = re.fullmatch(r"(\d{4}|-)-(\d{2})(?:-(\d{2}))?", iso)
    if not full:
        period = re.fullmatch(r"(\d{4})?-([QH])(\d)", iso)
        if period:
            year, kind, number = period.groups()
            if language == "fr":
                text = f"{'T' if kind == 'Q' else 'S'}{number}"
            else:
                text = f"{kind}{number}"
            return f"{text} {year}" if year else text
        if iso.endswith("s"):
            return f"années {iso[:-1]}" if language == "fr" else f"the {iso}"
        return iso
    year, month, day = full.groups()
    name = _MONTH_NAMES[language][int(month) - 1]
    year = "" if year == "-" else year
    if language == "fr":
        parts = [("1er" if day == "01" else str(int(day))) if day else "", name, year]
        return " ".join(part for part in parts if part)
    if day:
        return f"{name} {int(day)}, {year}" if year else f"{name} {int(day)}"
    return f"{name} {year}".strip()


def with_form(value: FigureValue, form: str) -> FigureValue:
    """Return the value with another `form` (a figure rendered for the other language)."""
    return replace(value, form=form)
