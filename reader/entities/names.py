"""Clean up spaCy's names and find those it misses, by general rules.

Each mention comes out with votes for labels rather than one label: spaCy's
label is one vote, a company-like context ("la société X", "X Inc.", "CEO of X")
is a stronger one, and `merging` sums the votes of all the mentions of one name,
so that one name gets one label across the text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from reader import scanning
from reader.entities import cues, openers
from reader.entities.ner import (
    SPACY_FIGURE_LABELS,
    SPACY_NAME_LABELS,
    raw_entities,
    split_blocks,
    stop_words,
)

#: How much a context cue counts against spaCy's single vote per mention:
#: a cue like "la société X" is nearly always right, so it outweighs the model.
CONTEXT_WEIGHT = 3.0
#: A name shaped like a brand ("OpenAI", "DeepSeek", "xAI") leans towards ORG;
#: more than one model vote, since the small models often call them MISC.
BRAND_WEIGHT = 1.5
#: "in Split", "near Villach": just above one model vote, so that a lone
#: mention the small English model calls a person becomes the place it is,
#: while a name mentioned several times keeps the model's majority.
PLACE_CUE_WEIGHT = 1.2
#: An all-capitals acronym is an organisation unless the context says otherwise
#: (a place acronym, a defined common noun, a stronger cue): it outweighs the
#: model's single vote, which often calls "ARS" or "CNC" MISC.
ACRONYM_WEIGHT = 1.5
#: Evidence that outweighs one model vote but not a context cue: a place name
#: with a lowercase word inside ("Stade rennais", "Santé publique France") is
#: an organisation; a one-word "person" after "the" is a museum or a work.
NUDGE_WEIGHT = 1.5
#: "Deliveroo said in a statement": a company or a body speaking; people say so too,
#: but a person is named in full, and a full name's votes outweigh this one.
STATEMENT_WEIGHT = 2.5
#: "for the Courtauld": less than one model vote, so it only names what the model missed.
THE_NAME_WEIGHT = 0.8


@dataclass
class Mention:
    """A span of a name, with the votes for its label."""

    start: int
    end: int
    votes: dict[str, float] = field(default_factory=dict)
    from_model: bool = False

    def vote(self, label: str, weight: float = 1.0) -> None:
        """Add `weight` to `label`."""
        self.votes[label] = self.votes.get(label, 0.0) + weight


_QUOTES_AND_PUNCTUATION = " \t\n\u00a0\u202f«»\"“”„‘’'()[]{}<>—–-:;,.!?…*•·/|"

_ARTICLES = {
    "fr": (
        "le ",
        "la ",
        "les ",
        "l'",
        "l’",
        "du ",
        "des ",
        "de ",
        "d'",
        "d’",
        "un ",
        "une ",
        "au ",
        "aux ",
        "à ",
    ),
    "en": ("the ", "a ", "an ", "of "),
}
_POSSESSIVE = re.compile(r"(?<=\w)['’]s$")

#: Capitalised acronyms that are common nouns, not names (AI, GDP, CEO...).
_COMMON_ACRONYM_WORDS = (
    "IA AI PIB GDP CEO PDG DG CFO CTO COO RH HR TVA VAT PME SME ETI IPO R&D OK TV PC NB "
    "ONG NGO CA PNB GNP API APP SMS GPS USB PDF HTML URL FAQ QR ID IT TI RSE ESG CO2 ADN "
    "DNA ARN RNA VIH HIV CDI CDD SMIC BTP IRL LOL VIP OPA OPE PER PEA SA SAS SE AG LLC "
    "PLC INC LTD CORP"
)
COMMON_ACRONYMS = frozenset(_COMMON_ACRONYM_WORDS.split())
#: Acronyms that name places; others default to organisations.
_PLACE_ACRONYM_WORDS = "US USA UK RU EAU UAE RDC DRC RFA RDA URSS USSR"
PLACE_ACRONYMS = frozenset(_PLACE_ACRONYM_WORDS.split())

_ROMAN = re.compile(r"^[IVXLC]+$")

_NAME = r"(?:[A-ZÀ-Ý][\w&'’-]*|[a-z]{1,2}[A-Z][\w&-]*)(?:[ \u00a0]+[A-ZÀ-Ý][\w&'’-]*){0,3}"
#: Words before a name that make it a company: "la start-up lyonnaise X", "CEO of X".
_COMPANY_BEFORE = {
    "fr": (
        r"(?:(?:la|une|de\s+la|à\s+la)\s+(?:société|start-?up|jeune\s+pousse|firme|banque|filiale|licorne"
        r"|compagnie|fintech|biotech|chaîne|marque|plateforme|coopérative|mutuelle|fédération"
        r"|association|agence|fondation|ONG)"
        r"|(?:l['’]|un\s+|de\s+l['’]|à\s+l['’])(?:entreprise|éditeur|assureur|opérateur|enseigne|industriel|équipementier"
        r"|association|ONG|organisation|amicale)"
        r"|(?:le|un|du|au)\s+(?:groupe|constructeur|fabricant|distributeur|laboratoire|cabinet|fonds"
        r"|géant|spécialiste|leader|numéro\s+un|pétrolier|sidérurgiste|transporteur|chimiste"
        r"|tabloïd|quotidien|journal|magazine|hebdomadaire|mensuel|site|média|parti|syndicat"
        r"|club|mouvement|distributeur|collectif)"
        r"|(?:la|de\s+la|dans\s+la|à\s+la)\s+(?:revue|radio|chaîne|station)"
        r"|(?:les|des|aux|ses|leurs)\s+(?:entreprises|sociétés|groupes|distributeurs|enseignes"
        r"|marques|constructeurs|laboratoires|banques|opérateurs|compagnies|start-?up|plateformes"
        r"|applications|partis|syndicats|clubs|concurrents|rivaux|géants|quotidiens|journaux)"
        r"|(?:publiée?s?|parue?s?)(?:\s+\w+)?\s+dans"
        r")(?:\s+(?:[a-zéèêàâîôûç-]+(?:ais|aise|ain|aine|ien|ienne|ois|oise|and|ande|ais)))?"
        # "le groupe de distribution Casino", "le géant de l'agroalimentaire X".
        r"(?:\s+(?:de|du|des|d['’]|de\s+l['’])\s*[a-zéèêàâîôûç-]+)?"
        r"|(?:PDG|patronn?e?s?|fondat(?:eur|rice)s?|cofondat(?:eur|rice)s?|présidente?|dirigeante?s?"
        r"|directeur\s+général|directrice\s+générale|actionnaire|rachat|racheté|racheter"
        r"|acquisition|acquis|capital|filiale)\s+(?:de|d['’]|du\s+groupe|de\s+la\s+société)"
        r"|(?:racheté|racheter|rachète|acquiert|acquérir)"
    ),
    "en": (
        r"(?:(?:the|a|an)\s+)?(?:[A-Z][a-z]+-based\s+)?(?:company|startup|start-up|firm|group"
        r"|carrier|maker|lender|insurer|bank|retailer|giant|conglomerate|subsidiary|chipmaker"
        r"|automaker|carmaker|drugmaker|fintech|biotech|airline|brand|platform|fund"
        r"|cooperative|agency|association|foundation|charity|union|tabloid|newspaper|daily"
        r"|magazine|broadcaster|network|website|journal|party|club)"
        r"|(?:companies|firms|groups|retailers|grocers|rivals|competitors|banks|carmakers"
        r"|automakers|airlines|brands|platforms|chains|lenders|insurers|newspapers)"
        r"|(?:published|reported|appeared)(?:\s+\w+)?\s+in|board\s+of"
        r"|(?:CEO|chief\s+executive|founder|co-founder|cofounder|chairman|chairwoman"
        r"|shareholders?|investors?|shares|stake|acquisition|takeover)\s+(?:of|in|at)"
        r"|(?:buy|bought|buys|acquire|acquired|acquires|acquiring|buying)"
    ),
}
#: Words ending a company's name ("Ovid Pharma", "Corvane Inc."): the whole is an ORG.
_COMPANY_WORDS = (
    r"(?:Inc\.|Inc|Corp\.|Corp|Corporation|Ltd\.|Ltd|LLC|PLC|plc|SAS|SA|SE|AG|GmbH|N\.V\."
    r"|Group|Groupe|Holdings?|Technologies|Labs|Capital|Ventures|Partners|Bank|Banque|Airlines"
    r"|Motors|Pharma|Pharmaceuticals|Therapeutics|Health|Foods|Energy|Énergie|Energies|Systems"
    r"|Industries|Electronics|Software|Media|Networks|Robotics|Analytics|Logistics|Insurance"
    r"|Assurances|Studios|Entertainment|Semiconductor|Telecom|Airways|Finance|Investments)"
)
_APPOSITION = {
    "fr": r",\s+(?:sa|la|une|leur|son|notre)\s+(?:propre\s+)?(?:société|entreprise|start-?up"
    r"|filiale|firme|maison\s+mère)\b",
    "en": r",\s+(?:a|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:company|startup|firm"
    r"|subsidiary|group|rival|maker|regulator|watchdog|alliance|charity|nonprofit|agency|union"
    r"|broadcaster|newspaper|tabloid|lender|insurer|retailer|carrier|chain|club|party"
    r"|organization|organisation)\b",
}
#: What only companies do, right after their name: "X a levé", "X's shares rose".
_COMPANY_VERBS = {
    "fr": (
        r"(?:a\s+levé|lève|a\s+été\s+valorisée?|est\s+cotée?|a\s+été\s+introduite?\s+en\s+Bourse"
        r"|emploie|a\s+publié\s+(?:un|son|ses)\s+(?:chiffre|résultats)"
        r"|a\s+réalisé\s+(?:un|son)\s+chiffre)\b"
    ),
    "en": (
        r"(?:raised\s+(?:\$|£|€)|shares\s+(?:rose|fell|jumped|slid|dropped|climbed|gained|sank)"
        r"|stock\s+(?:rose|fell|jumped|slid|dropped|climbed)|is\s+listed|went\s+public"
        r"|employs|reported\s+(?:revenue|sales|earnings|profit|a\s+loss|net)"
        # "Nvidia's market value", "Boeing's credit rating", "Intel chief executive X".
        r"|market\s+(?:value|capitalization|share)|credit\s+rating|share\s+price"
        r"|(?:chief\s+executive|CEO|chief\s+financial\s+officer|shareholders|board\s+of"
        r"\s+directors)(?=[\s,]))\b"
    ),
}
_PERSON_BEFORE = r"(?:M\.|Mme|Mlle|Me|Dr\.?|Pr|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Lady|Lord)\s+"
#: "X, who ..." is a person (English only: French "qui" follows companies too).
_PERSON_AFTER = {"en": r",\s+who\b", "fr": r"(?!)"}


def _compile(language: str) -> tuple[re.Pattern[str], ...]:
    before = re.compile(rf"(?<![\w])(?i:{_COMPANY_BEFORE[language]})\s*(?P<name>{_NAME})")
    suffix = re.compile(
        rf"(?<![\w])(?P<name>{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{0,2}}"
        rf",?[ \u00a0]+{_COMPANY_WORDS})(?![\w])(?![ \u00a0]+[A-ZÀ-Ý])"
    )
    apposition = re.compile(rf"(?<![\w])(?P<name>{_NAME}){_APPOSITION[language]}")
    verbs = re.compile(rf"(?<![\w])(?P<name>{_NAME})(?:['’]s)?[ \u00a0]+{_COMPANY_VERBS[language]}")
    return before, suffix, apposition, verbs


_NAME_WORD = r"(?:[A-ZÀ-Ý][\w&'’-]*|[a-z]{1,2}[A-Z][\w&-]*)"
_CONTEXTS = {language: _compile(language) for language in ("fr", "en")}
_PERSON = re.compile(rf"\b{_PERSON_BEFORE}(?P<name>{_NAME})")
_PERSONS_AFTER = {
    language: re.compile(rf"(?<![\w])(?P<name>{_NAME}){pattern}")
    for language, pattern in _PERSON_AFTER.items()
}
_ACRONYM = re.compile(r"(?<![\w&-])[A-Z][A-Z&]{1,5}(?![\w&'’-])")
_BRAND = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+[A-Z]\w*|[a-z]{1,2}[A-Z]{1,3}[a-z]*)(?![\w'’-])")
#: Brand-shaped words that are products of an Apple-style "i"/"e" prefix, not companies.
_PRODUCT_SHAPE = re.compile(r"^[ie][A-Z][a-z]")
_ABBREVIATION_END = re.compile(
    r"(?:(?<![\w.])(?:Inc|Corp|Ltd|Co|Jr|Sr|St)|(?<![\w.])(?:[A-Z]\.){1,3}[A-Z])\.$"
)
#: Events: "Salon de l'agriculture", "Consumer Electronics Show" are MISC.
_EVENT_FIRST = re.compile(
    r"^(?:Salon|Festival|Coupe|Jeux|Sommet|Forum|Foire|Championnat|Tournoi|Grand\s+Prix)\b"
)
_EVENT_LAST = re.compile(
    r"\b(?:Show|Festival|Summit|Forum|Fair|Expo|Cup|Games|Championships?|Olympics|Open"
    r"|Conference|Congress|Prize|Awards?|Week|Marathon|Globes|Emmys|Oscars|Grammys|Tonys"
    r"|Baftas|Césars|Paralympics|Bear|Lion|Palm|Trophy|Medal|Telescope|Probe|Rover|Act"
    r"|Treaty|Accords?)$"
)
#: French events capitalise their first word only: "le Salon de l'agriculture".
_FRENCH_EVENT = re.compile(
    r"(?<![\w-])(?:Salon|Festival|Coupe|Jeux|Sommet|Forum|Foire|Championnat)"
    r"(?:\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]))?[^\W\d_]+(?:-[^\W\d_]+)*"
)
#: "ministre des Comptes publics", "Secretary of State": a portfolio, not a name.
_PORTFOLIO_BEFORE = re.compile(
    r"(?:ministre|ministère|secrétaire\s+d['’]État|Minister|Secretary)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’]|of\s+(?:the\s+)?|for\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_STOPS: dict[str, frozenset[str]] = {}
_ELISION = re.compile(r"^(?:[ldjnmstc]|qu|jusqu|lorsqu|puisqu)['’](?=\w)", re.IGNORECASE)
#: Prepositions of place before one capitalised word that is not a possessive
#: or the start of a longer name.
_PLACE_CUES = {
    "en": re.compile(
        r"\b(?:in|near|via|through|outside|across|around)\s+"
        r"(?P<name>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)*)(?![\w'’-]|\s+[A-Z])"
    ),
    "fr": re.compile(
        r"(?:\bprès\s+de|\bvia|\bà\s+travers|\bau\s+large\s+de)\s+"
        r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*)(?![\w'’-]|\s+[A-ZÀ-Ý])"
    ),
}
#: "Olympique de Marseille 3-1": a score or a number after a name is not part of it.
_TRAILING_NUMBERS = re.compile(r"(?:[ \u00a0]+[\d][\d\-–/.,:]*)+$")
#: A title alone is no name: "Première ministre", "président de la République".
_TITLE_ONLY = re.compile(
    r"^(?:premi(?:er|ère)\s+ministre|président(?:e)?|ministre|secrétaire|chancelière?|roi|reine"
    r"|pape|prime\s+minister|president|chancellor|secretary|minister|king|queen|pope)\b",
    re.IGNORECASE,
)
#: French institutions capitalise their first word only: "Conseil constitutionnel".
_INSTITUTION_HEAD = re.compile(
    r"^(?:Conseil|Cour|Assemblée|Commission|Parlement|Banque|Agence|Autorité|Haute|Office"
    r"|Institut|Caisse|Fondation|Fédération|Confédération|Direction|Ministère|Tribunal|Sénat"
    r"|Union|Organisation|Comité|Centre|Conférence)$"
)
_INSTITUTION_TAIL = re.compile(
    r"[ \u00a0]+(?:[a-zéèêëàâîïôûç]+(?:el|elle|al|ale|aux|ien|ienne|ais|aise|ain|aine|ique|é|ée"
    r"|if|ive|iste|aire|ier|ière|ial|iale)s?|(?:des|du|de\s+la|de\s+l['’]|d['’])[ \u00a0]*"
    r"[a-zéèêëàâîïôûç]+)\b"
)
_COORDINATED = re.compile(
    rf"[ \u00a0]+(?:et|ou|and|or)[ \u00a0]+(?:de[ \u00a0]+|d['’]|du[ \u00a0]+|of[ \u00a0]+)?"
    rf"(?P<name>{_NAME})"
)
_COORDINATED_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})[ \u00a0]+(?:et|ou|and|or)[ \u00a0]+$"
)
_BREAK = re.compile(r"[\t\n|]+|[.!?;:][ \u00a0]+|[ \u00a0]+[—–][ \u00a0]+")
_LAST_WORD = re.compile(r"[\w&-]+$")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SHOUTED_NEIGHBOUR = re.compile(r"[A-Z]{2,}[ \u00a0]+$")
_SHOUTED_NEXT = re.compile(r"[ \u00a0]+[A-Z]{2,}\b")
#: Words that introduce a name without being part of it: titles and credits.
_LEADING_TITLES = re.compile(
    r"^(?:(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Dr\.?|Pr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame|Photo|Photos"
    r"|Illustration|Image|Source|Par|By|Selon|Pour|Avec)[ \u00a0]+"
    # "Crédit Mutuel" is a bank; "Crédit : AFP" a credit line.
    r"|(?:Crédits?|Credits?)(?:[ \u00a0]+photo)?[ \u00a0]*:[ \u00a0]*)(?=\S)"
)
#: "Broncos", "Chiefs", "Yankees": a team's name after its city.
_TEAM_WORD = re.compile(r"[A-Z][a-z]+s$")
#: "Federal Reserve Bank" of "New York": an institution's head before "of" and a place.
_OF_PLACE_HEAD = re.compile(
    r"\b(?:Bank|Reserve|University|Museum|Department|Institute|Council|Court|Commission"
    r"|Agency|Office|Authority|Board|Library|College|School|Hospital)$"
)
_LIST_GAP = re.compile(
    r",[ \u00a0]+|[ \u00a0]+(?:et|and)[ \u00a0]+|,[ \u00a0]+(?:et|and)[ \u00a0]+"
)
_FIRST_WORD = re.compile(r"[^\W\d_]+")
#: Where a name's word starts: a capital after a space or an elision ("l'Éducation").
_NAME_START = re.compile(r"(?<![^\s'’])[A-ZÀ-Ý]")
_PREPOSITION_NEXT = re.compile(r"[ \u00a0]+(?:in|of|among|across|at|for)[ \u00a0]")
#: A ruler's title and regnal number make a person: "King Louis XIV", "Pope Leo XIII".
_RULER = re.compile(
    r"(?<![\w])(?:(?:King|Queen|Pope|Emperor|Empress|Tsar|Prince|Princess|Sultan|roi|reine"
    r"|pape|empereur|impératrice|tsar)[ \u00a0]+)?(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+[ \u00a0]+"
    r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX))(?![\w'’-])"
)
_SOURCE = {
    "en": re.compile(
        r"\baccording[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?(?P<name>[A-Z][\w-]+)"
        r"(?![\w'’-]|[ \u00a0]+[A-Z])"
    ),
    "fr": re.compile(
        r"(?<![\w])(?:[Ss]elon|[Dd]['’]après)[ \u00a0]+(?:l['’])?(?P<name>[A-ZÀ-Ý][\w-]+)"
        r"(?![\w'’-]|[ \u00a0]+[A-ZÀ-Ý])"
    ),
}
_THE_NAME = re.compile(
    r"(?<![\w])the[ \u00a0]+(?P<name>[A-Z][a-zà-ÿ]{2,})(?=[,.;:!?)]|[ \u00a0]+[a-z(])"
)
_INNER_POSSESSIVE = re.compile(r"['’]s\b")
#: "Claude Monet's 1872 Impression": what is acquired is a work, not a company.
_WORK_AFTER_POSSESSIVE = re.compile(r"['’]s[ \u00a0]+(?:1[5-9]|20)\d\d\b")
#: "l'Arcom en France", "l'Ofcom au Royaume-Uni": a body of a country, not a place.
_BODY_OF_COUNTRY = re.compile(
    r"(?<![\w])[lL]['’](?P<name>[A-Z][a-zA-Z]{2,})[ \u00a0]+(?:en|au|aux)[ \u00a0]+[A-ZÀ-Ý]"
)
#: "X and Y" run together by the model: two names ("Kroger and Albertsons").
_TWO_NAMES = re.compile(r"([A-ZÀ-Ý][\w'’-]*)(?:,?[ \u00a0]+(?:and|et)[ \u00a0]+)([A-ZÀ-Ý][\w'’-]*)")
#: A regnal number after a person's name: "Louis XIV", "Elizabeth I".
_REGNAL = re.compile(r"[ \u00a0]+[IVX]{1,5}(?![\w'’-])")
#: Verbs whose object "the Goya" is a work, not a museum.
_LENT = re.compile(
    r"\b(?:lend|lent|loan|loaned|sell|sold|buy|bought|auction|auctioned|acquire|acquired"
    r"|borrow|borrowed|restore|restored|show|showed|hang|hung)[ \u00a0]+the[ \u00a0]+$",
    re.IGNORECASE,
)
#: The article a quoted title opens with: “The Last Orchard”.
_QUOTED_ARTICLE = re.compile(r"(?<=[“\"])(?:The|A|An)[ \u00a0]")
#: Legislatures named by one word, which the small model calls a group or a place.
_LEGISLATURE = re.compile(
    r"^(?:Bundestag|Bundesrat|Knesset|Duma|Sejm|Storting|Riksdag|Folketing|Eduskunta|Althing"
    r"|Oireachtas|Dáil|Seanad|Cortes|Congress|Parliament|Senate|Holyrood|Stormont|Senedd)$"
)
#: "Maui County has issued", "Linn County asked": a county that acts is its government.
_COUNTY_ACTS = re.compile(
    r"[ \u00a0]+(?:said|says|asked|asks|has|have|had|issued|announced|sued|agreed|approved"
    r"|voted|officials|commissioners|spokesman|spokeswoman|will)\b"
)
#: A sentence about a match: a score, a club's staff, a league, a win or a defeat.
_SPORT = re.compile(
    r"\b(?:\d{1,2}-\d{1,2}|beat|beats|drew|manager|coach|striker|goalkeeper|midfielder|scored"
    r"|club|league|League|Cup|season|match|fixture|derby)\b"
)
#: A team's own word after its city: "Manchester City", "Leeds United", "Stoke City".
_CITY_TEAM = re.compile(r"[ \u00a0](?:City|United|Town|Rovers|Athletic|Wanderers|Albion|County)$")
_CAPITALISED_NEXT = re.compile(r"(?:[ \u00a0]+[A-Z][a-z]+(?![\w'’-])){1,2}")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])(?!The\b)[A-Z][\w'’-]*[ \u00a0]+$")
_STATEMENT = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][\w&-]+)(?:,(?:[^,.;]|(?<=\d)[,.](?=\d)){1,80},)?"
    r"[ \u00a0]+said[ \u00a0]+in[ \u00a0]+a[ \u00a0]+statement\b"
)
_DEFINED_ACRONYM = re.compile(r"\((?P<acronym>[A-Z]{2,6})\)")
_SENTENCE_END = '.!?:;»"“”…•-–—'


def find_names(
    text: str,
    language: str,
    blocks: Sequence[tuple[int, int]] | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], object] | None = None,
    *,
    figures: list[tuple[str, int, int]] | None = None,
) -> list[Mention]:
    """Return the mentions of names in `text`, with their label votes, sorted.

    The model's own figures (dates, cardinals, money...) are appended to
    `figures`, in our labels, when a list is given: a vote for
    `figures.with_model_figures`.
    """
    spans = list(blocks) if blocks is not None else split_blocks(text)
    stops = stop_words(language)
    _STOPS[language] = stops
    mentions: dict[tuple[int, int], Mention] = {}
    for label, raw_start, raw_end in raw_entities(text, language, spans, cancelled, progress):
        ours = SPACY_NAME_LABELS.get(label)
        if ours is None:
            if figures is not None and label in SPACY_FIGURE_LABELS:
                figures.append((SPACY_FIGURE_LABELS[label], raw_start, raw_end))
            continue
        for part_start, part_end in _split_pairs(text, segments(text, raw_start, raw_end)):
            start, end = trim(text, part_start, part_end, language, spans)
            if language == "fr" and _INSTITUTION_HEAD.match(text[start:end]):
                tail = _INSTITUTION_TAIL.match(text, end)
                if tail:
                    end = tail.end()
            if start >= end or is_junk(text, start, end, stops, spans):
                continue
            start, end = _widen(text, (start, end), ours, language, spans)
            mention = mentions.setdefault((start, end), Mention(start, end))
            mention.vote(ours)
            mention.from_model = True
            _nudge(text, mention, ours, stops)
    _join_neighbours(text, mentions)
    _apply_cues(text, language, mentions, stops, spans)
    from_model = sorted(mentions)
    for cue, label, weight in _context_votes(text, language, stops, spans, [*mentions.values()]):
        # A cue that finds the start of a longer name the model found ("la
        # coopérative Terres" in "Terres du Sud") votes for the model's name;
        # so does a brand or an acronym inside it ("Nielsen BookScan").
        span = cue
        index = bisect.bisect_right(from_model, (cue[0], len(text))) - 1
        if index >= 0 and from_model[index] != cue:
            container = from_model[index]
            inner = container[0] <= cue[0] and cue[1] <= container[1]
            if inner and (
                container[0] == cue[0]
                or (
                    label == "ORG"
                    and weight < CONTEXT_WEIGHT
                    and "PERSON" not in mentions[container].votes
                )
            ):
                span = container
        mention = mentions.setdefault(span, Mention(*span))
        mention.vote(label, weight)
        if weight >= CONTEXT_WEIGHT and not mention.from_model:
            _absorb(mentions, mention)
    _add_lone_surnames(text, mentions)
    if language == "en":
        _add_team_short_names(text, mentions)
    _vote_lists_of_people(text, mentions)
    _vote_places_of_people(text, mentions)
    _drop_common_words_opening_sentences(text, language, mentions, spans)
    common = {
        acronym for acronym, (_, is_common) in defined_acronyms(text, stops).items() if is_common
    }
    kept = [m for m in mentions.values() if text[m.start : m.end] not in common]
    return _without_overlaps(sorted(kept, key=lambda m: (m.start, -m.end)))


def _join_neighbours(text: str, mentions: dict[tuple[int, int], Mention]) -> None:
    """Join two of the model's names cut apart: "Denver" "Broncos", "Federal Reserve Bank" of
    "New York".

    A place followed by a plural capitalised word is a team ("Denver Broncos");
    an organisation's institution word, "of" and a place are one name.
    """
    for first, second in itertools.pairwise(sorted(mentions)):
        if first not in mentions or second not in mentions:
            continue
        gap = text[first[1] : second[0]]
        one, two = mentions[first], mentions[second]
        words = text[second[0] : second[1]].split()
        team = gap == " " and "PLACE" in one.votes and len(words) == 1
        team = team and bool(_TEAM_WORD.match(words[0]))
        of_place = gap == " of " and "PLACE" in two.votes
        if not (team or (of_place and _OF_PLACE_HEAD.search(text, first[0], first[1]))):
            continue
        joined = Mention(first[0], second[1], {"ORG": CONTEXT_WEIGHT}, from_model=True)
        del mentions[first], mentions[second]
        mentions[(joined.start, joined.end)] = joined


def _vote_places_of_people(text: str, mentions: dict[tuple[int, int], Mention]) -> None:
    """Vote for a place after a person and "of": "Senator Chris Murphy of Connecticut"."""
    ordered = sorted(mentions.values(), key=lambda m: m.start)
    for person, other in itertools.pairwise(ordered):
        if (
            text[person.end : other.start] == " of "
            and _top(person) == "PERSON"
            and _top(other) == "PERSON"
            and other.votes["PERSON"] <= 1
            and " " not in text[other.start : other.end]
        ):
            other.vote("PLACE", NUDGE_WEIGHT)


def _top(mention: Mention) -> str:
    return max(mention.votes, key=mention.votes.__getitem__) if mention.votes else ""


def _absorb(mentions: dict[tuple[int, int], Mention], mention: Mention) -> None:
    """Let a strongly cued name replace the model's shorter spans inside it ("Halden" of
    "the board of Halden Mutual")."""
    inside = [
        key
        for key, other in mentions.items()
        if other.from_model
        and mention.start <= key[0]
        and key[1] <= mention.end
        and key != (mention.start, mention.end)
    ]
    if inside:
        for key in inside:
            del mentions[key]
        mention.from_model = True


def _vote_lists_of_people(text: str, mentions: dict[tuple[int, int], Mention]) -> None:
    """In "A, B, C et D", where most are people, the others are people too."""
    ordered = sorted(mentions.values(), key=lambda m: m.start)
    run: list[Mention] = []
    for mention in [*ordered, None]:
        if mention is not None and (
            not run or _LIST_GAP.fullmatch(text, run[-1].end, mention.start)
        ):
            run.append(mention)
            continue
        people = [m for m in run if m.votes and max(m.votes, key=m.votes.__getitem__) == "PERSON"]
        if len(run) >= 3 and len(people) * 2 > len(run):
            for other in run:
                if other not in people and " " in text[other.start : other.end].strip():
                    other.vote("PERSON", NUDGE_WEIGHT)
        run = [mention] if mention is not None else []


def _drop_common_words_opening_sentences(
    text: str,
    language: str,
    mentions: dict[tuple[int, int], Mention],
    blocks: Sequence[tuple[int, int]],
) -> None:
    """Drop "Turnout" of "Turnout in Ohio fell": a capitalised noun opening a sentence.

    The small English model calls such a word a person; a person named by one
    word at a sentence's start and followed by "in" or "of" is rare. Any word
    only the model voted for goes too when it is a common word opening its
    sentence ("Interrogés par", "Retraité de": see `openers`).
    """

    def initial(position: int) -> bool:
        return _sentence_initial(text, position, blocks)

    for key, mention in list(mentions.items()):
        word = text[key[0] : key[1]]
        if not initial(key[0]):
            continue
        if " " in word:
            # Not in English, which capitalises its titles: "Dancing with the Stars".
            if language == "fr":
                _cut_common_opener(text, language, mentions, key, initial)
            continue
        if (
            mention.votes.keys() == {"PERSON"}
            and mention.votes["PERSON"] <= 1
            and _PREPOSITION_NEXT.match(text, key[1])
        ) or (
            sum(mention.votes.values()) <= 1
            and openers.is_common_opener(text, *key, language, initial)
        ):
            del mentions[key]


def _cut_common_opener(
    text: str,
    language: str,
    mentions: dict[tuple[int, int], Mention],
    key: tuple[int, int],
    initial: Callable[[int], bool],
) -> None:
    """Cut "Retraitée de " off "Retraitée de l'Éducation nationale": the name starts after."""
    first = _FIRST_WORD.match(text, key[0], key[1])
    if first is None or not openers.is_common_opener(
        text, key[0], first.end(), language, initial, participles_only=True
    ):
        return
    name = _NAME_START.search(text, first.end(), key[1])
    mention = mentions.pop(key)
    if name is None or (name.start(), key[1]) in mentions:
        return
    mention.start = name.start()
    mentions[(mention.start, key[1])] = mention


def _add_lone_surnames(text: str, mentions: dict[tuple[int, int], Mention]) -> None:
    """Find the surname of a person named in full where it stands alone ("Hale threw")."""
    surnames = set()
    for mention in mentions.values():
        words = text[mention.start : mention.end].split()
        if len(words) > 1 and max(mention.votes, key=mention.votes.__getitem__) == "PERSON":
            surnames.add(words[-1])
    if not surnames:
        return
    covered = sorted(mentions)
    pattern = re.compile(
        r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(surnames))) + r")(?![\w-])"
    )
    for match in scanning.finditer(pattern, text):
        index = bisect.bisect_right(covered, (match.start(), len(text))) - 1
        if index >= 0 and covered[index][1] > match.start():
            continue  # inside the full name, or another name
        if index + 1 < len(covered) and covered[index + 1][0] < match.end():
            continue
        mentions.setdefault(match.span(), Mention(*match.span())).vote("PERSON")


def _add_team_short_names(text: str, mentions: dict[tuple[int, int], Mention]) -> None:
    """Find a club called by its team word alone ("City" of "Manchester City", "Celtics")."""
    words = set()
    for mention in mentions.values():
        name = text[mention.start : mention.end]
        parts = name.split()
        team = len(parts) == 2 and (_TEAM_WORD.match(parts[1]) or _CITY_TEAM.search(name))
        if team and _top(mention) == "ORG":
            words.add(parts[1])
    if not words:
        return
    covered = sorted(mentions)
    pattern = re.compile(
        r"(?<![\w'’-])(?<![A-Z][a-z] )(?:" + "|".join(map(re.escape, sorted(words))) + r")"
        r"(?![\w-])(?![ \u00a0]+(?:of[ \u00a0]|[A-Z]))"
    )
    for match in scanning.finditer(pattern, text):
        index = bisect.bisect_right(covered, (match.start(), len(text))) - 1
        if index >= 0 and covered[index][1] > match.start() and covered[index] != match.span():
            continue  # inside the full name, or another name
        if index + 1 < len(covered) and covered[index + 1][0] < match.end():
            continue
        if _CAPITALISED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Salt Lake City": part of another name
        mentions.setdefault(match.span(), Mention(*match.span())).vote("ORG", CONTEXT_WEIGHT)


def _split_pairs(text: str, parts: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Split "Kroger and Albertsons", two one-word names the model ran together."""
    for start, end in parts:
        pair = _TWO_NAMES.fullmatch(text, start, end)
        if pair:
            yield pair.span(1)
            yield pair.span(2)
        else:
            yield start, end


