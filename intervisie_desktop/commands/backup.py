"""`intervisie backup`: a verified copy of the database, into the backup folder or a file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.common import (
    add_data_dir_option,
    checked_output,
    command_error,
    open_existing,
)
from intervisie_desktop.core.backup.store import BackupService
from intervisie_desktop.core.errors import IntervisieError

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "backup", help="write a checked copy of the database (default: into the backup folder)"
    )
    add_data_dir_option(parser)
    parser.add_argument("--out", metavar="FILE", help="write the copy to FILE instead")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = None
    if args.out is not None:
        out = checked_output(args.out, args.data_dir)
    db = open_existing(args)
    try:
        backups = BackupService(db)
        written = backups.to_file(out) if out is not None else backups.write("manual").path
    except IntervisieError as exc:
        raise command_error(exc) from None
    finally:
        db.close()
    print(f"backup written to {written} ({written.stat().st_size:,} bytes)")
    return 0
