"""`python -m reader`: the headless subcommands."""

import sys

from reader.cli import main

sys.exit(main(prog="python -m reader"))