def _widen(
    text: str, span: tuple[int, int], label: str, language: str, blocks: Sequence[tuple[int, int]]
) -> tuple[int, int]:
    """Take in what belongs to a name: "The" of a title mid-sentence, "XIV" of a king."""
    start, end = span
    if (
        language == "en"
        and text[max(0, start - 4) : start] == "The "
        and not _sentence_initial(text, start - 4, blocks)
    ):
        start -= 4
    if label == "PERSON":
        regnal = _REGNAL.match(text, end)
        if regnal:
            end = regnal.end()
    if label == "MISC":
        title = cues.quoted_title(text, start, end)
        if title:
            start, end = title
    return start, end


def _nudge(text: str, mention: Mention, label: str, stops: frozenset[str]) -> None:
    """Add the votes a model's mention earns from its own shape and its neighbours."""
    name = text[mention.start : mention.end]
    words = name.split()
    if label == "PLACE" and any(
        word.islower() and word.lower() not in stops and "-" not in word for word in words[1:]
    ):
        mention.vote("ORG", NUDGE_WEIGHT)  # "Stade rennais", "Santé publique France"
    before = text[max(0, mention.start - 40) : mention.start]
    if len(words) == 1 and before.lower().endswith(("the ", "the\u00a0")):
        # "lend the Goya": a painting; people take no article: "asked the Getty".
        if _LENT.search(before):
            mention.vote("MISC", NUDGE_WEIGHT + 0.5)
        elif label == "PERSON":
            mention.vote("ORG", NUDGE_WEIGHT + 0.5)


