"""Phrases that mark text as the furniture around an article, not its body.

Promos, cookie banners, share prompts, related links, picture credits, bylines
and datelines, in French and English. The text cleaner tests them on lines and
the HTML cleaner can test them on the text of elements. Every pattern expects
NFC text, matches either apostrophe (' or ’) and ignores case, except where
capitals tell a name from prose; none can backtrack without bound, and the
callers only hand them short lines (see the limits below).
"""

from __future__ import annotations

import re

#: Longer than this, a line is prose even if it mentions a newsletter or a
#: subscription: promo lines are a slogan or one sentence, and 250 characters
#: is about three lines of a reading column.
MAX_BOILERPLATE_CHARS = 250

#: A credit line is short; past 160 characters a line that starts "Par …" or
#: "By …" is a sentence.
MAX_BYLINE_CHARS = 160

#: A dateline holds a date, a time and a few words ("Publié le … à 10h30 ·
#: 4 min de lecture"); 120 characters leaves room for both dates of an update.
MAX_DATELINE_CHARS = 120

#: Breadcrumb parts are section names of a few words, not phrases.
MAX_CRUMB_CHARS = 30

# Bullets, arrows, emoji or quotes that sites put before a label.
_LEAD = r"^[\W_]{0,4}"


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- Promo and furniture vocabulary, one pattern per group -------------------

# Newsletter blocks: a line that is a newsletter's name rather than a sentence
# ("Newsletter quotidienne …", "Our weekly newsletter"), "notre newsletter" /
# "our newsletter" anywhere, the "Recevez …" imperative, and inbox promises.
_NEWSLETTER = re.compile(
    _LEAD + r"(?:(?:la|les|notre|nos|our|the|daily|weekly|free)\s+)?newsletters?\b[^.!?]{0,80}$"
    r"|\b(?:notre|nos|our)\s+newsletters?\b"
    r"|" + _LEAD + r"recevez\b"
    r"|\b(?:in|to) your inbox\b|\bdans votre bo[iî]te\b",
    re.IGNORECASE,
)

# Subscription and paywall prompts: imperatives that open a line ("Abonnez-vous
# au magazine", "Sign up"), "subscribe to our …" anywhere, subscriber notices.
_SUBSCRIPTION = re.compile(
    _LEAD + r"(?:abonnez[- ]vous|je m['’]abonne|inscrivez[- ]vous|je m['’]inscris|subscribe\b"
    r"|sign[- ]?up\b|devenez (?:membre|abonn)|become a (?:member|subscriber|supporter)"
    r"|soutenez\b|support (?:our|us)\b|essayez gratuitement|try (?:it )?(?:for )?free"
    r"|start your free trial|get (?:unlimited|full) access|t[ée]l[ée]chargez (?:l['’]|notre )appli"
    r"|download (?:the|our) app)"
    r"|\b(?:abonnez[- ]vous|inscrivez[- ]vous|subscribe|sign up)\s+(?:à|au|aux|to|for)\s+"
    r"(?:notre|nos|our)\b"
    r"|\br[ée]serv[ée]e?s? aux abonn[ée]s|\bd[ée]j[àa] abonn[ée]|\balready a subscriber\b"
    r"|\bsubscribers? only\b|\bil vous reste\s+\d{1,3}\s*%|\boffres? d['’]abonnement\b",
    re.IGNORECASE,
)

# Links to other articles: "À lire également : …", "Lire aussi", "Read more",
# "See also", and labels such as "Related:" or "Most read" that head a list.
_RELATED = re.compile(
    _LEAD + r"(?:(?:[àa]\s+)?lire\s+(?:aussi|[ée]galement|la suite|plus)\b"
    r"|(?:voir|d[ée]couvrez|d[ée]couvrir)\s+aussi\b|sur le m[êe]me (?:sujet|th[èe]me)\b"
    r"|dans la m[êe]me rubrique\b|[àa] d[ée]couvrir\b|les plus lus\b"
    r"|articles? (?:similaires|li[ée]s)\b"
    r"|(?:read|see)\s+(?:more|also|next)\b|more (?:from|on this|stories)\b|most (?:read|popular)\b"
    r"|you (?:may|might) also (?:like|enjoy)\b|keep reading\b|continue reading\b"
    r"|(?:related|recommended|trending|further reading)\b(?:\s+(?:articles?|stories|posts|reading|"
    r"content|coverage|links?))?\s*(?:[:›»>→|-]|$))",
    re.IGNORECASE,
)

