"""The names of a sentence, and whether its translation kept them.

Names are found by their capitals, not by the spaCy model: the check runs on every
sentence as it is translated, before any entity model is loaded, and must cost
little next to the translation itself. Each name must come through unchanged, as
its spelling in the other language ("Londres" / "London", see `equivalents`), or,
an acronym, spelled out ("le RN" / "the National Rally"). Three rules read the
pipelines' word lists (`common_words`, not the models), and only when a name needs
them: an English name missing from a French translation, a French one missing from
an English translation, or a name whose accents changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reader.common_words import is_common_english, is_common_word
from reader.entities.figures import figure_spans
from reader.folding import fold
from reader.translation import equivalents
from reader.translation.issue import Issue


def _words(text: str) -> list[str]:
    return text.split()


#: A capitalised word (or an acronym); names are runs of them.
_CAPITALISED = r"[A-ZÀ-ÖØ-Ý][\w’'.-]*"

#: Runs of capitalised words, joined by the particles names contain.
_RUN = re.compile(
    rf"(?<![\w’'-]){_CAPITALISED}(?:(?:[ \u00a0]+(?:de|du|des|d['’]|van|von|da|di|del|la|le)?"
    rf"[ \u00a0]*){_CAPITALISED})*"
)

#: Capitalised words that are not names: sentence openers, titles, months and days.
_NOT_NAMES = frozenset(
    _words("""
    le la les l un une des de du d au aux ce cet cette ces il elle ils elles on nous vous je
    j mais et ou donc or ni car si quand lorsque alors puis ensuite selon pour par avec sans
    dans sur sous entre depuis après avant pendant malgré chaque tout tous toute toutes
    aujourd hier demain maintenant enfin cependant pourtant ainsi aussi déjà encore c ça
    là ici voici voilà leur leurs son sa ses mon ma mes notre nos votre vos qui que quoi
    comment pourquoi où oui non plus moins très bien même seul seule seuls en à y
    m mme mmes mlle dr pr me
    the a an this that these those it he she they we you i his her its their our my your
    but and or so yet if when while as after before since until during despite each every
    all some many most more less today yesterday tomorrow now finally however also still
    there here what which who whom whose why where how yes no not only even in on at by
    for from with without into over under between about according to of
    mr mrs ms dr prof
    président présidente ministre premier première gouvernement directeur directrice
    president minister prime government director chief
    chancelier chancelière chancellor roi king reine queen pape pope prince princesse
    princess général general sénateur sénatrice senator gouverneur governor maire mayor
    juge judge secrétaire secretary commissaire commissioner ambassadeur ambassador
    duke duchess duc duchesse earl comte comtesse count countess baron baronne baroness
    marquis marquise lord lady sir dame archbishop archevêque bishop évêque cardinal mgr
    ayatollah sheikh cheikh emir émir sultan rabbi rabbin imam st ste saint sainte
    mp mps mep meps msp msps pm ceo ceos
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    january february march april may june july august september october november december
    lundi mardi mercredi jeudi vendredi samedi dimanche
    monday tuesday wednesday thursday friday saturday sunday
    """)
)


@dataclass(frozen=True)
class Name:
    """A name of a sentence: where it is and as written."""

    start: int
    end: int
    text: str


def sentence_names(text: str, language: str) -> list[Name]:
    """Return the names of a sentence: listed ones first, then runs of capitalised words.

    A capitalised word inside a figure is its unit or scale ("1,2 Md€", "1 600 MW",
    "12 TWh"), checked with the figure's value, not a name.
    """
    names: list[Name] = []
    taken: list[tuple[int, int]] = [(start, end) for _, start, end in figure_spans(text)]
    for match in equivalents.known_names(language).finditer(text):
        names.append(Name(match.start(), match.end(), match.group()))
        taken.append(match.span())
    for match in _RUN.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        for start, run in _split_possessives(match.start(), match.group()):
            name = _strip_non_names(text, start, run)
            if name is not None:
                names.append(name)
    names.sort(key=lambda name: name.start)
    return names


#: An English possessive ending a word: "NASA's Artemis II" is two names.
_POSSESSIVE = re.compile(r"['’]s(?!\w)")


def _split_possessives(start: int, run: str) -> list[tuple[int, str]]:
    """Split a run after each possessive, without the "'s" ("Olaf Scholz's" → "Olaf Scholz")."""
    parts = []
    offset = 0
    for match in _POSSESSIVE.finditer(run):
        parts.append((start + offset, run[offset : match.start()]))
        offset = match.end()
    parts.append((start + offset, run[offset:]))
    return [
        (at + len(part) - len(part.lstrip(" \u00a0")), part.lstrip(" \u00a0"))
        for at, part in parts
        if part.strip()
    ]


def _strip_non_names(text: str, start: int, run: str) -> Name | None:
    """Drop the run's leading words that are not names ("Selon Pierre" → "Pierre")."""
    words = run.split()
    while words and _word_key(words[0]) in _NOT_NAMES:
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else -1
        words = words[1:]
    while words and _word_key(words[-1]) in _NOT_NAMES:
        words = words[:-1]
    if not words or start < 0:
        return None
    name = text[start : text.index(words[-1], start) + len(words[-1])].rstrip(".,")
    if len(words) == 1 and _opens_sentence(text, start) and not _is_acronym(name):
        return None  # "Hier", "Mardi": one capitalised word opening a sentence
    if len(name) < 2 or name.isdigit():
        return None
    return Name(start, start + len(name), name)


