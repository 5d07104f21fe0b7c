"""`intervisie backup`: a verified copy of the database, into the backup folder or a file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from intervisie_desktop.commands.common import (
    CommandError,
    add_data_dir_option,
    command_error,
    open_existing,
)
from intervisie_desktop.core.backup.store import BackupService
from intervisie_desktop.core.errors import IntervisieError


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "backup", help="write a checked copy of the database (default: into the backup folder)"
    )
    add_data_dir_option(parser)
    parser.add_argument("--out", metavar="FILE", help="write the copy to FILE instead")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        backups = BackupService(db)
        if args.out:
            out = Path(args.out).expanduser().absolute()
            if out.exists() and out.is_dir():
                raise CommandError(f"{out} is a folder; name a file", exit_code=2)
            if out.resolve() == db.path.resolve():
                raise CommandError("the copy cannot replace the database itself", exit_code=2)
            written = backups.to_file(out)
        else:
            written = backups.write("manual").path
    except IntervisieError as exc:
        raise command_error(exc) from None
    finally:
        db.close()
    print(f"backup written to {written} ({written.stat().st_size:,} bytes)")
    return 0