def _apply_cues(
    text: str,
    language: str,
    mentions: dict[tuple[int, int], Mention],
    stops: frozenset[str],
    blocks: Sequence[tuple[int, int]],
) -> None:
    """Put the spans `cues` finds in place of the model's spans inside them."""
    # Spans written whole (institutions, "loi climat") are taken as they are;
    # names and titles lose their articles and must look like names.
    found: list[tuple[tuple[int, int], str, bool]] = [
        *((span, "ORG", False) for span in cues.institution_spans(text, language)),
        *((span, "MISC", False) for span in cues.named_spans(text, language)),
        *((span, "PERSON", True) for span in cues.person_spans(text)),
        *((span, "MISC", True) for span in cues.title_spans(text)),
    ]
    taken: list[tuple[int, int]] = []
    for span, label, checked in found:
        start, end = trim(text, *span, language, blocks) if checked else span
        if label == "MISC" and _QUOTED_ARTICLE.fullmatch(text, span[0], start):
            start = span[0]  # “The Last Orchard”: a quoted title keeps its article
        if start >= end or (checked and is_junk(text, start, end, stops, blocks)):
            continue
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            continue
        taken.append((start, end))
        for key in [key for key in mentions if key[0] < end and start < key[1]]:
            if key == (start, end):
                continue
            inside = mentions.pop(key)
            if inside.start >= start and inside.end > end:
                # "Hôpital régional de Brno Petr Novák": the rest is a person's name.
                rest = trim(text, end, inside.end, language, blocks)
                if rest[1] > rest[0] and not is_junk(text, *rest, stops, blocks):
                    remainder = mentions.setdefault(rest, Mention(*rest, from_model=True))
                    remainder.votes.update(inside.votes)
                    if len(text[rest[0] : rest[1]].split()) > 1:
                        remainder.vote("PERSON", NUDGE_WEIGHT * 2)
        mention = mentions.setdefault((start, end), Mention(start, end))
        mention.vote(label, CONTEXT_WEIGHT)
        mention.from_model = True


