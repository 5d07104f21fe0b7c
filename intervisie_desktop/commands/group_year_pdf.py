"""What `export-year-plan` and `export-reflection` share: one PDF about a group's year, refused
with one line when there is nothing to put in it, and a line per file written."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from intervisie_desktop.commands.common import open_existing
from intervisie_desktop.commands.export_common import (
    add_export_options,
    add_group_option,
    count,
    existing_files,
    export_language,
    fail_on_write,
    find_group_id,
    output_path,
    start_qt,
    written,
    year,
)
from intervisie_desktop.commands.messages import ExportError
from intervisie_desktop.opening import services_for

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from pathlib import Path

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.export.jobs import ExportResult


class PdfJob(Protocol):
    def run(self) -> ExportResult: ...


JobT = TypeVar("JobT", bound=PdfJob)


def add_group_year_parser(commands: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    """The sub-command with --group, --year and the export options."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
    add_group_option(parser)
    parser.add_argument("--year", type=year, required=True, metavar="YYYY")
    add_export_options(parser, "the PDF to write")
    return parser


def write_group_year_pdf(
    args: argparse.Namespace,
    prepare: Callable[[Services, int, int, Path, str], JobT],
    items: Callable[[JobT], int],
    empty: str,
    noun: tuple[str, str],
) -> int:
    """Prepare the job (the rendering stack is loaded only now), refuse it when `items` counts
    nothing (the message `empty`, with the year), else write it and say so."""
    path = output_path(args)
    db = open_existing(args)
    try:
        services = services_for(db)
        group_id = find_group_id(services, args.group)
        start_qt()
        job = prepare(services, group_id, args.year, path, export_language(args))
        found = items(job)
        if not found:
            raise ExportError(empty, year=args.year)
        before = existing_files(path)
        try:
            result = job.run()
        except OSError as exc:
            raise fail_on_write(exc) from None
        written(result.paths, f"\t{count(found, *noun)}", before)
    finally:
        db.close()
    return 0
