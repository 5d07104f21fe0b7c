"""The single engine factory: plain SQLite or SQLCipher, same driver, same settings."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event

from intervisie_desktop.core.db.faults import storage_fault
from intervisie_desktop.core.db.keying import quote_passphrase
from intervisie_desktop.core.errors import DatabaseError

__all__ = ["BUSY_TIMEOUT_MS", "make_engine", "quote_passphrase"]

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def _touch_private(path: Path) -> None:
    """Create the file 0600 before SQLite does, so its WAL and SHM inherit the mode."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    os.chmod(path, 0o600)


def make_engine(path: Path, passphrase: str | None = None, create: bool = True) -> Engine:
    """Engine on `path`; with a passphrase the file is (or becomes) SQLCipher-encrypted.

    Every connection gets: the key first (SQLCipher requires it before anything else), foreign
    keys, WAL, a busy timeout and secure_delete, so deleted text is overwritten on disk.
    A full disk or a read-only file or folder arrives as DatabaseError from any statement,
    connect or commit (not as "not a database" or an unexpected error), whoever ran it.
    """
    path = Path(path)
    if create:
        _touch_private(path)
    elif not path.exists():
        raise FileNotFoundError(path)
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA cipher_log_level = NONE")  # errors reach us as exceptions
        if passphrase:
            cur.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA secure_delete = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "handle_error")
    def _name_disk_faults(context: Any) -> DatabaseError | None:
        fault = storage_fault(context.original_exception, path)
        if fault is None:
            return None
        # The kind only: statements and their values may hold confidential text.
        logger.info(
            "write refused by the disk: %s (%s)",
            type(context.original_exception).__name__,
            fault[:40],
        )
        return DatabaseError(fault)

    return engine
