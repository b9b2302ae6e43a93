"""The headless commands: `lisible COMMAND …` and `python -m reader COMMAND …`."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from types import ModuleType

from reader import __version__
from reader.errors import LisibleError

#: Each headless command and the module in `reader.commands` that defines it.
COMMANDS: dict[str, str] = {
    "clean": "reader.commands.clean",
    "entities": "reader.commands.entities",
    "library": "reader.commands.library",
    "translate": "reader.commands.translate",
    "models": "reader.commands.models",
}

#: Exit status when the input cannot be shown (bad file); 2 is argparse's usage error.
EXIT_BAD_INPUT = 1


def build_parser(prog: str = "lisible") -> argparse.ArgumentParser:
    """Return the parser of the headless subcommands."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Lisible's headless commands: work on articles without the window.",
    )
    parser.add_argument("--version", action="version", version=f"lisible {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, module in _command_modules().items():
        sub = commands.add_parser(name, help=module.HELP, description=module.DESCRIPTION)
        module.add_arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None, prog: str = "lisible") -> int:
    """Run one subcommand and return the process exit status."""
    args = build_parser(prog).parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        status: int = _command_modules()[args.command].run(args)
    except LisibleError as error:
        print(f"{prog}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    return status


def write(text: str) -> None:
    """Print a command's output, even to a pipe that cannot encode every character."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def _command_modules() -> dict[str, ModuleType]:
    return {name: importlib.import_module(path) for name, path in COMMANDS.items()}
