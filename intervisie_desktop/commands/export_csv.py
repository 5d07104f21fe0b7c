"""`intervisie export-csv`: attendance as CSV, one row per member per meeting."""

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
from intervisie_desktop.opening import services_for

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser("export-csv", help="write a group's attendance as CSV")
    add_group_option(parser)
    parser.add_argument("--year", type=year, metavar="YYYY", help="default: every year")
    add_export_options(parser, "the CSV file to write")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = output_path(args)
    db = open_existing(args)
    try:
        services = services_for(db)
        group_id = find_group_id(services, args.group)
        start_qt()  # numbers and words follow the export language (QLocale, translations)
        from intervisie_desktop.export.jobs import prepare_csv

        job = prepare_csv(services, group_id, args.year, path, export_language(args))
        before = existing_files(path)
        try:
            result = job.run()
        except OSError as exc:
            raise fail_on_write(exc) from None
        written(result.paths, f"\t{count(result.rows, 'row')}", before)
    finally:
        db.close()
    return 0
