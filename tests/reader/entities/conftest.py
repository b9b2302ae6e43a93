"""The spaCy pipelines are loaded once for all the entities tests (seconds each)."""

from __future__ import annotations

import pytest

from reader.entities import preload


@pytest.fixture(scope="session")
def french() -> str:
    """Load the French pipeline once; return its language code."""
    preload("fr")
    return "fr"


@pytest.fixture(scope="session")
def english() -> str:
    """Load the English pipeline once; return its language code."""
    preload("en")
    return "en"
