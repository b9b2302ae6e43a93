"""People, organisations, places and figures an article mentions, as spans over its text.

Qt-free. spaCy is imported lazily, inside `reader.entities.ner`, the first time
a language's pipeline is needed; figures come from our own recogniser and need
no model at all.
"""

from __future__ import annotations

from reader.entities.export import to_csv, to_json
from reader.entities.extraction import extract_entities
from reader.entities.figures import find_figures
from reader.entities.model import (
    GROUP_ORDER,
    GROUPS,
    LABELS,
    EntitiesUnavailable,
    Entity,
    EntityResult,
    ExtractionCancelled,
)
from reader.entities.ner import LANGUAGES, is_loaded, preload

__all__ = [
    "GROUPS",
    "GROUP_ORDER",
    "LABELS",
    "LANGUAGES",
    "EntitiesUnavailable",
    "Entity",
    "EntityResult",
    "ExtractionCancelled",
    "extract_entities",
    "find_figures",
    "is_loaded",
    "preload",
    "to_csv",
    "to_json",
]
