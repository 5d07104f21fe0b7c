"""Is this database file sound? Checked read-only: a damaged file is never written to.

`check_database` opens the file with SQLite's `immutable` flag (or `mode=ro` when a WAL file
holds committed changes), so checking creates no WAL, runs no migration and changes no byte.
The quick form (PRAGMA quick_check) runs at every start, there with foreign_key_check too
(`references`: some 20 ms on the large demo); the full form (integrity_check and
foreign_key_check) backs `intervisie check` and the verification of backups before a restore.
"""

from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher

from intervisie_desktop.core.db.keying import quote_passphrase
from intervisie_desktop.core.db.schema import SCHEMA_VERSION, TABLES
from intervisie_desktop.core.errors import DatabaseError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
#: Page cache of a checking connection, in KiB.
CHECK_CACHE_KIB = 256
#: What reading a damaged file raises: SQLite's errors, and text that is no longer UTF-8.
READ_ERRORS = (sqlcipher.DatabaseError, UnicodeDecodeError)
# Where the sample for telling encrypted from plain data begins, and how long it is at most.
BODY_OFFSET = 512
BODY_SAMPLE = 16384
# A shorter sample gives no verdict (the file is taken at its header's word).
BODY_SAMPLE_MIN = 512
# Chi-square over 256 byte values: random data scores 255 +- 23; 1000 is 30 deviations away.
RANDOM_SCORE_LIMIT = 1000.0


class Problem(StrEnum):
    MISSING = "missing"
    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"  # not a database, or encrypted and the passphrase is wrong
    NEEDS_PASSPHRASE = "needs_passphrase"  # looks encrypted and no passphrase was given
    DAMAGED = "damaged"
    TOO_NEW = "too_new"
    FOREIGN = "foreign"
    MISSING_TABLES = "missing_tables"
    BROKEN_REFERENCES = "broken_references"


MESSAGES: dict[Problem, str] = {
    Problem.MISSING: QT_TRANSLATE_NOOP("Database", "There is no database file at {path}."),
    Problem.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "Database", "{path} is not a file (a folder or something else is in its place)."
    ),
    Problem.UNREADABLE: QT_TRANSLATE_NOOP(
        "Database", "{path} cannot be read (no permission, or the disk refuses it)."
    ),
    Problem.EMPTY: QT_TRANSLATE_NOOP("Database", "{path} is empty: it holds no data at all."),
    Problem.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "Database",
        "{path} is not an Intervisie database, or it is encrypted and the passphrase is wrong.",
    ),
    Problem.NEEDS_PASSPHRASE: QT_TRANSLATE_NOOP(
        "Database", "{path} is encrypted; it needs its passphrase."
    ),
    Problem.DAMAGED: QT_TRANSLATE_NOOP(
        "Database", "{path} is damaged: SQLite's integrity check found errors ({detail})."
    ),
    Problem.TOO_NEW: QT_TRANSLATE_NOOP(
        "Database",
        "{path} was written by a newer version of Intervisie (schema {found}; this program "
        "knows up to {known}). Install that version of Intervisie or a newer one to open it; "
        "the file was left untouched.",
    ),
    Problem.FOREIGN: QT_TRANSLATE_NOOP("Database", "{path} holds tables of another program."),
    Problem.MISSING_TABLES: QT_TRANSLATE_NOOP(
        "Database", "{path} is incomplete: tables are missing ({detail})."
    ),
    Problem.BROKEN_REFERENCES: QT_TRANSLATE_NOOP(
        "Database", "{path} has records that refer to records that no longer exist ({detail})."
    ),
}
MSG_SOUND = QT_TRANSLATE_NOOP("Database", "{path} is sound (schema {found}).")


@dataclass(frozen=True)
class Health:
    """The outcome of a check; `detail` holds SQLite's technical wording, never record content."""

    path: Path
    problem: Problem | None = None
    schema_version: int | None = None
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def fresh(self) -> bool:
        """Sound but without our tables yet (a brand-new file): opening will create them."""
        return self.ok and self.schema_version == 0

    def error(self) -> DatabaseError:
        source = MSG_SOUND if self.problem is None else MESSAGES[self.problem]
        return DatabaseError(
            source,
            path=str(self.path),
            detail=self.detail,
            found=self.schema_version,
            known=SCHEMA_VERSION,
        )

    def message(self) -> str:
        """One line in English, for the command line and the log."""
        return self.error().english()


def looks_random(sample: bytes) -> bool:
    """Whether the bytes are as evenly spread as encrypted data (a chi-square test).

    Encrypted pages score about 255 whatever their length; database pages (zeros, small
    integers, text) score in the thousands already over a few hundred bytes."""
    if not sample:
        return True
    expected = len(sample) / 256
    score = sum((sample.count(byte) - expected) ** 2 for byte in range(256)) / expected
    return score < RANDOM_SCORE_LIMIT