def defined_acronyms(text: str, stops: frozenset[str]) -> dict[str, tuple[str, bool]]:
    """Return the acronyms the text defines: {acronym: (its expansion, is a common noun)}.

    "l'intelligence artificielle générale (IAG)" makes "IAG" a common noun,
    whereas "Banque centrale européenne (BCE)" starts with a capital: a name,
    the same one as its acronym.
    """
    defined = {}
    for match in scanning.finditer(_DEFINED_ACRONYM, text):
        acronym = match.group("acronym")
        window = max(0, match.start() - 160)
        words = list(re.finditer(r"[^\W\d_]+", text[window : match.start()]))
        initials = [word for word in words if word.group().lower() not in stops]
        spelled = initials[-len(acronym) :]
        if len(spelled) == len(acronym) and all(
            word.group()[0].lower() == letter.lower()
            for word, letter in zip(spelled, acronym, strict=True)
        ):
            expansion = text[window + spelled[0].start() : match.start()].strip()
            defined[acronym] = (expansion, spelled[0].group()[0].islower())
    return defined


def acronym_aliases(text: str, language: str) -> dict[str, str]:
    """Return {acronym: expansion} for the names the text spells out ("BCE" → its full name)."""
    defined = defined_acronyms(text, stop_words(language))
    return {acronym: expansion for acronym, (expansion, common) in defined.items() if not common}


