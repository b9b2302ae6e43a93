"""The sentence splitter: French and English, abbreviations, quotes, figures."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.translation import split_sentences


def sentences(text: str, language: str = "fr") -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "M. Dupont est arrivé. Mme Martin aussi. Le Dr. House ? Non !",
            ["M. Dupont est arrivé.", "Mme Martin aussi.", "Le Dr. House ?", "Non !"],
        ),
        (
            "Il a dit : « C’est fini. » Puis il est parti.",
            ["Il a dit : « C’est fini. »", "Puis il est parti."],
        ),
        (
            "Le chiffre d’affaires atteint 97,4 Md€ en 2024. La marge recule à 3,5 %.",
            ["Le chiffre d’affaires atteint 97,4 Md€ en 2024.", "La marge recule à 3,5 %."],
        ),
        (
            "Pommes, poires, etc. Le marché ouvre à 8 h. Voir p. 12 et n° 5.",
            ["Pommes, poires, etc.", "Le marché ouvre à 8 h.", "Voir p. 12 et n° 5."],
        ),
        (
            "Vraiment ?! Oui… Enfin... Peut-être. — Non, dit-elle.",
            ["Vraiment ?!", "Oui…", "Enfin...", "Peut-être.", "— Non, dit-elle."],
        ),
        (
            "Ingrédients :\n- 500 g de farine\n- 300 g d’eau\n1. Mélanger\n2. Cuire",
            ["Ingrédients :", "- 500 g de farine", "- 300 g d’eau", "1. Mélanger", "2. Cuire"],
        ),
    ],
)
def test_french(text: str, expected: list[str]) -> None:
    assert sentences(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Dr. Jones. They talked.",
            ["Mr. Smith met Dr. Jones.", "They talked."],
        ),
        (
            "The U.S. Army left. He lived in the U.S. The end came later.",
            ["The U.S. Army left.", "He lived in the U.S.", "The end came later."],
        ),
        (
            "J. K. Rowling wrote it. It costs 3.5 dollars, e.g. for students.",
            ["J. K. Rowling wrote it.", "It costs 3.5 dollars, e.g. for students."],
        ),
        (
            "He said “Stop.” She left. Was it “fine”? Yes.",
            ["He said “Stop.”", "She left.", "Was it “fine”?", "Yes."],
        ),
        (
            'See No. 5. He said no. Then "Hello." she whispered.',
            ["See No. 5.", "He said no.", 'Then "Hello." she whispered.'],
        ),
        (
            "Visit example.com today. Version 2.0 shipped.",
            ["Visit example.com today.", "Version 2.0 shipped."],
        ),
    ],
)
def test_english(text: str, expected: list[str]) -> None:
    assert sentences(text, "en") == expected


def test_wrapped_lines_run_on_but_paragraphs_do_not() -> None:
    text = "A sentence that was\nwrapped by the editor,\nthen ended.\n\nA new paragraph"
    assert sentences(text, "en") == [
        "A sentence that was\nwrapped by the editor,\nthen ended.",
        "A new paragraph",
    ]


def test_spans_index_the_original_text_with_no_break_spaces() -> None:
    text = "\u00a0 Il dit\u202f: «\u00a0Oui.\u00a0» Elle part. "
    spans = split_sentences(text, "fr")
    assert [text[a:b] for a, b in spans] == ["Il dit\u202f: «\u00a0Oui.\u00a0»", "Elle part."]


def test_empty_and_blank() -> None:
    assert split_sentences("", "fr") == []
    assert split_sentences(" \n\t\u00a0", "en") == []


_ALPHABET = st.sampled_from(
    [*"abcXYZ éÉ019", ".", "?", "!", "…", "«", "»", "“", "”", '"', "\n", "\u00a0", "M.", "U.S."]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join), st.sampled_from(["fr", "en", "de"]))
def test_spans_are_ordered_disjoint_trimmed_and_cover_every_visible_character(
    text: str, language: str
) -> None:
    spans = split_sentences(text, language)
    covered = set()
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        previous_end = end
    visible = {i for i, char in enumerate(text) if not char.isspace()}
    assert visible <= covered


def test_long_texts_split_in_linear_time() -> None:
    # 60,000 sentences on one line, then 60,000 lines: a quadratic splitter would
    # copy gigabytes here and take minutes; this one takes well under a second.
    sentence = "Le jardin (M. Dupont) ouvre à 8 h. "
    one_line = sentence * 60_000
    assert len(split_sentences(one_line, "fr")) == 60_000
    lines = "\n".join(["- un point", "suite du texte,", "encore"] * 20_000)
    assert len(split_sentences(lines, "fr")) == 20_000, "wrapped lines run on"
    spaces = " " * 200_000 + "Fin."
    assert split_sentences(spaces, "fr") == [(200_000, 200_004)]
