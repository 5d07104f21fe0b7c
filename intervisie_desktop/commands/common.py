"""What the sub-commands share: the data folder option, opening the database, clear errors."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from intervisie_desktop.core.backup.store import list_backups
from intervisie_desktop.core.db.database import Database, open_database
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.integrity import Health, Problem, check_database, needs_passphrase
from intervisie_desktop.core.security import FailureDelay, verify_passphrase
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
    add_passphrase_option(parser, top_level)


def add_passphrase_option(parser: argparse.ArgumentParser, top_level: bool = False) -> None:
    """--passphrase-stdin: read the passphrase of an encrypted database from standard input."""
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=False if top_level else argparse.SUPPRESS,
        help="read the passphrase of an encrypted database from the first line of standard input"
        " (otherwise it is asked on the terminal)",
    )


#: Terminal attempts before a sub-command gives up, and how the growing delay waits.
TERMINAL_ATTEMPTS = 3
sleep: Callable[[float], None] = time.sleep


def ask_passphrase(path: Path, from_stdin: bool) -> str:
    """The passphrase of the encrypted database at `path`, checked before it is used."""
    if from_stdin:
        passphrase = sys.stdin.readline().rstrip("\r\n")
        if not verify_passphrase(path, passphrase):
            raise CommandError("the passphrase is not correct; nothing was changed")
        return passphrase
    if not sys.stdin.isatty():
        raise CommandError(
            f"{path.name} is encrypted: give its passphrase on the terminal, or with "
            "--passphrase-stdin on standard input",
            exit_code=2,
        )
    delay = FailureDelay(free=1)
    for _ in range(TERMINAL_ATTEMPTS):
        passphrase = getpass.getpass(f"Passphrase for {path.name}: ")
        if verify_passphrase(path, passphrase):
            return passphrase
        wait = delay.failed()
        print("The passphrase is not correct.", file=sys.stderr)
        if wait:
            sleep(wait)
    raise CommandError("the passphrase is not correct; nothing was changed")


def data_dir(args: argparse.Namespace, create: bool) -> Path:
    try:
        return prepare_data_dir(resolve_data_dir(args.data_dir), create=create)
    except DataDirError as exc:
        raise CommandError(str(exc), exit_code=2) from None


def passphrase_of(args: argparse.Namespace) -> str | None:
    """The passphrase a sub-command was given, if the command line offers one."""
    value = getattr(args, "passphrase", None)
    return value if isinstance(value, str) and value else None


def unsound(health: Health, backups: Path) -> CommandError:
    """The refusal of a damaged database, in one line that says where to go from here."""
    if health.problem is Problem.TOO_NEW:  # nothing to restore: a newer program opens it
        return CommandError(health.message())
    if health.problem is Problem.NOT_SQLITE:
        what = f"{health.path} is damaged or not an Intervisie database"
    else:
        what = " ".join(health.message().rstrip(".").splitlines())  # SQLite's may be several
    return CommandError(
        f"{what}; nothing was changed. Run 'intervisie check' for the full check, or "
        f"'intervisie restore FILE' with a backup from {backups}"
    )


def missing_text(path: Path, backups: Path) -> str:
    """No database (or a link to nothing): where its backups are, when there are any."""
    where = f"no Intervisie database in {path.parent}"
    if path.is_symlink():
        where = f"{path} is a link to {os.readlink(path)}, which does not exist"
    if not list_backups(backups):
        return where
    return f"{where}; backups are in {backups}: 'intervisie restore FILE' puts one back"


def open_existing(args: argparse.Namespace) -> Database:
    """Open the database of an existing data folder for a headless command; an encrypted one
    needs its passphrase (terminal, or standard input with --passphrase-stdin).

    Asked only when start-up would ask it too (`needs_passphrase`: a plain file whose first
    bytes were overwritten is damaged, not encrypted); a file the quick check finds unsound
    is refused without a write."""
    folder = data_dir(args, create=False)
    setup_logging()
    path = database_path(folder)
    if not path.exists():
        raise CommandError(missing_text(path, backup_dir(folder)), exit_code=2)
    passphrase = None
    if needs_passphrase(path):
        passphrase = ask_passphrase(path, bool(getattr(args, "passphrase_stdin", False)))
    health = check_database(path, passphrase, references=True)
    if health.problem is Problem.BROKEN_REFERENCES:  # it opens: said, as the program says it
        print(f"intervisie: warning: {health.message()} Run 'intervisie check'.", file=sys.stderr)
    elif not health.ok:  # refused before anything opens it for writing
        raise unsound(health, backup_dir(folder))
    try:
        return open_database(
            path, passphrase=passphrase, backup_dir=backup_dir(folder), create=False
        )
    except IntervisieError as exc:
        raise CommandError(str(exc)) from None
