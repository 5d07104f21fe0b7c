"""`intervisie restore FILE`: verify a backup, keep the current database aside, swap it in."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.common import (
    CommandError,
    add_data_dir_option,
    ask_passphrase,
    command_error,
    data_dir,
    from_stdin,
)
from intervisie_desktop.core.backup.restore import restore_file
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.instance import InstanceLock
from intervisie_desktop.core.integrity import Problem, check_database, needs_passphrase
from intervisie_desktop.logging_setup import setup_logging
from intervisie_desktop.paths import database_path

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "restore", help="replace the database by a verified backup (the current one is kept)"
    )
    parser.add_argument("file", metavar="FILE", help="the backup file to restore")
    add_data_dir_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    source = Path(args.file).expanduser().absolute()
    if not source.exists():
        raise CommandError(f"{source} does not exist", exit_code=2)
    if not source.is_file():
        raise CommandError(f"{source} is not a file", exit_code=2)
    folder = data_dir(args, create=True)
    setup_logging()
    target = database_path(folder)
    live = [target, Path(f"{target}-wal"), Path(f"{target}-shm")]
    if any(place.exists() and os.path.samefile(source, place) for place in live):
        raise CommandError(
            f"{source} is the database itself; name a backup to restore", exit_code=2
        )
    passphrase = None
    if needs_passphrase(source):  # a backup has the key of the database it was made of
        passphrase = ask_passphrase(source, from_stdin(args), folder)
    elif target.exists() and needs_passphrase(target):
        passphrase = ask_passphrase(target, from_stdin(args), folder)
    if target.exists():  # a newer version's database is left alone, as at start
        current = check_database(target, passphrase)
        if current.problem is Problem.TOO_NEW:
            raise CommandError(" ".join(current.message().split()))
    with InstanceLock(folder) as lock:
        if not lock.acquire():
            raise CommandError("Intervisie is open on this data folder; close it first")
        try:
            aside = restore_file(target, source, passphrase)
        except IntervisieError as exc:
            raise command_error(exc) from None
    print(f"restored {source.name} into {database_path(folder)}")
    if aside is not None:
        print(f"the previous database was kept as {aside}")
    return 0
