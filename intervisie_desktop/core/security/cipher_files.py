"""File-level steps on SQLCipher database files: open with a key, fingerprint, copy under
another key, verify a copy, swap it in atomically, wipe the old bytes.

Shared by switching protection (core.security.encryption) and by settling plain copies
(core.security.plaintext); each step works on files and connections, never on the engine.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from intervisie_desktop.core.db.engine import quote_passphrase
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

MSG_VERIFY_FAILED = QT_TRANSLATE_NOOP(
    "Security",
    "The re-encrypted copy did not match the original, so it was discarded. Your data is "
    "unchanged.",
)


class VerifyFailed(IntervisieError):
    context = "Security"


def connect_file(path: Path, passphrase: str | None) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if passphrase:
        conn.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # a wrong key fails here
    return conn


def fingerprint(conn: sqlcipher.Connection) -> dict[str, int]:
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


def verify_copy(path: Path, passphrase: str | None, expected: dict[str, int]) -> None:
    try:
        conn = connect_file(path, passphrase)
    except sqlcipher.DatabaseError:
        raise VerifyFailed(MSG_VERIFY_FAILED) from None
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        if not ok or fingerprint(conn) != expected:
            raise VerifyFailed(MSG_VERIFY_FAILED)
    finally:
        conn.close()


def create_private(path: Path) -> None:
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def wipe(path: Path) -> None:
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


def export_copy(conn: sqlcipher.Connection, target: Path, passphrase: str | None) -> None:
    """Write the whole database behind `conn` into `target` under another key ('' = plain)."""
    create_private(target)
    key = quote_passphrase(passphrase or "")
    conn.execute(f"ATTACH DATABASE '{target.as_posix()}' AS export KEY {key}")
    try:
        conn.execute("SELECT sqlcipher_export('export')")
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA export.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE export")


def swap_in(path: Path, new_file: Path, wipe_old: bool) -> None:
    """Put `new_file` in the place of `path` atomically; with wipe_old overwrite the old bytes."""
    fsync_file(new_file)
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
        wipe(old)
