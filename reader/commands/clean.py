"""`lisible clean PATH|URL|-`: print the cleaned article of a file, a web page or stdin."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from reader.formats import FORMATS

if TYPE_CHECKING:
    from reader.article import Article

HELP = "print the cleaned article"
DESCRIPTION = (
    "Extract the article from an HTML, text or Markdown file, a web page (http or https URL) "
    "or standard input (-), and print it."
)

#: Default of --timeout; the same minute the window gives a page.
DEFAULT_TIMEOUT = 60.0


def add_source_argument(parser: argparse.ArgumentParser) -> None:
    """Add the PATH|URL argument of every command that reads an article, as `clean` does."""
    parser.add_argument(
        "path",
        metavar="PATH|URL",
        help="an .html, .htm, .txt or .md file, an http(s) URL, or - for standard input",
    )


def add_source_and_format(
    parser: argparse.ArgumentParser, formats: tuple[str, ...], formats_help: str
) -> None:
    """Add PATH|URL and -f/--format (`formats`, text by default), as every reading command has."""
    add_source_argument(parser)
    parser.add_argument(
        "-f", "--format", choices=formats, default="text", help=f"output format {formats_help}"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's arguments."""
    add_source_and_format(
        parser, FORMATS, "(default: text); json gives the text and its block offsets"
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on a URL after this long (default: {DEFAULT_TIMEOUT:g})",
    )


def run(args: argparse.Namespace) -> int:
    """Print the article in the chosen format."""
    from reader.cli import write
    from reader.formats import render

    write(render(load_article(args.path, args.timeout), args.format))
    return 0


def load_article(path: str, timeout: float = DEFAULT_TIMEOUT) -> Article:
    """Return the cleaned article of a path, an http(s) or file URL, or - (standard input).

    Every command that takes an article reads it this way, so their offsets agree.
    """
    from reader import pipeline
    from reader.loading import path_of_file_url

    if path == "-":
        return pipeline.article_from_bytes(_read_stdin(), "stdin")
    if path.lower().startswith("file://"):
        return pipeline.article_from_path(path_of_file_url(path))
    if "://" in path:
        # Any other scheme goes to the fetcher, which names the ones it refuses.
        return pipeline.article_from_url(path, deadline=timeout)
    return pipeline.article_from_path(path)


def _read_stdin() -> bytes:
    import sys

    from reader.errors import InputTooLarge, LoadError
    from reader.loading import MAX_BYTES

    if sys.stdin is None:
        raise LoadError("Standard input is closed: there is nothing to read.")
    try:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    except (OSError, ValueError) as error:
        raise LoadError(f"Standard input cannot be read: {error}.") from None
    if len(data) > MAX_BYTES:
        megabytes = MAX_BYTES // (1024 * 1024)
        raise InputTooLarge(f"Standard input is over {megabytes} MB, the most Lisible opens.")
    return data


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value <= 3600:
        raise argparse.ArgumentTypeError("give between 0 and 3600 seconds")
    return value
