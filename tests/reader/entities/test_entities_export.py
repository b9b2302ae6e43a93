"""JSON and CSV exports: the shapes the CLI and the panel's Export write."""

from __future__ import annotations

import csv
import io
import json

from reader.entities import Entity, EntityResult, to_csv, to_json

RESULT = EntityResult(
    "fr",
    (
        Entity("Elon Musk", "PERSON", ((0, 9), (40, 44))),
        Entity("97,4 milliards de dollars", "MONEY", ((12, 37),)),
        Entity("Société « Générale », SA", "ORG", ((50, 74),)),
    ),
)


def test_json_shape() -> None:
    data = json.loads(to_json(RESULT))
    assert data == {
        "language": "fr",
        "entities": [
            {"text": "Elon Musk", "label": "PERSON", "count": 2, "mentions": [[0, 9], [40, 44]]},
            {
                "text": "97,4 milliards de dollars",
                "label": "MONEY",
                "count": 1,
                "mentions": [[12, 37]],
                "value": {"kind": "amount", "number": 97400000000, "currency": "USD", "form": "fr"},
            },
            {
                "text": "Société « Générale », SA",
                "label": "ORG",
                "count": 1,
                "mentions": [[50, 74]],
            },
        ],
    }


def test_csv_shape_survives_commas_and_quotes() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(RESULT))))
    assert rows == [
        ["text", "label", "count", "first", "mentions"],
        ["Elon Musk", "PERSON", "2", "0", "0-9 40-44"],
        ["97,4 milliards de dollars", "MONEY", "1", "12", "12-37"],
        ["Société « Générale », SA", "ORG", "1", "50", "50-74"],
    ]


def test_empty_result() -> None:
    empty = EntityResult("en", ())
    assert json.loads(to_json(empty)) == {"language": "en", "entities": []}
    assert to_csv(empty) == "text,label,count,first,mentions\n"
