"""`intervisie check`: the full read-only check of the database; exit 0 only when sound."""

from __future__ import annotations

import argparse
from typing import Any

from intervisie_desktop.commands.common import (
    CommandError,
    add_data_dir_option,
    data_dir,
    passphrase_of,
)
from intervisie_desktop.core.integrity import Problem, check_database
from intervisie_desktop.logging_setup import setup_logging
from intervisie_desktop.paths import database_path


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "check", help="check the database thoroughly without changing it (exit 0 when sound)"
    )
    add_data_dir_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    folder = data_dir(args, create=False)
    setup_logging()
    health = check_database(database_path(folder), passphrase_of(args), full=True)
    if health.problem is Problem.MISSING:
        raise CommandError(f"no Intervisie database in {folder}", exit_code=2)
    if not health.ok:
        raise CommandError(health.message())
    print(health.message())
    return 0
