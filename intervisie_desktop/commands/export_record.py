"""`intervisie export-record`: the filled-in record of one held meeting, as PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.common import CommandError, open_existing
from intervisie_desktop.commands.export_common import (
    add_export_options,
    count,
    existing_files,
    export_language,
    fail_on_write,
    output_path,
    start_qt,
    written,
)
from intervisie_desktop.commands.messages import NO_MEETING, ExportError
from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.opening import services_for

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "export-record",
        help="write the record of a held meeting (times, attendance, topics, methods) as PDF",
    )
    parser.add_argument("--meeting", type=int, metavar="ID", required=True, help="meeting id")
    add_export_options(parser, "the PDF to write")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = output_path(args)
    db = open_existing(args)
    try:
        services = services_for(db)
        try:
            services.meetings.get(args.meeting)
        except Exception:
            raise ExportError(NO_MEETING, id=args.meeting) from None
        start_qt()
        from intervisie_desktop.export.record_jobs import prepare_record

        try:
            job = prepare_record(services, args.meeting, path, export_language(args))
        except ValidationError as exc:  # not held: said in the language of --lang
            error = CommandError(str(exc))
            error.core_error = exc
            raise error from None
        before = existing_files(path)
        try:
            result = job.run()
        except OSError as exc:
            raise fail_on_write(exc) from None
        present = count(job.data.present, "present", "present")
        written(result.paths, f"\t{present} of {len(job.data.rows)}", before)
    finally:
        db.close()
    return 0