#: The social networks a follow prompt names ("Follow Newsbeat on Instagram").
_NETWORK_NAMES = (
    r"facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|bluesky|threads|instagram"
    r"|youtube|tiktok|mastodon|flipboard"
)

# Share and follow prompts: "Vous avez aimé cet article ? Likez … sur Facebook",
# "Share this article", "Partager sur …", "Follow us on …", "Follow <name> on
# <network>" opening a line, comment counters.
_SHARE = re.compile(
    r"\bvous avez (?:aim[ée]|appr[ée]ci[ée]) (?:cet|cette|ce|notre)\b|\bcet article vous a plu\b"
    r"|\bdid you (?:like|enjoy) this\b|\bif you (?:liked|enjoyed) this\b"
    r"|\benjoyed this (?:article|story|post)\b|\blikez\b"
    r"|" + _LEAD + r"(?:partagez|partager|share)\s*(?:(?:cet|cette|this|the|l['’])\s*"
    r"(?:article|story|post|page|vid[ée]o)|sur\b|on\b|via\b|[:!]|$)"
    r"|\b(?:suivez[- ]nous|retrouvez[- ]nous|rejoignez[- ]nous|follow us|like us|connect with us)\b"
    r"|"
    + _LEAD
    + r"(?:follow|suivez|retrouvez)(?:\s+[^\s.!?]+){1,4}?\s+(?:on|sur)\s+(?:"
    + _NETWORK_NAMES
    + r")(?![\w-])"
    r"|"
    + _LEAD
    + r"(?:commentaires?|comments?|r[ée]agir|laisser un commentaire|leave a (?:comment|"
    r"reply)|voir les commentaires|view comments)\s*(?:\(?\d{1,6}\)?)?\s*:?\s*$",
    re.IGNORECASE,
)

# Copyright and legal footers, photo credits.
_LEGAL = re.compile(
    _LEAD + r"(?:©|\(c\)\s*\d{4}|copyright\b)|\btous droits r[ée]serv[ée]s\b"
    r"|\ball rights reserved\b|\breproduction (?:interdite|r[ée]serv[ée]e)\b"
    r"|\b(?:cr[ée]dits? photos?|photo credits?)\s*:",
    re.IGNORECASE,
)

# A line that only credits a picture: "Crédit : AFP", "Photos by Daniel Wu".
# "Credit" needs its colon, so "Credit card debt is rising." stays prose.
_CREDIT_LINE = re.compile(
    _LEAD + r"(?:cr[ée]dits?(?:\s+photos?)?\s*:|photo\s+credits?\s*:|credits?\s*:"
    r"|(?:photos?|photographs?|pictures?|illustrations?)\s+(?:by|de|par)\s+)",
    re.IGNORECASE,
)
#: A credit names a few people or agencies.
MAX_CREDIT_WORDS = 10
# "Photo : Jean Dupont / AFP": capitalised names only, or it is a caption.
_NAME_WORD = r"(?:[A-Z][\w.'’-]*|de|du|des|la|le|von|van|[/&|·])"
_PHOTO_BY_NAME = re.compile(
    r"[\W_]{0,4}(?i:photos?|images?|illustrations?)\s*:\s*(?:©\s*)?[A-Z][\w.'’-]*"
    rf"(?:\s+{_NAME_WORD}){{0,5}}\s*$"
)
#: A credit line is a name or an agency, not a sentence.
MAX_CREDIT_CHARS = 100