def _word_key(word: str) -> str:
    return re.split(r"['’]", word.strip(".,"))[0].casefold()


def _opens_sentence(text: str, start: int) -> bool:
    head = text[:start].rstrip(' \u00a0«"“(')
    if _ABBREVIATION_BEFORE.search(head):
        return False  # "M. Barnier", "Mr. Smith": the point ends a title, not a sentence
    return not head or head[-1] in ".!?:;\n"


#: A title's abbreviation with its point, which ends no sentence.
_ABBREVIATION_BEFORE = re.compile(r"(?<![\w.])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|Mr|Mrs|Ms|St)\.$")

#: A Roman ordinal ("Ve République", "XIXe siècle"), which a translation writes in words;
#: its numeral is in capitals, so "Lille" is not one.
_ROMAN_ORDINAL = re.compile(r"[IVXLC]+(?:e|er|ème|eme|re|nd|rd|th|st)")


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def check_names(source: str, target: str, from_code: str, to_code: str) -> list[Issue]:
    """Return the names of the sentence `source` that its translation `target` got wrong.

    Each must be in the translation as written or as its listed equivalent, or be
    one a translation may translate (a French institution of common nouns, an
    English body's name of dictionary words).
    """
    issues: list[Issue] = []
    names = sentence_names(source, from_code)
    if from_code == "fr":
        # "ministère des Armées", "ministre de la Culture": a ministry's domain is
        # capitalised in French, and a common noun the translation translates.
        names = [name for name in names if not _MINISTRY_DOMAIN.search(source, 0, name.start)]
        # "Agence régionale de santé": French capitalises an institution's first word
        # only; a name so written is made of common nouns, which translations translate.
        institutions = [name for name in names if _french_institution(source, name)]
        names = [name for name in names if name not in institutions]
        issues += _kept_institutions(source, target, institutions)
    titled = {name.text for name in names if _TITLE_BEFORE.search(source, 0, name.start)}
    name_issues, siblings = _check_names(names, source, target, (from_code, to_code), titled)
    translated: Callable[[str, Name, str, list[Name]], bool] | None = None
    if from_code == "en":
        # "Border Force" / "la police aux frontières": a body's name of dictionary
        # words is a description, which translations translate.
        translated = _translated_description
    elif from_code == "fr" and to_code == "en":
        # "les Bleues" / "the French women's team", "le Bordelais" / "the Bordeaux
        # region": a French name of one dictionary word after an article.
        translated = _translated_french_word
    if translated is not None:
        # A name given as a listed sibling is wrong, whatever else the translation says.
        failed = {issue.source for issue in name_issues} - siblings
        described = {
            name.text
            for name in names
            if name.text in failed and translated(source, name, target, names)
        }
        name_issues = [issue for issue in name_issues if issue.source not in described]
    issues += name_issues
    return issues


#: Endings of French adjectives of places ("brestois", "lyonnais", "parisienne").
_PLACE_ADJECTIVE = re.compile(r"(?:ois|oise|ais|aise|ien|ienne|ain|aine)s?$")


def _kept_institutions(source: str, target: str, institutions: list[Name]) -> list[Issue]:
    """Check a French institution's adjective when its capitalised head was kept.

    "Stade brestois" may be translated, but kept as "Stade" its adjective of a
    place must come too: "Stade Rennais" names another club.
    """
    issues = []
    folded = set(re.findall(r"[^\W\d_]+", fold(target)))
    for name in institutions:
        match = _FRENCH_COMPLEMENT.match(source, name.end)
        adjective = match.group("adjective") if match else None
        if not adjective or not re.search(rf"(?<!\w){re.escape(name.text)}(?!\w)", target):
            continue
        if not _PLACE_ADJECTIVE.search(adjective) or equivalents.word_translations(adjective, "fr"):
            continue  # "Front populaire" / "Popular Front": a common adjective, translated
        if fold(adjective) not in folded:
            issues.append(Issue("name", f"{name.text} {adjective}", ""))
    return issues


