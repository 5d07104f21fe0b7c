"""Restoring a backup: verify it, keep the current file aside, swap atomically, reopen.

The order matters for a crash at any moment: the verified copy is written next to the database
under a temporary name and synced; the current file is hard-linked aside (its WAL moved with
it); only then does one os.replace put the copy in place. Before the swap the old database is
whole at its path; after it the restored one is. A damaged current file is never written to.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from intervisie_desktop.core.backup.folder import backup_folder
from intervisie_desktop.core.db.database import Database, Runner, run_here
from intervisie_desktop.core.db.engine import make_engine, quote_passphrase
from intervisie_desktop.core.db.faults import translated_faults
from intervisie_desktop.core.db.migrate import upgrade_database
from intervisie_desktop.core.integrity import Health, Problem, check_database, connect_read_only

logger = logging.getLogger(__name__)

Clock = Callable[[], datetime]
STAMP = "%Y-%m-%d_%H%M%S"


def verify_backup(source: Path, passphrase: str | None) -> Health:
    """The full check; a file without our tables is no backup (restoring it would empty all)."""
    health = check_database(Path(source), passphrase, full=True)
    if health.fresh:
        return Health(Path(source), Problem.EMPTY, 0)
    return health


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can sync a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def aside_name(path: Path, label: str, clock: Clock = datetime.now) -> Path:
    """`intervisie-<label>-YYYY-MM-DD_HHMMSS.sqlite3` beside `path`, not yet taken."""
    base = f"{path.stem}-{label}-{clock().strftime(STAMP)}"
    candidate = path.with_name(base + path.suffix)
    n = 1
    while os.path.lexists(candidate):
        n += 1
        candidate = path.with_name(f"{base}-{n}{path.suffix}")
    return candidate


def keep_aside(
    path: Path, label: str, clock: Clock = datetime.now, move: bool = False
) -> Path | None:
    """Keep the file at `path` (with its WAL) under a dated name, byte for byte.

    With move=False the file stays at `path` too (a hard link, or a copy where links are not
    possible), so the database is never missing; its WAL moves to the kept copy. A folder or
    other non-file in the way is always moved.
    """
    if not os.path.lexists(path):
        return None
    aside = aside_name(path, label, clock)
    if move or not path.is_file():
        os.replace(path, aside)
    else:
        try:
            os.link(path, aside)
        except OSError:
            shutil.copy2(path, aside)
    wal = Path(f"{path}-wal")
    if os.path.lexists(wal):
        os.replace(wal, Path(f"{aside}-wal"))
    shm = Path(f"{path}-shm")
    if os.path.lexists(shm) and shm.is_file():
        shm.unlink()
    _fsync_dir(path.parent)
    logger.info("database kept aside as %s", aside.name)
    return aside


def _copy_clean(source: Path, target: Path, passphrase: str | None) -> None:
    """A single-file copy of `source` (its WAL folded in) through the backup API, synced."""
    target.unlink(missing_ok=True)
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    src = connect_read_only(source, passphrase)
    try:
        dest = sqlcipher.connect(str(target))
        try:
            if passphrase:
                dest.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
            src.backup(dest)
            dest.commit()
        finally:
            dest.close()
    finally:
        src.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _checkpoint(path: Path, passphrase: str | None) -> None:
    """Fold the WAL of a sound database into its main file, so the file aside is complete."""
    conn = sqlcipher.connect(str(path))
    try:
        if passphrase:
            conn.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def restore_file(
    target: Path, source: Path, passphrase: str | None, clock: Clock = datetime.now
) -> Path | None:
    """Put a verified copy of `source` at `target` (closed); return where the old file went.

    Raises DatabaseError (nothing changed) when the backup fails verification.
    """
    target, source = Path(target), Path(source)
    health = verify_backup(source, passphrase)
    if not health.ok:
        raise health.error()
    part = target.with_name(f".{target.name}.restoring")
    with translated_faults():
        if os.access(target, os.R_OK) and not os.access(target, os.W_OK):
            # Made read-only on purpose: its folder may allow the swap, the file does not. (A file
            # that cannot even be read is damage, which restore is there to replace.)
            raise PermissionError(errno.EACCES, "the database file is read-only", str(target))
        try:
            _copy_clean(source, part, passphrase)
            copied = check_database(part, passphrase)
            if not copied.ok:
                raise copied.error()
            current = check_database(target, passphrase)
            if current.ok and Path(f"{target}-wal").exists():
                _checkpoint(target, passphrase)
            label = "before-restore" if current.ok else "damaged"
            aside = keep_aside(target, label, clock)
            os.replace(part, target)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    _fsync_dir(target.parent)
    logger.info("backup restored (schema %s)", health.schema_version)
    return aside


def restore_in_place(
    db: Database, source: Path, clock: Clock = datetime.now, run: Runner = run_here
) -> Path | None:
    """Restore into the open `db`: its engine is closed, the file swapped, then reopened.

    `run` carries out the verify-and-swap (file work only, e.g. in a thread); the engine is
    closed, refused and reopened on the calling thread.
    """
    path, passphrase = db.path, db.passphrase
    old_engine = db.suspend()
    try:
        aside = run(lambda: restore_file(path, Path(source), passphrase, clock))
    except BaseException:
        db.engine = old_engine  # nothing was swapped: the current file is still in place
        raise
    db.engine = make_engine(path, passphrase, create=False)
    upgrade_database(db, backup_folder(path))
    return aside