# Cookie and privacy banners, copied with the page's text.
_CONSENT = re.compile(
    r"\b(?:we|nous|ce site|this (?:web)?site|notre site|our (?:web)?site|nos partenaires"
    r"|our partners)\s+(?:and our partners\s+|et nos partenaires\s+)?(?:use|uses|utilisons"
    r"|utilise|utilisent|store|stockons)\s+(?:des |de |the |small )?(?:cookies|traceurs)\b"
    r"|\bcookies?\s+(?:settings|preferences|policy|consent|banner|notice)\b"
    r"|\b(?:param[ée]tr(?:er|ez|es)|g[ée]r(?:er|ez)|manage|accept(?:er|ez)?|refus(?:er|ez)"
    r"|reject|tout accepter|tout refuser|accept all|reject all)\s+(?:les |mes |vos |all |your "
    r"|our )?(?:cookies|traceurs|pr[ée]f[ée]rences|choix)\b"
    r"|\b(?:en poursuivant (?:votre navigation|sur ce site)|by continuing to (?:browse|use))\b"
    r"|\bpolitique (?:de |des )?(?:cookies|confidentialit[ée])\b|\bprivacy (?:policy|settings)\b"
    r"|\bparam[èe]tres (?:de confidentialit[ée]|des cookies)\b",
    re.IGNORECASE,
)

# The buttons of such banners, alone on their line.
_CONSENT_BUTTON = re.compile(
    _LEAD + r"(?:accepter|refuser|tout accepter|tout refuser|j['’]accepte|je refuse"
    r"|continuer sans accepter|accepter et (?:fermer|continuer)|accept|reject|decline|agree"
    r"|i agree|i accept|accept all|reject all|got it|personnaliser|customi[sz]e"
    r"|en savoir plus|learn more)[\W_]{0,4}$",
    re.IGNORECASE,
)

# Advertising labels alone on a line; safe to drop anywhere in a body.
_AD_LABEL = re.compile(
    _LEAD + r"(?:publicit[ée]|pub|annonce|advertisement|advertising|ad|sponsored|sponsoris[ée]"
    r"|contenu sponsoris[ée]|contenu partenaire|article sponsoris[ée]|partner content|paid content"
    r"|paid post)[\W_]{0,4}$",
    re.IGNORECASE,
)

# Site navigation labels alone on a line, as copied with a page's header.
_NAV_LABEL = re.compile(
    _LEAD + r"(?:skip to (?:main )?content|aller au contenu(?: principal)?|menu|rechercher|search"
    r"|se connecter|connexion|log ?in|sign in|mon compte|my account|accueil|home|fermer|close)"
    r"[\W_]{0,4}$",
    re.IGNORECASE,
)

# Reading times and tag lists of article headers and footers.
_META = re.compile(
    _LEAD + r"(?:temps de lecture|dur[ée]e de lecture|lecture\s*:?\s*\d|reading time)\b"
    r"|\b\d{1,3}\s*(?:min|mins|minutes?)\s*(?:de lecture|read|à lire)\b"
    r"|" + _LEAD + r"(?:tags?|mots[- ]cl[ée]s|th[èe]mes?|topics?|filed under|cat[ée]gories?"
    r"|categories|sujets?)\s*:",
    re.IGNORECASE,
)

# A "Related:" style label standing alone or before its link: dropped even in
# the middle of a body, where sites slip links to other articles.
_RELATED_LABEL = re.compile(
    _LEAD + r"(?:(?:[àa]\s+)?lire\s+(?:aussi|[ée]galement)|voir aussi|sur le m[êe]me sujet"
    r"|read (?:more|also)|see also|related(?: articles?| stories)?|more on this)"
    r"\s*(?::|›|»|>{1,2}|→|[-–—]\s|$)",
    re.IGNORECASE,
)

# Share buttons copied as text: a line made only of these words.
_SOCIAL_WORDS = _wordset(
    "facebook twitter x linkedin whatsapp email e-mail mail pinterest reddit telegram bluesky "
    "threads instagram youtube tiktok mastodon flipboard messenger imprimer print copier le "
    "lien copy link partager share sur on par"
)
_SOCIAL_NETWORKS = _wordset(
    "facebook twitter linkedin whatsapp pinterest reddit telegram bluesky threads instagram "
    "youtube tiktok mastodon flipboard messenger"
)
_WORD = re.compile(r"[\w-]+")

# Breadcrumb separators: arrows anywhere, slashes and bars between spaces.
_CRUMB_SEPARATOR = re.compile(r"\s*[›»>]\s*|\s+[/|]\s+")
_CRUMB_HOMES = frozenset({"accueil", "home"})
_MENU_SEPARATOR = re.compile(r"\s+[·•]\s+")
_DIGIT = re.compile(r"\d")

