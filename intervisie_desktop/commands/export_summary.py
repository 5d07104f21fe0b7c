"""`intervisie export-summary`: the yearly summary of one group as PDF."""

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
    positive_number,
    start_qt,
    written,
    year,
)
from intervisie_desktop.commands.messages import NO_MEETINGS_HELD, ExportError
from intervisie_desktop.opening import services_for

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser("export-summary", help="write a group's yearly summary as PDF")
    add_group_option(parser)
    parser.add_argument("--year", type=year, required=True, metavar="YYYY")
    add_export_options(parser, "the PDF to write")
    parser.add_argument(
        "--no-topics", action="store_true", help="leave out the topic labels of the cases"
    )
    parser.add_argument(
        "--points-per-hour", type=positive_number, default=1.0, metavar="N", help="default 1"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = output_path(args)
    db = open_existing(args)
    try:
        services = services_for(db)
        group_id = find_group_id(services, args.group)
        start_qt()
        from intervisie_desktop.export.jobs import prepare_summary

        job = prepare_summary(
            services,
            group_id,
            args.year,
            path,
            export_language(args),
            include_topics=not args.no_topics,
            points_per_hour=args.points_per_hour,
        )
        if not job.summary.meetings:
            raise ExportError(NO_MEETINGS_HELD, year=args.year)
        before = existing_files(path)
        try:
            result = job.run()
        except OSError as exc:
            raise fail_on_write(exc) from None
        pages, meetings = count(result.pages, "page"), count(len(job.summary.meetings), "meeting")
        written(result.paths, f"\t{pages}, {meetings}", before)
    finally:
        db.close()
    return 0
