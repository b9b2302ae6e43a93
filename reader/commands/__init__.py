"""One module per headless command, registered in `reader.cli.COMMANDS`.

Each module defines `HELP` (one line for the command list), `DESCRIPTION`,
`add_arguments(parser)` and `run(args) -> int`, and keeps its heavy imports
inside `run` so that `lisible --help` stays instant.
"""
