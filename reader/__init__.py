"""Lisible's core: load, clean and analyse articles. Never imports Qt."""

__version__ = "0.1.0"
