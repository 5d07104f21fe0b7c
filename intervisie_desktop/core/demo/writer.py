"""Write a demo dataset into an empty data folder."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.instance import LOCK_NAME  # the program's own lock: not data

MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Demo", "{path} already holds data; the demo is written only into an empty folder."
)

# Keys of built-in methods and meeting blocks the demo refers to (files in resources/methods).
DEMO_METHODS = ["incident", "balint_group", "gossip", "five_steps", "ten_steps", "socratic"]
BALINT_METHOD = "balint_group"
MEETING_BLOCKS_BEFORE = ["block.opening", "block.follow_up", "block.inventory"]
MEETING_BLOCKS_AFTER = ["block.evaluation", "block.closing"]


class DemoFolderNotEmpty(IntervisieError):
    """The target folder has files in it; nothing was written."""


def write_demo(
    data_dir: Path, database_name: str, size: Literal["small", "large"] = "small", seed: int = 7
) -> Path:
    """Create the demo database in `data_dir`; refuse a folder that already holds anything
    (the lock file of the program that is about to show the demo does not count)."""
    if data_dir.exists() and any(p.name != LOCK_NAME for p in data_dir.iterdir()):
        raise DemoFolderNotEmpty(MSG_NOT_EMPTY, path=str(data_dir))
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = data_dir / database_name
    try:
        db = open_database(path)
        try:
            if size == "large":
                from intervisie_desktop.core.demo.large import write_large

                write_large(db, seed)
            else:
                from intervisie_desktop.core.demo.small import write_small

                write_small(db, seed)
        finally:
            db.close()
    except BaseException:
        # A half-written demo (a full disk) is not left behind to be taken for one.
        for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    return path
