"""What the sub-commands share: the data folder option, opening the database, clear errors."""

from __future__ import annotations

import argparse
from pathlib import Path

from intervisie_desktop.core.db.database import Database, open_database
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.logging_setup import setup_logging
from intervisie_desktop.paths import (
    DataDirError,
    backup_dir,
    database_path,
    prepare_data_dir,
    resolve_data_dir,
)


class CommandError(Exception):
    """A failure explained in one line; exit code 2 for usage and folders, 1 for refusals."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_data_dir_option(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    """--data-dir on the program and on each sub-command (either place works)."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None if top_level else argparse.SUPPRESS,
        help="data folder (default: the user data folder, or $INTERVISIE_DATA_DIR)",
    )


def data_dir(args: argparse.Namespace, create: bool) -> Path:
    try:
        return prepare_data_dir(resolve_data_dir(args.data_dir), create=create)
    except DataDirError as exc:
        raise CommandError(str(exc), exit_code=2) from None


def passphrase_of(args: argparse.Namespace) -> str | None:
    """The passphrase a sub-command was given, if the command line offers one."""
    value = getattr(args, "passphrase", None)
    return value if isinstance(value, str) and value else None


def open_existing(args: argparse.Namespace) -> Database:
    """Open the database of an existing data folder for a headless command."""
    folder = data_dir(args, create=False)
    setup_logging()
    path = database_path(folder)
    if not path.exists():
        raise CommandError(f"no Intervisie database in {folder}", exit_code=2)
    try:
        return open_database(path, backup_dir=backup_dir(folder), create=False)
    except IntervisieError as exc:
        raise CommandError(str(exc)) from None
