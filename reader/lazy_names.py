"""A package's public names, each imported from its module the first time it is asked for.

    _HOMES = {"translate_text": "engine", "ModelMissing": "errors"}
    __getattr__ = lazy_names(globals(), _HOMES)

The package imports at once; the module behind a name loads on its first use
(a worker's, when the name is heavy to import), then the name is the module's
own attribute.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(namespace: dict[str, Any], homes: Mapping[str, str]) -> Callable[[str], Any]:
    """Return a module `__getattr__` for the package whose globals are `namespace`.

    `homes` maps each public name to the submodule it lives in.
    """
    package = namespace["__name__"]

    def __getattr__(name: str) -> Any:  # noqa: N807 - the name Python looks up
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        namespace[name] = value
        return value

    return __getattr__
