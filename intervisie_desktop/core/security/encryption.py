"""Switching encryption on or off and changing the passphrase, without risking the data.

Every operation: check the passphrase, checkpoint the WAL, write a backup, build the new file
beside the old one (ATTACH ... KEY + sqlcipher_export, or a copy that is rekeyed), verify it
(integrity check, same tables, same row counts, same schema number), and only then swap it in
with an atomic rename. A failure at any step leaves the original file as it was.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from intervisie_desktop.core.changes import Change, OpChanges, OpResult
from intervisie_desktop.core.db.database import Database, Runner, run_here
from intervisie_desktop.core.db.engine import make_engine, quote_passphrase
from intervisie_desktop.core.errors import IntervisieError, ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.security.detect import is_encrypted, verify_passphrase

logger = logging.getLogger(__name__)

MIN_PASSPHRASE = 8

MSG_WRONG = QT_TRANSLATE_NOOP(
    "Security", "The passphrase is not correct. Nothing was changed; please try again."
)
MSG_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Security", "A passphrase needs at least {min} characters; a short sentence works well."
)
MSG_ALREADY = QT_TRANSLATE_NOOP("Security", "The data is already protected with a passphrase.")
MSG_NOT_PROTECTED = QT_TRANSLATE_NOOP("Security", "The data is not protected with a passphrase.")
MSG_VERIFY_FAILED = QT_TRANSLATE_NOOP(
    "Security",
    "The re-encrypted copy did not match the original, so it was discarded. Your data is "
    "unchanged.",
)


class WrongPassphrase(IntervisieError):
    """The passphrase does not open the database; nothing was written."""

    context = "Security"


class VerifyFailed(IntervisieError):
    context = "Security"


def check_new_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(MSG_TOO_SHORT, field="passphrase", min=MIN_PASSPHRASE)
    return passphrase


def _connect(path: Path, passphrase: str | None) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if passphrase:
        conn.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a wrong key fails here
    return conn


def _fingerprint(conn: sqlcipher.Connection) -> dict[str, int]:
    """Row count per table and the schema number: what a faithful copy must reproduce."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
    ]
    counts = {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}
    counts["(user_version)"] = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return counts


def _verify(path: Path, passphrase: str | None, expected: dict[str, int]) -> None:
    try:
        conn = _connect(path, passphrase)
    except sqlcipher.DatabaseError:
        raise VerifyFailed(MSG_VERIFY_FAILED) from None
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        if not ok or _fingerprint(conn) != expected:
            raise VerifyFailed(MSG_VERIFY_FAILED)
    finally:
        conn.close()


