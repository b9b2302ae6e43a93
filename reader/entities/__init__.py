"""People, organisations, places and figures an article mentions, as spans over its text.

Qt-free. spaCy is imported lazily, inside `reader.entities.ner`, the first time
a language's pipeline is needed; figures come from our own recogniser and need
no model at all.

Each name below is imported from its module the first time it is asked for:
the window reads `GROUPS` on its UI thread when the panel first opens, and the
recognisers' modules take 150 ms to import (their patterns compile), which
belongs on a worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.lazy_names import lazy_names

if TYPE_CHECKING:
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

#: Where each public name lives.
_HOMES = {
    "to_csv": "export",
    "to_json": "export",
    "extract_entities": "extraction",
    "find_figures": "figures",
    "GROUP_ORDER": "model",
    "GROUPS": "model",
    "LABELS": "model",
    "EntitiesUnavailable": "model",
    "Entity": "model",
    "EntityResult": "model",
    "ExtractionCancelled": "model",
    "LANGUAGES": "ner",
    "is_loaded": "ner",
    "preload": "ner",
}

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

__getattr__ = lazy_names(globals(), _HOMES)
