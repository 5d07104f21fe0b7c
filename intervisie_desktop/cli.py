"""Entry point: the GUI by default, headless sub-commands for scripting.

Nothing here imports Qt unless the GUI is started, so `--version` and the sub-commands stay fast
and run on machines without a display.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from intervisie_desktop import __version__
from intervisie_desktop.commands import COMMANDS
from intervisie_desktop.commands.common import CommandError, add_data_dir_option

logger = logging.getLogger(__name__)

EXIT_USAGE = 2


class Parser(argparse.ArgumentParser):
    """argparse, but every usage error is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> Parser:
    parser = Parser(
        prog="intervisie",
        description="Intervisie: the supervisor's tool for guided peer consultation.",
    )
    parser.add_argument("--version", action="version", version=f"intervisie {__version__}")
    add_data_dir_option(parser, top_level=True)
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the interface")
    parser.add_argument(
        "--demo", action="store_true", help="open on a throw-away copy of the demo data"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMANDS:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from intervisie_desktop.ui.launch import launch_gui

            return launch_gui(args)
        result: int = args.run(args)
        return result
    except CommandError as exc:
        print(f"intervisie: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("intervisie: interrupted", file=sys.stderr)
        return 130
