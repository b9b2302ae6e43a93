"""Entities as JSON or CSV, for the CLI and the panel's Export."""

from __future__ import annotations

import csv
import io
import json

from reader.entities.model import FIGURE_LABELS, Entity, EntityResult
from reader.entities.values import figure_value

#: The CSV header; `mentions` holds `start-end` spans separated by spaces.
CSV_FIELDS = ("text", "label", "count", "first", "mentions")


def to_json(result: EntityResult) -> str:
    """Return the result as JSON: language, then entities with their mention spans.

    A figure also has its `value` (see `reader.entities.values`), null when it
    cannot be read. One entity per line, so that the file reads and diffs well.
    """
    entities = [
        json.dumps(_entity_dict(entity, result.language), ensure_ascii=False)
        for entity in result.entities
    ]
    body = ",\n".join(f"    {entity}" for entity in entities)
    language = json.dumps(result.language)
    if not entities:
        return f'{{\n  "language": {language},\n  "entities": []\n}}\n'
    return f'{{\n  "language": {language},\n  "entities": [\n{body}\n  ]\n}}\n'


def _entity_dict(entity: Entity, language: str) -> dict[str, object]:
    data: dict[str, object] = {
        "text": entity.text,
        "label": entity.label,
        "count": entity.count,
        "mentions": [[start, end] for start, end in entity.mentions],
    }
    if entity.label in FIGURE_LABELS:
        value = figure_value(entity.text, entity.label, language)
        data["value"] = value.to_dict() if value is not None else None
    return data


def to_csv(result: EntityResult) -> str:
    """Return the result as CSV, one row per entity (`text,label,count,first,mentions`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    for entity in result.entities:
        spans = " ".join(f"{start}-{end}" for start, end in entity.mentions)
        writer.writerow([entity.text, entity.label, entity.count, entity.first, spans])
    return buffer.getvalue()