_GROUPS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("consent", _CONSENT),
    ("newsletter", _NEWSLETTER),
    ("subscription", _SUBSCRIPTION),
    ("related", _RELATED),
    ("share", _SHARE),
    ("legal", _LEGAL),
    ("advertising", _AD_LABEL),
    ("navigation", _NAV_LABEL),
    ("metadata", _META),
)


#: Calls to action that close an article: pass it on, get the app, write to
#: the editor, log in to read on. Trusted only after the article's last
#: paragraph, where a story's own sentence rarely says such things.
_TAIL_PROMO = re.compile(
    r"\bshare (?:it|this)\b|\byour inbox\b|\bpass it on\b|\bpartagez[- ]le\b"
    r"|\bapps?\b[^.]{0,60}\b(?:ios|android|iphone|ipad)\b|\bapplications? (?:mobiles? )?\b"
    r"|\blett(?:er|ers) to the editor\b|\bcourrier des lecteurs\b"
    r"|\b(?:log|sign) ?in\b|\bse connecter\b|\bconnectez[- ]vous\b"
    r"|\b(?:full|whole|rest of the) (?:story|article)\b|\bl['’]article complet\b"
    r"|\bla suite est r[ée]serv[ée]e\b",
    re.IGNORECASE,
)
#: A closing call to action is a sentence or two.
MAX_TAIL_PROMO_CHARS = 200


def is_tail_promo(text: str) -> bool:
    """Tell whether a short line after an article's last paragraph is a call to action."""
    text = text.strip()
    if not text or len(text) > MAX_TAIL_PROMO_CHARS:
        return False
    return is_boilerplate_line(text) or _TAIL_PROMO.search(text) is not None


def boilerplate_kind(text: str) -> str | None:
    """Name the boilerplate group a short line belongs to, or None.

    Lines longer than `MAX_BOILERPLATE_CHARS` are prose and never match.
    """
    text = text.strip()
    if not text or len(text) > MAX_BOILERPLATE_CHARS:
        return None
    for name, pattern in _GROUPS:
        if pattern.search(text):
            return name
    if _CONSENT_BUTTON.match(text):
        return "consent"
    if is_credit_line(text):
        return "legal"
    if _is_social_strip(text):
        return "share"
    if is_breadcrumb(text):
        return "navigation"
    return None


def is_boilerplate_line(text: str) -> bool:
    """Tell whether a short line is a promo, share prompt, related link or footer."""
    return boilerplate_kind(text) is not None


def is_standalone_boilerplate(text: str) -> bool:
    """Tell whether a line is boilerplate wherever it stands, even mid-body.

    Only advertising labels, "Lire aussi :" / "Read more:" link lines and
    picture credits are: other promo phrases are trusted only at the edges of
    an article.
    """
    text = text.strip()
    if not text or len(text) > MAX_BOILERPLATE_CHARS:
        return False
    if is_credit_line(text):
        return True
    return bool(_AD_LABEL.search(text) or _RELATED_LABEL.search(text))


#: A credit's label alone, without its colon: a caption may set it apart for
#: screen readers, glued to the name that follows ("CreditJane Doe").
_CREDIT_LABEL = re.compile(r"(?:photo\s+)?cr[ée]dits?(?:\s+photos?)?", re.IGNORECASE)


def is_credit_label(text: str) -> bool:
    """Tell a credit's label standing alone ("Credit", "Crédit photo"), without its colon."""
    return _CREDIT_LABEL.fullmatch(text.strip()) is not None


#: A label said twice, once to be seen and once for screen readers: "Credit: Credit: Kim Lee".
_REPEATED_CREDIT_LABEL = re.compile(
    rf"(?<!\w)(?P<label>{_CREDIT_LABEL.pattern})\s*:\s*(?:{_CREDIT_LABEL.pattern})\s*:\s*",
    re.IGNORECASE,
)


def one_credit_label(text: str) -> str:
    """Return a caption with its credit's label said once ("Credit: Credit: Kim Lee")."""
    return _REPEATED_CREDIT_LABEL.sub(lambda match: match.group("label") + ": ", text)


def is_credit_line(text: str) -> bool:
    """Tell whether a short line only credits a picture ("Crédit : AFP", "Photos by Kim Lee")."""
    text = text.strip()
    if len(text) > MAX_CREDIT_CHARS:
        return False
    if _PHOTO_BY_NAME.match(text):
        return True
    label = _CREDIT_LINE.match(text)
    return label is not None and _names_credited(text[label.end() :])


