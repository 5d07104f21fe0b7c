"""SQLite's online backup API: a consistent copy of a live database, keyed like the source."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from intervisie_desktop.core.db.engine import quote_passphrase

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Engine


def online_backup(
    engine: Engine,
    passphrase: str | None,
    target: Path,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Copy the database behind `engine` into `target` (0600) atomically.

    SQLCipher backs up only between databases of the same key, so the copy gets the source's
    key: an encrypted database gives an encrypted backup. `progress(done, total)` gets pages.
    """
    target = Path(target)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    raw = engine.raw_connection()
    try:
        dest = sqlcipher.connect(str(tmp))
        try:
            if passphrase:
                dest.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
            if progress is None:
                raw.driver_connection.backup(dest)  # type: ignore[union-attr]
            else:
                raw.driver_connection.backup(  # type: ignore[union-attr]
                    dest, pages=256, progress=lambda _s, left, total: progress(total - left, total)
                )
            dest.commit()
        finally:
            dest.close()
        with open(tmp, "rb+") as handle:  # on disk before it replaces anything
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    os.replace(tmp, target)
