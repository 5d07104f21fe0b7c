"""`intervisie export-case-prep`: the form on which a case bringer prepares a case, for one
method or for every method a group uses, as PDF."""

from __future__ import annotations

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
from intervisie_desktop.commands.kit_common import NO_METHOD, add_paper_option, check_kind
from intervisie_desktop.commands.messages import ExportError
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.methods.model import MethodKind
from intervisie_desktop.opening import services_for

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "export-case-prep",
        help="write the case bringer's preparation form for a method, or for a group's methods",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--method", metavar="KEY", help="method key, e.g. incident")
    which.add_argument("--group", metavar="NAME_OR_ID", help="every method the group uses")
    add_export_options(parser, "the PDF to write")
    add_paper_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = output_path(args)
    check_kind(path, (".pdf",))
    db = open_existing(args)
    try:
        services = services_for(db)
        group_id = find_group_id(services, args.group) if args.group is not None else None
        if args.method is not None:
            try:
                method = services.methods.get(args.method)
            except IntervisieError:
                method = None
            if method is None or method.kind is not MethodKind.METHOD:  # not a meeting block
                raise ExportError(NO_METHOD, key=repr(args.method))
        start_qt()
        from intervisie_desktop.export.kit_jobs import prepare_case_prep

        job = prepare_case_prep(
            services, path, export_language(args), args.paper, group_id, args.method
        )
        before = existing_files(path)
        try:
            result = job.run()
        except OSError as exc:
            raise fail_on_write(exc) from None
        forms = count(len(job.methods), "form")
        written(result.paths, f"\t{count(result.pages, 'page')}\t{forms}", before)
    finally:
        db.close()
    return 0
