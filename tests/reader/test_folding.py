"""One folding for every comparison a reader makes: search, filters, sort orders, names."""

from __future__ import annotations

from reader.entities.merging import name_key
from reader.folding import fold


def test_case_accents_and_curly_apostrophes_fold_away() -> None:
    assert fold("L’École du Château") == fold("l'ecole du chateau") == "l'ecole du chateau"
    assert fold("ÉTATS-UNIS") == "etats-unis"


def test_names_are_keyed_on_the_same_folding() -> None:
    assert name_key("L’Élysée") == name_key("l'elysee")
