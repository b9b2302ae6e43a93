"""Spans whose label the words around them decide, whatever the model said.

The small spaCy models cut institutions short ("Lille" in "tribunal correctionnel
de Lille"), run names together ("Brno Petr Novák"), call a quoted film a person
and a regulator a place. These patterns read the evidence news writing gives:
an institution's head noun ("cour d'appel de", "CHU", "Museum"), a role before
a person ("la maire, X", "quarterback X"), a work's noun next to its quoted
title ("le film « X »", "“X,” a drama"). Each span found here replaces the
model's spans inside it (see `names.find_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader import scanning

_SP = r"[ \u00a0]"
_CAP_WORD = r"[A-ZÀ-ÝŠŽČŘ][\w'’]*(?:-[\w'’]+)*"
#: A French adjective after an institution's head: "régional", "correctionnel".
_ADJECTIVE = (
    r"[a-zéèêëàâîïôûç]+(?:el|elle|al|ale|aux|ien|ienne|éen|éenne|ais|aise|ain|aine|ique|if|ive|iste"
    r"|aire|ier|ière|ial|iale|eur|rice)s?(?![\w'’-])"
)
_OF_FR = (
    r"(?:de[ \u00a0]+l['’]|de(?:[ \u00a0]+la)?[ \u00a0]+|du[ \u00a0]+|des[ \u00a0]+"
    r"|d['’][ \u00a0]*)"
)

#: French institutions written with a lowercase head, or a capitalised one the
#: model often drops: "cour d'appel de Lyon", "CHU de Nantes", "musée d'Orsay",
#: "université de Strasbourg", "Département de Loire-Atlantique".
_FRENCH_HEADS = (
    r"cour[ \u00a0]+d['’]appel|cour[ \u00a0]+d['’]assises"
    r"|cour[ \u00a0]+administrative[ \u00a0]+d['’]appel"
    r"|tribunal(?:[ \u00a0]+(?:correctionnel|judiciaire|administratif|de[ \u00a0]+commerce"
    r"|de[ \u00a0]+police|pour[ \u00a0]+enfants|de[ \u00a0]+grande[ \u00a0]+instance))?"
    r"|conseil[ \u00a0]+de[ \u00a0]+prud['’]hommes|(?i:musée|hôpital|clinique|université|lycée"
    r"|collège|institut|centre[ \u00a0]+hospitalier(?:[ \u00a0]+universitaire|[ \u00a0]+régional)?)"
    r"|CHU|CHR|CHRU|Ville|Département|Région|Métropole|Musée|Museo"
)
#: French institutions capitalised on their head and written out in full:
#: "Haut Conseil de la santé publique et de l'environnement", "Parquet national financier".
_FRENCH_FULL_HEADS = (
    r"(?:Haut|Haute)[ \u00a0]+(?:Conseil|Autorité|Commissariat|Comité|Cour)|Conseil|Cour|Parquet"
    r"|Défenseur|Médiateur|Contrôleur"
    r"|Autorité|Commission|Agence|Office|Observatoire|Comité|Caisse|Institut|Direction"
)
_LOWER_WORD = r"[a-zéèêëàâîïôûç]+(?:-[a-zéèêëàâîïôûç]+)*(?![\w'’])"
_FRENCH_FULL_INSTITUTION = re.compile(
    rf"(?<![\w-])(?:{_FRENCH_FULL_HEADS})"
    rf"(?:{_SP}+{_ADJECTIVE})*"
    rf"(?:{_SP}+(?:et{_SP}+)?{_OF_FR}{_LOWER_WORD}(?:{_SP}+{_ADJECTIVE})*)+"
    rf"|(?<![\w-])(?:{_FRENCH_FULL_HEADS})(?:{_SP}+{_ADJECTIVE})+"
)
_FRENCH_INSTITUTION = re.compile(
    rf"(?<![\w-])(?:{_FRENCH_HEADS})(?:{_SP}+{_ADJECTIVE})*"
    # "de Lyon", "du Rhône", "d'Orsay", or a name right after: "CHU Purpan", "Musée Rodin".
    rf"(?:{_SP}+{_OF_FR}{_CAP_WORD}|{_SP}+{_CAP_WORD}(?:{_SP}+{_OF_FR}{_CAP_WORD})?)"
)
#: Names made organisations by their last word ("St. Mary's Hospital", "National Gallery")
#: or by their first ("University of Washington", "Museum of Modern Art").
_ORG_LAST = re.compile(
    r"[ \u00a0](?:Hospital|Museum|University|College|Gallery|Library|Institute|Foundation"
    r"|Court|Council|Board|Commission|Agency|Department|Party|Union|Association|Society"
    r"|Theatre|Theater|Opera|Orchestra|Clinic|School|Academy|Authority|Administration"
    r"|Mutual|Bancorp|Health|Water|Electric|Power|Elementary|League|Committee|Trust|United"
    r"|FC|AFC)$"
)
#: English institutions named by capitalised words and their head noun, taken whole:
#: "High Court", "Chicago Transit Authority", "Kirkwood Community College". A
#: possessive ends the words before ("London's High Court"), and "Soviet Union" is a country.
_EN_HEADS = (
    r"Court|Hospital|University|College|Museum|Gallery|Library|Institute|Foundation|Council"
    r"|Commission|Committee|Agency|Authority|Administration|Department|Ministry|Party|Union"
    r"|Association|Society|League|Federation|Trust|Service|Bureau|Academy|Clinic|Orchestra"
    r"|Elementary"
)
_EN_WORD = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*(?![\w'’-])"
_EN_JOIN = rf"{_SP}+(?:and|&|of|for|of{_SP}+the|for{_SP}+the){_SP}+"
_ENGLISH_INSTITUTION = re.compile(
    rf"(?<![\w'’.-])(?!Soviet\b|The\b|A\b|An\b|In\b|On\b|At\b)"
    rf"{_EN_WORD}(?:(?:{_SP}+|{_EN_JOIN}){_EN_WORD}){{0,4}}{_SP}+(?:{_EN_HEADS})(?![\w'’-])"
    # "Department of Transportation", "Institute for Biology".
    rf"(?:{_EN_JOIN}{_EN_WORD}(?:{_SP}+{_EN_WORD}){{0,2}})?"
)
_ORG_FIRST = re.compile(
    r"^(?:University|Department|Museum|Ministry|Office|Institute|Bank|Council|Court|Board"
    r"|Commission|Agency|Federation|Church|School|College)[ \u00a0]+of[ \u00a0]"
)

#: Nouns naming a person's role right before the name: "la maire, X", "quarterback X".
_ROLES = (
    r"maire|présidente?|directeur|directrice|ministre|chef|patronn?e?|porte-parole|avocate?"
    r"|juge|procureure?|secrétaire|députée?|sénat(?:eur|rice)|professeure?|docteure?"
    r"|chercheu(?:r|se)|entraîneu(?:r|se)|sélectionneur|navigat(?:eur|rice)|skieu(?:r|se)"
    r"|ouvreur|capitaine|attaquant|gardien|chorégraphe|réalisat(?:eur|rice)|romanci(?:er|ère)"
    r"|écrivaine?|auteure?|autrice|astrophysicien(?:ne)?|économiste|chanteu(?:r|se)|actrice"
    r"|acteur|artiste|peintre|photographe|président-directeur\s+général|PDG|fondat(?:eur|rice)"
    r"|judge|justice|senator|sen\.|rep\.|representative|governor|gov\.|mayor|superintendent"
    r"|president|chief\s+executive|executive|CEO|director|quarterback|coach|manager|striker"
    r"|goalkeeper|scientist|professor|prof\.|economist|chairman|chairwoman|founder|author"
    r"|novelist|singer|actor|actress|artist|spokesman|spokeswoman|spokesperson|lawyer"
    r"|attorney|prosecutor|chief|head|leader|minister|secretary|commissioner|sheriff|chef"
    r"|chancellor|investor|dealer|candidate|forward|midfielder|defender|winger|pitcher|curator"
    r"|conductor|composer|playwright|filmmaker|designer|surgeon|nurse|teacher|principal"
)
#: A person's name: capitalised words, with the particles names carry ("Le Floch", "van Dijk").
_PERSON_NAME = (
    rf"{_CAP_WORD}(?:{_SP}+(?:(?:de|du|des|da|di|van|von|der|den|ter|Le|La|De|Van|Von|Del|Da|Di"
    rf"|Ben|El|Al|Mac|Mc|O['’]){_SP}+)?{_CAP_WORD}){{1,3}}"
)
_ROLE_PERSON = re.compile(
    rf"(?<![\w-])(?i:{_ROLES})(?:,)?{_SP}+(?P<name>{_PERSON_NAME})"
    # The name ends there: a lowercase word, punctuation or the end follows.
    rf"(?=[,.;:)!?»”]|{_SP}+[a-zà-ÿ(«“]|$)"
)

#: Clubs named with their kind first: "Real Madrid", "Borussia Dortmund", "AC Milan".
_CLUB = re.compile(
    rf"(?<![\w-])(?:Real|Atlético|Atletico|Sporting|Olympique|Dynamo|Dinamo|Borussia|Bayern"
    rf"|Inter|AC|FC|AS|SS|SSC|RC|Racing|Stade|Athletic){_SP}+{_CAP_WORD}(?![\w'’-])"
)
#: Nouns of works, before or after their quoted title.
_WORK_NOUNS = (
    r"film|movie|series|drama|novel|book|album|song|single|play|documentary|show|opera|musical"
    r"|painting|exhibition|poem|memoir|podcast|comedy|thriller|sitcom|roman|série|livre"
    r"|chanson|pièce|documentaire|spectacle|exposition|opéra|émission|essai|tableau|toile"
    r"|œuvre|disque|feuilleton|comédie|récit|bande\s+dessinée|BD"
)
_OPEN = r"[“«\"]"
_CLOSE = r"[”»\"]"
_TITLE = r"(?P<title>[A-ZÀ-Ý0-9][^“”«»\"\n.!?]{0,80}?)"
_WORK_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{_WORK_NOUNS})s?(?:{_SP}+[a-zà-ÿ-]+)?,?{_SP}+{_OPEN}{_SP}*{_TITLE}"
    rf"[,\s\u00a0]*{_CLOSE}"
)
_WORK_AFTER = re.compile(
    rf"{_OPEN}{_SP}*{_TITLE}[,\s\u00a0]*{_CLOSE}"
    rf"(?:,?{_SP}+(?:a|an|the|un|une|le|la)(?:{_SP}+[\w-]+)?{_SP}+(?i:{_WORK_NOUNS})\b"
    rf"|{_SP}+(?:de|d['’]|by){_SP}*[A-ZÀ-Ý])"
)
#: "Claude Monet's 1872 Impression, Sunrise": a title after an artist and a year.
_WORK_AFTER_YEAR = re.compile(
    rf"['’]s{_SP}+(?:1[5-9]|20)\d\d{_SP}+(?P<title>{_CAP_WORD}(?:,?{_SP}+{_CAP_WORD}){{0,5}})"
)
#: A work's maker: "a drama by Maya Okafor", "un roman de Léa Martin" is left to the model.
_AUTHOR = re.compile(
    rf"(?<![\w-])(?i:{_WORK_NOUNS})s?(?:{_SP}+(?:written|directed|painted|composed))?{_SP}+by"
    rf"{_SP}+(?P<name>{_PERSON_NAME})(?=[,.;:)!?”]|{_SP}+[a-z(“]|$)"
)
#: Laws and prizes named by a lowercase head: "la loi climat", "le prix Louis-Delluc".
_FRENCH_NAMED = re.compile(
    rf"(?<![\w-])(?:loi|prix|Prix|Loi){_SP}+(?:{_CAP_WORD}"
    rf"|(?!{_ADJECTIVE}\b|sur\b|de\b|du\b|des\b|qui\b|que\b|et\b|a\b|est\b)[a-zé]{{4,}}(?![\w-]))"
)
#: Weather events: named storms and the two phases of the Pacific oscillation.
_WEATHER = re.compile(
    rf"\b(?:El{_SP}Niño|La{_SP}Niña|(?:Hurricane|Storm|Typhoon|Cyclone|Tropical{_SP}Storm"
    rf"|(?i:tempête|ouragan|cyclone|typhon)){_SP}+{_CAP_WORD})"
)

#: Products and craft named after their kind: "la sonde Juice", "the probe Psyche".
_PRODUCT = re.compile(
    rf"(?<![\w-])(?:(?i:la|le|l['’]|du|de\s+la|the)[ \u00a0]*)(?:sonde|télescope|satellite|rover"
    rf"|fusée|lanceur|logiciel|application|vaccin|médicament|smartphone|console|paquebot"
    rf"|probe|telescope|rover|rocket|spacecraft|vaccine|drug|smartphone|console)"
    rf"{_SP}+(?P<name>{_CAP_WORD}(?:{_SP}+{_CAP_WORD}){{0,2}})"
)
#: French nationality adjectives (masculine singular). Capitalised after an
#: article, they are nouns ("l'Américaine X", "les Néerlandais"): MISC, not
#: places. Listed rather than told by their endings: "l'Ukraine", "la Lorraine"
#: end as "l'Américaine" does. "suisse" is left out: "la Suisse" is the country.
_NATIONALITY_LIST = """
afghan albanais algérien allemand américain anglais angolais argentin arménien australien
autrichien belge biélorusse bolivien bosnien brésilien britannique bulgare burkinabé cambodgien
camerounais canadien centrafricain chilien chinois colombien congolais coréen croate cubain
danois écossais égyptien équatorien espagnol estonien éthiopien finlandais français gabonais
gallois géorgien ghanéen grec guatémaltèque guinéen haïtien hongrois indien indonésien irakien
iranien irlandais islandais israélien italien ivoirien jamaïcain japonais jordanien kazakh kenyan
kosovar koweïtien letton libanais libérien libyen lituanien luxembourgeois macédonien malgache
malien maltais marocain mauritanien mexicain moldave monégasque mongol monténégrin mozambicain
namibien néerlandais néo-zélandais népalais nicaraguayen nigérian nigérien norvégien ougandais
ouzbek pakistanais palestinien panaméen paraguayen péruvien philippin polonais portugais qatari
québécois roumain russe rwandais salvadorien saoudien sénégalais serbe singapourien slovaque
slovène somalien soudanais sri-lankais suédois syrien tanzanien taïwanais tchadien tchèque
thaïlandais togolais tunisien turc ukrainien uruguayen vénézuélien vietnamien yéménite zambien
zimbabwéen
"""
_IRREGULAR = {"grec": ("grecque", "grecs", "grecques"), "turc": ("turque", "turcs", "turques")}


def _inflections(adjective: str) -> tuple[str, ...]:
    """Return an adjective's four forms (masculine, feminine, their plurals)."""
    if adjective in _IRREGULAR:
        return (adjective, *_IRREGULAR[adjective])
    if adjective.endswith("s"):
        return adjective, adjective + "e", adjective + "es"
    if adjective.endswith("e"):
        return adjective, adjective + "s"
    feminine = adjective + ("ne" if adjective.endswith("en") else "e")
    return adjective, feminine, adjective + "s", feminine + "s"


