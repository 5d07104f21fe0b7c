"""`intervisie export-certificates`: one certificate page per participant of a group's year."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.common import open_existing
from intervisie_desktop.commands.export_common import (
    add_export_options,
    add_group_option,
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
from intervisie_desktop.commands.messages import NOBODY_ATTENDED, ExportError
from intervisie_desktop.opening import services_for

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "export-certificates", help="write participant certificates of a group's year as PDF"
    )
    add_group_option(parser)
    parser.add_argument("--year", type=year, required=True, metavar="YYYY")
    add_export_options(parser, "the PDF to write (with --apart: the folder for one PDF each)")
    parser.add_argument("--apart", action="store_true", help="one PDF per participant")
    parser.add_argument(
        "--points-per-hour", type=positive_number, default=1.0, metavar="N", help="default 1"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    target = output_path(args, folder=args.apart)
    db = open_existing(args)
    try:
        services = services_for(db)
        group_id = find_group_id(services, args.group)
        start_qt()
        from intervisie_desktop.export.jobs import prepare_certificates

        job = prepare_certificates(
            services,
            group_id,
            args.year,
            target,
            export_language(args),
            apart=args.apart,
            points_per_hour=args.points_per_hour,
        )
        if not job.certificates:
            raise ExportError(NOBODY_ATTENDED, year=args.year)
        before = existing_files(target)
        try:
            result = job.run()
        except OSError as exc:
            raise fail_on_write(exc) from None
        written(result.paths, "", before)
    finally:
        db.close()
    return 0
