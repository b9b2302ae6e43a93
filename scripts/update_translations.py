"""Bring the interface's catalogues up to date with the source, and compile them.

Run from the repository root after adding or changing a `translate()` string::

    .venv/bin/python -m scripts.update_translations

For each `resources/i18n/lisible_LANG.ts` it runs Qt's lupdate over `ui/`
(new strings come in as unfinished, strings gone from the source go), then
lrelease into `lisible_LANG.qm`, the catalogue the app loads. Translate the
unfinished entries (in Qt Linguist, `pyside6-linguist`, or by hand) and run it
again. `tests/ui/test_i18n.py` fails while a string is untranslated or a `.qm`
is older than its `.ts`.

Both tools ship in the PySide6-Essentials wheel, next to the PySide6 package.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "ui"
#: The core: its error messages are `Phrase` templates, translated in the window.
CORE = ROOT / "reader"
#: Must equal `ui.i18n.CORE_CONTEXT` (this script does not import the app).
CORE_CONTEXT = "Errors"
CATALOGUES = ROOT / "resources" / "i18n"
#: No line numbers (they would change the file at every edit of the source) and
#: messages in a fixed order, so that a catalogue's diff shows only real changes.
LUPDATE_OPTIONS = ("-extensions", "py", "-locations", "none", "-no-obsolete", "-sort-messages")
#: lupdate reads a `#:` comment as a note for translators, and so takes the
#: attribute docs of this code base for notes on the string that follows.
_NOTES = re.compile(r"\n\s*<extracomment>.*?</extracomment>", re.DOTALL)


def tool(name: str) -> Path:
    """Return the path of one of Qt's tools shipped with PySide6 (lupdate, lrelease)."""
    import PySide6

    path = Path(PySide6.__file__).parent / name
    if not path.is_file():
        raise FileNotFoundError(f"{name} is not in {path.parent}: reinstall PySide6-Essentials")
    return path


def core_templates(core: Path = CORE) -> list[str]:
    """Return the message templates written as literals in the core, sorted.

    A template is the first argument of `Phrase(...)` or of a call to a
    `LisibleError` subclass (found by the class definitions in `core`), when it
    is a plain string: an f-string is a finished English sentence, not a template.
    """
    trees = [ast.parse(path.read_text("utf-8")) for path in sorted(core.rglob("*.py"))]
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {_name(base) for base in node.bases}
    makers = {"Phrase", "LisibleError"}
    while grown := {name for name, parents in bases.items() if parents & makers} - makers:
        makers |= grown
    found: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in makers and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
    return sorted(text for text in found if text.strip())


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


def update(ts: Path, sources: Path = SOURCES, core: Path = CORE) -> None:
    """Merge the strings of `sources` and the core's templates into the catalogue `ts`."""
    with tempfile.TemporaryDirectory() as folder:
        # lupdate reads Python, not the core's own calls: hand it the templates
        # as the QT_TRANSLATE_NOOP marks it knows.
        marks = Path(folder) / "core_messages.py"
        marks.write_text(
            "".join(
                f"QT_TRANSLATE_NOOP({json.dumps(CORE_CONTEXT)}, "
                f"{json.dumps(text, ensure_ascii=False)})\n"
                for text in core_templates(core)
            ),
            "utf-8",
        )
        subprocess.run(
            [
                str(tool("lupdate")),
                *LUPDATE_OPTIONS,
                "-silent",
                str(sources),
                str(marks),
                "-ts",
                str(ts),
            ],
            check=True,
        )
    ts.write_text(_NOTES.sub("", ts.read_text("utf-8")), "utf-8")


def release(ts: Path, qm: Path) -> None:
    """Compile the catalogue `ts` into `qm`."""
    subprocess.run(
        [str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
        check=True,
    )


def main() -> int:
    """Update and compile every catalogue; print how many strings wait for a translation."""
    for ts in sorted(CATALOGUES.glob("lisible_*.ts")):
        update(ts)
        release(ts, ts.with_suffix(".qm"))
        waiting = ts.read_text("utf-8").count('type="unfinished"')
        print(f"{ts.relative_to(ROOT)}: {waiting} string(s) to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
