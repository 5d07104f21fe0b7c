"""What the commands for the group's own papers share (minutes, method cards, case
preparation): their refusals, the --paper option and the check of the file's kind."""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

from intervisie_desktop.commands.common import CommandError, command_error
from intervisie_desktop.commands.messages import ExportError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from intervisie_desktop.core.errors import IntervisieError

NOT_PDF = QT_TRANSLATE_NOOP("Command", "--out must name a .pdf file, not {name}")
NOT_PDF_OR_TEXT = QT_TRANSLATE_NOOP("Command", "--out must name a .pdf or a .txt file, not {name}")
NO_METHOD = QT_TRANSLATE_NOOP("Command", "no method {key}")


def add_paper_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--paper", choices=["a4", "a5"], default="a4", help="paper size (default: a4)"
    )


def check_kind(path: Path, suffixes: tuple[str, ...]) -> None:
    """Refuse, before anything is opened, a file whose name says another kind of file."""
    if path.suffix.lower() not in suffixes:
        message = NOT_PDF if suffixes == (".pdf",) else NOT_PDF_OR_TEXT
        raise ExportError(message, exit_code=2, name=path.name)


def refuse(exc: IntervisieError) -> NoReturn:
    """A refusal of the core as the command's one line, in the language of --lang."""
    error: CommandError = command_error(exc)
    error.core_error = exc
    raise error from None
