"""`intervisie list-groups`: one line per group, id TAB name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervisie_desktop.commands.common import add_data_dir_option, open_existing
from intervisie_desktop.opening import services_for

if TYPE_CHECKING:
    import argparse


def register(commands: Any) -> None:
    parser = commands.add_parser("list-groups", help="print the groups: id, a tab, the name")
    add_data_dir_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = open_existing(args)
    try:
        for group in services_for(db).groups.list(archived=None):
            print(f"{group.id}\t{group.name}")
    finally:
        db.close()
    return 0
