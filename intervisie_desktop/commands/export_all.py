"""`intervisie export-all`: the yearly summary of every group and year, with a progress bar."""

from __future__ import annotations

import argparse
import time
from typing import Any

from intervisie_desktop.commands.common import add_data_dir_option, checked_output, open_existing
from intervisie_desktop.commands.export_common import (
    count,
    existing_files,
    export_language,
    fail_on_write,
    progress_bar,
    start_qt,
)
from intervisie_desktop.opening import services_for


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
    out = checked_output(args.out, args.data_dir, folder=True)
    db = open_existing(args)
    try:
        services = services_for(db)
        start_qt()
        from intervisie_desktop.export.jobs import run_batch

        before = {p: p.stat().st_ino for p in existing_files(out)}
        started = time.perf_counter()
        try:
            files, pages = run_batch(
                services,
                out,
                export_language(args),
                include_topics=not args.no_topics,
                certificates=args.certificates,
                progress=progress_bar,
            )
        except OSError as exc:
            raise fail_on_write(exc) from None
        seconds = time.perf_counter() - started
        replaced = sum(1 for p, ino in before.items() if p.exists() and p.stat().st_ino != ino)
        done = f"{count(files, 'file')}, {count(pages, 'page')} written to {out}"
        if replaced:
            done += f" ({count(replaced, 'file')} replaced)"
        print(f"{done} in {seconds:.1f} s")
    finally:
        db.close()
    return 0
