"""What the export commands share: --lang, finding the group, running a job headless."""

from __future__ import annotations

import argparse
import math
import sys
from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.common import (
    CommandError,
    add_data_dir_option,
    checked_output,
)
from intervisie_desktop.commands.messages import CANNOT_WRITE, NO_GROUP, ExportError
from intervisie_desktop.core.errors import IntervisieError

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.services import Services


def add_export_options(parser: argparse.ArgumentParser, out_help: str) -> None:
    add_data_dir_option(parser)
    parser.add_argument("--out", metavar="FILE", required=True, help=out_help)
    parser.add_argument(
        "--lang",
        choices=["nl", "en"],
        default=argparse.SUPPRESS,
        help="language of the export (default: the language of the interface)",
    )


def add_group_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--group", metavar="NAME_OR_ID", required=True, help="group name or id")


def year(text: str) -> int:
    if not text.isdigit() or not 1990 <= int(text) <= 2200:
        raise argparse.ArgumentTypeError(f"not a year: {text}")
    return int(text)


#: No register gives more; a larger figure on a signed certificate is a typing error.
MAX_POINTS_PER_HOUR = 10


def positive_number(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text}") from None
    if not math.isfinite(value) or value <= 0 or value > MAX_POINTS_PER_HOUR:
        raise argparse.ArgumentTypeError(
            f"must be a number more than 0 and at most {MAX_POINTS_PER_HOUR}: {text}"
        )
    return value


def export_language(args: argparse.Namespace) -> str:
    """--lang of the command, else of the program, else the interface's default."""
    requested = args.lang  # on the program and on each export sub-command
    from intervisie_desktop.language import choose_language  # imports Qt: only when asked

    return choose_language(requested)


def find_group_id(services: Services, name_or_id: str) -> int:
    try:
        group = services.groups.find(name_or_id)
    except IntervisieError:
        raise ExportError(NO_GROUP, name=repr(name_or_id)) from None
    assert group.id is not None
    return group.id


def output_path(args: argparse.Namespace, folder: bool = False) -> Path:
    """--out checked in the one place every written file is checked (see core.output_files)."""
    return checked_output(args.out, args.data_dir, folder)


def start_qt() -> Any:
    """Qt for rendering, headless when there is no display; imported only when needed."""
    from intervisie_desktop.export.qt_runtime import ensure_application

    return ensure_application()


def existing_files(target: Path) -> set[Path]:
    """The files already at `target` (a file, or every file in a folder): the ones a run will
    replace are said to be replaced."""
    if target.is_dir():
        return {p for p in target.rglob("*") if p.is_file()}
    return {target} if target.is_file() else set()


def written(paths: list[Path], detail: str, before: set[Path] | None = None) -> None:
    """One line per file; "replaced FILE" for one that was there before (replaced in one step:
    written beside it, then renamed over it)."""
    for path in paths:
        prefix = "replaced " if before and path in before else ""
        print(f"{prefix}{path}{detail}")


def count(number: int, noun: str, plural: str = "") -> str:
    """ "1 meeting", "2 meetings"."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def fail_on_write(exc: OSError) -> CommandError:
    where = f" {exc.filename}" if exc.filename else ""
    return ExportError(CANNOT_WRITE, where=where, reason=exc.strerror or str(exc))


def progress_bar(done: int, total: int, label: str = "", width: int = 30) -> None:
    """A one-line progress bar on stderr (redrawn in place on a terminal)."""
    total = max(total, 1)
    filled = round(width * done / total)
    line = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label}"[:100]
    if sys.stderr.isatty():
        sys.stderr.write("\r" + line.ljust(100))
        if done >= total:
            sys.stderr.write("\n")
    elif done == total or done % max(1, total // 10) == 0:
        sys.stderr.write(line + "\n")
    sys.stderr.flush()
