"""Entities as JSON or CSV, for the CLI and the panel's Export."""

from __future__ import annotations

import csv
import io
import json

from reader.entities.model import EntityResult

#: The CSV header; `mentions` holds `start-end` spans separated by spaces.
CSV_FIELDS = ("text", "label", "count", "first", "mentions")


def to_json(result: EntityResult) -> str:
    """Return the result as JSON: language, then entities with their mention spans.

    One entity per line, so that the file reads and diffs well.
    """
    entities = [
        json.dumps(
            {
                "text": entity.text,
                "label": entity.label,
                "count": entity.count,
                "mentions": [[start, end] for start, end in entity.mentions],
            },
            ensure_ascii=False,
        )
        for entity in result.entities
    ]
    body = ",\n".join(f"    {entity}" for entity in entities)
    language = json.dumps(result.language)
    if not entities:
        return f'{{\n  "language": {language},\n  "entities": []\n}}\n'
    return f'{{\n  "language": {language},\n  "entities": [\n{body}\n  ]\n}}\n'


def to_csv(result: EntityResult) -> str:
    """Return the result as CSV, one row per entity (`text,label,count,first,mentions`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for entity in result.entities:
        spans = " ".join(f"{start}-{end}" for start, end in entity.mentions)
        writer.writerow([entity.text, entity.label, entity.count, entity.first, spans])
    return buffer.getvalue()
