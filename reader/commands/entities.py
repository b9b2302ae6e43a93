"""`lisible entities PATH`: list the people, organisations, places and figures of an article."""

from __future__ import annotations

import argparse

from reader.commands.clean import add_source_and_format
from reader.entities.model import GROUP_ORDER, EntityResult

HELP = "list the people, organisations, places and figures an article mentions"
DESCRIPTION = (
    "Find the named entities and figures of an HTML, text or Markdown article, a web page "
    "or standard input (-), as `clean` reads them. "
    "Offsets in the JSON and CSV refer to the text that `clean --format json` prints."
)
FORMATS = ("text", "json", "csv")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's arguments."""
    add_source_and_format(
        parser,
        FORMATS,
        "(default: text, grouped); json and csv give every mention's offsets",
    )
    parser.add_argument(
        "--language",
        choices=("fr", "en"),
        help="the article's language, when detection gets it wrong",
    )


def run(args: argparse.Namespace) -> int:
    """Print the article's entities in the chosen format."""
    # The same sources as `clean`, read the same way, so the offsets match its JSON.
    from reader.cli import write
    from reader.commands.clean import load_article
    from reader.entities import extract_entities, to_csv, to_json
    from reader.entities.model import EntitiesUnavailable

    article = load_article(args.path)
    language = args.language or article.language
    if language is None:
        raise EntitiesUnavailable("The article's language could not be detected; pass --language.")
    blocks = [(block.start, block.end) for block in article.blocks]
    result = extract_entities(article.text, language, blocks)
    if args.format == "json":
        write(to_json(result))
    elif args.format == "csv":
        write(to_csv(result))
    else:
        write(as_text(result))
    return 0


def as_text(result: EntityResult) -> str:
    """Return the entities grouped as in the side panel, most mentioned first."""
    lines = []
    for group in GROUP_ORDER:
        members = [entity for entity in result.entities if entity.group == group]
        if not members:
            continue
        lines.append(f"{group} ({len(members)})")
        members.sort(key=lambda entity: (-entity.count, entity.first))
        for entity in members:
            lines.append(f"  {entity.count:>3}  {entity.text}  [{entity.label}]")
        lines.append("")
    return "\n".join(lines) if lines else "No entities found.\n"
