"""`lisible library list|search|show|add|remove`: the library of articles from the shell."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.article import Article
    from reader.library import Library, LibraryEntry

HELP = "list, search, show, add or remove the articles kept in the library"
DESCRIPTION = (
    "Work with the library: every article opened in the window is kept there, "
    "with its reading position. Search ignores case and accents."
)

SORTS = ("added", "opened", "title", "site", "language")
#: Search results printed by default: a screenful.
DEFAULT_LIMIT = 20


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's actions and their arguments."""
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="list the articles, last added first")
    listing.add_argument(
        "--sort", choices=SORTS, default="added", help="sort by this (default: added)"
    )
    listing.add_argument("--ascending", action="store_true", help="oldest / A first")
    _format_option(listing, ("text", "json"))

    search = actions.add_parser("search", help="find articles by words of their title or text")
    search.add_argument("query", metavar="QUERY", help='words to find; "quotes" for a phrase')
    search.add_argument(
        "--limit", type=_positive, default=DEFAULT_LIMIT, help=f"at most (default {DEFAULT_LIMIT})"
    )
    _format_option(search, ("text", "json"))

    from reader.formats import FORMATS

    show = actions.add_parser("show", help="print a kept article (even if its source is gone)")
    show.add_argument("id", type=_positive, metavar="ID", help="the article's number")
    _format_option(show, FORMATS)

    add = actions.add_parser("add", help="clean an article file or web page and keep it")
    add.add_argument("source", metavar="PATH|URL", help="an .html, .txt or .md file, or a URL")
    _format_option(add, ("text", "json"))

    remove = actions.add_parser("remove", help="forget an article")
    remove.add_argument("id", type=_positive, metavar="ID", help="the article's number")
    _format_option(remove, ("text", "json"))


def run(args: argparse.Namespace) -> int:
    """Do the chosen action on the library."""
    from reader.cli import warn
    from reader.library import Library

    with Library.open() as library:
        if library.recovered_from is not None:
            warn(
                "lisible: the library was damaged; it was moved to"
                f" {library.recovered_from} and a new one started."
            )
        handler = {
            "list": _list,
            "search": _search,
            "show": _show,
            "add": _add,
            "remove": _remove,
        }[args.action]
        handler(library, args)
    return 0


def _list(library: Library, args: argparse.Namespace) -> None:
    entries = library.entries(sort=args.sort, descending=not args.ascending)
    _print_entries(entries, args.format, empty="The library is empty.")


def _search(library: Library, args: argparse.Namespace) -> None:
    entries = library.search(args.query, limit=args.limit)
    _print_entries(entries, args.format, empty=f"No article matches {args.query!r}.")


def _show(library: Library, args: argparse.Namespace) -> None:
    from reader.cli import write
    from reader.formats import article_dict, render

    article = library.get(args.id)
    if args.format == "json":
        data = {"library": _entry_dict(library.entry(args.id)), **article_dict(article)}
        write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        write(render(article, args.format))


def _add(library: Library, args: argparse.Namespace) -> None:
    from reader.cli import write

    article_id = library.add(_article(args.source))
    entry = library.entry(article_id)
    if args.format == "json":
        write(json.dumps(_entry_dict(entry), ensure_ascii=False, indent=2) + "\n")
    else:
        write(f"Kept as article {article_id}: {entry.title}\n")


def _remove(library: Library, args: argparse.Namespace) -> None:
    from reader.cli import write

    entry = library.entry(args.id)
    library.remove(args.id)
    if args.format == "json":
        write(json.dumps({"removed": _entry_dict(entry)}, ensure_ascii=False, indent=2) + "\n")
    else:
        write(f"Removed article {args.id}: {entry.title}\n")


def _article(source: str) -> Article:
    import os

    from reader import pipeline
    from reader.loading import path_of_file_url

    if source.lower().startswith("file://"):
        source = path_of_file_url(source)
    elif "://" in source:
        # The fetcher names the schemes it refuses.
        return pipeline.article_from_url(source)
    # Kept by its full path, as the window keeps it: the same file is one entry.
    return pipeline.article_from_path(os.path.abspath(source))


def _print_entries(entries: list[LibraryEntry], fmt: str, empty: str) -> None:
    from reader.cli import warn, write

    if fmt == "json":
        write(json.dumps([_entry_dict(e) for e in entries], ensure_ascii=False, indent=2) + "\n")
        return
    if not entries:
        warn(empty)
        return
    width = len(str(max(e.id for e in entries)))
    lines = []
    for entry in entries:
        where = f" · {entry.site}" if entry.site else ""
        language = entry.language or "--"
        added = entry.added.astimezone().strftime("%Y-%m-%d")
        lines.append(f"{entry.id:>{width}}  {added}  {language:<2}  {entry.title}{where}")
        if entry.snippet:
            lines.append(" " * (width + 2) + _marked(entry))
    write("\n".join(lines) + "\n")


def _marked(entry: LibraryEntry) -> str:
    # Matches between asterisks, as a terminal cannot be counted on for bold.
    text = entry.snippet
    for start, end in reversed(entry.matches):
        text = f"{text[:start]}*{text[start:end]}*{text[end:]}"
    return text


def _entry_dict(entry: LibraryEntry) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": entry.id,
        "title": entry.title,
        "source": entry.source,
        "byline": entry.byline,
        "site": entry.site,
        "language": entry.language,
        "words": entry.words,
        "added": entry.added.isoformat(),
        "opened": entry.opened.isoformat() if entry.opened else None,
        "position": {"offset": entry.position.offset, "fraction": entry.position.fraction},
    }
    if entry.snippet:
        data["snippet"] = entry.snippet
        data["matches"] = [list(span) for span in entry.matches]
    return data


def _format_option(parser: argparse.ArgumentParser, choices: tuple[str, ...]) -> None:
    parser.add_argument(
        "-f", "--format", choices=choices, default="text", help="output format (default: text)"
    )


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= _LARGEST:
        raise argparse.ArgumentTypeError(f"give a number from 1 to {_LARGEST}")
    return value


#: SQLite's largest integer: article numbers and limits beyond it cannot be asked for.
_LARGEST = 2**63 - 1