#: A sovereign's, a pope's or a saint's title, whose first name is translated.
_TITLE_BEFORE = re.compile(
    r"\b(?:roi|reine|pape|prince|princesse|saint|sainte|king|queen|pope|princess|saint|st)"
    r"[ \u00a0]+$",
    re.IGNORECASE,
)


def _check_names(
    names: list[Name],
    source: str,
    target: str,
    codes: tuple[str, str],
    titled: set[str] | None = None,
) -> tuple[list[Issue], set[str]]:
    """Return the names that did not come through, and those given as a listed sibling.

    A name given as another listed entity ("Foreign Office" for "Home Office") is
    wrong whatever else the translation says, so no later rule may clear it.
    """
    from_code, to_code = codes
    siblings: set[str] = set()
    if not names:
        return [], siblings
    folded = fold(target)
    words = set(re.findall(r"[^\W\d_]+", folded))
    # A one-word name inside a longer hyphenated name is another name ("Bristol" is
    # not "Bristol-la-Neuve"); inside a common word it is itself ("libéraux-démocrates").
    standalone = set(re.findall(r"[^\W\d_]+", fold(_HYPHENATED_NAME.sub(" ", target))))
    issues = []
    for name in names:
        spellings = (name.text, *equivalents.equivalents(name.text, from_code))
        if any(_contains(folded, fold(spelling)) for spelling in spellings):
            respelled = _respelled(name.text, spellings[1:], target, from_code)
            if respelled:
                issues.append(Issue("name", name.text, respelled))
            continue
        sibling = _sibling_named(spellings, source, folded, to_code)
        if sibling:
            issues.append(Issue("name", name.text, sibling))
            siblings.add(name.text)
            continue
        single = re.fullmatch(r"[^\W\d_]+", fold(name.text)) is not None
        if _words_come_through(name.text, standalone if single else words, from_code):
            continue
        if to_code == "fr" and _rendered_as_french_institution(name.text, target, from_code):
            continue
        if _is_acronym(name.text) and _acronym_spelled_out(name.text, target, to_code):
            continue
        if _institution_of_common_words(name.text, words, from_code):
            continue
        if (
            titled
            and name.text in titled
            and _regnal_name_comes_through(name.text, words, from_code)
        ):
            continue
        issues.append(Issue("name", name.text, _what_target_said(name.text, target, to_code)))
    return issues, siblings


#: Words an acronym does not take the initial of ("Parti unioniste démocrate",
#: "Office for National Statistics", "Commissariat à l'énergie atomique").
_NOT_INITIALS = frozenset(_words("de du des d la le les l of the on and for et pour sur aux au a"))


def _acronym_spelled_out(acronym: str, target: str, to_code: str) -> bool:
    """Tell whether the translation spells an acronym out, in either language's order.

    "DUP" is "le Parti unioniste démocrate", "RN" "the National Rally", "PSG"
    "Paris Saint-Germain": words whose initials are the acronym's letters, in any
    order (French puts its adjectives after the noun), the first capitalised, as a
    name's is; in English, as English writes names, every one of them.
    """
    letters = sorted(fold(c) for c in acronym if c.isalpha())
    words = [w for w in re.findall(r"[^\W\d_]+", target) if fold(w) not in _NOT_INITIALS]
    size = len(letters)
    for index in range(len(words) - size + 1):
        window = words[index : index + size]
        if not window[0][0].isupper():
            continue
        if to_code == "en" and not all(word[0].isupper() for word in window):
            continue
        if sorted(fold(word[0]) for word in window) == letters:
            return True
    return False