#: A credit ending a caption: "… in Paris on Tuesday. Photograph: AFP via Getty Images",
#: "(Photo : Jean Dupont / AFP)", "Composite: Guardian Design", "© Reuters". What
#: follows the label holds no colon: the last label of the caption is the one.
_CAPTION_CREDIT = re.compile(
    r"(?:^|(?<=\s))[(\[]?(?:(?:(?:photograph(?:s|ie)?|photos?|pictures?|images?|illustrations?)"
    r"(?:\s+credits?)?|composite|cr[ée]dits?(?:\s+photos?)?)\s*:\s*©?|©)\s*"
    r"(?P<names>[^:©]+?)[)\]]?\s*$",
    re.IGNORECASE,
)


def caption_without_credit(text: str) -> str:
    """Return a picture's caption without the credit that ends it (all of it if only that).

    The credit names who took the picture, which a reader of the article does
    not need; "Photo : la foule devant la mairie" (a sentence) is kept.
    """
    match = _CAPTION_CREDIT.search(text)
    if match is None or not _names_credited(match.group("names")):
        return text
    return text[: match.start()].rstrip(" \t|·–—-")


def _names_credited(text: str) -> bool:
    """Tell whether what follows "Crédit :" or "Photos by" names someone, not a sentence.

    "Crédit : la banque a refusé le prêt." and "Photos de famille…" are prose.
    """
    words = text.split()
    if not words or len(words) > MAX_CREDIT_WORDS or text.rstrip().endswith(("?", "!", ":")):
        return False
    if text.rstrip().endswith(".") and len(words) > 4:
        return False
    first = words[0].lstrip('©(«“"')
    return not first or first[0].isdigit() or any(char.isupper() for char in first)


def is_label_line(text: str) -> bool:
    """Tell whether a line is a lone interface label: a button, a menu entry, an ad label.

    Such a line never continues the paragraph above it, even in hard-wrapped text.
    """
    text = text.strip()
    if not text or len(text) > MAX_CRUMB_CHARS:
        return False
    # Banner labels ("Cookie settings") are capitalised; a wrapped line
    # that mentions cookies mid-sentence is not.
    consent_label = text[:1].isupper() and _CONSENT.search(text) is not None
    return bool(
        consent_label
        or _CONSENT_BUTTON.match(text)
        or _AD_LABEL.match(text)
        or _NAV_LABEL.match(text)
        or _is_social_strip(text)
    )


def is_breadcrumb(text: str) -> bool:
    """Tell whether a line is a trail of section names ("Accueil › Tech › IA")."""
    if len(text) > MAX_BOILERPLATE_CHARS:
        return False
    crumbs = [crumb.strip() for crumb in _CRUMB_SEPARATOR.split(text.strip())]
    if len(crumbs) < 2 or not all(_is_crumb(crumb) for crumb in crumbs):
        return _is_menu_strip(text)
    return len(crumbs) >= 3 or crumbs[0].casefold() in _CRUMB_HOMES


def _is_menu_strip(text: str) -> bool:
    """Tell whether a line is a site's menu: "Home · Archive · About"."""
    items = [item.strip() for item in _MENU_SEPARATOR.split(text.strip())]
    # Menu entries are one or two capitalised words; credits beside dots
    # ("Par Camille Roux · 18 avril 2025") are longer or hold digits.
    return len(items) >= 3 and all(
        _is_crumb(item)
        and len(item.split()) <= 2
        and item[:1].isupper()
        and not _DIGIT.search(item)
        for item in items
    )


def _is_crumb(text: str) -> bool:
    return 0 < len(text) <= MAX_CRUMB_CHARS and not text.endswith((".", "!", "?", ":"))


def _is_social_strip(text: str) -> bool:
    words = [word.casefold() for word in _WORD.findall(text)]
    return (
        bool(words)
        and all(word in _SOCIAL_WORDS for word in words)
        and any(word in _SOCIAL_NETWORKS for word in words)
    )


# --- Bylines ------------------------------------------------------------------

