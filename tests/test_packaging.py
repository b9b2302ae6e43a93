"""Every package of the tree ships: a folder left out of pyproject's list works in
the editable install and breaks in a wheel."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_python_package_is_listed_in_pyproject() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("reader", "ui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert found - listed == set()


def test_every_resource_file_ships() -> None:
    """A resource folder or file type missing from pyproject is absent from the wheel."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    patterns = setuptools["package-data"]
    resources = ROOT / "resources"
    missing = []
    for path in resources.rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".py":
            continue
        package = ".".join(("lisible_resources", *path.parent.relative_to(resources).parts))
        if package not in listed or not any(
            fnmatch.fnmatch(path.name, pattern) for pattern in patterns.get(package, ())
        ):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []
