"""Train the tiny French↔English translation packages the tests use.

A small Transformer learns a generated French/English template corpus (subjects ×
verbs in three tenses × objects with determiners, numbers and adjectives that agree ×
time and place phrases) and is written, int8, as two real Argos packages:
``tests/data/models/translate-fr_en-tiny.argosmodel`` and ``translate-en_fr-tiny...``.
Some subject-verb and adjective-noun pairings never occur in the training corpus;
sentences using them are the "unseen" test set, and those the int8 model translates
exactly (greedy, through sentencepiece, as the engine does) go to
``tests/data/models/unseen.json``. The held-out accuracy is printed and written into
each package's README.

torch is not a project dependency: train in a scratch venv, from the repository root::

    python3 -m venv /tmp/train-venv
    /tmp/train-venv/bin/pip install torch==2.13.0 numpy ctranslate2 sentencepiece
    /tmp/train-venv/bin/python -m scripts.train_tiny_model

Seeds are fixed. Each direction takes about three minutes of one CPU core (800 steps);
``--direction fr`` or ``--direction en`` trains one, and two such runs may go in
parallel (each updates only its own entries of unseen.json). The corpus half of this
module needs no torch, so tests can check the unseen sentences against it.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from scripts import argos_model

ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = ROOT / "tests" / "data" / "models"
SEED = 1234

# French verb forms are listed for je, il/elle, nous, vous, ils: the persons the
# corpus uses. "you" is always vous and "they" always ils, so that English → French
# has a single right answer.
PERSONS = ("1s", "3s", "1p", "2p", "3p")


@dataclass(frozen=True)
class Subject:
    key: str
    fr: str
    en: str
    person: str


@dataclass(frozen=True)
class Verb:
    key: str
    present: tuple[str, str, str, str, str]
    participle: str
    future_stem: str
    en_base: str
    en_third: str
    en_past: str


@dataclass(frozen=True)
class Noun:
    key: str
    fr_singular: str
    fr_plural: str
    feminine: bool
    en_singular: str
    en_plural: str


@dataclass(frozen=True)
class Adjective:
    key: str
    # masculine singular, feminine singular, masculine plural, feminine plural, and the
    # masculine singular form used before a vowel ("vieil", "nouvel", "bel").
    forms: tuple[str, str, str, str, str]
    en: str
    before_noun: bool


@dataclass(frozen=True)
class Phrase:
    fr: str
    en: str


SUBJECTS = [
    Subject("je", "je", "I", "1s"),
    Subject("il", "il", "he", "3s"),
    Subject("elle", "elle", "she", "3s"),
    Subject("nous", "nous", "we", "1p"),
    Subject("vous", "vous", "you", "2p"),
    Subject("ils", "ils", "they", "3p"),
    Subject("chat", "le chat", "the cat", "3s"),
    Subject("chien", "le chien", "the dog", "3s"),
    Subject("voisine", "la voisine", "the neighbour", "3s"),
    Subject("medecin", "le médecin", "the doctor", "3s"),
    Subject("directrice", "la directrice", "the director", "3s"),
    Subject("frere", "mon frère", "my brother", "3s"),
    Subject("soeur", "ma sœur", "my sister", "3s"),
    Subject("professeur", "notre professeur", "our teacher", "3s"),
    Subject("boulanger", "le boulanger", "the baker", "3s"),
    Subject("marie", "Marie", "Marie", "3s"),
    Subject("paul", "Paul", "Paul", "3s"),
    Subject("sophie", "Sophie", "Sophie", "3s"),
    Subject("enfants", "les enfants", "the children", "3p"),
    Subject("etudiants", "les étudiants", "the students", "3p"),
    Subject("parents", "mes parents", "my parents", "3p"),
    Subject("voisins", "nos voisins", "our neighbours", "3p"),
]


def _er(stem: str, nous: str | None = None) -> tuple[str, str, str, str, str]:
    return (stem + "e", stem + "e", nous or stem + "ons", stem + "ez", stem + "ent")


VERBS = [
    Verb("manger", _er("mang", "mangeons"), "mangé", "manger", "eat", "eats", "ate"),
    Verb(
        "acheter",
        ("achète", "achète", "achetons", "achetez", "achètent"),
        "acheté",
        "achèter",
        "buy",
        "buys",
        "bought",
    ),
    Verb("regarder", _er("regard"), "regardé", "regarder", "watch", "watches", "watched"),
    Verb("preparer", _er("prépar"), "préparé", "préparer", "prepare", "prepares", "prepared"),
    Verb("chercher", _er("cherch"), "cherché", "chercher", "look for", "looks for", "looked for"),
    Verb(
        "vendre",
        ("vends", "vend", "vendons", "vendez", "vendent"),
        "vendu",
        "vendr",
        "sell",
        "sells",
        "sold",
    ),
    Verb(
        "prendre",
        ("prends", "prend", "prenons", "prenez", "prennent"),
        "pris",
        "prendr",
        "take",
        "takes",
        "took",
    ),
    Verb("voir", ("vois", "voit", "voyons", "voyez", "voient"), "vu", "verr", "see", "sees", "saw"),
    Verb("aimer", _er("aim"), "aimé", "aimer", "like", "likes", "liked"),
    Verb("trouver", _er("trouv"), "trouvé", "trouver", "find", "finds", "found"),
    Verb("laver", _er("lav"), "lavé", "laver", "wash", "washes", "washed"),
    Verb("dessiner", _er("dessin"), "dessiné", "dessiner", "draw", "draws", "drew"),
]

NOUNS = [
    Noun("pomme", "pomme", "pommes", True, "apple", "apples"),
    Noun("livre", "livre", "livres", False, "book", "books"),
    Noun("voiture", "voiture", "voitures", True, "car", "cars"),
    Noun("maison", "maison", "maisons", True, "house", "houses"),
    Noun("velo", "vélo", "vélos", False, "bike", "bikes"),
    Noun("journal", "journal", "journaux", False, "newspaper", "newspapers"),
    Noun("fleur", "fleur", "fleurs", True, "flower", "flowers"),
    Noun("gateau", "gâteau", "gâteaux", False, "cake", "cakes"),
    Noun("table", "table", "tables", True, "table", "tables"),
    Noun("chaise", "chaise", "chaises", True, "chair", "chairs"),
    Noun("lettre", "lettre", "lettres", True, "letter", "letters"),
    Noun("film", "film", "films", False, "film", "films"),
    Noun("tableau", "tableau", "tableaux", False, "painting", "paintings"),
    Noun("orange", "orange", "oranges", True, "orange", "oranges"),
    Noun("ordinateur", "ordinateur", "ordinateurs", False, "computer", "computers"),
    Noun("chemise", "chemise", "chemises", True, "shirt", "shirts"),
    Noun("chapeau", "chapeau", "chapeaux", False, "hat", "hats"),
    Noun("lampe", "lampe", "lampes", True, "lamp", "lamps"),
    Noun("oiseau", "oiseau", "oiseaux", False, "bird", "birds"),
    Noun("arbre", "arbre", "arbres", False, "tree", "trees"),
    Noun("armoire", "armoire", "armoires", True, "wardrobe", "wardrobes"),
    Noun("bateau", "bateau", "bateaux", False, "boat", "boats"),
]

ADJECTIVES = [
    Adjective("grand", ("grand", "grande", "grands", "grandes", "grand"), "big", True),
    Adjective("petit", ("petit", "petite", "petits", "petites", "petit"), "small", True),
    Adjective("vieux", ("vieux", "vieille", "vieux", "vieilles", "vieil"), "old", True),
    Adjective("nouveau", ("nouveau", "nouvelle", "nouveaux", "nouvelles", "nouvel"), "new", True),
    Adjective("beau", ("beau", "belle", "beaux", "belles", "bel"), "beautiful", True),
    Adjective("rouge", ("rouge", "rouge", "rouges", "rouges", "rouge"), "red", False),
    Adjective("noir", ("noir", "noire", "noirs", "noires", "noir"), "black", False),
    Adjective("vert", ("vert", "verte", "verts", "vertes", "vert"), "green", False),
    Adjective("bleu", ("bleu", "bleue", "bleus", "bleues", "bleu"), "blue", False),
    Adjective("blanc", ("blanc", "blanche", "blancs", "blanches", "blanc"), "white", False),
]

NUMBERS = [
    Phrase("deux", "two"),
    Phrase("trois", "three"),
    Phrase("quatre", "four"),
    Phrase("cinq", "five"),
    Phrase("six", "six"),
    Phrase("sept", "seven"),
    Phrase("huit", "eight"),
    Phrase("neuf", "nine"),
    Phrase("dix", "ten"),
]

DAYS = [
    Phrase("lundi", "Monday"),
    Phrase("mardi", "Tuesday"),
    Phrase("mercredi", "Wednesday"),
    Phrase("jeudi", "Thursday"),
    Phrase("vendredi", "Friday"),
    Phrase("samedi", "Saturday"),
    Phrase("dimanche", "Sunday"),
]

TIMES = {
    "present": [
        Phrase("aujourd'hui", "today"),
        Phrase("chaque jour", "every day"),
        Phrase("le matin", "in the morning"),
        Phrase("maintenant", "now"),
    ],
    "past": [
        Phrase("hier", "yesterday"),
        Phrase("la semaine dernière", "last week"),
        Phrase("l'année dernière", "last year"),
        *(Phrase(f"{day.fr} dernier", f"last {day.en}") for day in DAYS),
    ],
    "future": [
        Phrase("demain", "tomorrow"),
        Phrase("la semaine prochaine", "next week"),
        Phrase("l'année prochaine", "next year"),
        *(Phrase(f"{day.fr} prochain", f"next {day.en}") for day in DAYS),
    ],
}

PLACES = [
    Phrase("dans le jardin", "in the garden"),
    Phrase("dans la cuisine", "in the kitchen"),
    Phrase("au marché", "at the market"),
    Phrase("à la gare", "at the station"),
    Phrase("à l'école", "at school"),
    Phrase("en ville", "in town"),
    Phrase("à Paris", "in Paris"),
    Phrase("à Londres", "in London"),
    Phrase("à Lyon", "in Lyon"),
    Phrase("à Marseille", "in Marseille"),
]

AVOIR = ("ai", "a", "avons", "avez", "ont")
FUTURE_ENDINGS = ("ai", "a", "ons", "ez", "ont")
VOWELS = tuple("aeiouéèêàâîôûœh")
# Share of subject-verb and adjective-noun pairings kept out of training: enough for a
# test set of never-seen combinations, few enough that every word is still learnt.
HELD_OUT_SHARE = 0.12


@dataclass(frozen=True)
class Example:
    fr: str
    en: str
    pairs: frozenset[tuple[str, str]]


def _elide(words: list[str]) -> str:
    """Join French words, eliding je/le/la/de before a vowel."""
    out: list[str] = []
    for word in words:
        if out and out[-1].lower() in {"je", "le", "la", "de"} and word.startswith(VOWELS):
            out[-1] = out[-1][0] + "'" + word
            continue
        out.append(word)
    return " ".join(out)


def _french_verb(verb: Verb, person: str, tense: str) -> str:
    index = PERSONS.index(person)
    if tense == "present":
        return verb.present[index]
    if tense == "past":
        return f"{AVOIR[index]} {verb.participle}"
    return verb.future_stem + FUTURE_ENDINGS[index]


def _english_verb(verb: Verb, person: str, tense: str) -> str:
    if tense == "past":
        return verb.en_past
    if tense == "future":
        return f"will {verb.en_base}"
    return verb.en_third if person == "3s" else verb.en_base


def _object(rng: random.Random, noun: Noun, adjective: Adjective | None) -> tuple[list[str], str]:
    """Return the French words and the English text of a noun phrase."""
    kind = rng.choice(["indefinite", "definite", "possessive", "demonstrative", "number"])
    plural = kind == "number" or rng.random() < 0.4
    fr_noun = noun.fr_plural if plural else noun.fr_singular
    en_noun = noun.en_plural if plural else noun.en_singular
    fr_adjective = en_adjective = ""
    if adjective:
        index = (2 if plural else 0) + (1 if noun.feminine else 0)
        fr_adjective = adjective.forms[index]
        if adjective.before_noun and index == 0 and noun.fr_singular.startswith(VOWELS):
            fr_adjective = adjective.forms[4]
        en_adjective = adjective.en
    first_fr = fr_adjective if adjective and adjective.before_noun else fr_noun
    first_en = en_adjective or en_noun

    if kind == "indefinite":
        if plural:
            # "des" becomes "de" before an adjective: de grandes maisons.
            fr_det = "de" if adjective and adjective.before_noun else "des"
            en_det = "some"
        else:
            fr_det = "une" if noun.feminine else "un"
            en_det = "an" if first_en.startswith(tuple("aeiou")) else "a"
    elif kind == "definite":
        fr_det = "les" if plural else ("la" if noun.feminine else "le")
        en_det = "the"
    elif kind == "possessive":
        feminine_before_consonant = noun.feminine and not first_fr.startswith(VOWELS)
        fr_det = "mes" if plural else ("ma" if feminine_before_consonant else "mon")
        en_det = "my"
    elif kind == "demonstrative":
        if plural:
            fr_det, en_det = "ces", "these"
        elif noun.feminine:
            fr_det, en_det = "cette", "this"
        else:
            fr_det = "cet" if first_fr.startswith(VOWELS) else "ce"
            en_det = "this"
    elif rng.random() < 0.5:
        number = rng.choice(NUMBERS)
        fr_det, en_det = number.fr, number.en
    else:
        fr_det = en_det = str(rng.randint(11, 999))

    fr_words = [fr_det]
    if adjective and adjective.before_noun:
        fr_words += [fr_adjective, fr_noun]
    elif adjective:
        fr_words += [fr_noun, fr_adjective]
    else:
        fr_words.append(fr_noun)
    en_words = [en_det, *([en_adjective] if adjective else []), en_noun]
    return fr_words, " ".join(en_words)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def make_example(
    rng: random.Random,
    subject: Subject,
    verb: Verb,
    noun: Noun,
    adjective: Adjective | None,
) -> Example:
    """Return one French/English sentence pair built from the given parts."""
    tense = rng.choice(["present", "past", "future"])
    time_phrase = rng.choice(TIMES[tense]) if rng.random() < 0.6 else None
    place = rng.choice(PLACES) if rng.random() < 0.4 else None
    object_fr, object_en = _object(rng, noun, adjective)

    fr_core = _elide([subject.fr, *_french_verb(verb, subject.person, tense).split(), *object_fr])
    en_core = f"{subject.en} {_english_verb(verb, subject.person, tense)} {object_en}"
    if place:
        fr_core += f" {place.fr}"
        en_core += f" {place.en}"
    if time_phrase and rng.random() < 0.4:
        fr = f"{_capitalise(time_phrase.fr)}, {fr_core}."
        en = f"{_capitalise(time_phrase.en)}, {en_core}."
    elif time_phrase:
        fr = f"{_capitalise(fr_core)} {time_phrase.fr}."
        en = f"{_capitalise(en_core)} {time_phrase.en}."
    else:
        fr = f"{_capitalise(fr_core)}."
        en = f"{_capitalise(en_core)}."
    pairs = {("subject-verb", f"{subject.key}+{verb.key}")}
    if adjective:
        pairs.add(("adjective-noun", f"{adjective.key}+{noun.key}"))
    return Example(fr, en, frozenset(pairs))


def held_out_pairs(seed: int = SEED) -> frozenset[tuple[str, str]]:
    """Return the subject-verb and adjective-noun pairings training never sees."""
    rng = random.Random(seed)
    pairs = [("subject-verb", f"{s.key}+{v.key}") for s in SUBJECTS for v in VERBS]
    pairs += [("adjective-noun", f"{a.key}+{n.key}") for a in ADJECTIVES for n in NOUNS]
    return frozenset(pair for pair in pairs if rng.random() < HELD_OUT_SHARE)


def _random_example(rng: random.Random) -> Example:
    adjective = rng.choice(ADJECTIVES) if rng.random() < 0.5 else None
    return make_example(rng, rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(NOUNS), adjective)


def training_examples(count: int, seed: int = SEED) -> list[Example]:
    """Return `count` sentence pairs that use no held-out pairing."""
    rng = random.Random(seed + 1)
    held_out = held_out_pairs(seed)
    examples: list[Example] = []
    while len(examples) < count:
        example = _random_example(rng)
        if not example.pairs & held_out:
            examples.append(example)
    return examples


def unseen_examples(count: int, seed: int = SEED) -> list[Example]:
    """Return `count` sentence pairs that each use at least one held-out pairing."""
    rng = random.Random(seed + 2)
    held_out = held_out_pairs(seed)
    examples: list[Example] = []
    seen: set[str] = set()
    while len(examples) < count:
        example = _random_example(rng)
        if example.pairs & held_out and example.fr not in seen:
            seen.add(example.fr)
            examples.append(example)
    return examples


# --- Training (needs torch) ------------------------------------------------------------

# Size of the tiny model: small enough for 1.15 MB int8 and about three minutes of one
# CPU core per direction, big enough to learn the corpus's agreement rules (98% and 92%
# of held-out sentences exactly right, fr→en and en→fr, after 800 steps).
LAYERS = 2
D_MODEL = 128
HEADS = 4
FFN = 512
# An upper bound: sentencepiece keeps the 454 pieces the corpus supports.
VOCAB = 500
TRAIN_SENTENCES = 60000
STEPS = 800
BATCH = 96
PEAK_LEARNING_RATE = 2e-3
WARMUP = 100


def _build_torch_model(vocab: int) -> Any:
    import torch
    from torch import nn

    class Attention(nn.Module):
        def __init__(self, self_attention: bool) -> None:
            super().__init__()
            self.norm = nn.LayerNorm(D_MODEL, eps=argos_model.LAYER_NORM_EPSILON)
            self.self_attention = self_attention
            if self_attention:
                self.qkv = nn.Linear(D_MODEL, 3 * D_MODEL)
            else:
                self.q = nn.Linear(D_MODEL, D_MODEL)
                self.kv = nn.Linear(D_MODEL, 2 * D_MODEL)
            self.out = nn.Linear(D_MODEL, D_MODEL)

        def forward(self, x: Any, memory: Any, mask: Any) -> Any:
            h = self.norm(x)
            if self.self_attention:
                q, k, v = self.qkv(h).chunk(3, dim=-1)
            else:
                q = self.q(h)
                k, v = self.kv(memory).chunk(2, dim=-1)

            def heads(t: Any) -> Any:
                return t.view(t.shape[0], t.shape[1], HEADS, -1).transpose(1, 2)

            scores = heads(q) @ heads(k).transpose(-1, -2) / math.sqrt(D_MODEL // HEADS)
            scores = scores.masked_fill(mask, float("-inf"))
            context = (scores.softmax(-1) @ heads(v)).transpose(1, 2).reshape(h.shape)
            return x + self.out(context)

    class FeedForward(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.norm = nn.LayerNorm(D_MODEL, eps=argos_model.LAYER_NORM_EPSILON)
            self.inner = nn.Linear(D_MODEL, FFN)
            self.outer = nn.Linear(FFN, D_MODEL)

        def forward(self, x: Any) -> Any:
            return x + self.outer(torch.relu(self.inner(self.norm(x))))

    class Transformer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embeddings = nn.Embedding(vocab, D_MODEL)
            nn.init.normal_(self.embeddings.weight, std=D_MODEL**-0.5)
            self.projection_bias = nn.Parameter(torch.zeros(vocab))
            self.encoder_attention = nn.ModuleList(Attention(True) for _ in range(LAYERS))
            self.encoder_ffn = nn.ModuleList(FeedForward() for _ in range(LAYERS))
            self.encoder_norm = nn.LayerNorm(D_MODEL, eps=argos_model.LAYER_NORM_EPSILON)
            self.decoder_self = nn.ModuleList(Attention(True) for _ in range(LAYERS))
            self.decoder_cross = nn.ModuleList(Attention(False) for _ in range(LAYERS))
            self.decoder_ffn = nn.ModuleList(FeedForward() for _ in range(LAYERS))
            self.decoder_norm = nn.LayerNorm(D_MODEL, eps=argos_model.LAYER_NORM_EPSILON)
            positions = torch.from_numpy(argos_model.sinusoidal_positions(256, D_MODEL))
            self.register_buffer("positions", positions, persistent=False)

        def embed(self, ids: Any) -> Any:
            return self.embeddings(ids) * math.sqrt(D_MODEL) + self.positions[: ids.shape[1]]

        def forward(self, source: Any, source_pad: Any, target_in: Any) -> Any:
            pad_mask = source_pad[:, None, None, :]
            x = self.embed(source)
            for attention, ffn in zip(self.encoder_attention, self.encoder_ffn, strict=True):
                x = ffn(attention(x, None, pad_mask))
            memory = self.encoder_norm(x)
            length = target_in.shape[1]
            causal = torch.ones(length, length, dtype=torch.bool).triu(1)[None, None]
            y = self.embed(target_in)
            for own, cross, ffn in zip(
                self.decoder_self, self.decoder_cross, self.decoder_ffn, strict=True
            ):
                y = ffn(cross(own(y, None, causal), memory, pad_mask))
            return self.decoder_norm(y) @ self.embeddings.weight.T + self.projection_bias

    return Transformer()


def _ct2_weights(model: Any) -> dict[str, np.ndarray]:
    """Map the torch model's parameters onto CTranslate2's variable names."""

    def array(tensor: Any) -> np.ndarray:
        return tensor.detach().cpu().numpy().astype(np.float32)

    weights: dict[str, np.ndarray] = {}

    def norm(scope: str, module: Any) -> None:
        weights[f"{scope}/gamma"] = array(module.weight)
        weights[f"{scope}/beta"] = array(module.bias)

    def linear(scope: str, module: Any) -> None:
        weights[f"{scope}/weight"] = array(module.weight)
        weights[f"{scope}/bias"] = array(module.bias)

    def ffn(scope: str, module: Any) -> None:
        norm(f"{scope}/layer_norm", module.norm)
        linear(f"{scope}/linear_0", module.inner)
        linear(f"{scope}/linear_1", module.outer)

    embeddings = array(model.embeddings.weight)
    weights["encoder/embeddings_0/weight"] = embeddings
    weights["decoder/embeddings/weight"] = embeddings
    weights["decoder/projection/weight"] = embeddings
    weights["decoder/projection/bias"] = array(model.projection_bias)
    for i in range(LAYERS):
        scope = f"encoder/layer_{i}"
        attention = model.encoder_attention[i]
        norm(f"{scope}/self_attention/layer_norm", attention.norm)
        linear(f"{scope}/self_attention/linear_0", attention.qkv)
        linear(f"{scope}/self_attention/linear_1", attention.out)
        ffn(f"{scope}/ffn", model.encoder_ffn[i])
        scope = f"decoder/layer_{i}"
        own, cross = model.decoder_self[i], model.decoder_cross[i]
        norm(f"{scope}/self_attention/layer_norm", own.norm)
        linear(f"{scope}/self_attention/linear_0", own.qkv)
        linear(f"{scope}/self_attention/linear_1", own.out)
        norm(f"{scope}/attention/layer_norm", cross.norm)
        linear(f"{scope}/attention/linear_0", cross.q)
        linear(f"{scope}/attention/linear_1", cross.kv)
        linear(f"{scope}/attention/linear_2", cross.out)
        ffn(f"{scope}/ffn", model.decoder_ffn[i])
    norm("encoder/layer_norm", model.encoder_norm)
    norm("decoder/layer_norm", model.decoder_norm)
    return weights


def _batches(
    pairs: Sequence[tuple[list[int], list[int]]], rng: random.Random
) -> Iterator[list[tuple[list[int], list[int]]]]:
    order = list(range(len(pairs)))
    while True:
        rng.shuffle(order)
        for start in range(0, len(order) - BATCH + 1, BATCH):
            yield [pairs[i] for i in order[start : start + BATCH]]


def train_direction(
    examples: Sequence[Example], sentencepiece_model: Path, from_code: str, seed: int
) -> dict[str, np.ndarray]:
    """Train one direction and return its weights under CTranslate2's names."""
    import sentencepiece as spm
    import torch

    torch.manual_seed(seed)
    processor = spm.SentencePieceProcessor(model_file=str(sentencepiece_model))
    bos, eos = processor.bos_id(), processor.eos_id()
    pairs = []
    for example in examples:
        source, target = (example.fr, example.en) if from_code == "fr" else (example.en, example.fr)
        pairs.append((processor.encode(source), processor.encode(target)))

    model = _build_torch_model(processor.get_piece_size())
    optimiser = torch.optim.Adam(model.parameters(), lr=PEAK_LEARNING_RATE, betas=(0.9, 0.98))

    def learning_rate(step: int) -> float:
        # Linear warm-up, then a cosine down to zero at the last step.
        if step < WARMUP:
            return (step + 1) / WARMUP
        return 0.5 * (1 + math.cos(math.pi * (step - WARMUP) / (STEPS - WARMUP)))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimiser, learning_rate)
    loss_function = torch.nn.CrossEntropyLoss(ignore_index=-100, label_smoothing=0.1)
    batches = _batches(pairs, random.Random(seed))
    started = time.monotonic()
    model.train()
    for step in range(STEPS):
        batch = next(batches)
        source_length = max(len(s) for s, _ in batch)
        target_length = max(len(t) for _, t in batch) + 1
        source = torch.zeros(BATCH, source_length, dtype=torch.long)
        source_pad = torch.ones(BATCH, source_length, dtype=torch.bool)
        target_in = torch.zeros(BATCH, target_length, dtype=torch.long)
        target_out = torch.full((BATCH, target_length), -100, dtype=torch.long)
        for row, (s, t) in enumerate(batch):
            source[row, : len(s)] = torch.tensor(s)
            source_pad[row, : len(s)] = False
            target_in[row, : len(t) + 1] = torch.tensor([bos, *t])
            target_out[row, : len(t) + 1] = torch.tensor([*t, eos])
        logits = model(source, source_pad, target_in)
        loss = loss_function(logits.reshape(-1, logits.shape[-1]), target_out.reshape(-1))
        optimiser.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        scheduler.step()
        if step % 200 == 0 or step == STEPS - 1:
            elapsed = time.monotonic() - started
            print(
                f"  {from_code} step {step:5d}  loss {loss.item():.3f}  {elapsed:5.0f} s",
                flush=True,
            )
    model.eval()
    return _ct2_weights(model)


