"""`intervisie export-minutes`: the minutes of a held meeting for the group, as PDF or text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.common import open_existing
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
from intervisie_desktop.commands.kit_common import check_kind, refuse
from intervisie_desktop.commands.messages import NO_MEETING, ExportError
from intervisie_desktop.core.errors import IntervisieError, NotFoundError
from intervisie_desktop.opening import services_for

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "export-minutes",
        help="write the minutes of a held meeting for the group (.pdf, or .txt for an e-mail)",
    )
    parser.add_argument("--meeting", type=int, metavar="ID", required=True, help="meeting id")
    parser.add_argument(
        "--airtime",
        action="store_true",
        help="add who spoke how long per round (after a finished session; off by default)",
    )
    add_export_options(parser, "the .pdf or .txt file to write")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = output_path(args)
    check_kind(path, (".pdf", ".txt"))
    db = open_existing(args)
    try:
        services = services_for(db)
        start_qt()
        from intervisie_desktop.export.kit_jobs import prepare_minutes

        try:
            job = prepare_minutes(
                services, args.meeting, path, export_language(args), airtime=args.airtime
            )
        except NotFoundError:
            raise ExportError(NO_MEETING, id=args.meeting) from None
        except IntervisieError as exc:
            refuse(exc)
        before = existing_files(path)
        try:
            result = job.run()
        except OSError as exc:
            raise fail_on_write(exc) from None
        shared = count(
            len(job.minutes.actions), "case with shared actions", "cases with shared actions"
        )
        pages = "" if job.as_text else f"\t{count(result.pages, 'page')}"
        written(result.paths, f"{pages}\t{shared}", before)
    finally:
        db.close()
    return 0
