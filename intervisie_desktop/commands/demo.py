"""`intervisie demo`: write the fictional demo dataset into an empty data folder."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.common import CommandError, add_data_dir_option, data_dir
from intervisie_desktop.core.demo import DemoFolderNotEmpty, write_demo
from intervisie_desktop.paths import DATABASE_NAME, methods_dir

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser("demo", help="write a fictional demo dataset into an empty folder")
    add_data_dir_option(parser)
    parser.add_argument("--size", choices=["small", "large", "career"], default="small")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    folder = data_dir(args, create=True)
    started = time.perf_counter()
    try:
        path = write_demo(folder, DATABASE_NAME, args.size, methods_dir=methods_dir())
    except DemoFolderNotEmpty as exc:
        raise CommandError(str(exc)) from None
    seconds = time.perf_counter() - started
    size_mb = path.stat().st_size / 1_000_000
    print(f"demo ({args.size}) written to {path} in {seconds:.1f} s, {size_mb:.1f} MB")
    return 0
