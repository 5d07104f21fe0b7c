"""Can the disk under the database take writes? A full disk, a read-only file or folder.

Asked in two places: at start, before anything is written (`start_problem`), and when SQLite
reports a vague failure (`disk I/O error`, `unable to open database file`), to name the cause.
Nothing here writes data: the file is opened for writing and closed again, and a nameless
temporary file is made in the folder and dropped (as the data folder check does: access(2) says
yes to root everywhere, and some network folders answer it wrongly).
"""

from __future__ import annotations

import errno
import os
import tempfile
from typing import TYPE_CHECKING

from intervisie_desktop.core.errors import DatabaseError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pathlib import Path

#: Less free space than this on the data folder's disk counts as a full disk at start.
FULL_BELOW_BYTES = 1024 * 1024

READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})

MSG_START_FULL = QT_TRANSLATE_NOOP(
    "Database",
    "The disk that holds the data folder {folder} is full, so Intervisie cannot work safely "
    "and did not start. Nothing was changed. Free some space on that disk, then start again.",
)
MSG_START_READ_ONLY = QT_TRANSLATE_NOOP(
    "Database",
    "The database {path} is read-only: the file or its folder cannot be written, so Intervisie "
    "did not start. Nothing was changed. Make the file and its folder writable, or copy the "
    "data folder to a writable place and start Intervisie on that copy (--data-dir).",
)


def free_bytes(folder: Path) -> int | None:
    """Free space for this user on the disk holding `folder`; None when it cannot be told."""
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return None
    return info.f_bavail * info.f_frsize


def disk_full(folder: Path, below: int = FULL_BELOW_BYTES) -> bool:
    free = free_bytes(folder)
    return free is not None and free < below


def read_only(path: Path) -> bool:
    """True when the database file (if it exists) or its folder cannot be written."""
    folder = path.parent
    if folder.is_dir():
        try:
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as exc:
            if exc.errno in READ_ONLY_ERRNOS:
                return True
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError as exc:
        return exc.errno in READ_ONLY_ERRNOS
    os.close(fd)
    return False


def start_problem(path: Path, cause: OSError | None = None) -> DatabaseError | None:
    """Why the database at `path` cannot be worked on (read-only, full disk), or None.
    `cause`: the error of a write that already failed, for when the disk gives no clue
    (a quota, say, leaves free space on the disk)."""
    errno_ = cause.errno if cause is not None else None
    if read_only(path) or errno_ in READ_ONLY_ERRNOS:
        return DatabaseError(MSG_START_READ_ONLY, path=str(path))
    if disk_full(path.parent) or errno_ in FULL_ERRNOS:
        return DatabaseError(MSG_START_FULL, folder=str(path.parent))
    return None
