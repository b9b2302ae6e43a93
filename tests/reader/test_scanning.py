from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import scanning
from reader.entities.figures import _FIGURES, _NOT_FIGURES
from reader.entities.names import _ACRONYM, _PERSON

WORDS = [
    "12", "000", "3,5", "km", "%", "millions", "d'euros", "$4.5", "billion", "mars",
    "2025", "le", "Boeing", "737", "https://a.fr/3", "M.", "Jean", "Dupont", "PDG",
    "de", "OCDE", "Inc.", "\n\n", "\u00a0", "a.b@c.fr", "v2.3", "14h30",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=300), st.sampled_from([1, 7, 40]))
def test_windows_find_what_one_scan_finds(words: list[str], window: int) -> None:
    text = " ".join(words)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(scanning, "WINDOW", window)
        for pattern in (_FIGURES, _NOT_FIGURES, _PERSON, _ACRONYM):
            found = [(m.span(), m.lastgroup) for m in scanning.finditer(pattern, text)]
            assert found == [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_lookbehinds_see_before_a_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scanning, "WINDOW", 4)
    text = "x1 y2 " * 200
    pattern = re.compile(r"(?<=y)\d")
    assert [m.start() for m in scanning.finditer(pattern, text)] == [
        m.start() for m in pattern.finditer(text)
    ]