def trim(
    text: str, start: int, end: int, language: str, blocks: Sequence[tuple[int, int]] = ()
) -> tuple[int, int]:
    """Return the span without surrounding punctuation, articles or a possessive."""
    while True:
        before = (start, end)
        while start < end and text[start] in _QUOTES_AND_PUNCTUATION:
            start += 1
        while end > start and text[end - 1] in _QUOTES_AND_PUNCTUATION:
            if text[end - 1] == "." and _ABBREVIATION_END.search(text, start, end):
                break
            end -= 1
        start, end = _trim_lowercase_words(text, start, end, language)
        trailing = _TRAILING_NUMBERS.search(text, start, end)
        if trailing and trailing.start() > start:
            end = trailing.start()
        title = _LEADING_TITLES.match(text[start:end])
        if title:
            start += title.end()
        if language == "en" and _POSSESSIVE.search(text[start:end]):
            end = start + _POSSESSIVE.search(text[start:end]).start()  # type: ignore[union-attr]
        lowered = text[start:end].lower()
        for article in _ARTICLES.get(language, ()):
            if lowered.startswith(article) and end - start > len(article):
                # "L'Oréal" or "The Economist" inside a sentence are names; the
                # capital of a sentence's first word says nothing.
                capital = text[start].isupper()
                if not capital or _sentence_initial(text, start, blocks):
                    start += len(article)
                    break
        if (start, end) == before:
            return start, end