def looks_encrypted(head: bytes, size: int, body: bytes = b"") -> bool:
    """SQLCipher files start with a random salt and are whole pages long; text files are not.

    `body`: a sample from beyond the first bytes (see `read_body_sample`). SQLCipher encrypts
    every byte after its 16-byte salt, so a file whose body is plain data is no encrypted file,
    whatever its first bytes say: it is a plain database whose start was overwritten."""
    if head.startswith(SQLITE_MAGIC) or size < 1024 or size % 512:
        return False
    first = head[:16]
    if len(set(first)) <= 4:  # zeros, a repeated filler byte
        return False
    return len(body) < BODY_SAMPLE_MIN or looks_random(body)


def read_body_sample(handle: BinaryIO) -> bytes:
    """Bytes past the first sector (the part a disk fault or a bad copy most often hits)."""
    handle.seek(BODY_OFFSET)
    return handle.read(BODY_SAMPLE)


def needs_passphrase(path: Path) -> bool:
    """Whether the file at `path` is taken for an encrypted database (what start-up asks
    a passphrase for): its header is not SQLite's and its body looks encrypted too."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
            body = read_body_sample(handle)
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return False
    return looks_encrypted(head, size, body)


def read_only_uri(path: Path, live: bool = False) -> str:
    """`immutable` when no WAL file exists (nothing at all is created); else `mode=ro`, as
    always with `live` (a file the program may write while it is read)."""
    wal = Path(str(path) + "-wal")
    flag = "mode=ro" if live or (wal.exists() and wal.stat().st_size > 0) else "immutable=1"
    return f"file:{quote(str(path.absolute()))}?{flag}"


def connect_read_only(path: Path, passphrase: str | None, live: bool = False) -> Any:
    conn = sqlcipher.connect(read_only_uri(path, live), uri=True, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if passphrase:
        conn.execute(f"PRAGMA key = {quote_passphrase(passphrase)}")
    conn.execute("PRAGMA query_only = ON")
    return conn


def _first_rows(rows: list[Any], limit: int = 3) -> str:
    return "; ".join(str(r[0] if len(r) == 1 else tuple(r)) for r in rows[:limit])


def check_database(
    path: Path,
    passphrase: str | None = None,
    full: bool = False,
    references: bool = False,
    *,
    pages: bool = True,
    live: bool = False,
) -> Health:
    """Check `path` without changing it; full=True adds integrity_check and foreign keys,
    references=True only the foreign keys (records that refer to records that are gone).
    pages=False reads only the header, schema number and table names (not every page);
    live=True reads a file the program may be writing meanwhile (a consistent snapshot)."""
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return Health(path, Problem.MISSING)
    except OSError:
        return Health(path, Problem.UNREADABLE)
    if not stat.S_ISREG(info.st_mode):
        return Health(path, Problem.NOT_A_FILE)
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
            body = b"" if head.startswith(SQLITE_MAGIC) else read_body_sample(handle)
    except OSError:
        return Health(path, Problem.UNREADABLE)
    if info.st_size == 0:
        return Health(path, Problem.EMPTY)
    if not head.startswith(SQLITE_MAGIC):
        if not passphrase:
            encrypted = looks_encrypted(head, info.st_size, body)
            return Health(path, Problem.NEEDS_PASSPHRASE if encrypted else Problem.NOT_SQLITE)
    elif passphrase:
        return Health(path, Problem.NOT_SQLITE, detail="not encrypted")
    try:
        conn = connect_read_only(path, passphrase, live)
    except sqlcipher.Error as exc:
        return Health(path, Problem.UNREADABLE, detail=str(exc))
    try:
        return _check_open(conn, path, full, references or full, pages)
    finally:
        conn.close()


def _check_open(conn: Any, path: Path, full: bool, references: bool, pages: bool) -> Health:
    try:
        # A check reads every page once: a big page cache only costs memory (8 MB by default).
        conn.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except READ_ERRORS as exc:
        text = str(exc)
        problem = Problem.NOT_SQLITE if "not a database" in text else Problem.DAMAGED
        return Health(path, problem, detail=text)
    if version > SCHEMA_VERSION:
        return Health(path, Problem.TOO_NEW, version)
    if version == 0 and names - {"alembic_version"}:
        return Health(path, Problem.FOREIGN, version)
    if not pages:
        missing = sorted(TABLES - names) if version == SCHEMA_VERSION else []
        if missing:
            return Health(path, Problem.MISSING_TABLES, version, ", ".join(missing))
        return Health(path, None, version)
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    except READ_ERRORS as exc:
        return Health(path, Problem.DAMAGED, version, str(exc))
    if [tuple(r) for r in rows] != [("ok",)]:
        return Health(path, Problem.DAMAGED, version, _first_rows(rows))
    if version == SCHEMA_VERSION:
        missing = sorted(TABLES - names)
        if missing:
            return Health(path, Problem.MISSING_TABLES, version, ", ".join(missing))
    if references:
        try:
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        except READ_ERRORS as exc:
            return Health(path, Problem.DAMAGED, version, str(exc))
        if broken:
            tables = sorted({str(r[0]) for r in broken})
            return Health(path, Problem.BROKEN_REFERENCES, version, ", ".join(tables))
    return Health(path, None, version)
