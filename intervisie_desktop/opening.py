"""The services on the database of a data folder, with the method files shipped with the program.

Used by the window, the sub-commands and the self-check alike; imports no Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.core.db.database import Database, open_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import backup_dir, database_path, methods_dir

if TYPE_CHECKING:
    from pathlib import Path


def services_for(db: Database) -> Services:
    """The services on an open database, with the built-in methods of this installation."""
    return Services(db, methods_dir())


def open_services(data_dir: Path, passphrase: str | None = None) -> Services:
    """Open (creating if needed) and migrate the data folder's database."""
    db = open_database(
        database_path(data_dir), passphrase=passphrase, backup_dir=backup_dir(data_dir)
    )
    return services_for(db)
