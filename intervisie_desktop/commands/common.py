"""What the sub-commands share: the data folder option, opening the database, clear errors."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_desktop.core.backup.store import list_backups
from intervisie_desktop.core.db.database import Database, open_database
from intervisie_desktop.core.db.faults import MSG_DISK_FULL, MSG_READ_ONLY
from intervisie_desktop.core.db.storage import MSG_START_FULL, MSG_START_READ_ONLY
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.integrity import Health, Problem, check_database, needs_passphrase
from intervisie_desktop.core.output_files import (
    OutputRefused,
    check_output_file,
    check_output_folder,
)
from intervisie_desktop.core.security import verify_passphrase
from intervisie_desktop.core.security.attempts import FailedAttempts
from intervisie_desktop.logging_setup import setup_logging
from intervisie_desktop.paths import (
    DataDirError,
    backup_dir,
    database_path,
    prepare_data_dir,
    protected_folders,
    resolve_data_dir,
)

if TYPE_CHECKING:
    from collections.abc import Callable


class CommandError(Exception):
    """A failure explained in one line; exit code 2 for usage and folders, 1 for refusals."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        #: The core's refusal behind this line, for printing it in the language of --lang.
        self.core_error: IntervisieError | None = None


DISK_FULL_LINE = "the disk is full; nothing was changed. Free some space and try again"
READ_ONLY_LINE = (
    "the database is read-only (the file or its folder cannot be written); nothing was changed"
)
#: The command line's words for a disk that refuses writes (the window's point to its menus).
STORAGE_LINES = {
    MSG_DISK_FULL: DISK_FULL_LINE,
    MSG_START_FULL: DISK_FULL_LINE,
    MSG_READ_ONLY: READ_ONLY_LINE,
    MSG_START_READ_ONLY: READ_ONLY_LINE,
}


def command_error(exc: IntervisieError) -> CommandError:
    """A refusal from the core as one line: a full or read-only disk named as such."""
    return CommandError(STORAGE_LINES.get(exc.source, str(exc)))


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


def ask_passphrase(path: Path, from_stdin: bool, data_folder: Path | None = None) -> str:
    """The passphrase of the encrypted database (or backup) at `path`, checked before it is
    used. Wrong ones are counted in the data folder across runs: after two, each try waits
    twice as long as the last (as the program's unlock screen does)."""
    attempts = FailedAttempts(data_folder or path.parent)

    def tried(passphrase: str) -> bool:
        wait = attempts.wait_before_attempt()
        if wait:
            print(f"Waiting {wait:.0f} s after wrong passphrases.", file=sys.stderr)
            sleep(wait)
        if verify_passphrase(path, passphrase):
            attempts.succeeded()
            return True
        attempts.failed()
        return False

    if from_stdin:
        passphrase = sys.stdin.readline().rstrip("\r\n")
        if not tried(passphrase):
            raise CommandError("the passphrase is not correct; nothing was changed")
        return passphrase
    if not sys.stdin.isatty():
        raise CommandError(
            f"{path.name} is encrypted: give its passphrase on the terminal, or with "
            "--passphrase-stdin on standard input",
            exit_code=2,
        )
    for _ in range(TERMINAL_ATTEMPTS):
        passphrase = getpass.getpass(f"Passphrase for {path.name}: ")
        if tried(passphrase):
            return passphrase
        print("The passphrase is not correct.", file=sys.stderr)
    raise CommandError("the passphrase is not correct; nothing was changed")


def checked_output(text: str, data_dir_option: str | None, folder: bool = False) -> Path:
    """A file (or folder) named on the command line, checked before anything is opened."""
    protected = protected_folders(resolve_data_dir(data_dir_option))
    try:
        if folder:
            return check_output_folder(Path(text), protected)
        return check_output_file(Path(text), protected)
    except OutputRefused as exc:
        error = CommandError(str(exc), exit_code=2)
        error.core_error = exc
        raise error from None


def data_dir(args: argparse.Namespace, create: bool) -> Path:
    try:
        return prepare_data_dir(resolve_data_dir(args.data_dir), create=create)
    except DataDirError as exc:
        raise CommandError(str(exc), exit_code=2) from None


def from_stdin(args: argparse.Namespace) -> bool:
    return bool(args.passphrase_stdin)  # on the program and on every sub-command


def passphrase_for(path: Path, args: argparse.Namespace, folder: Path) -> str | None:
    """The passphrase of `path` when start-up would ask one for it (None for a plain file)."""
    if not needs_passphrase(path):
        return None
    return ask_passphrase(path, from_stdin(args), folder)


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
        passphrase = ask_passphrase(path, from_stdin(args), folder)
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
        raise command_error(exc) from None
