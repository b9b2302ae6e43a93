"""Every folder and packaged file Lisible uses, from one place.

`LISIBLE_HOME`, when set, puts data, cache and models under that one folder;
tests set it so that nothing touches the user's own folders.
"""

from __future__ import annotations

import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

APP_NAME = "lisible"
HOME_ENV = "LISIBLE_HOME"

#: The bundled article `lisible --sample` and the README's first command open.
SAMPLE_NAME = "le-jardin-partage.html"


def _xdg(env: str, fallback: str) -> Path:
    value = os.environ.get(env)
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / fallback


def _folder(kind: str, xdg_env: str, xdg_fallback: str) -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / kind
    return _xdg(xdg_env, xdg_fallback) / APP_NAME


def data_dir() -> Path:
    """Return the folder for the library and other user data."""
    return _folder("data", "XDG_DATA_HOME", ".local/share")


def cache_dir() -> Path:
    """Return the folder for caches that can be deleted at any time."""
    return _folder("cache", "XDG_CACHE_HOME", ".cache")


def models_dir() -> Path:
    """Return the folder where translation models are installed."""
    return data_dir() / "models"


def config_dir() -> Path:
    """Return the folder for settings files."""
    return _folder("config", "XDG_CONFIG_HOME", ".config")


def log_file() -> Path:
    """Return the file the app logs warnings and errors to."""
    return data_dir() / "lisible.log"


def library_path() -> Path:
    """Return the SQLite database of the library of articles."""
    return data_dir() / "library.sqlite3"


def resource(*parts: str) -> Traversable:
    """Return a packaged resource (works from a clone and an installed wheel)."""
    node = resources.files("lisible_resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def sample_article() -> Path:
    """Return the path of the bundled sample article."""
    with resources.as_file(resource("samples", SAMPLE_NAME)) as path:
        return Path(path)
