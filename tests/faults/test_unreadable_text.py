"""A damaged schema whose text is no longer UTF-8 is reported as damage, never as a crash."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.backup.restore import restore_file
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.errors import DatabaseError
from intervisie_desktop.core.integrity import Problem, check_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir

if TYPE_CHECKING:
    from pathlib import Path


def broken_name(path: Path) -> Path:
    """A small database whose schema got a byte that is not UTF-8 in a statement SQLite can
    no longer parse: its error message then quotes bytes Python cannot decode."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE vergadering (id INTEGER PRIMARY KEY)")
    data = path.read_bytes()
    sql = b"CREATE TABLE vergadering"
    assert data.count(sql) == 1
    data = data.replace(sql, b"CREATE TABLX verg\x80dering")
    path.write_bytes(data.replace(b"vergadering", b"verg\x80dering"))
    return path


@pytest.mark.parametrize("full", [False, True])
def test_a_schema_with_invalid_text_is_damaged(tmp_path: Path, full: bool) -> None:
    health = check_database(broken_name(tmp_path / "x.sqlite3"), full=full)
    assert health.problem is Problem.DAMAGED


def test_restoring_such_a_file_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "intervisie.sqlite3"
    db = open_database(target)
    Services(db, methods_dir()).groups.create(name="Huidig")
    db.close()
    before = target.read_bytes()
    with pytest.raises(DatabaseError):
        restore_file(target, broken_name(tmp_path / "candidate.sqlite3"), None)
    assert target.read_bytes() == before
