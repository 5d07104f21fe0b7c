"""`intervisie export-reflection`: a reflection statement per participant of a group's year."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from intervisie_desktop.commands.messages import NOBODY_ATTENDED, ExportError
from intervisie_desktop.opening import services_for

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "export-reflection",
        help="write a reflection statement (three dimensions) per participant as PDF",
    )
    add_group_option(parser)
    parser.add_argument("--year", type=year, required=True, metavar="YYYY")
    add_export_options(parser, "the PDF to write")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = output_path(args)
    db = open_existing(args)
    try:
        services = services_for(db)
        group_id = find_group_id(services, args.group)
        start_qt()
        from intervisie_desktop.export.record_jobs import prepare_reflections

        job = prepare_reflections(services, group_id, args.year, path, export_language(args))
        if not job.data:
            raise ExportError(NOBODY_ATTENDED, year=args.year)
        before = existing_files(path)
        try:
            result = job.run()
        except OSError as exc:
            raise fail_on_write(exc) from None
        written(result.paths, f"\t{count(len(job.data), 'participant')}", before)
    finally:
        db.close()
    return 0
