"""Showroom: start the desktop program, or run a command (``showroom --help``)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    # Imports stay inside: the command line must not pay for Qt, nor the GUI for the CLI.
    from showroom.cli import build_parser, run_command
    from showroom.logs import configure_logging

    configure_logging()
    args = build_parser(argv).parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
