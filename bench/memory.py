"""Peak memory of the core with every model loaded: both spaCy pipelines and a translator.

Loads, in one process and in this order, the French and English spaCy pipelines
(as the Entities panel does) and a full-size random-weight translation model of
Argos's fr_en architecture (as Translate does), then translates and extracts
once, printing the peak resident memory after each step next to the bare
interpreter's.

    .venv/bin/python bench/memory.py
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_mb() -> float:
    """Return this process's peak resident memory so far (ru_maxrss is in kB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["LISIBLE_HOME"] = home
        # Built in another process: making the weights takes far more memory
        # than loading them, and the peak of this process must be the app's.
        package = Path(home) / "translate-fr_en.argosmodel"
        subprocess.run(
            [sys.executable, "-m", "scripts.argos_model", str(package)], cwd=ROOT, check=True
        )
        rows = [("Python with the core imported", 0.0)]
        import reader.pipeline  # noqa: F401 - the core, as the CLI loads it

        rows[0] = (rows[0][0], peak_mb())
        from reader.entities import extract_entities, preload

        preload("fr")
        rows.append(("+ French spaCy pipeline", peak_mb()))
        preload("en")
        rows.append(("+ English spaCy pipeline", peak_mb()))

        from reader.translation import install_package, translate_text
        from reader.translation import preload as load_translator

        install_package(package)
        load_translator("fr", "en")
        rows.append(("+ fr→en translation model (full size)", peak_mb()))
        text = "Le marché couvert rouvre après deux ans de travaux et 4,5 millions d'euros. " * 20
        translate_text(text, "fr", "en")
        extract_entities(text, "fr")
        rows.append(("after translating and extracting once", peak_mb()))
    print(f"{'step':44} peak RSS")
    for name, megabytes in rows:
        print(f"{name:44} {megabytes:6.0f} MB")


if __name__ == "__main__":
    main()
