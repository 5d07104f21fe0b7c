"""A full disk, a read-only database, a locked one: a clear typed error, nothing half stored."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from intervisie_desktop.core.db.database import Database, open_database
from intervisie_desktop.core.db.faults import (
    MSG_DISK_FULL,
    MSG_IO,
    MSG_LOCKED,
    MSG_READ_ONLY,
    translate,
)
from intervisie_desktop.core.errors import DatabaseError
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir


def pragma_on_connect(db: Database, statement: str) -> None:
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_conn: object, _record: object) -> None:
        dbapi_conn.execute(statement)  # type: ignore[attr-defined]


def test_full_disk_is_reported_and_nothing_is_stored(services: Services) -> None:
    services.groups.create(name="Al opgeslagen")
    with services.db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    pragma_on_connect(services.db, f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DatabaseError) as err:
        services.notes.create(title="Lang", body="x" * 150_000)
    assert err.value.source == MSG_DISK_FULL
    services.db.engine.dispose()
    assert services.notes.list() == []
    assert [g.name for g in services.groups.list()] == ["Al opgeslagen"]


def test_read_only_database_is_reported(services: Services) -> None:
    pragma_on_connect(services.db, "PRAGMA query_only = ON")
    with pytest.raises(DatabaseError) as err:
        services.groups.create(name="Niet op te slaan")
    assert err.value.source == MSG_READ_ONLY
    with pytest.raises(DatabaseError):
        services.settings.set("x", 1)


def test_locked_database_is_reported(services: Services) -> None:
    group = services.groups.create(name="G").value
    pragma_on_connect(services.db, "PRAGMA busy_timeout = 50")
    blocker = open_database(services.db.path)
    with blocker.engine.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseError) as err:
            services.groups.update(group.id or 0, name="Anders")
        assert err.value.source == MSG_LOCKED
        conn.rollback()
    blocker.close()
    assert services.groups.get(group.id or 0).name == "G"


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database or disk is full", MSG_DISK_FULL),
        ("attempt to write a readonly database", MSG_READ_ONLY),
        ("disk I/O error", MSG_IO),
        ("database is locked", MSG_LOCKED),
    ],
)
def test_sqlite_messages_map_to_typed_errors(message: str, expected: str) -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    error = translate(sqlcipher.OperationalError(message))
    assert isinstance(error, DatabaseError) and error.source == expected


@pytest.mark.skipif(sys.platform == "win32", reason="uses a POSIX file size limit")
def test_a_real_refused_write_gives_a_clear_error_and_stores_nothing(tmp_path: Path) -> None:
    """A child whose files may not grow: the OS refuses the write (SQLite reports an I/O error)."""
    path = tmp_path / "klein.sqlite3"
    open_database(path).close()
    code = (
        "import resource, signal, os, sys\n"
        "from intervisie_desktop.core.db.database import open_database\n"
        "from intervisie_desktop.core.services import Services\n"
        "from intervisie_desktop.core.errors import DatabaseError\n"
        "from intervisie_desktop.paths import methods_dir\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "s = Services(open_database(sys.argv[1]), methods_dir())\n"
        "s.groups.create(name='Voor de limiet')\n"
        "size = max(os.path.getsize(sys.argv[1] + '-wal'), os.path.getsize(sys.argv[1]))\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (size + 8192, size + 8192))\n"
        # Notes until the WAL may not grow: the schema alone makes the database file some
        # 300 kB, more than one note may hold.
        "stored = 0\n"
        "try:\n"
        "    for n in range(20):\n"
        "        s.notes.create(title=f'groot {n}', body='y' * 150_000)\n"
        "        stored += 1\n"
        "except DatabaseError as e:\n"
        "    print('REFUSED', e.source[:20], stored)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env
    )
    assert result.stdout.startswith("REFUSED The disk "), result.stderr[-1500:]
    stored = int(result.stdout.split()[-1])
    db = open_database(path)
    services = Services(db, methods_dir())
    assert [g.name for g in services.groups.list()] == ["Voor de limiet"]
    assert len(services.notes.list()) == stored  # the refused one is not half there
    db.close()
