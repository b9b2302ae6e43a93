"""Lisible's Qt application, built on the `reader` core."""
