"""The headless commands: `lisible COMMAND …` and `python -m reader COMMAND …`."""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from types import ModuleType
from typing import NoReturn

from reader import __version__
from reader.errors import LisibleError, os_reason
from reader.terminal import one_line, printable

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


class Parser(argparse.ArgumentParser):
    """An argument parser whose error messages cannot drive the terminal.

    argparse repeats unrecognised arguments as they were typed (or pasted).
    """

    def error(self, message: str) -> NoReturn:
        """Print the usage and the (escaped) message, and exit with status 2."""
        super().error(one_line(message))


class OutputClosed(Exception):
    """Standard output is closed or its reader went away (`lisible … | head`)."""


class OutputFailed(LisibleError):
    """Standard output cannot be written (a full disk, /dev/full)."""


def build_parser(prog: str = "lisible") -> argparse.ArgumentParser:
    """Return the parser of the headless subcommands."""
    parser = Parser(
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
    for handler in logging.getLogger().handlers:
        handler.setFormatter(_PrintableFormatter(handler.formatter))
    try:
        status: int = _command_modules()[args.command].run(args)
    except LisibleError as error:
        if isinstance(error, OutputFailed):
            _silence_stdout()
        warn(f"{prog}: {error}")
        return EXIT_BAD_INPUT
    except OutputClosed:
        # The reader of a pipe stopped reading (`| head`, `| true`): as for
        # any Unix tool, that is no error worth a message.
        _silence_stdout()
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        # The last resort: a bug still gives one line, the traceback only on request.
        if args.verbose:
            traceback.print_exc()
        warn(
            f"{prog}: unexpected error ({type(error).__name__}: {error}); "
            "run with --verbose for details."
        )
        return EXIT_BAD_INPUT
    return status


def write(text: str) -> None:
    """Print a command's output, escaping control characters (see `reader.terminal`).

    Raises:
        OutputClosed: standard output is closed, or its pipe has no reader.
        OSError: the output cannot be written (a full disk).
    """
    if sys.stdout is None:
        raise OutputFailed("standard output is closed: there is nowhere to print.")
    text = printable(text)
    try:
        try:
            sys.stdout.write(text)
        except UnicodeEncodeError:
            sys.stdout.flush()
            sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    except BrokenPipeError:
        raise OutputClosed from None
    except OSError as error:
        if error.errno == errno.EBADF:
            raise OutputClosed from None
        raise OutputFailed(f"cannot write the output: {os_reason(error)}.") from None


def warn(text: str) -> None:
    """Print one line for the person at the terminal on standard error, escaped."""
    if sys.stderr is not None:
        # A closed or broken standard error leaves nowhere to say it.
        with contextlib.suppress(OSError, ValueError):
            print(one_line(text), file=sys.stderr, flush=True)


class _PrintableFormatter(logging.Formatter):
    """Log records on one escaped line: messages quote titles, names and servers."""

    def __init__(self, inner: logging.Formatter | None) -> None:
        super().__init__()
        self._inner = inner or logging.Formatter()

    def format(self, record: logging.LogRecord) -> str:
        return one_line(self._inner.format(record))


def _silence_stdout() -> None:
    # Python flushes stdout once more at exit; pointed at a dead pipe or a full
    # disk that flush would print its own error.
    if sys.stdout is None:
        return
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _command_modules() -> dict[str, ModuleType]:
    return {name: importlib.import_module(path) for name, path in COMMANDS.items()}
