"""The open database: its file, its engine, its key, and sessions on it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from intervisie_desktop.core.db.backup_api import online_backup
from intervisie_desktop.core.db.engine import make_engine
from intervisie_desktop.core.db.migrate import upgrade_database
from intervisie_desktop.core.errors import DatabaseError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")

MSG_BUSY = QT_TRANSLATE_NOOP(
    "Database", "The database is busy with a longer task. Please try again when it is done."
)


class Runner(Protocol):
    """Runs a job that touches only files (never the engine) and returns its result; the UI
    passes one that runs it in a worker thread behind a progress dialog."""

    def __call__(self, job: Callable[[], T]) -> T: ...


def run_here(job: Callable[[], T]) -> T:
    return job()


def _refusing_engine() -> Engine:
    """An engine that opens no connection: stands in while the file is being replaced."""

    def refuse() -> Any:
        raise DatabaseError(MSG_BUSY)

    return create_engine("sqlite://", creator=refuse, poolclass=NullPool)


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

    def suspend(self) -> Engine:
        """Close the engine and refuse new connections until the caller sets `engine` again.

        Returns the closed engine (it reconnects when put back). While the file is rebuilt or
        swapped no one may open it, or a write could land in the file being replaced.
        """
        old = self.engine
        old.dispose()
        self.engine = _refusing_engine()
        return old


def open_database(
    path: Path,
    passphrase: str | None = None,
    backup_dir: Path | None = None,
    create: bool = True,
) -> Database:
    """Open (creating if asked) and migrate; raises core.errors.DatabaseError when refused."""
    db = Database(Path(path), make_engine(Path(path), passphrase, create=create), passphrase)
    try:
        upgrade_database(db, backup_dir)
    except BaseException:
        db.close()
        raise
    return db
