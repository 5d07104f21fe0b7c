"""Switching encryption on or off and changing the passphrase, without risking the data.

Every operation: check the passphrase, checkpoint the WAL, write a backup, build the new file
beside the old one (ATTACH ... KEY + sqlcipher_export, or a copy that is rekeyed), verify it
(integrity check, same tables, same row counts, same schema number), and only then swap it in
with an atomic rename. A failure at any step leaves the original file as it was.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

import sqlcipher3.dbapi2 as sqlcipher

from intervisie_desktop.core.backup.folder import backup_folder
from intervisie_desktop.core.changes import Change, OpChanges, OpResult
from intervisie_desktop.core.db.database import Database, Runner, run_here
from intervisie_desktop.core.db.engine import make_engine, quote_passphrase
from intervisie_desktop.core.errors import IntervisieError, ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.security.cipher_files import (
    connect_file,
    create_private,
    export_copy,
    fingerprint,
    swap_in,
    verify_copy,
)
from intervisie_desktop.core.security.detect import is_encrypted, verify_passphrase
from intervisie_desktop.core.security.plaintext import settle_plaintext

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

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


class WrongPassphrase(IntervisieError):
    """The passphrase does not open the database; nothing was written."""

    context = "Security"


def check_new_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(MSG_TOO_SHORT, field="passphrase", min=MIN_PASSPHRASE)
    return passphrase


def _backup(conn: sqlcipher.Connection, passphrase: str | None, folder: Path, what: str) -> Path:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"before-{what}-{stamp}.sqlite3"
    create_private(target)
    dest = sqlcipher.connect(str(target))
    try:
        if passphrase:
            dest.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
        conn.backup(dest)
        dest.commit()
    finally:
        dest.close()
    return target


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
    conn = connect_file(path, old)
    tmp = path.with_name(path.name + ".new")
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = fingerprint(conn)
        backup = _backup(conn, old, backup_dir, what)
        build(conn, tmp)
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    try:
        verify_copy(tmp, new, expected)
        verify_copy(backup, old, expected)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    swap_in(path, tmp, wipe_old=not old)
    verify_copy(path, new, expected)
    logger.info("database %s: %s done, backup at %s", path.name, what, backup)
    return backup


def encrypt_file(path: Path, passphrase: str, backup_dir: Path) -> Path:
    """Encrypt a plain database file; every plain copy the program made beside it (backups,
    kept-aside files, temporary leftovers) is encrypted or wiped too (core.security.plaintext).

    Returns the backup written first (encrypted as well by the time this returns).
    """
    check_new_passphrase(passphrase)
    backup = _convert(
        path, None, passphrase, backup_dir, "encrypt", lambda c, t: export_copy(c, t, passphrase)
    )
    settle_plaintext(path, backup_dir, passphrase)
    return backup


def decrypt_file(path: Path, passphrase: str, backup_dir: Path) -> Path:
    """Store the database unencrypted again; the backup written first stays encrypted."""
    return _convert(
        path, passphrase, None, backup_dir, "decrypt", lambda c, t: export_copy(c, t, None)
    )


def change_passphrase_file(path: Path, old: str, new: str, backup_dir: Path) -> Path:
    """Re-encrypt under a new passphrase: a copy is rekeyed, verified, then swapped in."""
    check_new_passphrase(new)

    def build(conn: sqlcipher.Connection, target: Path) -> None:
        create_private(target)
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
        self.backup_dir = backup_dir or backup_folder(db.path)

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