def _sibling_named(
    spellings: tuple[str, ...], source: str, folded_target: str, to_code: str
) -> str:
    """Return another listed entity of the same family the translation names instead, or "".

    "Home Office" came out as "ministère des Affaires étrangères" (the Foreign
    Office's), "World War II" as "Première Guerre mondiale": a listed name of the
    translation that shares a word with the name's own listed spellings, and
    that nothing of the source accounts for, is the wrong one of two siblings.
    """
    own = {
        word
        for spelling in spellings[1:]
        for word in re.findall(r"[^\W\d_]+", fold(spelling))
        if word not in _PARTICLES
    }
    if not own:
        return ""
    folded_source = fold(source)
    for match in equivalents.listed_names(to_code).finditer(folded_target):
        words = set(re.findall(r"[^\W\d_]+", match.group())) - _PARTICLES
        if not words & own:
            continue
        others = (match.group(), *equivalents.equivalents(match.group(), to_code))
        if any(_contains(folded_source, fold(other)) for other in others):
            continue
        if any(_contains(fold(spelling), match.group()) for spelling in spellings[1:]):
            continue
        return equivalents.listed_spelling(match.group(), to_code)
    return ""


#: What follows the head of a French institution's name: a lower-case adjective
#: ("Agence spatiale"), or a preposition and a lower-case noun ("Office des forêts",
#: "Commissariat à l'énergie"), never a verb ("Pierre a dit") or another name.
_FRENCH_COMPLEMENT = re.compile(
    r"[ \u00a0]+(?:(?:(?:de|des|du|pour|sur|contre)[ \u00a0]+(?:(?:la|le|les)[ \u00a0]+|l['’])?"
    r"|d['’]|à[ \u00a0]+l['’]|aux?[ \u00a0]+)(?P<noun>[a-zà-ÿœæ][\w’'-]*)"
    r"|(?!(?:de|des|du|d|à|au|aux|pour|sur|contre|en|et|pendant|durant|avant|devant|après"
    r"|depuis|dans|par|avec|sans|vers|chez|selon|mais|jamais|désormais|cependant"
    r"|maintenant|lors|dès)\b)(?P<adjective>[a-zà-ÿœæ][\w-]*))"
)

#: Endings of French adjectives ("nationale", "spatiale", "publique", "républicaine").
_ADJECTIVE_ENDING = re.compile(
    r"(?:al|ale|ales|aux|ique|iques|aire|aires|el|elle|els|elles|ien|ienne|iens|iennes"
    r"|ais|aise|aises|ois|oise|oises|ain|aine|ains|aines|é|ée|és|ées|if|ive|ifs|ives"
    r"|eux|euse|euses|ant|ante|ants|antes|ente|entes)$"
)

#: What comes before the domain of a French ministry ("ministère de l'", "ministre des ").
_MINISTRY_DOMAIN = re.compile(
    r"\b(?:ministère|ministre|secrétariat|secrétaire d['’]État)[ \u00a0]+"
    r"(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|des[ \u00a0]+|du[ \u00a0]+|de[ \u00a0]+)$",
    re.IGNORECASE,
)


def _french_institution(text: str, name: Name) -> bool:
    """Tell whether a French name is the capitalised head of an institution's name.

    "Direction générale de la santé", "Syndicat national des enseignants": the
    capital is on the first word only and lower-case words complete it.
    """
    if len(name.text.split()) > 2 or _is_acronym(name.text):
        return False
    if equivalents.equivalents(name.text, "fr"):
        return False  # a listed name is checked against its listed spellings
    match = _FRENCH_COMPLEMENT.match(text, name.end)
    if match is None:
        return False
    if match.group("noun"):
        return True
    adjective = match.group("adjective")
    return bool(_ADJECTIVE_ENDING.search(adjective)) or bool(
        equivalents.word_translations(adjective, "fr")
    )


def _rendered_as_french_institution(name: str, target: str, from_code: str) -> bool:
    """Tell whether an institution's name came out as a French one, its head first.

    "European Space Agency" → "Agence spatiale européenne": the head ("Agency"),
    translated and capitalised, then lower-case words, as French writes the
    names of institutions; a person's name has no such head.
    """
    heads: set[str] = set()
    for word in re.findall(r"[^\W\d_]+", fold(name)):
        if word in _GENERIC_WORDS or word in _INSTITUTION_HEADS:
            heads.update(equivalents.word_translations(word, from_code))
            heads.add(word)
    if not heads:
        return False
    for match in re.finditer(rf"(?<![\w’'-]){_CAPITALISED}", target):
        written = match.group().rstrip(".,")
        word = re.sub(r"^[LlDd]['’]", "", written)  # "L'Agence"
        if fold(word) in heads and _FRENCH_COMPLEMENT.match(target, match.start() + len(written)):
            return True
    return False


#: A capitalised hyphenated name ("Villeneuve-sur-Lot", "Bristol-la-Neuve").
_HYPHENATED_NAME = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Ý][\w’']*(?:-[\w’']+)+")


