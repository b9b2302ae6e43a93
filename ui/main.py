"""`lisible`: the reading window, or a headless command when one is named.

Headless commands must not pay for Qt, so this module imports only the CLI
and loads the window's modules when the window is asked for.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reader import __version__, cli


def main(argv: Sequence[str] | None = None) -> int:
    """Run a headless command, or open the reading window; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in cli.COMMANDS:
        return cli.main(args)
    parser = _gui_parser()
    options = parser.parse_args(args)
    if options.install_desktop or options.uninstall_desktop:
        if options.path or options.sample:
            parser.error("--install-desktop and --uninstall-desktop take no article")
        return _desktop_integration(install=options.install_desktop)
    if options.sample and options.path:
        parser.error("give a PATH or --sample, not both")
    path = options.path
    if options.sample:
        # Imported only for --sample, keeping the headless path to the CLI alone.
        from reader.paths import sample_article

        path = str(sample_article())
    from ui.handoff import send_to_running

    if send_to_running(path):
        # The running window opens it: no second window, and no Qt to load.
        return 0
    # Qt loads only now, when the window is wanted.
    from ui.app import run_gui

    return run_gui(path)


def _gui_parser() -> argparse.ArgumentParser:
    commands = "\n".join(f"  {usage}" for usage in _command_usages())
    parser = cli.Parser(
        prog="lisible",
        description=(
            "Read an article in a calm window: a saved web page, a text or Markdown file,"
            " or a web address; translate it offline and see who and what it mentions."
        ),
        epilog=(
            "headless commands (no window; also `python -m reader COMMAND ...`):\n"
            f"{commands}\n"
            "run `lisible COMMAND --help` for what a command does and its options."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "path",
        nargs="?",
        metavar="PATH|URL",
        help="an .html, .htm, .txt or .md file, or an http(s) address",
    )
    parser.add_argument("--sample", action="store_true", help="open the bundled sample article")
    parser.add_argument("--version", action="version", version=f"lisible {__version__}")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Lisible to your application menu and to Open With for HTML, text and"
        " Markdown files (in $XDG_DATA_HOME, for you only)",
    )
    desktop.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help="remove what --install-desktop added",
    )
    return parser


def _desktop_integration(*, install: bool) -> int:
    """Install or remove the desktop entry, icons and metainfo; print what changed."""
    from ui import desktop

    try:
        paths = desktop.install() if install else desktop.uninstall()
    except OSError as error:
        action = "install" if install else "remove"
        print(f"lisible: cannot {action} the desktop entry: {error}", file=sys.stderr)
        return 1
    if install:
        print(f"Installed Lisible's desktop entry, icons and metainfo ({len(paths)} files)")
        print(f"  {paths[0]}")
        print(f"  opens with: {desktop.launcher_path()}")
    elif paths:
        print(f"Removed Lisible's desktop entry, icons and metainfo ({len(paths)} files)")
    else:
        print("Lisible's desktop entry was not installed; nothing to remove")
    return 0


def _command_usages() -> list[str]:
    """Return the usage line of every headless command, from the CLI's own parser."""
    parser = cli.build_parser("lisible")
    # argparse has no public way to reach its subparsers.
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return [
        " ".join(commands.choices[name].format_usage().split()[1:]) for name in sorted(cli.COMMANDS)
    ]


if __name__ == "__main__":
    sys.exit(main())
