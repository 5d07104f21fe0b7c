"""Write a demo dataset into an empty data folder.

The demo is written under a temporary name in the folder and renamed at the end: a demo that is
killed half-way leaves no database behind (which would pass the check, hold no demo, and make
the next demo refuse the folder), only its temporary file, which the next demo clears away.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.instance import LOCK_NAME  # the program's own lock: not data

if TYPE_CHECKING:
    from pathlib import Path

MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Demo", "{path} already holds data; the demo is written only into an empty folder."
)

#: Added to the database's name while the demo is being written.
PARTIAL_SUFFIX = ".demo-partial"
SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


class DemoFolderNotEmpty(IntervisieError):
    """The target folder has files in it; nothing was written."""


def partial_files(data_dir: Path, database_name: str) -> list[Path]:
    base = f"{database_name}{PARTIAL_SUFFIX}"
    return [data_dir / f"{base}{companion}" for companion in SQLITE_COMPANIONS]


def _remove(paths: list[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def write_demo(
    data_dir: Path,
    database_name: str,
    size: Literal["small", "large", "career"] = "small",
    seed: int = 7,
    *,
    methods_dir: Path,
) -> Path:
    """Create the demo database in `data_dir`; refuse a folder that already holds anything
    (the lock file of the program that is about to show the demo, and what a killed demo
    left under the temporary name, do not count). `methods_dir`: the built-in method files
    the small demo plans its meetings with."""
    partial = partial_files(data_dir, database_name)
    ignored = {LOCK_NAME, *(p.name for p in partial)}
    if data_dir.exists() and any(p.name not in ignored for p in data_dir.iterdir()):
        raise DemoFolderNotEmpty(MSG_NOT_EMPTY, path=str(data_dir))
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    _remove(partial)  # a killed demo's leftovers
    path = data_dir / database_name
    try:
        db = open_database(partial[0])
        try:
            if size in ("large", "career"):
                from intervisie_desktop.core.demo.large import CAREER_BLOCKS, write_large

                write_large(db, seed, blocks=CAREER_BLOCKS if size == "career" else 1)
            else:
                from intervisie_desktop.core.demo.small import write_small

                write_small(db, methods_dir, seed)
        finally:
            db.close()
        with open(partial[0], "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial[0], path)
        _fsync_dir(data_dir)
    except BaseException:
        _remove(partial)
        raise
    return path


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
