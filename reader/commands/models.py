"""`lisible models …`: list, install, download and remove translation models."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

from reader.byte_sizes import byte_size

if TYPE_CHECKING:
    from reader.translation import PackageInfo

HELP = "list, install, download or remove translation models"
DESCRIPTION = (
    "Manage the offline translation models (Argos Translate .argosmodel packages). "
    "`download` fetches from the Argos package index (or $LISIBLE_PACKAGE_INDEX)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the command's subcommands."""
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", help="list the installed models")
    actions.add_parser("available", help="list the models of the package index")
    install = actions.add_parser("install", help="install an .argosmodel file")
    install.add_argument("file", metavar="FILE")
    download = actions.add_parser("download", help="download and install a model")
    download.add_argument("from_code", metavar="FROM", help="source language code, e.g. fr")
    download.add_argument("to_code", metavar="TO", help="target language code, e.g. en")
    remove = actions.add_parser("remove", help="remove an installed model")
    remove.add_argument("code", metavar="CODE", help="the model's code, e.g. translate-fr_en")


def run(args: argparse.Namespace) -> int:
    """Run the chosen action."""
    from reader import translation
    from reader.cli import write
    from reader.translation.packages import find_remote

    if args.action == "list":
        packages = translation.installed_packages()
        if not packages:
            write(
                "No translation model installed. Install one with `lisible models install "
                "FILE` or `lisible models download fr en`.\n"
            )
        for package in packages:
            write(
                f"{package.code}\t{package.name}\t{package.version}\t"
                f"{byte_size(package.size_bytes)}\t{package.path}\n"
            )
    elif args.action == "available":
        for remote in translation.fetch_index():
            size = byte_size(remote.size_bytes) if remote.size_bytes else "?"
            write(f"{remote.code}\t{remote.name}\t{remote.version}\t{size}\n")
    elif args.action == "install":
        _installed(translation.install_package(args.file))
    elif args.action == "download":
        wanted = find_remote(args.from_code, args.to_code)
        if wanted is None:
            raise translation.PackageError(
                f"the package index has no {args.from_code}→{args.to_code} model"
            )
        progress = _Progress(wanted.code, sys.stderr is not None and sys.stderr.isatty())
        try:
            package = translation.download_package(wanted, progress=progress)
        finally:
            progress.finish()
        _installed(package)
    elif args.action == "remove":
        translation.remove_package(args.code)
        write(f"Removed {args.code}\n")
    return 0


def _installed(package: PackageInfo) -> None:
    from reader.cli import write

    size = byte_size(package.size_bytes)
    write(f"Installed {package.code} {package.version} ({package.name}, {size})\n")


class _Progress:
    """Show download progress on stderr, at most ten times a second.

    A terminal gets one line redrawn with carriage returns; a pipe or a log
    file gets a line when the download starts and one when it is complete.
    """

    def __init__(self, label: str, terminal: bool) -> None:
        self.label = label
        self.terminal = terminal
        self.shown = 0.0
        self.started = False

    def finish(self) -> None:
        """End the progress line."""
        if self.terminal and self.started:
            sys.stderr.write("\n")

    def __call__(self, done: int, total: int | None) -> None:
        if not self.terminal:
            if sys.stderr is not None and (not self.started or done == total):
                size = f" ({byte_size(total)})" if total else ""
                state = ": 100%" if self.started else ""
                sys.stderr.write(f"downloading {self.label}{size}{state}\n")
            self.started = True
            return
        self.started = True
        now = time.monotonic()
        if now - self.shown < 0.1 and done != total:
            return
        self.shown = now
        # Never over 100%, even if a server sends more than it announced.
        share = f" {min(100, 100 * done / total):3.0f}% of {byte_size(total)}" if total else ""
        sys.stderr.write(f"\rdownloading {self.label}: {byte_size(done)}{share}")
        sys.stderr.flush()
