"""The open database: its file, its engine, its key, and sessions on it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from intervisie_desktop.core.db.backup_api import online_backup
from intervisie_desktop.core.db.engine import make_engine


@dataclass
class Database:
    path: Path
    engine: Engine
    passphrase: str | None = field(default=None, repr=False)

    def session(self) -> Session:
        """A unit of work; objects stay readable after commit (the UI holds them)."""
        return Session(self.engine, expire_on_commit=False)

    def backup_to(self, target: Path) -> Path:
        online_backup(self.engine, self.passphrase, target)
        return target

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    path: Path,
    passphrase: str | None = None,
    backup_dir: Path | None = None,
    create: bool = True,
) -> Database:
    """Open (creating if asked) and migrate; raises core.errors.DatabaseError when refused."""
    from intervisie_desktop.core.db.migrate import upgrade_database

    db = Database(Path(path), make_engine(Path(path), passphrase, create=create), passphrase)
    try:
        upgrade_database(db, backup_dir)
    except BaseException:
        db.close()
        raise
    return db
