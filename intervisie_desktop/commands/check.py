"""`intervisie check`: the full read-only check of the database; exit 0 only when sound."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.common import (
    CommandError,
    add_data_dir_option,
    data_dir,
    passphrase_for,
)
from intervisie_desktop.core.integrity import Problem, check_database
from intervisie_desktop.logging_setup import setup_logging
from intervisie_desktop.paths import database_path

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "check", help="check the database thoroughly without changing it (exit 0 when sound)"
    )
    add_data_dir_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    folder = data_dir(args, create=False)
    setup_logging()
    path = database_path(folder)
    if not path.exists():
        raise CommandError(f"no Intervisie database in {folder}", exit_code=2)
    health = check_database(path, passphrase_for(path, args, folder), full=True)
    if health.problem is Problem.MISSING:
        raise CommandError(f"no Intervisie database in {folder}", exit_code=2)
    if not health.ok:
        raise CommandError(" ".join(health.message().split()))  # SQLite's may be several lines
    print(health.message())
    return 0