def _trim_lowercase_words(text: str, start: int, end: int, language: str) -> tuple[int, int]:
    """Drop common words spaCy glued to a name ("aéroport de Nice", "Bourse sur")."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 2:
        return start, end
    first_capital = next(
        (index for index, word in enumerate(words) if _capitalised(word.group())), None
    )
    if first_capital is None:
        return start, end
    if first_capital > 0 and not any(char.isupper() for char in words[0].group()):
        elided = re.search(r"['’]", words[first_capital].group())
        inner = words[first_capital].start()
        if elided and words[first_capital].group()[0].islower():
            inner += elided.end()
        start += inner
        return _trim_lowercase_words(text, start, end, language)
    last = words[-1].group()
    stops = _STOPS.get(language, frozenset())
    if last[0].islower() and last.lower() in stops:
        return _trim_lowercase_words(text, start, start + words[-2].end(), language)
    return start, end


def segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span where a name cannot go on: table cells, lines, sentence ends.

    The small models sometimes run a name across a full stop ("M€. Karim
    Haddad") or a table cell ("Nappe\tNiveau"); an initial ("J. P. Morgan") or
    an abbreviation ("Corvane Inc. fell") does not end a sentence.
    """
    parts = []
    begin = start
    for stop in _BREAK.finditer(text, start, end):
        if stop.group().startswith(tuple(".!?;:")):
            before = _LAST_WORD.search(text, begin, stop.start())
            word = before.group() if before else ""
            if (len(word) == 1 and word.isupper()) or _ABBREVIATION_END.search(word + "."):
                continue
        parts.append((begin, stop.start()))
        begin = stop.end()
    parts.append((begin, end))
    return [(s, e) for s, e in parts if e > s]


