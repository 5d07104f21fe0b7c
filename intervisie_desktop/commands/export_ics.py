"""`intervisie export-ics`: a group's planned meetings as an iCalendar file."""

from __future__ import annotations

from datetime import date
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
)
from intervisie_desktop.opening import services_for

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser("export-ics", help="write a group's planned meetings as .ics")
    add_group_option(parser)
    parser.add_argument(
        "--from",
        dest="from_day",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="only meetings from this day on (default: all planned meetings)",
    )
    add_export_options(parser, "the .ics file to write")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = output_path(args)
    db = open_existing(args)
    try:
        services = services_for(db)
        group_id = find_group_id(services, args.group)
        start_qt()
        from intervisie_desktop.export.jobs import prepare_calendar

        job = prepare_calendar(services, group_id, path, export_language(args), args.from_day)
        before = existing_files(path)
        try:
            result = job.run()
        except OSError as exc:
            raise fail_on_write(exc) from None
        written(result.paths, f"\t{count(result.rows, 'meeting')}", before)
    finally:
        db.close()
    return 0
