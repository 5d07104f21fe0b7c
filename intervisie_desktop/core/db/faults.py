"""Faults while saving, told to the user: SQLite and OS errors become typed, translatable errors.

Every write goes through a session inside `translated_faults()`; the session rolls back on the
way out, so a failed save stores nothing and the caller still holds what the user typed.
"""

from __future__ import annotations

import errno
import logging
import traceback
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import exc as sa_exc

from intervisie_desktop.core.db.storage import (
    FULL_ERRNOS,
    READ_ONLY_ERRNOS,
    disk_full,
    read_only,
)
from intervisie_desktop.core.errors import DatabaseError, IntervisieError, ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Iterator

logger = logging.getLogger(__name__)

MSG_DISK_FULL = QT_TRANSLATE_NOOP(
    "Database",
    "The disk is full, so the change was not saved. Free some space and try again, or save a "
    "copy of the database elsewhere (File menu).",
)
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "Database",
    "The database cannot be written: the file or its folder is read-only. The change was not "
    "saved; save a copy of the database elsewhere (File menu) or make the folder writable.",
)
MSG_IO = QT_TRANSLATE_NOOP(
    "Database",
    "The disk reported an error while saving, so the change was not saved. Check the disk or "
    "save a copy of the database elsewhere (File menu), then try again.",
)
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "Database",
    "The database is busy in another program, so the change was not saved. Try again in a moment.",
)
MSG_CORRUPT = QT_TRANSLATE_NOOP(
    "Database",
    "The database file is damaged, so the change was not saved. Restart Intervisie to check "
    "the file and restore a backup.",
)
MSG_CONFLICT = QT_TRANSLATE_NOOP(
    "Database",
    "The change refers to data that does not exist or conflicts with other data; it was not saved.",
)
MSG_CANNOT_STORE = QT_TRANSLATE_NOOP(
    "Validation", "A value given cannot be stored ({name}); nothing was saved."
)

# SQLite's own wording (the message of sqlite3.OperationalError), most specific first.
_SQLITE_MESSAGES: tuple[tuple[str, str], ...] = (
    ("database or disk is full", MSG_DISK_FULL),
    ("readonly database", MSG_READ_ONLY),
    ("read-only", MSG_READ_ONLY),
    ("disk i/o error", MSG_IO),
    ("database is locked", MSG_LOCKED),
    ("database table is locked", MSG_LOCKED),
    ("database disk image is malformed", MSG_CORRUPT),
    ("file is not a database", MSG_CORRUPT),
    ("unable to open database file", MSG_READ_ONLY),
)

_OS_ERRNOS: dict[int, str] = {
    errno.ENOSPC: MSG_DISK_FULL,
    errno.EDQUOT: MSG_DISK_FULL,
    errno.EFBIG: MSG_DISK_FULL,
    errno.EROFS: MSG_READ_ONLY,
    errno.EACCES: MSG_READ_ONLY,
    errno.EPERM: MSG_READ_ONLY,
    errno.EIO: MSG_IO,
}


def storage_fault(exc: BaseException, path: Path | None = None) -> str | None:
    """MSG_DISK_FULL or MSG_READ_ONLY when `exc` is the disk refusing a write, else None.

    `path` (the database file) names the cause of SQLite's vaguer reports: a full disk shows
    as "disk I/O error" when the WAL index cannot grow, a read-only folder as "unable to open
    database file"; without it, or when neither applies, those stay unnamed (None).
    """
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    if isinstance(orig, OSError):
        if orig.errno in FULL_ERRNOS:
            return MSG_DISK_FULL
        return MSG_READ_ONLY if orig.errno in READ_ONLY_ERRNOS else None
    if not isinstance(orig, sqlcipher.Error):
        return None
    text = str(orig).lower()
    if "database or disk is full" in text:
        return MSG_DISK_FULL
    if "readonly database" in text or "read-only" in text:
        return MSG_READ_ONLY
    if path is not None and ("disk i/o error" in text or "unable to open database file" in text):
        if read_only(path):
            return MSG_READ_ONLY
        if disk_full(path.parent):
            return MSG_DISK_FULL
    return None


def storage_error(exc: BaseException, path: Path | None = None) -> IntervisieError | None:
    """The error to show for an exception no one caught: ours as it is, a disk that refuses
    writes as DatabaseError; anything else (a bug) is None and stays an unexpected error."""
    if isinstance(exc, IntervisieError):
        return exc
    if isinstance(exc, OSError):  # some file: only a full disk is surely what to name
        return DatabaseError(MSG_DISK_FULL) if exc.errno in FULL_ERRNOS else None
    fault = storage_fault(exc, path)
    return DatabaseError(fault) if fault is not None else None


def translate(exc: BaseException, path: Path | None = None) -> IntervisieError | None:
    """The user-facing error for a storage failure, or None when it is not one we know."""
    if isinstance(exc, IntervisieError):
        return exc
    fault = storage_fault(exc, path)
    if fault is not None:
        return DatabaseError(fault)
    if isinstance(exc, sa_exc.StatementError) and not isinstance(exc, sa_exc.DBAPIError):
        # SQLAlchemy could not bind a value (wrong type, unencodable text): nothing was sent.
        name = _first_param_name(exc)
        return ValidationError(MSG_CANNOT_STORE, field=name, name=name)
    if isinstance(exc, sa_exc.ArgumentError | sa_exc.InvalidRequestError):
        return ValidationError(MSG_CANNOT_STORE, field="?", name="?")
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    if isinstance(orig, sqlcipher.IntegrityError):
        return DatabaseError(MSG_CONFLICT)
    if isinstance(orig, sqlcipher.InterfaceError):
        return ValidationError(MSG_CANNOT_STORE, field="?", name="?")
    if isinstance(orig, UnicodeError | OverflowError | TypeError | ValueError):
        # An input no check foresaw reached the database layer: refused, logged for a fix.
        return ValidationError(MSG_CANNOT_STORE, field="?", name="?")
    if isinstance(orig, sqlcipher.Error):
        text = str(orig).lower()
        for fragment, message in _SQLITE_MESSAGES:
            if fragment in text:
                return DatabaseError(message)
        return None
    if isinstance(orig, OSError) and orig.errno in _OS_ERRNOS:
        return DatabaseError(_OS_ERRNOS[orig.errno])
    return None


def _first_param_name(exc: sa_exc.StatementError) -> str:
    params = exc.params
    if isinstance(params, dict) and params:
        return str(next(iter(params)))
    return "?"


@contextmanager
def translated_faults() -> Iterator[None]:
    """Re-raise storage failures as DatabaseError/ValidationError; others pass unchanged."""
    try:
        yield
    except IntervisieError:
        raise
    except (
        sa_exc.SQLAlchemyError,
        sqlcipher.Error,
        OSError,
        UnicodeError,
        OverflowError,
        TypeError,
        ValueError,
    ) as exc:
        error = translate(exc)
        if error is None:
            raise
        # Only the kind and the code location are logged: values may hold confidential text.
        frames = traceback.extract_tb(exc.__traceback__)
        ours = [f for f in frames if "intervisie_desktop" in f.filename] or frames
        where = ours[-1]
        logger.warning(
            "save refused: %s at %s:%s (%s)",
            type(exc).__name__,
            Path(where.filename).name,
            where.lineno,
            error.source[:40],
        )
        raise error from None