def _capitalised(word: str) -> bool:
    """Return whether a word starts with a capital, after an elision ("l'Industrie")."""
    elided = _ELISION.match(word)
    return not word[elided.end() if elided else 0].islower()


def is_junk(
    text: str, start: int, end: int, stops: frozenset[str], blocks: Sequence[tuple[int, int]]
) -> bool:
    """Return whether a span is no name: lowercase, a letter, a pronoun, a common word."""
    span = text[start:end]
    letters = [char for char in span if char.isalpha()]
    if len(letters) < 2 or not any(char.isupper() for char in span):
        return True
    if _PORTFOLIO_BEFORE.search(text, max(0, start - 40), start):
        return True
    if _TITLE_ONLY.match(span) and not any(word[0].isupper() for word in span.split()[1:]):
        return True
    if span.upper() in COMMON_ACRONYMS or _ROMAN.match(span) or span in cues.LONE_COMMON_NOUNS:
        return True
    words = span.split()
    lowered = span.lower().replace("’", "'")
    if len(words) == 1:
        if lowered in stops:
            return True
        if _sentence_initial(text, start, blocks) and _used_as_common_word(text, span):
            return True
    return all(word.lower() in stops for word in words)


def _used_as_common_word(text: str, word: str) -> bool:
    lowered = word[0].lower() + word[1:]
    return lowered != word and lowered in _lowercase_words(text)


@functools.lru_cache(maxsize=4)
def _lowercase_words(text: str) -> frozenset[str]:
    """Return the words of `text` written in lowercase (one pass, reused for every span)."""
    return frozenset(word for word in _WORD.findall(text) if word[0].islower())


def _sentence_initial(text: str, start: int, blocks: Sequence[tuple[int, int]]) -> bool:
    position = start - 1
    while position >= 0 and text[position] in " \t\u00a0\u202f":
        position -= 1
    if position < 0 or text[position] in "\n\t|":
        return True
    index = bisect.bisect_left(blocks, (start, start))
    if index < len(blocks) and blocks[index][0] == start:
        return True
    return text[position] in _SENTENCE_END


