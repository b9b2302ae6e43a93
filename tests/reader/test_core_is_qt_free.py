"""The core never loads Qt: importing and running it leaves PySide6 unloaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import reader


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        f"reader.{path.stem}"
        for path in Path(reader.__file__).parent.glob("*.py")
        if path.stem not in {"__init__", "__main__"}
    )
    code = (
        f"import sys\nfor m in {modules!r}: __import__(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui')))\n"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