#: Credit phrases that introduce an author, French then English, longest
#: first so "Propos recueillis par" wins over "par".
BYLINE_LEAD = re.compile(
    r"^[\W_]{0,3}(?:une contribution de|un article de|une tribune de|une chronique de"
    r"|un texte de|texte de|propos recueillis par|r[ée]dig[ée]e? par|[ée]crite? par"
    r"|sign[ée]e? par|par|a guest post by|guest post by|written by|words by|story by|text by"
    r"|reporting by|reported by|interview by|posted by|contributed by|article by|by)\s+"
    r"|^[\W_]{0,3}(?:auteure?s?|autrice|authors?|byline)\s*:\s*",
    re.IGNORECASE,
)

#: Names longer than this are not names: "By the end of the year we had …".
MAX_NAME_WORDS = 8

# Lower-case words that belong inside a name: "Charles de Gaulle".
_NAME_PARTICLES = _wordset(
    "de du des d’ d' la le van von der den da di del della dos das do bin ibn al el ter zu y"
)
_NAME_CONNECTORS = frozenset({"et", "and", "&"})
# Capitalised words that follow "By" in sentences, not in credits.
_NOT_NAMES = _wordset(
    "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday "
    "friday saturday sunday janvier février mars avril mai juin juillet août septembre octobre "
    "novembre décembre january february march april may june july august september october "
    "november december this that these those then now"
)
# Words that may follow the names in a credit: outlet, role, translator, date.
_CREDIT_FOLLOWERS = _wordset(
    "pour for avec with à at in de du chez from of le on et and publié publiée published "
    "updated mis mise traduit traduite traduction translated envoyé envoyée correspondant "
    "correspondante journaliste reporter staff senior contributor contributing special spécial "
    "spéciale photos illustrations édité edited"
)
_CREDIT_SEPARATORS = ",|·•-–—(/:;"
_NAME_TOKEN = re.compile(r"[,;]|[^\s,;]+")
_NAME_CHARS = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]*)*\.?")


def match_byline(line: str) -> str | None:
    """Return the author names of a credit line, or None if it is not one.

    The names are the first group of authors after the credit phrase
    ("Par Jeanne Dupont et Jean Martin, envoyés spéciaux" gives "Jeanne Dupont
    et Jean Martin"); outlets, roles, translators and dates are left out.
    """
    line = line.strip()
    if len(line) > MAX_BYLINE_CHARS:
        return None
    lead = BYLINE_LEAD.match(line)
    if lead is None:
        return None
    rest = line[lead.end() :]
    end = _names_end(rest)
    if end == 0 or not _is_credit_tail(rest[end:]):
        return None
    return rest[:end].strip()


_AUTHOR_SEPARATOR = re.compile(r"\s*(?:,|;|&|\bet\b|\band\b)\s*", re.IGNORECASE)


def split_authors(byline: str) -> list[str]:
    """Split a byline into its authors: "A, B et C" gives ["A", "B", "C"]."""
    return [name for name in _AUTHOR_SEPARATOR.split(byline) if name]


def _names_end(text: str) -> int:
    """Return where the names at the start of `text` end (0: no names).

    Groups joined by "," are kept only when a later "et" / "and" closes the
    list, so a role after a comma ("Jeanne Dupont, Envoyée Spéciale") is not
    taken for a second author.
    """
    kept_end = 0
    group_end = 0
    group_words = 0
    separator = ""
    comma_pending = False
    for token in _NAME_TOKEN.finditer(text):
        word = token.group(0)
        if word == ";":
            break  # "Reporting by A; Editing by B": the names end here
        if word == ",":
            if group_end == 0 or separator:
                break
            separator = ","
            continue
        if word.casefold() in _NAME_CONNECTORS:
            # "A, B and C" and the serial comma "A, B, and C" both close a list.
            if group_end == 0 or separator == "and":
                break
            separator = "and"
            continue
        is_particle = word in _NAME_PARTICLES  # written lower-case: "Ravi Das" is a name
        if not (is_particle or _is_name(word)) or group_words >= MAX_NAME_WORDS:
            break
        if separator:
            comma_pending = separator == ","
            separator = ""
            group_words = 0
        group_words += 1
        if not is_particle:
            group_end = token.end()  # a name never ends on "de" or "van"
            if not comma_pending:
                kept_end = group_end
    return kept_end