def _context_votes(
    text: str,
    language: str,
    stops: frozenset[str],
    blocks: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
) -> Iterable[tuple[tuple[int, int], str, float]]:
    contexts = _CONTEXTS.get(language, _CONTEXTS["en"])
    for pattern in contexts:
        for match in scanning.finditer(pattern, text):
            span = _name_span(text, match, language, blocks)
            if span and _WORK_AFTER_POSSESSIVE.match(text, span[1]):
                continue  # "to acquire Claude Monet's 1872 Impression": a painter
            if span and not is_junk(text, *span, stops, blocks):
                yield span, "ORG", CONTEXT_WEIGHT
                # "les dirigeants de TotalEnergies et de Stellantis": both.
                other = _COORDINATED.match(text, span[1])
                if other:
                    second = _name_span(text, other, language, blocks)
                    if second and not is_junk(text, *second, stops, blocks):
                        yield second, "ORG", CONTEXT_WEIGHT
                # "auprès de Bpifrance et du fonds Eurazeo": the one before too.
                before = _COORDINATED_BEFORE.search(text, max(0, match.start() - 60), match.start())
                if before:
                    first = _name_span(text, before, language, blocks)
                    if first and not is_junk(text, *first, stops, blocks):
                        yield first, "ORG", CONTEXT_WEIGHT
    persons = [
        *scanning.finditer(_PERSON, text),
        *scanning.finditer(_PERSONS_AFTER.get(language, _PERSONS_AFTER["fr"]), text),
    ]
    for match in persons:
        if text[max(0, match.start() - 3) : match.start()] == "of ":
            continue  # "Chris Murphy of Connecticut, who": "who" is Murphy
        span = _name_span(text, match, language, blocks)
        if span and not is_junk(text, *span, stops, blocks):
            yield span, "PERSON", CONTEXT_WEIGHT
    for mention in mentions:
        name = text[mention.start : mention.end]
        if _EVENT_FIRST.search(name) or _EVENT_LAST.search(name):
            yield (mention.start, mention.end), "MISC", CONTEXT_WEIGHT
        elif (
            cues.organisation_by_word(name)
            or _LEGISLATURE.match(name)
            or (language == "en" and _club_or_county(text, mention.start, mention.end))
        ):
            yield (mention.start, mention.end), "ORG", CONTEXT_WEIGHT
    if language == "en":
        for match in scanning.finditer(_STATEMENT, text):
            yield match.span("name"), "ORG", STATEMENT_WEIGHT
    if language == "fr":
        for match in scanning.finditer(_BODY_OF_COUNTRY, text):
            yield match.span("name"), "ORG", NUDGE_WEIGHT
    if language == "fr":
        for match in scanning.finditer(_FRENCH_EVENT, text):
            if not _sentence_initial(text, match.start(), blocks):
                yield match.span(), "MISC", CONTEXT_WEIGHT
    for match in scanning.finditer(_PLACE_CUES.get(language, _PLACE_CUES["en"]), text):
        yield match.span("name"), "PLACE", PLACE_CUE_WEIGHT
    for match in scanning.finditer(_SOURCE.get(language, _SOURCE["en"]), text):
        # "according to Billboard", "selon Agreste": a one-word source is a body;
        # a person quoted by surname alone was named in full before and gets
        # the votes of that name.
        yield match.span("name"), "ORG", NUDGE_WEIGHT
    if language == "en":
        # "asked the Getty", "for the Courtauld": a one-word name after "the" is
        # an institution more often than anything else; weakly, any model vote wins.
        for match in scanning.finditer(_THE_NAME, text):
            lent = _LENT.search(text, max(0, match.start() - 30), match.start("name"))
            yield match.span("name"), "MISC" if lent else "ORG", THE_NAME_WEIGHT
        for match in scanning.finditer(_RULER, text):
            yield match.span(), "PERSON", CONTEXT_WEIGHT
    for match in scanning.finditer(_BRAND, text):
        if not _PRODUCT_SHAPE.match(match.group()):
            yield match.span(), "ORG", BRAND_WEIGHT
    for match in scanning.finditer(_ACRONYM, text):
        word = match.group()
        if word in COMMON_ACRONYMS or _ROMAN.match(word) or _in_capitals(text, match.start()):
            continue
        if _SHOUTED_NEIGHBOUR.search(text[max(0, match.start() - 12) : match.start()]) or (
            _SHOUTED_NEXT.match(text, match.end())
        ):
            continue  # "PUNTA BRAVA —": a dateline or heading in capitals, not an acronym
        label = "PLACE" if word in PLACE_ACRONYMS else "ORG"
        body = _CAPITALISED_NEXT.match(text, match.end()) if label == "PLACE" else None
        if body:
            # "USA Gymnastics", "US Steel": the country names a body, not itself.
            if not body.group().endswith("Islands"):
                yield (match.start(), body.end()), "ORG", NUDGE_WEIGHT
            continue
        yield match.span(), label, ACRONYM_WEIGHT


def _club_or_county(text: str, start: int, end: int) -> bool:
    """Return whether a place-like name is a club ("Manchester City beat") or a county's
    government ("Linn County asked")."""
    name = text[start:end]
    if name.endswith(" County") and _COUNTY_ACTS.match(text, end):
        return True
    if not _CITY_TEAM.search(name):
        return False
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    sentence_end = text.find(". ", end)
    sentence = text[sentence_start : sentence_end if sentence_end >= 0 else len(text)]
    return bool(_SPORT.search(sentence))


def _name_span(
    text: str, match: re.Match[str], language: str, blocks: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    start, end = match.span("name")
    # "acquire Pasta Fresca's North American business": the name ends at its possessive.
    possessive = _INNER_POSSESSIVE.search(text, start, end)
    if possessive:
        end = possessive.start()
    # A name stops before a lowercase word or a capitalised stop word ("Google La").
    words = list(re.finditer(r"\S+", text[start:end]))
    stops = stop_words(language)
    kept_end = start
    for word in words:
        token = word.group().rstrip(",;:")
        if not _ABBREVIATION_END.search(token):
            token = token.rstrip(".,;:")
        if kept_end > start and token.lower() in stops:
            break
        kept_end = start + word.start() + len(token)
    start, end = trim(text, start, kept_end, language, blocks)
    return (start, end) if end > start else None


def _in_capitals(text: str, position: int) -> bool:
    """Return whether `position` is in a line written in capitals (a shouting heading)."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    letters = [char for char in line if char.isalpha()]
    return len(letters) > 12 and sum(char.isupper() for char in letters) > 0.8 * len(letters)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the model's spans first, then the longest, and drop the spans they overlap."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=_priority):
        # A span inside a longer one says nothing of the longer one's label
        # ("Consumer Electronics" in "Consumer Electronics Show"): it is dropped.
        if any(mention.start < other.end and other.start < mention.end for other in kept):
            continue
        kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _priority(mention: Mention) -> tuple[int, int]:
    return (0 if mention.from_model else 1, -(mention.end - mention.start))
