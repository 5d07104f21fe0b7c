"""Entry point: the GUI by default, headless sub-commands for scripting.

Nothing here imports Qt unless the GUI is started, so `--version` and the sub-commands stay fast
and run on machines without a display. The other way round, starting the GUI imports no
sub-command (they pull in the database layer): the program's own options are read first, and
only when something else is on the command line are the sub-commands loaded.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING, NoReturn

from intervisie_desktop import __version__

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from intervisie_desktop.commands.common import CommandError
    from intervisie_desktop.core.services import Services

logger = logging.getLogger(__name__)

EXIT_USAGE = 2


class Parser(argparse.ArgumentParser):
    """argparse, but every usage error is one line on stderr and exit code 2, in the language
    of --lang (set on the class by `main` before parsing)."""

    lang: str | None = None

    def error(self, message: str) -> NoReturn:
        from intervisie_desktop.commands.usage_errors import translate_usage

        word, text = translate_usage(message, Parser.lang)
        self.exit(EXIT_USAGE, f"{self.prog}: {word}: {text}\n")


def program_parser(add_help: bool = True) -> Parser:
    """The program's own options, without the sub-commands."""
    parser = Parser(
        prog="intervisie",
        description="Intervisie: the supervisor's tool for guided peer consultation.",
        add_help=add_help,
    )
    parser.add_argument("--version", action="version", version=f"intervisie {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None,
        help="data folder (default: the user data folder, or $INTERVISIE_DATA_DIR)",
    )
    parser.add_argument(  # also on each sub-command (commands.common.add_passphrase_option)
        "--passphrase-stdin",
        action="store_true",
        default=False,
        help="sub-commands: read the passphrase of an encrypted database from standard input",
    )
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the interface")
    parser.add_argument(
        "--demo", action="store_true", help="open on a throw-away copy of the demo data"
    )
    return parser


def show_main_window(services: Services, folder: Path) -> tuple[bool, str]:
    """The self-check's look at the main window (commands.self_check.ShowWindow); the
    interface is imported only when the check runs."""
    from intervisie_desktop.ui.startup.self_check import show_main_window

    return show_main_window(services, folder)


def build_parser() -> Parser:
    from intervisie_desktop.commands import COMMANDS

    parser = program_parser()
    parser.set_defaults(show_window=show_main_window)  # for self-check: the interface's part
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in COMMANDS:
        module.register(commands)
    return parser


def gui_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The parsed options when argv only starts the GUI; None when it names a sub-command
    (or asks for help, which lists the sub-commands)."""
    if any(arg in ("-h", "--help") for arg in argv):
        return None
    args, rest = program_parser(add_help=False).parse_known_args(argv)
    if rest:
        return None
    args.command = None
    return args


def _refusal(exc: BaseException) -> CommandError | None:
    """One line for the core's refusals and a full or read-only disk; None for anything else
    (a fault in the program keeps its traceback)."""
    from intervisie_desktop.commands.common import CommandError, command_error
    from intervisie_desktop.core.db.faults import storage_error
    from intervisie_desktop.core.errors import IntervisieError

    error = storage_error(exc)
    if error is not None:
        return command_error(error)
    if isinstance(exc, IntervisieError):
        return command_error(exc)
    if isinstance(exc, OSError):  # a path the system refuses: too long, no access, a loop
        where = f"{exc.filename}: " if exc.filename else ""
        if len(where) > 80:
            where = f"{str(exc.filename)[:60]}...: "
        return CommandError(f"{where}{exc.strerror or exc}")
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    gui_args = gui_arguments(argv)
    if gui_args is not None:
        from intervisie_desktop.ui.startup.launch import launch_gui

        return launch_gui(gui_args)
    from intervisie_desktop.commands.common import CommandError
    from intervisie_desktop.commands.usage_errors import requested_language

    Parser.lang = requested_language(argv)
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from intervisie_desktop.ui.startup.launch import launch_gui

            return launch_gui(args)
        result: int = args.run(args)
        return result
    except CommandError as exc:
        from intervisie_desktop.commands.messages import error_line

        print(error_line(exc, args), file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # a refusal or a disk fault that no command caught
        refusal = _refusal(exc)
        if refusal is None:
            raise
        print(f"intervisie: error: {refusal}", file=sys.stderr)
        return refusal.exit_code
    except KeyboardInterrupt:
        print("intervisie: interrupted", file=sys.stderr)
        return 130