def _regnal_name_comes_through(name: str, target_words: set[str], from_code: str) -> bool:
    """Tell whether a sovereign's or pope's name came through, its first name translated.

    "Benoît XVI" is "Benedict XVI", "Guillaume-Alexandre" "Willem-Alexander".
    """
    for word in re.findall(r"[^\W\d_]+", fold(name)):
        if _has_word(word, target_words, from_code):
            continue
        if not any(other in target_words for other in equivalents.regnal_names(word, from_code)):
            return False
    return True


def _institution_of_common_words(name: str, target_words: set[str], from_code: str) -> bool:
    """Tell whether a body's name of common words came through as common words.

    "Coast Guard" is "les garde-côtes", "Met Police" "la police de Londres": an
    institution's head (guard, police, agency…) is in the translation, and its
    other words are listed common words or in the translation, but for one at
    most, which names the body's field rather than anyone. A place's head (stadium, university) does
    not count: "Wembley" must stay in "Wembley Stadium".
    """
    words = [w for w in re.findall(r"[^\W\d_]+", fold(name)) if w not in _PARTICLES]
    heads = [w for w in words if w in _INSTITUTION_HEADS]
    if not heads or len(words) < 2:
        return False
    if not any(_has_word(head, target_words, from_code) for head in heads):
        return False
    unknown = [
        w
        for w in words
        if w not in _INSTITUTION_HEADS
        and w not in _GENERIC_WORDS
        and not equivalents.word_translations(w, from_code)
        and not _has_word(w, target_words, from_code)
    ]
    return len(unknown) <= 1


def _words_come_through(name: str, target_words: set[str], from_code: str) -> bool:
    """Tell whether each word of a name is in the translation, bar its generic words.

    "Eiffel Tower" is "tour Eiffel", "Mount Everest" "l'Everest", "Pentagon"
    "Pentagone": the proper part stays, the common noun is translated or dropped.
    A word of a person's name must stay: "Pierre" is never "Stone".
    """
    proper = []
    particles = []
    common = False
    for written in re.findall(r"[^\W\d_]+", name):
        word = fold(written)
        if word in _PARTICLES or _ROMAN_ORDINAL.fullmatch(written):
            particles.append(word)
            continue
        if word in _GENERIC_WORDS:
            common = True
            continue
        common = common or bool(equivalents.word_translations(word, from_code))
        proper.append(word)
    if not proper:
        return True  # "Parti", "Musée": a common noun, capitalised as names' heads are
    kept = [word for word in particles if word not in ("of", "the")]
    if not common and not all(word in target_words for word in kept):
        return False  # a person's or a place's particle stays: "de Gaulle" is not "of Gaulle"
    return all(_has_word(word, target_words, from_code) for word in proper)


def is_common_noun_name(name: str) -> bool:
    """Tell whether a name is headed by a common noun ("Court of Justice", "Red Cross" is not).

    Such names are translated, so a repair must not put them back as written.
    """
    return any(word in _GENERIC_WORDS for word in re.findall(r"[^\W\d_]+", fold(name)))


def _has_word(word: str, target_words: set[str], from_code: str) -> bool:
    if word in target_words:
        return True
    spelled = equivalents.equivalents(word, from_code)
    if any(fold(other) in target_words for other in spelled):
        return True
    # "Food" / "alimentaire": a common word of an institution's name, singular or plural.
    translations = equivalents.word_translations(word, from_code) or (
        equivalents.word_translations(word[:-1], from_code) if word.endswith("s") else ()
    )
    if any(other in target_words or f"{other}s" in target_words for other in translations):
        return True
    return any(
        _spelled_alike(word, other) or _same_inhabitants(word, other) for other in target_words
    )


#: Endings of the names of a town's inhabitants, English then French ("Londoners",
#: "Londoniens", "Berlinois").
_INHABITANTS = re.compile(
    r"(?:ers|ians|ans|ites|iens|iennes|ais|aises|ois|oises|ains|aines|eens|eennes)$"
)


def _same_inhabitants(word: str, other: str) -> bool:
    """Tell whether two folded words name one town's inhabitants ("londoners"/"londoniens")."""
    stem, other_stem = _INHABITANTS.sub("", word), _INHABITANTS.sub("", other)
    if stem == word or other_stem == other or min(len(stem), len(other_stem)) < 5:
        return False
    return stem.startswith(other_stem) or other_stem.startswith(stem)


