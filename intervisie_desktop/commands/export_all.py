"""`intervisie export-all`: the yearly summary of every group and year, with a progress bar."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from intervisie_desktop.commands.common import CommandError, add_data_dir_option, open_existing
from intervisie_desktop.commands.export_common import (
    export_language,
    fail_on_write,
    progress_bar,
    start_qt,
)
from intervisie_desktop.core.services import Services


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "export-all", help="write the yearly summary of every group and year into a folder"
    )
    add_data_dir_option(parser)
    parser.add_argument("--out", metavar="DIR", required=True, help="folder to write into")
    parser.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS)
    parser.add_argument("--no-topics", action="store_true", help="leave out topic labels")
    parser.add_argument(
        "--certificates", action="store_true", help="also write the certificates of each year"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.exists() and not out.is_dir():
        raise CommandError(f"{out} is a file, not a folder", exit_code=2)
    db = open_existing(args)
    try:
        services = Services(db)
        start_qt()
        from intervisie_desktop.export.jobs import plan_batch, prepare_certificates, prepare_summary

        lang = export_language(args)
        plan = plan_batch(services, out)
        started = time.perf_counter()
        pages = 0
        total = len(plan.items)
        progress_bar(0, total)
        for done, (group_id, name, year, path) in enumerate(plan.items, start=1):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                job = prepare_summary(
                    services, group_id, year, path, lang, include_topics=not args.no_topics
                )
                pages += job.run().pages
                if args.certificates:
                    certificates = prepare_certificates(
                        services, group_id, year, path.with_name(f"{year} certificates.pdf"), lang
                    )
                    if certificates.certificates:
                        pages += certificates.run().pages
            except OSError as exc:
                raise fail_on_write(exc) from None
            progress_bar(done, total, f"{name} {year}")
        seconds = time.perf_counter() - started
        print(f"{total} summaries, {pages} pages written to {out} in {seconds:.1f} s")
    finally:
        db.close()
    return 0
