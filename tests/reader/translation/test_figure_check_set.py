"""The translation check against the hand-written set of tests/data/figure_check/:
precision and recall of "mismatch" above the floors pinned in floors.json, each half."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from reader.translation.check import check_pair

DATA = Path(__file__).resolve().parents[2] / "data" / "figure_check"


def rows() -> list[dict[str, str | None]]:
    lines = (DATA / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_the_set_is_as_the_issue_asks() -> None:
    data = rows()
    errors = {row["error"] for row in data} - {None}
    assert len(data) >= 150
    assert errors == {"scale", "decimal", "dropped", "date", "name", "number_format"}
    assert len([r for r in data if r["error"]]) >= len(data) / 3 - 1
    assert {row["split"] for row in data} == {"tune", "heldout"}
    assert {(row["from"], row["to"]) for row in data} == {("fr", "en"), ("en", "fr")}


def test_the_split_is_the_fixed_rule_of_the_file() -> None:
    # Held-out when the SHA-256 of source + target is odd, fixed before the check ran
    # on the pair; ids 159-260, 406-795, 985-1205 and 1306 on (the tune-only batches) are
    # tune pairs only. Held-out batch 4 (ids 1206-1305) follows the hash rule.
    for row in rows():
        digest = hashlib.sha256(f"{row['source']}{row['target']}".encode()).hexdigest()
        number = int(str(row["id"]))
        if 159 <= number <= 260 or 406 <= number <= 795 or 985 <= number <= 1205 or number > 1305:
            assert row["split"] == "tune", row["id"]
        else:
            assert row["split"] == ("heldout" if int(digest, 16) % 2 else "tune"), row["id"]


@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_precision_and_recall_stay_above_their_floors(split: str) -> None:
    floors = json.loads((DATA / "floors.json").read_text(encoding="utf-8"))[split]
    tp = fp = fn = 0
    for row in rows():
        if row["split"] != split:
            continue
        flagged = bool(
            check_pair(str(row["source"]), str(row["target"]), str(row["from"]), str(row["to"]))
        )
        wrong = row["error"] is not None
        tp += flagged and wrong
        fp += flagged and not wrong
        fn += wrong and not flagged
    assert tp / (tp + fp) >= floors["precision"]
    assert tp / (tp + fn) >= floors["recall"]
