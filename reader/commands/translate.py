"""`lisible translate PATH`: print the article translated, offline."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reader.commands.clean import add_source_argument

HELP = "print the article translated (French↔English, offline)"
DESCRIPTION = (
    "Translate an article between French and English with an installed translation "
    "model (see `lisible models`); nothing leaves this machine. The direction follows "
    "the article's language unless --to is given."
)

#: Formats of the translated article; json adds the sentence pairs.
TRANSLATE_FORMATS = ("text", "markdown", "json")

#: How long to wait for the package index when telling the size of a missing model.
INDEX_LOOKUP_SECONDS = 5.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's arguments."""
    add_source_argument(parser)
    parser.add_argument("--to", choices=("en", "fr"), help="target language (default: the other)")
    parser.add_argument(
        "-f",
        "--format",
        choices=TRANSLATE_FORMATS,
        default="text",
        help="output format (default: text); json adds the pairs of source and target sentences",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="translate again even if a translation is cached"
    )
    parser.add_argument(
        "--quality",
        choices=("fast", "best"),
        default="fast",
        help="fast: greedy decoding (default); best: beam search, about 3 times slower",
    )
    parser.add_argument(
        "--no-check",
        action="store_true",
        help="do not check each sentence's figures and names against the source",
    )
    parser.add_argument(
        "--no-repair",
        action="store_true",
        help="report sentences whose figures or names came out wrong, but do not repair them",
    )


def run(args: argparse.Namespace) -> int:
    """Translate the article and print it in the chosen format."""
    from reader.cli import write
    from reader.commands.clean import load_article
    from reader.formats import render
    from reader.translation import ModelMissing, TranslationSettings, translate_article
    from reader.translation.packages import download_size

    article = load_article(args.path)
    progress = _progress if sys.stderr.isatty() else None
    settings = TranslationSettings(args.quality, not args.no_check, not args.no_repair)
    try:
        translation = translate_article(
            article,
            args.to,
            on_progress=progress,
            use_cache=not args.no_cache,
            settings=settings,
        )
    except ModelMissing as missing:
        size = download_size(missing.from_code, missing.to_code, timeout=INDEX_LOOKUP_SECONDS)
        raise ModelMissing(missing.from_code, missing.to_code, size) from None
    finally:
        if progress:
            sys.stderr.write("\r\033[K")
    if args.format == "json":
        write(_json(translation))
    else:
        write(render(translation.article, args.format))
        if settings.check:
            sys.stderr.write(check_summary(translation) + "\n")
    return 0


def check_summary(translation: Any) -> str:
    """Return one line saying how many sentences were checked, repaired, still wrong."""
    checked = sum(1 for pair in translation.pairs if pair.check is not None)
    repaired, mismatched = translation.count_checks()
    return (
        f"checked {checked} sentences: {checked - repaired - mismatched} ok, "
        f"{repaired} repaired, {mismatched} with a figure or name that differs from the source"
    )


def _progress(partial: object, done: int, total: int) -> None:
    sys.stderr.write(f"\rtranslating: {done}/{total} blocks")
    sys.stderr.flush()


def _json(translation: Any) -> str:
    import json

    from reader.formats import article_dict

    source, target = translation.source, translation.article
    data = article_dict(target)
    data["source_language"] = source.language
    data["model"] = translation.model
    data["source_text"] = source.text
    data["pairs"] = [
        {
            "block": pair.block_index,
            "source_start": pair.source[0],
            "source_end": pair.source[1],
            "target_start": pair.target[0],
            "target_end": pair.target[1],
            "source": source.text[pair.source[0] : pair.source[1]],
            "target": target.text[pair.target[0] : pair.target[1]],
            "checks": pair.check.to_dict() if pair.check else None,
        }
        for pair in translation.pairs
    ]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