def _spelled_alike(word: str, other: str) -> bool:
    """Tell whether two folded words are one long word with another language's ending.

    "Congrès"/"Congress", "Pentagon"/"Pentagone", "Olympic"/"olympiques";
    not "Thompson"/"Thomson".
    """
    if len(word) < 6 or len(other) < 6:
        return False
    return _common_prefix(word, other) >= max(5, min(len(word), len(other)) - 2)


def _common_prefix(a: str, b: str) -> int:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return size


#: Particles inside names, which a translation may change ("Banque de France").
_PARTICLES = frozenset(_words("de du des d la le les l of the van von da di del"))

#: Heads of the names of institutions, which the check finds in either language.
_INSTITUTION_HEADS = frozenset(
    _words(
        """
        agence agency autorite authority parti party union syndicat federation ligue
        league institut institute academie academy fondation foundation fonds fund
        programme program organisation organization administration direction
        directorate service services association societe society trust eglise church
        garde guard brigade squad police armee army marine navy force forces
        centre center reseau network observatoire observatory laboratoire laboratory
        tribunal assemblee assembly chambre chamber house senat senate parlement
        parliament front mouvement movement rassemblement rally alliance coalition
        executive douanes customs pompiers
        """
    )
)

#: Common nouns that head the names of places and events, which translations
#: translate ("tour Eiffel"): the rest of the name must still come through.
_GENERIC_WORDS = frozenset(
    _words(
        """
        tour tower mont mount lac lake fleuve riviere river ile island iles islands
        jeux games coupe cup prix prize musee museum universite university pont bridge
        palais palace cathedrale cathedral eglise church place square rue street
        avenue boulevard gare station aeroport airport parc park golfe gulf mer sea
        ocean ocean baie bay canal channel
        cour court conseil council commission comite committee ministere ministry
        department departement agence agency office bureau banque bank region
        ville city etat state comte county ecole school hopital hospital groupe group
        ouragan hurricane tempete storm cyclone typhon typhoon
        stade stadium festival theatre opera medaille medal trophee trophy jour day
        championnat championship tournoi tournament
        """
    )
)


def _respelled(name: str, others: tuple[str, ...], target: str, from_code: str) -> str:
    """Return the translation's word for a word of the name written with other accents.

    "Gérald" is not "Gerald": a name is written as its bearer writes it, or as
    the list of other spellings has it ("Séville" / "Seville"). A dictionary
    word may be translated ("Fédération" / "Federation"); a change of case only,
    or a capital written without its accent ("Élysée" / "Elysée"), is no change.
    Returns "" when the name came through as written.
    """
    if any(re.search(_exactly(other), target, re.IGNORECASE) for other in others):
        return ""
    for word in re.findall(r"\w+", name):
        if re.search(_exactly(word), target, re.IGNORECASE):
            continue
        for written in re.findall(r"\w+", target):
            if written[1:] == word[1:] and word[0].isupper():
                continue  # "Elysée", "Edouard": a capital's accent, often left off
            if fold(written) == fold(word) and not is_common_word(word, from_code):
                return str(written)
    return ""


def _exactly(text: str) -> str:
    return rf"(?<!\w){re.escape(text)}(?!\w)"


def _contains(folded_text: str, folded_name: str) -> bool:
    pattern = rf"(?<![\w-]){re.escape(folded_name)}(?![\w-])"
    return re.search(pattern, folded_text) is not None


def _what_target_said(name: str, target: str, to_code: str) -> str:
    """Return the translation's name sharing a word with `name` ("Stone Lenoir"), or ""."""
    words = {fold(word) for word in name.split() if len(word) > 2}
    for candidate in sentence_names(target, to_code):
        if words & {fold(word) for word in candidate.text.split()}:
            return candidate.text
    return ""


#: Words that join the words of an English body's name ("Office of Rail and Road").
_JOINERS = frozenset(_words("of on and for &"))

#: What ends a name: a possessive or a punctuation mark after its last word.
_NAME_END = re.compile(r"['’]s$|[,.;:]$")

#: A capitalised word of a French translation, after an elided article too ("d'EDF").
_TARGET_NAME_WORD = re.compile(rf"(?:(?<![\w’'-])|(?<=\b[dDlL]['’])){_CAPITALISED}")

#: The definite article just before a name: "the Tories", "won the Treble".
_THE_BEFORE = re.compile(r"\bthe[ \u00a0]+$", re.IGNORECASE)


