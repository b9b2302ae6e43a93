"""The headless commands: `lisible clean …` and `python -m reader clean …`."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from reader import __version__
from reader.errors import LisibleError
from reader.formats import FORMATS

COMMANDS = frozenset({"clean"})

#: Exit status when the input cannot be shown (bad file); 2 is argparse's usage error.
EXIT_BAD_INPUT = 1


def build_parser(prog: str = "lisible") -> argparse.ArgumentParser:
    """Return the parser of the headless subcommands."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Lisible's headless commands: clean articles without the window.",
    )
    parser.add_argument("--version", action="version", version=f"lisible {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    clean = commands.add_parser(
        "clean",
        help="print the cleaned article",
        description="Extract the article from an HTML, text or Markdown file and print it.",
    )
    clean.add_argument("path", metavar="PATH", help="an .html, .htm, .txt or .md file")
    clean.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="text",
        help="output format (default: text); json gives the text and its block offsets",
    )
    return parser


def main(argv: Sequence[str] | None = None, prog: str = "lisible") -> int:
    """Run one subcommand and return the process exit status."""
    args = build_parser(prog).parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return _clean(args)
    except LisibleError as error:
        print(f"{prog}: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def _clean(args: argparse.Namespace) -> int:
    from reader.formats import render
    from reader.pipeline import article_from_path

    article = article_from_path(args.path)
    _write(render(article, args.format))
    return 0


def _write(text: str) -> None:
    # Pipes and terminals that cannot encode a character still get the article.
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()
