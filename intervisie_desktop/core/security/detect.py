"""Is a database file encrypted, and does a passphrase open it? Both without writing a byte."""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from intervisie_desktop.core.db.engine import quote_passphrase

#: Every plain SQLite file starts with these 16 bytes; an SQLCipher file starts with random salt.
SQLITE_HEADER = b"SQLite format 3\x00"


def is_encrypted(path: Path) -> bool:
    """True when `path` holds data that is not a plain SQLite file (so it needs a passphrase).

    A missing or empty file is not encrypted: it is a new database. An SQLCipher file is whole
    pages (512 bytes at the least), so other odd-sized files are not taken for encrypted ones.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
            size = os.fstat(fh.fileno()).st_size
    except FileNotFoundError:
        return False
    return head != SQLITE_HEADER and size >= 512 and size % 512 == 0


def verify_passphrase(path: Path, passphrase: str) -> bool:
    """True if `passphrase` opens the encrypted file at `path`; it only reads, so a wrong
    passphrase changes nothing."""
    if not passphrase or not Path(path).exists():
        return False
    conn = sqlcipher.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()
