"""A file swap cut off by a kill: when the database is gone, its temporary copy takes its place.

The program replaces the database only by an atomic rename of a finished copy (`.new` while
protection is switched, `.restoring` while a backup is restored; `.old` is the previous file,
kept for overwriting). If the database is missing or empty at start while such a file is
there, that file is the only whole copy, so it is put in place rather than removed. The
start-up check that follows decides whether it is sound, as for any database. Light on
imports: it runs before the data layer is loaded. The caller holds the single-instance lock.
"""

from __future__ import annotations

import contextlib
import logging
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

logger = logging.getLogger(__name__)


def temporaries(database: Path) -> list[Path]:
    """The temporary files beside `database`, in the order they are trusted."""
    return [
        database.with_name(database.name + ".new"),
        database.with_name(f".{database.name}.restoring"),
        database.with_name(database.name + ".old"),
    ]


def finish_interrupted_swap(database: Path) -> Path | None:
    """Put the temporary copy in place of a missing or empty database; returns the file used."""
    try:
        if database.stat().st_size > 0:
            return None
    except FileNotFoundError:
        pass
    for candidate in temporaries(database):
        with contextlib.suppress(OSError):
            if candidate.is_file() and candidate.stat().st_size > 0:
                os.replace(candidate, database)
                with contextlib.suppress(OSError):  # not every platform syncs a folder
                    fd = os.open(database.parent, os.O_RDONLY)
                    try:
                        os.fsync(fd)
                    finally:
                        os.close(fd)
                logger.warning("database put back in place from %s", candidate.name)
                return candidate
    return None
