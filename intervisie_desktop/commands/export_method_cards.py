"""`intervisie export-method-cards`: the cards of the methods a group uses, as PDF, so the group
can meet without the program."""

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
)
from intervisie_desktop.commands.kit_common import add_paper_option, check_kind
from intervisie_desktop.opening import services_for

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "export-method-cards",
        help="write cards of the methods a group uses (phases, time, rules, the chair's script)",
    )
    add_group_option(parser)
    add_export_options(parser, "the PDF to write")
    add_paper_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = output_path(args)
    check_kind(path, (".pdf",))
    db = open_existing(args)
    try:
        services = services_for(db)
        group_id = find_group_id(services, args.group)
        start_qt()
        from intervisie_desktop.export.kit_jobs import prepare_method_cards

        job = prepare_method_cards(services, group_id, path, export_language(args), args.paper)
        before = existing_files(path)
        try:
            result = job.run()
        except OSError as exc:
            raise fail_on_write(exc) from None
        methods = count(len(job.kit.methods), "method")
        written(result.paths, f"\t{count(result.pages, 'page')}\t{methods}", before)
    finally:
        db.close()
    return 0
