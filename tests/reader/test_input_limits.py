"""Giant words are cut a stretch of text at a time, as one pass over the whole text cut them."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import input_limits
from reader.input_limits import GIANT_WORD_CHARS, GIANT_WORD_KEPT, without_giant_words


def cut_in_one_pass(text: str) -> str:
    """What `without_giant_words` gives: every giant run cut, in a single regex pass."""
    pattern = re.compile(rf"(?<![^\s<>\"'])[^\s<>\"']{{{GIANT_WORD_CHARS},}}")
    return pattern.sub(lambda m: m.group()[:GIANT_WORD_KEPT] + "…", text)


PIECES = ["word ", "<p>", '"', "\n", "x" * 3000, "y" * 9_999, "z" * 10_000, "é" * 25_000]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from([1_000, 7_777, 65_536]))
def test_stretch_by_stretch_cuts_what_one_pass_cuts(pieces: list[str], stretch: int) -> None:
    text = "".join(pieces)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(input_limits, "SCAN_CHARS", stretch)
        assert without_giant_words(text) == cut_in_one_pass(text)


class Recorder:
    """A pattern that records how much text each of its calls may scan."""

    def __init__(self, pattern: re.Pattern[str], spans: list[int]) -> None:
        self.pattern = pattern
        self.spans = spans

    def search(self, text: str, pos: int, endpos: int) -> Any:
        self.spans.append(endpos - pos)
        return self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int) -> Any:
        self.spans.append(1)
        return self.pattern.match(text, pos, pos + 1)


def test_no_regex_call_scans_a_long_text_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    # One call holds the interpreter from start to end: over a 10 MB line it froze
    # the window 0.3 s while a worker thread opened the file.
    spans: list[int] = []
    for name in ("_GIANT_WORD", "_RUN_END"):
        monkeypatch.setattr(input_limits, name, Recorder(getattr(input_limits, name), spans))
    text = "A line goes on. " * 200_000 + "k" * 500_000 + " the end"
    cut = without_giant_words(text)
    assert cut == cut_in_one_pass(text)
    assert cut.endswith("k" * GIANT_WORD_KEPT + "… the end")
    assert max(spans) <= input_limits.SCAN_CHARS + GIANT_WORD_CHARS