def _nationality_pattern() -> re.Pattern[str]:
    forms = sorted(
        {form for word in _NATIONALITY_LIST.split() for form in _inflections(word)},
        key=len,
        reverse=True,
    )
    nouns = "|".join(re.escape(form[0].upper() + form[1:]) for form in forms)
    return re.compile(
        rf"(?<![\w-])(?:[lL]['’]|(?:[lL]es|[lL]e|[lL]a|[uU]ne?|[dD]es|[dD]u|[aA]ux){_SP}+)"
        rf"(?P<name>{nouns})(?![\w'’-])"
    )


_NATIONALITY = _nationality_pattern()
#: Awards the model misses: "the Booker Prize", "the Nobel Peace Prize".
_AWARD = re.compile(
    rf"(?<![\w-])(?:{_CAP_WORD}{_SP}+){{1,3}}(?:Prize|Awards?|Medal|Trophy)(?![\w-])"
)
#: The rest of a quoted title, up to its closing quote, with no sentence in it.
_CLOSING = re.compile(r"(?P<rest>[^“”«»\"\n.!?;:]{0,60}?)[ \u00a0\u202f]*[”»\"]")

#: French nouns capitalised as institutions that are no name alone ("selon la Ville").
_LONE_COMMON_NOUN_LIST = (
    "Ville Villes Etats États Régions Département Départements Commune Communes Mairie"
    " Préfecture Métropole"
)
LONE_COMMON_NOUNS = frozenset(_LONE_COMMON_NOUN_LIST.split())