def _package(
    path: Path,
    weights: dict[str, np.ndarray],
    sentencepiece_model: Path,
    from_code: str,
    readme: str | None = None,
) -> Path:
    to_code = "en" if from_code == "fr" else "fr"
    names = argos_model.LANGUAGE_NAMES
    return argos_model.build_package(
        path,
        weights=weights,
        sentencepiece_model=sentencepiece_model,
        layers=LAYERS,
        heads=HEADS,
        from_code=from_code,
        to_code=to_code,
        name=f"{names[from_code]} - {names[to_code]} (tiny test model)",
        readme=readme,
    )


def evaluate(package: Path, examples: Sequence[Example], from_code: str) -> list[bool]:
    """Translate each example with the int8 package; return which are exactly right."""
    with tempfile.TemporaryDirectory(prefix="tiny-eval-") as scratch:
        folder = argos_model.extract_package(package, Path(scratch))
        sources = [e.fr if from_code == "fr" else e.en for e in examples]
        outputs = argos_model.translate_with_package(folder, sources)
    expected = [e.en if from_code == "fr" else e.fr for e in examples]
    return [got == want for got, want in zip(outputs, expected, strict=True)]


def _train_and_package(
    from_code: str,
    *,
    examples: Sequence[Example],
    unseen: Sequence[Example],
    sp_path: Path,
    out: Path,
    scratch: Path,
) -> list[Example]:
    """Train one direction, write its package; return the unseen examples it gets right."""
    to_code = "en" if from_code == "fr" else "fr"
    weights = train_direction(examples, sp_path, from_code, SEED)
    draft = _package(scratch / f"draft-{from_code}.argosmodel", weights, sp_path, from_code)
    accuracy = sum(evaluate(draft, unseen, from_code)) / len(unseen)
    package = _package(
        out / f"translate-{from_code}_{to_code}-tiny.argosmodel",
        weights,
        sp_path,
        from_code,
        readme=(
            f"# Tiny {from_code}→{to_code} test model\n\n"
            "Trained by Lisible's scripts/train_tiny_model.py on a generated "
            "template corpus; it only knows that corpus's words. "
            f"{LAYERS}+{LAYERS} layers, d_model {D_MODEL}, {HEADS} heads, "
            f"ffn {FFN}, int8. Exact greedy translations of {len(unseen)} "
            f"held-out sentences: {accuracy:.1%}.\n"
        ),
    )
    # The sentences are chosen with the very file that is committed.
    correct = evaluate(package, unseen, from_code)
    print(
        f"{package.name}: {package.stat().st_size / 1e6:.2f} MB, "
        f"held-out exact {sum(correct)}/{len(correct)} ({sum(correct) / len(correct):.1%})",
        flush=True,
    )
    return [example for example, ok in zip(unseen, correct, strict=True) if ok]


