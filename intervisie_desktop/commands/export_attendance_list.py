"""`intervisie export-attendance-list`: the list to sign for one meeting, as PDF."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.common import open_existing
from intervisie_desktop.commands.export_common import (
    add_export_options,
    count,
    existing_files,
    export_language,
    fail_on_write,
    find_group_id,
    output_path,
    start_qt,
    written,
)
from intervisie_desktop.commands.messages import (
    DATE_WITH_MEETING,
    GROUP_NEEDS_DATE,
    NO_MEETING,
    NO_MEETING_ON,
    ExportError,
)
from intervisie_desktop.opening import services_for

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "export-attendance-list", help="write the attendance list of one meeting as PDF"
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", type=int, metavar="ID", help="meeting id")
    which.add_argument("--group", metavar="NAME_OR_ID", help="group (with --date)")
    parser.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    add_export_options(parser, "the PDF to write")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.group is not None and args.date is None:
        raise ExportError(GROUP_NEEDS_DATE, exit_code=2)
    if args.meeting is not None and args.date is not None:
        raise ExportError(DATE_WITH_MEETING, exit_code=2)
    path = output_path(args)
    db = open_existing(args)
    try:
        services = services_for(db)
        meeting_id = args.meeting
        if meeting_id is None:
            group_id = find_group_id(services, args.group)
            found = [m for m in services.meetings.for_group(group_id) if m.date == args.date]
            if not found:
                raise ExportError(NO_MEETING_ON, date=args.date.isoformat())
            meeting_id = found[0].id
        else:
            try:
                services.meetings.get(meeting_id)
            except Exception:
                raise ExportError(NO_MEETING, id=meeting_id) from None
        start_qt()
        from intervisie_desktop.export.jobs import prepare_attendance_list

        job = prepare_attendance_list(services, meeting_id, path, export_language(args))
        before = existing_files(path)
        try:
            result = job.run()
        except OSError as exc:
            raise fail_on_write(exc) from None
        written(result.paths, f"\t{count(len(job.data.rows), 'name')}", before)
    finally:
        db.close()
    return 0