def _translated_description(source: str, name: Name, target: str, names: list[Name]) -> bool:
    """Tell whether an English name missing from a French translation was translated.

    English capitalises every word of a body's name, so "Border Force" and "National
    Audit Office" look like proper names; made of dictionary words, they describe
    the body, and "la police aux frontières" or "la Cour des comptes britannique" is
    a right translation. The name's own words must all be dictionary words, and
    the whole name (its capitalised neighbours joined by of/on/and/for: "Office of
    Rail and Road") at least two words, or one after "the" ("the Tories", "the
    Treble"), which a person's or a town's name does not take. A person's or a
    place's name that came out wrong leaves a trace this rule looks for: a word
    of the name kept as a name ("André Bailey" for "Andrew Bailey"), or a name
    in the translation that nothing of the source accounts for ("la rivière Tyne"
    for "the River Wye").
    """
    own = [w for w in re.findall(r"[^\W\d_]+", name.text) if fold(w) not in _PARTICLES]
    if not own or not all(is_common_english(word) for word in own):
        return False
    whole = _whole_english_name(source, name)
    if len(whole) < 2 and not _THE_BEFORE.search(source, 0, name.start):
        return False  # one word, as a town's ("Reading") or a person's is
    kept = {fold(word) for word in own}
    for match in _TARGET_NAME_WORD.finditer(target):
        written = re.sub(r"^[LlDd]['’]", "", match.group().rstrip(".,"))
        if fold(written) in kept:
            return False  # a word of the name stayed a name: the rest must too
    return not _unaccounted_name(source, target, names, whole)


def _whole_english_name(source: str, name: Name) -> list[str]:
    """Return the words of the name a run belongs to, joiners and acronyms left out.

    "Engineers" in "the US Army Corps of Engineers" gives Army, Corps, Engineers
    (an acronym is a name of its own, checked as such); a possessive ends a name.
    """
    tokens = [(match.start(), match.group()) for match in re.finditer(r"\S+", source)]
    inside = [i for i, (start, _) in enumerate(tokens) if name.start <= start < name.end]
    if not inside:
        return []
    first, last = inside[0], inside[-1]

    def capitalised(index: int) -> bool:
        word = tokens[index][1].strip(",.;:")
        return bool(re.fullmatch(_CAPITALISED, word)) and _word_key(word) not in _NOT_NAMES

    def joins(index: int) -> bool:
        return tokens[index][1].casefold() in _JOINERS

    while first > 0 and not _NAME_END.search(tokens[first - 1][1]):
        if capitalised(first - 1):
            first -= 1
        elif first > 1 and joins(first - 1) and capitalised(first - 2):
            first -= 2
        else:
            break
    while last + 1 < len(tokens) and not _NAME_END.search(tokens[last][1]):
        if capitalised(last + 1):
            last += 1
        elif last + 2 < len(tokens) and joins(last + 1) and capitalised(last + 2):
            last += 2  # "Office of Rail"
        elif (
            last + 3 < len(tokens)
            and joins(last + 1)
            and tokens[last + 2][1] == "the"
            and capitalised(last + 3)
        ):
            last += 3  # "Office for the Protection"
        else:
            break
    words = [_NAME_END.sub("", token) for _, token in tokens[first : last + 1]]
    return [
        word
        for word in words
        if re.fullmatch(_CAPITALISED, word)
        and _word_key(word) not in _NOT_NAMES
        and not _is_acronym(word)
    ]


def _unaccounted_name(source: str, target: str, names: list[Name], whole: list[str]) -> bool:
    """Tell whether the French translation has a name that nothing of the source gives.

    Words of the source, listed spellings of its names, a sentence's first word,
    the capitalised head of a French institution's name ("la Cour des comptes")
    and the initials of the English name ("TUC" for the Trades Union Congress)
    are accounted for; any other capitalised word is a name from nowhere.
    """
    source_words = set(re.findall(r"[^\W\d_]+", fold(source)))
    accounted = set(source_words)
    for other in names:
        for spelling in equivalents.equivalents(other.text, "en"):
            accounted.update(re.findall(r"[^\W\d_]+", fold(spelling)))
    initials = "".join(word[0] for word in whole).casefold()
    for match in _TARGET_NAME_WORD.finditer(target):
        written = match.group().rstrip(".,")
        word = re.sub(r"^[LlDd]['’]", "", written)
        if not word or (
            _opens_sentence(target, match.start()) and not equivalents.equivalents(word, "fr")
        ):
            continue  # a sentence's first word, unless a listed name ("Londres a…")
        parts = re.findall(r"[^\W\d_]+", fold(word))
        if _word_key(word) in _NOT_NAMES or all(
            part in accounted or any(_spelled_alike(w, part) for w in source_words)
            for part in parts
        ):
            continue
        if _is_acronym(word) and word.casefold() == initials:
            continue
        if _french_head(target, match.start() + len(written)):
            continue
        if _ministry_domain(target, match.start()):
            continue
        if fold(word) in _INSTITUTION_HEADS or fold(word) in _GENERIC_WORDS:
            continue  # "le président de la Chambre": French capitalises an institution
        return True
    return False