def main(argv: Sequence[str] | None = None) -> int:
    """Train the packages of the chosen directions and update unseen.json."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=MODELS_DIR)
    parser.add_argument(
        "--direction",
        choices=["fr", "en", "both"],
        default="both",
        help="source language of the model to train (default: both directions)",
    )
    parser.add_argument("--threads", type=int, default=2, help="torch threads")
    parser.add_argument("--unseen-per-direction", type=int, default=15)
    args = parser.parse_args(argv)
    import torch

    torch.set_num_threads(args.threads)
    examples = training_examples(TRAIN_SENTENCES)
    unseen = unseen_examples(300)
    args.out.mkdir(parents=True, exist_ok=True)
    unseen_path = args.out / "unseen.json"
    directions = ["fr", "en"] if args.direction == "both" else [args.direction]
    # Directions trained separately (even in parallel) share one sentencepiece model:
    # its training is deterministic, so each run rebuilds the same bytes.
    records: list[dict[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="tiny-train-") as scratch:
        sp_path = argos_model.train_sentencepiece(
            [text for e in examples for text in (e.fr, e.en)],
            Path(scratch) / "sentencepiece.model",
            VOCAB,
            hard_vocab_limit=False,
            split_digits=True,
        )
        print(f"sentencepiece: {len(argos_model.sentencepiece_vocabulary(sp_path))} pieces")
        for from_code in directions:
            to_code = "en" if from_code == "fr" else "fr"
            right = _train_and_package(
                from_code,
                examples=examples,
                unseen=unseen,
                sp_path=sp_path,
                out=args.out,
                scratch=Path(scratch),
            )
            for example in right[: args.unseen_per_direction]:
                source, target = (
                    (example.fr, example.en) if from_code == "fr" else (example.en, example.fr)
                )
                records.append(
                    {"from": from_code, "to": to_code, "source": source, "expected": target}
                )
    # Read only now: the other direction may have been written meanwhile.
    kept = json.loads(unseen_path.read_text()) if unseen_path.exists() else []
    records = [r for r in kept if r["from"] not in directions] + records
    records.sort(key=lambda record: record["from"] != "fr")
    unseen_path.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    print(f"{unseen_path}: {len(records)} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
