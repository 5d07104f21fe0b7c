"""The database file as the program last closed it after finding it sound.

The start-up check reads every page of the file: about 0.1 s for the large demo, a second for
a career's data, and it grows with every year kept. A file that nothing has written since the
program closed it, after a check that found it sound, was sound then: the check can run behind
the first screen instead of before it (damage found then is offered for recovery over the
window). Anything else that touched the file, a kill mid-write, a restore, a command-line tool
or another program, changes its identity, size or modification time, and the next start checks
before the first screen as always.

The record (in the data folder, beside the file) holds those four numbers and nothing of the
data. It is only ever a reason to check later, never a reason not to check.
"""

from __future__ import annotations

import json
import logging
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

logger = logging.getLogger(__name__)

SUFFIX = ".checked"


def record_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def file_stamp(database: Path) -> list[int] | None:
    """Identity, size and modification time of the file; None when it is missing or a WAL
    file with content is beside it (then the file is not as a clean close leaves it)."""
    try:
        info = os.stat(database)
    except OSError:
        return None
    try:
        if os.stat(f"{database}-wal").st_size > 0:
            return None
    except OSError:
        pass
    return [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns]


def remember_sound(database: Path) -> bool:
    """Record the file as it is now (just closed, found sound this run); False if the record
    could not be written (a full disk: the next start then checks first, as it always may)."""
    stamp = file_stamp(database)
    target = record_path(database)
    if stamp is None:
        forget(database)
        return False
    temporary = target.with_name(target.name + ".tmp")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            json.dump({"stamp": stamp}, handle)
        os.replace(temporary, target)
    except OSError as exc:
        logger.warning("could not record the checked file: %s", type(exc).__name__)
        temporary.unlink(missing_ok=True)
        return False
    return True


def unchanged_since_sound(database: Path) -> bool:
    """Whether the file is exactly as the program left it when it last recorded it sound."""
    try:
        recorded = json.loads(record_path(database).read_text(encoding="ascii"))["stamp"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    stamp = file_stamp(database)
    return stamp is not None and recorded == stamp


def forget(database: Path) -> None:
    """Drop the record: the next start checks before the first screen."""
    try:
        record_path(database).unlink(missing_ok=True)
    except OSError as exc:
        logger.warning("could not drop the checked record: %s", type(exc).__name__)