def _private(path: Path) -> None:
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _wipe(path: Path) -> None:
    """Overwrite a file with zeros before removing it (best effort on flash storage)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.write(b"\0" * size)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def _backup(conn: sqlcipher.Connection, passphrase: str | None, folder: Path, what: str) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"before-{what}-{stamp}.sqlite3"
    _private(target)
    dest = sqlcipher.connect(str(target))
    try:
        if passphrase:
            dest.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
        conn.backup(dest)
        dest.commit()
    finally:
        dest.close()
    return target


def _export(conn: sqlcipher.Connection, target: Path, passphrase: str | None) -> None:
    """Write the whole database behind `conn` into `target` under another key ('' = plain)."""
    _private(target)
    key = quote_passphrase(passphrase or "")
    conn.execute(f"ATTACH DATABASE '{target.as_posix()}' AS export KEY {key}")
    try:
        conn.execute("SELECT sqlcipher_export('export')")
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA export.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE export")


def _swap(path: Path, new_file: Path, wipe_old: bool) -> None:
    """Put `new_file` in the place of `path` atomically; with wipe_old overwrite the old bytes."""
    _fsync(new_file)
    old = path.with_name(path.name + ".old")
    old.unlink(missing_ok=True)
    if wipe_old:
        os.link(path, old)  # keeps the old inode reachable so it can be overwritten after
    os.replace(new_file, path)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    if wipe_old:
        _wipe(old)


def _convert(
    path: Path,
    old: str | None,
    new: str | None,
    backup_dir: Path,
    what: str,
    build: Callable[[sqlcipher.Connection, Path], None],
) -> Path:
    if old and not verify_passphrase(path, old):
        raise WrongPassphrase(MSG_WRONG)
    conn = _connect(path, old)
    tmp = path.with_name(path.name + ".new")
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = _fingerprint(conn)
        backup = _backup(conn, old, backup_dir, what)
        build(conn, tmp)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    try:
        _verify(tmp, new, expected)
        _verify(backup, old, expected)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _swap(path, tmp, wipe_old=not old)
    _verify(path, new, expected)
    logger.info("database %s: %s done, backup at %s", path.name, what, backup)
    return backup


def encrypt_file(path: Path, passphrase: str, backup_dir: Path) -> Path:
    """Encrypt a plain database file; every plain copy the program made beside it (backups,
    kept-aside files, temporary leftovers) is encrypted or wiped too (core.security.plaintext).

    Returns the backup written first (encrypted as well by the time this returns).
    """
    from intervisie_desktop.core.security.plaintext import settle_plaintext

    check_new_passphrase(passphrase)
    backup = _convert(
        path, None, passphrase, backup_dir, "encrypt", lambda c, t: _export(c, t, passphrase)
    )
    settle_plaintext(path, backup_dir, passphrase)
    return backup


def decrypt_file(path: Path, passphrase: str, backup_dir: Path) -> Path:
    """Store the database unencrypted again; the backup written first stays encrypted."""
    return _convert(path, passphrase, None, backup_dir, "decrypt", lambda c, t: _export(c, t, None))


def change_passphrase_file(path: Path, old: str, new: str, backup_dir: Path) -> Path:
    """Re-encrypt under a new passphrase: a copy is rekeyed, verified, then swapped in."""
    check_new_passphrase(new)

    def build(conn: sqlcipher.Connection, target: Path) -> None:
        _private(target)
        dest = sqlcipher.connect(str(target), isolation_level=None)
        try:
            dest.execute(f"PRAGMA key = {quote_passphrase(old)}")
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            dest.execute(f"PRAGMA rekey = {quote_passphrase(new)}")
        finally:
            dest.close()

    return _convert(path, old, new, backup_dir, "new-passphrase", build)


class ProtectionService:
    """Passphrase protection of the open database; the services keep working across a switch
    because the Database object gets a new engine in place."""

    def __init__(self, db: Database, backup_dir: Path | None = None) -> None:
        self.db = db
        self.backup_dir = backup_dir or db.path.parent / "backups"

    def is_protected(self) -> bool:
        return is_encrypted(self.db.path)

    def check(self, passphrase: str) -> bool:
        """Does `passphrase` open the database file (used to unlock the window)?"""
        return verify_passphrase(self.db.path, passphrase)

    def protect(self, passphrase: str, run: Runner = run_here) -> OpResult[Path]:
        """Encrypt the open database; `run` carries out the file work (e.g. in a thread)."""
        if self.is_protected():
            raise ValidationError(MSG_ALREADY)
        check_new_passphrase(passphrase)
        path, folder = self.db.path, self.backup_dir
        return self._switch(passphrase, lambda: encrypt_file(path, passphrase, folder), run)

    def unprotect(self, current: str, run: Runner = run_here) -> OpResult[Path]:
        if not self.is_protected():
            raise ValidationError(MSG_NOT_PROTECTED)
        path, folder = self.db.path, self.backup_dir
        return self._switch(None, lambda: decrypt_file(path, current, folder), run)

    def change(self, current: str, new: str, run: Runner = run_here) -> OpResult[Path]:
        if not self.is_protected():
            raise ValidationError(MSG_NOT_PROTECTED)
        check_new_passphrase(new)
        path, folder = self.db.path, self.backup_dir
        return self._switch(new, lambda: change_passphrase_file(path, current, new, folder), run)

    def _switch(
        self, new: str | None, operation: Callable[[], Path], run: Runner
    ) -> OpResult[Path]:
        """The engine is closed (and refuses connections) while `operation` replaces the file;
        only this thread touches the engine, `run` may carry the file work elsewhere."""
        db = self.db
        old_engine = db.suspend()
        try:
            backup = run(operation)
        except BaseException:
            db.engine = old_engine  # the file is as it was; the old key still opens it
            raise
        db.engine = make_engine(db.path, new, create=False)
        db.passphrase = new
        return OpResult(backup, OpChanges.of(Change.SETTINGS))
