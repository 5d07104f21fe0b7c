"""Where the backups of a database are kept: the folder `backups` beside the database file."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

BACKUP_DIR_NAME = "backups"


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_DIR_NAME