def _is_name(word: str) -> bool:
    """Tell whether a word is a capitalised name ("Dupont", "d’Arcy", "J.-P.")."""
    folded = word.casefold()
    if folded in _NOT_NAMES or not _NAME_CHARS.fullmatch(word):
        return False
    if folded.startswith(("d’", "d'")):
        word = word[2:]
    return word[:1].isupper()


def _is_credit_tail(rest: str) -> bool:
    rest = rest.strip()
    if not rest or rest[0] in _CREDIT_SEPARATORS:
        return True
    first_word = rest.split(maxsplit=1)[0].casefold()
    return first_word in _CREDIT_FOLLOWERS or DATE_PATTERN.match(rest) is not None


# --- Dates --------------------------------------------------------------------

_MONTH = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
    r"|d[ée]cembre|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|janv|f[ée]vr|avr|juil|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov"
    r"|d[ée]c)\.?(?!\w)"
)
_WEEKDAY = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?"
)
_DAY = r"\d{1,2}(?:er|st|nd|rd|th)?"
_YEAR = r"\d{4}"
_DATE = (
    rf"(?<!\w)(?:{_WEEKDAY}\s+)?(?:{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?"
    rf"|{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_MONTH}\s+{_YEAR}|{_YEAR}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.](?:{_YEAR}|\d{{2}}))(?!\w)"
)
_TIME = (
    r"(?:\s*(?:à|at|,|-|–)?\s*\d{1,2}\s?(?:h|:)\s?\d{0,2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?"
    r"(?:\s(?:CET|CEST|UTC|GMT|ET|EST|EDT|PT|PST|PDT|BST)\b)?)?"
)

#: A date as sites write it, in French or English, with an optional time.
DATE_PATTERN = re.compile(_DATE + _TIME, re.IGNORECASE)

# Words a dateline may hold besides its date: "Publié le … · 4 min de lecture".
_DATELINE_WORDS = _wordset(
    "publié publiée publication le la du des mis mise à a jour modifié modifiée actualisé "
    "actualisée date et en ligne published updated posted modified last first on at am pm "
    "lecture de temps min mins minute minutes read reading time h"
)
# Every word the date pattern itself can hold, to turn prose away cheaply.
_DATE_WORDS = _wordset(
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre "
    "décembre decembre january february march april may june july august september october "
    "november december janv févr fevr avr juil sept jan feb mar apr jun jul aug sep oct nov déc "
    "dec lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday "
    "friday saturday sunday mon tue tues wed thu thur thurs fri sat sun er st nd rd th m cet "
    "cest utc gmt est edt pt pst pdt bst"
)
_LETTER_WORD = re.compile(r"[^\W\d_]+")
# The place that opens a dateline: one to three capitalised words and a comma or dash.
_PLACE = re.compile(
    r"[A-ZÀ-Ý][\w'’.-]{1,30}(?:[ -](?:[A-ZÀ-Ý][\w'’.-]{0,30}|sur|sous|en|de|la|le|les)){0,3}"
    r"\s*(?:,|\s[-–—])\s+"
)


def find_date(text: str) -> str | None:
    """Return the first date (and time) written in a short text, as written."""
    found = DATE_PATTERN.search(text[:MAX_BYLINE_CHARS])
    return found.group(0).strip(" ,-–") if found else None


def match_dateline(line: str) -> str | None:
    """Return the date of a line that holds only a date, or None.

    "Publié le 12 février 2025 à 10h30" gives "12 février 2025 à 10h30".
    """
    line = line.strip()
    if len(line) > MAX_DATELINE_CHARS:
        return None
    place = _PLACE.match(line)
    if place is not None:
        # "Brest, le 12 mars 2025", "LONDON — March 3, 2025": a dateline's place.
        return _match_date_only(line[place.end() :]) or _match_date_only(line)
    return _match_date_only(line)


def _match_date_only(line: str) -> str | None:
    words = _LETTER_WORD.findall(line.casefold())
    if not all(word in _DATELINE_WORDS or word in _DATE_WORDS for word in words):
        return None
    date = find_date(line)
    if date is None:
        return None
    residue = DATE_PATTERN.sub(" ", line)
    words = _LETTER_WORD.findall(residue.casefold())
    return date if all(word in _DATELINE_WORDS for word in words) else None
