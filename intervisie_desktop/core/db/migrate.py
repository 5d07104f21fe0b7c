"""Bring a database to the current schema, refusing files we must not touch.

The fast path reads PRAGMA user_version (no Alembic import): equal to SCHEMA_VERSION means
nothing to do. Older: a backup copy is written, then Alembic upgrades. Newer: refused untouched.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.exc import DatabaseError as SADatabaseError

from intervisie_desktop.core.db.schema import SCHEMA_VERSION
from intervisie_desktop.core.errors import DatabaseError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine


class Upgradable(Protocol):
    """What an upgrade needs of an open database: its file, its engine and a way to copy it."""

    path: Path
    engine: Engine

    def backup_to(self, target: Path) -> Path: ...


logger = logging.getLogger(__name__)


MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

MSG_TOO_NEW = QT_TRANSLATE_NOOP(
    "Database",
    "This database was written by a newer version of Intervisie (schema {found}, this program "
    "knows up to {known}). It was left untouched; install that version of Intervisie or a "
    "newer one to open it.",
)
MSG_NOT_OURS = QT_TRANSLATE_NOOP(
    "Database",
    "{path} is not an Intervisie database, or it is encrypted and the passphrase is missing or "
    "wrong. It was left untouched.",
)
MSG_FOREIGN = QT_TRANSLATE_NOOP(
    "Database", "{path} holds tables of another program. It was left untouched."
)


def read_user_version(conn: Connection, path: Path) -> int:
    try:
        return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())
    except SADatabaseError:
        raise DatabaseError(MSG_NOT_OURS, path=str(path)) from None


def _probe(conn: Connection, path: Path) -> int:
    """Read the schema number; a wrong key or a non-SQLite file fails here, before any write."""
    try:
        conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
    except SADatabaseError:
        raise DatabaseError(MSG_NOT_OURS, path=str(path)) from None
    return read_user_version(conn, path)


def upgrade_database(db: Upgradable, backup_dir: Path | None = None) -> int:
    """Apply pending migrations; return the schema number now in force."""
    path = db.path
    try:
        conn = db.engine.connect()  # the connect hook sets pragmas: a wrong key fails here
    except SADatabaseError:
        raise DatabaseError(MSG_NOT_OURS, path=str(path)) from None
    with conn:
        found = _probe(conn, path)
        if found == SCHEMA_VERSION:
            return found
        if found > SCHEMA_VERSION:
            raise DatabaseError(MSG_TOO_NEW, found=found, known=SCHEMA_VERSION)
        has_tables = bool(
            conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master"
                " WHERE type='table' AND name != 'alembic_version'"
            ).scalar_one()
        )
        if found == 0 and has_tables:
            raise DatabaseError(MSG_FOREIGN, path=str(path))
    if found > 0:
        target_dir = backup_dir or path.parent
        target_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = db.backup_to(target_dir / f"before-upgrade-v{found}-{stamp}.sqlite3")
        logger.info(
            "backup before schema upgrade %s -> %s written to %s", found, SCHEMA_VERSION, copy
        )
    run_alembic(db.engine)
    with db.engine.connect() as conn:
        now = read_user_version(conn, path)
    logger.info("database schema upgraded from %s to %s", found, now)
    return now


def run_alembic(engine: Engine, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as conn:
        # Batch migrations copy tables; keys must be off (a no-op inside a transaction).
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            conn.commit()
        finally:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")
            conn.commit()
