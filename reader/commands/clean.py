"""`lisible clean PATH`: print the cleaned article."""

from __future__ import annotations

import argparse

from reader.formats import FORMATS

HELP = "print the cleaned article"
DESCRIPTION = "Extract the article from an HTML, text or Markdown file and print it."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's arguments."""
    parser.add_argument("path", metavar="PATH", help="an .html, .htm, .txt or .md file")
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="text",
        help="output format (default: text); json gives the text and its block offsets",
    )


def run(args: argparse.Namespace) -> int:
    """Print the article in the chosen format."""
    from reader.cli import write
    from reader.formats import render
    from reader.pipeline import article_from_path

    article = article_from_path(args.path)
    write(render(article, args.format))
    return 0