def institution_spans(text: str, language: str) -> Iterator[tuple[int, int]]:
    """Yield the spans of institutions named by their head noun (French ones, in any text)."""
    for match in scanning.finditer(_FRENCH_INSTITUTION, text):
        yield match.span()
    if language == "fr":
        for match in scanning.finditer(_FRENCH_FULL_INSTITUTION, text):
            yield match.span()
    else:
        for pattern in (_ENGLISH_INSTITUTION, _CLUB):
            for match in scanning.finditer(pattern, text):
                yield match.span()


def organisation_by_word(name: str) -> bool:
    """Return whether a name's first or last word makes it an organisation."""
    return bool(_ORG_LAST.search(name) or _ORG_FIRST.match(name))


def person_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield the names right after a role noun ("la maire, Gaëlle Le Floch") or a work's
    noun and "by" ("a drama by Maya Okafor")."""
    for pattern in (_ROLE_PERSON, _AUTHOR):
        for match in scanning.finditer(pattern, text):
            yield match.span("name")


def title_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield the titles of works: quoted next to a work's noun, or after an artist and a year."""
    for pattern in (_WORK_BEFORE, _WORK_AFTER, _WORK_AFTER_YEAR):
        for match in scanning.finditer(pattern, text):
            start, end = match.span("title")
            while end > start and text[end - 1] in " ,\u00a0":
                end -= 1
            yield start, end


def named_spans(text: str, language: str) -> Iterator[tuple[int, int]]:
    """Yield laws, prizes and weather events, whole: "loi climat", "Booker Prize", "La Niña"."""
    if language == "fr":
        for match in scanning.finditer(_FRENCH_NAMED, text):
            yield match.span()
    for pattern in (_WEATHER, _AWARD):
        for match in scanning.finditer(pattern, text):
            yield match.span()
    for pattern in (_PRODUCT, _NATIONALITY) if language == "fr" else (_PRODUCT,):
        for match in scanning.finditer(pattern, text):
            yield match.span("name")


def quoted_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the whole quoted title a span starts ("Les Oiseaux" of « Les Oiseaux de passage »)."""
    opening = text[max(0, start - 2) : start].rstrip(" \u00a0\u202f")
    if not opening or opening[-1] not in '“«"':
        return None
    closing = _CLOSING.match(text, end)
    if closing is None:
        return None
    inner_end = closing.start("rest") + len(closing.group("rest").rstrip(" ,\u00a0\u202f"))
    return start, inner_end
