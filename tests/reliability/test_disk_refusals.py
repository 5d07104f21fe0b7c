"""A real full disk and a real read-only database: named as such by the core and by the command
line, at start and in the middle of work, never "not an Intervisie database" or a traceback."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.db.faults import MSG_DISK_FULL, MSG_READ_ONLY
from intervisie_desktop.core.db.storage import (
    MSG_START_FULL,
    MSG_START_READ_ONLY,
    start_problem,
)
from intervisie_desktop.core.demo.small import write_small
from intervisie_desktop.core.errors import DatabaseError
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from tests.reliability.disks import checkpoint_wal, fill, read_only, small_disk

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX disks and flags")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk") as mounted:
        yield mounted


@pytest.fixture
def full_folder(disk: Path, template_db: Path) -> Path:
    """A data folder with a sound database on a disk that has no byte left."""
    folder = disk / "data"
    folder.mkdir(mode=0o700)
    shutil.copy(template_db, folder / DATABASE_NAME)
    fill(disk)
    return folder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTERVISIE_LOG_DIR": str(tmp_path / "logs"), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "intervisie_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def one_line(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert result.returncode == code, result.stderr[-2000:]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "not an Intervisie database" not in lines[0]
    return lines[0]


# -- at start -------------------------------------------------------------------------------------


def test_start_check_names_a_full_disk(full_folder: Path) -> None:
    problem = start_problem(full_folder / DATABASE_NAME)
    assert problem is not None and problem.source == MSG_START_FULL


def test_start_check_names_a_read_only_file_and_folder(data_dir: Path, template_db: Path) -> None:
    database = data_dir / DATABASE_NAME
    shutil.copy(template_db, database)
    assert start_problem(database) is None
    with read_only(database):
        problem = start_problem(database)
        assert problem is not None and problem.source == MSG_START_READ_ONLY
    with read_only(data_dir):
        problem = start_problem(database)
        assert problem is not None and problem.source == MSG_START_READ_ONLY


def test_opening_on_a_full_disk_says_the_disk_is_full(full_folder: Path) -> None:
    """SQLite cannot make its WAL index and says "disk I/O error"; this was reported as "not an
    Intervisie database"."""
    database = full_folder / DATABASE_NAME
    before = digest(database)
    with pytest.raises(DatabaseError) as err:
        open_database(database, create=False)
    assert err.value.source == MSG_DISK_FULL
    assert digest(database) == before


# -- in the middle of work -----------------------------------------------------------------------


@pytest.fixture
def working_on_disk(disk: Path) -> Iterator[Services]:
    """The small demo, open on a disk that still has room."""
    folder = disk / "data"
    folder.mkdir(mode=0o700)
    db = open_database(folder / DATABASE_NAME)
    write_small(db, methods_dir())
    services = Services(db, methods_dir())
    yield services
    services.close()


def test_every_kind_of_write_on_a_full_disk_is_named(working_on_disk: Services) -> None:
    """Services that use no fault translation of their own (the session run started by F5)
    refuse as clearly as the record services; nothing half stored."""
    services = working_on_disk
    groups = [g.name for g in services.groups.list()]
    meeting = services.meetings.next_planned(services.groups.list()[0].id or 0)
    assert meeting is not None and meeting.id is not None
    notes = len(services.notes.list())
    checkpoint_wal(services.db.path)  # the program's connection stays open, as in use
    filler = fill(services.db.path.parent.parent)
    writes = {
        "new note": lambda: services.notes.create(title="Nieuw", body="tekst " * 2000),
        "new group": lambda: services.groups.create(name="Erbij"),
        "session start": lambda: services.sessions.open(meeting.id or 0, time.monotonic),
    }
    for what, write in writes.items():
        with pytest.raises(DatabaseError) as err:
            write()
        assert err.value.source == MSG_DISK_FULL, what
    filler.unlink()
    assert len(services.notes.list()) == notes
    assert [g.name for g in services.groups.list()] == groups


def test_a_database_that_became_read_only_refuses_writes_by_name(db_services: Services) -> None:
    services = db_services
    services.groups.create(name="Vooraf")
    services.db.engine.dispose()  # the next connection opens the file as it is now
    with read_only(services.db.path):
        with pytest.raises(DatabaseError) as err:
            services.notes.create(title="Nieuw")
        assert err.value.source == MSG_READ_ONLY
        with pytest.raises(DatabaseError) as err:
            services.groups.create(name="Erbij")
        assert err.value.source == MSG_READ_ONLY
        assert [g.name for g in services.groups.list()] == ["Vooraf"]


@pytest.fixture
def db_services(services: Services) -> Iterator[Services]:
    yield services
    services.db.engine.dispose()


# -- the command line ------------------------------------------------------------------------------


def test_commands_on_a_full_disk_say_the_disk_is_full(full_folder: Path, tmp_path: Path) -> None:
    for command in ("list-groups", "backup"):
        line = one_line(cli(command, "--data-dir", str(full_folder), tmp_path=tmp_path))
        assert line.startswith("intervisie: error: the disk is full"), line


def test_demo_on_a_full_disk_says_so_and_leaves_nothing(disk: Path, tmp_path: Path) -> None:
    fill(disk)
    folder = disk / "demo"
    line = one_line(cli("demo", "--data-dir", str(folder), tmp_path=tmp_path))
    assert line.startswith("intervisie: error: the disk is full"), line
    assert list(folder.iterdir()) == []


def test_commands_on_a_read_only_database_say_it_is_read_only(
    data_dir: Path, tmp_path: Path
) -> None:
    """An old database needs an upgrade to be used; on a read-only file that is refused by
    name. A restore over it is refused the same way; nothing changes."""
    database = data_dir / DATABASE_NAME
    shutil.copy(FIXTURES / "schema_v1.sqlite3", database)
    before = digest(database)
    backup = tmp_path / "backup.sqlite3"
    open_database(backup).close()
    with read_only(database):
        line = one_line(cli("list-groups", "--data-dir", str(data_dir), tmp_path=tmp_path))
        assert line.startswith("intervisie: error: the database is read-only"), line
        line = one_line(cli("restore", str(backup), "--data-dir", str(data_dir), tmp_path=tmp_path))
        assert line.startswith("intervisie: error: the database is read-only"), line
    assert digest(database) == before


def test_reading_a_read_only_database_still_works(
    data_dir: Path, template_db: Path, tmp_path: Path
) -> None:
    database = data_dir / DATABASE_NAME
    shutil.copy(template_db, database)
    db = open_database(database)
    Services(db, methods_dir()).groups.create(name="Alleen lezen")
    db.close()
    with read_only(database):
        result = cli("list-groups", "--data-dir", str(data_dir), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Alleen lezen" in result.stdout


def test_an_uncaught_error_on_some_file_is_named_only_when_the_disk_is_full() -> None:
    """A refused export target is no read-only database; a full disk is full for any file;
    a fault in the program is no refusal at all."""
    import errno

    from intervisie_desktop.core.db.faults import storage_error

    assert storage_error(PermissionError(errno.EACCES, "Permission denied")) is None
    assert storage_error(OSError(errno.EROFS, "Read-only file system")) is None
    full = storage_error(OSError(errno.ENOSPC, "No space left on device"))
    assert full is not None and full.source == MSG_DISK_FULL
    assert storage_error(ValueError("a bug")) is None
    assert storage_error(KeyError("a bug")) is None