#: A second domain of a French ministry's name: "ministère de la Santé et des Affaires sociales".
_SECOND_DOMAIN = re.compile(
    r"\b(?:ministère|ministre)\b[^,;.]*[ \u00a0]et[ \u00a0]+"
    r"(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|des[ \u00a0]+|du[ \u00a0]+)$",
    re.IGNORECASE,
)


def _ministry_domain(text: str, start: int) -> bool:
    """Tell whether the capitalised word at `start` is a French ministry's domain.

    French capitalises it ("ministère du Travail et des Retraites"): a common
    noun, which the English name said in its own words.
    """
    return bool(_MINISTRY_DOMAIN.search(text, 0, start) or _SECOND_DOMAIN.search(text, 0, start))


def _french_head(text: str, end: int) -> bool:
    """Tell whether the capitalised word ending at `end` heads a French institution's name.

    Its complement is a noun ("la Cour des comptes") or has an adjective's
    ending ("la Monnaie royale"); a verb ("la Tamise est") does not make a head.
    """
    match = _FRENCH_COMPLEMENT.match(text, end)
    if match is None:
        return False
    return bool(match.group("noun")) or bool(_ADJECTIVE_ENDING.search(match.group("adjective")))


#: A French definite article, alone or joined to à or de, just before a name.
_FRENCH_ARTICLE_BEFORE = re.compile(
    r"(?:\b(?:le|la|les|au|aux|du|des)[ \u00a0]+|\bl['’])$", re.IGNORECASE
)


def _translated_french_word(source: str, name: Name, target: str, names: list[Name]) -> bool:
    """Tell whether a French name missing from an English translation was translated.

    "les Bleues", "le Bordelais", "les Tricolores": one dictionary word after
    an article names a team, a region or a party by description, and "the French
    women's team" or "the Bordeaux region" is a right translation. A person's
    name takes no article, and a French name of several capitalised words is a
    person's or a place's (French writes a body's name in sentence case), so
    neither counts. A wrong rendering leaves a name in the translation that
    nothing of the source accounts for ("the Burgundy region", "the North Sea").
    """
    word = name.text
    if not re.fullmatch(r"[^\W\d_]+", word) or _is_acronym(word):
        return False
    if not _FRENCH_ARTICLE_BEFORE.search(source, 0, name.start):
        return False
    if not is_common_word(word, "fr"):
        return False
    return not _unaccounted_english_name(source, target, names, word)


def _unaccounted_english_name(source: str, target: str, names: list[Name], word: str) -> bool:
    """Tell whether the English translation has a name that nothing of the source gives.

    English capitalises more than names: a sentence's first word, titles, days
    and months (the words the check never takes for names) and nationalities
    ("the French team"). Words of the source and listed spellings of its names
    are accounted for, and so is the town of a French adjective of a place, the
    name `word` being one ("Lyonnais" gives "Lyon", "Bordelais" "Bordeaux").
    Any other capitalised word is a name from nowhere, though it be a dictionary
    word: the English list has "lyon", "sarah" and "burgundy" too.
    """
    source_words = set(re.findall(r"[^\W\d_]+", fold(source)))
    accounted = source_words | equivalents.nationality_words("en")
    for other in names:
        for spelling in equivalents.equivalents(other.text, "fr"):
            accounted.update(re.findall(r"[^\W\d_]+", fold(spelling)))
    adjective = fold(word) if _PLACE_ADJECTIVE.search(fold(word)) else ""
    for match in re.finditer(rf"(?<![\w’'-]){_CAPITALISED}", target):
        written = _POSSESSIVE.sub("", match.group().rstrip(".,"))
        if _word_key(written) in _NOT_NAMES:
            continue
        if _opens_sentence(target, match.start()) and not equivalents.equivalents(written, "en"):
            continue  # a sentence's first word, unless a listed name ("Lyon lost…")
        for part in re.findall(r"[^\W\d_]+", fold(written)):
            if part in accounted or any(_spelled_alike(w, part) for w in source_words):
                continue
            if adjective and _common_prefix(adjective, part) >= min(4, len(part) - 1):
                continue  # "Lyon" for "le Lyonnais", "Nice" for "le Niçois"
            return True
    return False
