"""Every package of the tree ships: a folder left out of pyproject's list works in
the editable install and breaks in a wheel."""

from __future__ import annotations

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
